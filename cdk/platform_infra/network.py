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
from .values import PlatformValues

#: Interface endpoints keep image pulls and AWS API calls off the NAT gateways.
#: EKS_AUTH serves EKS Pod Identity credentials to workloads.
INTERFACE_ENDPOINTS: dict[str, ec2.InterfaceVpcEndpointAwsService] = {
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
            subnet_configuration=[
                ec2.SubnetConfiguration(name="private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=prefix + 2),
                ec2.SubnetConfiguration(
                    name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=prefix + 5, map_public_ip_on_launch=False
                ),
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
        for subnet in self.vpc.public_subnets:
            cdk.Tags.of(subnet).add("kubernetes.io/role/elb", "1")
        for subnet in self.vpc.private_subnets:
            cdk.Tags.of(subnet).add("kubernetes.io/role/internal-elb", "1")

        self.vpc.add_gateway_endpoint("S3Endpoint", service=ec2.GatewayVpcEndpointAwsService.S3)
        # One group for all interface endpoints: https from inside the VPC only, no egress.
        self.endpoint_security_group = ec2.SecurityGroup(
            self,
            "EndpointSecurityGroup",
            vpc=self.vpc,
            description="https from the vpc to aws interface endpoints",
            allow_all_outbound=False,
        )
        self.endpoint_security_group.add_ingress_rule(ec2.Peer.ipv4(config.vpc_cidr), ec2.Port.tcp(443), "https from the vpc")
        private = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
        for name, service in INTERFACE_ENDPOINTS.items():
            self.vpc.add_interface_endpoint(
                f"{name}Endpoint",
                service=service,
                subnets=private,
                private_dns_enabled=True,
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
