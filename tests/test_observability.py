"""Observability: ServiceMonitor, PrometheusRule alerts and the SLO dashboard, for any SecureApp."""
import dataclasses
import json
import re

import promql_parser
import pytest
from support import ROOT, manifests, one

from platform_constructs import IngressOptions, PropsError, SecureApp, SecureAppProps, environment
from platform_constructs._promql import HttpMetrics, HttpQueries, le_matcher
from platform_constructs.canary import CanaryRollout, CanaryRolloutProps
from platform_constructs.observability import (
    AppMonitoring,
    AppMonitoringProps,
    GrafanaDashboard,
    GrafanaDashboardProps,
    HttpSlo,
    PrometheusRule,
    PrometheusRuleProps,
    RuleGroup,
    ServiceMonitor,
    ServiceMonitorProps,
    rollout_rules,
    slo_dashboard,
    volume_rules,
)
from platform_constructs.settings import Duration

RUNBOOK = ROOT / "docs" / "runbooks" / "rollback.md"
ANCHORS = {h.strip().lower() for h in re.findall(r"^#+ (.+)$", RUNBOOK.read_text(), flags=re.M)}


def app_props(**kw) -> SecureAppProps:
    base = dict(name="api", namespace="shop", image="registry.example.com/shop/api:1.2.3", env=environment("dev"),
                port=3000, ingress=IngressOptions())
    return SecureAppProps(**{**base, **kw})


def prod_canary() -> CanaryRolloutProps:
    fields = {f.name: getattr(app_props(), f.name) for f in dataclasses.fields(SecureAppProps)}
    return CanaryRolloutProps(**{**fields, "env": environment("prod"), "image": "r.example.com/api:1@sha256:" + "b" * 64})


def all_rules(docs) -> list[dict]:
    return [r for d in docs if d["kind"] == "PrometheusRule" for g in d["spec"]["groups"] for r in g["rules"]]


def dashboard_of(docs) -> dict:
    cm = one(docs, "ConfigMap", "api-dashboard")
    return json.loads(cm["data"]["api-dashboard.json"])


def test_app_monitoring_snapshot(chart, snapshot):
    app = SecureApp(chart, "api", props=app_props())
    AppMonitoring(chart, "monitoring", app=app)
    assert manifests(chart) == snapshot


def test_namespace_volume_rules_snapshot(chart, snapshot):
    PrometheusRule(chart, "volumes", props=PrometheusRuleProps(name="shop-volumes", namespace="shop",
                                                               groups=[volume_rules("shop")]))
    assert manifests(chart) == snapshot


def test_prometheus_scrapes_a_headless_service_of_all_pods_on_the_metrics_port_only(chart):
    app = SecureApp(chart, "api", props=app_props())
    AppMonitoring(chart, "monitoring", app=app)
    docs = manifests(chart)
    service = one(docs, "Service", "api-metrics")
    assert service["spec"]["clusterIP"] == "None" and service["spec"]["selector"] == app.selector
    assert service["spec"]["ports"] == [{"name": "metrics", "port": 9464, "protocol": "TCP", "targetPort": "metrics"}]
    monitor = one(docs, "ServiceMonitor")
    assert monitor["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/name": "api", "platform.example.com/metrics": "true"}
    assert all(service["metadata"]["labels"][k] == v for k, v in monitor["spec"]["selector"]["matchLabels"].items())
    assert one(docs, "Service", "api")["metadata"]["labels"].get("platform.example.com/metrics") is None
    endpoint = monitor["spec"]["endpoints"][0]
    assert (endpoint["port"], endpoint["path"], endpoint["interval"]) == ("metrics", "/metrics", "30s")
    policy = one(docs, "NetworkPolicy", "api-from-monitoring-prometheus")
    rule = policy["spec"]["ingress"][0]
    assert rule["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
                             "podSelector": {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}}]
    assert rule["ports"] == [{"port": 9464, "protocol": "TCP"}]
    # The ingress controller reaches the app port and nothing else; the Ingress routes to the app port.
    controller = one(docs, "NetworkPolicy", "api-from-ingress-nginx")["spec"]["ingress"][0]
    assert controller["ports"] == [{"port": 3000, "protocol": "TCP"}]
    assert one(docs, "Ingress")["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["port"] == {"name": "http"}


def test_a_custom_metrics_port_is_the_one_scraped_and_admitted(chart):
    app = SecureApp(chart, "api", props=app_props(metrics_port=9100))
    AppMonitoring(chart, "monitoring", app=app)
    docs = manifests(chart)
    ports = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]["ports"]
    assert {p["name"]: p["containerPort"] for p in ports} == {"http": 3000, "metrics": 9100}
    assert one(docs, "Service", "api-metrics")["spec"]["ports"][0]["port"] == 9100
    rule = one(docs, "NetworkPolicy", "api-from-monitoring-prometheus")["spec"]["ingress"][0]
    assert rule["ports"] == [{"port": 9100, "protocol": "TCP"}]


