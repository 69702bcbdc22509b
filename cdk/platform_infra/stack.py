"""One stack per environment (network, keys, mirrors, backups, cluster, workload roles), and the shared registry's."""

from __future__ import annotations

from collections.abc import Iterable

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from constructs import Construct

from ._logs import encrypted_log_group
from .backups import BackupBuckets
from .ci_access import GitHubCiAccess
from .cluster import PlatformCluster
from .config import EnvironmentConfig, RegistryConfig
from .keys import PlatformKeys
from .network import PlatformNetwork
from .registry import ImageMirrors, ImageRegistry
from .values import PlatformValues, registry_values, values_for
from .workloads import WorkloadRoles


class PlatformStack(cdk.Stack):
    """Everything one environment's cluster needs on AWS; names come from ``values_for(config)``."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig) -> None:
        values: PlatformValues = values_for(config)
        super().__init__(
            scope,
            id,
            stack_name=values.stack_name,
            description=f"platform {config.name}: vpc, eks, ecr mirrors, backups and workload roles",
            env=cdk.Environment(account=config.account, region=config.region),
            tags=dict(values.tags),
            termination_protection=config.termination_protection,
            analytics_reporting=False,
        )
        self.values = values
        # Stack tags reach resources only at deploy time; tag the resources in the template too.
        for key, value in values.tags.items():
            cdk.Tags.of(self).add(key, value)
        self._zones = list(config.availability_zones)
        keys = PlatformKeys(self, "Keys", values=values)
        network = PlatformNetwork(self, "Network", config=config, values=values, logs_key=keys.logs)
        self.mirrors = ImageMirrors(self, "Registry", config=config, key=keys.registry)
        backups = BackupBuckets(self, "Backups", config=config, values=values, key=keys.backups)
        container_logs = encrypted_log_group(
            self, "ContainerLogs", name=values.container_log_group, key=keys.logs, retention_days=config.log_retention_days
        )
        workloads = WorkloadRoles(
            self,
            "Workloads",
            values=values,
            velero_bucket=backups.velero,
            db_backup_bucket=backups.db_backups,
            backups_key=keys.backups,
            container_log_group=container_logs,
            repository_arns=tuple(registry_values(config.registry).repository_arns.values()),
        )
        self.cluster = PlatformCluster(
            self,
            "Cluster",
            config=config,
            values=values,
            vpc=network.vpc,
            secrets_key=keys.secrets,
            logs_key=keys.logs,
            ebs_csi_role=workloads.roles["ebs_csi_driver"],
        )
        workloads.bind(self.cluster.cluster.cluster_name)
        self.mirrors.allow_mirror_pulls(self.cluster.node_role)

        cdk.CfnOutput(self, "ClusterName", value=self.cluster.cluster.cluster_name)
        cdk.CfnOutput(self, "ClusterEndpoint", value=self.cluster.cluster.cluster_endpoint)
        cdk.CfnOutput(self, "VpcId", value=network.vpc.vpc_id)

    @property
    def availability_zones(self) -> list[str]:
        """The configured zones, so nothing (the VPC, EKS) triggers an availability-zone lookup."""
        return self._zones


class RegistryStack(cdk.Stack):
    """The shared registry (config.RegistryConfig): the services' repositories, pulled by each of `environments`
    (their nodes, and Kyverno for signatures), and CI's roles to push (main) and to look up (release tags)."""

    def __init__(self, scope: Construct, id: str, *, config: RegistryConfig, environments: Iterable[EnvironmentConfig]) -> None:
        values = registry_values(config)
        super().__init__(
            scope,
            id,
            stack_name=values.stack_name,
            description="platform registry: the services' images, pulled by every environment, and ci access",
            env=cdk.Environment(account=config.account, region=config.region),
            tags=dict(values.tags),
            termination_protection=config.termination_protection,
            analytics_reporting=False,
        )
        for key, value in values.tags.items():
            cdk.Tags.of(self).add(key, value)
        key = kms.Key(self, "Key", alias=f"alias/{values.stack_name}/images", description=f"{values.stack_name}: ecr image layers",
                      enable_key_rotation=True, removal_policy=cdk.RemovalPolicy.RETAIN)
        self.registry = ImageRegistry(self, "Registry", config=config, values=values, key=key)
        for env in environments:
            v = values_for(env)
            self.registry.allow_pulls(env.name, account=env.account, nodes=v.node_role_arn, verifier=v.kyverno.role_arn)
        ci = GitHubCiAccess(self, "Ci", config=config, values=values, repositories=list(self.registry.repositories.values()))

        cdk.CfnOutput(self, "CiRoleArn", value=ci.role.role_arn)
        cdk.CfnOutput(self, "ReleaseRoleArn", value=ci.release_role.role_arn)
        for name, repo in sorted(self.registry.repositories.items()):
            cdk.CfnOutput(self, f"RepositoryUri{_pascal(name)}", value=repo.repository_uri)


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("/", "-").replace("_", "-").replace(".", "-").split("-"))


__all__ = ["PlatformStack", "RegistryStack"]
