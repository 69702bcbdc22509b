"""Values the cdk8s app needs from the AWS side, derived from the typed settings.

Every physical name (cluster, buckets, roles, log group) is computed here and the
CDK stacks name their resources with these very values, so ARNs and URIs are known
without deploying and nothing is typed twice. Plain Python: no ``aws_cdk`` import.

    from platform_infra.values import platform_values
    v = platform_values("prod")
    v.velero.role_arn, v.repositories["demo-api"], v.velero_bucket
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from platform_constructs.catalogue import Catalogue
from platform_constructs.settings import ENVIRONMENT_NAMES, DatabaseSettings
from platform_constructs.settings import environment as settings_of

from .config import EnvironmentConfig, PublicZone, RegistryConfig, environment

__all__ = ["BUCKET_ACTIONS", "DB_ARCHIVE_ACTIONS", "NODE_POOL_LABEL", "BackupReplica", "DatabaseBackup", "NodePool", "NodeTaint",
           "PlatformValues", "RegistryValues", "SecretReader", "WorkloadIdentity", "platform_values", "registry_values",
           "values_for"]

#: What a database's backup role may do to the objects under its own prefix: write and read WAL, base backups and
#: dumps, clean up its own unfinished uploads. Never delete: the bucket's lifecycle rule expires the archive, so a
#: stolen backup credential cannot erase a database's history (issue 17, item 7).
DB_ARCHIVE_ACTIONS = ("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts")
#: What backup roles may do to their bucket itself: list (a database's role only below its prefix) and locate it.
BUCKET_ACTIONS = ("s3:ListBucket", "s3:GetBucketLocation")


@dataclass(frozen=True, kw_only=True, slots=True)
class WorkloadIdentity:
    """An IAM role bound to one Kubernetes service account through EKS Pod Identity."""

    namespace: str
    """Namespace of the service account the cdk8s side must create."""

    service_account: str
    """Name of the service account the cdk8s side must create."""

    role_name: str
    """IAM role name, 'platform-<env>-<workload>'."""

    role_arn: str
    """IAM role ARN. Pod Identity injects credentials without annotations; the ARN is
    here for tools that want it in their config (and for IRSA-style annotations)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class DatabaseBackup:
    """One database's own backup identity: its ServiceAccount and IAM role, reaching only its prefix of the bucket."""

    identity: WorkloadIdentity
    """'<database>-backup' in the databases namespace, role 'platform-<env>-backup-<database>'."""
    prefix: str
    """'<namespace>/<database>': BackupStorage's prefix (WAL, base backups and dumps live below it)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class BackupReplica:
    """The second region holding a copy of the backup buckets (its own stack, its own KMS key)."""

    region: str
    stack_name: str
    velero_bucket: str
    db_backup_bucket: str
    access_logs_bucket: str
    kms_key_alias: str
    kms_key_alias_arn: str
    """The alias's ARN, which S3 replication accepts as the replicas' key (known before deploying, unlike the key's)."""
    replication_role_name: str


@dataclass(frozen=True, kw_only=True, slots=True)
class SecretReader:
    """One ClusterSecretStore and the IAM role it assumes: which namespaces read which secrets."""

    store: str
    """Name of the ClusterSecretStore, 'aws-secrets-manager-<scope>'."""
    namespaces: tuple[str, ...]
    """The only namespaces whose ExternalSecrets the store serves (its conditions)."""
    role_name: str
    role_arn: str
    """'platform-<env>-secrets-<scope>': external-secrets' own role may only assume these, and each reads only `names`."""
    names: tuple[str, ...]
    """Secrets Manager names it reads: exact names, or prefixes ending in '/'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NodeTaint:
    """A taint on every node of a pool; pods that belong there need a matching toleration."""

    key: str
    value: str
    effect: str
    """Kubernetes spelling: 'NoSchedule', 'PreferNoSchedule' or 'NoExecute'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class NodePool:
    """Labels and taints of one managed node group, for node selectors and tolerations."""

    nodegroup_name: str
    labels: Mapping[str, str]
    taints: tuple[NodeTaint, ...]


#: Label key carrying the pool name ('system', 'apps', 'data') on every node.
NODE_POOL_LABEL = "platform/pool"


@dataclass(frozen=True, kw_only=True, slots=True)
class PlatformValues:
    """What one environment's AWS stack provides to the cluster's manifests."""

    environment: str
    account: str
    region: str
    partition: str
    """'aws', or 'aws-us-gov' for GovCloud regions."""
    stack_name: str
    cluster_name: str
    kubernetes_version: str
    vpc_name: str
    """Value of the VPC's Name tag (the load balancer controller can find the VPC by it)."""
    registry: str
    """The environment's own ECR registry host, '<account>.dkr.ecr.<region>.amazonaws.com': its pull-through mirrors."""
    image_registry: str
    """The shared registry's host, where CI pushes and signs the services' images (config.RegistryConfig)."""
    repositories: Mapping[str, str]
    """Service name to its repository in the shared registry, e.g. 'demo-api' -> '<image_registry>/demo-api'."""
    mirrors: Mapping[str, str]
    """Registry host (as image references spell it) to its pull-through mirror in ``registry``, e.g. 'quay.io' ->
    '<registry>/quay', 'docker.io' -> '<registry>/docker-hub'."""
    velero_bucket: str
    db_backup_bucket: str
    access_logs_bucket: str
    backup_kms_key_alias: str
    """KMS alias encrypting both backup buckets, 'alias/platform-<env>/backups'."""
    db_backup_retention_days: int
    """The databases' recovery window (platform_constructs settings: backup_retention_days); Object Lock keeps
    every archive object at least this long."""
    db_backup_expiry_days: int
    """When the lifecycle rule expires archive objects: the retention plus two days. The oldest base backup a
    restore inside the window needs is at most one base backup interval (a day at most, BackupPlan) older than
    the window, and lifecycle rules run once a day. The backup tools delete nothing."""
    velero_retention_days: int
    """Velero's snapshot TTL in whole days (rounded up): the Velero bucket's Object Lock retention."""
    backup_object_lock: str | None
    """'GOVERNANCE', 'COMPLIANCE' or None (EnvironmentConfig.backup_object_lock)."""
    backup_replica: BackupReplica | None
    """Where the backup buckets are copied to, or None."""
    container_log_group: str
    """CloudWatch log group fluent-bit writes container logs to."""
    aws_endpoint_cidrs: tuple[str, ...]
    """The VPC's 'endpoints' subnets, one per zone, which hold every AWS interface endpoint (S3, ECR, STS, logs,
    EKS auth) and nothing else: pods that need AWS APIs (databases and their backups) egress to these ranges on
    443, never to 0.0.0.0/0, so they reach no other HTTPS host and not the Kubernetes API (its ENIs sit in the
    node subnets)."""
    kubernetes_api_cidrs: tuple[str, ...]
    """Where pods reach the Kubernetes API on 443: the 'kubernetes' Service's address (the first of
    ``service_cidr``; the VPC CNI's policy agent matches a pod's packets before kube-proxy translates that
    address) and the 'private' subnets, one per zone, where EKS puts the API server's ENIs (the Service's
    endpoints, which a policy engine matching after the translation sees). Pods that call the API (Patroni in
    each database member) egress there, not to 0.0.0.0/0."""
    secrets_prefix: str
    """Secrets Manager name prefix of the environment's secrets, 'platform/<env>/'."""
    secret_readers: Mapping[str, SecretReader]
    """By scope ('databases', 'monitoring', each team): who reads which secrets, nobody else anything."""
    node_role_name: str
    node_role_arn: str
    """The node groups' role, which the kubelet pulls images with (the shared registry lets exactly it pull)."""
    velero: WorkloadIdentity
    external_secrets: WorkloadIdentity
    databases_namespace: str
    """The platform-owned namespace every PostgresCluster runs in."""
    db_backups: Mapping[str, DatabaseBackup]
    """By database name: each database's own backup identity (issue 17, item 7)."""
    load_balancer_controller: WorkloadIdentity
    cluster_autoscaler: WorkloadIdentity
    fluent_bit: WorkloadIdentity
    kyverno: WorkloadIdentity
    """Kyverno's admission controller, which reads image signatures from the services' repositories (shared registry)."""
    dns_zone: PublicZone | None
    """The public hosted zone of the Ingress hosts (None: the environment serves nothing publicly by name)."""
    cert_manager: WorkloadIdentity
    """cert-manager's controller: ACME DNS-01 challenge TXT records in ``dns_zone``, nothing else."""
    external_dns: WorkloadIdentity
    """external-dns: the Ingresses' records in ``dns_zone``, nothing else."""
    ebs_csi_driver: WorkloadIdentity
    node_pools: Mapping[str, NodePool]
    """Pools 'system' (CriticalAddonsOnly taint), 'apps' and 'data' (tainted for databases)."""
    tags: Mapping[str, str]
    """Tags on every AWS resource of the environment."""

    def mirrored(self, image: str) -> str:
        """The same image (same path, tag and digest) pulled through this environment's ECR mirror.

        An image whose registry has no mirror, or that already comes from ``registry``, is returned unchanged.
        """
        host, _, path = image.partition("/")
        return f"{self.mirrors[host]}/{path}" if host in self.mirrors and path else image

    def workload_identities(self) -> dict[str, WorkloadIdentity]:
        """All workload identities by field name, in a stable order (the DNS ones only with a zone to work in)."""
        dns = {"cert_manager": self.cert_manager, "external_dns": self.external_dns} if self.dns_zone else {}
        return {
            "velero": self.velero,
            "external_secrets": self.external_secrets,
            **{f"db_backup_{name}": b.identity for name, b in self.db_backups.items()},
            "load_balancer_controller": self.load_balancer_controller,
            "cluster_autoscaler": self.cluster_autoscaler,
            "fluent_bit": self.fluent_bit,
            "kyverno": self.kyverno,
            **dns,
            "ebs_csi_driver": self.ebs_csi_driver,
        }


#: The platform-owned namespace of every PostgresCluster and its backup jobs.
DATABASES_NAMESPACE = "databases"

#: The VPC's subnet groups in the order ec2.Vpc allocates them (each zone in turn, from the start of the
#: range): name and how many bits longer than the VPC's prefix each subnet's mask is.
SUBNET_GROUPS = (("private", 2), ("public", 5), ("endpoints", 6))


def subnets(vpc_cidr: str, zones: int) -> dict[str, tuple[str, ...]]:
    """Each subnet group's CIDRs (one per zone), allocated as ec2.Vpc does: consecutively, in SUBNET_GROUPS order.
    PlatformNetwork refuses to synthesize when the VPC it built disagrees."""
    vpc = ipaddress.ip_network(vpc_cidr)
    start, cidrs = int(vpc.network_address), {}
    for name, extra in SUBNET_GROUPS:
        size = vpc.num_addresses >> extra
        cidrs[name] = tuple(str(ipaddress.ip_network((start + i * size, vpc.prefixlen + extra))) for i in range(zones))
        start += zones * size
    return cidrs


def kubernetes_service_ip(service_cidr: str) -> str:
    """The 'kubernetes' Service's ClusterIP: the API server takes the first address of the service range."""
    return str(next(ipaddress.ip_network(service_cidr).hosts()))


def values_for(config: EnvironmentConfig) -> PlatformValues:
    """Derive every physical name and ARN of one environment from its settings."""
    env, account, region = config.name, config.account, config.region
    partition = _partition(region)
    prefix = f"platform-{env}"
    # The databases' own settings (the cdk8s side renders them): an environment the library does not know gets
    # the library's defaults.
    database = settings_of(env).database if env in ENVIRONMENT_NAMES else DatabaseSettings()
    retention_days = database.backup_retention_days
    registry = f"{account}.dkr.ecr.{region}.amazonaws.com"
    vpc = subnets(config.vpc_cidr, len(config.availability_zones))
    images = registry_values(config.registry)

    def identity(workload: str, namespace: str, service_account: str) -> WorkloadIdentity:
        role_name = f"{prefix}-{workload}"
        return WorkloadIdentity(
            namespace=namespace,
            service_account=service_account,
            role_name=role_name,
            role_arn=f"arn:{partition}:iam::{account}:role/{role_name}",
        )

    def replica(region: str) -> BackupReplica:
        alias = f"alias/{prefix}/backups-replica"
        return BackupReplica(
            region=region, stack_name=f"{prefix}-backup-replica", velero_bucket=f"{prefix}-velero-{account}-{region}",
            db_backup_bucket=f"{prefix}-db-backups-{account}-{region}", access_logs_bucket=f"{prefix}-access-logs-{account}-{region}",
            kms_key_alias=alias, kms_key_alias_arn=f"arn:{partition}:kms:{region}:{account}:{alias}",
            replication_role_name=f"{prefix}-backup-replication")

    def pool(name: str, *taints: NodeTaint) -> NodePool:
        return NodePool(nodegroup_name=f"{prefix}-{name}", labels=MappingProxyType({NODE_POOL_LABEL: name}), taints=taints)

    return PlatformValues(
        environment=env,
        account=account,
        region=region,
        partition=partition,
        stack_name=prefix,
        cluster_name=prefix,
        kubernetes_version=config.kubernetes_version,
        vpc_name=prefix,
        registry=registry,
        image_registry=images.registry,
        repositories=images.repositories,
        mirrors=MappingProxyType({c.host: f"{registry}/{c.prefix}" for c in config.ecr_pull_through_caches}),
        velero_bucket=f"{prefix}-velero-{account}-{region}",
        db_backup_bucket=f"{prefix}-db-backups-{account}-{region}",
        access_logs_bucket=f"{prefix}-access-logs-{account}-{region}",
        backup_kms_key_alias=f"alias/{prefix}/backups",
        db_backup_retention_days=retention_days,
        db_backup_expiry_days=retention_days + 2,
        velero_retention_days=-(-database.snapshot_ttl_hours // 24),
        backup_object_lock=config.backup_object_lock.value if config.backup_object_lock else None,
        backup_replica=replica(config.backup_replica_region) if config.backup_replica_region else None,
        container_log_group=f"/platform/{env}/containers",
        aws_endpoint_cidrs=vpc["endpoints"],
        kubernetes_api_cidrs=(f"{kubernetes_service_ip(config.service_cidr)}/32", *vpc["private"]),
        secrets_prefix=f"platform/{env}/",
        secret_readers=MappingProxyType({
            scope.name: SecretReader(
                store=f"aws-secrets-manager-{scope.name}", namespaces=scope.namespaces,
                role_name=f"{prefix}-secrets-{scope.name}",
                role_arn=f"arn:{partition}:iam::{account}:role/{prefix}-secrets-{scope.name}",
                names=tuple(f"platform/{env}/{key}" for key in scope.keys))
            for scope in config.secret_scopes}),
        node_role_name=f"{prefix}-node",
        node_role_arn=f"arn:{partition}:iam::{account}:role/{prefix}-node",
        velero=identity("velero", "velero", "velero"),
        external_secrets=identity("external-secrets", "external-secrets", "external-secrets"),
        databases_namespace=DATABASES_NAMESPACE,
        db_backups=MappingProxyType({db: DatabaseBackup(identity=identity(f"backup-{db}", DATABASES_NAMESPACE, f"{db}-backup"),
                                                        prefix=f"{DATABASES_NAMESPACE}/{db}") for db in config.databases}),
        load_balancer_controller=identity("load-balancer-controller", "kube-system", "aws-load-balancer-controller"),
        cluster_autoscaler=identity("cluster-autoscaler", "kube-system", "cluster-autoscaler"),
        fluent_bit=identity("fluent-bit", "logging", "fluent-bit"),
        kyverno=identity("kyverno", "kyverno", "kyverno-admission-controller"),
        dns_zone=config.public_zone,
        cert_manager=identity("cert-manager", "cert-manager", "cert-manager"),
        external_dns=identity("external-dns", "external-dns", "external-dns"),
        ebs_csi_driver=identity("ebs-csi-driver", "kube-system", "ebs-csi-controller-sa"),
        node_pools=MappingProxyType(
            {
                # CriticalAddonsOnly is the taint cluster add-ons (coredns, ebs-csi) already tolerate.
                "system": pool("system", NodeTaint(key="CriticalAddonsOnly", value="true", effect="NoSchedule")),
                "apps": pool("apps"),
                "data": pool("data", NodeTaint(key=NODE_POOL_LABEL, value="data", effect="NoSchedule")),
            }
        ),
        tags=MappingProxyType({"Project": "platform", "Environment": env, "ManagedBy": "aws-cdk", "Owner": config.owner}),
    )


@dataclass(frozen=True, kw_only=True, slots=True)
class RegistryValues:
    """What the shared registry's stack provides: names and ARNs known before it is deployed."""

    account: str
    region: str
    partition: str
    stack_name: str
    registry: str
    """'<account>.dkr.ecr.<region>.amazonaws.com'."""
    repositories: Mapping[str, str]
    """Service name to repository URI, '<registry>/<service>'."""
    repository_arns: Mapping[str, str]
    ci_role_name: str
    ci_role_arn: str
    """Role the services' main-branch workflows assume (GitHub OIDC) to push and sign images."""
    release_role_name: str
    release_role_arn: str
    """Role release-tag workflow runs assume to look up and verify the image built from the tagged commit (read-only)."""
    tags: Mapping[str, str]


def registry_values(config: RegistryConfig) -> RegistryValues:
    """Derive every physical name and ARN of the shared registry from its settings."""
    partition = _partition(config.region)
    registry = f"{config.account}.dkr.ecr.{config.region}.amazonaws.com"
    prefix = "platform-registry"
    return RegistryValues(
        account=config.account, region=config.region, partition=partition, stack_name=prefix, registry=registry,
        repositories=MappingProxyType({name: f"{registry}/{name}" for name in config.repositories}),
        repository_arns=MappingProxyType({name: f"arn:{partition}:ecr:{config.region}:{config.account}:repository/{name}"
                                          for name in config.repositories}),
        ci_role_name=f"{prefix}-ci-image-push", ci_role_arn=f"arn:{partition}:iam::{config.account}:role/{prefix}-ci-image-push",
        release_role_name=f"{prefix}-ci-release",
        release_role_arn=f"arn:{partition}:iam::{config.account}:role/{prefix}-ci-release",
        tags=MappingProxyType({"Project": "platform", "Environment": "shared", "ManagedBy": "aws-cdk", "Owner": config.owner}),
    )


def _partition(region: str) -> str:
    return "aws-us-gov" if region.startswith("us-gov-") else "aws"


def platform_values(env: str, catalogue: Catalogue | None = None) -> PlatformValues:
    """Values of the named environment ('dev', 'stage' or 'prod') from ``ENVIRONMENTS`` (or built with `catalogue`)."""
    return values_for(environment(env, catalogue))
