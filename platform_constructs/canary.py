"""CanaryRollout: a SecureApp delivered by an Argo Rollouts canary, gated by Prometheus analysis.

What makes a bad version go away without a person:

- the analysis (`AnalysisTemplate`s, Prometheus provider) measures only the new version's pods, selected by
  their `rollouts-pod-template-hash` (copied onto every series by the ServiceMonitor), with `failureLimit`;
- a failed analysis run, in the background (`strategy.canary.analysis`) or in a step, aborts the rollout;
- on abort the controller sets the canary Ingress weight back to 0 (`trafficRouting.nginx.stableIngress`
  with `stableService`/`canaryService`), so all traffic returns to the stable pods, which stayed scaled up,
  and scales the canary down after `abortScaleDownDelaySeconds`;
- `progressDeadlineAbort` aborts the same way when the new version never becomes ready.

Too little traffic is never a pass: every query answers NaN below a minimum request count and the
conditions treat NaN as neither success nor failure, so the run turns Inconclusive and the rollout pauses.

Step plan rules (checked at construction): set-weight steps are strictly increasing within 1..100, and
the last one is 100 or is followed by a pause or an analysis, so the controller's final promotion to 100%
only ever follows a weight that was observed. Without a traffic router (`TrafficRouter.REPLICAS`) weights
are approximated with replica counts, and the scale-down delays, which need a router, are left out.
"""
from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from cdk8s import ApiObject
from cdk8s_plus_27 import k8s
from constructs import Construct

from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, int_or_string, is_dns1123_label
from ._pod import emit, with_pre_stop_sleep
from ._promql import APP_LABEL, HASH_LABEL, HttpQueries, gated, number
from .imports.argo_rollouts_analysis_template.io import argoproj as analysis_api
from .imports.argo_rollouts_rollout.io import argoproj as rollout_api
from .observability import ROLLOUT_ROLE_POD_LABEL, AppMonitoring, AppMonitoringProps
from .secure_app import SecureApp, SecureAppProps
from .settings import CanaryPlan, CanaryStep, Duration, StepKind

CANARY_HASH_ARG = "canary-hash"


class TrafficRouter(enum.Enum):
    """How traffic is split between the stable and the canary version."""

    NGINX = "nginx"
    """ingress-nginx: the controller adds a canary Ingress with an exact weight. Needs `ingress`."""
    REPLICAS = "replicas"
    """No router: the weight is approximated by replica counts of the two versions."""


@dataclass(frozen=True, kw_only=True, slots=True)
class SuccessRate:
    """The new version's share of requests not answered with a 5xx must stay at or above `minimum`."""

    minimum: float = 0.99
    """Default: 0.99."""
    name: str = "success-rate"
    """Default: 'success-rate'; steps name the metric by it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class LatencyQuantile:
    """The new version's `quantile` of request latency must stay at or below `maximum_seconds`."""

    maximum_seconds: float = 0.5
    """Default: 0.5 seconds."""
    quantile: float = 0.95
    """Default: 0.95 (p95)."""
    name: str = "latency-p95"
    """Default: 'latency-p95'; steps name the metric by it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class PromQLMetric:
    """Any Prometheus query with Argo Rollouts conditions on `result`. The query may use the argument
    `{{args.canary-hash}}`, the new version's pod template hash (series label `rollouts_pod_template_hash`)."""

    name: str
    """Metric name (DNS-1123 label); steps name the metric by it."""
    query: str
    """The PromQL query; it should answer one sample, NaN when there is too little data."""
    success_condition: str
    """Such as '!isNaN(result[0]) && result[0] < 5'."""
    failure_condition: str
    """Such as '!isNaN(result[0]) && result[0] >= 5'; a result matching neither is inconclusive."""


Metric = SuccessRate | LatencyQuantile | PromQLMetric


