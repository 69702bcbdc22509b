"""`promtool test rules` on every burn-rate SLO alert of every environment.

For each alert and each of its (long window, short window, burn factor) pairs, the series are computed from the
app's SLO (its error or latency budget) and the factor: healthy traffic for the alert's longest window, then errors
(or slow requests) at exactly `factor x budget`. Each test loads the rendered alert with the recording rules it
reads (the rest of the object would only cost evaluation time). The alert must fire once the long window has seen the burn plus its `for`,
and stay silent at 90% of the factor over the same time. Probe and scrape routes carry ten times the traffic, all
healthy: a selector that stopped excluding them would dilute the burn and the alert would not fire.
"""
import dataclasses
import json
import re
from dataclasses import dataclass

import pytest
from promtool_support import ENVS, MINUTE, constructs_of, counter, duration, expand, minutes, promtool, series, tally, write_test  # noqa: F401

from platform_constructs.observability import BURN_WINDOWS, AppMonitoring, Severity
from tools import promtool as engine

pytestmark = pytest.mark.engines

REQUESTS_PER_MINUTE = 6000  # 100 requests per second, so even a 0.1% budget burns whole requests
SLIS = {"errors": "HttpErrorBudgetBurn", "slow": "HttpLatencyBudgetBurn"}


@dataclass(frozen=True)
class Case:
    env: str
    """The environments ('dev+stage+prod') whose rendered rules and SLO this case covers."""
    monitoring: AppMonitoring
    sli: str
    long: str
    short: str
    factor: float
    severity: str

    @property
    def history(self) -> int:
        """Seconds of healthy traffic before the burn: the alert's longest window starts out healthy."""
        return max(duration(long) for long, _, _, sev in BURN_WINDOWS if sev == self.severity)

    @property
    def interval(self) -> int:
        """Seconds between samples: a minute, or five where the windows are hours long (rules run every minute)."""
        return 5 * MINUTE if duration(self.short) >= 2 * 3600 else MINUTE

    def earliest(self, burn_factor: float) -> float:
        """Seconds into a burn at `burn_factor` (after healthy history) until one of the alert's pairs holds:
        a long window of L seconds holds samples L - interval apart (ranges are left-open), so it reaches factor f
        after (L - interval) x f / burn_factor, and never below the factor."""
        return min(((duration(long) - self.interval) * f / burn_factor for long, _, f, sev in BURN_WINDOWS
                    if sev == self.severity and f <= burn_factor), default=float("inf"))

    @property
    def id(self) -> str:
        scope = self.monitoring.queries.scope
        return f"{self.env}-{scope['namespace']}-{scope['app']}-{SLIS[self.sli]}-{self.severity}-{self.long}"


def cases() -> list[Case]:
    """One case per alert pair of each app, once for the environments whose rules and SLO are the same."""
    found: dict[str, Case] = {}
    for env in ENVS:
        for m in constructs_of(env, AppMonitoring):
            if m.rule is None:
                continue
            for sli in SLIS:
                for long, short, factor, sev in BURN_WINDOWS:
                    case = Case(env, m, sli, long, short, factor, sev)
                    key = json.dumps([alert_with_its_recordings(case, rendered_alert(case))["spec"],
                                      sorted(m.queries.scope.items()), repr(m.slo), sli, long])
                    found[key] = dataclasses.replace(case, env=f"{found[key].env}+{env}") if key in found else case
    return list(found.values())



def budget(case: Case) -> float:
    slo = case.monitoring.slo
    return 1 - (slo.availability if case.sli == "errors" else slo.latency_objective)


