"""Typed, secure-by-default cdk8s constructs for the platform."""
from ._errors import Problem, PropsError
from ._pg_plan import RecoveryObjective
from ._pod import HttpProbes
from ._promql import HttpMetrics
from .addons import (
    AddonIdentity,
    AddonNetwork,
    AddonNetworkProps,
    ArgoCdAddon,
    ArgoCdSso,
    AwsSecretsManagerStore,
    AwsSecretsManagerStoreProps,
    AwsTargets,
    FailurePolicy,
    Guardrail,
    HelmChart,
    IdentityMode,
    PlatformAddons,
    PlatformAddonsProps,
    RequiredException,
    SsoClientSecret,
)
from .argocd import ClusterBootstrap, ClusterBootstrapProps, GitOpsRepo, TeamProject, TeamProjectProps
from .backup import BackupSchedule, BackupScheduleProps
from .canary import CanaryAnalysis, CanaryRollout, CanaryRolloutProps, LatencyQuantile, PromQLMetric, SuccessRate, TrafficRouter
from .guardrails import ExemptKind, Guardrails, GuardrailsProps, PolicyExceptionProps, SignatureRule, Violation, evaluate, evaluate_tree
from .isolated_namespace import IsolatedNamespace, IsolatedNamespaceProps
from .network import Peer, Port
from .observability import (
    AlertRule,
    AppMonitoring,
    AppMonitoringProps,
    GrafanaDashboard,
    GrafanaDashboardProps,
    HttpSlo,
    Monitoring,
    PrometheusRule,
    PrometheusRuleProps,
    RecordingRule,
    RuleGroup,
    ServiceMonitor,
    ServiceMonitorProps,
    Severity,
    rollout_rules,
    slo_dashboard,
    slo_rules,
    volume_rules,
    workload_rules,
)
from .output import LayoutChart, render, write_tree
from .postgres import (
    BackupStorage,
    Credentials,
    NodePlacement,
    PostgresCluster,
    PostgresClusterProps,
    RestoreFrom,
    StorageClasses,
    StorageClassesProps,
    Toleration,
)
from .releases import ReleaseFileError, ReleasePins
from .secure_app import Autoscaling, DatabaseConnection, IngressOptions, SecureApp, SecureAppProps
from .settings import (
    CanaryPlan,
    CanaryStep,
    DatabaseSettings,
    Duration,
    EnvironmentSettings,
    HumanAccess,
    NamespaceQuota,
    PolicyAction,
    Resources,
    StepKind,
    SyncWindow,
    environment,
    environments,
)
from .team import TeamChart
from .tls import AcmeIssuer, AcmeIssuerProps, DatabaseCa, DatabaseCaProps, DnsZone

__all__ = [
    "BackupSchedule", "BackupScheduleProps", "BackupStorage", "Credentials", "DatabaseSettings", "NodePlacement",
    "PostgresCluster", "PostgresClusterProps", "RecoveryObjective", "RestoreFrom", "StorageClasses",
    "StorageClassesProps", "Toleration",
    "ArgoCdAddon", "ArgoCdSso", "SsoClientSecret", "AcmeIssuer", "AcmeIssuerProps", "DatabaseCa", "DatabaseCaProps",
    "DatabaseConnection", "DnsZone",
    "AddonNetwork", "AddonNetworkProps",
    "AddonIdentity", "AlertRule", "AppMonitoring", "AppMonitoringProps", "Autoscaling", "AwsSecretsManagerStore",
    "AwsSecretsManagerStoreProps", "AwsTargets", "CanaryAnalysis", "CanaryPlan", "CanaryRollout", "CanaryRolloutProps",
    "CanaryStep", "ClusterBootstrap", "ClusterBootstrapProps", "Duration", "EnvironmentSettings", "ExemptKind",
    "FailurePolicy", "GitOpsRepo", "GrafanaDashboard", "GrafanaDashboardProps", "Guardrail", "Guardrails",
    "GuardrailsProps", "HelmChart", "HttpMetrics", "HttpProbes", "HttpSlo", "HumanAccess", "IdentityMode",
    "IngressOptions", "IsolatedNamespace", "IsolatedNamespaceProps", "LatencyQuantile", "LayoutChart", "Monitoring",
    "NamespaceQuota", "Peer", "PlatformAddons", "PlatformAddonsProps", "PolicyAction", "PolicyExceptionProps", "Port",
    "Problem", "PrometheusRule", "PrometheusRuleProps", "PromQLMetric", "PropsError", "RecordingRule",
    "ReleaseFileError", "ReleasePins", "RequiredException", "Resources", "RuleGroup", "SecureApp", "SecureAppProps",
    "ServiceMonitor", "ServiceMonitorProps", "Severity", "SignatureRule", "StepKind", "SuccessRate", "SyncWindow",
    "TeamChart", "TeamProject", "TeamProjectProps", "TrafficRouter", "Violation", "environment", "environments", "evaluate",
    "evaluate_tree", "render", "rollout_rules", "slo_dashboard", "slo_rules", "volume_rules", "workload_rules",
    "write_tree",
]
