"""One stack per environment, composing network, keys, registry, backups, cluster and access."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import Construct

from ._logs import encrypted_log_group
from .backups import BackupBuckets
from .ci_access import GitHubCiAccess
from .cluster import PlatformCluster
from .config import EnvironmentConfig
from .keys import PlatformKeys
from .network import PlatformNetwork
from .registry import ImageRegistry
from .values import PlatformValues, values_for
from .workloads import WorkloadRoles


class PlatformStack(cdk.Stack):
    """Everything one environment's cluster needs on AWS; names come from ``values_for(config)``."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig) -> None:
        values: PlatformValues = values_for(config)
        super().__init__(
            scope,
            id,
            stack_name=values.stack_name,
            description=f"platform {config.name}: vpc, eks, ecr, backups and ci access",
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
        self.registry = ImageRegistry(self, "Registry", config=config, key=keys.registry)
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
            repositories=config.ecr_repositories,
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
        self.registry.allow_mirror_pulls(self.cluster.node_role)
        GitHubCiAccess(self, "Ci", config=config, values=values, repositories=list(self.registry.repositories.values()))

        cdk.CfnOutput(self, "ClusterName", value=self.cluster.cluster.cluster_name)
        cdk.CfnOutput(self, "ClusterEndpoint", value=self.cluster.cluster.cluster_endpoint)
        cdk.CfnOutput(self, "VpcId", value=network.vpc.vpc_id)
        cdk.CfnOutput(self, "CiRoleArn", value=values.ci_role_arn)
        for name, repo in sorted(self.registry.repositories.items()):
            cdk.CfnOutput(self, f"RepositoryUri{_pascal(name)}", value=repo.repository_uri)

    @property
    def availability_zones(self) -> list[str]:
        """The configured zones, so nothing (the VPC, EKS) triggers an availability-zone lookup."""
        return self._zones


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("/", "-").replace("_", "-").replace(".", "-").split("-"))


__all__ = ["PlatformStack"]
