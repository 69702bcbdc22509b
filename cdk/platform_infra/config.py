"""Typed, validated settings for the platform's AWS environments.

This module is the single source of truth for the AWS side of the platform. It is
plain Python (no ``aws_cdk`` import), so the cdk8s app can import it cheaply through
:mod:`platform_infra.values`.

Every settings object validates itself when it is created and raises one
:class:`ConfigError` that lists each bad field with its value and what is allowed.
"""

from __future__ import annotations

import dataclasses
import enum
import ipaddress
import os
import pathlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from platform_constructs.catalogue import ACCESS_LEVELS, Catalogue, load_catalogue

__all__ = [
    "ALLOWED_LOG_RETENTION_DAYS",
    "AWS_REGIONS",
    "ENVIRONMENTS",
    "SUPPORTED_KUBERNETES_VERSIONS",
    "BackupLock",
    "CapacityType",
    "ConfigError",
    "SecretScope",
    "TeamRole",
    "EnvironmentConfig",
    "NodeGroupConfig",
    "PublicZone",
    "REGISTRY",
    "RegistryConfig",
    "environment",
    "registry_for",
    "validate_environments",
]

#: Kubernetes minor versions in Amazon EKS standard support (checked November 2026).
#: Extended-support versions are refused: they cost more and age out within months.
SUPPORTED_KUBERNETES_VERSIONS: tuple[str, ...] = ("1.34", "1.35", "1.36")

#: Commercial and GovCloud regions. A typo in a region otherwise only shows up as a
#: failed deployment, so the list is explicit.
AWS_REGIONS: frozenset[str] = frozenset(
    {
        "af-south-1",
        "ap-east-1",
        "ap-east-2",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-northeast-3",
        "ap-south-1",
        "ap-south-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ca-central-1",
        "ca-west-1",
        "eu-central-1",
        "eu-central-2",
        "eu-north-1",
        "eu-south-1",
        "eu-south-2",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "il-central-1",
        "me-central-1",
        "me-south-1",
        "mx-central-1",
        "sa-east-1",
        "us-east-1",
        "us-east-2",
        "us-gov-east-1",
        "us-gov-west-1",
        "us-west-1",
        "us-west-2",
    }
)

#: Retention periods CloudWatch Logs accepts, limited to one year or more so audit
#: trails (flow logs, container logs) outlive a yearly review.
ALLOWED_LOG_RETENTION_DAYS: frozenset[int] = frozenset({365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653})

_ACCOUNT_RE = re.compile(r"^\d{12}$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9]{1,9}$")
_ROLE_ARN_RE = re.compile(r"^arn:aws(?:-us-gov)?:iam::(\d{12}):role/[\w+=,.@/-]{1,512}$")
_INSTANCE_TYPE_RE = re.compile(r"^[a-z][a-z0-9-]*\.[a-z0-9]+$")
_GITHUB_REPO_RE = re.compile(r"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$")


@dataclass(frozen=True, kw_only=True, slots=True)
class PullThroughCache:
    """An ECR pull-through cache rule: `<registry>/<prefix>/<path>` mirrors `<upstream>/<path>`, digests unchanged."""

    prefix: str
    """Repository prefix in this account's registry, such as 'quay'."""
    upstream: str
    """Upstream registry host, such as 'quay.io'."""
    credential_secret: str | None = None
    """Secrets Manager secret name (it must start with 'ecr-pullthroughcache/') holding upstream credentials.
    Default: None, for registries that serve public images anonymously."""
    image_host: str | None = None
    """The registry host as image references spell it, when that differs from `upstream` (Docker Hub images
    say 'docker.io', its registry API is 'registry-1.docker.io'). Default: None, the same as `upstream`."""

    @property
    def host(self) -> str:
        """The registry host image references use for this upstream."""
        return self.image_host or self.upstream


