"""CanaryRollout: the Rollout keeps SecureApp's guarantees, the rollback wiring is set, the analysis is sound."""
import dataclasses
import math
import re

import cdk8s
import promql_parser
import pytest
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import EnvironmentSettings, IngressOptions, Peer, PropsError, SecureApp, environment
from platform_constructs.canary import (
    CanaryAnalysis,
    CanaryRollout,
    CanaryRolloutProps,
    LatencyQuantile,
    PromQLMetric,
    SuccessRate,
    TrafficRouter,
)
from platform_constructs.checks import pod_security_violations
from platform_constructs.output import LayoutChart, render, write_tree
from platform_constructs.settings import CanaryPlan, CanaryStep, Duration

DIGEST = "sha256:" + "a" * 64
IMAGE = "registry.example.com/shop/api:1.2.3"


def props(env: str | EnvironmentSettings = "dev", **kw) -> CanaryRolloutProps:
    settings = environment(env) if isinstance(env, str) else env
    image = f"{IMAGE}@{DIGEST}" if settings.require_image_digest else IMAGE
    base = dict(name="api", namespace="shop", image=image, env=settings, port=3000, ingress=IngressOptions())
    return CanaryRolloutProps(**{**base, **kw})


def rollout_of(docs) -> dict:
    return one(docs, "Rollout")


def canary_of(docs) -> dict:
    return rollout_of(docs)["spec"]["strategy"]["canary"]


# -- snapshots -------------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ["dev", "stage", "prod"])
def test_snapshot_per_environment(chart, snapshot, env):
    CanaryRollout(chart, "api", props=props(env))
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    """No ingress (replica-weighted canary), no autoscaler, a custom plan and a custom metric."""
    errors = PromQLMetric(name="error-count", query='sum(increase(http_requests_total{status="500"}[5m]))',
                          success_condition="result[0] < 5", failure_condition="result[0] >= 5")
    CanaryRollout(chart, "api", props=props(
        "stage", ingress=None, autoscaling=None, replicas=4, anti_affinity=False,
        steps=(CanaryStep.set_weight(25), CanaryStep.analysis("error-count"), CanaryStep.set_weight(100),
               CanaryStep.pause()),
        analysis=CanaryAnalysis(metrics=(SuccessRate(minimum=0.995), errors), min_requests=20)))
    assert manifests(chart) == snapshot


# -- SecureApp guarantees --------------------------------------------------------------------------


def test_is_a_secure_app_with_a_hardened_rollout(chart):
    app = CanaryRollout(chart, "api", props=props("prod"))
    assert isinstance(app, SecureApp)
    docs = manifests(chart)
    rollout = rollout_of(docs)
    assert rollout["apiVersion"] == "argoproj.io/v1alpha1"
    assert by_kind(docs, "Deployment") == []
    assert pod_security_violations(rollout) == []
    pod = rollout["spec"]["template"]["spec"]
    c = pod["containers"][0]
    assert c["securityContext"]["readOnlyRootFilesystem"] is True and c["lifecycle"] == {"preStop": {"sleep": {"seconds": 5}}}
    assert {"startupProbe", "readinessProbe", "livenessProbe"} <= set(c)
    assert rollout["spec"]["selector"]["matchLabels"] == {"app.kubernetes.io/name": "api", "app.kubernetes.io/instance": "api"}
    assert {"ServiceAccount", "PodDisruptionBudget", "Ingress"} <= {d["kind"] for d in docs}