@dataclass(frozen=True, kw_only=True, slots=True)
class CanaryAnalysis:
    """What the analysis measures and how often."""

    metrics: tuple[Metric, ...] = (SuccessRate(), LatencyQuantile())
    """Default: success rate at least 0.99 and p95 latency at most 0.5 s, both of the new version only."""
    window: Duration = Duration.minutes(2)
    """Default: 2m of traffic per measurement (the PromQL range)."""
    interval: Duration | None = None
    """Default: the environment's pace (`env.canary.analysis_interval`): 1m, 30s in dev."""
    count: int | None = None
    """Default: the environment's pace (`env.canary.analysis_count`): 5 measurements per analysis step, 3 in dev
    (the background analysis measures until the rollout ends). More than `inconclusive_limit`, so a canary
    without traffic never passes by running out of measurements."""
    failure_limit: int = 1
    """Default: 1 failed measurement tolerated; the second fails the run and aborts the rollout."""
    inconclusive_limit: int = 2
    """Default: 2 inconclusive measurements (too little traffic) tolerated; the third pauses the rollout."""
    min_requests: int = 50
    """Default: 50 requests to the new version in the window; fewer make the measurement inconclusive."""


@dataclass(frozen=True, kw_only=True, slots=True)
class CanaryRolloutProps(SecureAppProps):
    """Props of a CanaryRollout: every SecureAppProps field, plus how the canary proceeds."""

    @classmethod
    def of(cls, app: SecureAppProps, **canary: Any) -> CanaryRolloutProps:
        """The same app shipped progressively: `app`'s fields, plus any canary fields given."""
        return cls(**{f.name: getattr(app, f.name) for f in dataclasses.fields(SecureAppProps)}, **canary)

    steps: Sequence[CanaryStep] | None = None
    """Default: the environment's plan (`env.canary.steps`): fast in dev, slow and analysis-gated in prod."""
    analysis: CanaryAnalysis | None = field(default_factory=CanaryAnalysis)
    """Default: success rate and p95 latency (see CanaryAnalysis). None only where `env.canary.require_analysis` is off."""
    traffic_router: TrafficRouter | None = None
    """Default: NGINX when `ingress` is set, else REPLICAS."""
    anti_affinity: bool = True
    """Default: True, canary pods prefer nodes without stable pods, so one bad node cannot fail both versions."""
    scale_down_delay: Duration = Duration.seconds(30)
    """Default: 30s that the old version keeps running after promotion, while the Ingress catches up (router only)."""
    abort_scale_down_delay: Duration = Duration.seconds(30)
    """Default: 30s that an aborted canary keeps running after its traffic is gone (router only)."""
    progress_deadline: Duration = Duration.minutes(10)
    """Default: 10m for new pods to become ready before the rollout aborts."""
    rollback_window: int = 3
    """Default: 3. Rolling back to one of the last 3 revisions skips the steps and analysis, so it is fast."""
    observability: AppMonitoringProps = field(default_factory=AppMonitoringProps)
    """Default: scraping, SLO alerts and dashboard (see AppMonitoringProps); the analysis needs the scraping."""


