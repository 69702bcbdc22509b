"""Values the cdk8s app needs from the AWS side, derived from the typed settings.

Every physical name (cluster, buckets, roles, log group) is computed here and the
CDK stacks name their resources with these very values, so ARNs and URIs are known
without deploying and nothing is typed twice. Plain Python: no ``aws_cdk`` import.

    from platform_infra.values import platform_values
    v = platform_values("prod")
    v.velero.role_arn, v.repositories["demo-api"], v.velero_bucket
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from platform_constructs.catalogue import Catalogue

from .config import EnvironmentConfig, environment

__all__ = ["NODE_POOL_LABEL", "NodePool", "NodeTaint", "PlatformValues", "SecretReader", "WorkloadIdentity", "platform_values",
           "values_for"]


@dataclass(frozen=True, kw_only=True, slots=True)
class WorkloadIdentity:
    """An IAM role bound to one Kubernetes service account through EKS Pod Identity."""

    namespace: str
    """Namespace of the service account the cdk8s side must create."""

    service_account: str
    """Name of the service account the cdk8s side must create."""

    role_name: str
    """IAM role name, 'platform-<env>-<workload>'."""

    role_arn: str
    """IAM role ARN. Pod Identity injects credentials without annotations; the ARN is
    here for tools that want it in their config (and for IRSA-style annotations)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class SecretReader:
    """One ClusterSecretStore and the IAM role it assumes: which namespaces read which secrets."""

    store: str
    """Name of the ClusterSecretStore, 'aws-secrets-manager-<scope>'."""
    namespaces: tuple[str, ...]
    """The only namespaces whose ExternalSecrets the store serves (its conditions)."""
    role_name: str
    role_arn: str
    """'platform-<env>-secrets-<scope>': external-secrets' own role may only assume these, and each reads only `names`."""
    names: tuple[str, ...]
    """Secrets Manager names it reads: exact names, or prefixes ending in '/'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NodeTaint:
    """A taint on every node of a pool; pods that belong there need a matching toleration."""

    key: str
    value: str
    effect: str
    """Kubernetes spelling: 'NoSchedule', 'PreferNoSchedule' or 'NoExecute'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NodePool:
    """Labels and taints of one managed node group, for node selectors and tolerations."""

    nodegroup_name: str
    labels: Mapping[str, str]
    taints: tuple[NodeTaint, ...]


#: Label key carrying the pool name ('system', 'apps', 'data') on every node.
NODE_POOL_LABEL = "platform/pool"


