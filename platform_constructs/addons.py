"""Platform add-ons: the controllers the constructs rely on, installed and upgraded by Argo CD from pinned Helm charts.

`PlatformAddons` renders one Argo CD `Application` per enabled add-on (a Helm source pinned to an exact chart
version, values built from typed settings) plus the `addons` AppProject allowed to pull those charts. Sync
waves order them: Argo CD itself, then the add-ons that install CRDs, then the controllers that use those
CRDs, then the edge and node agents; everything else (the platform app, team apps) stays at wave 0. Argo CD
waits for an Application to be healthy before the next wave only with the `argoproj.io_Application` health
check, which the Argo CD add-on configures, together with a Rollout check that reports a paused canary as
`Suspended`.

Not in the catalogue, on purpose: the CSI snapshot controller. The AWS CDK app installs the EKS
`snapshot-controller` add-on (cdk/platform_infra/cluster.py), which owns the `snapshot.storage.k8s.io` CRDs;
a second copy from Argo CD would fight it. `CLUSTER_PROVIDED_CRD_GROUPS` records that Velero's CSI
snapshots rely on it.

Workload identity: the AWS CDK app binds IAM roles to service accounts with EKS Pod Identity. Each AWS-calling
add-on takes its `AddonIdentity` (namespace, service account, role ARN) from the same values the CDK app
writes (`platform_values(env)` in main.py); the chart creates exactly that service account in exactly that
namespace. IRSA role annotations are added only for an identity whose mode is `IRSA`.

Pods that cannot pass the restricted guardrails (node-level agents) are listed as typed, expiring
`RequiredException`s on `PlatformAddons.required_exceptions`, for the guardrails to turn into
PolicyExceptions.
"""
from __future__ import annotations

import copy
import datetime
import enum
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _addon_charts as charts
from ._errors import Problem, Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label, qualified_image, repository_of
from .alerting import AlertRouting
from .argocd import ARGOCD_NAMESPACE, IN_CLUSTER, project_sync_windows
from .imports.argocd_application.io import argoproj as app_api
from .imports.argocd_appproject.io import argoproj as project_api
from .imports.external_secrets_externalsecrets.io import external_secrets as eso
from .network import NAME_LABEL, Peer, Port, isolate
from .postgres import POD_IDENTITY_AGENT
from .settings import EnvironmentSettings, PolicyAction, Resources
from .tls import DnsZone, in_zone

# Namespaces that exist before any add-on and that several add-ons may share; every other add-on namespace
# belongs to exactly one add-on, which creates it.
SHARED_NAMESPACES = ("kube-system",)
# CRD groups the cluster has before Argo CD syncs anything (EKS add-ons installed by the AWS CDK app).
CLUSTER_PROVIDED_CRD_GROUPS = frozenset({"snapshot.storage.k8s.io"})
# Waves: lower syncs first. Users (platform app, team apps) are at 0.
WAVE_PROJECT, WAVE_ARGOCD, WAVE_CRDS, WAVE_CONTROLLERS, WAVE_EDGE = -60, -50, -40, -30, -20
ADDONS_PROJECT = "addons"
_EXACT_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\Z", re.ASCII)
_ROLE_ARN = re.compile(r"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,64}\Z", re.ASCII)
_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d\Z", re.ASCII)
_DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\Z", re.ASCII)
EXACT_VERSION_RULE = "an exact chart version such as '1.2.3' (no range, '*', 'latest', 'HEAD' or 'v' prefix)"


class IdentityMode(enum.Enum):
    """How a service account gets its IAM role."""

    POD_IDENTITY = "pod-identity"
    IRSA = "irsa"


class FailurePolicy(enum.Enum):
    """What the API server does when an admission webhook does not answer."""

    FAIL = "Fail"
    IGNORE = "Ignore"


class Guardrail(enum.Enum):
    """Platform guardrail policies an add-on pod may need an exception from (names of the guardrail policies)."""

    HOST_PATH = "disallow-host-path"
    HOST_NAMESPACES = "disallow-host-namespaces"
    HOST_PORTS = "disallow-host-ports"
    PRIVILEGED = "disallow-privileged-containers"
    VOLUME_TYPES = "restrict-volume-types"
    CAPABILITIES = "restrict-capabilities"
    PRIVILEGE_ESCALATION = "disallow-privilege-escalation"
    RUN_AS_NON_ROOT = "require-run-as-non-root"
    SECCOMP = "restrict-seccomp"
    READ_ONLY_ROOT_FILESYSTEM = "require-read-only-root-filesystem"
    APPARMOR = "restrict-apparmor-annotations"


# Guardrails that Pod Security Admission itself enforces at 'baseline' (a namespace needing an exception from
# one of them cannot carry the 'restricted' or 'baseline' PSA label) or only at 'restricted'.
_BASELINE_CONTROLS = {Guardrail.HOST_PATH, Guardrail.HOST_NAMESPACES, Guardrail.HOST_PORTS, Guardrail.PRIVILEGED,
                      Guardrail.CAPABILITIES, Guardrail.APPARMOR}
_RESTRICTED_CONTROLS = {Guardrail.VOLUME_TYPES, Guardrail.PRIVILEGE_ESCALATION, Guardrail.RUN_AS_NON_ROOT,
                        Guardrail.SECCOMP}


@dataclass(frozen=True, kw_only=True, slots=True)
class HelmChart:
    """A Helm chart pinned to one exact version."""

    repo_url: str
    """HTTPS URL of the chart repository."""
    chart: str
    """Chart name in that repository."""
    version: str
    """Exact chart version; ranges, '*', 'latest' and 'HEAD' are refused so upgrades are reviewed commits."""
    v_prefix: bool = False
    """Default: False. True for a repository that publishes its versions as 'v1.2.3' (jetstack's cert-manager), where
    that spelling is the exact version and '1.2.3' would not resolve."""

    @classmethod
    def pinned(cls, pin: charts.PinnedChart) -> HelmChart:
        return cls(repo_url=pin.repo_url, chart=pin.chart, version=pin.version, v_prefix=pin.version.startswith("v"))

    def problems(self, prefix: str) -> list[Problem]:
        out = []
        if (not isinstance(self.version, str) or self.version.startswith("v") != self.v_prefix
                or not _EXACT_VERSION.match(self.version.removeprefix("v"))):
            rule = EXACT_VERSION_RULE.replace("'1.2.3'", "'v1.2.3'").replace(" or 'v' prefix", "") if self.v_prefix else EXACT_VERSION_RULE
            out.append(Problem(f"{prefix}.version", self.version, rule))
        if not isinstance(self.repo_url, str) or not self.repo_url.startswith("https://"):
            out.append(Problem(f"{prefix}.repo_url", self.repo_url, "an https:// chart repository URL"))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class AddonIdentity:
    """The IAM role bound to an add-on's service account, as the AWS CDK app defines it (never retyped)."""

    namespace: str
    """Namespace of the service account; the add-on is installed there."""
    service_account: str
    """Name of the service account the chart must create."""
    role_arn: str
    """IAM role ARN; written into the service account only for IRSA."""
    mode: IdentityMode = IdentityMode.POD_IDENTITY
    """Default: POD_IDENTITY, what the AWS CDK app sets up; the service account then carries no role annotation."""

    def problems(self, prefix: str) -> list[Problem]:
        out = []
        if not is_dns1123_label(self.namespace):
            out.append(Problem(f"{prefix}.namespace", self.namespace, DNS1123_RULE))
        if not (isinstance(self.service_account, str) and _DNS1123_SUBDOMAIN.match(self.service_account)):
            out.append(Problem(f"{prefix}.service_account", self.service_account, "a DNS-1123 subdomain"))
        if not (isinstance(self.role_arn, str) and _ROLE_ARN.match(self.role_arn)):
            out.append(Problem(f"{prefix}.role_arn", self.role_arn, "an IAM role ARN 'arn:aws:iam::<12 digits>:role/<name>'"))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class AwsTargets:
    """What the AWS CDK app provides to the add-ons (map `platform_values(env)` into this in main.py)."""

    region: str
    """AWS region of the cluster."""
    cluster_name: str
    """EKS cluster name (the autoscaler's auto-discovery tag, the load balancer controller)."""
    vpc_name: str
    """Value of the VPC's Name tag; pods cannot reach IMDS (hop limit 1), so the controller finds the VPC by tag."""
    velero_bucket: str
    """S3 bucket of Velero's BackupStorageLocation."""
    backup_kms_key_alias: str
    """KMS key alias that encrypts the backup bucket."""
    container_log_group: str
    """CloudWatch log group Fluent Bit writes container logs to (created by the CDK app)."""
    velero: AddonIdentity | None = None
    """Default: None. Required when Velero is enabled."""
    external_secrets: AddonIdentity | None = None
    """Default: None. Required when external-secrets is enabled."""
    load_balancer_controller: AddonIdentity | None = None
    """Default: None. Required when the AWS Load Balancer Controller is enabled."""
    cluster_autoscaler: AddonIdentity | None = None
    """Default: None. Required when the cluster autoscaler is enabled."""
    fluent_bit: AddonIdentity | None = None
    """Default: None. Required when Fluent Bit is enabled."""
    kyverno: AddonIdentity | None = None
    """Default: None. Required when Kyverno is enabled: its admission controller reads the signatures it verifies from
    ECR (read-only, the services' repositories only)."""
    cert_manager: AddonIdentity | None = None
    """Default: None. Required when cert-manager is enabled: its controller writes ACME DNS-01 challenges in `dns_zone`."""
    external_dns: AddonIdentity | None = None
    """Default: None. Required when external-dns is enabled: it writes the Ingresses' records in `dns_zone`."""
    dns_zone: DnsZone | None = None
    """Default: None. The public hosted zone every Ingress host lies in (`platform_values(env).dns_zone`); required when
    cert-manager or external-dns is enabled, and the environment's domain must lie in it."""
    mirrors: Mapping[str, str] = field(default_factory=dict)
    """Default: empty, every chart pulls from its upstream registry. Upstream registry host to its ECR pull-through
    mirror ('quay.io' -> '<registry>/quay'), from `platform_values(env).mirrors`: the registry guardrail admits only
    the environment's ECR registry, so each chart image whose upstream has a mirror is pointed at it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class RequiredException:
    """A narrow, expiring exception from platform guardrails for one add-on's pods, with the reason why."""

    namespace: str
    """Namespace of the pods."""
    name_pattern: str
    """Pod name pattern ('*' any characters, '?' one), as narrow as the workload allows."""
    workload_kind: str
    """Kind of the workload that owns the pods ('DaemonSet', 'Deployment'), for a per-workload PolicyException."""
    workload_name: str
    """Name of that workload (the chart's release-derived name)."""
    service_account: str
    """The ServiceAccount the chart creates for those pods: the exception matches only pods running as it."""
    policies: tuple[Guardrail, ...]
    """The guardrails the pods cannot pass."""
    reason: str
    """Why the pods need it, in plain words, for the reviewer."""
    expires: datetime.date | None
    """Last day the exception applies; after it the guardrail applies again until someone re-reviews."""

    def problems(self, prefix: str = "exception") -> list[Problem]:
        out = []
        if not isinstance(self.reason, str) or len(self.reason.strip()) < 10:
            out.append(Problem(f"{prefix}.reason", self.reason, "a written reason of at least 10 characters"))
        if not isinstance(self.expires, datetime.date):
            out.append(Problem(f"{prefix}.expires", self.expires, "a date after which the exception lapses"))
        if not self.policies or not all(isinstance(p, Guardrail) for p in self.policies):
            out.append(Problem(f"{prefix}.policies", self.policies, "at least one Guardrail"))
        return out


