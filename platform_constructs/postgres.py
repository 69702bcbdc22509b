"""PostgresCluster: PostgreSQL on plain Kubernetes objects, highly available by itself (Patroni, with the Kubernetes
API as its lock and state store), with WAL archiving and base backups to S3.

Also the platform-level pieces it needs: `StorageClasses` (encrypted gp3 + EBS CSI snapshots) and
the add-on catalogue's `AwsSecretsManagerStore` (the external-secrets ClusterSecretStore for AWS Secrets Manager).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Unpack

import cdk8s
import yaml
from cdk8s import ApiObject
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _pg_scripts
from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, image_problems, int_or_string, is_dns1123_label, parse_quantity, quantity
from ._pg_plan import BackupPlan, RecoveryObjective
from ._pod import ProbeKwargs, container_security_context, emit, pod_security_context, resource_requirements
from .imports.external_secrets_externalsecrets.io import external_secrets as eso
from .imports.prometheus_operator_servicemonitors.com.coreos import monitoring as monitors_api
from .imports.snapshot_volumesnapshotclasses.io.k8s.storage import snapshot as snapshot_api
from .network import NAME_LABEL, Peer, Port, connect
from .observability import RUNBOOKS, AlertRule, PrometheusRule, PrometheusRuleProps, RuleGroup, Severity
from .secure_app import SecureApp
from .settings import Duration, EnvironmentSettings, Resources
from .tls import DATABASE_CA, database_certificate

# CloudNativePG's "system" image: PostgreSQL 15 on Debian bookworm plus barman-cloud (barman[cloud], with boto3),
# which the WAL archive, base backup and restore scripts call. Digest from cloudnative-pg/artifacts'
# image-catalogs/catalog-system-bookworm.yaml. The image runs as UID 26 ('postgres').
POSTGRES_IMAGE = ("ghcr.io/cloudnative-pg/postgresql:15.19-202608310817-system-bookworm"
                  "@sha256:330561600e28acce0da770043054db7abedddd22a50cc00f794512d2acba9390")
EXPORTER_IMAGE = ("quay.io/prometheuscommunity/postgres-exporter:v0.19.1"
                  "@sha256:e96064f876226d94bb6ce48a4c4b3dd76edba91168ec1ab024e5c4b959310b0f")
PG_UID = 26
# initdb and peer authentication need the UID to have a passwd entry; the image has one for 26 only.
UID_SKIP = {"checkov.io/skip1": "CKV_K8S_40=the PostgreSQL image's own user is UID 26, the only UID with a passwd entry "
                                "(initdb and peer authentication need one); it is non-root and has no capabilities"}
PG_PORT, EXPORTER_PORT, AGENT_PORT, PATRONI_PORT = 5432, 9187, 9188, 8008
DATA_MOUNT = "/var/lib/postgresql/data"
PGDATA = f"{DATA_MOUNT}/pgdata"  # a subfolder: the volume's root holds lost+found, which initdb refuses
CONFIG_DIR = "/etc/postgresql"
SOCKET_DIR = "/var/run/postgresql"
# The server certificate (tls.crt, tls.key, ca.crt) cert-manager issues from the DatabaseCa; clients verify it.
TLS_DIR = "/var/run/postgresql-tls"
# The client apps' role passwords, one file per role (pg-client-roles.py).
CLIENT_ROLES_DIR = "/client-roles"
PATRONI_CONFIG = f"{CONFIG_DIR}/patroni.yaml"
# The pod label Patroni keeps on each member: the -rw Service selects the leader by it, -ro the replicas.
ROLE_LABEL = "platform.example.com/pg-role"
LEADER, REPLICA = "primary", "replica"
# Patroni's timing (Patroni's dynamic configuration, the same in every environment). Why two writable primaries
# cannot happen with these: the leader renews its lock (a ConfigMap, written with the resourceVersion it read, so
# two members can never both win one write) every LOOP_WAIT seconds; a renewal that has not reached the API server
# within RETRY_TIMEOUT makes the leader demote itself (PostgreSQL restarts read-only). So a leader cut off from the
# API server stops taking writes at most LOOP_WAIT + RETRY_TIMEOUT = 12 s after its last renewal, while another
# member may take the lock only after it has seen no renewal for TTL = 20 s by its own clock. Patroni's rule
# loop_wait + 2 x retry_timeout <= ttl (19 <= 20) keeps that margin; failsafe_mode stays off, so losing the API
# server always means demotion. Expected failover time: at most TTL + LOOP_WAIT (25 s), the goal being under 30 s.
# No watchdog: a restricted pod has no /dev/watchdog, so a frozen Patroni is fenced by the demotion rule alone.
TTL_SECONDS, LOOP_WAIT_SECONDS, RETRY_TIMEOUT_SECONDS = 20, 5, 7
# In asynchronous mode, a replica more than this many bytes behind is never promoted (Patroni's default, 1 MiB).
MAX_LAG_ON_FAILOVER = 1048576
# Where each container finds its API token when it calls the API server (the postgres container only).
TOKEN_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
DEFAULT_STORAGE_CLASS = "gp3-encrypted"
SNAPSHOT_CLASS = "ebs-csi-snapshots"
POD_IDENTITY_AGENT = Peer.ip_block("169.254.170.23/32")
PROMETHEUS = Peer.namespace_pods("monitoring", {NAME_LABEL: "prometheus"})
ANYWHERE = Peer.ip_block("0.0.0.0/0")
_DB_RESOURCES = Resources(cpu_request="250m", cpu_limit="1", memory_request="512Mi", memory_limit="1Gi")
_SIDECAR_RESOURCES = Resources(cpu_request="50m", cpu_limit="250m", memory_request="64Mi", memory_limit="256Mi")


@dataclass(frozen=True, slots=True)
class Credentials:
    """Where the superuser password comes from: always a reference, never the password itself.

    Build with `Credentials.existing_secret("name")` or `Credentials.external_secret("platform/prod/orders-db")`.
    """

    secret_name: str | None = None
    remote_key: str | None = None
    remote_property: str = "password"
    store: str = "aws-secrets-manager"

    @classmethod
    def existing_secret(cls, name: str) -> Credentials:
        """A Secret in the database namespace with a `password` key, created outside this chart."""
        return cls(secret_name=name)

    @classmethod
    def external_secret(cls, remote_key: str, *, remote_property: str = "password",
                        store: str = "aws-secrets-manager") -> Credentials:
        """An ExternalSecret that syncs `remote_property` of the AWS Secrets Manager secret `remote_key`
        through the ClusterSecretStore `store` (see addons.AwsSecretsManagerStore)."""
        return cls(remote_key=remote_key, remote_property=remote_property, store=store)


@dataclass(frozen=True, kw_only=True, slots=True)
class Toleration:
    """A toleration for a node taint ('NoSchedule', 'PreferNoSchedule' or 'NoExecute')."""

    key: str
    value: str
    effect: str


@dataclass(frozen=True, kw_only=True, slots=True)
class NodePlacement:
    """Which nodes the database may run on: the pool's labels, and tolerations for its taints."""

    node_labels: Mapping[str, str]
    """Node selector, such as {'platform/pool': 'data'}."""
    tolerations: Sequence[Toleration] = ()
    """Default: none. The data pool's taint keeps other workloads off its nodes; databases tolerate it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class BackupStorage:
    """The object store that receives WAL, base backups and logical dumps."""

    bucket: str
    """S3 bucket name (per environment, from the AWS CDK app)."""
    service_account: str = "db-backup"
    """Default: 'db-backup', the ServiceAccount the EKS Pod Identity association grants the bucket to."""
    prefix: str | None = None
    """Default: '<namespace>/<cluster name>', so clusters share a bucket without sharing keys."""
    endpoint_url: str | None = None
    """Default: None, AWS S3 itself. Set for another S3-compatible store."""

    def destination(self, namespace: str, name: str) -> str:
        return f"s3://{self.bucket}/{self.prefix or f'{namespace}/{name}'}"


@dataclass(frozen=True, kw_only=True, slots=True)
class RestoreFrom:
    """Start a new cluster from existing backups (point-in-time recovery) instead of an empty database."""

    destination: str
    """The source's backup location, 's3://bucket/prefix' (its BACKUP_DESTINATION)."""
    server_name: str
    """The source cluster's name (its BACKUP_SERVER_NAME)."""
    target_time: str | None = None
    """Default: None, replay to the end of the archive. Otherwise a timestamp such as '2025-01-01 12:00:00+00'."""


