"""Observability for platform apps, in prometheus-operator and Grafana conventions.

- `ServiceMonitor`, `PrometheusRule` and `GrafanaDashboard`: typed constructs for the three objects.
- Rule sets: `slo_rules` (multi-window, multi-burn-rate error and latency budget alerts), `workload_rules`
  (CPU throttling, memory near the limit, restarts, crash loops), `rollout_rules` (a rollout that aborted or
  stalled) and `volume_rules` (a PersistentVolumeClaim nearly full).
- `slo_dashboard`: availability, latency percentiles, error budget left and the canary/stable split.
- `AppMonitoring`: all of it for one SecureApp or CanaryRollout, plus the NetworkPolicy that lets Prometheus in.

Every alert carries a `severity` label and `summary`, `description` and `runbook_url` annotations. The
rules assume the platform's Prometheus scrapes kube-state-metrics, the kubelet (cAdvisor, volume stats) and
the Argo Rollouts controller with `honorLabels: true`, so `namespace` is the object's namespace.
"""
from __future__ import annotations

import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._errors import Problem, Problems, unique_id
from ._k8s import DNS1123_RULE, int_or_string, is_dns1123_label
from ._pod import emit, sorted_keys
from ._promql import APP_LABEL, HASH_LABEL, ROLE_LABEL, HttpMetrics, HttpQueries, number, selector
from .imports.prometheus_operator_prometheusrules.com.coreos import monitoring as rules_api
from .imports.prometheus_operator_servicemonitors.com.coreos import monitoring as monitors_api
from .network import NAME_LABEL, Peer, Port
from .secure_app import METRICS_PORT_NAME, SecureApp
from .settings import Duration

PROMETHEUS = Peer.namespace_pods("monitoring", {NAME_LABEL: "prometheus"})
DASHBOARD_LABEL = "grafana_dashboard"  # the Grafana sidecar's default label for dashboard ConfigMaps
METRICS_LABEL = "platform.example.com/metrics"
# Pod labels copied onto every scraped series, so queries can tell an app's pods and a rollout's versions apart.
ROLLOUT_ROLE_POD_LABEL = "platform.example.com/rollout-role"
POD_LABELS_TO_SERIES = {NAME_LABEL: APP_LABEL, "rollouts-pod-template-hash": HASH_LABEL,
                        ROLLOUT_ROLE_POD_LABEL: ROLE_LABEL}
RUNBOOKS = "https://github.com/example-org/platform/blob/main/docs/runbooks"
RUNBOOK = f"{RUNBOOKS}/rollback.md"
# (long window, short window, burn-rate factor, severity): the SRE workbook's alerts for a 30-day budget.
BURN_WINDOWS = (("1h", "5m", 14.4, "critical"), ("6h", "30m", 6, "critical"),
                ("1d", "2h", 3, "warning"), ("3d", "6h", 1, "warning"))


class Severity(enum.Enum):
    """How urgent an alert is: CRITICAL pages someone now, WARNING opens a ticket for working hours."""

    CRITICAL = "critical"
    WARNING = "warning"


