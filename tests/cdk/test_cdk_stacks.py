"""Targeted assertions on each environment's synthesized template."""

from __future__ import annotations

import json

import pytest
from aws_cdk.assertions import Match, Template
from platform_infra import ENVIRONMENTS, platform_values
from platform_infra.config import CATALOGUE

from platform_constructs.catalogue import ACCESS_LEVELS

ENV_NAMES = tuple(ENVIRONMENTS)

pytestmark = pytest.mark.parametrize("env", ENV_NAMES)


def of_type(template: dict, cfn_type: str) -> dict[str, dict]:
    return {k: r for k, r in template["Resources"].items() if r["Type"] == cfn_type}


def logical_id(template: dict, cfn_type: str, **props: object) -> str:
    """The single resource of ``cfn_type`` whose properties include ``props``."""
    found = [k for k, r in of_type(template, cfn_type).items() if all(r["Properties"].get(p) == v for p, v in props.items())]
    assert len(found) == 1, f"expected one {cfn_type} with {props}, found {found}"
    return found[0]


def test_vpc_spans_three_zones_with_private_endpoints(env: str, templates: dict) -> None:
    config, t = ENVIRONMENTS[env], Template.from_json(templates[env])
    t.has_resource_properties("AWS::EC2::VPC", {"CidrBlock": config.vpc_cidr, "EnableDnsHostnames": True, "EnableDnsSupport": True})
    subnets = of_type(templates[env], "AWS::EC2::Subnet").values()
    # private (nodes), public (NAT, load balancers) and endpoints (AWS interface endpoints only), one per zone
    assert sorted(s["Properties"]["AvailabilityZone"] for s in subnets) == sorted(config.availability_zones * 3)
    assert not any(s["Properties"]["MapPublicIpOnLaunch"] for s in subnets)  # public subnets assign no public ips either
    assert sorted(s["Properties"]["CidrBlock"] for s in subnets if "endpoints" in json.dumps(s["Properties"]["Tags"])) == sorted(
        platform_values(env).aws_endpoint_cidrs)
    t.resource_count_is("AWS::EC2::NatGateway", config.nat_gateways)
    services = sorted(json.dumps(e["Properties"]["ServiceName"]) for e in of_type(templates[env], "AWS::EC2::VPCEndpoint").values())
    for suffix in (".ecr.api", ".ecr.dkr", ".sts", ".logs", ".eks-auth", ".s3"):
        assert any(suffix in s for s in services), f"missing endpoint {suffix}"
    t.resource_properties_count_is("AWS::EC2::VPCEndpoint", {"VpcEndpointType": "Interface", "PrivateDnsEnabled": True}, 6)
    t.resource_properties_count_is("AWS::EC2::VPCEndpoint", {"VpcEndpointType": "Gateway"}, 0)
    t.has_resource_properties(
        "AWS::EC2::SecurityGroup",
        {"SecurityGroupIngress": [Match.object_like({"CidrIp": config.vpc_cidr, "FromPort": 443, "ToPort": 443, "IpProtocol": "tcp"})]},
    )


def test_flow_logs_go_to_an_encrypted_retained_log_group(env: str, templates: dict) -> None:
    t = Template.from_json(templates[env])
    t.has_resource_properties("AWS::EC2::FlowLog", {"ResourceType": "VPC", "TrafficType": "ALL", "LogDestinationType": "cloud-watch-logs"})
    t.has_resource(
        "AWS::Logs::LogGroup",
        {
            "Properties": {
                "LogGroupName": f"/platform/{env}/vpc-flow-logs",
                "KmsKeyId": {"Fn::GetAtt": [Match.string_like_regexp("^KeysLogs"), "Arn"]},
                "RetentionInDays": ENVIRONMENTS[env].log_retention_days,
            },
            "DeletionPolicy": "Retain",
        },
    )


def test_eks_control_plane_is_encrypted_logged_and_restricted(env: str, templates: dict) -> None:
    # Asserted directly: cdk-nag's EKS rules do not recognise aws_eks_v2 clusters.
    config, values, t = ENVIRONMENTS[env], platform_values(env), Template.from_json(templates[env])
    if config.public_endpoint_cidrs:
        endpoint = {"EndpointPrivateAccess": True, "EndpointPublicAccess": True, "PublicAccessCidrs": list(config.public_endpoint_cidrs)}
    else:
        endpoint = {"EndpointPrivateAccess": True, "EndpointPublicAccess": False}
    t.has_resource_properties(
        "AWS::EKS::Cluster",
        {
            "Name": values.cluster_name,
            "Version": config.kubernetes_version,
            "ResourcesVpcConfig": Match.object_like(endpoint),
            "Logging": {
                "ClusterLogging": {
                    "EnabledTypes": [{"Type": k} for k in ("api", "audit", "authenticator", "controllerManager", "scheduler")]
                }
            },
            "EncryptionConfig": [
                {"Provider": {"KeyArn": {"Fn::GetAtt": [Match.string_like_regexp("^KeysSecrets"), "Arn"]}}, "Resources": ["secrets"]}
            ],
            "AccessConfig": {"AuthenticationMode": "API", "BootstrapClusterCreatorAdminPermissions": False},
            "KubernetesNetworkConfig": Match.object_like({"ServiceIpv4Cidr": config.service_cidr}),
        },
    )
    t.has_resource_properties(
        "AWS::Logs::LogGroup", {"LogGroupName": f"/aws/eks/{values.cluster_name}/cluster", "KmsKeyId": Match.any_value()}
    )