def traffic(case: Case, bad_share: float, burn: int) -> list[dict]:
    """The case's history of healthy traffic, then `burn` seconds with `bad_share` of requests bad."""
    scope = dict(case.monitoring.queries.scope)
    m = case.monitoring.slo.metrics
    step = case.interval // MINUTE
    n, bad = REQUESTS_PER_MINUTE * step, REQUESTS_PER_MINUTE * step * bad_share
    history, burn_minutes = case.history // case.interval, burn // case.interval
    pod = {**scope, "pod": f"{scope['app']}-0", "method": "GET", "route": "/"}
    noise = [{**pod, "route": route} for route in m.excluded_routes]
    if case.sli == "errors":
        return [{"series": series(m.requests_total, {**pod, m.status_label: "500"}),
                 "values": counter([(history, 0), (burn_minutes, bad)])},
                {"series": series(m.requests_total, {**pod, m.status_label: "200"}),
                 "values": counter([(history, n), (burn_minutes, n - bad)])},
                *({"series": series(m.requests_total, {**x, m.status_label: "200"}),
                   "values": counter([(history + burn_minutes, 10 * n)])} for x in noise)]
    le = str(float(case.monitoring.slo.latency_seconds))  # Prometheus 3 stores bucket bounds as floats: "1.0"
    return [s for x, fast, slow in [(pod, n - bad, n), *((x, 10 * n, 10 * n) for x in noise)] for s in (
        {"series": series(f"{m.duration}_bucket", {**x, m.status_label: "200", "le": le}),
         "values": counter([(history, n if x is pod else 10 * n), (burn_minutes, fast)])},
        {"series": series(f"{m.duration}_count", {**x, m.status_label: "200"}),
         "values": counter([(history, n if x is pod else 10 * n), (burn_minutes, slow)])})]


def rendered_alert(case: Case) -> dict:
    doc = case.monitoring.rule.resource.to_json()
    found = [r for g in doc["spec"]["groups"] for r in g["rules"]
             if r.get("alert") == SLIS[case.sli] and r["labels"]["severity"] == case.severity]
    assert len(found) == 1, f"{case.id}: expected one {SLIS[case.sli]} {case.severity} alert, found {len(found)}"
    return found[0]


def alert_with_its_recordings(case: Case, rule: dict) -> dict:
    """The case's PrometheusRule with only `rule` and the recording rules its expression reads."""
    doc = case.monitoring.rule.resource.to_json()
    reads = set(re.findall(r"[\w:]+", rule["expr"]))
    groups = [{**g, "rules": [r for r in g["rules"] if r == rule or r.get("record") in reads]} for g in doc["spec"]["groups"]]
    return {**doc, "spec": {"groups": [g for g in groups if g["rules"]]}}


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_burn_rate_alert_fires_at_its_factor_and_not_at_90_percent(case, promtool, tmp_path, tally):  # noqa: F811
    rule = rendered_alert(case)
    wait = duration(rule.get("for", "0s"))
    assert case.severity == (Severity.CRITICAL.value if wait < 15 * MINUTE else Severity.WARNING.value)
    step = case.interval
    fires_at = case.history + duration(case.long) + wait + step
    burn = fires_at - case.history
    # Another pair may hold first (3x over a day is also 1x over three days): silent only until the first one.
    silent_until = case.history + case.earliest(case.factor) + wait - step
    assert case.earliest(0.9 * case.factor) > burn, f"{case.id}: another pair fires at 90% before {minutes(fires_at)}"
    labels = {**case.monitoring.queries.scope, "severity": case.severity}
    expected = [{"exp_labels": labels, "exp_annotations": {k: expand(v, labels) for k, v in rule["annotations"].items()}}]
    at_factor, at_90 = case.factor * budget(case), 0.9 * case.factor * budget(case)
    tests = [
        # At the factor: silent until the long window has seen the burn and the alert its `for`, then firing.
        {"interval": minutes(step), "input_series": traffic(case, at_factor, burn), "alert_rule_test": [
            {"eval_time": minutes(int(silent_until // step * step)), "alertname": SLIS[case.sli], "exp_alerts": []},
            {"eval_time": minutes(fires_at), "alertname": SLIS[case.sli], "exp_alerts": expected}]},
        # At 90% of it: silent over the same time.
        {"interval": minutes(step), "input_series": traffic(case, at_90, burn), "alert_rule_test": [
            {"eval_time": minutes(fires_at), "alertname": SLIS[case.sli], "exp_alerts": []}]},
    ]
    doc = alert_with_its_recordings(case, rule)
    engine.run_rule_tests(write_test(tmp_path, case.id, engine.rule_files([doc], tmp_path), tests, docs=[doc]))
    tally[f"burn-rate alert pairs fired at their factor and stayed silent at 90% ({len(ENVS)} environments)"] += 1