@dataclass(frozen=True, kw_only=True, slots=True)
class Monitoring:
    """Where the platform's Prometheus runs and how alerts link to their runbook."""

    prometheus: Peer = PROMETHEUS
    """Prometheus pods, admitted to the metrics port. Default: monitoring-prometheus, the pods labelled
    app.kubernetes.io/name=prometheus in namespace 'monitoring'."""
    prometheus_url: str = "http://prometheus-operated.monitoring.svc.cluster.local:9090"
    """Default: 'http://prometheus-operated.monitoring.svc.cluster.local:9090', the prometheus-operator's Service in
    'monitoring'; the canary analysis queries it."""
    scrape_interval: Duration = Duration.seconds(30)
    """Default: 30s, fine enough for a 2-minute analysis window to hold several samples per pod."""
    runbook_url: str = RUNBOOK
    """Default: 'https://github.com/example-org/platform/blob/main/docs/runbooks/rollback.md' (this repository's
    runbook); each alert links to its own section."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Extra labels on ServiceMonitors and PrometheusRules, for a Prometheus whose selectors need one.
    Default: none (the platform's Prometheus selects every ServiceMonitor and PrometheusRule)."""


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpSlo:
    """Service level objectives of an HTTP app, over a 30-day error budget."""

    availability: float = 0.999
    """Default: 0.999, at most one request in a thousand answered with a 5xx."""
    latency_seconds: float = 0.5
    """Default: 0.5 seconds; must be a bucket boundary of the latency histogram."""
    latency_objective: float = 0.99
    """Default: 0.99 of requests faster than latency_seconds."""
    metrics: HttpMetrics = field(default_factory=HttpMetrics)
    """Default: the demo-api's metric names, labels and buckets (see HttpMetrics)."""

    def problems(self) -> list[Problem]:
        out = []
        for name in ("availability", "latency_objective"):
            value = getattr(self, name)
            if not _ratio(value) or value >= 1:
                out.append(Problem(f"slo.{name}", value, "a ratio above 0 and below 1, such as 0.999"))
        if not _positive(self.latency_seconds) or float(self.latency_seconds) not in self.metrics.buckets:
            out.append(Problem("slo.latency_seconds", self.latency_seconds,
                               f"a bucket boundary of {self.metrics.duration}: "
                               f"{', '.join(number(b) for b in self.metrics.buckets)}"))
        return out