@dataclass(frozen=True, kw_only=True, slots=True)
class PostgresClusterProps:
    """Props of a PostgresCluster."""

    name: str
    """Cluster name (DNS-1123 label); names every object, and the Services '<name>-rw' and '<name>-ro'."""
    namespace: str
    """Namespace to run in, normally an IsolatedNamespace's name."""
    env: EnvironmentSettings
    """The environment (standbys, recovery objective and retention come from env.database)."""
    credentials: Credentials | None = None
    """The superuser password's source. Required: there is no default password."""
    backup: BackupStorage | None = None
    """Where WAL, base backups and dumps go. Required: a database without backups is not offered."""
    database: str = "app"
    """Default: 'app', the database created at initialisation and dumped by BackupSchedule."""
    storage_size: str = "10Gi"
    """Default: 10Gi per member, on an encrypted gp3 volume (grow it later: the class allows expansion)."""
    storage_class: str = DEFAULT_STORAGE_CLASS
    """Default: 'gp3-encrypted', rendered by StorageClasses."""
    replicas: int | None = None
    """Default: 1 primary plus the environment's standbys (dev 1, stage 2, prod 3)."""
    image: str = POSTGRES_IMAGE
    """Default: CloudNativePG's PostgreSQL 15 system image (with barman-cloud), pinned by digest."""
    exporter_image: str = EXPORTER_IMAGE
    """Default: prometheus-community postgres-exporter v0.19.1, pinned by digest."""
    resources: Resources = _DB_RESOURCES
    """Default: 250m/1 CPU and 512Mi/1Gi memory for PostgreSQL (sidecars have their own small budget)."""
    max_connections: int = 100
    """Default: 100, PostgreSQL's own default; the saturation alert fires at 80 percent."""
    objective: RecoveryObjective | None = None
    """Default: the environment's RPO and RTO (env.database)."""
    restore_from: RestoreFrom | None = None
    """Default: None, the primary starts with an empty database (initdb). See docs/runbooks/restore.md."""
    clients: Sequence[SecureApp | Peer | str] = ()
    """Who may connect on 5432: SecureApps, peers, or names of SecureApps in this cdk8s app. Default: nobody.
    Each SecureApp gets its own login role, named and with the password its `database` (a DatabaseConnection to this
    cluster) says; it logs in over TLS with its client certificate. A Peer only reaches the port."""
    tls_issuer: str = DATABASE_CA
    """The DatabaseCa ClusterIssuer of the server certificate. Default: 'database-ca'."""
    placement: NodePlacement | None = None
    """Default: None, any node. Pass the data pool (label platform/pool=data and its taint)."""
    prometheus: Peer = PROMETHEUS
    """Prometheus pods, admitted to the metrics ports. Default: app 'prometheus' in namespace 'monitoring'."""
    object_store: tuple[Peer, ...] = (ANYWHERE,)
    """Where S3 is reached on 443. Default: 0.0.0.0/0, since S3 has no fixed range; on EKS pass the subnets of an
    S3 interface endpoint with private DNS (the platform passes `PlatformValues.aws_endpoint_cidrs`)."""
    kubernetes_api: tuple[Peer, ...] = (ANYWHERE,)
    """Where the Kubernetes API server is reached on 443 (Patroni's lock and state store). Default: 0.0.0.0/0,
    since a construct cannot know the cluster's addresses; on EKS pass the 'kubernetes' Service's address and the
    subnets holding the API server's ENIs (the platform passes `PlatformValues.kubernetes_api_cidrs`)."""


class ContainerExtras(ProbeKwargs, total=False):
    """What a PostgresCluster container may add to the hardened defaults: ports and probes."""

    ports: Sequence[k8s.ContainerPort]


