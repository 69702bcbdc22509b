"""`promtool test rules` on the workload, rollout, volume and database alerts, per environment, on synthetic series.

Each scenario feeds the rendered PrometheusRule the series its exporter would expose (cAdvisor, kube-state-metrics,
the kubelet, the Argo Rollouts controller, postgres_exporter, the backup agent) and says when the alert must be
silent and when firing; thresholds and waits come from the construct (its `for`, the database's recovery plan).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from promtool_support import ENVS, MINUTE, constructs_of, counter, duration, gauge, minutes, promtool, series, write_test  # noqa: F401

from platform_constructs import AppMonitoring
from tools import promtool as engine

pytestmark = pytest.mark.engines
HOUR = 3600


@dataclass(frozen=True)
class Scenario:
    """Series (label set -> values, one per `interval`) and the verdicts: (seconds, labels of the firing alert or None)."""

    alert: str
    input_series: dict[str, str]
    verdicts: list[tuple[int, dict[str, str] | None]]
    interval: int = MINUTE
    rule: dict = field(default_factory=dict)


def find_alert(doc: dict, name: str) -> dict:
    found = [r for g in doc["spec"]["groups"] for r in g["rules"] if r.get("alert") == name]
    assert len(found) == 1, f"PrometheusRule {doc['metadata']['name']!r}: expected one alert {name!r}, found {len(found)}"
    return found[0]


def expand(template: str, labels: dict[str, str]) -> str:
    out = re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], template)
    assert "{{" not in out, f"unexpected template in {template!r}"
    return out


def run(doc: dict, s: Scenario, folder, name: str) -> None:
    rule = find_alert(doc, s.alert)
    checks = []
    for at, labels in s.verdicts:
        exp = [] if labels is None else [{"exp_labels": {**labels, **rule.get("labels", {})},
                                         "exp_annotations": {k: expand(v, {**labels, **rule.get("labels", {})})
                                                             for k, v in rule.get("annotations", {}).items()}}]
        checks.append({"eval_time": minutes(at), "alertname": s.alert, "exp_alerts": exp})
    tests = [{"interval": minutes(s.interval), "alert_rule_test": checks,
              "input_series": [{"series": k, "values": v} for k, v in s.input_series.items()]}]
    engine.run_rule_tests(write_test(folder, name, engine.rule_files([doc], folder), tests, docs=[doc]))


# -- workloads, rollouts, volumes --------------------------------------------------------------------------


def app_scenarios(m: AppMonitoring, doc: dict) -> dict[str, Scenario]:
    ns, app = m.queries.scope["namespace"], m.queries.scope["app"]
    pod = {"namespace": ns, "pod": f"{app}-6d8f9c7b5-x2x7q", "container": app}
    cadvisor = {**pod, "id": f"/kubepods/burstable/pod1/{app}", "image": f"registry/{app}@sha256:1", "name": "c1",
                "job": "kubelet", "metrics_path": "/metrics/cadvisor"}
    ksm = {**pod, "job": "kube-state-metrics", "uid": "1"}
    limit = 256 * 2 ** 20
    wait = {name: duration(find_alert(doc, name).get("for", "0s")) for name in (
        "ContainerCpuThrottled", "ContainerMemoryNearLimit", "PodCrashLooping", "RolloutAborted", "RolloutStalled")}

    def throttled(share: float, minutes_: int) -> dict[str, str]:
        return {series("container_cpu_cfs_periods_total", cadvisor): counter([(minutes_, 600)]),  # 10 periods a second
                series("container_cpu_cfs_throttled_periods_total", cadvisor): counter([(minutes_, 600 * share)])}

    def memory(share: float, minutes_: int) -> dict[str, str]:
        return {series("container_memory_working_set_bytes", cadvisor): gauge([(minutes_, limit * share)]),
                series("kube_pod_container_resource_limits", {**ksm, "resource": "memory", "unit": "byte", "node": "n1"}):
                    gauge([(minutes_, limit)])}

    def restarts(times: list[int], minutes_: int) -> dict[str, str]:
        # The pod restarted 5 times the day before: the counter starts above zero, as it does in production.
        values = [5 + sum(1 for t in times if t <= i) for i in range(minutes_ + 1)]
        return {series("kube_pod_container_status_restarts_total", ksm): " ".join(map(str, values))}

    def crash_loop(pattern: list[tuple[int, float | None]]) -> dict[str, str]:
        return {series("kube_pod_container_status_waiting_reason", {**ksm, "reason": "CrashLoopBackOff"}): gauge(pattern)}

    def rollout(phase: str, minutes_: int) -> dict[str, str]:
        info = {"namespace": ns, "name": app, "strategy": "canary", "traffic_router": "Nginx", "phase": phase,
                "job": "argo-rollouts-metrics"}
        return {series("rollout_info", info): gauge([(minutes_, 1)])}

    by_pod = {k: pod[k] for k in ("namespace", "pod", "container")}
    stalled = wait["RolloutStalled"] // MINUTE
    cpu, mem, crash = wait["ContainerCpuThrottled"], wait["ContainerMemoryNearLimit"], wait["PodCrashLooping"]
    return {
        # Half of the periods throttled: pending once the 5m window has two samples, firing its `for` later.
        "cpu-throttled-50%": Scenario("ContainerCpuThrottled", throttled(0.5, 40),
                                      [(cpu - MINUTE, None), (cpu + 2 * MINUTE, by_pod)]),
        "cpu-throttled-20%": Scenario("ContainerCpuThrottled", throttled(0.2, 40), [(cpu + 20 * MINUTE, None)]),
        "memory-95%": Scenario("ContainerMemoryNearLimit", memory(0.95, 40),
                               [(mem - MINUTE, None), (mem + MINUTE, by_pod)]),
        "memory-80%": Scenario("ContainerMemoryNearLimit", memory(0.8, 40), [(mem + 20 * MINUTE, None)]),
        # Three restarts in 30 minutes fire at once; two stay silent however the window lies over them.
        "restarts-3-in-30m": Scenario("PodRestarting", restarts([40, 50, 60], 90), [(59 * MINUTE, None), (61 * MINUTE, by_pod)]),
        "restarts-2-in-30m": Scenario("PodRestarting", restarts([40, 60], 90),
                                      [(t * MINUTE, None) for t in (60, 61, 65, 69, 75)]),
        # Back-off: waiting, a few seconds running (no waiting series), waiting again, for a quarter of an hour.
        "crash-loop-flapping": Scenario("PodCrashLooping", crash_loop([(3, 1), (1, None)] * 8),
                                        [(crash - MINUTE, None), (crash + 2 * MINUTE, by_pod)]),
        "crash-loop-none": Scenario("PodCrashLooping", crash_loop([(30, None)]), [(20 * MINUTE, None)]),
        "rollout-aborted": Scenario("RolloutAborted", rollout("Degraded", 10), [(wait["RolloutAborted"] + MINUTE,
                                                                                {"namespace": ns, "name": app})]),
        "rollout-healthy": Scenario("RolloutAborted", rollout("Healthy", 10), [(5 * MINUTE, None)]),
        "rollout-paused-too-long": Scenario("RolloutStalled", rollout("Paused", stalled + 5),
                                            [(stalled * MINUTE - MINUTE, None),
                                             (stalled * MINUTE + 2 * MINUTE, {"namespace": ns, "name": app})]),
    }


def volume_scenarios(doc: dict) -> dict[str, Scenario]:
    ns = doc["metadata"]["namespace"]
    claim = {"namespace": ns, "persistentvolumeclaim": "data-cache-0", "job": "kubelet", "node": "n1"}
    wait = duration(find_alert(doc, "PersistentVolumeNearlyFull").get("for", "0s"))

    def volume(free: float) -> dict[str, str]:
        return {series("kubelet_volume_stats_capacity_bytes", claim): gauge([(30, 10 * 2 ** 30)]),
                series("kubelet_volume_stats_available_bytes", claim): gauge([(30, free * 10 * 2 ** 30)])}

    return {"volume-5%-free": Scenario("PersistentVolumeNearlyFull", volume(0.05),
                                       [(wait - MINUTE, None), (wait + MINUTE, claim)]),
            "volume-20%-free": Scenario("PersistentVolumeNearlyFull", volume(0.2), [(wait + 10 * MINUTE, None)])}


def app_cases() -> list[tuple[str, Callable[[], tuple[dict, Scenario]]]]:
    out = []
    for env in ENVS:
        for m in constructs_of(env, AppMonitoring):
            if m.rule is None:
                continue
            doc = m.rule.resource.to_json()
            for name, s in app_scenarios(m, doc).items():
                out.append((f"{env}-{m.queries.scope['app']}-{name}", doc, s))
    return out


def volume_cases() -> list:
    return [(f"{env}-{d['metadata']['name']}-{name}", d, s) for env in ENVS
            for d in _volume_docs(env) for name, s in volume_scenarios(d).items()]


def _volume_docs(env: str) -> list[dict]:
    from promtool_support import dist_documents

    return [d for d in engine.rule_documents(dist_documents(env))
            if any(r.get("alert") == "PersistentVolumeNearlyFull" for g in d["spec"]["groups"] for r in g["rules"])]


APP_CASES = app_cases() + volume_cases()


@pytest.mark.parametrize("name, doc, scenario", APP_CASES, ids=[c[0] for c in APP_CASES])
def test_workload_rollout_and_volume_alerts(name, doc, scenario, promtool, tmp_path):  # noqa: F811
    run(doc, scenario, tmp_path, name)
