"""`promtool test rules` on the workload, rollout, volume and database alerts, per environment, on synthetic series.

Each scenario feeds the rendered PrometheusRule the series its exporter would expose (cAdvisor, kube-state-metrics,
the kubelet, the Argo Rollouts controller, postgres_exporter, the backup agent) and says when the alert must be
silent and when firing; thresholds and waits come from the construct (its `for`, the database's recovery plan).
"""
from __future__ import annotations

import collections
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from promtool_support import ENVS, MINUTE, constructs_of, counter, duration, expand, gauge, minutes, promtool, series, tally, write_test  # noqa: F401

from platform_constructs import AppMonitoring, BackupSchedule, PostgresCluster
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


def app_cases() -> list[tuple[str, dict, Scenario]]:
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
def test_workload_rollout_and_volume_alerts(name, doc, scenario, promtool, tmp_path, tally):  # noqa: F811
    run(doc, scenario, tmp_path, name)
    tally["workload, rollout and volume alert tests passed"] += 1


# -- databases ----------------------------------------------------------------------------------------------


def database_scenarios(db: PostgresCluster, doc: dict) -> dict[str, Scenario]:
    """postgres_exporter and backup-agent series of a primary (ordinal 0) and one standby, thresholds from the plan."""
    ns, service = db.namespace, db.headless_service
    target = {"namespace": ns, "service": service, "job": service}
    exporter = {p: {**target, "pod": f"{db.name}-{p}", "endpoint": "metrics", "container": "exporter",
                    "instance": f"10.0.0.{p}:9187"} for p in (0, 1)}
    agent = {p: {**target, "pod": f"{db.name}-{p}", "endpoint": "backup-metrics", "container": "backup-agent",
                 "instance": f"10.0.0.{p}:9188"} for p in (0, 1)}
    rpo, interval = db.plan.objective.rpo.whole_seconds, db.plan.base_backup_interval.whole_seconds
    # An alert the object lacks waits 0s here and fails in `run`, naming the alert.
    wait = collections.defaultdict(int, {r["alert"]: duration(r.get("for", "0s"))
                                         for g in doc["spec"]["groups"] for r in g["rules"] if "alert" in r})
    scope = {"namespace": ns, "service": service}
    step = MINUTE
    span = lambda seconds: seconds // step + 1  # noqa: E731

    def up(values: dict[int, float], seconds: int) -> dict[str, str]:
        """The exporters' targets as `values` says, the agents' up."""
        return {**{series("up", exporter[p]): gauge([(span(seconds), v)]) for p, v in values.items()},
                **{series("up", agent[p]): gauge([(span(seconds), 1)]) for p in values}}

    def pg_up(primary: float, seconds: int) -> dict[str, str]:
        return {series("pg_up", exporter[0]): gauge([(span(seconds), primary)]),
                series("pg_up", exporter[1]): gauge([(span(seconds), 1)])}

    def lag(standby: float, seconds: int) -> dict[str, str]:
        return {series("pg_replication_lag_seconds", exporter[0]): gauge([(span(seconds), 0)]),
                series("pg_replication_lag_seconds", exporter[1]): gauge([(span(seconds), standby)])}

    def base_backups(ends: list[int] | None, seconds: int, both: bool = True) -> dict[str, str]:
        """The store's newest completed base backup as both agents report it (None: no agent reports one)."""
        if ends is None:
            return {series("platform_pg_backup_agent_is_primary", agent[0]): gauge([(span(seconds), 1)])}
        newest = [max([e for e in ends if e <= i * step], default=0) for i in range(span(seconds))]
        return {series("platform_pg_base_backup_last_success_timestamp_seconds", agent[p]): " ".join(map(str, newest))
                for p in ((0, 1) if both else (0,))}

    def wal(archived_every: int | None, writes_per_step: float, seconds: int) -> dict[str, str]:
        """The primary archives a segment every `archived_every` seconds (None: never since 0); the standby never
        archives (pg_stat_archiver reads 0 there); the primary's tables take `writes_per_step` row changes."""
        n = span(seconds)
        primary = [0 if archived_every is None else i * step // archived_every * archived_every for i in range(n)]
        rows = {**exporter[0], "datname": "app", "datid": "16384"}
        return {series("platform_pg_wal_archive_last_success_timestamp_seconds", agent[0]): " ".join(map(str, primary)),
                series("platform_pg_wal_archive_last_success_timestamp_seconds", agent[1]): gauge([(n, 0)]),
                series("platform_pg_backup_agent_is_primary", agent[0]): gauge([(n, 1)]),
                series("platform_pg_backup_agent_is_primary", agent[1]): gauge([(n, 0)]),
                series("pg_stat_database_tup_inserted", rows): counter([(n - 1, writes_per_step)]),
                series("pg_stat_database_tup_updated", rows): counter([(n - 1, 0)]),
                series("pg_stat_database_tup_deleted", rows): counter([(n - 1, 0)])}

    def connections(active: int, seconds: int) -> dict[str, str]:
        """`active` connections on the primary (split over two states, as the exporter reports them), of 100."""
        return {series("pg_stat_activity_count", {**exporter[0], "datname": "app", "state": "active"}):
                    gauge([(span(seconds), active - 5)]),
                series("pg_stat_activity_count", {**exporter[0], "datname": "app", "state": "idle"}): gauge([(span(seconds), 5)]),
                series("pg_settings_max_connections", exporter[0]): gauge([(span(seconds), 100)])}

    def archive_failures(failed_at: list[int], seconds: int, metric: str = "platform_pg_wal_archive_failures_total") -> dict[str, str]:
        values = [sum(1 for t in failed_at if t <= i * step) for i in range(span(seconds))]
        return {series(metric, agent[0]): " ".join(map(str, values))}

    saturated, failing = wait["PostgresConnectionsSaturated"], wait["PostgresWalArchivingFailing"]
    down, lagging, stale = wait["PostgresDown"], wait["PostgresReplicationLagHigh"], wait["PostgresBaseBackupStale"]
    blind, walw = wait["PostgresExporterDown"], wait["PostgresWalArchiveStale"]
    allowed = interval + HOUR  # the newest base backup may be one interval old, plus an hour to finish the next
    at = lambda seconds: -(-seconds // step) * step  # noqa: E731  (the first sample time at or after)
    return {
        "postgres-down": Scenario("PostgresDown", pg_up(0, 30 * MINUTE), [(down - MINUTE, None), (at(down) + step, exporter[0])],
                                  interval=step),
        "postgres-up": Scenario("PostgresDown", pg_up(1, 30 * MINUTE), [(25 * MINUTE, None)], interval=step),
        # The exporter's target down, or gone from Prometheus altogether: nothing else about this database can fire.
        "exporter-down": Scenario("PostgresExporterDown", up({0: 0, 1: 1}, 30 * MINUTE),
                                  [(at(blind) + 2 * step, exporter[0])], interval=step),
        "exporter-gone": Scenario("PostgresExporterDown", {series("up", agent[p]): gauge([(31, 1)]) for p in (0, 1)},
                                  [(at(blind) + 2 * step, {**scope, "endpoint": "metrics"})], interval=step),
        "exporters-up": Scenario("PostgresExporterDown", up({0: 1, 1: 1}, 30 * MINUTE), [(25 * MINUTE, None)],
                                 interval=step),
        "connections-85%": Scenario("PostgresConnectionsSaturated", connections(85, 30 * MINUTE),
                                    [(saturated - MINUTE, None), (saturated + 2 * MINUTE, {**scope, "pod": exporter[0]["pod"]})]),
        "connections-50%": Scenario("PostgresConnectionsSaturated", connections(50, 30 * MINUTE), [(25 * MINUTE, None)]),
        "wal-archiving-failing": Scenario("PostgresWalArchivingFailing", archive_failures(
            list(range(5 * MINUTE, 40 * MINUTE, MINUTE)), 40 * MINUTE), [(5 * MINUTE, None), (5 * MINUTE + failing + 2 * MINUTE,
                                                                          agent[0])]),
        "wal-archiving-ok": Scenario("PostgresWalArchivingFailing", archive_failures([], 40 * MINUTE), [(35 * MINUTE, None)]),
        "client-roles-failing": Scenario("PostgresClientRolesFailing", archive_failures(
            list(range(5 * MINUTE, 40 * MINUTE, MINUTE)), 40 * MINUTE, "platform_pg_client_roles_failures_total"),
            [(5 * MINUTE, None), (5 * MINUTE + wait["PostgresClientRolesFailing"] + 2 * MINUTE, agent[0])]),
        "client-roles-ok": Scenario("PostgresClientRolesFailing", archive_failures(
            [], 40 * MINUTE, "platform_pg_client_roles_failures_total"), [(35 * MINUTE, None)]),
        "replication-lag-above-rpo": Scenario("PostgresReplicationLagHigh", lag(rpo + 60, 30 * MINUTE),
                                              [(at(lagging) + step, exporter[1])], interval=step),
        "replication-lag-90%-of-rpo": Scenario("PostgresReplicationLagHigh", lag(0.9 * rpo, 30 * MINUTE),
                                               [(25 * MINUTE, None)], interval=step),
        # One base backup at 0, none after: stale once older than the interval plus an hour, for its `for`.
        "base-backup-stale": Scenario("PostgresBaseBackupStale", base_backups([0], allowed + stale + HOUR),
                                      [(allowed + stale - step, None), (at(allowed + stale) + 2 * step, scope)],
                                      interval=step),
        "base-backup-fresh": Scenario("PostgresBaseBackupStale",
                                      base_backups(list(range(0, 4 * interval, interval)), 3 * interval, both=False),
                                      [(t, None) for t in (allowed, 2 * interval + HOUR, 3 * interval)], interval=step),
        "base-backup-absent": Scenario("PostgresBaseBackupStale", base_backups(None, 2 * HOUR),
                                       [(at(stale) + 2 * step, scope)], interval=step),
        # Archiving stuck while the primary takes writes: the newest WAL in the store is older than the RPO allows.
        "wal-archive-stale": Scenario("PostgresWalArchiveStale", wal(None, 100, rpo + walw + HOUR),
                                      [(at(rpo + walw) + 2 * step, scope)], interval=step),
        "wal-archive-idle-database": Scenario("PostgresWalArchiveStale", wal(None, 0, 3 * rpo + walw),
                                              [(3 * rpo + walw, None)], interval=step),
        "wal-archive-fresh": Scenario("PostgresWalArchiveStale", wal(db.plan.archive_timeout.whole_seconds, 100,
                                                                     3 * rpo + walw), [(3 * rpo + walw, None)],
                                      interval=step),
    }


def cases_of(kind: type, scenarios: Callable[..., dict[str, Scenario]]) -> list:
    """(id, rendered Alerts object, scenario) for every construct of `kind` in every environment."""
    out = []
    for env in ENVS:
        for c in constructs_of(env, kind):
            doc = c.node.find_child("Alerts").resource.to_json()
            out += [(f"{env}-{c.name}-{name}", doc, s) for name, s in scenarios(c, doc).items()]
    return out


def backup_scenarios(b: BackupSchedule, doc: dict) -> dict[str, Scenario]:
    """Velero's and kube-state-metrics' series of one BackupSchedule: fresh, stale, and never successful."""
    c, plan = b.cluster, b.cluster.plan
    interval, verify = plan.base_backup_interval.whole_seconds, plan.verify_interval.whole_seconds
    velero = {"namespace": "velero", "schedule": f"{c.name}-volumes", "job": "velero", "pod": "velero-0"}
    ksm = {"namespace": c.namespace, "job": "kube-state-metrics", "instance": "10.0.1.1:8080"}
    dump, check = {**ksm, "cronjob": f"{c.name}-logical-dump"}, {**ksm, "cronjob": f"{c.name}-restore-verify"}
    wait = collections.defaultdict(int, {r["alert"]: duration(r.get("for", "0s"))
                                         for g in doc["spec"]["groups"] for r in g["rules"] if "alert" in r})
    step = 5 * MINUTE  # the ages are hours long
    span = lambda seconds: seconds // step + 1  # noqa: E731

    def last_success(metric: str, labels: dict, every: int | None, seconds: int) -> dict[str, str]:
        """The timestamp gauge of a job succeeding every `every` seconds from 0 (None: never, the series absent)."""
        if every is None:
            return {}
        return {series(metric, labels): " ".join(str(i * step // every * every) for i in range(span(seconds)))}

    def cronjob(labels: dict, every: int | None, seconds: int) -> dict[str, str]:
        return {series("kube_cronjob_created", labels): gauge([(span(seconds), 0)]),
                **last_success("kube_cronjob_status_last_successful_time", labels, every, seconds)}

    snapshot_age, dump_age, verify_age = interval + HOUR, interval + HOUR, verify + 2 * HOUR
    never = {"velero_backup_failure_total": counter([(span(snapshot_age + 3 * HOUR) - 1, 0)])}
    out = {}
    for what, alert, age, make, labels in (
            ("snapshot", "VeleroSnapshotStale", snapshot_age,
             lambda every, s: last_success("velero_backup_last_successful_timestamp", velero, every, s), velero),
            ("dump", "PostgresLogicalDumpStale", dump_age, lambda every, s: cronjob(dump, every, s), dump),
            ("verification", "PostgresRestoreVerificationStale", verify_age, lambda every, s: cronjob(check, every, s),
             {**check, "cluster_name": c.name})):
        fires = age + wait[alert]
        out[f"{what}-stale"] = Scenario(alert, make(10 * 365 * 86400, fires + HOUR),  # one success at 0, none after
                                        [(fires - step, None), (fires + 2 * step, labels)], interval=step)
        out[f"{what}-fresh"] = Scenario(alert, make(interval if what != "verification" else verify, 3 * age),
                                        [(t, None) for t in (age, 2 * age, 3 * age)], interval=step)
    # Never once successful: Velero has no timestamp for the schedule, kube-state-metrics none for the CronJob.
    out["snapshot-never-succeeded"] = Scenario("VeleroSnapshotMissing", never,
                                               [(wait["VeleroSnapshotMissing"] - step, None),
                                                (wait["VeleroSnapshotMissing"] + 2 * step, {"schedule": velero["schedule"]})],
                                               interval=step)
    out["snapshot-present"] = Scenario("VeleroSnapshotMissing", {**never, **last_success(
        "velero_backup_last_successful_timestamp", velero, interval, snapshot_age + 3 * HOUR)},
        [(snapshot_age + 2 * HOUR, None)], interval=step)
    out["dump-never-succeeded"] = Scenario("PostgresLogicalDumpStale", cronjob(dump, None, dump_age + 2 * HOUR),
                                           [(dump_age - step, None), (dump_age + wait["PostgresLogicalDumpStale"] + 2 * step,
                                                                     dump)], interval=step)
    out["verification-never-succeeded"] = Scenario(
        "PostgresRestoreVerificationStale", cronjob(check, None, verify_age + 2 * HOUR),
        [(verify_age - step, None), (verify_age + wait["PostgresRestoreVerificationStale"] + 2 * step, check)],
        interval=step)
    return out


DATABASE_CASES = cases_of(PostgresCluster, database_scenarios) + cases_of(BackupSchedule, backup_scenarios)


@pytest.mark.parametrize("name, doc, scenario", DATABASE_CASES, ids=[c[0] for c in DATABASE_CASES])
def test_database_and_backup_alerts(name, doc, scenario, promtool, tmp_path, tally):  # noqa: F811
    """The database's own alerts (PostgresCluster) and its backups' freshness (BackupSchedule)."""
    run(doc, scenario, tmp_path, name)
    tally["database and backup alert tests passed"] += 1