class PostgresCluster(Construct):
    """A StatefulSet of PostgreSQL members run by Patroni (one leader, hot standbys streaming from it, a standby
    promoted by itself when the leader is lost), with headless, read-write (the leader) and read-only (the
    replicas) Services, the Role Patroni needs, a PodDisruptionBudget, NetworkPolicies, metrics and alerts, and
    continuous WAL archiving plus scheduled base backups to S3 (barman-cloud), both done by whichever member leads.

    Child ids: `Config`, `Scripts`, `Credentials`, `ServerCertificate`, `Role-<role>` (each client role's password,
    an ExternalSecret), `ServiceAccount`, `Patroni` (Role), `PatroniBinding`,
    `Headless`, `ReadWrite`, `ReadOnly`, `Resource` (the StatefulSet), `Budget`, `Monitor`, `Alerts`, and one
    NetworkPolicy per allowed peer.
    """

    def __init__(self, scope: Construct, id: str, *, props: PostgresClusterProps):
        with unique_id(scope, id, "PostgresCluster"):
            super().__init__(scope, id)
        p = props
        clients, self.plan = self._validate(p)
        assert p.credentials is not None and p.backup is not None  # validated above
        self.name, self.namespace, self.env, self.database = p.name, p.namespace, p.env, p.database
        self.image = p.image
        self.replicas = p.replicas if p.replicas is not None else 1 + p.env.database.standbys
        self.backup_storage = p.backup
        self.backup_destination = p.backup.destination(p.namespace, p.name)
        self.selector = {NAME_LABEL: p.name, "app.kubernetes.io/instance": p.name}
        self.labels = {**self.selector, "app.kubernetes.io/component": "database", "app.kubernetes.io/part-of": p.name,
                       "app.kubernetes.io/managed-by": "cdk8s", "platform.example.com/environment": p.env.name}
        self.headless_service = f"{p.name}-headless"
        self.tls_secret = f"{p.name}-server-tls"
        # The app clients, each with its own role: {role: the app's DatabaseConnection}.
        self.client_roles = {app.database.role(app.name): app.database for app in clients
                             if isinstance(app, SecureApp) and app.database is not None}
        self.rw_service, self.ro_service = f"{p.name}-rw", f"{p.name}-ro"
        self.members = [f"{p.name}-{i}" for i in range(self.replicas)]
        self.scripts_config_map, self.credentials_secret = f"{p.name}-scripts", p.credentials.secret_name or f"{p.name}-credentials"
        self.placement, self.object_store = p.placement, p.object_store
        self.storage_size, self.storage_class = p.storage_size, p.storage_class
        meta = self._meta

        self.postgresql_conf = self._postgresql_conf(p)
        self.patroni_conf = self._patroni_conf(p)
        # Not '<name>-config': Patroni keeps its own ConfigMaps '<name>-leader', '<name>-config', '<name>-sync'.
        self.config = k8s.KubeConfigMap(self, "Config", metadata=meta(f"{p.name}-postgres"), data={
            "postgresql.conf": self.postgresql_conf,
            "pg_hba.conf": _PG_HBA,
            "patroni.yaml": self.patroni_conf,
        })
        self.scripts = k8s.KubeConfigMap(self, "Scripts", metadata=meta(self.scripts_config_map), data=_pg_scripts.scripts())
        self._external_secret(p.credentials)
        self._tls_and_roles(p)
        _once_per_chart(self, f"sa/{p.namespace}/{p.backup.service_account}", lambda: k8s.KubeServiceAccount(
            self, "ServiceAccount", metadata=k8s.ObjectMeta(name=p.backup.service_account, namespace=p.namespace),
            automount_service_account_token=False))
        self._patroni_rbac(p)

        pg_ports = [k8s.ServicePort(name="postgres", port=PG_PORT, target_port=int_or_string("postgres"), protocol="TCP")]
        self._service("Headless", self.headless_service, "headless", self.selector, pg_ports + [
            k8s.ServicePort(name="metrics", port=EXPORTER_PORT, target_port=int_or_string("metrics"), protocol="TCP"),
            k8s.ServicePort(name="backup-metrics", port=AGENT_PORT, target_port=int_or_string("backup-metrics"), protocol="TCP"),
        ], headless=True)
        # Patroni labels its own pod with the role it holds, so both follow a failover without a sync from Git.
        self._service("ReadWrite", self.rw_service, "rw", {**self.selector, ROLE_LABEL: LEADER}, pg_ports)
        self._service("ReadOnly", self.ro_service, "ro", {**self.selector, ROLE_LABEL: REPLICA}, pg_ports)

        self.workload = self._statefulset(p)
        k8s.KubePodDisruptionBudget(self, "Budget", metadata=meta(p.name), spec=k8s.PodDisruptionBudgetSpec(
            max_unavailable=int_or_string(1), selector=k8s.LabelSelector(match_labels=self.selector)))

        # Standbys stream from the leader; Patroni asks the other members' REST API how far they got before promoting.
        connect(self.peer, self.peer, [Port.tcp(PG_PORT), Port.tcp(PATRONI_PORT)])
        for client in clients:
            self.allow_from(client)
        connect(p.prometheus, self.peer, [Port.tcp(EXPORTER_PORT), Port.tcp(AGENT_PORT)])
        for store in p.object_store:
            connect(self.peer, store, [Port.tcp(443)])
        connect(self.peer, POD_IDENTITY_AGENT, [Port.tcp(80)])
        for api in p.kubernetes_api:
            connect(self.peer, api, [Port.tcp(443)])
        self._monitoring(p)

    # -- connections -------------------------------------------------------------------------------

    @property
    def peer(self) -> Peer:
        """The database members, as a network peer."""
        return dataclasses.replace(Peer.app(self.namespace, self.name), owner=self)

    def allow_from(self, client: SecureApp | Peer) -> list[k8s.KubeNetworkPolicy]:
        """Admit `client` on 5432; a SecureApp (or a Peer owned by this app) also gets its egress rule."""
        source = client.peer if isinstance(client, SecureApp) else client
        return connect(source, self.peer, [Port.tcp(PG_PORT)])

    # -- rendering ---------------------------------------------------------------------------------

    def _meta(self, name: str, **extra: str) -> k8s.ObjectMeta:
        return k8s.ObjectMeta(name=name, namespace=self.namespace, labels={**self.labels, **extra})

    def backup_env(self) -> list[k8s.EnvVar]:
        """What the backup scripts need to find the object store (shared with BackupSchedule's jobs)."""
        env = {"BACKUP_DESTINATION": self.backup_destination, "BACKUP_SERVER_NAME": self.name}
        if self.backup_storage.endpoint_url:
            env["S3_ENDPOINT_URL"] = self.backup_storage.endpoint_url
        return [k8s.EnvVar(name=k, value=v) for k, v in sorted(env.items())]

    def container(self, name: str, *, image: str | None = None, command: Sequence[str], resources: Resources,
                  env: Sequence[k8s.EnvVar] = (), mounts: Mapping[str, str], **extra: Unpack[ContainerExtras]) -> k8s.Container:
        """A hardened container of this cluster's image (also used by BackupSchedule's jobs)."""
        return k8s.Container(
            name=name, image=image or self.image, image_pull_policy="IfNotPresent", command=list(command),
            env=list(env) or None, resources=resource_requirements(resources),
            security_context=container_security_context(PG_UID),
            volume_mounts=[k8s.VolumeMount(name=v, mount_path=m, read_only=True if v in _READ_ONLY_VOLUMES else None)
                           for v, m in mounts.items()], **extra)

    def scripts_volume(self) -> k8s.Volume:
        return k8s.Volume(name="scripts", config_map=k8s.ConfigMapVolumeSource(name=self.scripts_config_map, default_mode=0o555))

    def credentials_volume(self) -> k8s.Volume:
        """The credentials Secret as files (never environment variables), read-only for the owner."""
        return k8s.Volume(name="credentials", secret=k8s.SecretVolumeSource(secret_name=self.credentials_secret,
                                                                             default_mode=0o400))

    def pod_placement(self) -> dict:
        """Node selector and tolerations for the data pool, as PodSpec keyword arguments."""
        if self.placement is None:
            return {}
        return {"node_selector": dict(self.placement.node_labels), "tolerations": [
            k8s.Toleration(key=t.key, operator="Equal", value=t.value, effect=t.effect) for t in self.placement.tolerations]}

    def _postgresql_conf(self, p: PostgresClusterProps) -> str:
        header = ("# Rendered by PostgresCluster. archive_timeout is derived from the recovery point objective "
                  f"({self.plan.objective.rpo}).\n")
        return header + "".join(f"{k} = {v}\n" for k, v in self._pg_settings(p).items())

    def _pg_settings(self, p: PostgresClusterProps) -> dict[str, str]:
        memory = parse_quantity(p.resources.memory_limit) or 0
        settings = {
            "listen_addresses": "'*'", "port": str(PG_PORT), "unix_socket_directories": f"'{SOCKET_DIR}'",
            "hba_file": f"'{CONFIG_DIR}/pg_hba.conf'", "max_connections": str(p.max_connections),
            # TLS on every TCP connection (pg_hba.conf refuses any other); clients verify the server's name.
            "ssl": "on", "ssl_cert_file": f"'{TLS_DIR}/tls.crt'", "ssl_key_file": f"'{TLS_DIR}/tls.key'",
            "ssl_ca_file": f"'{TLS_DIR}/ca.crt'", "ssl_min_protocol_version": "'TLSv1.2'",
            # A quarter of the memory limit, the usual starting point; the rest is work_mem and page cache.
            "shared_buffers": f"{max(16, int(memory / 4 / 2**20))}MB", "password_encryption": "scram-sha-256",
            "wal_level": "replica", "max_wal_senders": "10", "max_replication_slots": "10", "wal_keep_size": "'1GB'",
            "hot_standby": "on", "hot_standby_feedback": "on",
            "archive_mode": "on", "archive_command": f"'{_pg_scripts.path('pg-wal-archive.sh')} %p'",
            "archive_timeout": f"{self.plan.archive_timeout.whole_seconds}s",
            "restore_command": f"'{_pg_scripts.path('pg-wal-restore.sh')} %f %p'",
            "log_destination": "'stderr'", "logging_collector": "off", "log_checkpoints": "on",
            "log_connections": "on", "log_disconnections": "on", "log_lock_waits": "on", "log_min_duration_statement": "1000",
        }
        return settings

    def _patroni_conf(self, p: PostgresClusterProps) -> str:
        """patroni.yaml: the cluster's Patroni settings, the same for every member (PATRONI_* variables add the rest).
        postgresql.conf stays the base configuration (custom_conf); Patroni adds the settings it owns on top."""
        settings = self._pg_settings(p)
        bootstrap: dict = {
            # Read once, when the cluster is first initialised; later changes go through `patronictl edit-config`.
            "dcs": {"ttl": TTL_SECONDS, "loop_wait": LOOP_WAIT_SECONDS, "retry_timeout": RETRY_TIMEOUT_SECONDS,
                    "maximum_lag_on_failover": MAX_LAG_ON_FAILOVER,
                    # Synchronous: a commit returns only once a standby has it, and only such a standby is promoted.
                    "synchronous_mode": self.plan.objective.zero_loss_failover, "synchronous_mode_strict": False,
                    "failsafe_mode": False,  # losing the API server demotes the leader (see TTL_SECONDS)
                    "postgresql": {"use_pg_rewind": True, "use_slots": True,
                                   "parameters": {k: settings[k].strip("'") for k in _PATRONI_OWNED}}},
            "initdb": ["data-checksums", {"auth-local": "peer"}, {"auth-host": "scram-sha-256"}],
            "post_bootstrap": _pg_scripts.path("pg-post-init.sh"),
        }
        if p.restore_from is not None:  # run by the one member that initialises the cluster; the others clone it
            bootstrap |= {"method": "restore", "restore": {"command": _pg_scripts.path("pg-patroni-restore.sh"),
                                                           "keep_existing_recovery_conf": False}}
        conf = {
            "scope": p.name,
            "restapi": {"listen": f"0.0.0.0:{PATRONI_PORT}"},
            # Members are the pods labelled app.kubernetes.io/name and /instance = the cluster's name (the selector).
            "kubernetes": {"namespace": p.namespace, "labels": {NAME_LABEL: p.name}, "scope_label": "app.kubernetes.io/instance",
                           "role_label": ROLE_LABEL, "leader_label_value": LEADER, "follower_label_value": REPLICA,
                           "standby_leader_label_value": LEADER, "use_endpoints": False},
            "bootstrap": bootstrap,
            "postgresql": {
                "listen": f"0.0.0.0:{PG_PORT}", "data_dir": PGDATA, "custom_conf": f"{CONFIG_DIR}/postgresql.conf",
                "pgpass": "/tmp/pgpass", "use_unix_socket": True,
                # One superuser for Patroni, streaming and pg_rewind; its password comes from the mounted Secret.
                # Members reach each other by name over TLS and verify that name against the DatabaseCa.
                "authentication": {role: {"username": "postgres", "sslmode": "verify-full", "sslrootcert": f"{TLS_DIR}/ca.crt"}
                                   for role in ("superuser", "replication")},
                "parameters": {"hba_file": f"{CONFIG_DIR}/pg_hba.conf", "unix_socket_directories": SOCKET_DIR},
                "recovery_conf": {"restore_command": settings["restore_command"].strip("'")},
                # A former leader rejoins by pg_rewind; where that cannot work it is re-cloned, never started as is.
                "remove_data_directory_on_rewind_failure": True, "remove_data_directory_on_diverged_timelines": True,
                "basebackup": [{"checkpoint": "fast"}],
            },
            "watchdog": {"mode": "off"},  # see TTL_SECONDS
        }
        return "# Rendered by PostgresCluster (Patroni's configuration file).\n" + yaml.safe_dump(conf, sort_keys=False)

    def _patroni_rbac(self, p: PostgresClusterProps) -> None:
        """The Role Patroni needs in the database namespace, bound to the members' ServiceAccount: its ConfigMaps
        (leader lock, configuration, synchronous state, failover request) and the member pods, whose labels and
        annotations carry each member's role and state. Objects are named where Kubernetes allows it (create, list
        and watch take no names)."""
        keys = [f"{p.name}-{key}" for key in ("config", "failover", "leader", "sync")]
        rules = [
            k8s.PolicyRule(api_groups=[""], resources=["configmaps"], verbs=["create", "list", "watch"]),
            k8s.PolicyRule(api_groups=[""], resources=["configmaps"], resource_names=keys, verbs=["get", "patch"]),
            k8s.PolicyRule(api_groups=[""], resources=["pods"], verbs=["list", "watch"]),
            k8s.PolicyRule(api_groups=[""], resources=["pods"], resource_names=self.members, verbs=["get", "patch"]),
        ]
        name = f"{p.name}-patroni"
        k8s.KubeRole(self, "Patroni", metadata=self._meta(name), rules=rules)
        k8s.KubeRoleBinding(self, "PatroniBinding", metadata=self._meta(name), role_ref=k8s.RoleRef(
            api_group="rbac.authorization.k8s.io", kind="Role", name=name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=self.backup_storage.service_account, namespace=p.namespace)])

    def _client_roles_volume(self) -> k8s.Volume:
        """Each client role's password as the file '<role>' (pg-client-roles.py), read-only for the owner."""
        return k8s.Volume(name="client-roles", projected=k8s.ProjectedVolumeSource(default_mode=0o400, sources=[
            k8s.VolumeProjection(secret=k8s.SecretProjection(name=self.role_secret(role), items=[
                k8s.KeyToPath(key="password", path=role)])) for role in sorted(self.client_roles)]))

    @staticmethod
    def _api_token_volume() -> k8s.Volume:
        """The ServiceAccount token, CA and namespace, projected for the postgres container alone (Patroni calls the
        API server); the pod does not automount a token, so the sidecars have none."""
        return k8s.Volume(name="kube-api-access", projected=k8s.ProjectedVolumeSource(default_mode=0o440, sources=[
            k8s.VolumeProjection(service_account_token=k8s.ServiceAccountTokenProjection(path="token", expiration_seconds=3607)),
            k8s.VolumeProjection(config_map=k8s.ConfigMapProjection(name="kube-root-ca.crt", items=[
                k8s.KeyToPath(key="ca.crt", path="ca.crt")])),
            k8s.VolumeProjection(downward_api=k8s.DownwardApiProjection(items=[k8s.DownwardApiVolumeFile(
                path="namespace", field_ref=k8s.ObjectFieldSelector(field_path="metadata.namespace"))]))]))

    def _external_secret(self, c: Credentials, id: str = "Credentials", secret: str | None = None) -> None:
        """The ExternalSecret that syncs a password (key 'password'), for credentials kept in AWS Secrets Manager."""
        if c.remote_key is None:
            return
        secret = secret or self.credentials_secret
        eso.ExternalSecret(self, id, metadata=cdk8s.ApiObjectMetadata(
            name=secret, namespace=self.namespace, labels=self.labels), spec=eso.ExternalSecretSpec(
            refresh_interval="1h",
            secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=c.store),
            target=eso.ExternalSecretSpecTarget(name=secret,
                                                creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER),
            data=[eso.ExternalSecretSpecData(secret_key="password", remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                key=c.remote_key, property=c.remote_property))]))

    @property
    def server_names(self) -> list[str]:
        """The DNS names the server certificate covers: both Services and every member, short and fully qualified."""
        names = [f"{self.rw_service}.{self.namespace}.svc", f"{self.ro_service}.{self.namespace}.svc",
                 f"*.{self.headless_service}.{self.namespace}.svc"]
        return names + [f"{n}.cluster.local" for n in names]

    def _tls_and_roles(self, p: PostgresClusterProps) -> None:
        """The server certificate, and per client app the ExternalSecret of its role's password: from the same
        Secrets Manager secret as the app's own (its DatabaseConnection), through the database namespace's store."""
        database_certificate(self, "ServerCertificate", name=self.tls_secret, namespace=self.namespace, labels=self.labels,
                             secret=self.tls_secret, issuer=p.tls_issuer, common_name=self.server_names[0],
                             dns_names=self.server_names, client=False)
        assert p.credentials is not None
        for role, connection in sorted(self.client_roles.items()):
            self._external_secret(Credentials.external_secret(connection.password_key, store=p.credentials.store),
                                  f"Role-{role}", self.role_secret(role))

    def role_secret(self, role: str) -> str:
        return f"{self.name}-role-{role}"

    def _service(self, id: str, name: str, role: str, selector: Mapping[str, str], ports: list[k8s.ServicePort],
                 headless: bool = False) -> None:
        k8s.KubeService(self, id, metadata=self._meta(name, **{"platform.example.com/pg-service": role}),
                        spec=k8s.ServiceSpec(type="ClusterIP", cluster_ip="None" if headless else None,
                                             # Standbys clone the primary before they are ready themselves.
                                             publish_not_ready_addresses=True if headless else None,
                                             selector=dict(selector), ports=ports))

    def _statefulset(self, p: PostgresClusterProps) -> ApiObject:
        data = {"data": DATA_MOUNT, "run": SOCKET_DIR, "tmp": "/tmp"}
        env = [k8s.EnvVar(name="PGDATA", value=PGDATA), k8s.EnvVar(name="PGHOST", value=SOCKET_DIR),
               k8s.EnvVar(name="PGUSER", value="postgres"), *self.backup_env()]
        field = lambda path: k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path=path))  # noqa: E731
        member = f"$(PATRONI_NAME).{self.headless_service}.{self.namespace}.svc"  # a name the server certificate covers
        patroni_env = [
            # What differs per member; everything else is in patroni.yaml. The members reach each other by their
            # stable headless-Service names, so a rescheduled pod with a new IP is found again.
            k8s.EnvVar(name="PATRONI_NAME", value_from=field("metadata.name")),
            k8s.EnvVar(name="PATRONI_KUBERNETES_POD_IP", value_from=field("status.podIP")),
            k8s.EnvVar(name="PATRONI_POSTGRESQL_CONNECT_ADDRESS", value=f"{member}:{PG_PORT}"),
            k8s.EnvVar(name="PATRONI_RESTAPI_CONNECT_ADDRESS", value=f"{member}:{PATRONI_PORT}"),
            k8s.EnvVar(name="APP_DATABASE", value=p.database), *_restore_env(p.restore_from)]
        patroni_probe = lambda path, **kw: k8s.Probe(  # noqa: E731
            http_get=k8s.HttpGetAction(path=path, port=int_or_string("patroni")), timeout_seconds=3, **kw)
        postgres = self.container(
            "postgres", command=[_pg_scripts.path("pg-patroni.sh")], resources=p.resources, env=[*env, *patroni_env],
            mounts={**data, "scripts": _pg_scripts.MOUNT, "config": CONFIG_DIR, "credentials": "/credentials",
                    "kube-api-access": TOKEN_DIR, "tls": TLS_DIR},
            ports=[k8s.ContainerPort(name="postgres", container_port=PG_PORT, protocol="TCP"),
                   k8s.ContainerPort(name="patroni", container_port=PATRONI_PORT, protocol="TCP")],
            # Ready: the leader, or a replica streaming within the lag allowed on failover (Patroni's own check).
            readiness_probe=patroni_probe("/readiness", period_seconds=5, failure_threshold=3),
            # Alive: Patroni's loop ran within the TTL. PostgreSQL itself Patroni restarts; a failed probe restarts Patroni.
            liveness_probe=patroni_probe("/liveness", period_seconds=10, failure_threshold=6))
        agent = self.container(
            "backup-agent", command=[_pg_scripts.path("pg-backup-agent.py")], resources=_SIDECAR_RESOURCES, env=[
                *env, k8s.EnvVar(name="BASE_BACKUP_INTERVAL_SECONDS", value=str(self.plan.base_backup_interval.whole_seconds)),
                k8s.EnvVar(name="RETENTION_DAYS", value=str(self.plan.retention.whole_seconds // 86400)),
                k8s.EnvVar(name="METRICS_PORT", value=str(AGENT_PORT)), k8s.EnvVar(name="APP_DATABASE", value=p.database),
                k8s.EnvVar(name="CLIENT_ROLES_DIR", value=CLIENT_ROLES_DIR),
                k8s.EnvVar(name="TLS_CERT_FILE", value=f"{TLS_DIR}/tls.crt")],
            mounts={**data, "scripts": _pg_scripts.MOUNT, "client-roles": CLIENT_ROLES_DIR, "server-certificate": TLS_DIR},
            ports=[k8s.ContainerPort(name="backup-metrics", container_port=AGENT_PORT, protocol="TCP")],
            readiness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/healthz", port=int_or_string("backup-metrics")),
                                      period_seconds=10),
            liveness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/healthz", port=int_or_string("backup-metrics")),
                                     period_seconds=30, failure_threshold=3))
        exporter = self.container(
            "exporter", image=p.exporter_image, command=["/bin/postgres_exporter"], resources=_SIDECAR_RESOURCES, env=[
                # Within the pod, over TLS too (pg_hba.conf refuses anything else); loopback needs no name check.
                k8s.EnvVar(name="DATA_SOURCE_URI", value=f"localhost:{PG_PORT}/postgres?sslmode=require"),
                k8s.EnvVar(name="DATA_SOURCE_USER", value="postgres"),
                k8s.EnvVar(name="DATA_SOURCE_PASS_FILE", value="/credentials/password")],
            mounts={"credentials": "/credentials"},
            ports=[k8s.ContainerPort(name="metrics", container_port=EXPORTER_PORT, protocol="TCP")],
            readiness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/", port=int_or_string("metrics")), period_seconds=10),
            liveness_probe=k8s.Probe(http_get=k8s.HttpGetAction(path="/", port=int_or_string("metrics")), period_seconds=30))

        node_spread = k8s.PodAffinityTerm(topology_key="kubernetes.io/hostname",
                                          label_selector=k8s.LabelSelector(match_labels=self.selector))
        zone_spread = k8s.WeightedPodAffinityTerm(weight=100, pod_affinity_term=k8s.PodAffinityTerm(
            topology_key="topology.kubernetes.io/zone", label_selector=k8s.LabelSelector(match_labels=self.selector)))
        pod = k8s.PodSpec(
            containers=[postgres, agent, exporter],
            service_account_name=self.backup_storage.service_account, automount_service_account_token=False,
            enable_service_links=False, security_context=pod_security_context(PG_UID),
            # PostgreSQL needs time for a shutdown checkpoint; a kill mid-checkpoint means crash recovery.
            termination_grace_period_seconds=120,
            affinity=k8s.Affinity(pod_anti_affinity=k8s.PodAntiAffinity(
                required_during_scheduling_ignored_during_execution=[node_spread],
                preferred_during_scheduling_ignored_during_execution=[zone_spread])),
            topology_spread_constraints=[k8s.TopologySpreadConstraint(
                max_skew=1, topology_key="topology.kubernetes.io/zone", when_unsatisfiable="ScheduleAnyway",
                label_selector=k8s.LabelSelector(match_labels=self.selector))],
            volumes=[
                k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=f"{p.name}-postgres")),
                self.scripts_volume(),
                self.credentials_volume(),
                self._api_token_volume(),
                k8s.Volume(name="tls", secret=k8s.SecretVolumeSource(secret_name=self.tls_secret, default_mode=0o440)),
                # The agent sees when the certificate changes, never the key.
                k8s.Volume(name="server-certificate", secret=k8s.SecretVolumeSource(
                    secret_name=self.tls_secret, default_mode=0o444, items=[k8s.KeyToPath(key="tls.crt", path="tls.crt")])),
                self._client_roles_volume(),
                k8s.Volume(name="run", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("16Mi"))),
                k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("1Gi"))),
            ],
            **self.pod_placement())
        claim = k8s.KubePersistentVolumeClaim.manifest(metadata=k8s.ObjectMeta(name="data", labels=self.labels),
                                                       spec=k8s.PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"], storage_class_name=p.storage_class,
            resources=k8s.ResourceRequirements(requests={"storage": quantity(p.storage_size)})))
        meta = self._meta(p.name)
        manifest = k8s.KubeStatefulSet.manifest(metadata=k8s.ObjectMeta(name=meta.name, namespace=meta.namespace,
                                                                         labels=meta.labels, annotations=UID_SKIP),
                                                spec=k8s.StatefulSetSpec(
            replicas=self.replicas, service_name=self.headless_service, revision_history_limit=5,
            selector=k8s.LabelSelector(match_labels=self.selector),
            # Ordered: a minor-version image change restarts the highest ordinal first and waits for each member to be
            # ready; the leader's own restart then hands the lock to a replica (Patroni releases it on SIGTERM). For
            # a planned switchover first, see docs/runbooks/failover.md.
            pod_management_policy="OrderedReady",
            update_strategy=k8s.StatefulSetUpdateStrategy(type="RollingUpdate"),
            # Volumes outlive the StatefulSet and scale-downs: data is deleted by a person, never by a sync.
            persistent_volume_claim_retention_policy=k8s.StatefulSetPersistentVolumeClaimRetentionPolicy(
                when_deleted="Retain", when_scaled="Retain"),
            template=k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=self.labels), spec=pod)))
        manifest["spec"]["volumeClaimTemplates"] = [{k: v for k, v in claim.items() if k not in ("apiVersion", "kind")}]
        return emit(self, "Resource", manifest)

    def _monitoring(self, p: PostgresClusterProps) -> None:
        monitors_api.ServiceMonitor(self, "Monitor", metadata=cdk8s.ApiObjectMetadata(
            name=p.name, namespace=p.namespace, labels=self.labels), spec=monitors_api.ServiceMonitorSpec(
            selector=monitors_api.ServiceMonitorSpecSelector(
                match_labels={**self.selector, "platform.example.com/pg-service": "headless"}),
            endpoints=[monitors_api.ServiceMonitorSpecEndpoints(port=port, interval="30s")
                       for port in ("metrics", "backup-metrics")]))
        sel = f'namespace="{p.namespace}", service="{self.headless_service}"'
        # Aggregations keep the labels every alert of this database carries, so routing by namespace still works.
        keep = "namespace, service"
        rpo, interval = self.plan.objective.rpo, self.plan.base_backup_interval
        writes = " + ".join(f"increase(pg_stat_database_tup_{kind}{{{sel}}}[{rpo}])" for kind in ("inserted", "updated", "deleted"))
        targets = [f'absent(up{{{sel}, endpoint="{port}"}})' for port in ("metrics", "backup-metrics")]
        alerts = [
            ("PostgresDown", f"pg_up{{{sel}}} == 0", Duration.minutes(2), Severity.CRITICAL,
             "PostgreSQL {{ $labels.pod }} does not answer the exporter", "failover.md"),
            # Without its targets nothing else here can fire: pg_up, the lag and the backup timestamps all vanish.
            ("PostgresExporterDown", " or ".join([f"up{{{sel}}} == 0", *targets]), Duration.minutes(5), Severity.CRITICAL,
             "{{ $labels.namespace }}/{{ $labels.service }}: Prometheus cannot scrape the {{ $labels.endpoint }} target",
             "failover.md"),
            ("PostgresReplicationLagHigh", f"pg_replication_lag_seconds{{{sel}}} > {rpo.whole_seconds}",
             Duration.minutes(5), Severity.WARNING, f"standby {{{{ $labels.pod }}}} is more than the RPO ({rpo}) behind",
             "failover.md"),
            ("PostgresConnectionsSaturated",
             f"sum by ({keep}, pod) (pg_stat_activity_count{{{sel}}}) / max by ({keep}, pod) (pg_settings_max_connections{{{sel}}}) > 0.8",
             Duration.minutes(5), Severity.WARNING, "{{ $labels.pod }} uses over 80% of max_connections", "failover.md"),
            ("PostgresWalArchivingFailing",
             f"increase(platform_pg_wal_archive_failures_total{{{sel}}}[10m]) > 0", Duration.minutes(10), Severity.CRITICAL,
             "{{ $labels.pod }} cannot archive WAL: point-in-time recovery falls behind the RPO", "restore.md"),
            # The leader's agent could not make a client role as declared: a new or rotated password is not in force.
            ("PostgresClientRolesFailing",
             f"increase(platform_pg_client_roles_failures_total{{{sel}}}[10m]) > 0", Duration.minutes(5), Severity.CRITICAL,
             "{{ $labels.pod }} cannot set its client apps' roles: a new or rotated password does not log in",
             "database-access.md"),
            ("PostgresBaseBackupStale",
             # absent(): an agent that never reached the store since it started has no timestamp to be stale.
             f"time() - max by ({keep}) (platform_pg_base_backup_last_success_timestamp_seconds{{{sel}}}) > "
             f"{interval.whole_seconds + 3600} or absent(platform_pg_base_backup_last_success_timestamp_seconds{{{sel}}})",
             Duration.minutes(15), Severity.CRITICAL,
             f"no base backup of {p.name} completed in the last {interval} (plus an hour)", "restore.md"),
            # The primary's newest archived segment (standbys archive nothing and read 0) older than the RPO while rows
            # changed within it: those writes exist only on the database's own disks. An idle database archives nothing
            # and loses nothing, so it stays silent; a failing archive_command is PostgresWalArchivingFailing.
            ("PostgresWalArchiveStale",
             f"(time() - max by ({keep}) (platform_pg_wal_archive_last_success_timestamp_seconds{{{sel}}} and on (pod) "
             f"(platform_pg_backup_agent_is_primary{{{sel}}} == 1)) > {rpo.whole_seconds}) "
             f"and on ({keep}) (sum by ({keep}) ({writes}) > 0)",
             Duration.minutes(10), Severity.CRITICAL,
             f"{p.name} wrote rows but archived no WAL in the last {rpo} (the RPO)", "restore.md"),
        ]
        PrometheusRule(self, "Alerts", props=PrometheusRuleProps(
            name=p.name, namespace=p.namespace, labels=self.labels, groups=[RuleGroup(name=f"{p.name}.postgres", rules=tuple(
                AlertRule(alert=name, expr=expr, for_=wait, severity=severity, summary=summary, description=summary,
                          runbook_url=f"{RUNBOOKS}/{page}")
                for name, expr, wait, severity, summary, page in alerts))]))

    def _validate(self, p: PostgresClusterProps) -> tuple[list[SecureApp | Peer], BackupPlan]:
        """The resolved clients and the backup plan, or a PropsError naming every problem."""
        v = Problems(type(self).__name__, self)
        v.check(is_dns1123_label(p.name) and len(p.name) <= 40, "name", p.name, DNS1123_RULE.replace("63", "40"))
        v.check(is_dns1123_label(p.namespace), "namespace", p.namespace, DNS1123_RULE)
        v.extend("env.", p.env.problems())
        v.check(p.credentials is not None and bool(p.credentials.secret_name or p.credentials.remote_key), "credentials",
                p.credentials, "Credentials.existing_secret('<secret>') or Credentials.external_secret('<secrets manager key>')")
        v.check(p.backup is not None and bool(p.backup.bucket), "backup", p.backup,
                "BackupStorage(bucket='<bucket>'): every database archives WAL and takes base backups")
        v.check(isinstance(p.database, str) and bool(_IDENT.fullmatch(p.database)), "database", p.database,
                "a plain PostgreSQL identifier: letters, digits and '_', starting with a letter")
        size = parse_quantity(p.storage_size)
        v.check(size is not None and size > 0, "storage_size", p.storage_size, "a Kubernetes quantity above zero such as '20Gi'")
        replicas = p.replicas if p.replicas is not None else 1 + p.env.database.standbys
        v.check(isinstance(replicas, int) and replicas >= 1, "replicas", replicas, "a whole number of at least 1")
        for name, image in (("image", p.image), ("exporter_image", p.exporter_image)):
            if (why := image_problems(image, require_digest=p.env.require_image_digest)) is not None:
                v.add(name, image, why)
        v.extend("", p.resources.problems())
        v.check(isinstance(p.max_connections, int) and 10 <= p.max_connections <= 5000, "max_connections",
                p.max_connections, "a whole number from 10 to 5000")
        objective = p.objective or RecoveryObjective(rpo=Duration.minutes(p.env.database.rpo_minutes),
                                                     rto=Duration.minutes(p.env.database.rto_minutes),
                                                     zero_loss_failover=p.env.database.zero_loss_failover)
        plan = None
        if objective_problems := objective.problems():
            v.extend("objective.", objective_problems)
        else:  # the plan is computed from the objective's seconds, so only a valid objective has one
            plan = BackupPlan.derive(objective, retention_days=p.env.database.backup_retention_days,
                                     snapshot_ttl_hours=p.env.database.snapshot_ttl_hours)
            v.extend("objective.", plan.problems())
        if p.restore_from is not None:
            v.check(p.restore_from.destination.startswith("s3://"), "restore_from.destination", p.restore_from.destination,
                    "an S3 location 's3://bucket/prefix'")
        clients: list[SecureApp | Peer] = []
        for i, client in enumerate(p.clients):
            if isinstance(client, str):
                found = _find_app(self, client, p.env.name)
                if found is None:
                    v.add(f"clients[{i}]", client, f"the name of a SecureApp in this cdk8s app's {p.env.name} charts "
                                                   f"(found: {', '.join(_app_names(self, p.env.name)) or 'none'})")
                else:
                    clients.append(found)
            elif isinstance(client, SecureApp | Peer):
                if isinstance(client, Peer) and (bad := client.problem(f"clients[{i}]")) is not None:
                    v.add(bad.field, bad.value, bad.allowed)
                clients.append(client)
            else:
                v.add(f"clients[{i}]", client, "a SecureApp, a Peer or a SecureApp's name")
        roles: dict[str, int] = {}
        for i, app in enumerate(clients if len(clients) == len(p.clients) else ()):  # indices match without errors
            if not isinstance(app, SecureApp):
                continue
            d = app.database
            expected = f"DatabaseConnection(cluster='{p.name}', namespace='{p.namespace}', database='{p.database}', ...)"
            if d is None or (d.cluster, d.namespace, d.database) != (p.name, p.namespace, p.database):
                v.add(f"clients[{i}]", app.name, f"a SecureApp whose `database` is {expected}, so it gets its own role "
                                                 f"(it has {d!r})")
            elif (other := roles.setdefault(d.role(app.name), i)) != i:
                v.add(f"clients[{i}]", app.name, f"a role of its own: clients[{other}] is role '{d.role(app.name)}' too")
        v.check(is_dns1123_label(p.tls_issuer), "tls_issuer", p.tls_issuer, DNS1123_RULE)
        for field in ("object_store", "kubernetes_api"):
            peers = getattr(p, field)
            if not isinstance(peers, tuple) or not peers or not all(isinstance(s, Peer) for s in peers):
                v.add(field, peers, "a non-empty tuple of Peers, such as (Peer.ip_block('10.0.216.0/22'),)")
                continue
            for i, peer in enumerate(peers):
                if (bad := peer.problem(f"{field}[{i}]")) is not None:
                    v.add(bad.field, bad.value, bad.allowed)
        v.raise_if_any()
        assert plan is not None  # an objective without a plan was reported above
        return clients, plan