def test_service_monitor_defaults_to_the_metrics_port(chart):
    ServiceMonitor(chart, "m", props=ServiceMonitorProps(name="api", namespace="shop", service_labels={"a": "b"}))
    assert one(manifests(chart), "ServiceMonitor")["spec"]["endpoints"][0]["port"] == "metrics"


def test_every_alert_has_severity_summary_and_a_runbook_section(chart):
    CanaryRollout(chart, "api", props=prod_canary())
    PrometheusRule(chart, "volumes", props=PrometheusRuleProps(name="shop-volumes", namespace="shop",
                                                               groups=[volume_rules("shop")]))
    alerts = [r for r in all_rules(manifests(chart)) if "alert" in r]
    names = {a["alert"] for a in alerts}
    assert names == {"HttpErrorBudgetBurn", "HttpLatencyBudgetBurn", "ContainerCpuThrottled", "ContainerMemoryNearLimit",
                     "PodRestarting", "PodCrashLooping", "RolloutAborted", "RolloutStalled", "PersistentVolumeNearlyFull"}
    for a in alerts:
        assert a["labels"]["severity"] in ("critical", "warning")
        assert a["annotations"]["summary"] and a["annotations"]["description"]
        url, anchor = a["annotations"]["runbook_url"].split("#")
        assert url.endswith("docs/runbooks/rollback.md") and anchor == a["alert"].lower() and anchor in ANCHORS


def test_burn_rate_alerts_pair_long_and_short_windows(chart):
    app = SecureApp(chart, "api", props=app_props())
    AppMonitoring(chart, "monitoring", app=app)
    rules = all_rules(manifests(chart))
    records = {r["record"] for r in rules if "record" in r}
    fast = [r for r in rules if r.get("alert") == "HttpErrorBudgetBurn" and r["labels"]["severity"] == "critical"][0]
    # 14.4x the 0.1% budget over 1h and 5m, or 6x over 6h and 30m (the SRE workbook's paging pairs), at or above
    # the factor (tests/test_promtool_slo.py proves a burn at exactly the factor fires).
    burn = 'round(app_namespace:http_requests_errors:ratio_rate{}{{app="api",namespace="shop"}} / 0.001, 0.001) >= {} and'
    assert burn.format("1h", "14.4") in fast["expr"]
    assert burn.format("6h", "6") in fast["expr"]
    for used in re.findall(r"(app_namespace:[\w:]+)\{", " ".join(r["expr"] for r in rules if "alert" in r)):
        assert used in records
    # Recorded series keep the labels the alerts select on.
    assert all("sum by (app, namespace)" in r["expr"] for r in rules if "record" in r)


