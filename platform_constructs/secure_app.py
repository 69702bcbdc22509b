"""SecureApp: a stateless HTTP service, hardened by default."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s import ApiObject, ApiObjectMetadata
from cdk8s_plus_27 import k8s
from constructs import Construct

from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, ImageRef, image_problems, int_or_string, is_dns1123_label
from ._pod import HttpProbes, emit, restricted_pod_spec, with_pre_stop_sleep
from .catalogue import DERIVED_ENV
from .imports.cert_manager_certificates.io import cert_manager as certificates_api
from .imports.external_secrets_externalsecrets.io import external_secrets as eso
from .network import NAME_LABEL, Peer, Port, connect
from .settings import EnvironmentSettings, Resources
from .tls import DATABASE_CA, DEFAULT_ISSUER, database_certificate

INGRESS_NGINX = Peer.namespace_pods("ingress-nginx", {NAME_LABEL: "ingress-nginx"})
METRICS_PORT_NAME = "metrics"  # the container and Service port Prometheus scrapes; never an Ingress backend


@dataclass(frozen=True, kw_only=True, slots=True)
class IngressOptions:
    """How an app is exposed outside the cluster through the shared ingress controller."""

    host: str | None = None
    """Default: '<app name>.<environment domain>'."""
    tls_secret: str | None = None
    """Default: '<app name>-tls'. TLS is always on."""
    cluster_issuer: str | None = DEFAULT_ISSUER
    """The cert-manager ClusterIssuer of the `Certificate` (child id `Certificate`) that writes `tls_secret` for the
    host. Default: 'letsencrypt', the platform's AcmeIssuer. None renders no Certificate: the Secret must come from
    elsewhere (synced by an ExternalSecret), or the Ingress serves no valid certificate."""
    class_name: str = "nginx"
    """Default: 'nginx', the platform's ingress controller."""
    controller: Peer = INGRESS_NGINX
    """The controller's pods, admitted to the app port. Default: ingress-nginx in namespace 'ingress-nginx'."""


DATABASE_TLS_DIR = "/var/run/database-tls"
DATABASE_PASSWORD_DIR = "/var/run/database-password"
DATABASE_PORT = 5432
# A PostgreSQL role name the platform manages: lower case, digits, '_' and '-' (quoted in SQL), at most 63 bytes.
_ROLE = re.compile(r"^[a-z_][a-z0-9_-]{0,62}\Z", re.ASCII)


@dataclass(frozen=True, kw_only=True, slots=True)
class DatabaseConnection:
    """The PostgresCluster an app uses, and how it proves who it is: its own role, with its own password (synced from
    AWS Secrets Manager by an ExternalSecret, child id `DatabasePassword`) and a client certificate whose common name
    is the role (child id `DatabaseCertificate`, from the DatabaseCa), over TLS that verifies the server's name
    (sslmode verify-full). The app gets DATABASE_HOST, DATABASE_PORT, DATABASE_NAME, DATABASE_USER, DATABASE_PASSWORD_FILE,
    DATABASE_SSLMODE, DATABASE_SSLROOTCERT, DATABASE_SSLCERT and DATABASE_SSLKEY (the libpq parameters without the
    prefix); secrets are files, never variables. The PostgresCluster that lists the app in `clients` creates the role
    from the same secret."""

    cluster: str
    """The PostgresCluster's name; the app connects to its read-write Service '<cluster>-rw'."""
    password_key: str
    """The AWS Secrets Manager secret holding the role's password (property 'password'), readable in the app's
    namespace and in the database's, such as 'platform/prod/teams/shop/orders-api-db'."""
    namespace: str = "databases"
    """The PostgresCluster's namespace. Default: 'databases'."""
    database: str = "app"
    """Default: 'app', PostgresCluster's default database."""
    user: str | None = None
    """The role. Default: the app's name."""
    store: str = "aws-secrets-manager"
    """The ClusterSecretStore that serves the app's namespace. Default: 'aws-secrets-manager'."""
    issuer: str = DATABASE_CA
    """The DatabaseCa ClusterIssuer. Default: 'database-ca'."""

    @property
    def host(self) -> str:
        return f"{self.cluster}-rw.{self.namespace}.svc"

    def role(self, app: str) -> str:
        return self.user or app


#: The variables a DatabaseConnection sets; an app's env_vars may not set them too.
DATABASE_ENV = DERIVED_ENV


