"""The canary analysis judged by promtool: every AnalysisTemplate query of every environment, its args substituted,
on synthetic canaries, and the template's own successCondition/failureCondition applied to the value it returns.

Stable pods (another pod template hash) answer badly in every scenario: a query that stopped selecting the canary
alone would judge the wrong version. The expected values are computed here from the synthetic traffic (the success
share, and the quantile interpolated in the histogram's buckets the way Prometheus does); promtool checks the query
returns them, and Argo Rollouts' verdict follows from the conditions: Failed, Successful or, below the minimum
request count (NaN), Inconclusive.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pytest
from promtool_support import ENVS, constructs_of, counter, promtool, series, tally, write_test  # noqa: F401

from platform_constructs import CanaryRollout, LatencyQuantile, SuccessRate
from platform_constructs._promql import HASH_LABEL, ROLE_LABEL
from tools import promtool as engine

pytestmark = pytest.mark.engines

SCRAPE = 30  # seconds, the ServiceMonitor's default interval
EVAL_AT = 10 * 60  # seconds: well past the analysis window
CANARY, STABLE = "7c9d5b8f4", "5f6d7c8b9"


@dataclass(frozen=True)
class Traffic:
    """Requests per second of one version: ok and failing answers, and the share of each that is slow."""

    ok: float
    errors: float = 0
    slow_share: float = 0


SCENARIOS = {  # name: (canary traffic, verdict of the success-rate metric, verdict of the latency metric)
    "healthy": (Traffic(ok=5), "Successful", "Successful"),
    "10%-5xx": (Traffic(ok=4.5, errors=0.5), "Failed", "Successful"),
    "p95-above-threshold": (Traffic(ok=5, slow_share=0.5), "Successful", "Failed"),
    "only-5xx": (Traffic(ok=0, errors=5), "Failed", None),
    "below-minimum-requests": (Traffic(ok=1 / 6), "Inconclusive", "Inconclusive"),  # 20 requests in 2 minutes
    "no-traffic": (Traffic(ok=0), "Inconclusive", "Inconclusive"),
}
STABLE_TRAFFIC = Traffic(ok=9, errors=1, slow_share=0.5)  # bad on purpose: never the one measured


def cases() -> list[tuple[str, CanaryRollout, dict, dict]]:
    out = []
    for env in ENVS:
        for rollout in constructs_of(env, CanaryRollout):
            for _, template in sorted(rollout.analysis_templates.items()):
                doc = template.to_json()
                out += [(f"{env}-{doc['metadata']['name']}-{m['name']}", rollout, doc, m) for m in doc["spec"]["metrics"]]
    return out


CASES = cases()


def substituted(query: str, doc: dict) -> str:
    """The query as Argo Rollouts sends it: every `{{args.x}}` of the template replaced by the run's value."""
    names = {a["name"] for a in doc["spec"].get("args", [])}
    values = {"canary-hash": CANARY}
    assert names <= set(values), f"{doc['metadata']['name']}: args {sorted(names - set(values))} have no test value"
    out = re.sub(r"\{\{\s*args\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], query)
    assert "{{" not in out, f"unsubstituted placeholder in {out!r}"
    return out


def verdict(metric: dict, value: float) -> str:
    """Argo Rollouts' reading of one measurement: failureCondition first, then successCondition, else Inconclusive."""
    if evaluate(metric["failureCondition"], value):
        return "Failed"
    return "Successful" if evaluate(metric["successCondition"], value) else "Inconclusive"


_CONDITION = re.compile(r"(?:\s+|&&|\|\||!(?!=)|isNaN\(|result\[0\]|[()]|[<>]=?|[=!]=|\d+(?:\.\d+)?(?:e-?\d+)?)")


def evaluate(condition: str, value: float) -> bool:
    """The expr-lang conditions the platform renders (`!isNaN(result[0]) && result[0] >= 0.99`): a whitelist of
    their tokens, translated to Python; anything else is refused, not guessed."""
    tokens = _CONDITION.findall(condition)
    assert "".join(tokens) == condition, f"condition {condition!r} uses syntax this evaluator does not know"
    words = {"&&": " and ", "||": " or ", "!": " not ", "isNaN(": "isnan(", "result[0]": "result[0]"}
    python = "".join(words.get(t, t) for t in tokens)
    return bool(eval(python, {"__builtins__": {}}, {"isnan": math.isnan, "result": [value]}))  # noqa: S307


def http_series(rollout: CanaryRollout, version: str, role: str, t: Traffic) -> dict[str, str]:
    """prom-client's counter and histogram of one pod of a version, scraped every 30s for EVAL_AT seconds."""
    m = rollout.monitoring.slo.metrics
    base = {"namespace": rollout.namespace, "app": rollout.name, HASH_LABEL: version, ROLE_LABEL: role,
            "pod": f"{rollout.name}-{version}-abcde", "method": "GET", "route": "/"}
    steps = EVAL_AT // SCRAPE
    slow_bound = slow_bucket(rollout)
    out: dict[str, str] = {}
    for status, rps in (("200", t.ok), ("500", t.errors)):
        if rps == 0:
            continue  # prom-client exports a label set only once it counted a request
        labels = {**base, m.status_label: status}
        per_scrape = rps * SCRAPE
        out[series(m.requests_total, labels)] = counter([(steps, per_scrape)])
        for le in [*m.buckets, math.inf]:
            share = (1 - t.slow_share) + (t.slow_share if le >= slow_bound else 0)
            out[series(f"{m.duration}_bucket", {**labels, "le": _le(le)})] = counter([(steps, per_scrape * share)])
    # Probe and scrape routes: many fast 200s, which the queries must leave out.
    probes = {**base, "route": m.excluded_routes[0], m.status_label: "200"}
    out[series(m.requests_total, probes)] = counter([(steps, 100 * SCRAPE)])
    return out


def slow_bucket(rollout: CanaryRollout) -> float:
    """Upper bound of the bucket holding slow requests: the first whose lower bound is at or above the threshold."""
    buckets = rollout.monitoring.slo.metrics.buckets
    threshold = next(m.maximum_seconds for m in rollout.analysis.metrics if isinstance(m, LatencyQuantile))
    return next(b for lower, b in zip(buckets, buckets[1:], strict=False) if lower >= threshold)


def _le(bound: float) -> str:
    return "+Inf" if math.isinf(bound) else str(float(bound))  # Prometheus 3 stores classic bucket bounds as floats


def expected(rollout: CanaryRollout, metric: dict, t: Traffic) -> float:
    """What the metric must measure on the canary's traffic: computed from the traffic, not read from Prometheus."""
    spec = next(m for m in rollout.analysis.metrics if m.name == metric["name"])
    total = (t.ok + t.errors) * rollout.analysis.window.whole_seconds
    if total < rollout.analysis.min_requests:
        return math.nan
    if isinstance(spec, SuccessRate):
        return t.ok / (t.ok + t.errors)
    assert isinstance(spec, LatencyQuantile), f"{metric['name']}: no expected value for {type(spec).__name__}"
    buckets = rollout.monitoring.slo.metrics.buckets
    fast, slow = 1 - t.slow_share, t.slow_share
    cumulative = [(b, fast + (slow if b >= slow_bucket(rollout) else 0)) for b in buckets]
    rank, lower, below = spec.quantile, 0.0, 0.0
    for upper, count in cumulative:  # histogram_quantile: linear interpolation inside the bucket holding the rank
        if count >= rank:
            return lower + (upper - lower) * (rank - below) / (count - below)
        lower, below = upper, count
    raise AssertionError(f"{metric['name']}: the quantile lies above the highest bucket")


def want(rollout: CanaryRollout, metric: dict, scenario: str) -> str | None:
    """The verdict a scenario must get from this metric (None: the scenario says nothing about it)."""
    _, rate, latency = SCENARIOS[scenario]
    spec = next(m for m in rollout.analysis.metrics if m.name == metric["name"])
    assert isinstance(spec, (SuccessRate, LatencyQuantile)), f"{metric['name']}: no scenarios for {type(spec).__name__}"
    return rate if isinstance(spec, SuccessRate) else latency


RUNS = [(*c, s) for c in CASES for s in sorted(SCENARIOS) if want(c[1], c[3], s) is not None]


@pytest.mark.parametrize("name, rollout, doc, metric, scenario", RUNS, ids=[f"{r[0]}-{r[4]}" for r in RUNS])
def test_analysis_query_on_synthetic_canaries(name, rollout, doc, metric, scenario, promtool, tmp_path, tally):  # noqa: F811
    traffic = SCENARIOS[scenario][0]
    verdict_wanted = want(rollout, metric, scenario)
    query = substituted(metric["provider"]["prometheus"]["query"], doc)
    value = expected(rollout, metric, traffic)
    # NaN equals nothing, itself included: promtool proves it by `x != bool x`, which is 1 only for NaN.
    probe = (f"({query}) != bool ({query})", 1) if math.isnan(value) else (query, value)
    series_ = {**http_series(rollout, CANARY, "canary", traffic), **http_series(rollout, STABLE, "stable", STABLE_TRAFFIC)}
    tests = [{"interval": f"{SCRAPE}s", "input_series": [{"series": k, "values": v} for k, v in series_.items()],
              "promql_expr_test": [{"expr": probe[0], "eval_time": f"{EVAL_AT}s",
                                    "exp_samples": [{"labels": "{}", "value": probe[1]}]}]}]
    rules = {"kind": "PrometheusRule", "metadata": {"name": "none", "namespace": "test"},
             "spec": {"groups": [{"name": "none", "rules": [{"record": "unused", "expr": "vector(1)"}]}]}}
    engine.run_rule_tests(write_test(tmp_path, f"{name}-{scenario}", engine.rule_files([rules], tmp_path), tests))
    got = verdict(metric, value)
    assert got == verdict_wanted, f"{name} on {scenario}: {value} reads {got}, not {verdict_wanted}"
    tally[f"analysis measurements judged (queries x scenarios; {len(CASES)} queries)"] += 1