#: Route 53 hosted zone ids: 'Z' and up to 31 upper-case letters or digits.
_ZONE_ID_RE = re.compile(r"^Z[A-Z0-9]{1,31}$")
_ZONE_NAME_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True, kw_only=True, slots=True)
class PublicZone:
    """The environment's public Route 53 hosted zone, imported by id: it is created (and delegated from its parent)
    once per account, outside the stack, so a stack replacement never changes the name servers the world knows. Every
    Ingress host lies in it; external-dns writes its records and cert-manager its ACME DNS-01 challenges there, each
    with a role that can change this zone only."""

    name: str
    """The zone's domain, such as 'dev.example.com' (no trailing dot)."""
    zone_id: str
    """Its hosted zone id, such as 'Z0123456789ABCDEFGHIJ'."""


_BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]+$")
_ECR_NAME_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$")
_PRIVATE_RANGES = tuple(ipaddress.ip_network(c) for c in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


class ConfigError(ValueError):
    """Raised when settings are invalid; ``problems`` holds one line per bad field."""

    def __init__(self, subject: str, problems: list[str]) -> None:
        self.subject = subject
        self.problems = tuple(problems)
        super().__init__(f"invalid {subject}:\n" + "\n".join(f"  - {p}" for p in problems))


def _problem(name: str, value: object, allowed: str) -> str:
    return f"field '{name}' has value '{value}', allowed: {allowed}"


class BackupLock(enum.Enum):
    """S3 Object Lock mode of the backup buckets; the retention is the environment's database retention."""

    GOVERNANCE = "GOVERNANCE"
    """Nobody deletes a locked version unless they hold s3:BypassGovernanceRetention (no workload role does)."""
    COMPLIANCE = "COMPLIANCE"
    """Nobody deletes a locked version before its retention ends, not even the account's root user."""


class CapacityType(enum.Enum):
    """How a managed node group buys its instances."""

    ON_DEMAND = "ON_DEMAND"
    SPOT = "SPOT"


@dataclass(frozen=True, kw_only=True, slots=True)
class SecretScope:
    """Secrets Manager names one set of namespaces may read through external-secrets, and nothing else: its own
    ClusterSecretStore (conditions: those namespaces) assumes its own IAM role (reading exactly these names)."""

    name: str
    namespaces: tuple[str, ...]
    keys: tuple[str, ...]
    """Names under the environment's 'platform/<env>/' prefix: exact secret names, or prefixes ending in '/'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class TeamRole:
    """A team's IAM role and the Kubernetes groups EKS puts its sessions into (an access entry without any
    cluster-wide access policy: what the groups may do is the RBAC the team's namespaces grant them)."""

    role_name: str
    groups: tuple[str, ...]
    team: str


@dataclass(frozen=True, kw_only=True, slots=True)
class NodeGroupConfig:
    """Sizing of one EKS managed node group."""

    instance_types: tuple[str, ...]
    """EC2 instance types, most preferred first. Required: sizing is a per-pool decision."""

    min_size: int
    """Smallest node count the autoscaler may scale to. Required."""

    max_size: int
    """Largest node count the autoscaler may scale to. Required; must be >= ``min_size``."""

    desired_size: int | None = None
    """Node count at creation. Default: ``min_size``, the autoscaler grows it from there."""

    capacity_type: CapacityType = CapacityType.ON_DEMAND
    """Default: on-demand, so critical pools are not reclaimed by spot interruptions."""

    disk_size_gib: int = 50
    """Encrypted gp3 root volume size. Default: 50 GiB, room for image layers and logs."""

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not self.instance_types or any(not _INSTANCE_TYPE_RE.match(t) for t in self.instance_types):
            problems.append(_problem("instance_types", ",".join(self.instance_types), "one or more ec2 instance types such as 'm7i.large'"))
        if self.min_size < 0:
            problems.append(_problem("min_size", self.min_size, "an integer >= 0"))
        if self.max_size < 1:
            problems.append(_problem("max_size", self.max_size, "an integer >= 1"))
        if self.min_size > self.max_size:
            problems.append(_problem("min_size", self.min_size, f"at most max_size '{self.max_size}'"))
        if self.desired_size is not None and not self.min_size <= self.desired_size <= self.max_size:
            problems.append(
                _problem("desired_size", self.desired_size, f"between min_size '{self.min_size}' and max_size '{self.max_size}'")
            )
        if not 20 <= self.disk_size_gib <= 1000:
            problems.append(_problem("disk_size_gib", self.disk_size_gib, "20 to 1000"))
        if problems:
            raise ConfigError("NodeGroupConfig", problems)

    @property
    def initial_size(self) -> int:
        """Node count at creation: ``desired_size`` or, when unset, ``min_size``."""
        return self.min_size if self.desired_size is None else self.desired_size


def _network(value: str, name: str, problems: list[str]) -> ipaddress.IPv4Network | None:
    try:
        net = ipaddress.ip_network(value, strict=True)
    except ValueError:
        problems.append(_problem(name, value, "an ipv4 cidr with no host bits set, such as '10.10.0.0/16'"))
        return None
    if not isinstance(net, ipaddress.IPv4Network):
        problems.append(_problem(name, value, "an ipv4 cidr"))
        return None
    return net


@dataclass(frozen=True, kw_only=True, slots=True)
class RegistryConfig:
    """The one ECR registry the services' images live in, in an account of its own that every environment pulls from.

    Why one shared registry, not a registry per environment with ECR replication: CI pushes, scans and signs a digest
    once, and promotion moves only the pin in Git. The digest stage and prod run is the very one CI built, its cosign
    signature and SBOM attestation sit next to it (cosign stores them in the image's repository), and nothing has to
    copy images or signature artefacts, keep copies in step, or be waited for after a promotion. The environments'
    nodes and Kyverno get read-only access by repository policy; only CI may push, and only here. The price: one
    registry in one region (the environments' region, so pulls go through each VPC's ECR endpoints); an environment
    in another region would need replication into a registry of that region."""

    account: str
    """12-digit AWS account id of the registry (a shared services account, none of the environments'). Required."""

    region: str
    """AWS region of the registry: every environment's region. Required."""

    repositories: tuple[str, ...] = ()
    """ECR repositories to create, one per service. Default: none; REGISTRY takes them from the catalogue."""

    untagged_expiry_days: int = 14
    """Days before untagged images expire. Default: 14, enough to debug a failed push."""

    keep_releases: int = 100
    """Release images (tags starting 'v') kept per repository. Default: 100, months of prod rollbacks."""

    ci_repositories: tuple[str, ...] = ("example-org/platform",)
    """GitHub 'owner/repo' names whose workflows may push images. REGISTRY adds every service's repository from the
    catalogue to the platform's own."""

    ci_branches: tuple[str, ...] = ("main",)
    """Branches of ``ci_repositories`` whose workflows may push images. Default: ('main',), the branch whose builds
    are signed and released."""

    release_tag_prefix: str = "v"
    """Git tags (rc and release) whose workflow runs may look up and verify images, read-only. Default: 'v'."""

    create_github_oidc_provider: bool = True
    """Create the account's GitHub OIDC provider. Default: true; false when one already exists."""

    owner: str = "platform-team"
    """Value of the 'Owner' tag on every resource. Default: 'platform-team'."""

    termination_protection: bool = True
    """CloudFormation termination protection. Default: on: every environment pulls from here."""

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not _ACCOUNT_RE.match(self.account):
            problems.append(_problem("account", self.account, "a 12-digit aws account id"))
        if self.region not in AWS_REGIONS:
            problems.append(_problem("region", self.region, "an aws region such as 'eu-west-1'"))
        if len(set(self.repositories)) != len(self.repositories):
            problems.append(_problem("repositories", ",".join(self.repositories), "distinct names"))
        for repo in self.repositories:
            if not _ECR_NAME_RE.match(repo) or len(repo) > 200:
                problems.append(_problem("repositories", repo, "lower-case letters, digits, '.', '_', '-' and '/'"))
        if not 1 <= self.untagged_expiry_days <= 365:
            problems.append(_problem("untagged_expiry_days", self.untagged_expiry_days, "1 to 365"))
        if not 1 <= self.keep_releases <= 1000:
            problems.append(_problem("keep_releases", self.keep_releases, "1 to 1000"))
        if not self.ci_repositories or any(not _GITHUB_REPO_RE.match(r) for r in self.ci_repositories):
            problems.append(_problem("ci_repositories", ",".join(self.ci_repositories), "one or more github 'owner/repo' names"))
        if not self.ci_branches or any(not _BRANCH_RE.match(b) or "*" in b for b in self.ci_branches):
            problems.append(_problem("ci_branches", ",".join(self.ci_branches), "one or more exact branch names, no wildcards"))
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,20}", self.release_tag_prefix):
            problems.append(_problem("release_tag_prefix", self.release_tag_prefix, "1 to 20 letters, digits, '.', '_' or '-'"))
        if not self.owner:
            problems.append(_problem("owner", self.owner, "a non-empty team name"))
        if problems:
            raise ConfigError("RegistryConfig", problems)