@dataclass(frozen=True, kw_only=True, slots=True)
class Autoscaling:
    """HorizontalPodAutoscaler (autoscaling/v2) settings on CPU utilisation."""

    min_replicas: int | None = None
    """Default: the app's replicas."""
    max_replicas: int | None = None
    """Default: the environment's max_replicas."""
    cpu_utilization: int = 70
    """Default: 70 percent of the CPU request, leaving headroom while new pods start."""


@dataclass(frozen=True, kw_only=True, slots=True)
class SecureAppProps:
    """Props of a SecureApp."""

    name: str
    """App name (DNS-1123 label); names every object the app renders."""
    namespace: str
    """Namespace to run in, normally an IsolatedNamespace's name."""
    image: str
    """Image reference. Never ':latest' or untagged; pinned by digest where the environment requires it."""
    env: EnvironmentSettings
    """The environment (replicas, resources, domain and digest rules come from it)."""
    port: int = 8080
    """Container port serving HTTP (named 'http'), the only one the Service and an Ingress route to. Default: 8080,
    an unprivileged port."""
    metrics_port: int = 9464
    """Container port serving Prometheus metrics (named 'metrics'), open only to Prometheus and never routed by the
    Ingress, so `/metrics` is never public. Must differ from `port`. Default: 9464, the port OpenTelemetry's
    Prometheus exporter uses (and the demo-api's METRICS_PORT)."""
    replicas: int | None = None
    """Default: the environment's replicas (1 dev, 2 stage, 3 prod)."""
    resources: Resources | None = None
    """Default: the environment's container resources."""
    probes: HttpProbes = field(default_factory=HttpProbes)
    """Default: startup, readiness and liveness on GET /healthz."""
    env_vars: Mapping[str, str] = field(default_factory=dict)
    """Plain environment variables. Default: none. Secrets never go here."""
    ingress: IngressOptions | None = None
    """Default: None, the app is reachable only inside the cluster."""
    database: DatabaseConnection | None = None
    """Default: None, no database. See DatabaseConnection: the construct wires the DATABASE_* variables."""
    autoscaling: Autoscaling | None = field(default_factory=Autoscaling)
    """Default: CPU-based autoscaling from replicas to the environment's max. None turns it off."""
    pod_disruption_budget: bool = True
    """Default: True, so voluntary disruptions take down at most one pod at a time."""
    allow_from: Sequence[Peer] = ()
    """Peers admitted to the app port, besides the ingress controller. Default: none."""
    run_as_user: int = 10001
    """Fixed non-root UID and GID. Default: 10001."""
    automount_service_account_token: bool = False
    """Default: False. Mount an API token only for apps that call the Kubernetes API."""
    termination_grace_seconds: int = 30
    """Default: 30 seconds for in-flight requests to finish after SIGTERM."""
    pre_stop_seconds: int = 5
    """Default: 5 seconds of preStop sleep, so endpoints drop the pod before it stops accepting."""
    component: str = "api"
    """`app.kubernetes.io/component` label. Default: 'api'."""
    part_of: str | None = None
    """`app.kubernetes.io/part-of` label. Default: the app name."""