_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,62}")
_READ_ONLY_VOLUMES = ("scripts", "config", "credentials", "kube-api-access", "tls", "server-certificate", "client-roles",
                      "database-ca")
# Settings Patroni keeps the same on every member (its dynamic configuration), whatever postgresql.conf says.
_PATRONI_OWNED = ("max_connections", "max_wal_senders", "max_replication_slots", "wal_level", "wal_keep_size", "hot_standby")
_PG_HBA = """# Rendered by PostgresCluster. Local socket: the OS user must match (the pod's own tools and hooks).
local      all          all                peer
# Over the network: TLS or nothing. NetworkPolicies decide who can reach the port at all.
hostnossl  all          all          all   reject
# The superuser (Patroni, streaming, pg_rewind, the exporter, backup jobs): password (SCRAM).
hostssl    replication  postgres     all   scram-sha-256
hostssl    all          postgres     all   scram-sha-256
# Client apps: their own role's password and a client certificate from the DatabaseCa whose common name is the role.
hostssl    all          all          all   scram-sha-256  clientcert=verify-full
"""


def _restore_env(r: RestoreFrom | None) -> list[k8s.EnvVar]:
    if r is None:
        return []
    env = {"RESTORE_FROM_DESTINATION": r.destination, "RESTORE_FROM_SERVER_NAME": r.server_name}
    if r.target_time:
        env["RESTORE_TARGET_TIME"] = r.target_time
    return [k8s.EnvVar(name=k, value=v) for k, v in env.items()]