def _ratio(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


# -- rules -----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class AlertRule:
    """One alerting rule. `for_` is how long the condition must hold before the alert fires."""

    alert: str
    expr: str
    severity: Severity
    summary: str
    description: str
    runbook_url: str
    for_: Duration | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class RecordingRule:
    """One recording rule: `expr` stored as the series `record`."""

    record: str
    expr: str


@dataclass(frozen=True, kw_only=True, slots=True)
class RuleGroup:
    """Rules evaluated together, in order."""

    name: str
    rules: tuple[AlertRule | RecordingRule, ...]


def _anchor(url: str, alert: str) -> str:
    return f"{url}#{alert.lower()}"


def slo_rules(queries: HttpQueries, slo: HttpSlo, *, runbook_url: str = RUNBOOK) -> list[RuleGroup]:
    """Error-rate and latency budget burn: recording rules per window, then the SRE workbook's alert pairs.

    A pair fires when both its long and its short window burn at least as fast as the factor: the long window
    proves the burn is significant, the short one that it is still going on.
    """
    scope = selector(queries.scope)
    level = "_".join(sorted(queries.scope))
    windows = sorted({w for long, short, _, _ in BURN_WINDOWS for w in (long, short)}, key=_seconds)
    by = ", ".join(sorted(queries.scope))  # recorded series keep the scope labels the alerts select on
    sli = {"errors": (lambda w: queries.error_ratio(w, by=by), 1 - slo.availability, "5xx answers", "error"),
           "slow": (lambda w: queries.slow_ratio(slo.latency_seconds, w, by=by), 1 - slo.latency_objective,
                    f"requests slower than {number(slo.latency_seconds)}s", "latency")}
    recordings: list[RecordingRule] = []
    alerts: list[AlertRule] = []
    for kind, (ratio, budget, what, budget_name) in sli.items():
        record = {w: f"{level}:http_requests_{kind}:ratio_rate{w}" for w in windows}
        recordings += [RecordingRule(record=record[w], expr=ratio(w)) for w in windows]
        name = "HttpErrorBudgetBurn" if kind == "errors" else "HttpLatencyBudgetBurn"
        for severity in (Severity.CRITICAL, Severity.WARNING):
            pairs = [(long, short, factor) for long, short, factor, sev in BURN_WINDOWS if sev == severity.value]
            # The burn rate (the ratio in budgets), rounded to a thousandth, at or above the factor: a burn at exactly
            # 14.4x computes as 14.399999999999999 through rate()'s extrapolation, and `ratio > 0.0144` never fired.
            burn = {w: f"round({record[w]}{scope} / {number(budget)}, 0.001)" for w in windows}
            expr = " or ".join(f"({burn[long]} >= {number(factor)} and {burn[short]} >= {number(factor)})"
                               for long, short, factor in pairs)
            fast = severity is Severity.CRITICAL
            alerts.append(AlertRule(
                alert=name, expr=expr, severity=severity, for_=Duration.minutes(2) if fast else Duration.minutes(15),
                summary=f"{{{{ $labels.{APP_LABEL} }}}} in {{{{ $labels.namespace }}}} burns its {budget_name} budget "
                        f"{'fast' if fast else 'steadily'}",
                description=f"The share of {what} would use up the 30-day budget "
                            f"({number(budget)}) {'within days' if fast else 'before the month ends'}.",
                runbook_url=_anchor(runbook_url, name)))
    return [RuleGroup(name="slo-recordings", rules=tuple(recordings)), RuleGroup(name="slo-alerts", rules=tuple(alerts))]


def workload_rules(namespace: str, container: str, *, runbook_url: str = RUNBOOK) -> RuleGroup:
    """CPU throttling, memory close to the limit, restarts and crash loops of one container."""
    sel = selector({"namespace": namespace, "container": container})
    by = "sum by (namespace, pod, container) "
    keep = "max by (namespace, pod, container) "
    limit = selector({"namespace": namespace, "container": container, "resource": "memory"})
    crash = selector({"namespace": namespace, "container": container, "reason": "CrashLoopBackOff"})
    rules = (
        AlertRule(alert="ContainerCpuThrottled", severity=Severity.WARNING, for_=Duration.minutes(15),
                  expr=f"{by}(increase(container_cpu_cfs_throttled_periods_total{sel}[5m])) / "
                       f"{by}(increase(container_cpu_cfs_periods_total{sel}[5m])) > 0.25",
                  summary="{{ $labels.pod }} is CPU-throttled in more than 25% of periods",
                  description="Latency suffers while the CPU limit holds the container back; raise the limit or scale out.",
                  runbook_url=_anchor(runbook_url, "ContainerCpuThrottled")),
        AlertRule(alert="ContainerMemoryNearLimit", severity=Severity.WARNING, for_=Duration.minutes(15),
                  expr=f"{keep}(container_memory_working_set_bytes{sel}) / "
                       f"{keep}(kube_pod_container_resource_limits{limit}) > 0.9",
                  summary="{{ $labels.pod }} uses more than 90% of its memory limit",
                  description="The kernel kills the container (OOMKilled) when it reaches the limit.",
                  runbook_url=_anchor(runbook_url, "ContainerMemoryNearLimit")),
        AlertRule(alert="PodRestarting", severity=Severity.WARNING,
                  # increase() extrapolates to the window's edges: two restarts read as 2.07, so `> 2` fired on two.
                  expr=f"{by}(increase(kube_pod_container_status_restarts_total{sel}[30m])) >= 3",
                  summary="{{ $labels.pod }} restarted more than twice in 30 minutes",
                  description="Failing liveness probes or crashes; check the previous container's logs.",
                  runbook_url=_anchor(runbook_url, "PodRestarting")),
        AlertRule(alert="PodCrashLooping", severity=Severity.CRITICAL, for_=Duration.minutes(10),
                  expr=f"{keep}(max_over_time(kube_pod_container_status_waiting_reason{crash}[5m])) >= 1",
                  summary="{{ $labels.pod }} is in CrashLoopBackOff",
                  description="The container exits right after it starts; a new version doing this should have been "
                              "stopped by its canary, so check whether a rollout is under way.",
                  runbook_url=_anchor(runbook_url, "PodCrashLooping")),
    )
    return RuleGroup(name=f"{container}-workload", rules=rules)


def rollout_rules(namespace: str, rollout: str, *, stall_after: Duration, runbook_url: str = RUNBOOK) -> RuleGroup:
    """A rollout that aborted (analysis failed, progress deadline passed) or stays unfinished for too long."""
    base = {"namespace": namespace, "name": rollout}
    degraded = selector({**base, "phase": "Degraded"})
    unfinished = selector(base, extra=['phase=~"Progressing|Paused"'])
    by = "max by (namespace, name) "
    return RuleGroup(name=f"{rollout}-rollout", rules=(
        AlertRule(alert="RolloutAborted", severity=Severity.WARNING, for_=Duration.minutes(1),
                  expr=f"{by}(rollout_info{degraded}) == 1",
                  summary="Rollout {{ $labels.name }} in {{ $labels.namespace }} aborted",
                  description="Traffic went back to the stable version. Git still asks for the new one: "
                              "fix it or revert it, then retry.",
                  runbook_url=_anchor(runbook_url, "RolloutAborted")),
        AlertRule(alert="RolloutStalled", severity=Severity.WARNING, for_=stall_after,
                  expr=f"{by}(rollout_info{unfinished}) == 1",
                  summary=f"Rollout {{{{ $labels.name }}}} in {{{{ $labels.namespace }}}} unfinished after {stall_after}",
                  description="An inconclusive analysis or a manual pause step waits for someone to promote or abort.",
                  runbook_url=_anchor(runbook_url, "RolloutStalled")),
    ))


def volume_rules(namespace: str, *, runbook_url: str = RUNBOOK) -> RuleGroup:
    """PersistentVolumeClaims of a namespace with less than 10% of their space left."""
    sel = selector({"namespace": namespace})
    return RuleGroup(name=f"{namespace}-volumes", rules=(
        AlertRule(alert="PersistentVolumeNearlyFull", severity=Severity.WARNING, for_=Duration.minutes(5),
                  expr=f"kubelet_volume_stats_available_bytes{sel} / kubelet_volume_stats_capacity_bytes{sel} < 0.1",
                  summary="{{ $labels.persistentvolumeclaim }} in {{ $labels.namespace }} has less than 10% free",
                  description="Writes fail when the volume is full; expand the claim or clean up.",
                  runbook_url=_anchor(runbook_url, "PersistentVolumeNearlyFull")),
    ))


def _seconds(window: str) -> int:
    return int(window[:-1]) * {"m": 60, "h": 3600, "d": 86400}[window[-1]]


# -- constructs ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class ServiceMonitorProps:
    """Props of a ServiceMonitor."""

    name: str
    """Name (DNS-1123 label) of the ServiceMonitor."""
    namespace: str
    """Namespace of the ServiceMonitor and of the Services it selects."""
    service_labels: Mapping[str, str]
    """Labels of the Services whose endpoints are scraped."""
    port: str = "metrics"
    """Default: 'metrics', the Service port name serving metrics (never the one an Ingress routes to)."""
    path: str = "/metrics"
    """Default: '/metrics'."""
    interval: Duration = Duration.seconds(30)
    """Default: 30s."""
    pod_labels: Mapping[str, str] = field(default_factory=lambda: dict(POD_LABELS_TO_SERIES))
    """Pod labels copied onto every series, as {pod label: series label}. Default: the app name ('app'), the
    Argo Rollouts pod template hash and rollout role, which the canary analysis and dashboards select on."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels of the ServiceMonitor itself. Default: none."""


class ServiceMonitor(Construct):
    """A prometheus-operator ServiceMonitor. Child id: `Resource`."""

    def __init__(self, scope: Construct, id: str, *, props: ServiceMonitorProps):
        with unique_id(scope, id, "ServiceMonitor"):
            super().__init__(scope, id)
        p = props
        v = _named("ServiceMonitor", self, p.name, p.namespace)
        v.check(bool(p.service_labels), "service_labels", dict(p.service_labels), "at least one label")
        if (bad := p.interval.problem("interval")) is not None:
            v.add(bad.field, bad.value, bad.allowed)
        v.raise_if_any()
        self.name = p.name
        self.resource = monitors_api.ServiceMonitor(
            self, "Resource", metadata={"name": p.name, "namespace": p.namespace, "labels": dict(p.labels) or None},
            spec=monitors_api.ServiceMonitorSpec(
                selector=monitors_api.ServiceMonitorSpecSelector(match_labels=dict(p.service_labels)),
                namespace_selector=monitors_api.ServiceMonitorSpecNamespaceSelector(match_names=[p.namespace]),
                endpoints=[monitors_api.ServiceMonitorSpecEndpoints(
                    port=p.port, path=p.path, interval=str(p.interval),
                    relabelings=[monitors_api.ServiceMonitorSpecEndpointsRelabelings(
                        source_labels=[f"__meta_kubernetes_pod_label_{_sanitize(pod_label)}"], target_label=series)
                        for pod_label, series in sorted(p.pod_labels.items())] or None)]))


def _named(kind: str, construct: Construct, name: str, namespace: str) -> Problems:
    """A checker that has already checked the object's name and namespace."""
    v = Problems(kind, construct)
    v.check(is_dns1123_label(name), "name", name, DNS1123_RULE)
    v.check(is_dns1123_label(namespace), "namespace", namespace, DNS1123_RULE)
    return v


def _sanitize(label: str) -> str:
    """Prometheus' Kubernetes discovery writes pod label names with every invalid character as '_'."""
    return "".join(c if c.isalnum() or c == "_" else "_" for c in label)


@dataclass(frozen=True, kw_only=True, slots=True)
class PrometheusRuleProps:
    """Props of a PrometheusRule."""

    name: str
    """Name (DNS-1123 label) of the PrometheusRule."""
    namespace: str
    """Namespace of the PrometheusRule."""
    groups: Sequence[RuleGroup]
    """Rule groups; each alert needs a severity, summary and runbook URL."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels of the PrometheusRule itself. Default: none."""


class PrometheusRule(Construct):
    """A prometheus-operator PrometheusRule. Child id: `Resource`."""

    def __init__(self, scope: Construct, id: str, *, props: PrometheusRuleProps):
        with unique_id(scope, id, "PrometheusRule"):
            super().__init__(scope, id)
        p = props
        v = _named("PrometheusRule", self, p.name, p.namespace)
        v.check(len({g.name for g in p.groups}) == len(p.groups), "groups", [g.name for g in p.groups],
                "groups with distinct names")
        for g in p.groups:
            for r in g.rules:
                if isinstance(r, AlertRule):
                    for attr in ("expr", "summary", "runbook_url"):
                        v.check(bool(getattr(r, attr).strip()), f"groups[{g.name}].{r.alert}.{attr}", getattr(r, attr),
                                "a non-empty text")
                    if r.for_ is not None and (bad := r.for_.problem(f"groups[{g.name}].{r.alert}.for_")) is not None:
                        v.add(bad.field, bad.value, bad.allowed)
        v.raise_if_any()
        self.groups = tuple(p.groups)
        # A plain body: the typed binding wraps every rule's expression in a value object, one round trip into the
        # jsii kernel each (24 of an app's 61 per environment); emitted, the whole rule costs three.
        metadata = {"name": p.name, "namespace": p.namespace, **({"labels": dict(p.labels)} if p.labels else {})}
        self.resource = emit(self, "Resource", {
            **_RULE_GVK, "metadata": metadata,
            "spec": sorted_keys({"groups": [{"name": g.name, "rules": [_rule(r) for r in g.rules]} for g in p.groups]})})


# The binding's GVK is a static property of a jsii class: three calls into the kernel on every read, so read once.
_GVK = rules_api.PrometheusRule.GVK
_RULE_GVK = {"apiVersion": _GVK.api_version, "kind": _GVK.kind}


def _rule(r: AlertRule | RecordingRule) -> dict:
    if isinstance(r, RecordingRule):
        return {"record": r.record, "expr": r.expr}
    return {"alert": r.alert, "expr": r.expr, **({"for": str(r.for_)} if r.for_ else {}), "labels": {"severity": r.severity.value},
            "annotations": {"summary": r.summary, "description": r.description, "runbook_url": r.runbook_url}}


@dataclass(frozen=True, kw_only=True, slots=True)
class GrafanaDashboardProps:
    """Props of a GrafanaDashboard."""

    name: str
    """Name (DNS-1123 label) of the ConfigMap; the JSON file in it is '<name>.json'."""
    namespace: str
    """Namespace of the ConfigMap (Grafana's sidecar watches every namespace)."""
    dashboard: Mapping
    """The dashboard model, as Grafana exports it."""


class GrafanaDashboard(Construct):
    """A dashboard as a ConfigMap labelled `grafana_dashboard: "1"`, which Grafana's sidecar loads. Child id: `Resource`."""

    def __init__(self, scope: Construct, id: str, *, props: GrafanaDashboardProps):
        with unique_id(scope, id, "GrafanaDashboard"):
            super().__init__(scope, id)
        p = props
        v = _named("GrafanaDashboard", self, p.name, p.namespace)
        v.check(bool(p.dashboard.get("uid")) and len(p.dashboard.get("uid", "")) <= 40, "dashboard.uid",
                p.dashboard.get("uid"), "a stable uid of at most 40 characters, so links survive a reload")
        v.raise_if_any()
        self.resource = k8s.KubeConfigMap(self, "Resource", metadata=k8s.ObjectMeta(
            name=p.name, namespace=p.namespace, labels={DASHBOARD_LABEL: "1"}),
            data={f"{p.name}.json": json.dumps(p.dashboard, indent=2, sort_keys=True) + "\n"})


def slo_dashboard(*, title: str, uid: str, queries: HttpQueries, slo: HttpSlo) -> dict:
    """Availability and error budget left (30 days), latency percentiles, and the canary vs stable split."""
    q = queries
    budget = 1 - slo.availability
    availability = q.success_ratio("30d")
    datasource = {"type": "prometheus", "uid": "${datasource}"}

    def panel(i: int, title: str, kind: str, targets: list[tuple[str, str]], unit: str, x: int, y: int, w: int,
              h: int) -> dict:
        return {"id": i, "title": title, "type": kind, "datasource": datasource,
                "gridPos": {"x": x, "y": y, "w": w, "h": h},
                "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                "targets": [{"refId": chr(65 + n), "expr": expr, "legendFormat": legend, "datasource": datasource}
                            for n, (expr, legend) in enumerate(targets)]}

    by_role = ROLE_LABEL
    panels = [
        panel(1, f"Availability (30d, objective {number(slo.availability)})", "stat", [(availability, "availability")],
              "percentunit", 0, 0, 6, 5),
        panel(2, "Error budget left (30d)", "stat", [(f"1 - ((1 - ({availability})) / {number(budget)})", "budget left")],
              "percentunit", 6, 0, 6, 5),
        panel(3, f"Requests faster than {number(slo.latency_seconds)}s (30d, objective {number(slo.latency_objective)})",
              "stat", [(f"1 - ({q.slow_ratio(slo.latency_seconds, '30d')})", "fast enough")], "percentunit", 12, 0, 6, 5),
        panel(4, "Error budget burn rate (1h)", "stat", [(f"({q.error_ratio('1h')}) / {number(budget)}", "burn rate")],
              "none", 18, 0, 6, 5),
        panel(5, "Latency percentiles", "timeseries",
              [(q.latency_quantile(x, "5m"), f"p{round(x * 100)}") for x in (0.5, 0.95, 0.99)], "s", 0, 5, 12, 8),
        panel(6, "Success ratio", "timeseries", [(q.success_ratio("5m"), "non-5xx share")], "percentunit", 12, 5, 12, 8),
        panel(7, "Canary vs stable: requests per second", "timeseries",
              [(q.requests("5m", by=by_role), f"{{{{{by_role}}}}}")], "reqps", 0, 13, 8, 8),
        panel(8, "Canary vs stable: success ratio", "timeseries",
              [(q.success_ratio("5m", by=by_role), f"{{{{{by_role}}}}}")], "percentunit", 8, 13, 8, 8),
        panel(9, "Canary vs stable: p95 latency", "timeseries",
              [(q.latency_quantile(0.95, "5m", by=by_role), f"{{{{{by_role}}}}}")], "s", 16, 13, 8, 8),
    ]
    return {
        "uid": uid, "title": title, "tags": ["slo", "platform"], "timezone": "utc", "schemaVersion": 39,
        "editable": False, "refresh": "1m", "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus",
                                 "label": "Data source", "current": {}, "hide": 0}]},
        "panels": panels,
    }