class SecureApp(Construct):
    """Deployment, ServiceAccount, Service, optional Ingress, PodDisruptionBudget, HorizontalPodAutoscaler
    and NetworkPolicies for a stateless HTTP service, passing Pod Security `restricted` unaided.

    The pods declare two ports: 'http' (`port`), which the Service, the Ingress and `allow_from` peers reach, and
    'metrics' (`metrics_port`), which only an AppMonitoring opens, to Prometheus alone.

    Child ids: `ServiceAccount`, `Resource` (the workload), `Service`, `Ingress` (and its `Certificate`), `Budget`, `Autoscaler`,
    with a `database` its `DatabasePassword` (ExternalSecret) and `DatabaseCertificate`, and one NetworkPolicy per
    allowed peer.
    """

    workload_kind = "Deployment"
    workload_api_version = "apps/v1"

    def __init__(self, scope: Construct, id: str, *, props: SecureAppProps):
        with unique_id(scope, id, "SecureApp"):
            super().__init__(scope, id)
        self._validate(props)
        p = props
        self.name, self.namespace, self.env = p.name, p.namespace, p.env
        self.port, self.metrics_port = p.port, p.metrics_port
        replicas = p.replicas if p.replicas is not None else p.env.replicas
        ref = ImageRef.parse(p.image) or ImageRef(p.image, None, None)  # parsed successfully in _validate
        version = ref.tag or (ref.digest or "")[7:19]
        self.selector = {NAME_LABEL: p.name, "app.kubernetes.io/instance": p.name}
        self.labels = {
            **self.selector,
            "app.kubernetes.io/version": version[:63],
            "app.kubernetes.io/component": p.component,
            "app.kubernetes.io/part-of": p.part_of or p.name,
            "app.kubernetes.io/managed-by": "cdk8s",
            "platform.example.com/environment": p.env.name,
        }
        meta = k8s.ObjectMeta(name=p.name, namespace=p.namespace, labels=self.labels)

        k8s.KubeServiceAccount(self, "ServiceAccount", metadata=meta,
                               automount_service_account_token=p.automount_service_account_token)
        self.database = p.database
        env, secret_volumes = dict(p.env_vars), {}
        if p.database is not None:
            env |= self._database_env(p.database)
            secret_volumes = {"database-tls": (self.database_tls_secret, DATABASE_TLS_DIR),
                              "database-password": (self.database_password_secret, DATABASE_PASSWORD_DIR)}
        pod = restricted_pod_spec(
            container_name=p.name, image=p.image, ports={"http": p.port, METRICS_PORT_NAME: p.metrics_port},
            resources=p.resources or p.env.resources, service_account=p.name, uid=p.run_as_user, env=env, probes=p.probes,
            spread_selector=self.selector, termination_grace_seconds=p.termination_grace_seconds,
            automount_token=p.automount_service_account_token, secret_volumes=secret_volumes)
        template = k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=self.labels), spec=pod)
        # With an autoscaler the replica count belongs to it: leaving `replicas` out stops Argo CD and the HPA fighting.
        self.workload = self._render_workload(meta, template, None if p.autoscaling else replicas, p.pre_stop_seconds)

        self.service = k8s.KubeService(self, "Service", metadata=meta, spec=k8s.ServiceSpec(
            type="ClusterIP", selector=self.selector,
            ports=[k8s.ServicePort(name="http", port=80, target_port=int_or_string("http"), protocol="TCP")]))

        if p.ingress is not None:
            self._render_ingress(meta, p.ingress)
            self.allow_from(p.ingress.controller)
        for peer in p.allow_from:
            self.allow_from(peer)

        if p.pod_disruption_budget:
            k8s.KubePodDisruptionBudget(self, "Budget", metadata=meta, spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=int_or_string(1),
                selector=k8s.LabelSelector(match_labels=self.selector),
                unhealthy_pod_eviction_policy="AlwaysAllow"))
        if p.autoscaling is not None:
            a = p.autoscaling
            k8s.KubeHorizontalPodAutoscalerV2(self, "Autoscaler", metadata=meta, spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(
                    api_version=self.workload_api_version, kind=self.workload_kind, name=p.name),
                min_replicas=a.min_replicas or replicas, max_replicas=a.max_replicas or p.env.max_replicas,
                metrics=[k8s.MetricSpecV2(type="Resource", resource=k8s.ResourceMetricSourceV2(
                    name="cpu", target=k8s.MetricTargetV2(type="Utilization", average_utilization=a.cpu_utilization)))],
                behavior=k8s.HorizontalPodAutoscalerBehaviorV2(
                    scale_down=k8s.HpaScalingRulesV2(stabilization_window_seconds=300, policies=[
                        k8s.HpaScalingPolicyV2(type="Pods", value=1, period_seconds=60)]))))

    # -- connections -------------------------------------------------------------------------------

    @property
    def database_password_secret(self) -> str:
        """The Secret (key 'password') the DatabasePassword ExternalSecret writes in the app's namespace."""
        return f"{self.name}-db"

    @property
    def database_tls_secret(self) -> str:
        """The Secret (tls.crt, tls.key, ca.crt) the DatabaseCertificate writes in the app's namespace."""
        return f"{self.name}-db-tls"

    def _database_env(self, d: DatabaseConnection) -> dict[str, str]:
        """The ExternalSecret and the client Certificate in the app's namespace, and the variables naming them."""
        role = d.role(self.name)
        eso.ExternalSecret(self, "DatabasePassword", metadata=ApiObjectMetadata(
            name=self.database_password_secret, namespace=self.namespace, labels=self.labels), spec=eso.ExternalSecretSpec(
            refresh_interval="1h",
            secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=d.store),
            target=eso.ExternalSecretSpecTarget(name=self.database_password_secret,
                                                creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER),
            data=[eso.ExternalSecretSpecData(secret_key="password", remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                key=d.password_key, property="password"))]))
        database_certificate(self, "DatabaseCertificate", name=self.database_tls_secret, namespace=self.namespace,
                             labels=self.labels, secret=self.database_tls_secret, issuer=d.issuer, common_name=role,
                             client=True)
        return {"DATABASE_HOST": d.host, "DATABASE_PORT": str(DATABASE_PORT), "DATABASE_NAME": d.database,
                "DATABASE_USER": role, "DATABASE_PASSWORD_FILE": f"{DATABASE_PASSWORD_DIR}/password",
                "DATABASE_SSLMODE": "verify-full",
                "DATABASE_SSLROOTCERT": f"{DATABASE_TLS_DIR}/ca.crt", "DATABASE_SSLCERT": f"{DATABASE_TLS_DIR}/tls.crt",
                "DATABASE_SSLKEY": f"{DATABASE_TLS_DIR}/tls.key"}

    @property
    def peer(self) -> Peer:
        """This app's pods, as a network peer."""
        return dataclasses.replace(Peer.app(self.namespace, self.name), owner=self)

    def allow_from(self, peer: Peer | SecureApp, ports: Sequence[Port] = ()) -> list[k8s.KubeNetworkPolicy]:
        """Admit `peer` to this app (default: the app's HTTP port). Returns the NetworkPolicies created."""
        source = peer.peer if isinstance(peer, SecureApp) else peer
        return connect(source, self.peer, list(ports) or [Port.tcp(self.port)])

    def allow_to(self, peer: Peer | SecureApp, ports: Sequence[Port] = ()) -> list[k8s.KubeNetworkPolicy]:
        """Let this app reach `peer` (default: the peer app's HTTP port). Both sides get their policy when
        the peer belongs to this cdk8s app. Returns the NetworkPolicies created."""
        if isinstance(peer, SecureApp):
            return connect(self.peer, peer.peer, list(ports) or [Port.tcp(peer.port)])
        return connect(self.peer, peer, ports)

    # -- rendering ---------------------------------------------------------------------------------

    def _render_workload(self, meta: k8s.ObjectMeta, template: k8s.PodTemplateSpec, replicas: int | None,
                         pre_stop_seconds: int) -> ApiObject:
        manifest = k8s.KubeDeployment.manifest(metadata=meta, spec=k8s.DeploymentSpec(
            replicas=replicas, revision_history_limit=5,
            selector=k8s.LabelSelector(match_labels=self.selector),
            strategy=k8s.DeploymentStrategy(type="RollingUpdate", rolling_update=k8s.RollingUpdateDeployment(
                max_surge=int_or_string("25%"), max_unavailable=int_or_string(0))),
            template=template))
        with_pre_stop_sleep(manifest["spec"]["template"], pre_stop_seconds)
        return emit(self, "Resource", manifest)

    def _render_ingress(self, meta: k8s.ObjectMeta, opts: IngressOptions) -> None:
        host = opts.host or f"{self.name}.{self.env.domain}"
        secret = opts.tls_secret or f"{self.name}-tls"
        if opts.cluster_issuer is not None:
            # A Certificate of its own rather than cert-manager's Ingress annotation: the canary Ingress Argo Rollouts
            # copies from this one would carry the annotation too, and two owners of one Secret fight.
            certificates_api.Certificate(self, "Certificate", metadata=ApiObjectMetadata(
                name=self.name, namespace=self.namespace, labels=self.labels), spec=certificates_api.CertificateSpec(
                secret_name=secret, dns_names=[host], issuer_ref=certificates_api.CertificateSpecIssuerRef(
                    name=opts.cluster_issuer, kind="ClusterIssuer", group="cert-manager.io")))
        k8s.KubeIngress(self, "Ingress", metadata=meta, spec=k8s.IngressSpec(
            ingress_class_name=opts.class_name,
            tls=[k8s.IngressTls(hosts=[host], secret_name=secret)],
            rules=[k8s.IngressRule(host=host, http=k8s.HttpIngressRuleValue(paths=[k8s.HttpIngressPath(
                path="/", path_type="Prefix", backend=k8s.IngressBackend(service=k8s.IngressServiceBackend(
                    name=self.name, port=k8s.ServiceBackendPort(name="http"))))]))]))

    def _validate(self, p: SecureAppProps) -> None:
        v = Problems(type(self).__name__, self)
        v.check(is_dns1123_label(p.name), "name", p.name, DNS1123_RULE)
        v.check(is_dns1123_label(p.namespace), "namespace", p.namespace, DNS1123_RULE)
        v.extend("env.", p.env.problems())
        if (why := image_problems(p.image, require_digest=p.env.require_image_digest)) is not None:
            v.add("image", p.image, why)
        ports_ok = True
        for name in ("port", "metrics_port"):
            if (bad := Port(getattr(p, name)).problem(name)) is not None:
                v.add(bad.field, bad.value, bad.allowed)
                ports_ok = False
        if ports_ok:
            v.check(p.metrics_port != p.port, "metrics_port", p.metrics_port,
                    f"a port other than the app port ({p.port}), which the Service and an Ingress route to")
        replicas = p.replicas if p.replicas is not None else p.env.replicas
        if v.check(isinstance(replicas, int) and replicas >= 1, "replicas", replicas, "a whole number of at least 1"):
            if p.pod_disruption_budget and p.env.require_high_availability:
                v.check(replicas >= 2, "replicas", replicas,
                        f"at least 2 in {p.env.name}, where a PodDisruptionBudget must leave a pod serving")
        if p.resources is not None:
            v.extend("", p.resources.problems())
        v.check(isinstance(p.run_as_user, int) and 1 <= p.run_as_user <= 2**31 - 1, "run_as_user", p.run_as_user,
                "a non-root UID from 1 to 2147483647")
        v.check(0 <= p.pre_stop_seconds < p.termination_grace_seconds, "pre_stop_seconds", p.pre_stop_seconds,
                f"from 0 to below termination_grace_seconds ({p.termination_grace_seconds})")
        if p.autoscaling is not None:
            a = p.autoscaling
            lo = a.min_replicas or replicas
            hi = a.max_replicas or p.env.max_replicas
            v.check(isinstance(hi, int) and isinstance(lo, int) and hi >= lo, "autoscaling.max_replicas", hi,
                    f"at least min_replicas ({lo})")
            v.check(1 <= a.cpu_utilization <= 100, "autoscaling.cpu_utilization", a.cpu_utilization, "a percentage from 1 to 100")
        if p.ingress is not None:
            for name in ("tls_secret", "cluster_issuer"):
                value = getattr(p.ingress, name)
                v.check(value is None or is_dns1123_label(value), f"ingress.{name}", value, DNS1123_RULE)
        if p.ingress is not None and p.ingress.host is not None:
            labels = p.ingress.host.split(".")
            v.check(all(is_dns1123_label(x) for x in labels) and len(labels) >= 2, "ingress.host", p.ingress.host,
                    "a DNS name made of DNS-1123 labels, such as 'api.example.com'")
        for i, peer in enumerate(p.allow_from):
            if (bad := peer.problem(f"allow_from[{i}]")) is not None:
                v.add(bad.field, bad.value, bad.allowed)
        if (d := p.database) is not None:
            for name in ("cluster", "namespace", "issuer", "store"):
                v.check(is_dns1123_label(getattr(d, name)), f"database.{name}", getattr(d, name), DNS1123_RULE)
            v.check(isinstance(d.password_key, str) and bool(d.password_key.strip()), "database.password_key",
                    d.password_key, "an AWS Secrets Manager secret name")
            v.check(isinstance(d.database, str) and bool(re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", d.database)),
                    "database.database", d.database, "a plain PostgreSQL identifier: lower case, digits and '_'")
            role = d.role(p.name)
            v.check(isinstance(role, str) and bool(_ROLE.match(role)) and role != "postgres", "database.user", role,
                    "a role name of lower case letters, digits, '_' and '-', at most 63, not the superuser 'postgres'")
            for key in sorted(set(p.env_vars) & set(DATABASE_ENV)):
                v.add(f"env_vars.{key}", p.env_vars[key], "not set by hand: `database` wires the DATABASE_* variables")
        self._check_more(p, v)
        v.raise_if_any()

    def _check_more(self, props: SecureAppProps, problems: Problems) -> None:
        """Extension hook: a subclass checks its own props here, so one error still lists every problem."""