# ----- per-add-on settings -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ArgoCdSso:
    """Single sign-on for Argo CD through an OIDC provider. The token's `groups` claim is what the AppProject roles
    (TeamProject's developer, viewer and on-call) and `admin_groups` match: the same group names the team's
    Kubernetes RBAC binds, so one identity-provider group gives the same people the same rights in both."""

    issuer: str
    """The provider's issuer URL (https)."""
    client_id: str
    """Argo CD's client id at the provider."""
    secret_name: str = "argocd-oidc"
    """The Secret (in Argo CD's namespace, key 'clientSecret') holding the client secret; SsoClientSecret syncs it from
    Secrets Manager. Default: 'argocd-oidc'."""
    admin_groups: tuple[str, ...] = ()
    """Groups given Argo CD's built-in admin role. Default: none; everyone else gets nothing beyond their
    projects' roles (no default role)."""

    def problems(self) -> list[Problem]:
        out = []
        if not (isinstance(self.issuer, str) and self.issuer.startswith("https://") and " " not in self.issuer):
            out.append(Problem("argocd.sso.issuer", self.issuer, "an https:// URL"))
        if not (isinstance(self.client_id, str) and self.client_id.strip()):
            out.append(Problem("argocd.sso.client_id", self.client_id, "a non-empty client id"))
        if not is_dns1123_label(self.secret_name):
            out.append(Problem("argocd.sso.secret_name", self.secret_name, DNS1123_RULE))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class ArgoCdAddon:
    """Argo CD itself, self-managed after the bootstrap `helm install` (docs/bootstrap.md)."""

    enabled: bool = True
    """Default: True. Turning it off leaves Argo CD to be managed by hand."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.ARGO_CD))
    """Default: argo-cd 10.1.1 (Argo CD v3.4)."""
    sso: ArgoCdSso | None = None
    """OIDC single sign-on mapping the provider's groups to the projects' roles. Default: none (local users only,
    so the AppProject roles' groups match nobody)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class RolloutsAddon:
    """Argo Rollouts, the controller behind CanaryRollout."""

    enabled: bool = True
    """Default: True."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.ARGO_ROLLOUTS))
    """Default: argo-rollouts 2.41.0 (Argo Rollouts v1.9.0)."""
    namespace: str = "argo-rollouts"
    """Default: 'argo-rollouts'."""
    dashboard: bool = False
    """Default: False. The dashboard is an unauthenticated write UI; use the kubectl plugin or Argo CD."""


@dataclass(frozen=True, kw_only=True, slots=True)
class KyvernoAddon:
    """Kyverno, the engine of the platform guardrails."""

    enabled: bool = True
    """Default: True."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.KYVERNO))
    """Default: kyverno 3.9.0 (Kyverno v1.19)."""
    namespace: str = "kyverno"
    """Default: 'kyverno'."""
    webhook_timeout_seconds: int = 5
    """Default: 5 seconds, so a slow Kyverno adds at most 5 s to an API request (the API server allows 1 to 30)."""
    failure_policy: FailurePolicy | None = None
    """Default: None, derived from the environment: Fail where guardrails enforce (an unchecked object never gets
    in while Kyverno is down), Ignore where they only audit (dev keeps working)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class VeleroAddon:
    """Velero, backing up to the CDK app's bucket with CSI snapshots."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.velero`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.VELERO))
    """Default: velero 12.1.0 (Velero v1.18)."""
    aws_plugin_image: str = "docker.io/velero/velero-plugin-for-aws:v1.14.0"
    """Default: 'docker.io/velero/velero-plugin-for-aws:v1.14.0', the plugin release paired with Velero v1.18
    (pulled through the Docker Hub mirror when the environment has one)."""
    node_agent: bool = True
    """Default: True. The node agent runs the data mover, which copies each CSI snapshot's data into the backup
    storage location (S3), so a backup outlives the snapshot's volume, zone and region (issue 18, item 9). It runs
    without host paths or privileges (no file-system backups) but as root, the chart's default, so it adds a
    RequiredException from run-as-non-root. False leaves volume backups as same-region snapshots only."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ExternalSecretsAddon:
    """external-secrets, reading AWS Secrets Manager for ExternalSecrets."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.external_secrets`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.EXTERNAL_SECRETS))
    """Default: external-secrets 2.9.0."""


@dataclass(frozen=True, kw_only=True, slots=True)
class MonitoringAddon:
    """kube-prometheus-stack: Prometheus, Alertmanager and Grafana with the dashboard sidecar."""

    enabled: bool = True
    """Default: True."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.KUBE_PROMETHEUS_STACK))
    """Default: kube-prometheus-stack 88.5.3 (prometheus-operator v0.93)."""
    namespace: str = "monitoring"
    """Default: 'monitoring'."""
    retention: str = "15d"
    """Default: '15d' of metrics in Prometheus; long-term storage is out of scope."""
    grafana_admin_secret: str = "grafana-admin"
    """Default: 'grafana-admin', a Secret (keys admin-user, admin-password) created at bootstrap, never the
    chart's well-known default password."""
    dashboard_label: str = "grafana_dashboard"
    """Default: 'grafana_dashboard'. ConfigMaps with this label (value '1') in any namespace become dashboards."""
    alerts: AlertRouting | None = None
    """Where alerts go (platform_constructs.alerting). Default: None, the chart's own configuration, whose only
    receiver is null: no alert reaches anyone. Render `AlertReceivers` with the same routing for its credentials."""


@dataclass(frozen=True, kw_only=True, slots=True)
class IngressNginxAddon:
    """ingress-nginx, the ingress controller and canary traffic router (SecureApp admits exactly its pods)."""

    enabled: bool = True
    """Default: True."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.INGRESS_NGINX))
    """Default: ingress-nginx 4.14.1 (controller v1.14.1)."""
    class_name: str = "nginx"
    """Default: 'nginx', the IngressClass SecureApp's IngressOptions use."""
    internet_facing: bool = True
    """Default: True, an internet-facing NLB; False gives an internal one."""


@dataclass(frozen=True, kw_only=True, slots=True)
class LoadBalancerControllerAddon:
    """AWS Load Balancer Controller, which provisions the NLB in front of ingress-nginx."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.load_balancer_controller`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.AWS_LOAD_BALANCER_CONTROLLER))
    """Default: aws-load-balancer-controller 3.5.0."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClusterAutoscalerAddon:
    """Cluster autoscaler for the CDK app's managed node groups."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.cluster_autoscaler`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.CLUSTER_AUTOSCALER))
    """Default: cluster-autoscaler 9.52.1."""


@dataclass(frozen=True, kw_only=True, slots=True)
class FluentBitAddon:
    """Fluent Bit, shipping every container's logs to the CDK app's CloudWatch log group."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.fluent_bit`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.FLUENT_BIT))
    """Default: fluent-bit 0.58.1."""


@dataclass(frozen=True, kw_only=True, slots=True)
class FalcoAddon:
    """Falco runtime security with a few platform rules, alerts routed to Alertmanager by falcosidekick."""

    enabled: bool = True
    """Default: True."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.FALCO))
    """Default: falco 7.2.1."""
    namespace: str = "falco"
    """Default: 'falco'."""
    database_namespaces: tuple[str, ...] = ("databases",)
    """Default: ('databases',), where PostgresCluster runs; outbound connections from there are watched."""
    database_egress_ports: tuple[int, ...] = (53, 443, 5432)
    """Default: DNS, HTTPS (S3 backups, AWS APIs) and PostgreSQL replication; any other outbound port alerts."""


@dataclass(frozen=True, kw_only=True, slots=True)
class CertManagerAddon:
    """cert-manager, issuing the Ingresses' certificates from the ACME issuer (platform_constructs.tls.AcmeIssuer)."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.cert_manager` and `AwsTargets.dns_zone`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.CERT_MANAGER))
    """Default: cert-manager v1.21.1."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ExternalDnsAddon:
    """external-dns, pointing each Ingress host at the load balancer in the environment's zone."""

    enabled: bool = True
    """Default: True. Needs `AwsTargets.external_dns` and `AwsTargets.dns_zone`."""
    chart: HelmChart = field(default_factory=lambda: HelmChart.pinned(charts.EXTERNAL_DNS))
    """Default: external-dns 1.21.1 (external-dns v0.21)."""
    prune: bool = True
    """Default: True (policy 'sync'): the record of an Ingress that is gone is deleted, so no name keeps pointing at a
    load balancer that no longer serves it; external-dns deletes only records its TXT registry marks as this
    cluster's. False ('upsert-only') never deletes."""


@dataclass(frozen=True, kw_only=True, slots=True)
class PlatformAddonsProps:
    """The add-on catalogue for one environment."""

    env: EnvironmentSettings
    """The environment: replicas (HA), sync policy, guardrail mode."""
    aws: AwsTargets
    """Names and identities from the AWS CDK app."""
    exceptions_expire: datetime.date | None = datetime.date(2027, 6, 30)
    """Default: 2027-06-30. Every guardrail exception lapses then, so each one is re-reviewed at least yearly."""
    argocd: ArgoCdAddon = field(default_factory=ArgoCdAddon)
    """Argo CD (see ArgoCdAddon)."""
    rollouts: RolloutsAddon = field(default_factory=RolloutsAddon)
    """Argo Rollouts (see RolloutsAddon)."""
    kyverno: KyvernoAddon = field(default_factory=KyvernoAddon)
    """Kyverno (see KyvernoAddon)."""
    velero: VeleroAddon = field(default_factory=VeleroAddon)
    """Velero (see VeleroAddon)."""
    external_secrets: ExternalSecretsAddon = field(default_factory=ExternalSecretsAddon)
    """external-secrets (see ExternalSecretsAddon)."""
    monitoring: MonitoringAddon = field(default_factory=MonitoringAddon)
    """kube-prometheus-stack (see MonitoringAddon)."""
    ingress_nginx: IngressNginxAddon = field(default_factory=IngressNginxAddon)
    """ingress-nginx (see IngressNginxAddon)."""
    load_balancer_controller: LoadBalancerControllerAddon = field(default_factory=LoadBalancerControllerAddon)
    """AWS Load Balancer Controller (see LoadBalancerControllerAddon)."""
    cluster_autoscaler: ClusterAutoscalerAddon = field(default_factory=ClusterAutoscalerAddon)
    """Cluster autoscaler (see ClusterAutoscalerAddon)."""
    fluent_bit: FluentBitAddon = field(default_factory=FluentBitAddon)
    """Fluent Bit (see FluentBitAddon)."""
    falco: FalcoAddon = field(default_factory=FalcoAddon)
    """Falco (see FalcoAddon)."""
    cert_manager: CertManagerAddon = field(default_factory=CertManagerAddon)
    """cert-manager (see CertManagerAddon)."""
    external_dns: ExternalDnsAddon = field(default_factory=ExternalDnsAddon)
    """external-dns (see ExternalDnsAddon)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class AddonNetworkProps:
    """What an add-on whose chart renders no NetworkPolicies may reach, for `AddonNetwork` to isolate it."""

    namespace: str
    """The add-on's namespace; every pod in it is isolated."""
    egress_ports: tuple[Port, ...] = (Port.tcp(443),)
    """Ports its pods may reach at any address: public AWS APIs, which no address block names (Route 53 has no VPC
    endpoint), and with them the Kubernetes API. Default: HTTPS only."""
    metrics_port: int | None = None
    """The port Prometheus scrapes (nothing else is admitted). Default: none, nothing reaches the pods."""
    prometheus: Peer = Peer.namespace_pods("monitoring", {NAME_LABEL: "prometheus"})
    """Default: the Prometheus pods of kube-prometheus-stack in 'monitoring'."""


class AddonNetwork(Construct):
    """NetworkPolicies isolating an add-on whose chart renders none (external-dns): default deny, DNS to kube-dns,
    `egress_ports` to any address, the node's Pod Identity agent (where the AWS SDK gets the role's credentials) and
    Prometheus to the metrics port. Put it in the platform chart (wave 0, after the add-on created its namespace)."""

    def __init__(self, scope: Construct, id: str, *, props: AddonNetworkProps):
        with unique_id(scope, id, "AddonNetwork"):
            super().__init__(scope, id)
        p = Problems("AddonNetwork", self)
        p.check(is_dns1123_label(props.namespace), "namespace", props.namespace, DNS1123_RULE)
        for i, port in enumerate(props.egress_ports):
            if (bad := port.problem(f"egress_ports[{i}]")) is not None:
                p.add(bad.field, bad.value, bad.allowed)
        if props.metrics_port is not None and (bad := Port.tcp(props.metrics_port).problem("metrics_port")) is not None:
            p.add(bad.field, bad.value, bad.allowed)
        p.raise_if_any()
        isolate(self, props.namespace)
        meta = lambda name: k8s.ObjectMeta(name=name, namespace=props.namespace)  # noqa: E731
        egress = [k8s.NetworkPolicyEgressRule(ports=[port.render() for port in props.egress_ports]),
                  k8s.NetworkPolicyEgressRule(to=[POD_IDENTITY_AGENT.render()], ports=[Port.tcp(80).render()])]
        k8s.KubeNetworkPolicy(self, "Egress", metadata=meta("allow-egress"), spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(), policy_types=["Egress"], egress=egress))
        if props.metrics_port is not None:
            k8s.KubeNetworkPolicy(self, "Metrics", metadata=meta(f"allow-from-{props.prometheus.key}"), spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(), policy_types=["Ingress"], ingress=[k8s.NetworkPolicyIngressRule(
                    from_=[props.prometheus.render()], ports=[Port.tcp(props.metrics_port).render()])]))


