"""The EKS cluster: control plane, access entries, managed node groups and add-ons."""

from __future__ import annotations

import json

from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks_l1
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from ._compliance import acknowledge
from ._logs import encrypted_log_group
from .config import EnvironmentConfig, NodeGroupConfig
from .values import NodePool, PlatformValues

ALL_CONTROL_PLANE_LOGS = [
    eks.ClusterLoggingTypes.API,
    eks.ClusterLoggingTypes.AUDIT,
    eks.ClusterLoggingTypes.AUTHENTICATOR,
    eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
    eks.ClusterLoggingTypes.SCHEDULER,
]

#: Add-ons that run as DaemonSets or need no scheduling: created with the cluster.
NODE_ADDONS = ("vpc-cni", "kube-proxy", "eks-pod-identity-agent")
#: Add-ons with Deployments: created once node groups exist, so they become healthy.
#: Add-on configuration values (the add-on's JSON schema, `aws eks describe-addon-configuration`).
#: vpc-cni: its network policy agent is off by default, and nothing else on the cluster enforces the
#: NetworkPolicies in dist/; with it on, each pod's traffic is filtered by eBPF on its node.
ADDON_CONFIGURATION = {"vpc-cni": json.dumps({"enableNetworkPolicy": "true"}, sort_keys=True)}
WORKLOAD_ADDONS = ("coredns", "aws-ebs-csi-driver", "snapshot-controller", "metrics-server")

_TAINT_EFFECTS = {
    "NoSchedule": eks.TaintEffect.NO_SCHEDULE,
    "PreferNoSchedule": eks.TaintEffect.PREFER_NO_SCHEDULE,
    "NoExecute": eks.TaintEffect.NO_EXECUTE,
}

_AWS_MANAGED_REASON = "aws managed policy that eks documents for this role; aws keeps it current as eks adds api calls"