@dataclass(frozen=True, kw_only=True, slots=True)
class PlatformValues:
    """What one environment's AWS stack provides to the cluster's manifests."""

    environment: str
    account: str
    region: str
    partition: str
    """'aws', or 'aws-us-gov' for GovCloud regions."""
    stack_name: str
    cluster_name: str
    kubernetes_version: str
    vpc_name: str
    """Value of the VPC's Name tag (the load balancer controller can find the VPC by it)."""
    registry: str
    """ECR registry host, '<account>.dkr.ecr.<region>.amazonaws.com'."""
    repositories: Mapping[str, str]
    """Repository name to full repository URI, e.g. 'demo-api' -> '<registry>/demo-api'."""
    mirrors: Mapping[str, str]
    """Registry host (as image references spell it) to its pull-through mirror in ``registry``, e.g. 'quay.io' ->
    '<registry>/quay', 'docker.io' -> '<registry>/docker-hub'."""
    velero_bucket: str
    db_backup_bucket: str
    access_logs_bucket: str
    backup_kms_key_alias: str
    """KMS alias encrypting both backup buckets, 'alias/platform-<env>/backups'."""
    container_log_group: str
    """CloudWatch log group fluent-bit writes container logs to."""
    aws_endpoint_cidrs: tuple[str, ...]
    """The VPC's 'endpoints' subnets, one per zone, which hold every AWS interface endpoint (S3, ECR, STS, logs,
    EKS auth) and nothing else: pods that need AWS APIs (databases and their backups) egress to these ranges on
    443, never to 0.0.0.0/0, so they reach no other HTTPS host and not the Kubernetes API (its ENIs sit in the
    node subnets)."""
    kubernetes_api_cidrs: tuple[str, ...]
    """Where pods reach the Kubernetes API on 443: the 'kubernetes' Service's address (the first of
    ``service_cidr``; the VPC CNI's policy agent matches a pod's packets before kube-proxy translates that
    address) and the 'private' subnets, one per zone, where EKS puts the API server's ENIs (the Service's
    endpoints, which a policy engine matching after the translation sees). Pods that call the API (Patroni in
    each database member) egress there, not to 0.0.0.0/0."""
    secrets_prefix: str
    """Secrets Manager name prefix of the environment's secrets, 'platform/<env>/'."""
    secret_readers: Mapping[str, SecretReader]
    """By scope ('databases', 'monitoring', each team): who reads which secrets, nobody else anything."""
    ci_role_name: str
    ci_role_arn: str
    """Role GitHub Actions assumes (OIDC) to push images to ``repositories``."""
    velero: WorkloadIdentity
    external_secrets: WorkloadIdentity
    db_backup: WorkloadIdentity
    load_balancer_controller: WorkloadIdentity
    cluster_autoscaler: WorkloadIdentity
    fluent_bit: WorkloadIdentity
    kyverno: WorkloadIdentity
    """Kyverno's admission controller, which reads image signatures from the services' ECR repositories."""
    ebs_csi_driver: WorkloadIdentity
    node_pools: Mapping[str, NodePool]
    """Pools 'system' (CriticalAddonsOnly taint), 'apps' and 'data' (tainted for databases)."""
    tags: Mapping[str, str]
    """Tags on every AWS resource of the environment."""

    def mirrored(self, image: str) -> str:
        """The same image (same path, tag and digest) pulled through this environment's ECR mirror.

        An image whose registry has no mirror, or that already comes from ``registry``, is returned unchanged.
        """
        host, _, path = image.partition("/")
        return f"{self.mirrors[host]}/{path}" if host in self.mirrors and path else image

    def workload_identities(self) -> dict[str, WorkloadIdentity]:
        """All workload identities by field name, in a stable order."""
        return {
            "velero": self.velero,
            "external_secrets": self.external_secrets,
            "db_backup": self.db_backup,
            "load_balancer_controller": self.load_balancer_controller,
            "cluster_autoscaler": self.cluster_autoscaler,
            "fluent_bit": self.fluent_bit,
            "kyverno": self.kyverno,
            "ebs_csi_driver": self.ebs_csi_driver,
        }


#: The VPC's subnet groups in the order ec2.Vpc allocates them (each zone in turn, from the start of the
#: range): name and how many bits longer than the VPC's prefix each subnet's mask is.
SUBNET_GROUPS = (("private", 2), ("public", 5), ("endpoints", 6))


def subnets(vpc_cidr: str, zones: int) -> dict[str, tuple[str, ...]]:
    """Each subnet group's CIDRs (one per zone), allocated as ec2.Vpc does: consecutively, in SUBNET_GROUPS order.
    PlatformNetwork refuses to synthesize when the VPC it built disagrees."""
    vpc = ipaddress.ip_network(vpc_cidr)
    start, cidrs = int(vpc.network_address), {}
    for name, extra in SUBNET_GROUPS:
        size = vpc.num_addresses >> extra
        cidrs[name] = tuple(str(ipaddress.ip_network((start + i * size, vpc.prefixlen + extra))) for i in range(zones))
        start += zones * size
    return cidrs


def kubernetes_service_ip(service_cidr: str) -> str:
    """The 'kubernetes' Service's ClusterIP: the API server takes the first address of the service range."""
    return str(next(ipaddress.ip_network(service_cidr).hosts()))