@dataclass(frozen=True, kw_only=True, slots=True)
class EnvironmentConfig:
    """Everything that differs between dev, stage and prod on the AWS side."""

    name: str
    """Short environment name, used in every physical name ('platform-<name>-...'). Required."""

    account: str
    """12-digit AWS account id the stack deploys to. Required."""

    region: str
    """AWS region the stack deploys to. Required."""

    availability_zones: tuple[str, ...]
    """Exactly three zones of ``region``, given explicitly so synth needs no AZ lookup. Required."""

    vpc_cidr: str
    """VPC range, /16 to /20. Required; must not overlap another environment or ``service_cidr``."""

    admin_role_arns: tuple[str, ...]
    """IAM roles (in ``account``) granted cluster-admin via EKS access entries. Required, at least one."""

    system_nodes: NodeGroupConfig
    """The 'system' pool, tainted CriticalAddonsOnly for cluster add-ons. Required, min_size >= 1."""

    apps_nodes: NodeGroupConfig
    """The 'apps' pool for ordinary workloads. Required."""

    data_nodes: NodeGroupConfig
    """The 'data' pool, labelled and tainted for databases. Required."""

    registry: RegistryConfig
    """The shared registry the services' images are pulled from (see RegistryConfig: why one). Required; the
    environments below take its repositories from the catalogue."""

    service_cidr: str = "172.20.0.0/16"
    """Kubernetes service range. Default: 172.20.0.0/16, outside every VPC range used here."""

    nat_gateways: int = 3
    """NAT gateways, one per zone at most. Default: 3, so one zone outage keeps egress up."""

    kubernetes_version: str = "1.35"
    """EKS Kubernetes version. Default: '1.35'; must be in SUPPORTED_KUBERNETES_VERSIONS."""

    public_endpoint_cidrs: tuple[str, ...] = ()
    """CIDRs allowed to reach the public API endpoint. Default: none, the endpoint is private only."""

    team_roles: tuple[TeamRole, ...] = ()
    """Teams' IAM roles (in ``account``) mapped to their Kubernetes groups via EKS access entries, with no
    cluster-wide access policy. Default: none; the environments below take them from the catalogue."""

    secret_scopes: tuple[SecretScope, ...] = ()
    """Who may read which secrets (see SecretScope). Default: none; the environments below derive them from the
    catalogue: each team its own 'teams/<team>/' prefix, the databases namespace each database's '<service>-db'
    secret and its client's role password, the monitoring namespace the Alertmanager receivers."""

    backup_noncurrent_expiry_days: int = 30
    """Days a replaced or deleted backup object version is kept. Default: 30."""

    backup_object_lock: BackupLock | None = None
    """Object Lock on the backup buckets, each object version kept for the database retention (platform_constructs'
    settings: backup_retention_days) or Velero's snapshot TTL. Default: off (None): expiry by lifecycle rules only."""

    backup_replica_region: str | None = None
    """Second region receiving a copy of both backup buckets (S3 replication, its own KMS key there), so a region
    loss keeps the backups. Default: None, no copy."""

    databases: tuple[str, ...] = ()
    """PostgresClusters of the environment: each gets its own backup role. The environments below take them from the
    catalogue."""

    ecr_pull_through_caches: tuple[PullThroughCache, ...] = (
        PullThroughCache(prefix="quay", upstream="quay.io"),
        PullThroughCache(prefix="k8s", upstream="registry.k8s.io"),
        PullThroughCache(prefix="ecr-public", upstream="public.ecr.aws"),
        PullThroughCache(prefix="ghcr", upstream="ghcr.io", credential_secret="ecr-pullthroughcache/ghcr"),
        PullThroughCache(prefix="docker-hub", upstream="registry-1.docker.io", image_host="docker.io",
                         credential_secret="ecr-pullthroughcache/docker-hub"),
    )
    """ECR pull-through caches mirroring third-party registries into this account's registry, so every pod
    pulls from ECR only and the guardrails can allow just that registry. Default: quay.io, registry.k8s.io,
    public.ecr.aws, ghcr.io and Docker Hub (ghcr.io and Docker Hub need a token stored in Secrets Manager under
    `credential_secret` before the first pull)."""

    log_retention_days: int = 365
    """Retention of flow logs, control-plane and container logs. Default: 365 days."""

    owner: str = "platform-team"
    """Value of the 'Owner' tag on every resource. Default: 'platform-team'."""

    termination_protection: bool = True
    """CloudFormation termination protection. Default: on, so a stray 'cdk destroy' fails."""

    public_zone: PublicZone | None = None
    """The public hosted zone of the environment's Ingress hosts (see PublicZone). Default: none, and then no DNS or
    certificate roles exist; the environments below name theirs."""

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not _NAME_RE.match(self.name):
            problems.append(_problem("name", self.name, "2 to 10 lower-case letters or digits, starting with a letter"))
        if not _ACCOUNT_RE.match(self.account):
            problems.append(_problem("account", self.account, "a 12-digit aws account id"))
        region_ok = self.region in AWS_REGIONS
        if not region_ok:
            problems.append(_problem("region", self.region, "an aws region such as 'eu-west-1'"))
        zones = self.availability_zones
        if (
            len(zones) != 3
            or len(set(zones)) != 3
            or (region_ok and any(not re.fullmatch(re.escape(self.region) + r"[a-z]", z) for z in zones))
        ):
            problems.append(_problem("availability_zones", ",".join(zones), f"three distinct zones of region '{self.region}'"))
        vpc = _network(self.vpc_cidr, "vpc_cidr", problems)
        if vpc is not None and not 16 <= vpc.prefixlen <= 20:
            problems.append(_problem("vpc_cidr", self.vpc_cidr, "a prefix length from /16 to /20"))
        if vpc is not None and not any(vpc.subnet_of(r) for r in _PRIVATE_RANGES):
            problems.append(_problem("vpc_cidr", self.vpc_cidr, "a private (rfc 1918) range"))
        svc = _network(self.service_cidr, "service_cidr", problems)
        if svc is not None and (not 12 <= svc.prefixlen <= 24 or not any(svc.subnet_of(r) for r in _PRIVATE_RANGES)):
            problems.append(_problem("service_cidr", self.service_cidr, "a private (rfc 1918) range from /12 to /24"))
        if vpc is not None and svc is not None and vpc.overlaps(svc):
            problems.append(_problem("service_cidr", self.service_cidr, f"a range that does not overlap vpc_cidr '{self.vpc_cidr}'"))
        for cidr in self.public_endpoint_cidrs:
            net = _network(cidr, "public_endpoint_cidrs", problems)
            if net is not None and net.prefixlen < 8:
                problems.append(
                    _problem("public_endpoint_cidrs", cidr, "a restricted range (prefix /8 or longer), never the whole internet")
                )
        if not 1 <= self.nat_gateways <= 3:
            problems.append(_problem("nat_gateways", self.nat_gateways, "1 to 3"))
        if self.kubernetes_version not in SUPPORTED_KUBERNETES_VERSIONS:
            problems.append(
                _problem(
                    "kubernetes_version", self.kubernetes_version, "one of " + ", ".join(f"'{v}'" for v in SUPPORTED_KUBERNETES_VERSIONS)
                )
            )
        if not self.admin_role_arns:
            problems.append(_problem("admin_role_arns", "", "at least one iam role arn"))
        for arn in self.admin_role_arns:
            m = _ROLE_ARN_RE.match(arn)
            if not m or m.group(1) != self.account:
                problems.append(_problem("admin_role_arns", arn, f"an iam role arn in account '{self.account}'"))
        admin_roles = {arn.rsplit("/", 1)[-1] for arn in self.admin_role_arns}
        for role in self.team_roles:
            if role.role_name in admin_roles or not role.groups:
                problems.append(_problem("team_roles", role.role_name,
                                         "a role that is not an admin role, mapped to at least one group"))
        if region_ok and self.registry.region != self.region:
            problems.append(_problem("registry.region", self.registry.region, f"'{self.region}', the environment's region: "
                                     "nodes pull through the vpc's ecr endpoints, which serve their own region only"))
        if self.system_nodes.min_size < 1:
            problems.append(_problem("system_nodes.min_size", self.system_nodes.min_size, "at least 1, cluster add-ons need a node"))
        if not 1 <= self.backup_noncurrent_expiry_days <= 3650:
            problems.append(_problem("backup_noncurrent_expiry_days", self.backup_noncurrent_expiry_days, "1 to 3650"))
        for db in self.databases:
            if len(role := f"platform-{self.name}-backup-{db}") > 64:
                problems.append(_problem("databases", db, f"a database name that keeps the backup role '{role}' within 64 characters"))
        if self.backup_replica_region is not None and (
                self.backup_replica_region not in AWS_REGIONS or self.backup_replica_region == self.region
                or self.backup_replica_region.startswith("us-gov-") != self.region.startswith("us-gov-")):
            problems.append(_problem("backup_replica_region", self.backup_replica_region,
                                     f"none, or an aws region other than '{self.region}' in the same partition"))
        for field, seen in (("prefix", [c.prefix for c in self.ecr_pull_through_caches]),
                            ("host", [c.host for c in self.ecr_pull_through_caches])):
            if len(set(seen)) != len(seen):
                problems.append(_problem("ecr_pull_through_caches", ",".join(seen), f"one cache per {field}"))
        for cache in self.ecr_pull_through_caches:
            if not re.fullmatch(r"[a-z0-9][a-z0-9._/-]{1,29}", cache.prefix):
                problems.append(_problem("ecr_pull_through_caches", cache.prefix, "a 2-30 character lower-case prefix"))
            if cache.credential_secret is not None and not cache.credential_secret.startswith("ecr-pullthroughcache/"):
                problems.append(_problem("ecr_pull_through_caches", cache.credential_secret,
                                         "a secret name starting with 'ecr-pullthroughcache/'"))
        if self.log_retention_days not in ALLOWED_LOG_RETENTION_DAYS:
            problems.append(
                _problem(
                    "log_retention_days", self.log_retention_days, "one of " + ", ".join(str(d) for d in sorted(ALLOWED_LOG_RETENTION_DAYS))
                )
            )
        if not self.owner:
            problems.append(_problem("owner", self.owner, "a non-empty team name"))
        if self.public_zone is not None:
            if not _ZONE_NAME_RE.match(self.public_zone.name):
                problems.append(_problem("public_zone.name", self.public_zone.name,
                                         "a lower-case dns name such as 'dev.example.com', no trailing dot"))
            if not _ZONE_ID_RE.match(self.public_zone.zone_id):
                problems.append(_problem("public_zone.zone_id", self.public_zone.zone_id,
                                         "a route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'"))
        if problems:
            raise ConfigError(f"EnvironmentConfig '{self.name}'", problems)