@dataclass(frozen=True, slots=True)
class Addon:
    """One rendered add-on: what its Application installs, where, in which wave, and what it needs."""

    name: str
    namespace: str
    chart: HelmChart
    values: dict
    wave: int
    provides_crd_groups: frozenset[str] = frozenset()
    needs_crd_groups: frozenset[str] = frozenset()
    needs_addons: frozenset[str] = frozenset()
    identity: AddonIdentity | None = None
    service_account_path: str | None = None
    """Dotted values path that names the chart's service account (checked against `identity`)."""
    exceptions: tuple[RequiredException, ...] = ()
    images: tuple[str, ...] = ()
    """Images the catalogue adds to the chart's values itself (Velero's AWS plugin), beside the chart's inventory."""
    network: AddonNetworkProps | None = None
    """NetworkPolicies the platform renders for an add-on whose chart has none (`AddonNetwork`). Default: none."""

    @property
    def pod_security_level(self) -> str:
        """The namespace's Pod Security `enforce` level: the strictest its exceptions allow."""
        needed = {p for e in self.exceptions for p in e.policies}
        if needed & _BASELINE_CONTROLS:
            return "privileged"
        return "baseline" if needed & _RESTRICTED_CONTROLS else "restricted"


# ----- values helpers ------------------------------------------------------------------------------------------

