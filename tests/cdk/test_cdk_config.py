"""Typed settings: validation errors, derived values, and the no-aws_cdk import contract."""

from __future__ import annotations

import ast
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from platform_infra import (
    ENVIRONMENTS,
    ConfigError,
    EnvironmentConfig,
    NodeGroupConfig,
    RegistryConfig,
    platform_values,
    validate_environments,
)
from platform_infra.config import CATALOGUE

CDK_DIR = Path(__file__).resolve().parents[2] / "cdk"
DEV = ENVIRONMENTS["dev"]


def test_invalid_account_id_is_refused() -> None:
    with pytest.raises(
        ConfigError, match=r"invalid EnvironmentConfig 'dev':\n  - field 'account' has value '12345', allowed: a 12-digit aws account id"
    ):
        dataclasses.replace(DEV, account="12345")


def test_invalid_region_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"field 'region' has value 'eu-moon-1', allowed: an aws region such as 'eu-west-1'"):
        dataclasses.replace(DEV, region="eu-moon-1")


def test_zones_must_belong_to_the_region() -> None:
    with pytest.raises(
        ConfigError,
        match=r"field 'availability_zones' has value 'us-east-1a,us-east-1b,us-east-1c', allowed: three distinct zones of region 'eu-west-1'",
    ):
        dataclasses.replace(DEV, availability_zones=("us-east-1a", "us-east-1b", "us-east-1c"))


@pytest.mark.parametrize("cidr", ["10.10.0.0/33", "10.10.0.1/16", "not-a-cidr", "300.1.0.0/16"])
def test_malformed_vpc_cidr_is_refused(cidr: str) -> None:
    with pytest.raises(ConfigError, match=rf"field 'vpc_cidr' has value '{cidr}', allowed: an ipv4 cidr with no host bits set"):
        dataclasses.replace(DEV, vpc_cidr=cidr)


def test_service_cidr_overlapping_the_vpc_is_refused() -> None:
    with pytest.raises(
        ConfigError,
        match=r"field 'service_cidr' has value '10.10.128.0/20', allowed: a range that does not overlap vpc_cidr '10.10.0.0/16'",
    ):
        dataclasses.replace(DEV, service_cidr="10.10.128.0/20")


def test_overlapping_environment_vpcs_are_refused() -> None:
    stage = dataclasses.replace(ENVIRONMENTS["stage"], vpc_cidr="10.10.64.0/18")
    with pytest.raises(
        ConfigError,
        match=r"invalid environments:\n  - field 'stage.vpc_cidr' has value '10.10.64.0/18', allowed: a range that does not overlap dev.vpc_cidr '10.10.0.0/16'",
    ):
        validate_environments({"dev": DEV, "stage": stage})


def test_unrestricted_public_endpoint_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"field 'public_endpoint_cidrs' has value '0.0.0.0/0', allowed: a restricted range"):
        dataclasses.replace(DEV, public_endpoint_cidrs=("0.0.0.0/0",))


def test_node_group_min_above_max_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"invalid NodeGroupConfig:\n  - field 'min_size' has value '5', allowed: at most max_size '3'"):
        dataclasses.replace(DEV.data_nodes, min_size=5, max_size=3)


def test_node_group_desired_outside_range_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"field 'desired_size' has value '9', allowed: between min_size '1' and max_size '3'"):
        NodeGroupConfig(instance_types=("m7i.large",), min_size=1, max_size=3, desired_size=9)


@pytest.mark.parametrize("version", ["1.29", "1.33", "2.0", "latest"])
def test_unsupported_kubernetes_version_is_refused(version: str) -> None:
    with pytest.raises(ConfigError, match=rf"field 'kubernetes_version' has value '{version}', allowed: one of '1.34', '1.35', '1.36'"):
        dataclasses.replace(DEV, kubernetes_version=version)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        dataclasses.replace(DEV, account="abc", region="nowhere", vpc_cidr="10.0.0.0/8", kubernetes_version="1.20")
    fields = [p.split("'")[1] for p in caught.value.problems]
    # Role arns no longer match the (bad) account, so they are reported too.
    assert fields == ["account", "region", "vpc_cidr", "kubernetes_version", "admin_role_arns"]


