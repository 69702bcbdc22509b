"""Least-privilege IAM roles for cluster workloads, bound to service accounts via EKS Pod Identity."""

from __future__ import annotations

import json
from pathlib import Path

from aws_cdk import Stack
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from constructs import Construct

from ._compliance import acknowledge, checkov_skip
from .values import BUCKET_ACTIONS, DB_ARCHIVE_ACTIONS, PlatformValues, SecretReader, WorkloadIdentity

#: Upstream IAM policy of the AWS Load Balancer Controller (v3.2.2, as bundled by aws-cdk-lib).
LOAD_BALANCER_CONTROLLER_POLICY = Path(__file__).parent / "policies" / "aws-load-balancer-controller-v3.2.2.json"

_S3_OBJECT_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
_S3_BUCKET_ACTIONS = list(BUCKET_ACTIONS)
#: What verifying a signature reads: the image's manifest and the signature's (cosign stores them as tags).
ECR_READ_ACTIONS = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:DescribeImages"]


class WorkloadRoles(Construct):
    """One role per workload in ``PlatformValues``; pod identity associations are added by ``bind``."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: PlatformValues,
        velero_bucket: s3.IBucket,
        db_backup_bucket: s3.IBucket,
        backups_key: kms.IKey,
        container_log_group: logs.ILogGroup,
        repository_arns: tuple[str, ...] = (),
    ) -> None:
        super().__init__(scope, id)
        self._values = values
        cluster_arn = f"arn:{values.partition}:eks:{values.region}:{values.account}:cluster/{values.cluster_name}"
        # Pod Identity: only the EKS pods service, for this account's cluster, may assume the roles.
        self._principal = iam.SessionTagsPrincipal(
            iam.ServicePrincipal(
                "pods.eks.amazonaws.com",
                conditions={"StringEquals": {"aws:SourceAccount": values.account}, "ArnEquals": {"aws:SourceArn": cluster_arn}},
            )
        )
        self.roles: dict[str, iam.Role] = {}
        self._identities: dict[str, WorkloadIdentity] = {}

        # Velero expires its own backups (ttl) and the data mover's repository maintenance prunes unused blobs, so it
        # deletes; the bucket is versioned (and locked where the environment says so), so a delete only hides a version.
        velero = self._role("velero")
        velero.add_to_policy(iam.PolicyStatement(actions=_S3_BUCKET_ACTIONS, resources=[velero_bucket.bucket_arn]))
        velero.add_to_policy(iam.PolicyStatement(actions=_S3_OBJECT_ACTIONS, resources=[velero_bucket.arn_for_objects("*")]))
        velero.add_to_policy(self._backup_key_use(backups_key))
        self._ack(velero, f"Resource::<{_logical(velero_bucket)}.Arn>/*", "velero writes and prunes backups anywhere in its own bucket")

        # One role per database, reaching only its own prefix, and never deleting: the bucket's lifecycle rule expires
        # the archive (issue 17, item 7).
        for name, backup in values.db_backups.items():
            role = self._role(f"db_backup_{name}", backup.identity)
            # barman-cloud checks the bucket (HeadBucket, authorised as a ListBucket without prefix) before each
            # upload: listing is limited to the prefix whenever a prefix is asked for.
            role.add_to_policy(iam.PolicyStatement(actions=_S3_BUCKET_ACTIONS, resources=[db_backup_bucket.bucket_arn],
                                                   conditions={"StringLikeIfExists": {"s3:prefix": [f"{backup.prefix}/*"]}}))
            role.add_to_policy(iam.PolicyStatement(actions=list(DB_ARCHIVE_ACTIONS),
                                                   resources=[db_backup_bucket.arn_for_objects(f"{backup.prefix}/*")]))
            role.add_to_policy(self._backup_key_use(backups_key))
            self._ack(role, f"Resource::<{_logical(db_backup_bucket)}.Arn>/{backup.prefix}/*",
                      "the database's backups are every object below its own prefix; it may not delete any")

        # external-secrets itself reads nothing: it may only assume one role per scope, each reading exactly its
        # scope's secrets; the scope's ClusterSecretStore serves only the scope's namespaces (issue 17, item 3).
        secrets = self._role("external_secrets")
        readers = [self._secret_reader(reader, secrets) for reader in values.secret_readers.values()]
        if readers:
            secrets.add_to_policy(iam.PolicyStatement(actions=["sts:AssumeRole", "sts:TagSession"],
                                                      resources=[r.role_arn for r in readers]))

        autoscaler = self._role("cluster_autoscaler")
        autoscaler.add_to_policy(
            iam.PolicyStatement(
                actions=[
                    "autoscaling:DescribeAutoScalingGroups",
                    "autoscaling:DescribeAutoScalingInstances",
                    "autoscaling:DescribeLaunchConfigurations",
                    "autoscaling:DescribeScalingActivities",
                    "autoscaling:DescribeTags",
                    "ec2:DescribeImages",
                    "ec2:DescribeInstanceTypes",
                    "ec2:DescribeLaunchTemplateVersions",
                    "ec2:GetInstanceTypesFromInstanceRequirements",
                ],
                resources=["*"],
            )
        )
        # Scaling only acts on this cluster's groups: EKS tags its node group ASGs with the cluster name.
        autoscaler.add_to_policy(
            iam.PolicyStatement(
                actions=["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                resources=["*"],
                conditions={"StringEquals": {f"aws:ResourceTag/k8s.io/cluster-autoscaler/{values.cluster_name}": "owned"}},
            )
        )
        autoscaler.add_to_policy(
            iam.PolicyStatement(
                actions=["eks:DescribeNodegroup"],
                resources=[f"arn:{values.partition}:eks:{values.region}:{values.account}:nodegroup/{values.cluster_name}/*"],
            )
        )
        self._ack(
            autoscaler,
            "Resource::*",
            "describe calls do not support resource scoping; scaling calls are limited by the cluster's asg tag condition",
        )
        self._ack(
            autoscaler,
            f"Resource::arn:{values.partition}:eks:{values.region}:{values.account}:nodegroup/{values.cluster_name}/*",
            "node group ids are generated by eks; the arn is limited to this cluster",
        )

        lbc = self._role("load_balancer_controller")
        # The upstream file is written for the 'aws' partition.
        policy_text = LOAD_BALANCER_CONTROLLER_POLICY.read_text().replace("arn:aws:", f"arn:{values.partition}:")
        document = iam.PolicyDocument.from_json(json.loads(policy_text))
        policy = iam.ManagedPolicy(
            self, "LoadBalancerControllerPolicy", managed_policy_name=values.load_balancer_controller.role_name, document=document
        )
        lbc.add_managed_policy(policy)
        checkov_skip(
            policy.node.default_child,
            "CKV_AWS_111",
            "upstream aws load balancer controller policy: load balancers get generated names, so writes are limited by the elbv2.k8s.aws/cluster tag instead of arns",
        )
        for resource in sorted(_wildcard_resources(document)):
            self._ack(
                policy,
                f"Resource::{resource}",
                "upstream aws load balancer controller policy: it creates load balancers with generated names, and its mutating calls are limited by the elbv2.k8s.aws/cluster tag",
            )

        fluent_bit = self._role("fluent_bit")
        fluent_bit.add_to_policy(
            iam.PolicyStatement(
                actions=["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                resources=[container_log_group.log_group_arn],
            )
        )

        # Kyverno verifies the services' signatures (stage, prod): it reads manifests and signature artefacts of exactly
        # the services' repositories (in the shared registry), nothing else, and writes nothing (issue 18, items 1, 2).
        kyverno = self._role("kyverno")
        kyverno.add_to_policy(iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"]))
        if repository_arns:
            kyverno.add_to_policy(iam.PolicyStatement(actions=ECR_READ_ACTIONS, resources=list(repository_arns)))
        self._ack(kyverno, "Resource::*", "ecr:GetAuthorizationToken supports no resource scoping; reads are limited to "
                  "the services' repositories")

        if values.dns_zone is not None:
            self._dns_roles(values.dns_zone.zone_id)

        ebs = self._role("ebs_csi_driver")
        ebs.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonEBSCSIDriverPolicy"))
        acknowledge(
            ebs,
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy]",
            "aws managed policy documented for the ebs csi driver add-on; volume operations are limited by the ebs.csi.aws.com/cluster tag",
        )

    def _dns_roles(self, zone_id: str) -> None:
        """TLS and DNS (issue 17, item 4): external-dns writes the Ingresses' records and cert-manager the TXT records of
        its ACME DNS-01 challenges, both in the environment's public zone only."""
        p = self._values.partition
        zone = f"arn:{p}:route53:::hostedzone/{zone_id}"
        cert_manager = self._role("cert_manager")
        cert_manager.add_to_policy(iam.PolicyStatement(
            actions=["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"], resources=[zone],
            conditions={"ForAllValues:StringEquals": {"route53:ChangeResourceRecordSetsRecordTypes": ["TXT"]},
                        "ForAllValues:StringLike": {"route53:ChangeResourceRecordSetsNormalizedRecordNames": ["_acme-challenge.*"]}}))
        # It polls the change it made until Route 53 reports it in sync; change ids are generated.
        cert_manager.add_to_policy(iam.PolicyStatement(actions=["route53:GetChange"], resources=[f"arn:{p}:route53:::change/*"]))
        self._ack(cert_manager, f"Resource::arn:{p}:route53:::change/*", "route 53 generates change ids; reading a change's status "
                  "is all the action allows")
        external_dns = self._role("external_dns")
        external_dns.add_to_policy(iam.PolicyStatement(
            actions=["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:ListTagsForResources"],
            resources=[zone]))
        # It lists the account's zones and keeps the one its zone-id filter names; listing supports no resource scoping.
        external_dns.add_to_policy(iam.PolicyStatement(actions=["route53:ListHostedZones"], resources=["*"]))
        self._ack(external_dns, "Resource::*", "route53:ListHostedZones supports no resource scoping; writes are limited to the "
                  "environment's zone")

    def _role(self, key: str, identity: WorkloadIdentity | None = None) -> iam.Role:
        identity = identity or getattr(self._values, key)
        self._identities[key] = identity
        role = iam.Role(
            self,
            "".join(part.capitalize() for part in key.replace("-", "_").split("_")),
            role_name=identity.role_name,
            assumed_by=self._principal,
            description=f"pod identity for {identity.namespace}/{identity.service_account}",
        )
        self.roles[key] = role
        return role

    def _secret_reader(self, reader: SecretReader, controller: iam.Role) -> iam.Role:
        v = self._values
        role = iam.Role(self, f"SecretReader-{reader.store}", role_name=reader.role_name, assumed_by=controller,
                        description=f"external-secrets reading for {', '.join(reader.namespaces)} only")
        arns = [f"arn:{v.partition}:secretsmanager:{v.region}:{v.account}:secret:{name}" + ("*" if name.endswith("/") else "-??????")
                for name in reader.names]
        if arns:
            role.add_to_policy(iam.PolicyStatement(actions=["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                                                   resources=arns))
        for arn in arns:
            self._ack(role, f"Resource::{arn}", "secrets manager appends six random characters to a secret's name; "
                      "a prefix ending in '/' is the scope's own folder")
        return role

    def _backup_key_use(self, key: kms.IKey) -> iam.PolicyStatement:
        """Encrypting and decrypting backup objects, through S3 only."""
        return iam.PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey"], resources=[key.key_arn],
                                   conditions={"StringEquals": {"kms:ViaService": f"s3.{self._values.region}.amazonaws.com"}})

    def _ack(self, scope: Construct, finding: str, reason: str) -> None:
        acknowledge(scope, f"AwsSolutions-IAM5[{finding}]", reason)

    def bind(self, cluster_name: str) -> None:
        """Associate each role (but the EBS CSI one, bound by its add-on) with its service account."""
        for key, role in self.roles.items():
            if key == "ebs_csi_driver":
                continue
            identity = self._identities[key]
            eks.CfnPodIdentityAssociation(
                self,
                f"{role.node.id}Association",
                cluster_name=cluster_name,
                namespace=identity.namespace,
                service_account=identity.service_account,
                role_arn=role.role_arn,
            )


def _logical(construct: Construct) -> str:
    """Logical id of a construct's CloudFormation resource, as cdk-nag prints it in findings."""
    return Stack.of(construct).get_logical_id(construct.node.default_child)


def _wildcard_resources(document: iam.PolicyDocument) -> set[str]:
    found: set[str] = set()
    for statement in document.to_json()["Statement"]:
        resources = statement.get("Resource", [])
        for resource in [resources] if isinstance(resources, str) else resources:
            if "*" in resource:
                found.add(resource)
    return found