def _secure_apps(scope: Construct, env_name: str) -> list[SecureApp]:
    return [c for c in scope.node.root.node.find_all() if isinstance(c, SecureApp) and c.env.name == env_name]


def _find_app(scope: Construct, name: str, env_name: str) -> SecureApp | None:
    return next((a for a in _secure_apps(scope, env_name) if a.name == name), None)


def _app_names(scope: Construct, env_name: str) -> list[str]:
    return sorted({a.name for a in _secure_apps(scope, env_name)})


def _once_per_chart(scope: Construct, key: str, create) -> None:
    """Render a namespace-shared object (such as the backup ServiceAccount) once per chart, however many
    clusters share it. The registry is Python-side state on the chart, like network.py's policy registry."""
    seen: set[str] = cdk8s.Chart.of(scope).__dict__.setdefault("_pg_shared_objects", set())
    if key not in seen:
        seen.add(key)
        create()


# -- platform-level objects ------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True, slots=True)
class StorageClassesProps:
    """Props of StorageClasses."""

    kms_key_id: str | None = None
    """Default: None, EBS encryption with the account's default key. Set a KMS key ARN to use your own."""
    default_class: bool = True
    """Default: True, so claims without a class also get encrypted gp3."""


class StorageClasses(Construct):
    """The encrypted gp3 StorageClass and the EBS CSI VolumeSnapshotClass Velero uses (platform chart, once per cluster).

    Child ids: `Gp3`, `Snapshots`.
    """

    def __init__(self, scope: Construct, id: str, *, props: StorageClassesProps | None = None):
        with unique_id(scope, id, "StorageClasses"):
            super().__init__(scope, id)
        p = props or StorageClassesProps()
        params = {"type": "gp3", "encrypted": "true", "csi.storage.k8s.io/fstype": "ext4"}
        if p.kms_key_id:
            params["kmsKeyId"] = p.kms_key_id
        annotations = {"storageclass.kubernetes.io/is-default-class": "true"} if p.default_class else None
        k8s.KubeStorageClass(self, "Gp3", metadata=k8s.ObjectMeta(name=DEFAULT_STORAGE_CLASS, annotations=annotations),
                             provisioner="ebs.csi.aws.com", parameters=params,
                             # Retain: deleting a claim (or a namespace) must not delete a database's disk.
                             reclaim_policy="Retain", volume_binding_mode="WaitForFirstConsumer", allow_volume_expansion=True)
        snapshot_api.VolumeSnapshotClass(self, "Snapshots", metadata=cdk8s.ApiObjectMetadata(
            name=SNAPSHOT_CLASS, labels={"velero.io/csi-volumesnapshot-class": "true"}),
            driver="ebs.csi.aws.com", deletion_policy=snapshot_api.VolumeSnapshotClassDeletionPolicy.RETAIN)