def validate_environments(envs: Mapping[str, EnvironmentConfig]) -> Mapping[str, EnvironmentConfig]:
    """Check the set as a whole: keys match names, and VPC ranges never overlap.

    Distinct ranges keep peering or a transit gateway between environments possible.
    Returns ``envs`` as a read-only mapping.
    """
    problems: list[str] = []
    for key, env in envs.items():
        if key != env.name:
            problems.append(_problem(f"{key}.name", env.name, f"'{key}', the key it is stored under"))
    registries = {e.registry for e in envs.values()}
    if len(registries) > 1:
        problems.append(_problem("registry", ", ".join(sorted(f"{e.name}: {e.registry.account}" for e in envs.values())),
                                 "one registry for every environment, so promotion moves only the pin"))
    for env in envs.values():
        if env.registry.account == env.account:
            problems.append(_problem(f"{env.name}.registry.account", env.registry.account,
                                     "an account of its own, not an environment's: every environment pulls from it"))
    items = sorted(envs.values(), key=lambda e: e.name)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if ipaddress.ip_network(a.vpc_cidr).overlaps(ipaddress.ip_network(b.vpc_cidr)):
                problems.append(
                    _problem(f"{b.name}.vpc_cidr", b.vpc_cidr, f"a range that does not overlap {a.name}.vpc_cidr '{a.vpc_cidr}'")
                )
    if problems:
        raise ConfigError("environments", problems)
    return MappingProxyType(dict(envs))