class CanaryRollout(SecureApp):
    """A SecureApp whose pods belong to an Argo Rollouts `Rollout` with a canary strategy.

    Keeps every SecureApp object and guarantee (hardened pods, probes, resources, PodDisruptionBudget,
    NetworkPolicies, ServiceAccount; the HorizontalPodAutoscaler targets the Rollout, which then carries no
    `replicas`). Adds: the canary Service (`<name>-canary`), with REPLICAS also `<name>-stable` (with NGINX
    the app's Service is the stable one, as its Ingress must route to it), AnalysisTemplates
    (`<name>-background`, and `<name>-<metric>` for analysis steps), and AppMonitoring.

    Child ids: SecureApp's, plus `CanaryService`, `StableService`, `Background`, `Analysis-<metric>`, `Monitoring`.
    """

    workload_kind = "Rollout"
    workload_api_version = "argoproj.io/v1alpha1"

    def __init__(self, scope: Construct, id: str, *, props: CanaryRolloutProps):
        with unique_id(scope, id, "CanaryRollout"):  # names this kind, not SecureApp's
            super().__init__(scope, id, props=props)
        p = props
        stable = p.name if self._router is TrafficRouter.NGINX else f"{p.name}-stable"
        self.canary_service = self._service("CanaryService", f"{p.name}-canary")
        self.stable_service = self.service if stable == p.name else self._service("StableService", stable)
        monitoring = p.observability.monitoring
        self.analysis_templates: dict[str, analysis_api.AnalysisTemplate] = {}
        if self.analysis is not None:
            canary = HttpQueries(metrics=p.observability.slo.metrics,
                                 scope={"namespace": p.namespace, APP_LABEL: p.name, HASH_LABEL: f"{{{{args.{CANARY_HASH_ARG}}}}}"})
            rendered = {m.name: _metric(m, self.analysis, canary, monitoring.prometheus_url) for m in self.analysis.metrics}
            if p.env.canary.background_analysis:
                self.analysis_templates["background"] = self._template("Background", f"{p.name}-background",
                                                                       [rendered[m.name] for m in self.analysis.metrics], count=None)
            for name in sorted({m for s in self._steps if s.kind is StepKind.ANALYSIS for m in self._step_metrics(s)}):
                self.analysis_templates[name] = self._template(f"Analysis-{name}", f"{p.name}-{name}", [rendered[name]],
                                                               count=self._count)
        self.monitoring = AppMonitoring(self, "Monitoring", app=self, props=dataclasses.replace(
            p.observability, rollout_stall_after=self._stall_after()))
        del self._canary_props  # only needed while SecureApp renders

    def _validate(self, props: SecureAppProps) -> None:
        # The plan is resolved first: SecureApp validates, then renders the workload (through `_render_workload`).
        p = cast(CanaryRolloutProps, props)  # SecureApp hands back what __init__ gave it
        self._steps = tuple(p.steps if p.steps is not None else p.env.canary.steps)
        self._router = p.traffic_router or (TrafficRouter.NGINX if p.ingress is not None else TrafficRouter.REPLICAS)
        # The environment paces the analysis where the app does not; `analysis` is what the AnalysisTemplates
        # measure, at that pace, for whoever tests or documents them.
        a, plan = p.analysis, p.env.canary
        self._interval = a.interval if a is not None and a.interval is not None else plan.analysis_interval
        self._count = a.count if a is not None and a.count is not None else plan.analysis_count
        self.analysis = None if a is None else dataclasses.replace(a, interval=self._interval, count=self._count)
        self._canary_props = p
        super()._validate(props)

    # -- rendering ---------------------------------------------------------------------------------

    def _render_workload(self, meta: k8s.ObjectMeta, template: k8s.PodTemplateSpec, replicas: int | None,
                         pre_stop_seconds: int) -> ApiObject:
        p = self._canary_props
        nginx = self._router is TrafficRouter.NGINX
        a = rollout_api
        steps = [self._step(s) for s in self._steps]
        background = None
        if p.analysis is not None and p.env.canary.background_analysis:
            first_weight = next(i for i, s in enumerate(self._steps) if s.kind is StepKind.SET_WEIGHT)
            background = a.RolloutSpecStrategyCanaryAnalysis(
                templates=[a.RolloutSpecStrategyCanaryAnalysisTemplates(template_name=f"{p.name}-background")],
                args=[a.RolloutSpecStrategyCanaryAnalysisArgs(
                    name=CANARY_HASH_ARG, value_from=a.RolloutSpecStrategyCanaryAnalysisArgsValueFrom(
                        pod_template_hash_value="Latest"))],
                # Start once the first weight is set: before that, the new version has no traffic to measure.
                starting_step=first_weight + 1)
        role = ROLLOUT_ROLE_POD_LABEL
        canary = a.RolloutSpecStrategyCanary(
            canary_service=f"{p.name}-canary",
            stable_service=p.name if nginx else f"{p.name}-stable",
            canary_metadata=a.RolloutSpecStrategyCanaryCanaryMetadata(labels={role: "canary"}),
            stable_metadata=a.RolloutSpecStrategyCanaryStableMetadata(labels={role: "stable"}),
            max_surge=a.RolloutSpecStrategyCanaryMaxSurge.from_string("25%"),
            max_unavailable=a.RolloutSpecStrategyCanaryMaxUnavailable.from_number(0),
            anti_affinity=a.RolloutSpecStrategyCanaryAntiAffinity(
                preferred_during_scheduling_ignored_during_execution=a
                .RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(weight=100))
            if p.anti_affinity else None,
            traffic_routing=a.RolloutSpecStrategyCanaryTrafficRouting(
                nginx=a.RolloutSpecStrategyCanaryTrafficRoutingNginx(stable_ingress=p.name)) if nginx else None,
            # Argo Rollouts refuses scaleDownDelaySeconds without a router; both delays only matter with one.
            scale_down_delay_seconds=p.scale_down_delay.whole_seconds if nginx else None,
            abort_scale_down_delay_seconds=p.abort_scale_down_delay.whole_seconds if nginx else None,
            analysis=background,
            steps=steps)
        manifest = rollout_api.Rollout.manifest(
            metadata={"name": meta.name, "namespace": meta.namespace, "labels": meta.labels},
            spec=a.RolloutSpec(
                replicas=replicas, revision_history_limit=5,
                selector=a.RolloutSpecSelector(match_labels=self.selector),
                progress_deadline_seconds=p.progress_deadline.whole_seconds, progress_deadline_abort=True,
                rollback_window=a.RolloutSpecRollbackWindow(revisions=p.rollback_window),
                strategy=a.RolloutSpecStrategy(canary=canary)))
        # The pod template comes from the core types (same as the Deployment's), with the preStop sleep added.
        pod = k8s.KubePodTemplate.manifest(metadata=k8s.ObjectMeta(name=meta.name), template=template)["template"]
        manifest["spec"]["template"] = with_pre_stop_sleep(pod, pre_stop_seconds)
        return emit(self, "Resource", manifest)

    def _step(self, s: CanaryStep) -> rollout_api.RolloutSpecStrategyCanarySteps:
        a = rollout_api
        if s.kind is StepKind.SET_WEIGHT:
            return a.RolloutSpecStrategyCanarySteps(set_weight=s.weight)
        if s.kind is StepKind.PAUSE:
            duration = a.RolloutSpecStrategyCanaryStepsPauseDuration.from_string(str(s.duration)) if s.duration else None
            return a.RolloutSpecStrategyCanarySteps(pause=a.RolloutSpecStrategyCanaryStepsPause(duration=duration))
        return a.RolloutSpecStrategyCanarySteps(analysis=a.RolloutSpecStrategyCanaryStepsAnalysis(
            templates=[a.RolloutSpecStrategyCanaryStepsAnalysisTemplates(template_name=f"{self.name}-{m}")
                       for m in self._step_metrics(s)],
            args=[a.RolloutSpecStrategyCanaryStepsAnalysisArgs(
                name=CANARY_HASH_ARG, value_from=a.RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom(
                    pod_template_hash_value="Latest"))]))

    def _step_metrics(self, s: CanaryStep) -> tuple[str, ...]:
        return s.metrics or tuple(m.name for m in self.analysis.metrics) if self.analysis else s.metrics

    def _service(self, id: str, name: str) -> k8s.KubeService:
        return k8s.KubeService(self, id, metadata=k8s.ObjectMeta(name=name, namespace=self.namespace, labels=self.labels),
                               spec=k8s.ServiceSpec(type="ClusterIP", selector=self.selector, ports=[k8s.ServicePort(
                                   name="http", port=80, target_port=int_or_string("http"), protocol="TCP")]))

    def _template(self, id: str, name: str, metrics: list, *, count: int | None) -> analysis_api.AnalysisTemplate:
        return analysis_api.AnalysisTemplate(self, id, metadata={"name": name, "namespace": self.namespace, "labels": self.labels},
                                             spec=analysis_api.AnalysisTemplateSpec(
            args=[analysis_api.AnalysisTemplateSpecArgs(name=CANARY_HASH_ARG)],
            metrics=[_with_count(m, count) for m in metrics]))

    def _stall_after(self) -> Duration:
        """How long the plan should take, plus 30 minutes: longer than that, someone has to look (props validated)."""
        seconds = 1800 + sum(s.duration.whole_seconds for s in self._steps if s.kind is StepKind.PAUSE and s.duration)
        if self.analysis is not None:
            per_step = self.analysis.window.whole_seconds + self._count * self._interval.whole_seconds
            seconds += per_step * sum(1 for s in self._steps if s.kind is StepKind.ANALYSIS)
        return Duration.seconds(seconds)

    # -- validation --------------------------------------------------------------------------------

    def _check_more(self, props: SecureAppProps, problems: Problems) -> None:
        p = self._canary_props
        v = problems
        plan: CanaryPlan = p.env.canary
        a = self.analysis
        v.check(bool(self._steps), "steps", list(self._steps), "at least one step, starting with a set-weight step")
        weights = [(i, s.weight) for i, s in enumerate(self._steps) if s.kind is StepKind.SET_WEIGHT]
        if self._steps:
            v.check(bool(weights), "steps", [s.kind.value for s in self._steps], "at least one set-weight step")
        last = 0
        for i, w in weights:
            if not (isinstance(w, int) and not isinstance(w, bool) and 1 <= w <= 100):
                v.add(f"steps[{i}].weight", w, "a whole percentage from 1 to 100")
            elif w <= last:
                v.add(f"steps[{i}].weight", w, f"above the previous weight ({last}): weights must strictly increase")
            else:
                last = w
        if weights:
            i, w = weights[-1]
            gated_after = any(s.kind is not StepKind.SET_WEIGHT for s in self._steps[i + 1:])
            v.check(w == 100 or gated_after, f"steps[{i}].weight", w,
                    "100, or followed by a pause or analysis step: after the last step the controller promotes "
                    "straight to 100%, so the last weight must be observed first")
        for i, s in enumerate(self._steps):
            if s.kind is StepKind.PAUSE and s.duration is not None and (bad := s.duration.problem(f"steps[{i}].duration")):
                v.add(bad.field, bad.value, bad.allowed)
            if s.kind is StepKind.ANALYSIS:
                defined = [m.name for m in a.metrics] if a else []
                if a is None:
                    v.add(f"steps[{i}]", "analysis", "no analysis step while `analysis` is None")
                for m in s.metrics:
                    v.check(m in defined, f"steps[{i}].metrics", m,
                            f"the name of a metric with a query in `analysis.metrics` ({', '.join(defined) or 'none'})")
        if a is None:
            v.check(not plan.require_analysis, "analysis", None, f"an analysis: {p.env.name} requires one")
        else:
            runs = plan.background_analysis or any(s.kind is StepKind.ANALYSIS for s in self._steps)
            v.check(runs or not plan.require_analysis, "steps", [s.kind.value for s in self._steps],
                    f"an analysis step: {p.env.name} runs no background analysis and requires one")
            _check_analysis(v, a, p.name)
        router = p.traffic_router
        if router is TrafficRouter.NGINX:
            v.check(p.ingress is not None, "traffic_router", router.value,
                    "NGINX only with `ingress` set (the stable Ingress whose traffic it splits); use REPLICAS without one")
        for name in ("scale_down_delay", "abort_scale_down_delay", "progress_deadline"):
            if (bad := getattr(p, name).problem(name)) is not None:
                v.add(bad.field, bad.value, bad.allowed)
        v.check(isinstance(p.rollback_window, int) and p.rollback_window >= 0, "rollback_window", p.rollback_window,
                "a whole number of revisions of at least 0")