_SECCOMP = {"type": "RuntimeDefault"}


def restricted_pod_context(uid: int) -> dict:
    return {"runAsNonRoot": True, "runAsUser": uid, "runAsGroup": uid, "fsGroup": uid, "seccompProfile": dict(_SECCOMP)}


def restricted_container_context(uid: int) -> dict:
    return {"allowPrivilegeEscalation": False, "privileged": False, "readOnlyRootFilesystem": True,
            "runAsNonRoot": True, "runAsUser": uid, "runAsGroup": uid, "capabilities": {"drop": ["ALL"]},
            "seccompProfile": dict(_SECCOMP)}


def resources(r: Resources) -> dict:
    return {"requests": {"cpu": r.cpu_request, "memory": r.memory_request},
            "limits": {"cpu": r.cpu_limit, "memory": r.memory_limit}}


_SMALL = Resources(cpu_request="50m", cpu_limit="500m", memory_request="128Mi", memory_limit="256Mi")
_MEDIUM = Resources(cpu_request="250m", cpu_limit="1", memory_request="512Mi", memory_limit="1Gi")
_LARGE = Resources(cpu_request="500m", cpu_limit="2", memory_request="2Gi", memory_limit="4Gi")


def _service_account(identity: AddonIdentity) -> dict:
    annotations = {"eks.amazonaws.com/role-arn": identity.role_arn} if identity.mode is IdentityMode.IRSA else {}
    return {"create": True, "name": identity.service_account, "annotations": annotations}


# Lua health checks for argocd-cm. Application: restores the health of child Applications (removed from Argo CD
# in 1.8), without which sync waves in an app-of-apps do not wait. Rollout: a paused canary is 'Suspended' (not
# 'Progressing' forever, not 'Healthy'), an aborted or failing one 'Degraded'.
APPLICATION_HEALTH_LUA = """\
hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
"""

ROLLOUT_HEALTH_LUA = """\
hs = {}
if obj.status == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the rollout controller"
  return hs
end
if obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil
    and tostring(obj.metadata.generation) ~= tostring(obj.status.observedGeneration) then
  hs.status = "Progressing"
  hs.message = "Waiting for the rollout controller to observe the new spec"
  return hs
end
local phase = obj.status.phase
local message = obj.status.message or ""
if obj.spec ~= nil and obj.spec.paused == true then
  phase = "Paused"
end
if phase == "Paused" then
  hs.status = "Suspended"
  if message == "" then message = "Rollout is paused" end
elseif phase == "Healthy" then
  hs.status = "Healthy"
elseif phase == "Degraded" then
  hs.status = "Degraded"
else
  hs.status = "Progressing"
end
hs.message = message
return hs
"""


def _node(values: dict, path: str) -> tuple[dict, str]:
    """The mapping that holds `path`'s last key (created on the way), and that key."""
    *parents, leaf = path.split(".")
    for part in parents:
        values = values.setdefault(part, {})
    return values, leaf


def mirrored(chart: charts.PinnedChart, values: dict, mirrors: Mapping[str, str]) -> dict:
    """`values` with each image `chart` runs pointed at the environment's pull-through mirror of its registry."""
    for image in chart.images:
        value = image.mirrored(mirrors)
        if value is not None and charts.runs(image.only_if, values):
            node, leaf = _node(values, image.key)
            node[leaf] = value
    return values