#: The shared registry (a placeholder account id like the environments' below: see cdk/README.md).
_REGISTRY = RegistryConfig(account="444444444444", region="eu-west-1")

_DEV = EnvironmentConfig(
    name="dev",
    public_zone=PublicZone(name="dev.example.com", zone_id="Z01111111111DEVZONE"),
    account="111111111111",
    region="eu-west-1",
    availability_zones=("eu-west-1a", "eu-west-1b", "eu-west-1c"),
    vpc_cidr="10.10.0.0/16",
    nat_gateways=1,
    public_endpoint_cidrs=("203.0.113.0/24",),
    admin_role_arns=("arn:aws:iam::111111111111:role/platform-admin",),
    system_nodes=NodeGroupConfig(instance_types=("m7i.large",), min_size=2, max_size=3),
    apps_nodes=NodeGroupConfig(instance_types=("m7i.large", "m6i.large"), min_size=1, max_size=6, capacity_type=CapacityType.SPOT),
    data_nodes=NodeGroupConfig(instance_types=("r7i.large",), min_size=1, max_size=3, disk_size_gib=100),
    registry=_REGISTRY,
    termination_protection=False,
)

_STAGE = EnvironmentConfig(
    name="stage",
    public_zone=PublicZone(name="stage.example.com", zone_id="Z02222222222STAGEZONE"),
    account="222222222222",
    region="eu-west-1",
    availability_zones=("eu-west-1a", "eu-west-1b", "eu-west-1c"),
    vpc_cidr="10.20.0.0/16",
    public_endpoint_cidrs=("203.0.113.0/24",),
    admin_role_arns=("arn:aws:iam::222222222222:role/platform-admin",),
    system_nodes=NodeGroupConfig(instance_types=("m7i.large",), min_size=2, max_size=3),
    apps_nodes=NodeGroupConfig(instance_types=("m7i.xlarge",), min_size=2, max_size=9),
    data_nodes=NodeGroupConfig(instance_types=("r7i.xlarge",), min_size=3, max_size=6, disk_size_gib=100),
    registry=_REGISTRY,
    backup_object_lock=BackupLock.GOVERNANCE,
)