def test_public_endpoint_only_where_configured(env: str, templates: dict) -> None:
    vpc_config = next(iter(of_type(templates[env], "AWS::EKS::Cluster").values()))["Properties"]["ResourcesVpcConfig"]
    public = bool(ENVIRONMENTS[env].public_endpoint_cidrs)
    assert vpc_config["EndpointPublicAccess"] is public
    assert ("PublicAccessCidrs" in vpc_config) is public
    if env == "prod":
        assert not public, "prod's api endpoint stays private"


def test_access_entries_admins_and_team_roles_from_the_catalogue(env: str, templates: dict) -> None:
    """Admins get cluster admin; every team role of the catalogue gets an entry putting it into exactly its team's
    groups of that level, and no access policy (issue 17, item 2: no team principal has cluster-wide access)."""
    config = ENVIRONMENTS[env]
    entries = list(of_type(templates[env], "AWS::EKS::AccessEntry").values())
    admins = {
        e["Properties"]["PrincipalArn"]: e["Properties"]["AccessPolicies"][0]["PolicyArn"]["Fn::Join"][1][-1].rsplit("/", 1)[1]
        for e in entries if "AccessPolicies" in e["Properties"]
    }
    assert admins == {arn: "AmazonEKSClusterAdminPolicy" for arn in config.admin_role_arns}
    teams = {e["Properties"]["PrincipalArn"]: sorted(e["Properties"]["KubernetesGroups"]) for e in entries
             if "AccessPolicies" not in e["Properties"]}
    expected = {f"arn:aws:iam::{config.account}:role/{role}": sorted(team.groups(level))
                for team in CATALOGUE.teams for level in ACCESS_LEVELS for role in team.roles(level)}
    assert expected and teams == expected
    assert all(e["Properties"].get("Type", "STANDARD") == "STANDARD" for e in entries)


def test_node_groups_have_sizes_labels_taints_and_imdsv2(env: str, templates: dict) -> None:
    config, values, t = ENVIRONMENTS[env], platform_values(env), Template.from_json(templates[env])
    t.resource_count_is("AWS::EKS::Nodegroup", 3)
    expected_taints = {
        "system": [{"Key": "CriticalAddonsOnly", "Value": "true", "Effect": "NO_SCHEDULE"}],
        "apps": [],
        "data": [{"Key": "platform/pool", "Value": "data", "Effect": "NO_SCHEDULE"}],
    }
    for pool, sizing in (("system", config.system_nodes), ("apps", config.apps_nodes), ("data", config.data_nodes)):
        name = values.node_pools[pool].nodegroup_name
        t.has_resource_properties(
            "AWS::EKS::Nodegroup",
            {
                "NodegroupName": name,
                "AmiType": "AL2023_x86_64_STANDARD",
                "CapacityType": sizing.capacity_type.value,
                "InstanceTypes": list(sizing.instance_types),
                "Labels": {"platform/pool": pool},
                "Taints": expected_taints[pool],
                "ScalingConfig": {"MinSize": sizing.min_size, "MaxSize": sizing.max_size, "DesiredSize": sizing.initial_size},
                "Subnets": Match.array_with([{"Ref": Match.string_like_regexp("privateSubnet")}]),
            },
        )
        t.has_resource_properties(
            "AWS::EC2::LaunchTemplate",
            {
                "LaunchTemplateName": name,
                "LaunchTemplateData": Match.object_like(
                    {
                        "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 1},
                        "BlockDeviceMappings": [
                            {
                                "DeviceName": "/dev/xvda",
                                "Ebs": {
                                    "Encrypted": True,
                                    "VolumeType": "gp3",
                                    "VolumeSize": sizing.disk_size_gib,
                                    "DeleteOnTermination": True,
                                },
                            }
                        ],
                    }
                ),
            },
        )