def test_admin_roles_must_live_in_the_account() -> None:
    with pytest.raises(
        ConfigError,
        match=r"field 'admin_role_arns' has value 'arn:aws:iam::999999999999:role/admin', allowed: an iam role arn in account '111111111111'",
    ):
        dataclasses.replace(DEV, admin_role_arns=("arn:aws:iam::999999999999:role/admin",))


def test_unknown_environment_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"field 'name' has value 'qa', allowed: one of 'dev', 'stage', 'prod'"):
        platform_values("qa")


def test_values_are_derived_from_the_config() -> None:
    v = platform_values("prod")
    assert v.account == "333333333333" and v.region == "eu-west-1"
    assert v.cluster_name == "platform-prod"
    assert v.registry == "333333333333.dkr.ecr.eu-west-1.amazonaws.com"
    # The services' images come from the shared registry; the environment's own registry holds its mirrors.
    assert v.image_registry == "444444444444.dkr.ecr.eu-west-1.amazonaws.com"
    assert dict(v.repositories) == {s.name: f"444444444444.dkr.ecr.eu-west-1.amazonaws.com/{s.name}" for s in CATALOGUE.services}
    assert v.velero_bucket == "platform-prod-velero-333333333333-eu-west-1"
    assert v.db_backup_bucket == "platform-prod-db-backups-333333333333-eu-west-1"
    assert v.velero.role_arn == "arn:aws:iam::333333333333:role/platform-prod-velero"
    assert v.external_secrets.role_arn == "arn:aws:iam::333333333333:role/platform-prod-external-secrets"
    assert {n: (b.identity.role_arn, b.identity.service_account, b.prefix) for n, b in v.db_backups.items()} == {
        f"{s.name}-db": (f"arn:aws:iam::333333333333:role/platform-prod-backup-{s.name}-db", f"{s.name}-db-backup",
                         f"databases/{s.name}-db") for s in CATALOGUE.running if s.database}
    assert (v.db_backup_retention_days, v.db_backup_expiry_days, v.velero_retention_days) == (30, 32, 30)
    assert v.backup_object_lock == "COMPLIANCE" and v.backup_replica is not None
    assert v.backup_replica.db_backup_bucket == "platform-prod-db-backups-333333333333-eu-central-1"
    assert v.backup_replica.kms_key_alias_arn == "arn:aws:kms:eu-central-1:333333333333:alias/platform-prod/backups-replica"
    assert v.load_balancer_controller.role_arn == "arn:aws:iam::333333333333:role/platform-prod-load-balancer-controller"
    assert v.cluster_autoscaler.role_arn == "arn:aws:iam::333333333333:role/platform-prod-cluster-autoscaler"
    assert v.fluent_bit.role_arn == "arn:aws:iam::333333333333:role/platform-prod-fluent-bit"
    assert v.node_role_arn == "arn:aws:iam::333333333333:role/platform-prod-node"
    assert dict(v.tags) == {"Project": "platform", "Environment": "prod", "ManagedBy": "aws-cdk", "Owner": "platform-team"}
    assert [t.key for t in v.node_pools["system"].taints] == ["CriticalAddonsOnly"]
    assert v.node_pools["data"].labels == {"platform/pool": "data"}


def test_a_database_whose_backup_role_name_would_not_fit_iam_is_refused() -> None:
    long = "d" * 45
    with pytest.raises(ConfigError, match=rf"field 'databases' has value '{long}', allowed: a database name that keeps "
                                          rf"the backup role 'platform-dev-backup-{long}' within 64 characters"):
        dataclasses.replace(ENVIRONMENTS["dev"], databases=(long,))
    with pytest.raises(ConfigError, match=r"field 'backup_replica_region' has value 'eu-west-1', allowed: none, or an aws "
                                          r"region other than 'eu-west-1' in the same partition"):
        dataclasses.replace(ENVIRONMENTS["dev"], backup_replica_region="eu-west-1")


def test_values_are_frozen_and_deterministic() -> None:
    a, b = platform_values("dev"), platform_values("dev")
    assert a == b
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.cluster_name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        a.repositories["x"] = "y"  # type: ignore[index]