_PROD = EnvironmentConfig(
    name="prod",
    public_zone=PublicZone(name="example.com", zone_id="Z03333333333PRODZONE"),
    account="333333333333",
    region="eu-west-1",
    availability_zones=("eu-west-1a", "eu-west-1b", "eu-west-1c"),
    vpc_cidr="10.30.0.0/16",
    admin_role_arns=("arn:aws:iam::333333333333:role/platform-admin",),
    system_nodes=NodeGroupConfig(instance_types=("m7i.large",), min_size=3, max_size=3),
    apps_nodes=NodeGroupConfig(instance_types=("m7i.xlarge",), min_size=3, max_size=15),
    data_nodes=NodeGroupConfig(instance_types=("r7i.xlarge",), min_size=3, max_size=6, disk_size_gib=200),
    registry=_REGISTRY,
    backup_object_lock=BackupLock.COMPLIANCE,
    backup_replica_region="eu-central-1",
    log_retention_days=731,
)

#: The platform's teams and services (catalogue.yaml at the repository's root, docs/onboarding.md): the registry's
#: repositories and CI repositories and each environment's team roles come from it, never typed here.
#: $PLATFORM_CATALOGUE reads another file (main.py does the same), to try a change on a copy.
CATALOGUE: Catalogue = load_catalogue(os.environ.get("PLATFORM_CATALOGUE") or pathlib.Path(__file__).parents[2] / "catalogue.yaml")