def expressions(dashboard: Mapping) -> list[str]:
    """Every PromQL expression of a dashboard model (for tests and linting)."""
    return [t["expr"] for p in dashboard.get("panels", []) for t in p.get("targets", [])]


# -- one app ---------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class AppMonitoringProps:
    """Props of an AppMonitoring."""

    monitoring: Monitoring = field(default_factory=Monitoring)
    """Default: the platform's Prometheus in 'monitoring' (see Monitoring)."""
    slo: HttpSlo = field(default_factory=HttpSlo)
    """Default: 99.9% non-5xx and 99% of requests under 0.5s over 30 days (see HttpSlo)."""
    alerts: bool = True
    """Default: True, render the PrometheusRule with SLO burn and workload alerts."""
    dashboard: bool = True
    """Default: True, render the SLO dashboard ConfigMap."""
    rollout_stall_after: Duration | None = None
    """Default: None, no rollout alerts. A CanaryRollout sets it from its plan's length."""


class AppMonitoring(Construct):
    """Scraping, alerts and dashboard for one app: a headless `<app>-metrics` Service selecting all its pods on
    their 'metrics' port (the app's `metrics_port`, never the app port an Ingress routes to), a ServiceMonitor on
    it, a NetworkPolicy admitting Prometheus to that port only, a PrometheusRule and a dashboard ConfigMap.

    The extra Service exists because a rollout's stable and canary Services both select the same pods once
    it is fully promoted: scraping through them would count every request twice.
    Child ids: `MetricsService`, `ServiceMonitor`, `Alerts`, `Dashboard`.
    """

    def __init__(self, scope: Construct, id: str, *, app: SecureApp, props: AppMonitoringProps = AppMonitoringProps()):
        with unique_id(scope, id, "AppMonitoring"):
            super().__init__(scope, id)
        p, m = props, props.monitoring
        v = Problems("AppMonitoring", self)
        v.extend("", p.slo.problems())
        if (bad := m.scrape_interval.problem("monitoring.scrape_interval")) is not None:
            v.add(bad.field, bad.value, bad.allowed)
        if p.rollout_stall_after is not None and (bad := p.rollout_stall_after.problem("rollout_stall_after")) is not None:
            v.add(bad.field, bad.value, bad.allowed)
        v.raise_if_any()
        name, ns = app.name, app.namespace
        service_labels = {**app.labels, METRICS_LABEL: "true"}
        self.service = k8s.KubeService(self, "MetricsService", metadata=k8s.ObjectMeta(
            name=f"{name}-metrics", namespace=ns, labels=service_labels), spec=k8s.ServiceSpec(
            type="ClusterIP", cluster_ip="None", selector=app.selector,
            ports=[k8s.ServicePort(name=METRICS_PORT_NAME, port=app.metrics_port,
                                   target_port=int_or_string(METRICS_PORT_NAME), protocol="TCP")]))
        self.service_monitor = ServiceMonitor(self, "ServiceMonitor", props=ServiceMonitorProps(
            name=name, namespace=ns, labels=m.labels, interval=m.scrape_interval, port=METRICS_PORT_NAME,
            service_labels={NAME_LABEL: name, METRICS_LABEL: "true"}))
        app.allow_from(m.prometheus, [Port.tcp(app.metrics_port)])
        self.queries = HttpQueries(metrics=p.slo.metrics, scope={"namespace": ns, APP_LABEL: name})
        self.slo = p.slo  # what the alerts promise, for whoever tests or documents them
        self.rule: PrometheusRule | None = None
        if p.alerts:
            groups = [*slo_rules(self.queries, p.slo, runbook_url=m.runbook_url),
                      workload_rules(ns, name, runbook_url=m.runbook_url)]
            if p.rollout_stall_after is not None:
                groups.append(rollout_rules(ns, name, stall_after=p.rollout_stall_after, runbook_url=m.runbook_url))
            self.rule = PrometheusRule(self, "Alerts", props=PrometheusRuleProps(
                name=name, namespace=ns, labels=m.labels, groups=groups))
        self.dashboard: GrafanaDashboard | None = None
        if p.dashboard:
            self.dashboard = GrafanaDashboard(self, "Dashboard", props=GrafanaDashboardProps(
                name=f"{name}-dashboard", namespace=ns, dashboard=slo_dashboard(
                    title=f"{name} ({ns}, {app.env.name}) SLO", uid=f"{ns}-{name}-slo"[:40],
                    queries=self.queries, slo=p.slo)))
