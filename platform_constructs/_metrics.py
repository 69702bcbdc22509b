"""Every metric name the platform's alerts, recording rules, canary analysis and dashboards read, per exporter.

One list per exporter, with the version the platform runs and where each name was confirmed, so a renamed or
misspelt metric (an alert that can never fire) fails tests/test_metric_names.py instead of staying silent in
production. Names a recording rule of the same tree produces need no entry: the test takes them from the rules.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Exporter:
    """One source of series: what it is, which version the platform runs, and the names it exposes that we read."""

    name: str
    version: str
    confirmed: str
    """Where the names were checked: the upstream file (at the pinned version where it says so), or the code here."""
    metrics: frozenset[str]


EXPORTERS: tuple[Exporter, ...] = (
    Exporter("demo-api", "examples/demo-api (prom-client)",
             "examples/demo-api/src/metrics.js createMetrics(): a Counter and a Histogram (prom-client adds _bucket, "
             "_count, _sum); tests/test_metric_names.py reads the file",
             frozenset({"http_requests_total", "http_request_duration_seconds_bucket",
                        "http_request_duration_seconds_count"})),
    Exporter("kube-state-metrics", "chart 8.4.0, the dependency of kube-prometheus-stack 88.5.3",
             "kubernetes/kube-state-metrics docs/metrics/workload/{pod,job,cronjob}-metrics.md (all STABLE; "
             "kube_cronjob_status_last_successful_time only once a Job succeeded); "
             "the pinned kube-prometheus-stack's own rules read kube_pod_container_resource_limits and "
             "kube_pod_container_status_waiting_reason (templates/prometheus/rules-1.14)",
             frozenset({"kube_pod_container_resource_limits", "kube_pod_container_status_restarts_total",
                        "kube_pod_container_status_waiting_reason", "kube_job_status_failed",
                        "kube_cronjob_status_last_successful_time", "kube_cronjob_created"})),
    Exporter("cAdvisor", "the kubelet's /metrics/cadvisor",
             "google/cadvisor metrics/prometheus.go; the pinned kube-prometheus-stack's rules-1.14 "
             "(kubernetes-resources.yaml, k8s.rules.container_memory_working_set_bytes.yaml) read the same names",
             frozenset({"container_cpu_cfs_periods_total", "container_cpu_cfs_throttled_periods_total",
                        "container_memory_working_set_bytes"})),
    Exporter("kubelet", "the kubelet's /metrics (volume stats collector)",
             "kubernetes/kubernetes pkg/kubelet/metrics/collectors/volume_stats.go (labels namespace, "
             "persistentvolumeclaim); the pinned kube-prometheus-stack's kubernetes-storage.yaml reads them",
             frozenset({"kubelet_volume_stats_available_bytes", "kubelet_volume_stats_capacity_bytes"})),
    Exporter("Argo Rollouts controller", "v1.9.0 (chart argo-rollouts 2.41.0)",
             "argoproj/argo-rollouts controller/metrics/prommetrics.go: rollout_info{namespace,name,strategy,"
             "traffic_router,phase}",
             frozenset({"rollout_info"})),
    Exporter("postgres_exporter", "v0.19.1 (postgres.py EXPORTER_IMAGE)",
             "prometheus-community/postgres_exporter: pg_up (cmd/postgres_exporter), pg_stat_activity_count "
             "(builtin pg_stat_activity map), pg_settings_max_connections (pg_setting.go), pg_replication_lag_seconds "
             "(collector/pg_replication.go, 0 when replay caught up), pg_stat_database_tup_* "
             "(collector/pg_stat_database.go, labels datid, datname)",
             frozenset({"pg_up", "pg_stat_activity_count", "pg_settings_max_connections", "pg_replication_lag_seconds",
                        "pg_stat_database_tup_inserted", "pg_stat_database_tup_updated",
                        "pg_stat_database_tup_deleted"})),
    Exporter("backup agent", "platform_constructs/scripts/pg-backup-agent.py",
             "the agent's HELP table; tests/test_metric_names.py reads the script",
             frozenset({"platform_pg_base_backup_last_success_timestamp_seconds",
                        "platform_pg_wal_archive_last_success_timestamp_seconds", "platform_pg_wal_archive_failures_total",
                        "platform_pg_backup_agent_is_primary", "platform_pg_client_roles_failures_total"})),
    Exporter("Velero", "1.18.1 (chart velero 12.1.0)",
             "vmware-tanzu/velero pkg/metrics/metrics.go: velero_backup_last_successful_timestamp (a gauge per "
             "schedule, absent until its first success) and velero_backup_failure_total (initialised to 0 per schedule)",
             frozenset({"velero_backup_last_successful_timestamp", "velero_backup_failure_total"})),
    Exporter("Prometheus", "3.14.0 (kube-prometheus-stack 88.5.3)",
             "Prometheus writes `up` for every scrape target itself",
             frozenset({"up"})),
)


def exporter_of(metric: str) -> Exporter | None:
    """The exporter exposing `metric`, or None when no exporter here does."""
    return next((e for e in EXPORTERS if metric in e.metrics), None)