def test_add_ons_are_installed_and_ebs_csi_uses_pod_identity(env: str, templates: dict) -> None:
    values, t = platform_values(env), Template.from_json(templates[env])
    addons = {a["Properties"]["AddonName"]: a for a in of_type(templates[env], "AWS::EKS::Addon").values()}
    assert sorted(addons) == sorted(
        ["vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver", "snapshot-controller", "metrics-server", "eks-pod-identity-agent"]
    )
    ebs_role = logical_id(templates[env], "AWS::IAM::Role", RoleName=values.ebs_csi_driver.role_name)
    t.has_resource_properties(
        "AWS::EKS::Addon",
        {
            "AddonName": "aws-ebs-csi-driver",
            "PodIdentityAssociations": [{"ServiceAccount": "ebs-csi-controller-sa", "RoleArn": {"Fn::GetAtt": [ebs_role, "Arn"]}}],
        },
    )
    # Deployments wait for the node groups so they can schedule and turn healthy.
    nodegroups = set(of_type(templates[env], "AWS::EKS::Nodegroup"))
    assert nodegroups <= set(addons["coredns"]["DependsOn"])


def test_workload_roles_are_named_from_values_and_bound_by_pod_identity(env: str, templates: dict) -> None:
    values, t = platform_values(env), Template.from_json(templates[env])
    cluster_arn = f"arn:aws:eks:{values.region}:{values.account}:cluster/{values.cluster_name}"
    for key, identity in values.workload_identities().items():
        role = logical_id(templates[env], "AWS::IAM::Role", RoleName=identity.role_name)
        t.has_resource_properties(
            "AWS::IAM::Role",
            {
                "RoleName": identity.role_name,
                "AssumeRolePolicyDocument": {
                    "Statement": [
                        {
                            "Action": ["sts:AssumeRole", "sts:TagSession"],
                            "Effect": "Allow",
                            "Principal": {"Service": "pods.eks.amazonaws.com"},
                            "Condition": {
                                "StringEquals": {"aws:SourceAccount": values.account},
                                "ArnEquals": {"aws:SourceArn": cluster_arn},
                            },
                        }
                    ],
                    "Version": "2012-10-17",
                },
            },
        )
        if key != "ebs_csi_driver":
            t.has_resource_properties(
                "AWS::EKS::PodIdentityAssociation",
                {"Namespace": identity.namespace, "ServiceAccount": identity.service_account, "RoleArn": {"Fn::GetAtt": [role, "Arn"]}},
            )
    # Every workload identity but the EBS CSI driver's (its add-on binds it).
    t.resource_count_is("AWS::EKS::PodIdentityAssociation", len(values.workload_identities()) - 1)


def test_cluster_autoscaler_may_only_scale_this_clusters_groups(env: str, templates: dict) -> None:
    values, t = platform_values(env), Template.from_json(templates[env])
    t.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        {
                            "Action": ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                            "Effect": "Allow",
                            "Resource": "*",
                            "Condition": {"StringEquals": {f"aws:ResourceTag/k8s.io/cluster-autoscaler/{values.cluster_name}": "owned"}},
                        }
                    ]
                ),
                "Version": "2012-10-17",
            }
        },
    )