def test_role_names_are_unique_and_fit_iam_limits() -> None:
    for env in ENVIRONMENTS:
        names = [w.role_name for w in platform_values(env).workload_identities().values()]
        # the platform's nine add-on roles and one backup role per database
        assert len(names) == len(set(names)) == 9 + len(platform_values(env).db_backups)
        assert all(len(n) <= 64 for n in names)
        v = platform_values(env)
        assert all(len(b) <= 63 for b in (v.velero_bucket, v.db_backup_bucket, v.access_logs_bucket))


def test_values_module_imports_without_aws_cdk() -> None:
    """The cdk8s app reads the values without loading the AWS CDK (the catalogue comes with the construct library)."""
    code = "import sys; from platform_infra.values import platform_values; platform_values('dev'); print('aws_cdk' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=CDK_DIR, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(CDK_DIR.parent)}).stdout
    assert out.strip() == "False"


def _documented_defaults(cls: type) -> list[tuple[str, object, str]]:
    """(field, default, docstring) for fields with a constant default, read from the source."""
    tree = ast.parse((CDK_DIR / "platform_infra" / "config.py").read_text())
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__).body
    found = []
    for stmt, nxt in zip(body, body[1:], strict=False):
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.value, ast.Constant) and isinstance(nxt, ast.Expr):
            found.append((stmt.target.id, stmt.value.value, nxt.value.value))
    return found


@pytest.mark.parametrize("cls", [EnvironmentConfig, NodeGroupConfig, RegistryConfig])
def test_documented_defaults_equal_code_defaults(cls: type) -> None:
    checked = _documented_defaults(cls)
    assert checked, "expected fields with constant defaults"
    defaults = {f.name: f.default for f in dataclasses.fields(cls)}
    for name, value, doc in checked:
        assert defaults[name] == value
        if value is None or isinstance(value, bool):
            continue
        assert "Default:" in doc and str(value) in doc.split("Default:", 1)[1], (
            f"{cls.__name__}.{name}: docstring does not state default {value!r}"
        )


def test_pull_through_mirrors_keep_path_tag_and_digest():
    from platform_infra import platform_values

    v = platform_values("prod")
    image = "quay.io/prometheuscommunity/postgres-exporter:v0.19.1@sha256:" + "e" * 64
    assert v.mirrored(image) == f"{v.registry}/quay/prometheuscommunity/postgres-exporter:v0.19.1@sha256:" + "e" * 64
    # Docker Hub images are spelled 'docker.io/...', while the cache's upstream is the API host registry-1.docker.io.
    assert v.mirrored("docker.io/library/busybox:1.37") == f"{v.registry}/docker-hub/library/busybox:1.37"
    assert v.mirrored("cr.example.com/tool:1") == "cr.example.com/tool:1"  # no mirror: unchanged
    assert v.mirrored(f"{v.registry}/some-service:1") == f"{v.registry}/some-service:1"


def test_pull_through_caches_need_distinct_prefixes_and_hosts():
    from platform_infra import ConfigError, PullThroughCache
    from platform_infra.config import ENVIRONMENTS

    twice = (PullThroughCache(prefix="quay", upstream="quay.io"), PullThroughCache(prefix="quay2", upstream="quay.io"))
    with pytest.raises(ConfigError) as err:
        dataclasses.replace(ENVIRONMENTS["dev"], ecr_pull_through_caches=twice)
    assert "field 'ecr_pull_through_caches' has value 'quay.io,quay.io', allowed: one cache per host" in str(err.value)


def test_public_zone_needs_a_dns_name_and_a_route53_zone_id() -> None:
    from platform_infra.config import PublicZone

    with pytest.raises(ConfigError) as e:
        dataclasses.replace(DEV, public_zone=PublicZone(name="Dev.Example.com.", zone_id="dev-zone"))
    assert e.value.problems == (
        "field 'public_zone.name' has value 'Dev.Example.com.', allowed: a lower-case dns name such as 'dev.example.com', "
        "no trailing dot",
        "field 'public_zone.zone_id' has value 'dev-zone', allowed: a route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'")