def values_for(config: EnvironmentConfig) -> PlatformValues:
    """Derive every physical name and ARN of one environment from its settings."""
    env, account, region = config.name, config.account, config.region
    partition = "aws-us-gov" if region.startswith("us-gov-") else "aws"
    prefix = f"platform-{env}"
    registry = f"{account}.dkr.ecr.{region}.amazonaws.com"
    vpc = subnets(config.vpc_cidr, len(config.availability_zones))

    def identity(workload: str, namespace: str, service_account: str) -> WorkloadIdentity:
        role_name = f"{prefix}-{workload}"
        return WorkloadIdentity(
            namespace=namespace,
            service_account=service_account,
            role_name=role_name,
            role_arn=f"arn:{partition}:iam::{account}:role/{role_name}",
        )

    def pool(name: str, *taints: NodeTaint) -> NodePool:
        return NodePool(nodegroup_name=f"{prefix}-{name}", labels=MappingProxyType({NODE_POOL_LABEL: name}), taints=taints)

    return PlatformValues(
        environment=env,
        account=account,
        region=region,
        partition=partition,
        stack_name=prefix,
        cluster_name=prefix,
        kubernetes_version=config.kubernetes_version,
        vpc_name=prefix,
        registry=registry,
        repositories=MappingProxyType({name: f"{registry}/{name}" for name in config.ecr_repositories}),
        mirrors=MappingProxyType({c.host: f"{registry}/{c.prefix}" for c in config.ecr_pull_through_caches}),
        velero_bucket=f"{prefix}-velero-{account}-{region}",
        db_backup_bucket=f"{prefix}-db-backups-{account}-{region}",
        access_logs_bucket=f"{prefix}-access-logs-{account}-{region}",
        backup_kms_key_alias=f"alias/{prefix}/backups",
        container_log_group=f"/platform/{env}/containers",
        aws_endpoint_cidrs=vpc["endpoints"],
        kubernetes_api_cidrs=(f"{kubernetes_service_ip(config.service_cidr)}/32", *vpc["private"]),
        secrets_prefix=f"platform/{env}/",
        secret_readers=MappingProxyType({
            scope.name: SecretReader(
                store=f"aws-secrets-manager-{scope.name}", namespaces=scope.namespaces,
                role_name=f"{prefix}-secrets-{scope.name}",
                role_arn=f"arn:{partition}:iam::{account}:role/{prefix}-secrets-{scope.name}",
                names=tuple(f"platform/{env}/{key}" for key in scope.keys))
            for scope in config.secret_scopes}),
        ci_role_name=f"{prefix}-ci-image-push",
        ci_role_arn=f"arn:{partition}:iam::{account}:role/{prefix}-ci-image-push",
        velero=identity("velero", "velero", "velero"),
        external_secrets=identity("external-secrets", "external-secrets", "external-secrets"),
        db_backup=identity("db-backup", "databases", "db-backup"),
        load_balancer_controller=identity("load-balancer-controller", "kube-system", "aws-load-balancer-controller"),
        cluster_autoscaler=identity("cluster-autoscaler", "kube-system", "cluster-autoscaler"),
        fluent_bit=identity("fluent-bit", "logging", "fluent-bit"),
        kyverno=identity("kyverno", "kyverno", "kyverno-admission-controller"),
        ebs_csi_driver=identity("ebs-csi-driver", "kube-system", "ebs-csi-controller-sa"),
        node_pools=MappingProxyType(
            {
                # CriticalAddonsOnly is the taint cluster add-ons (coredns, ebs-csi) already tolerate.
                "system": pool("system", NodeTaint(key="CriticalAddonsOnly", value="true", effect="NoSchedule")),
                "apps": pool("apps"),
                "data": pool("data", NodeTaint(key=NODE_POOL_LABEL, value="data", effect="NoSchedule")),
            }
        ),
        tags=MappingProxyType({"Project": "platform", "Environment": env, "ManagedBy": "aws-cdk", "Owner": config.owner}),
    )


def platform_values(env: str, catalogue: Catalogue | None = None) -> PlatformValues:
    """Values of the named environment ('dev', 'stage' or 'prod') from ``ENVIRONMENTS`` (or built with `catalogue`)."""
    return values_for(environment(env, catalogue))