def test_dashboard_shows_slo_and_canary_split(chart):
    app = SecureApp(chart, "api", props=app_props())
    AppMonitoring(chart, "monitoring", app=app)
    docs = manifests(chart)
    assert one(docs, "ConfigMap", "api-dashboard")["metadata"]["labels"] == {"grafana_dashboard": "1"}
    board = dashboard_of(docs)
    titles = " | ".join(p["title"] for p in board["panels"])
    for words in ("Availability", "Error budget left", "Latency percentiles", "Canary vs stable"):
        assert words in titles
    latency = next(p for p in board["panels"] if p["title"] == "Latency percentiles")
    assert [t["legendFormat"] for t in latency["targets"]] == ["p50", "p95", "p99"]
    split = [p for p in board["panels"] if p["title"].startswith("Canary vs stable")]
    assert split and all("by (rollout_role)" in t["expr"] or "le, rollout_role" in t["expr"] for p in split for t in p["targets"])
    assert board["uid"] == "shop-api-slo"


def test_every_rendered_promql_expression_parses(chart):
    CanaryRollout(chart, "api", props=prod_canary())
    PrometheusRule(chart, "volumes", props=PrometheusRuleProps(name="shop-volumes", namespace="shop",
                                                               groups=[volume_rules("shop")]))
    docs = manifests(chart)
    exprs = [r["expr"] for r in all_rules(docs)]
    exprs += [t["expr"] for p in dashboard_of(docs)["panels"] for t in p["targets"]]
    exprs += [m["provider"]["prometheus"]["query"] for d in docs if d["kind"] == "AnalysisTemplate" for m in d["spec"]["metrics"]]
    assert len(exprs) == 40  # 25 rules, 11 panel targets, 4 analysis queries
    for expr in exprs:
        promql_parser.parse(expr)  # raises ValueError on a syntax error


def test_latency_bucket_matcher_survives_prometheus_3_le_normalisation():
    assert le_matcher(0.5) == 'le="0.5"'
    assert le_matcher(1) == 'le=~"1|1.0"'
    q = HttpQueries(metrics=HttpMetrics(), scope={"namespace": "shop"})
    promql_parser.parse(q.slow_ratio(1, "5m"))


def test_rules_are_configurable(chart):
    group = rollout_rules("shop", "api", stall_after=Duration.hours(2))
    stalled = [r for r in group.rules if r.alert == "RolloutStalled"][0]
    assert str(stalled.for_) == "2h" and 'phase=~"Progressing|Paused"' in stalled.expr
    board = slo_dashboard(title="t", uid="u", queries=HttpQueries(metrics=HttpMetrics(), scope={"namespace": "x"}),
                          slo=HttpSlo(availability=0.99))
    assert "/ 0.01" in board["panels"][1]["targets"][0]["expr"]


# -- bad input -------------------------------------------------------------------------------------


def test_slo_must_be_reachable(chart):
    app = SecureApp(chart, "api", props=app_props())
    with pytest.raises(PropsError) as err:
        AppMonitoring(chart, "monitoring", app=app, props=AppMonitoringProps(
            slo=HttpSlo(availability=1.0, latency_seconds=0.3, latency_objective=0)))
    text = str(err.value)
    assert "invalid AppMonitoring at 'test/monitoring'" in text
    assert "slo.availability: 1.0 is not allowed: a ratio above 0 and below 1" in text
    assert "slo.latency_objective: 0 is not allowed: a ratio above 0 and below 1" in text
    assert "slo.latency_seconds: 0.3 is not allowed: a bucket boundary of http_request_duration_seconds: 0.005, 0.01" in text


def test_constructs_check_their_props(chart):
    with pytest.raises(PropsError, match=r"service_labels: \{\} is not allowed: at least one label"):
        ServiceMonitor(chart, "m", props=ServiceMonitorProps(name="api", namespace="shop", service_labels={}))
    with pytest.raises(PropsError, match=r"dashboard.uid: None is not allowed: a stable uid of at most 40 characters"):
        GrafanaDashboard(chart, "d", props=GrafanaDashboardProps(name="api", namespace="shop", dashboard={}))
    with pytest.raises(PropsError, match=r"groups: \['a', 'a'\] is not allowed: groups with distinct names"):
        PrometheusRule(chart, "r", props=PrometheusRuleProps(name="api", namespace="shop", groups=[
            RuleGroup(name="a", rules=()), RuleGroup(name="a", rules=())]))