def test_backup_buckets_are_private_versioned_encrypted_and_tls_only(env: str, templates: dict) -> None:
    config, values, t = ENVIRONMENTS[env], platform_values(env), Template.from_json(templates[env])
    lock = config.backup_object_lock
    for name, lock_days in ((values.velero_bucket, values.velero_retention_days), (values.db_backup_bucket, values.db_backup_retention_days)):
        bucket = logical_id(templates[env], "AWS::S3::Bucket", BucketName=name)
        props = {
            "BucketName": name,
            "VersioningConfiguration": {"Status": "Enabled"},
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [
                    {
                        "BucketKeyEnabled": True,
                        "ServerSideEncryptionByDefault": {
                            "SSEAlgorithm": "aws:kms",
                            "KMSMasterKeyID": {"Fn::GetAtt": [Match.string_like_regexp("^KeysBackups"), "Arn"]},
                        },
                    }
                ]
            },
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
            "LifecycleConfiguration": {
                "Rules": Match.array_with(
                    [Match.object_like({"NoncurrentVersionExpiration": {"NoncurrentDays": config.backup_noncurrent_expiry_days}})]
                )
            },
            "LoggingConfiguration": {
                "DestinationBucketName": {"Ref": Match.string_like_regexp("^BackupsAccessLogs")},
                "LogFilePrefix": f"{name}/",
            },
            "ObjectLockEnabled": True if lock else Match.absent(),
            "ObjectLockConfiguration": {
                "ObjectLockEnabled": "Enabled",
                "Rule": {"DefaultRetention": {"Days": lock_days, "Mode": lock.value}},
            }
            if lock
            else Match.absent(),
        }
        t.has_resource("AWS::S3::Bucket", {"Properties": props, "DeletionPolicy": "Retain"})
        t.has_resource_properties(
            "AWS::S3::BucketPolicy",
            {
                "Bucket": {"Ref": bucket},
                "PolicyDocument": {
                    "Statement": Match.array_with(
                        [Match.object_like({"Effect": "Deny", "Action": "s3:*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})]
                    )
                },
            },
        )


def test_kms_keys_rotate_and_are_retained(env: str, templates: dict) -> None:
    keys = of_type(templates[env], "AWS::KMS::Key").values()
    assert len(keys) == 4
    assert all(k["Properties"]["EnableKeyRotation"] is True and k["DeletionPolicy"] == "Retain" for k in keys)
    aliases = sorted(a["Properties"]["AliasName"] for a in of_type(templates[env], "AWS::KMS::Alias").values())
    assert aliases == sorted(f"alias/platform-{env}/{k}" for k in ("backups", "eks-secrets", "logs", "registry"))
    assert platform_values(env).backup_kms_key_alias in aliases


def test_resources_carry_the_environment_tags(env: str, templates: dict) -> None:
    expected = dict(platform_values(env).tags)
    checked = 0
    for cfn_type in (
        "AWS::EC2::VPC",
        "AWS::EC2::Subnet",
        "AWS::S3::Bucket",
        "AWS::ECR::Repository",
        "AWS::KMS::Key",
        "AWS::IAM::Role",
        "AWS::Logs::LogGroup",
    ):
        for resource in of_type(templates[env], cfn_type).values():
            tags = {t["Key"]: t["Value"] for t in resource["Properties"]["Tags"]}
            assert tags.items() >= expected.items(), f"{cfn_type} tags {tags}"
            checked += 1
    cluster = next(iter(of_type(templates[env], "AWS::EKS::Cluster").values()))
    assert {t["Key"]: t["Value"] for t in cluster["Properties"]["Tags"]}.items() >= expected.items()
    assert checked >= 25


def test_no_lambda_custom_resource_or_asset(env: str, templates: dict) -> None:
    types = {r["Type"] for r in templates[env]["Resources"].values()}
    assert not {
        t
        for t in types
        if t.startswith("Custom::") or t in ("AWS::Lambda::Function", "AWS::CloudFormation::CustomResource", "AWS::CloudFormation::Stack")
    }


def test_pull_through_caches_mirror_third_party_registries(env: str, templates: dict) -> None:
    config, t = ENVIRONMENTS[env], Template.from_json(templates[env])
    rules = t.find_resources("AWS::ECR::PullThroughCacheRule")
    got = {r["Properties"]["EcrRepositoryPrefix"]: r["Properties"] for r in rules.values()}
    assert {p: r["UpstreamRegistryUrl"] for p, r in got.items()} == {c.prefix: c.upstream for c in config.ecr_pull_through_caches}
    assert "CredentialArn" not in got["quay"]
    assert got["ghcr"]["CredentialArn"]["Fn::Join"][1][-1].endswith(":secret:ecr-pullthroughcache/ghcr")
    assert got["docker-hub"]["UpstreamRegistryUrl"] == "registry-1.docker.io"
    assert got["docker-hub"]["CredentialArn"]["Fn::Join"][1][-1].endswith(":secret:ecr-pullthroughcache/docker-hub")


def test_nodes_can_fill_the_caches_and_cached_repositories_use_the_registry_key(env: str, templates: dict) -> None:
    config, t = ENVIRONMENTS[env], Template.from_json(templates[env])
    prefixes = {c.prefix for c in config.ecr_pull_through_caches}
    # The first pull of a mirrored image creates its repository: the nodes need CreateRepository for that,
    # which AmazonEC2ContainerRegistryPullOnly does not grant.
    (policy,) = t.find_resources("AWS::ECR::RegistryPolicy").values()
    (statement,) = policy["Properties"]["PolicyText"]["Statement"]
    assert statement["Action"] == ["ecr:CreateRepository", "ecr:BatchImportUpstreamImage"]
    assert {"Fn::GetAtt": [next(iter(t.find_resources("AWS::IAM::Role", {"Properties": {"RoleName": f"platform-{env}-node"}}))), "Arn"]} \
        == statement["Principal"]["AWS"]
    assert {json.dumps(r).rsplit(":repository/", 1)[1].split("/")[0] for r in statement["Resource"]} == prefixes
    templates_ = t.find_resources("AWS::ECR::RepositoryCreationTemplate")
    assert {r["Properties"]["Prefix"] for r in templates_.values()} == prefixes
    for r in templates_.values():
        assert r["Properties"]["AppliedFor"] == ["PULL_THROUGH_CACHE"]
        assert r["Properties"]["EncryptionConfiguration"]["EncryptionType"] == "KMS"
        assert "CustomRoleArn" in r["Properties"]