def _check_analysis(v: Problems, a: CanaryAnalysis, app: str) -> None:
    names = [m.name for m in a.metrics]
    v.check(bool(names), "analysis.metrics", [], "at least one metric")
    v.check(len(set(names)) == len(names), "analysis.metrics", names, "metrics with distinct names")
    for m in a.metrics:
        at = f"analysis.metrics[{m.name}]"
        v.check(is_dns1123_label(m.name) and len(app) + 1 + len(m.name) <= 63, f"{at}.name", m.name,
                f"{DNS1123_RULE}, short enough that '{app}-<name>' stays within 63")
        if isinstance(m, SuccessRate):
            ok = isinstance(m.minimum, (int, float)) and not isinstance(m.minimum, bool) and 0 < m.minimum <= 1
            v.check(ok, f"{at}.minimum", m.minimum, "a ratio above 0 and at most 1, such as 0.99")
        elif isinstance(m, LatencyQuantile):
            ok = isinstance(m.maximum_seconds, (int, float)) and not isinstance(m.maximum_seconds, bool) and m.maximum_seconds > 0
            v.check(ok, f"{at}.maximum_seconds", m.maximum_seconds, "a number of seconds above 0, such as 0.5")
            ok = isinstance(m.quantile, float) and 0 < m.quantile < 1
            v.check(ok, f"{at}.quantile", m.quantile, "a quantile above 0 and below 1, such as 0.95")
        else:
            for attr in ("query", "success_condition", "failure_condition"):
                value = getattr(m, attr)
                v.check(isinstance(value, str) and bool(value.strip()), f"{at}.{attr}", value,
                        "a PromQL query" if attr == "query" else "an Argo Rollouts condition on `result`")
    for name in ("window", "interval"):
        if (bad := getattr(a, name).problem(f"analysis.{name}")) is not None:
            v.add(bad.field, bad.value, bad.allowed)
    def whole(value: object, low: int) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and value >= low

    for name, low in (("count", 1), ("failure_limit", 0), ("inconclusive_limit", 0), ("min_requests", 1)):
        value = getattr(a, name)
        v.check(whole(value, low), f"analysis.{name}", value, f"a whole number of at least {low}")
    # Argo Rollouts passes a metric that reaches `count` with no more than `inconclusive_limit` inconclusive
    # measurements: with count <= limit, a canary nobody calls would pass on NaNs alone.
    if isinstance(a.count, int) and whole(a.count, 1) and whole(a.inconclusive_limit, 0):
        v.check(a.count > a.inconclusive_limit, "analysis.count", a.count,
                f"more than analysis.inconclusive_limit ({a.inconclusive_limit}), so a canary with too little traffic "
                "pauses its rollout instead of passing")


