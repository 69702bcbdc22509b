"""VPC across three zones, private node subnets, private AWS endpoints and flow logs."""

from __future__ import annotations

import ipaddress

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from constructs import Construct

from ._compliance import acknowledge
from ._logs import encrypted_log_group
from .config import EnvironmentConfig
from .values import SUBNET_GROUPS, PlatformValues, kubernetes_service_ip

#: Interface endpoints keep image pulls and AWS API calls off the NAT gateways, in subnets of their own
#: ('endpoints', `values.aws_endpoint_cidrs`) that pods needing AWS may reach without reaching anything else.
#: EKS_AUTH serves EKS Pod Identity credentials to workloads. S3 is an interface endpoint, not a gateway one,
#: although it costs per GB where a gateway is free: a gateway routes to S3's public ranges, which no
#: NetworkPolicy can name, while the interface endpoint's private DNS answers the S3 names (image layers
#: included) with addresses inside the endpoint subnets for every resolver in the VPC.
INTERFACE_ENDPOINTS: dict[str, ec2.InterfaceVpcEndpointAwsService] = {
    "S3": ec2.InterfaceVpcEndpointAwsService.S3,
    "EcrApi": ec2.InterfaceVpcEndpointAwsService.ECR,
    "EcrDocker": ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    "Sts": ec2.InterfaceVpcEndpointAwsService.STS,
    "Logs": ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
    "EksAuth": ec2.InterfaceVpcEndpointAwsService.EKS_AUTH,
}


class PlatformNetwork(Construct):
    """The VPC: private subnets for nodes and endpoints, public subnets for NAT and load balancers."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, values: PlatformValues, logs_key: kms.IKey) -> None:
        super().__init__(scope, id)
        prefix = ipaddress.ip_network(config.vpc_cidr).prefixlen
        self.vpc = ec2.Vpc(
            self,
            "Resource",
            vpc_name=values.vpc_name,
            ip_addresses=ec2.IpAddresses.cidr(config.vpc_cidr),
            # Explicit zones: no availability-zone lookup at synth time.
            availability_zones=list(config.availability_zones),
            nat_gateways=config.nat_gateways,
            # Private subnets first so the large blocks stay aligned: a quarter of the range per zone.
            # The order and sizes are values.SUBNET_GROUPS, checked below.
            subnet_configuration=[
                ec2.SubnetConfiguration(name="private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=prefix + 2),
                ec2.SubnetConfiguration(
                    name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=prefix + 5, map_public_ip_on_launch=False
                ),
                ec2.SubnetConfiguration(name="endpoints", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=prefix + 6),
            ],
            # Restricting the default security group needs a Lambda-backed custom resource;
            # nothing here uses the default group, every resource gets its own.
            restrict_default_security_group=False,
        )
        acknowledge(
            self.vpc,
            "CloudFormation-Validate::W3010",
            "zones are listed in the typed settings on purpose: synth must not look them up, and subnets must not move between zones",
        )
        assert [name for name, _ in SUBNET_GROUPS] == ["private", "public", "endpoints"]
        # The manifests' NetworkPolicies allow egress to values.aws_endpoint_cidrs and values.kubernetes_api_cidrs:
        # they must be these subnets.
        built = tuple(s.ipv4_cidr_block for s in self.vpc.isolated_subnets)
        if built != values.aws_endpoint_cidrs:
            raise ValueError(f"PlatformNetwork: endpoint subnets {built} differ from values.aws_endpoint_cidrs {values.aws_endpoint_cidrs}")
        api = (f"{kubernetes_service_ip(config.service_cidr)}/32", *(s.ipv4_cidr_block for s in self.vpc.private_subnets))
        if api != values.kubernetes_api_cidrs:
            raise ValueError(f"PlatformNetwork: the API server's address and private subnets {api} differ from "
                             f"values.kubernetes_api_cidrs {values.kubernetes_api_cidrs}")
        for subnet in self.vpc.public_subnets:
            cdk.Tags.of(subnet).add("kubernetes.io/role/elb", "1")
        for subnet in self.vpc.private_subnets:
            cdk.Tags.of(subnet).add("kubernetes.io/role/internal-elb", "1")

        # One group for all interface endpoints: https from inside the VPC only, no egress.
        self.endpoint_security_group = ec2.SecurityGroup(
            self,
            "EndpointSecurityGroup",
            vpc=self.vpc,
            description="https from the vpc to aws interface endpoints",
            allow_all_outbound=False,
        )
        self.endpoint_security_group.add_ingress_rule(ec2.Peer.ipv4(config.vpc_cidr), ec2.Port.tcp(443), "https from the vpc")
        endpoints = ec2.SubnetSelection(subnet_group_name="endpoints")
        for name, service in INTERFACE_ENDPOINTS.items():
            self.vpc.add_interface_endpoint(
                f"{name}Endpoint",
                service=service,
                subnets=endpoints,
                private_dns_enabled=True,
                # S3 only (the one service that offers both endpoint kinds): every resolver in the VPC, not only
                # inbound ones, gets the endpoint's addresses.
                private_dns_only_for_inbound_resolver_endpoint=(
                    ec2.VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ALL_RESOLVERS if name == "S3" else None
                ),
                security_groups=[self.endpoint_security_group],
                open=False,
            )

        self.flow_log_group = encrypted_log_group(
            self,
            "FlowLogGroup",
            name=f"/platform/{values.environment}/vpc-flow-logs",
            key=logs_key,
            retention_days=config.log_retention_days,
        )
        self.vpc.add_flow_log(
            "FlowLog",
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(self.flow_log_group),
            traffic_type=ec2.FlowLogTrafficType.ALL,
        )