#: The platform's own repository, whose workflows may push images besides the services' repositories.
PLATFORM_REPOSITORY = "example-org/platform"


def registry_for(catalogue: Catalogue) -> RegistryConfig:
    """The shared registry with what the catalogue declares: a repository per service, and the services' CI
    repositories (besides the platform's own) allowed to push to it."""
    return dataclasses.replace(_REGISTRY, repositories=catalogue.image_repositories,
                               ci_repositories=(PLATFORM_REPOSITORY, *catalogue.ci_repositories))


def environments_for(catalogue: Catalogue) -> Mapping[str, EnvironmentConfig]:
    """The environments with what the catalogue declares: the shared registry (registry_for), and each team's IAM roles
    mapped to the team's groups of that access level."""
    derived = {
        "registry": registry_for(catalogue),
        "databases": tuple(s.database_name for s in catalogue.running if s.database),
        "team_roles": tuple(TeamRole(role_name=role, groups=team.groups(level), team=team.name)
                            for team in catalogue.teams for level in ACCESS_LEVELS for role in team.roles(level)),
        "secret_scopes": (
            # Each database's superuser, and its client's role password (the client's team reads it too, by prefix).
            SecretScope(name="databases", namespaces=("databases",), keys=tuple(
                key for s in catalogue.running if s.database for key in (s.database_name, s.database_password_key))),
            SecretScope(name="monitoring", namespaces=("monitoring",), keys=("alertmanager-receivers",)),
            SecretScope(name="argocd", namespaces=("argocd",), keys=("argocd-oidc",)),
            *(SecretScope(name=t.name, namespaces=(t.name,), keys=(f"teams/{t.name}/",)) for t in catalogue.teams),
        ),
    }
    return validate_environments({e.name: dataclasses.replace(e, **derived) for e in (_DEV, _STAGE, _PROD)})


#: The platform's environments by name. The account ids are placeholders: replace them
#: with the real accounts before deploying (see cdk/README.md).
ENVIRONMENTS: Mapping[str, EnvironmentConfig] = environments_for(CATALOGUE)

#: The shared registry every environment pulls the services' images from.
REGISTRY: RegistryConfig = ENVIRONMENTS["dev"].registry


def environment(name: str, catalogue: Catalogue | None = None) -> EnvironmentConfig:
    """Settings of one environment (with another catalogue than CATALOGUE: tests, the onboarding example); raises
    ConfigError naming the known environments."""
    try:
        return (ENVIRONMENTS if catalogue is None else environments_for(catalogue))[name]
    except KeyError:
        raise ConfigError("environment", [_problem("name", name, "one of " + ", ".join(f"'{n}'" for n in ENVIRONMENTS))]) from None