class PlatformCluster(Construct):
    """EKS with secrets encryption, every control-plane log, restricted endpoint, pools system/apps/data."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: EnvironmentConfig,
        values: PlatformValues,
        vpc: ec2.IVpc,
        secrets_key: kms.IKey,
        logs_key: kms.IKey,
        ebs_csi_role: iam.IRole,
    ) -> None:
        super().__init__(scope, id)
        # EKS writes control-plane logs to this group; creating it first sets retention and encryption.
        self.log_group = encrypted_log_group(
            self, "ControlPlaneLogs", name=f"/aws/eks/{values.cluster_name}/cluster", key=logs_key, retention_days=config.log_retention_days
        )
        endpoint = (
            eks.EndpointAccess.PUBLIC_AND_PRIVATE.only_from(*config.public_endpoint_cidrs)
            if config.public_endpoint_cidrs
            else eks.EndpointAccess.PRIVATE
        )
        self.cluster = eks.Cluster(
            self,
            "Resource",
            cluster_name=values.cluster_name,
            version=eks.KubernetesVersion.of(config.kubernetes_version),
            vpc=vpc,
            vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
            endpoint_access=endpoint,
            cluster_logging=ALL_CONTROL_PLANE_LOGS,
            secrets_encryption_key=secrets_key,
            service_ipv4_cidr=config.service_cidr,
            # Node groups are declared below; no default capacity, no auto mode.
            default_capacity=0,
            default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
            # Only the roles in access entries administer the cluster, not the deploying principal.
            bootstrap_cluster_creator_admin_permissions=False,
        )
        self.cluster.node.add_dependency(self.log_group)
        acknowledge(
            self.cluster.role, "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEKSClusterPolicy]", _AWS_MANAGED_REASON
        )

        admin = eks.AccessPolicy.from_access_policy_name("AmazonEKSClusterAdminPolicy", access_scope_type=eks.AccessScopeType.CLUSTER)
        for arn in config.admin_role_arns:
            self.cluster.grant_access(f"Admin-{arn.rsplit('/', 1)[1]}", arn, [admin])
        # A team's roles get no access policy at all: EKS only puts their sessions into the team's Kubernetes groups,
        # and the RoleBindings in the team's namespaces (and the AppProject roles, through SSO) say what those may do.
        for role in config.team_roles:
            eks_l1.CfnAccessEntry(
                self,
                f"Team-{role.role_name}",
                cluster_name=self.cluster.cluster_name,
                principal_arn=f"arn:{values.partition}:iam::{config.account}:role/{role.role_name}",
                kubernetes_groups=list(role.groups),
                type="STANDARD",
            )

        self.node_role = iam.Role(
            self,
            "NodeRole",
            role_name=values.node_role_name,
            assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
            managed_policies=[
                iam.ManagedPolicy.from_aws_managed_policy_name(n)
                for n in ("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryPullOnly")
            ],
        )
        for name in ("AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryPullOnly"):
            acknowledge(self.node_role, f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/{name}]", _AWS_MANAGED_REASON)

        pools = {"system": config.system_nodes, "apps": config.apps_nodes, "data": config.data_nodes}
        self.nodegroups = {name: self._add_nodegroup(name, sizing, values.node_pools[name]) for name, sizing in pools.items()}

        self.addons: dict[str, eks.CfnAddon] = {}
        for name in NODE_ADDONS + WORKLOAD_ADDONS:
            addon = eks.CfnAddon(
                self,
                f"Addon-{name}",
                cluster_name=self.cluster.cluster_name,
                addon_name=name,
                # The platform owns add-on settings; overwrite drift from manual edits.
                resolve_conflicts="OVERWRITE",
                configuration_values=ADDON_CONFIGURATION.get(name),
                pod_identity_associations=(
                    [
                        eks.CfnAddon.PodIdentityAssociationProperty(
                            service_account=values.ebs_csi_driver.service_account, role_arn=ebs_csi_role.role_arn
                        )
                    ]
                    if name == "aws-ebs-csi-driver"
                    else None
                ),
            )
            if name in WORKLOAD_ADDONS:
                for nodegroup in self.nodegroups.values():
                    addon.node.add_dependency(nodegroup)
            if name == "aws-ebs-csi-driver":
                addon.node.add_dependency(self.addons["eks-pod-identity-agent"])
            self.addons[name] = addon

    def _add_nodegroup(self, name: str, sizing: NodeGroupConfig, pool: NodePool) -> eks.Nodegroup:
        template = ec2.LaunchTemplate(
            self,
            f"{name.capitalize()}LaunchTemplate",
            launch_template_name=pool.nodegroup_name,
            # IMDSv2 only, one hop: pods cannot reach node credentials through the metadata service.
            require_imdsv2=True,
            http_tokens=ec2.LaunchTemplateHttpTokens.REQUIRED,
            http_put_response_hop_limit=1,
            block_devices=[
                ec2.BlockDevice(
                    device_name="/dev/xvda",
                    volume=ec2.BlockDeviceVolume.ebs(
                        sizing.disk_size_gib, encrypted=True, volume_type=ec2.EbsDeviceVolumeType.GP3, delete_on_termination=True
                    ),
                )
            ],
        )
        return eks.Nodegroup(
            self,
            f"{name.capitalize()}Nodegroup",
            cluster=self.cluster,
            nodegroup_name=pool.nodegroup_name,
            node_role=self.node_role,
            ami_type=eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
            capacity_type=eks.CapacityType(sizing.capacity_type.value),
            instance_types=[ec2.InstanceType(t) for t in sizing.instance_types],
            min_size=sizing.min_size,
            max_size=sizing.max_size,
            desired_size=sizing.initial_size,
            labels=dict(pool.labels),
            taints=[eks.TaintSpec(key=t.key, value=t.value, effect=_TAINT_EFFECTS[t.effect]) for t in pool.taints],
            launch_template_spec=eks.LaunchTemplateSpec(id=template.launch_template_id, version=template.latest_version_number),
            subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
            enable_node_auto_repair=True,
            max_unavailable=1,
        )