# What every add-on container gets unless its builder set more (a user ID, a larger size): the parts of the
# restricted profile that need no knowledge of the image, which keeps the chart's own user IDs.
_RESTRICTED_CONTAINER_DEFAULTS = {"allowPrivilegeEscalation": False, "privileged": False, "readOnlyRootFilesystem": True,
                                  "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}, "seccompProfile": _SECCOMP}
_RESTRICTED_POD_DEFAULTS = {"runAsNonRoot": True, "seccompProfile": _SECCOMP}


def hardened(chart: charts.PinnedChart, values: dict) -> dict:
    """`values` with every container `chart` runs given resources and a restricted securityContext, where the
    add-on did not set them itself; fields a container's exception covers (`keep`) are left to the chart."""
    for c in chart.containers:
        if not charts.runs(c.only_if, values):
            continue
        node, leaf = _node(values, c.resources)
        node.setdefault(leaf, resources(_SMALL))
        for path, defaults in ((c.container_context, _RESTRICTED_CONTAINER_DEFAULTS), (c.pod_context, _RESTRICTED_POD_DEFAULTS)):
            if path:
                node, leaf = _node(values, path)
                context = node.setdefault(leaf, {})
                for field_, value in defaults.items():
                    if field_ not in c.keep:
                        context.setdefault(field_, copy.deepcopy(value))  # never share nested dicts between add-ons
    return values


# ----- the add-ons ---------------------------------------------------------------------------------------------


def _argocd(p: PlatformAddonsProps) -> Addon:
    env, ha = p.env, p.env.require_high_availability
    replicas = 2 if ha else 1
    values: dict[str, Any] = {
        "global": {"domain": f"argocd.{env.domain}"},
        "crds": {"keep": True},
        "dex": {"enabled": False},
        "redis-ha": {"enabled": ha},
        "controller": {"replicas": 1, "resources": resources(_LARGE)},
        "server": {"replicas": replicas, "resources": resources(_SMALL)},
        "repoServer": {"replicas": replicas, "resources": resources(_MEDIUM)},
        "applicationSet": {"replicas": replicas, "resources": resources(_SMALL)},
        "notifications": {"resources": resources(_SMALL)},
        "configs": {"cm": {
            "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA,
            "resource.customizations.health.argoproj.io_Rollout": ROLLOUT_HEALTH_LUA,
        }},
    }
    if (sso := p.argocd.sso) is not None:
        # `$<secret>:<key>` reads a Secret labelled part-of argocd; `scopes: [groups]` makes the token's groups what
        # project roles and policy.csv match. No default role: SSO users get only what their groups are given.
        values["configs"]["cm"] |= {"url": f"https://argocd.{env.domain}",
                                    "oidc.config": yaml.safe_dump({
                                        "name": "SSO", "issuer": sso.issuer, "clientID": sso.client_id,
                                        "clientSecret": f"${sso.secret_name}:clientSecret",
                                        "requestedScopes": ["openid", "profile", "email", "groups"],
                                        "requestedIDTokenClaims": {"groups": {"essential": True}}}, sort_keys=True)}
        values["configs"]["rbac"] = {"policy.default": "", "scopes": "[groups]",
                                     "policy.csv": "".join(f"g, {g}, role:admin\n" for g in sso.admin_groups)}
    if not ha:  # the single redis (redis-ha replaces it), sized by `hardened`
        # Without its own ServiceAccount the redis pod runs as 'default', which the guardrails refuse.
        values["redis"] = {"serviceAccount": {"create": True}}
    return Addon("argo-cd", ARGOCD_NAMESPACE, p.argocd.chart, values, WAVE_ARGOCD,
                 provides_crd_groups=frozenset({"argoproj.io"}))


def _rollouts(p: PlatformAddonsProps) -> Addon:
    s = p.rollouts
    values = {
        "installCRDs": True, "keepCRDs": True,
        "dashboard": {"enabled": s.dashboard},
        "controller": {"replicas": 2 if p.env.require_high_availability else 1, "resources": resources(_SMALL),
                       "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}}},
        "podSecurityContext": restricted_pod_context(999),
        "containerSecurityContext": restricted_container_context(999),
    }
    return Addon("argo-rollouts", s.namespace, s.chart, values, WAVE_CONTROLLERS,
                 provides_crd_groups=frozenset({"argoproj.io"}), needs_crd_groups=frozenset({"monitoring.coreos.com"}))


def _kyverno(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    s, ha = p.kyverno, p.env.require_high_availability
    enforce = p.env.policy_action is PolicyAction.ENFORCE
    failure = s.failure_policy or (FailurePolicy.FAIL if enforce else FailurePolicy.IGNORE)
    values = {
        # Never intercept the control plane's own namespace: a Kyverno outage must not block kube-system.
        "config": {"webhooks": {"namespaceSelector": {"matchExpressions": [
            {"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": ["kube-system", s.namespace]}]}}},
        "features": {"forceFailurePolicyIgnore": {"enabled": failure is FailurePolicy.IGNORE}},
        "admissionController": {
            "replicas": 3 if ha else 1,
            "container": {"extraArgs": {"webhookTimeout": str(s.webhook_timeout_seconds)},
                          "resources": resources(_MEDIUM)},
            "serviceMonitor": {"enabled": True},
            # Its own AWS identity (Pod Identity): verifying a signature reads the image's signature artefacts
            # from ECR, and the node's IMDS is out of reach for pods (hop limit 1).
            "rbac": {"serviceAccount": {k: v for k, v in _service_account(identity).items() if k != "create"}},
        },
        "backgroundController": {"replicas": 2 if ha else 1, "resources": resources(_SMALL)},
        "cleanupController": {"replicas": 2 if ha else 1, "resources": resources(_SMALL)},
        "reportsController": {"replicas": 2 if ha else 1, "resources": resources(_SMALL)},
    }
    return Addon("kyverno", s.namespace, s.chart, values, WAVE_CONTROLLERS, identity=identity,
                 service_account_path="admissionController.rbac.serviceAccount.name",
                 provides_crd_groups=frozenset({"kyverno.io", "policies.kyverno.io", "reports.kyverno.io",
                                                "wgpolicyk8s.io"}),
                 needs_crd_groups=frozenset({"monitoring.coreos.com"}))


def _velero(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    s, aws = p.velero, p.aws
    plugin = charts.through_mirror(qualified_image(s.aws_plugin_image), p.aws.mirrors) or s.aws_plugin_image
    values = {
        "configuration": {
            "backupStorageLocation": [{"name": "default", "provider": "aws", "bucket": aws.velero_bucket,
                                       "default": True,
                                       "config": {"region": aws.region, "kmsKeyId": aws.backup_kms_key_alias}}],
            "volumeSnapshotLocation": [{"name": "default", "provider": "aws", "config": {"region": aws.region}}],
            "features": "EnableCSI",
        },
        "snapshotsEnabled": True,
        "deployNodeAgent": s.node_agent,
        # Data mover only: the node agent hands each snapshot to a data mover pod through a PVC, so it needs no host
        # path (that is for file-system backups, which the Schedules never ask for) and no privileges.
        "nodeAgent": {
            "disableHostPath": True, "useScratchEmptyDir": True, "resources": resources(_MEDIUM),
            "podSecurityContext": {"runAsUser": 0, "seccompProfile": dict(_SECCOMP)},
            "containerSecurityContext": {k: v for k, v in restricted_container_context(0).items()
                                         if k not in ("runAsNonRoot", "runAsUser", "runAsGroup")},
        },
        "credentials": {"useSecret": False},  # Pod Identity (or IRSA) supplies credentials
        "serviceAccount": {"server": _service_account(identity)},
        "initContainers": [{
            "name": "velero-plugin-for-aws",
            "image": plugin,
            "imagePullPolicy": "IfNotPresent",
            "volumeMounts": [{"mountPath": "/target", "name": "plugins"}],
            "securityContext": restricted_container_context(65532), "resources": resources(_SMALL),
        }],
        "podSecurityContext": restricted_pod_context(65532),
        "containerSecurityContext": restricted_container_context(65532),
        "resources": resources(_MEDIUM),
        "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}},
    }
    exceptions = (RequiredException(
        namespace=identity.namespace, name_pattern="node-agent-?????", workload_kind="DaemonSet",
        workload_name="node-agent", service_account=identity.service_account,  # the chart runs it as the server's
        policies=(Guardrail.RUN_AS_NON_ROOT,),
        reason="Velero's node agent runs as root (its chart's default) to move snapshot data of volumes any user owns; "
               "no host path, no privileges, every capability dropped",
        expires=p.exceptions_expire),) if s.node_agent else ()
    return Addon("velero", identity.namespace, s.chart, values, WAVE_CONTROLLERS,
                 provides_crd_groups=frozenset({"velero.io"}),
                 needs_crd_groups=frozenset({"monitoring.coreos.com", "snapshot.storage.k8s.io"}),
                 identity=identity, service_account_path="serviceAccount.server.name",
                 exceptions=exceptions, images=(plugin,))


def _external_secrets(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    s, ha = p.external_secrets, p.env.require_high_availability
    def restricted(replicas: int) -> dict:
        return {"replicaCount": replicas, "podSecurityContext": restricted_pod_context(1000),
                "securityContext": restricted_container_context(1000), "resources": resources(_SMALL)}

    values = {"installCRDs": True, "leaderElect": True, "serviceAccount": _service_account(identity),
              **restricted(2 if ha else 1), "webhook": restricted(2 if ha else 1), "certController": restricted(1)}
    return Addon("external-secrets", identity.namespace, s.chart, values, WAVE_CONTROLLERS,
                 provides_crd_groups=frozenset({"external-secrets.io", "generators.external-secrets.io"}),
                 identity=identity, service_account_path="serviceAccount.name")


def _monitoring(p: PlatformAddonsProps) -> Addon:
    s, ha = p.monitoring, p.env.require_high_availability
    values = {
        "crds": {"enabled": True},
        "prometheusOperator": {"resources": resources(_SMALL)},
        "prometheus": {"prometheusSpec": {
            "replicas": 2 if ha else 1, "retention": s.retention, "resources": resources(_LARGE),
            # Select every ServiceMonitor/PodMonitor/rule in the cluster, not only this release's.
            "serviceMonitorSelectorNilUsesHelmValues": False, "podMonitorSelectorNilUsesHelmValues": False,
            "ruleSelectorNilUsesHelmValues": False, "probeSelectorNilUsesHelmValues": False,
        }},
        "alertmanager": {"enabled": True, "alertmanagerSpec": {
            "replicas": 2 if ha else 1, "resources": resources(_SMALL),
            **({"secrets": [s.alerts.secret_name]} if s.alerts else {})},  # mounted under alerting.SECRETS_DIR
            **({"config": s.alerts.config()} if s.alerts else {})},
        "grafana": {
            "enabled": True, "resources": resources(_SMALL),
            "admin": {"existingSecret": s.grafana_admin_secret, "userKey": "admin-user", "passwordKey": "admin-password"},
            "sidecar": {"dashboards": {"enabled": True, "label": s.dashboard_label, "labelValue": "1",
                                       "searchNamespace": "ALL"}},
        },
        "nodeExporter": {"enabled": True},
        # EKS runs the control plane out of reach: nothing answers on these targets, so their Services (in
        # kube-system) and their "down" alerts would fire for ever. kube-proxy binds its metrics to 127.0.0.1
        # there. The helm render showed them; CoreDNS, in the cluster, stays scraped.
        **{component: {"enabled": False} for component in ("kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy")},
    }
    exceptions = (RequiredException(
        namespace=s.namespace, name_pattern="kube-prometheus-stack-prometheus-node-exporter-?????",
        workload_kind="DaemonSet", workload_name="kube-prometheus-stack-prometheus-node-exporter",
        service_account="kube-prometheus-stack-prometheus-node-exporter",
        policies=(Guardrail.HOST_NAMESPACES, Guardrail.HOST_PATH, Guardrail.VOLUME_TYPES, Guardrail.HOST_PORTS),
        reason="node-exporter reports node metrics: it reads /proc, /sys and / from the host in the host's "
               "network and PID namespaces, listening on a host port",
        expires=p.exceptions_expire),)
    return Addon("kube-prometheus-stack", s.namespace, s.chart, values, WAVE_CRDS,
                 provides_crd_groups=frozenset({"monitoring.coreos.com"}), exceptions=exceptions)


def _ingress_nginx(p: PlatformAddonsProps) -> Addon:
    s = p.ingress_nginx
    values = {"controller": {
        "replicaCount": p.env.replicas,
        "ingressClassResource": {"name": s.class_name, "default": True},
        "allowSnippetAnnotations": False,  # snippets let any Ingress author inject nginx config
        # An NLB from the AWS Load Balancer Controller, straight to the pods (IP targets).
        "service": {"annotations": {
            "service.beta.kubernetes.io/aws-load-balancer-type": "external",
            "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
            "service.beta.kubernetes.io/aws-load-balancer-scheme": "internet-facing" if s.internet_facing else "internal",
        }},
        "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}},
        "resources": resources(_MEDIUM),
    }}
    exceptions = (RequiredException(
        namespace="ingress-nginx", name_pattern="ingress-nginx-controller-*", workload_kind="Deployment",
        workload_name="ingress-nginx-controller", service_account="ingress-nginx",
        policies=(Guardrail.READ_ONLY_ROOT_FILESYSTEM,),
        reason="the controller renders nginx.conf and writes nginx temp files under /etc/nginx and /tmp at runtime",
        expires=p.exceptions_expire),)
    return Addon("ingress-nginx", "ingress-nginx", s.chart, values, WAVE_EDGE,
                 needs_crd_groups=frozenset({"monitoring.coreos.com"}),
                 needs_addons=frozenset({"aws-load-balancer-controller"}), exceptions=exceptions)


def _load_balancer_controller(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    aws = p.aws
    values = {
        "clusterName": aws.cluster_name, "region": aws.region, "vpcTags": {"Name": aws.vpc_name},
        "replicaCount": 2 if p.env.require_high_availability else 1,
        # Only Services that ask for it (ingress-nginx's) get an NLB; others keep their own type.
        "enableServiceMutatorWebhook": False,
        "serviceAccount": _service_account(identity),
        "podSecurityContext": restricted_pod_context(65534),
        "securityContext": restricted_container_context(65534),
        "resources": resources(_SMALL),
    }
    return Addon("aws-load-balancer-controller", identity.namespace, p.load_balancer_controller.chart, values,
                 WAVE_CRDS, provides_crd_groups=frozenset({"elbv2.k8s.aws"}), identity=identity,
                 service_account_path="serviceAccount.name")


def _cluster_autoscaler(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    aws = p.aws
    values = {
        "cloudProvider": "aws", "awsRegion": aws.region, "autoDiscovery": {"clusterName": aws.cluster_name},
        "replicaCount": 1,
        "extraArgs": {"balance-similar-node-groups": True, "expander": "least-waste",
                      "skip-nodes-with-local-storage": False},
        "rbac": {"serviceAccount": _service_account(identity)},
        "securityContext": restricted_pod_context(65534),
        "containerSecurityContext": restricted_container_context(65534),
        "resources": resources(_SMALL),
    }
    return Addon("cluster-autoscaler", identity.namespace, p.cluster_autoscaler.chart, values, WAVE_CONTROLLERS,
                 identity=identity, service_account_path="rbac.serviceAccount.name")


_FLUENT_BIT_INPUTS = """\
[INPUT]
    Name              tail
    Path              /var/log/containers/*.log
    multiline.parser  docker, cri
    Tag               kube.*
    Mem_Buf_Limit     50MB
    Skip_Long_Lines   On
"""
_FLUENT_BIT_FILTERS = """\
[FILTER]
    Name                kubernetes
    Match               kube.*
    Merge_Log           On
    Keep_Log            Off
    K8S-Logging.Parser  On
    K8S-Logging.Exclude On
"""


def _fluent_bit(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    aws = p.aws
    outputs = (
        "[OUTPUT]\n"
        "    Name               cloudwatch_logs\n"
        "    Match              kube.*\n"
        f"    region             {aws.region}\n"
        f"    log_group_name     {aws.container_log_group}\n"
        "    log_stream_prefix  ${HOSTNAME}.\n"
        # The CDK app owns the group (retention, KMS); Fluent Bit only writes streams into it.
        "    auto_create_group  false\n"
    )
    values = {
        "serviceAccount": _service_account(identity),
        "tolerations": [{"operator": "Exists"}],  # every node, including the tainted system and data pools
        "config": {"inputs": _FLUENT_BIT_INPUTS, "filters": _FLUENT_BIT_FILTERS, "outputs": outputs},
        "podSecurityContext": {"seccompProfile": dict(_SECCOMP)},
        "securityContext": {"allowPrivilegeEscalation": False, "privileged": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]}},
        "resources": resources(_SMALL),
    }
    exceptions = (RequiredException(
        namespace=identity.namespace, name_pattern="fluent-bit-?????", workload_kind="DaemonSet",
        workload_name="fluent-bit", service_account=identity.service_account,
        policies=(Guardrail.HOST_PATH, Guardrail.VOLUME_TYPES, Guardrail.RUN_AS_NON_ROOT),
        reason="the log shipper reads every container's log files from the node (/var/log, hostPath), "
               "which only root may read, to send them to CloudWatch",
        expires=p.exceptions_expire),)
    return Addon("fluent-bit", identity.namespace, p.fluent_bit.chart, values, WAVE_EDGE, identity=identity,
                 service_account_path="serviceAccount.name", exceptions=exceptions)


def falco_rules(s: FalcoAddon) -> str:
    """The platform's Falco rules: shell in a container, writes below binary dirs, database egress."""
    where = "ns=%k8s.ns.name pod=%k8s.pod.name image=%container.image.repository cmdline=%proc.cmdline"
    shells = "ash, bash, csh, dash, ksh, sh, tcsh, zsh"
    binary_dirs = "/bin, /sbin, /usr/bin, /usr/sbin, /usr/local/bin, /usr/local/sbin"
    ports = "platform_database_egress_ports"
    rules = [
        {"list": "platform_database_namespaces", "items": list(s.database_namespaces)},
        {"list": ports, "items": sorted(s.database_egress_ports)},
        {"rule": "Platform shell in container",
         "desc": "An interactive shell started in a container; changes go through Git, not exec.",
         "condition": f"spawned_process and container and proc.name in ({shells}) and proc.tty != 0",
         "output": f"Shell in container (user=%user.name {where})", "priority": "WARNING",
         "tags": ["platform", "shell"]},
        {"rule": "Platform write below binary dir",
         "desc": "A container process wrote below a binary directory; images are immutable.",
         "condition": f"open_write and container and fd.directory in ({binary_dirs})",
         "output": f"Write below binary dir (file=%fd.name {where})", "priority": "ERROR",
         "tags": ["platform", "filesystem"]},
        {"rule": "Platform unexpected outbound connection from database namespace",
         "desc": "A database pod connected out on a port the platform does not expect (exfiltration, reverse shell).",
         "condition": f"outbound and container and k8s.ns.name in (platform_database_namespaces) "
                      f"and not fd.sport in ({ports}) and not fd.rport in ({ports})",
         "output": f"Unexpected outbound connection from database namespace (connection=%fd.name {where})",
         "priority": "ERROR", "tags": ["platform", "network"]},
    ]
    return yaml.safe_dump(rules, sort_keys=False, width=1_000)


def _falco(p: PlatformAddonsProps) -> Addon:
    s = p.falco
    alertmanager = f"http://kube-prometheus-stack-alertmanager.{p.monitoring.namespace}.svc:9093"
    values = {
        # modern eBPF needs no kernel module; least-privileged mode grants capabilities instead of privileged.
        "driver": {"kind": "modern_ebpf", "modernEbpf": {"leastPrivileged": True}},
        "tty": True,
        "falco": {"json_output": True},
        "customRules": {"platform-rules.yaml": falco_rules(s)},
        "falcosidekick": {"enabled": True, "config": {"alertmanager": {"hostport": alertmanager,
                                                                       "minimumpriority": "warning"}}},
        "resources": resources(_MEDIUM),
    }
    exceptions = (RequiredException(
        namespace=s.namespace, name_pattern="falco-?????", workload_kind="DaemonSet", workload_name="falco",
        service_account="falco",
        policies=(Guardrail.CAPABILITIES, Guardrail.PRIVILEGE_ESCALATION, Guardrail.HOST_PATH, Guardrail.VOLUME_TYPES,
                  Guardrail.RUN_AS_NON_ROOT, Guardrail.SECCOMP, Guardrail.READ_ONLY_ROOT_FILESYSTEM, Guardrail.APPARMOR),
        reason="Falco loads an eBPF probe (BPF, PERFMON, SYS_RESOURCE, SYS_PTRACE capabilities as root, AppArmor "
               "unconfined, which the chart sets for its least-privileged modern eBPF driver) and reads /proc, /etc "
               "and the container runtime socket from the host to watch every container's syscalls",
        expires=p.exceptions_expire),)
    needs = frozenset({"kube-prometheus-stack"}) if p.monitoring.enabled else frozenset()
    return Addon("falco", s.namespace, s.chart, values, WAVE_EDGE, needs_addons=needs, exceptions=exceptions)


# cert-manager's webhook port: the kubelet's, which the EKS control plane may reach on every node (its security
# group), so the API server can call the webhook without a rule of its own.
CERT_MANAGER_WEBHOOK_PORT = 10250


def _https_and_dns() -> dict:
    """An egress rule to any address on 443 (TCP) and 53 (UDP and TCP)."""
    return {"ports": [{"port": 443, "protocol": "TCP"}, {"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]}


def _cert_manager(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    replicas = 2 if p.env.require_high_availability else 1
    # The chart's NetworkPolicies, narrowed: the controller reaches the ACME server, Route 53, STS and the API server on
    # 443 (public endpoints: no address block names them), DNS (its DNS-01 self-check asks the zone's name servers) and
    # the Pod Identity agent; nothing on 80 (no HTTP-01). The webhook and cainjector only talk to the API server. Each
    # component admits scrapes of its metrics, and the webhook the API server on its port, from anywhere.
    values = {
        "crds": {"enabled": True, "keep": True},
        "global": {"leaderElection": {"namespace": identity.namespace}},  # its own namespace, not kube-system
        "replicaCount": replicas,
        "serviceAccount": _service_account(identity),
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": True}},
        # The EKS Pod Identity agent on the node is where the AWS SDK fetches the role's credentials.
        "networkPolicy": {"enabled": True, "egress": [_https_and_dns(), {
            "to": [{"ipBlock": {"cidr": POD_IDENTITY_AGENT.cidr}}], "ports": [{"port": 80, "protocol": "TCP"}]}]},
        "webhook": {"replicaCount": replicas, "securePort": CERT_MANAGER_WEBHOOK_PORT,
                    "networkPolicy": {"enabled": True, "egress": [_https_and_dns()]}},
        "cainjector": {"replicaCount": replicas, "networkPolicy": {"enabled": True, "egress": [_https_and_dns()]}},
    }
    return Addon("cert-manager", identity.namespace, p.cert_manager.chart, values, WAVE_CONTROLLERS,
                 provides_crd_groups=frozenset({"cert-manager.io", "acme.cert-manager.io"}),
                 needs_crd_groups=frozenset({"monitoring.coreos.com"}),
                 identity=identity, service_account_path="serviceAccount.name")


EXTERNAL_DNS_METRICS_PORT = 7979  # the chart's container port 'http' (metrics and health), not a values key


def _external_dns(p: PlatformAddonsProps, identity: AddonIdentity) -> Addon:
    zone = p.aws.dns_zone
    assert zone is not None  # checked by PlatformAddons before any builder runs
    values = {
        "provider": {"name": "aws"},
        "sources": ["ingress"],  # names come from Ingresses only (no Service asks for a load balancer of its own)
        "policy": "sync" if p.external_dns.prune else "upsert-only",
        "registry": "txt", "txtOwnerId": p.aws.cluster_name,  # ownership records: it never touches another's records
        # Limited to the zone twice: by name (which hosts it considers) and by id (which zone it writes, even if the
        # account holds another zone of the same name); its IAM role can change that zone only.
        "domainFilters": [zone.name],
        "extraArgs": {"zone-id-filter": [zone.zone_id], "aws-zone-type": "public"},
        "env": [{"name": "AWS_REGION", "value": p.aws.region}],
        "serviceAccount": _service_account(identity),
        "serviceMonitor": {"enabled": True},
    }
    # Its chart renders no NetworkPolicies: the platform isolates it (Route 53 and the API server on 443, DNS, the Pod
    # Identity agent; Prometheus to the metrics port 7979).
    network = AddonNetworkProps(namespace=identity.namespace, metrics_port=EXTERNAL_DNS_METRICS_PORT,
                                prometheus=Peer.namespace_pods(p.monitoring.namespace, {NAME_LABEL: "prometheus"}))
    return Addon("external-dns", identity.namespace, p.external_dns.chart, values, WAVE_EDGE,
                 provides_crd_groups=frozenset({"externaldns.k8s.io"}), needs_crd_groups=frozenset({"monitoring.coreos.com"}),
                 identity=identity, service_account_path="serviceAccount.name", network=network)


_IDENTITY_ADDONS = (
    # (settings field, AwsTargets field, builder)
    ("velero", "velero", _velero),
    ("external_secrets", "external_secrets", _external_secrets),
    ("load_balancer_controller", "load_balancer_controller", _load_balancer_controller),
    ("cluster_autoscaler", "cluster_autoscaler", _cluster_autoscaler),
    ("fluent_bit", "fluent_bit", _fluent_bit),
    ("kyverno", "kyverno", _kyverno),
    ("cert_manager", "cert_manager", _cert_manager),
    ("external_dns", "external_dns", _external_dns),
)
_PLAIN_ADDONS = (("argocd", _argocd), ("rollouts", _rollouts), ("monitoring", _monitoring),
                 ("ingress_nginx", _ingress_nginx), ("falco", _falco))


class PlatformAddons(Construct):
    """One Argo CD Application per enabled add-on, in sync-wave order, and the AppProject they sync under.

    `addons` maps each add-on name to what it renders; `required_exceptions` lists the guardrail exceptions
    the add-on pods need (for the guardrails to turn into PolicyExceptions).
    """

    def __init__(self, scope: Construct, id: str, *, props: PlatformAddonsProps):
        with unique_id(scope, id, "PlatformAddons"):
            super().__init__(scope, id)
        p = Problems("PlatformAddons", self)
        p.extend("", props.env.problems())
        ready: list[tuple[str, Callable[[], Addon]]] = []
        for name, builder in _PLAIN_ADDONS:
            settings = getattr(props, name)
            if settings.enabled:
                p.extend("", settings.chart.problems(f"{name}.chart"))
                ready.append((name, functools.partial(builder, props)))
        for name, aws_field, identity_builder in _IDENTITY_ADDONS:
            settings = getattr(props, name)
            if not settings.enabled:
                continue
            p.extend("", settings.chart.problems(f"{name}.chart"))
            identity = getattr(props.aws, aws_field)
            if identity is None:
                p.add(f"aws.{aws_field}", None, f"a workload identity from the AWS CDK app's platform_values, "
                                                f"because {name} is enabled (or set {name}.enabled=False)")
                continue
            p.extend("", identity.problems(f"aws.{aws_field}"))
            ready.append((name, functools.partial(identity_builder, props, identity)))
        if not _REGION.match(props.aws.region or ""):
            p.add("aws.region", props.aws.region, "an AWS region such as 'eu-west-1'")
        p.check(isinstance(props.kyverno.webhook_timeout_seconds, int) and 1 <= props.kyverno.webhook_timeout_seconds <= 30,
                "kyverno.webhook_timeout_seconds", props.kyverno.webhook_timeout_seconds, "a whole number from 1 to 30")
        for port in props.falco.database_egress_ports:
            p.check(isinstance(port, int) and 1 <= port <= 65535, "falco.database_egress_ports", port,
                    "port numbers from 1 to 65535")
        for name in ("rollouts", "kyverno", "monitoring", "falco"):
            ns = getattr(props, name).namespace
            p.check(is_dns1123_label(ns), f"{name}.namespace", ns, DNS1123_RULE)
        if props.argocd.sso is not None:
            p.extend("", props.argocd.sso.problems())
        if props.cert_manager.enabled or props.external_dns.enabled:
            zone = props.aws.dns_zone
            if zone is None:
                p.add("aws.dns_zone", None, "the public hosted zone from the AWS CDK app's platform_values, because "
                                            "cert-manager or external-dns is enabled")
            elif bad := zone.problems("aws.dns_zone"):
                p.extend("", bad)
            else:
                p.check(in_zone(props.env.domain, zone.name), "aws.dns_zone.name", zone.name,
                        f"the zone holding the environment's domain '{props.env.domain}', where the Ingress hosts are")
        if props.kyverno.enabled and props.aws.kyverno is not None:
            p.check(props.aws.kyverno.namespace == props.kyverno.namespace, "aws.kyverno.namespace",
                    props.aws.kyverno.namespace, f"kyverno's namespace '{props.kyverno.namespace}', where its service account is")
        p.raise_if_any()

        built = [make() for _, make in ready]
        for addon in built:
            if addon.name in charts.BY_NAME:
                hardened(charts.BY_NAME[addon.name], mirrored(charts.BY_NAME[addon.name], addon.values, props.aws.mirrors))
        owners: dict[str, str] = {}
        for addon in built:
            if addon.namespace in SHARED_NAMESPACES:
                continue
            if addon.namespace in owners:
                p.add(f"{addon.name}.namespace", addon.namespace,
                      f"a namespace no other add-on claims ('{owners[addon.namespace]}' already installs there); "
                      f"only {', '.join(SHARED_NAMESPACES)} is shared")
            owners.setdefault(addon.namespace, addon.name)
        for addon in built:
            for i, exception in enumerate(addon.exceptions):
                p.extend("", exception.problems(f"{addon.name}.exceptions[{i}]"))
        if props.monitoring.alerts is not None:
            p.extend("", props.monitoring.alerts.problems("monitoring.alerts"))
        p.raise_if_any()

        self.addons: dict[str, Addon] = {a.name: a for a in built}
        self.required_exceptions: tuple[RequiredException, ...] = tuple(e for a in built for e in a.exceptions)
        # Every repository the add-ons pull from (the chart inventories, through the mirrors): the guardrails
        # admit these and no other image from a mirror.
        self.image_repositories: tuple[str, ...] = tuple(sorted(
            {r for a in built if a.name in charts.BY_NAME for i in charts.BY_NAME[a.name].images for r in i.pulled(props.aws.mirrors)}
            | {repository_of(i) for a in built for i in a.images}))
        self.project = self._project(built, props.env)
        self.applications = {a.name: self._application(a, props.env) for a in built}

    def _project(self, addons: list[Addon], env: EnvironmentSettings) -> project_api.AppProject:
        return project_api.AppProject(self, "Project", metadata={
            "name": ADDONS_PROJECT, "namespace": ARGOCD_NAMESPACE,
            "annotations": {"argocd.argoproj.io/sync-wave": str(WAVE_PROJECT)}},  # before the Applications naming it
                                      spec=project_api.AppProjectSpec(
            description="platform add-ons from pinned Helm charts",
            source_repos=sorted({a.chart.repo_url for a in addons}),
            destinations=[project_api.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=ns)
                          for ns in sorted({a.namespace for a in addons})],
            # Add-ons install CRDs, cluster roles and admission webhooks.
            cluster_resource_whitelist=[project_api.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")],
            # Add-on upgrades wait for the environment's change window like every other sync; a sync by hand
            # (an Argo CD administrator's) stays possible at any hour.
            sync_windows=project_sync_windows(env),
        ))

    def _application(self, addon: Addon, env: EnvironmentSettings) -> app_api.Application:
        shared = addon.namespace in SHARED_NAMESPACES
        level = addon.pod_security_level
        namespace_labels = None if shared else app_api.ApplicationSpecSyncPolicyManagedNamespaceMetadata(labels={
            "pod-security.kubernetes.io/enforce": level,
            "pod-security.kubernetes.io/enforce-version": env.pod_security_version,
            "pod-security.kubernetes.io/warn": "restricted",
            "pod-security.kubernetes.io/audit": "restricted",
        })
        # CRDs of several charts exceed the client-side apply annotation limit: apply server-side.
        options = [f"CreateNamespace={'false' if shared else 'true'}", "ServerSideApply=true", "PruneLast=true"]
        # No resources finalizer: deleting an add-on's Application must never cascade into its CRDs (and every
        # custom resource in the cluster) or, for Argo CD, into Argo CD itself.
        return app_api.Application(self, addon.name, metadata={
            "name": addon.name, "namespace": ARGOCD_NAMESPACE,
            "annotations": {"argocd.argoproj.io/sync-wave": str(addon.wave)},
            "labels": {"platform.io/component": "addon"},
        }, spec=app_api.ApplicationSpec(
            project=ADDONS_PROJECT,
            source=app_api.ApplicationSpecSource(
                repo_url=addon.chart.repo_url, chart=addon.chart.chart, target_revision=addon.chart.version,
                helm=app_api.ApplicationSpecSourceHelm(release_name=addon.name, values_object=dict(addon.values),
                                                  skip_tests=True)),  # helm test pods are not part of a sync
            destination=app_api.ApplicationSpecDestination(server=IN_CLUSTER, namespace=addon.namespace),
            sync_policy=app_api.ApplicationSpecSyncPolicy(
                automated=app_api.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True) if env.auto_sync else None,
                retry=app_api.ApplicationSpecSyncPolicyRetry(limit=5, backoff=app_api.ApplicationSpecSyncPolicyRetryBackoff(
                    duration="10s", factor=2, max_duration="5m")),
                sync_options=options, managed_namespace_metadata=namespace_labels),
            revision_history_limit=10,
        ))


@dataclass(frozen=True, kw_only=True, slots=True)
class AwsSecretsManagerStoreProps:
    """A ClusterSecretStore reading AWS Secrets Manager with external-secrets' own identity."""

    region: str
    """AWS region of the secrets."""
    identity: AddonIdentity
    """external-secrets' workload identity (the same one PlatformAddons installs the chart with)."""
    name: str = "aws-secrets-manager"
    """Default: 'aws-secrets-manager', the store ExternalSecrets reference."""
    namespaces: Sequence[str] = ()
    """The only namespaces whose ExternalSecrets the store serves (its `conditions`). Default: none, which is
    refused unless `any_namespace` is set: a store every namespace can use hands every namespace its secrets."""
    role_arn: str | None = None
    """An IAM role the store assumes (with external-secrets' identity) to read exactly its scope's secrets.
    Default: none, external-secrets' own identity reads."""
    any_namespace: bool = False
    """Serve every namespace. Default: False."""


class AwsSecretsManagerStore(Construct):
    """The `ClusterSecretStore` for AWS Secrets Manager, rendered as a plain ApiObject (no binding: see cdk8s.yaml).

    Put it in the platform chart: the platform app syncs at wave 0, after external-secrets installed its CRDs.
    With Pod Identity the controller's own credentials are used (no auth block); with IRSA the store names the
    service account whose token is exchanged. IAM limits reads to the environment's secrets prefix.
    """

    def __init__(self, scope: Construct, id: str, *, props: AwsSecretsManagerStoreProps):
        with unique_id(scope, id, "AwsSecretsManagerStore"):
            super().__init__(scope, id)
        p = Problems("AwsSecretsManagerStore", self)
        p.check(bool(_REGION.match(props.region or "")), "region", props.region, "an AWS region such as 'eu-west-1'")
        p.check(is_dns1123_label(props.name), "name", props.name, DNS1123_RULE)
        p.extend("", props.identity.problems("identity"))
        p.check(bool(props.namespaces) != props.any_namespace, "namespaces", list(props.namespaces),
                "the namespaces the store serves, or none with any_namespace=True (then every namespace reads its secrets)")
        for i, ns in enumerate(props.namespaces):
            p.check(is_dns1123_label(ns), f"namespaces[{i}]", ns, DNS1123_RULE)
        p.check(props.role_arn is None or bool(_ROLE_ARN.match(props.role_arn)), "role_arn", props.role_arn,
                "an IAM role ARN 'arn:<partition>:iam::<account>:role/<name>'")
        p.raise_if_any()
        aws: dict = {"service": "SecretsManager", "region": props.region, **({"role": props.role_arn} if props.role_arn else {})}
        if props.identity.mode is IdentityMode.IRSA:
            aws["auth"] = {"jwt": {"serviceAccountRef": {"name": props.identity.service_account,
                                                         "namespace": props.identity.namespace}}}
        self.resource = ApiObject(self, "Resource", api_version="external-secrets.io/v1", kind="ClusterSecretStore",
                                  metadata=ApiObjectMetadata(name=props.name))
        conditions = [{"namespaces": sorted(set(props.namespaces))}] if props.namespaces else []
        self.resource.add_json_patch(JsonPatch.add("/spec", {**({"conditions": conditions} if conditions else {}),
                                                             "provider": {"aws": aws}}))


class SsoClientSecret(Construct):
    """The ExternalSecret that syncs Argo CD's OIDC client secret (property 'clientSecret' of the Secrets Manager
    secret `remote_key`) into `sso.secret_name`, labelled so Argo CD reads it. Put it in the platform chart.
    Child id: `Resource`."""

    def __init__(self, scope: Construct, id: str, *, sso: ArgoCdSso, remote_key: str, store: str):
        with unique_id(scope, id, "SsoClientSecret"):
            super().__init__(scope, id)
        p = Problems("SsoClientSecret", self)
        p.extend("", sso.problems())
        p.check(bool(remote_key.strip()), "remote_key", remote_key, "a Secrets Manager secret name")
        p.check(is_dns1123_label(store), "store", store, DNS1123_RULE)
        p.raise_if_any()
        self.resource = eso.ExternalSecret(self, "Resource", metadata=ApiObjectMetadata(
            name=sso.secret_name, namespace=ARGOCD_NAMESPACE), spec=eso.ExternalSecretSpec(
            refresh_interval="1h",
            secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=store),
            target=eso.ExternalSecretSpecTarget(
                name=sso.secret_name, creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                template=eso.ExternalSecretSpecTargetTemplate(metadata=eso.ExternalSecretSpecTargetTemplateMetadata(
                    labels={"app.kubernetes.io/part-of": "argocd"}))),
            data=[eso.ExternalSecretSpecData(secret_key="clientSecret", remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                key=remote_key, property="clientSecret"))]))


__all__ = [
    "Addon", "AddonIdentity", "AddonNetwork", "AddonNetworkProps", "ArgoCdAddon", "ArgoCdSso", "SsoClientSecret", "AwsSecretsManagerStore",
    "AwsSecretsManagerStoreProps", "AwsTargets", "CertManagerAddon", "DnsZone", "ExternalDnsAddon",
    "ClusterAutoscalerAddon", "ExternalSecretsAddon", "FailurePolicy", "FalcoAddon", "FluentBitAddon", "Guardrail",
    "HelmChart", "IdentityMode", "IngressNginxAddon", "KyvernoAddon", "LoadBalancerControllerAddon",
    "MonitoringAddon", "PlatformAddons", "PlatformAddonsProps", "RequiredException", "RolloutsAddon", "VeleroAddon",
]
