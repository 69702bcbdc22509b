"""ECR: the shared registry of the services' images, and each environment's pull-through mirrors.

The services' images live in one registry, in an account of its own, that every environment pulls from
(config.RegistryConfig says why one, not one per environment with replication): CI pushes, scans and signs a
digest there once, and promotion moves only the pin. Each environment keeps its own pull-through mirrors of the
third-party registries, which are filled by its own nodes.
"""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from ._compliance import acknowledge
from .config import EnvironmentConfig, RegistryConfig
from .values import RegistryValues
from .workloads import ECR_READ_ACTIONS

#: What the kubelet needs to pull an image, per the ECR documentation (AmazonEC2ContainerRegistryPullOnly).
ECR_PULL_ACTIONS = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]


class ImageRegistry(Construct):
    """The shared registry: one repository per service in ``config.repositories`` (more with ``add_repository``),
    read by the environments that ``allow_pulls`` names."""

    def __init__(self, scope: Construct, id: str, *, config: RegistryConfig, values: RegistryValues, key: kms.IKey) -> None:
        super().__init__(scope, id)
        self._config = config
        self._values = values
        self._key = key
        self.repositories: dict[str, ecr.Repository] = {}
        self._grants: list[iam.PolicyStatement] = []
        for name in config.repositories:
            self.add_repository(name)

    def allow_pulls(self, env: str, *, account: str, nodes: str, verifier: str) -> None:
        """Let environment `env` (in `account`) pull every repository: its node role `nodes` pulls images, Kyverno's
        role `verifier` reads the signatures and attestations beside them. Nothing else of that account may.

        The principal is the account, narrowed by the caller's role arn, so the registry can be deployed before the
        environments' roles exist (a role arn as principal must name an existing role). ECR holds a grant on the
        registry's KMS key and decrypts layers itself: pullers need no key permission."""
        root = f"arn:{self._values.partition}:iam::{account}:root"
        for sid, actions, role in ((f"Pull{env.capitalize()}", ECR_PULL_ACTIONS, nodes),
                                   (f"VerifySignatures{env.capitalize()}", ECR_READ_ACTIONS, verifier)):
            statement = iam.PolicyStatement(sid=sid, principals=[iam.ArnPrincipal(root)], actions=list(actions),
                                            conditions={"ArnEquals": {"aws:PrincipalArn": role}})
            self._grants.append(statement)
            for repo in self.repositories.values():
                repo.add_to_resource_policy(statement)

    def add_repository(self, name: str) -> ecr.Repository:
        """Create the repository ``name`` with the platform's settings and return it."""
        if name in self.repositories:
            raise ValueError(f"ImageRegistry repository '{name}' is already defined")
        repo = ecr.Repository(
            self,
            f"Repo-{name}",
            repository_name=name,
            image_tag_mutability=ecr.TagMutability.IMMUTABLE,
            image_scan_on_push=True,
            encryption=ecr.RepositoryEncryption.KMS,
            encryption_key=self._key,
            # Images are what the clusters run: never delete them with the stack.
            removal_policy=cdk.RemovalPolicy.RETAIN,
            empty_on_delete=False,
        )
        repo.add_lifecycle_rule(
            rule_priority=1,
            description=f"expire untagged images after {self._config.untagged_expiry_days} days",
            tag_status=ecr.TagStatus.UNTAGGED,
            max_image_age=cdk.Duration.days(self._config.untagged_expiry_days),
        )
        repo.add_lifecycle_rule(
            rule_priority=2,
            description=f"keep the last {self._config.keep_releases} releases",
            tag_status=ecr.TagStatus.TAGGED,
            tag_prefix_list=[self._config.release_tag_prefix],
            max_image_count=self._config.keep_releases,
        )
        for statement in self._grants:
            repo.add_to_resource_policy(statement)
        self.repositories[name] = repo
        return repo


class ImageMirrors(Construct):
    """An environment's ECR pull-through caches of third-party registries, in the environment's own account."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, key: kms.IKey) -> None:
        super().__init__(scope, id)
        self._config = config
        partition = cdk.Aws.PARTITION
        caches = config.ecr_pull_through_caches
        # ECR creates a cache's repositories on first pull; the template gives them the platform's KMS key
        # instead of the AES-256 default. ECR needs a role of its own to use a customer-managed key.
        template_role = iam.Role(self, "MirrorTemplateRole", assumed_by=iam.ServicePrincipal("ecr.amazonaws.com"))
        key.grant(template_role, "kms:CreateGrant", "kms:RetireGrant", "kms:DescribeKey")
        template_role.add_to_policy(iam.PolicyStatement(
            actions=["ecr:CreateRepository", "ecr:TagResource"],
            resources=[self._mirror_arn(c.prefix) for c in caches],
        ))
        for cache in caches:
            acknowledge(template_role, f"AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ecr:{config.region}:"
                        f"{config.account}:repository/{cache.prefix}/*]",
                        "the repositories a pull-through cache creates are named by the images pulled, under its prefix")
            ecr.CfnRepositoryCreationTemplate(
                self, f"MirrorTemplate-{cache.prefix}",
                prefix=cache.prefix,
                applied_for=["PULL_THROUGH_CACHE"],
                description=f"repositories mirroring {cache.host}",
                custom_role_arn=template_role.role_arn,
                encryption_configuration=ecr.CfnRepositoryCreationTemplate.EncryptionConfigurationProperty(
                    encryption_type="KMS", kms_key=key.key_arn),
                # Upstream tags move; what runs is pinned by digest in Git, never by tag.
                image_tag_mutability="MUTABLE",
            ).node.add_dependency(template_role)
            # Third-party images (database, exporters, add-ons) are pulled through these mirrors, so nodes
            # only ever talk to ECR (through the VPC endpoints) and the digest pinned in Git is what runs.
            ecr.CfnPullThroughCacheRule(
                self, f"Mirror-{cache.prefix}",
                ecr_repository_prefix=cache.prefix,
                upstream_registry_url=cache.upstream,
                credential_arn=(f"arn:{partition}:secretsmanager:{config.region}:{config.account}:secret:{cache.credential_secret}"
                                if cache.credential_secret else None),
            )

    def _mirror_arn(self, prefix: str) -> str:
        return f"arn:{cdk.Aws.PARTITION}:ecr:{self._config.region}:{self._config.account}:repository/{prefix}/*"

    def allow_mirror_pulls(self, role: iam.IRole) -> None:
        """Let ``role`` (the nodes) fill the pull-through caches: the first pull of an image creates its
        repository and imports it, which the managed pull-only policy does not cover (CreateRepository).

        A registry policy is one per account and region: each environment has an account of its own."""
        ecr.CfnRegistryPolicy(self, "MirrorPullPolicy", policy_text={
            "Version": "2012-10-17",
            "Statement": [{
                "Sid": "FillPullThroughCaches",
                "Effect": "Allow",
                "Principal": {"AWS": role.role_arn},
                "Action": ["ecr:CreateRepository", "ecr:BatchImportUpstreamImage"],
                "Resource": [self._mirror_arn(c.prefix) for c in self._config.ecr_pull_through_caches],
            }],
        })