def _metric(m: Metric, a: CanaryAnalysis, q: HttpQueries, address: str) -> dict:
    """One AnalysisTemplate metric (as keyword arguments), without `count`."""
    window = str(a.window)
    if isinstance(m, PromQLMetric):
        query, success, failure = m.query, m.success_condition, m.failure_condition
    else:
        if isinstance(m, SuccessRate):
            measured, ok, bad = q.success_ratio(window), f">= {number(m.minimum)}", f"< {number(m.minimum)}"
        else:
            measured = q.latency_quantile(m.quantile, window)
            ok, bad = f"<= {number(m.maximum_seconds)}", f"> {number(m.maximum_seconds)}"
        query = gated(measured, q.request_count(window), a.min_requests)
        # NaN (too little traffic) meets neither condition: the measurement is inconclusive, never a pass.
        success, failure = (f"!isNaN(result[0]) && result[0] {op}" for op in (ok, bad))
    return dict(
        name=m.name, interval=str(a.interval), initial_delay=window,
        failure_limit=analysis_api.AnalysisTemplateSpecMetricsFailureLimit.from_number(a.failure_limit),
        inconclusive_limit=analysis_api.AnalysisTemplateSpecMetricsInconclusiveLimit.from_number(a.inconclusive_limit),
        success_condition=success, failure_condition=failure,
        provider=analysis_api.AnalysisTemplateSpecMetricsProvider(
            prometheus=analysis_api.AnalysisTemplateSpecMetricsProviderPrometheus(address=address, query=query, timeout=30)))


def _with_count(kwargs: dict, count: int | None) -> analysis_api.AnalysisTemplateSpecMetrics:
    # Without a count the metric is measured until the rollout ends: the background analysis.
    c = analysis_api.AnalysisTemplateSpecMetricsCount.from_number(count) if count is not None else None
    return analysis_api.AnalysisTemplateSpecMetrics(**kwargs, count=c)
