"""ECR repositories: immutable tags, scan on push, KMS encryption, lifecycle, retained."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_kms as kms
from constructs import Construct

from .config import EnvironmentConfig

#: Release tags look like 'v1.4.2'; the lifecycle keeps the newest ones for rollbacks.
RELEASE_TAG_PREFIX = "v"


class ImageRegistry(Construct):
    """One ECR repository per service in ``config.ecr_repositories``; add more with ``add_repository``."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, key: kms.IKey) -> None:
        super().__init__(scope, id)
        self._config = config
        self._key = key
        self.repositories: dict[str, ecr.Repository] = {}
        for name in config.ecr_repositories:
            self.add_repository(name)
        partition = cdk.Aws.PARTITION
        for cache in config.ecr_pull_through_caches:
            # Third-party images (database, exporters, add-ons) are pulled through these mirrors, so nodes
            # only ever talk to ECR (through the VPC endpoints) and the digest pinned in Git is what runs.
            ecr.CfnPullThroughCacheRule(
                self, f"Mirror-{cache.prefix}",
                ecr_repository_prefix=cache.prefix,
                upstream_registry_url=cache.upstream,
                credential_arn=(f"arn:{partition}:secretsmanager:{config.region}:{config.account}:secret:{cache.credential_secret}"
                                if cache.credential_secret else None),
            )

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
            description=f"expire untagged images after {self._config.ecr_untagged_expiry_days} days",
            tag_status=ecr.TagStatus.UNTAGGED,
            max_image_age=cdk.Duration.days(self._config.ecr_untagged_expiry_days),
        )
        repo.add_lifecycle_rule(
            rule_priority=2,
            description=f"keep the last {self._config.ecr_keep_releases} releases",
            tag_status=ecr.TagStatus.TAGGED,
            tag_prefix_list=[RELEASE_TAG_PREFIX],
            max_image_count=self._config.ecr_keep_releases,
        )
        self.repositories[name] = repo
        return repo