def test_autoscaler_targets_the_rollout_which_carries_no_replicas(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    docs = manifests(chart)
    assert "replicas" not in rollout_of(docs)["spec"]
    ref = one(docs, "HorizontalPodAutoscaler")["spec"]["scaleTargetRef"]
    assert ref == {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "name": "api"}


def test_without_autoscaler_the_rollout_sets_replicas(chart):
    CanaryRollout(chart, "api", props=props(autoscaling=None, replicas=3))
    assert rollout_of(manifests(chart))["spec"]["replicas"] == 3


def test_argo_cd_ignores_rollout_replicas():
    from platform_constructs.argocd import SCALED_KINDS
    assert ("argoproj.io", "Rollout") in SCALED_KINDS


def test_connections_still_work(chart):
    web = SecureApp(chart, "web", props=dataclasses.replace(props(), name="web"))
    api = CanaryRollout(chart, "api", props=props())
    assert len(web.allow_to(api)) == 2
    names = {d["metadata"]["name"] for d in by_kind(manifests(chart), "NetworkPolicy")}
    assert {"api-from-shop-web", "web-to-shop-api", "api-from-ingress-nginx", "api-from-monitoring-prometheus"} <= names


# -- rollback wiring -------------------------------------------------------------------------------


def test_abort_sends_traffic_back_to_stable(chart):
    """The fields that make a failed analysis abort the rollout and put all traffic on the stable version."""
    CanaryRollout(chart, "api", props=props("prod"))
    docs = manifests(chart)
    spec = rollout_of(docs)["spec"]
    canary = spec["strategy"]["canary"]
    # The stable Ingress is the app's own, routing to the stable Service; the controller adds the canary Ingress.
    assert canary["trafficRouting"] == {"nginx": {"stableIngress": "api"}}
    ingress = one(docs, "Ingress", "api")
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"]
    assert backend == canary["stableService"] == "api"
    assert canary["canaryService"] == "api-canary" and one(docs, "Service", "api-canary")
    # A failed background or step analysis aborts; abort scales the canary away after the delay.
    assert canary["analysis"]["templates"] == [{"templateName": "api-background"}]
    assert canary["abortScaleDownDelaySeconds"] == 30 and canary["scaleDownDelaySeconds"] == 30
    assert spec["progressDeadlineAbort"] is True and spec["progressDeadlineSeconds"] == 600
    assert spec["rollbackWindow"] == {"revisions": 3}
    assert canary["antiAffinity"] == {"preferredDuringSchedulingIgnoredDuringExecution": {"weight": 100}}
    for template in by_kind(docs, "AnalysisTemplate"):
        for metric in template["spec"]["metrics"]:
            assert metric["failureLimit"] == 1 and metric["inconclusiveLimit"] == 2
            assert metric["successCondition"] and metric["failureCondition"]


def test_analysis_measures_only_the_new_version(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    docs = manifests(chart)
    canary = canary_of(docs)
    hash_arg = {"name": "canary-hash", "valueFrom": {"podTemplateHashValue": "Latest"}}
    assert canary["analysis"]["args"] == [hash_arg]
    assert canary["analysis"]["startingStep"] == 1  # after the first setWeight
    steps = [s["analysis"] for s in canary["steps"] if "analysis" in s]
    assert len(steps) == 3 and all(s["args"] == [hash_arg] for s in steps)
    assert steps[0]["templates"] == [{"templateName": "api-success-rate"}, {"templateName": "api-latency-p95"}]
    for template in by_kind(docs, "AnalysisTemplate"):
        assert template["spec"]["args"] == [{"name": "canary-hash"}]
        for metric in template["spec"]["metrics"]:
            assert 'rollouts_pod_template_hash="{{args.canary-hash}}"' in metric["provider"]["prometheus"]["query"]
    background = one(docs, "AnalysisTemplate", "api-background")["spec"]["metrics"]
    assert all("count" not in m for m in background)  # measures until the rollout ends
    assert all(m["count"] == 5 for m in one(docs, "AnalysisTemplate", "api-success-rate")["spec"]["metrics"])


def argo_phase(metric: dict, result: list[float]) -> str:
    """Argo Rollouts' EvaluateResult for our expr-lang conditions (`!isNaN(x) && x >= t`), in Python."""
    def holds(condition: str) -> bool:
        py = condition.replace("!isNaN(result[0])", "not math.isnan(result[0])").replace("&&", "and")
        return bool(eval(py, {"math": math, "result": result}))  # noqa: S307 - our own rendered conditions
    failed, succeeded = holds(metric["failureCondition"]), holds(metric["successCondition"])
    return "Failed" if failed else "Successful" if succeeded else "Inconclusive"


def test_no_data_is_inconclusive_never_success(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    metrics = {m["name"]: m for m in one(manifests(chart), "AnalysisTemplate", "api-background")["spec"]["metrics"]}
    rate, latency = metrics["success-rate"], metrics["latency-p95"]
    assert [argo_phase(rate, [x]) for x in (math.nan, 0.999, 0.99, 0.9)] == ["Inconclusive", "Successful", "Successful", "Failed"]
    assert [argo_phase(latency, [x]) for x in (math.nan, 0.2, 0.5, 0.7, math.inf)] == \
        ["Inconclusive", "Successful", "Successful", "Failed", "Failed"]
    for m in metrics.values():
        query = m["provider"]["prometheus"]["query"]
        # Below the minimum request count, or with no series at all, the query answers exactly one NaN.
        assert ">= 50)) or on() vector(NaN)" in query and "sum(increase(http_requests_total{" in query


def test_replica_canary_without_ingress(chart):
    CanaryRollout(chart, "api", props=props("stage", ingress=None))
    docs = manifests(chart)
    canary = canary_of(docs)
    assert "trafficRouting" not in canary
    # Argo Rollouts refuses scaleDownDelaySeconds without a router; the app Service keeps selecting both versions.
    assert "scaleDownDelaySeconds" not in canary and "abortScaleDownDelaySeconds" not in canary
    assert (canary["stableService"], canary["canaryService"]) == ("api-stable", "api-canary")
    assert {s["metadata"]["name"] for s in by_kind(docs, "Service")} == {"api", "api-stable", "api-canary", "api-metrics"}


@pytest.mark.parametrize("env, ingress", [("prod", IngressOptions()), ("stage", None)])
def test_traffic_services_route_the_app_port_and_only_monitoring_the_metrics_port(chart, env, ingress):
    """Stable, canary and app Services (what the Ingress and the canary Ingress route to) forward 'http' only."""
    CanaryRollout(chart, "api", props=props(env, ingress=ingress, metrics_port=9100))
    docs = manifests(chart)
    ports = {p["name"]: p["containerPort"] for p in rollout_of(docs)["spec"]["template"]["spec"]["containers"][0]["ports"]}
    assert ports == {"http": 3000, "metrics": 9100}
    targets = {s["metadata"]["name"]: [p["targetPort"] for p in s["spec"]["ports"]] for s in by_kind(docs, "Service")}
    assert targets.pop("api-metrics") == ["metrics"]
    assert len(targets) == (2 if ingress else 3) and all(t == ["http"] for t in targets.values())
    assert one(docs, "ServiceMonitor")["spec"]["endpoints"][0]["port"] == "metrics"
    prometheus = one(docs, "NetworkPolicy", "api-from-monitoring-prometheus")["spec"]["ingress"][0]["ports"]
    assert prometheus == [{"port": 9100, "protocol": "TCP"}]


def test_environment_plans(chart):
    dev, stage, prod = (environment(e).canary for e in ("dev", "stage", "prod"))
    assert not dev.background_analysis and not dev.require_analysis
    assert stage.background_analysis and prod.background_analysis and prod.require_analysis
    seconds = [sum(s.duration.total_seconds for s in p.steps if s.duration) for p in (dev, stage, prod)]
    assert seconds[0] < seconds[1] < seconds[2]
    assert sum(s.kind.value == "analysis" for s in prod.steps) == 3
    assert sum(s.kind.value == "analysis" for s in dev.steps) == 1


def test_dev_measures_the_canary_before_it_takes_all_traffic(chart):
    """Issue 18 item 8: dev promoted after 30 s whatever the error rate. Now its last weight is followed by a short
    analysis step, with the low-traffic rule of stage and prod: 5xx answers fail it, a silent canary is inconclusive
    (the rollout pauses, it does not fail), and a query that answers nothing (a renamed metric) is inconclusive too."""
    CanaryRollout(chart, "api", props=props("dev"))
    docs = manifests(chart)
    steps = canary_of(docs)["steps"]
    assert steps[0] == {"setWeight": 50} and "analysis" in steps[-1], steps
    templates = [t["templateName"].removeprefix("api-") for t in steps[-1]["analysis"]["templates"]]
    assert templates == ["success-rate", "latency-p95"]
    assert steps[-1]["analysis"]["args"] == [{"name": "canary-hash", "valueFrom": {"podTemplateHashValue": "Latest"}}]
    rate = one(docs, "AnalysisTemplate", "api-success-rate")["spec"]["metrics"][0]
    assert ">= 50)) or on() vector(NaN)" in rate["provider"]["prometheus"]["query"]
    assert [argo_phase(rate, [x]) for x in (math.nan, 0.999, 0.9)] == ["Inconclusive", "Successful", "Failed"]
    # All measurements inconclusive must not reach `count` without exceeding the limit: silence pauses, never passes.
    assert rate["count"] > rate["inconclusiveLimit"]
    # Short: the first measurement once the window has traffic, the rest one scrape (30s) apart.
    seconds = Duration.parse(rate["initialDelay"]).whole_seconds + rate["count"] * Duration.parse(rate["interval"]).whole_seconds
    assert (rate["initialDelay"], rate["interval"], rate["count"], seconds) == ("2m", "30s", 3, 210)
    assert "analysis" not in canary_of(docs)  # no background run next to a single step


def test_the_environment_paces_the_analysis_unless_the_app_does(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    CanaryRollout(chart, "own", props=props("dev", name="own", analysis=CanaryAnalysis(interval=Duration.minutes(2), count=4)))
    docs = manifests(chart)
    paced = {t["metadata"]["name"]: (t["spec"]["metrics"][0]["interval"], t["spec"]["metrics"][0].get("count"))
             for t in by_kind(docs, "AnalysisTemplate")}
    assert paced == {"api-background": ("1m", None), "api-success-rate": ("1m", 5), "api-latency-p95": ("1m", 5),
                     "own-success-rate": ("2m", 4), "own-latency-p95": ("2m", 4)}


def test_a_silent_canary_must_not_pass_by_reaching_its_count(chart):
    bad(chart, r"analysis.count: 2 is not allowed: more than analysis.inconclusive_limit \(2\), so a canary with too "
               r"little traffic pauses its rollout instead of passing", analysis=CanaryAnalysis(count=2))
    plan = dataclasses.replace(environment("dev").canary, analysis_count=1)
    bad(chart, r"analysis.count: 1 is not allowed: more than analysis.inconclusive_limit \(2\)",
        env=dataclasses.replace(environment("dev"), canary=plan))


def test_stall_alert_follows_the_plan(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    rules = one(manifests(chart), "PrometheusRule")["spec"]["groups"]
    stalled = [r for g in rules for r in g["rules"] if r.get("alert") == "RolloutStalled"][0]
    # 25 minutes of pauses + 3 analyses of (2m delay + 5 x 1m) + 30 minutes of slack.
    assert stalled["for"] == "1h16m"


# -- metrics the queries need exist ----------------------------------------------------------------


def _matchers(expr) -> set[str]:
    names: set[str] = set()
    for m in re.finditer(r"(\w+)\s*(=~|!~|!=|=)\s*\"", str(expr)):
        names.add(m.group(1))
    return names


def test_queries_parse_and_select_only_labels_that_exist(chart):
    CanaryRollout(chart, "api", props=props("prod"))
    docs = manifests(chart)
    relabelled = {r["targetLabel"] for r in one(docs, "ServiceMonitor")["spec"]["endpoints"][0]["relabelings"]}
    assert relabelled == {"app", "rollouts_pod_template_hash", "rollout_role"}
    own = {"method", "route", "status", "le"}  # the demo-api's labels (and the histogram's)
    target = {"namespace"}  # every scraped series
    metrics_js = (ROOT / "examples/demo-api/src/metrics.js").read_text()
    assert "'http_requests_total'" in metrics_js and "'http_request_duration_seconds'" in metrics_js
    assert "['method', 'route', 'status']" in metrics_js
    queries = [m["provider"]["prometheus"]["query"] for t in by_kind(docs, "AnalysisTemplate") for m in t["spec"]["metrics"]]
    assert len(queries) == 4
    for q in queries:
        promql_parser.parse(q)
        assert _matchers(q) <= relabelled | own | target, q
        assert set(re.findall(r"(http_\w+)\{", q)) <= {"http_requests_total", "http_request_duration_seconds_bucket"}


# -- validation against the real schemas -----------------------------------------------------------


def argo_rules(rollout: dict) -> list[str]:
    """The Argo Rollouts controller's own spec checks (pkg/apis/rollouts/validation) that schemas cannot express."""
    spec, canary = rollout["spec"], rollout["spec"]["strategy"]["canary"]
    out = []
    if canary.get("canaryService") and canary.get("canaryService") == canary.get("stableService"):
        out.append("stable and canary services must differ")
    if "trafficRouting" in canary and not (canary.get("canaryService") and canary.get("stableService")):
        out.append("traffic routing needs both services")
    if "trafficRouting" not in canary and "scaleDownDelaySeconds" in canary:
        out.append("scaleDownDelaySeconds needs traffic routing")
    for i, step in enumerate(canary.get("steps", [])):
        if len(step) != 1:
            out.append(f"step {i} must have exactly one type")
        if "setWeight" in step and not 0 <= step["setWeight"] <= 100:
            out.append(f"step {i} weight")
    weight = canary.get("antiAffinity", {}).get("preferredDuringSchedulingIgnoredDuringExecution", {}).get("weight", 1)
    if not 1 <= weight <= 100:
        out.append("antiAffinity weight")
    if spec.get("progressDeadlineSeconds", 600) <= spec.get("minReadySeconds", 0):
        out.append("progressDeadlineSeconds must exceed minReadySeconds")
    return out


def test_rendered_objects_validate(tmp_path):
    crds = crd_dir()
    app = cdk8s.App()
    charts = []
    for env in ("dev", "stage", "prod"):
        chart = LayoutChart(app, f"api-{env}", path=f"apps/api/envs/{env}")
        CanaryRollout(chart, "api", props=props(env))
        charts.append(chart)
    plain = LayoutChart(app, "replicas", path="apps/api/envs/replicas")
    CanaryRollout(plain, "api", props=props("stage", ingress=None, autoscaling=None, replicas=2))
    charts.append(plain)
    write_tree(render(charts), tmp_path / "dist")
    from platform_constructs import validate as tool

    docs = tool.load_tree(tmp_path / "dist")
    assert tool.check_builtin(docs, ["1.31", "1.36"]) == []
    errors, checked, _unchecked = tool.check_custom(docs, tool.load_crd_schemas(crds))
    assert errors == [] and checked >= 4 * 4
    rollouts = [d for _, d in docs if d["kind"] == "Rollout"]
    assert len(rollouts) == 4 and all(argo_rules(r) == [] for r in rollouts)


# -- bad input -------------------------------------------------------------------------------------


def bad(chart, match: str, **kw):
    # A failed construction leaves its id taken in the tree: each attempt gets its own.
    id = f"api{len(chart.node.children)}"
    with pytest.raises(PropsError, match=match) as err:
        CanaryRollout(chart, id, props=props(**kw))
    assert f"invalid CanaryRollout at 'test/{id}'" in str(err.value)
    return err.value


@pytest.mark.parametrize("weights, message", [
    ((20, 10), r"steps\[2\].weight: 10 is not allowed: above the previous weight \(20\): weights must strictly increase"),
    ((20, 20), r"steps\[2\].weight: 20 is not allowed: above the previous weight \(20\)"),
    ((0, 50), r"steps\[0\].weight: 0 is not allowed: a whole percentage from 1 to 100"),
    ((50, 101), r"steps\[2\].weight: 101 is not allowed: a whole percentage from 1 to 100"),
])
def test_weights_must_increase_within_range(chart, weights, message):
    steps = (CanaryStep.set_weight(weights[0]), CanaryStep.pause("1m"), CanaryStep.set_weight(weights[1]), CanaryStep.pause("1m"))
    bad(chart, message, steps=steps)


def test_last_weight_must_be_observed_before_promotion(chart):
    bad(chart, r"steps\[2\].weight: 50 is not allowed: 100, or followed by a pause or analysis step",
        steps=(CanaryStep.set_weight(20), CanaryStep.pause("1m"), CanaryStep.set_weight(50)))
    CanaryRollout(chart, "ok", props=props(name="ok", steps=(CanaryStep.set_weight(20), CanaryStep.pause("1m"),
                                                             CanaryStep.set_weight(100))))


def test_plan_needs_a_set_weight(chart):
    bad(chart, r"steps: \['pause'\] is not allowed: at least one set-weight step", steps=(CanaryStep.pause("1m"),))
    bad(chart, r"steps: \[\] is not allowed: at least one step", steps=())


@pytest.mark.parametrize("duration, value", [
    (Duration.seconds(-30), "-30"), ("soon", "'soon'"), ("-5m", "'-5m'"), ("1.5m", "'1.5m'"), (Duration.seconds(0), "0"),
])
def test_pause_durations_must_be_positive_and_parsable(chart, duration, value):
    bad(chart, rf"steps\[1\].duration: {value} is not allowed: a whole number of seconds above zero",
        steps=(CanaryStep.set_weight(50), CanaryStep.pause(duration)))


def test_thresholds_are_checked(chart):
    err = bad(chart, "success-rate", analysis=CanaryAnalysis(metrics=(
        SuccessRate(minimum=1.5), LatencyQuantile(maximum_seconds=0), LatencyQuantile(name="p99", quantile=1.0))))
    text = str(err)
    assert "analysis.metrics[success-rate].minimum: 1.5 is not allowed: a ratio above 0 and at most 1" in text
    assert "analysis.metrics[latency-p95].maximum_seconds: 0 is not allowed: a number of seconds above 0" in text
    assert "analysis.metrics[p99].quantile: 1.0 is not allowed: a quantile above 0 and below 1" in text
    bad(chart, r"analysis.metrics\[latency-p95\].maximum_seconds: -0.2 is not allowed",
        analysis=CanaryAnalysis(metrics=(LatencyQuantile(maximum_seconds=-0.2),)))


def test_steps_name_only_metrics_with_a_query(chart):
    bad(chart, r"steps\[1\].metrics: 'error-budget' is not allowed: the name of a metric with a query in "
               r"`analysis.metrics` \(success-rate, latency-p95\)",
        steps=(CanaryStep.set_weight(50), CanaryStep.analysis("error-budget")))
    bad(chart, r"analysis.metrics\[custom\].query: '' is not allowed: a PromQL query",
        analysis=CanaryAnalysis(metrics=(PromQLMetric(name="custom", query="", success_condition="true",
                                                      failure_condition="false"),)))


def test_traffic_router_needs_its_ingress(chart):
    bad(chart, r"traffic_router: 'nginx' is not allowed: NGINX only with `ingress` set",
        ingress=None, traffic_router=TrafficRouter.NGINX)


def test_prod_requires_analysis(chart):
    bad(chart, r"analysis: None is not allowed: an analysis: prod requires one", env="prod", analysis=None)
    plan = dataclasses.replace(environment("prod").canary, background_analysis=False)
    env = dataclasses.replace(environment("prod"), canary=plan)
    bad(chart, r"steps: \['setWeight', 'pause'\] is not allowed: an analysis step: prod runs no background analysis",
        env=env, steps=(CanaryStep.set_weight(50), CanaryStep.pause("1m")))


def test_every_problem_is_reported_at_once(chart):
    err = bad(chart, "name", name="Bad_Name", steps=(CanaryStep.set_weight(200), CanaryStep.pause("later")),
              ingress=None, traffic_router=TrafficRouter.NGINX, analysis=CanaryAnalysis(metrics=(SuccessRate(minimum=2),)))
    assert [p.field for p in err.problems] == [
        "name", "steps[0].weight", "steps[1].duration", "analysis.metrics[success-rate].minimum", "traffic_router"]


def test_duration_rendering():
    assert [str(d) for d in (Duration.seconds(90), Duration.minutes(60), Duration.parse("1h30m"), Duration.hours(2))] == \
        ["1m30s", "1h", "1h30m", "2h"]
    assert Duration.parse("5m") == Duration(300, "5m") and Duration.parse("") .total_seconds is None


def test_plans_are_replaceable_per_environment():
    env = dataclasses.replace(environment("stage"), canary=CanaryPlan(steps=(CanaryStep.set_weight(100), CanaryStep.pause())))
    assert env.canary.steps[-1].duration is None and environment("stage").canary.steps[0].weight == 20
    assert Peer.app("shop", "api").key == "shop-api"


def test_props_of_a_secure_app_keep_every_field():
    from platform_constructs import SecureAppProps

    app = SecureAppProps(name="api", namespace="shop", image="r.example.com/api:1", env=environment("dev"), port=3000,
                         env_vars={"A": "1"})
    canary = CanaryRolloutProps.of(dataclasses.replace(app, metrics_port=9100), anti_affinity=False)
    assert (canary.name, canary.port, canary.metrics_port, dict(canary.env_vars), canary.anti_affinity) == (
        "api", 3000, 9100, {"A": "1"}, False)
    assert isinstance(canary, SecureAppProps)
