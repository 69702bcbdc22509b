"""BackupSchedule: every backup of one PostgresCluster, derived from its declared recovery objective."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cdk8s
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _pg_scripts
from ._errors import Problems, unique_id
from ._k8s import quantity
from ._pg_plan import cron_problem
from ._pod import emit, pod_security_context
from .imports.velero_schedules.io import velero
from .network import NAME_LABEL, Peer, Port, connect
from .observability import RUNBOOKS, AlertRule, PrometheusRule, PrometheusRuleProps, RecordingRule, RuleGroup, Severity
from .postgres import _IDENT, PG_PORT, PG_UID, POD_IDENTITY_AGENT, UID_SKIP, PostgresCluster
from .settings import Duration, Resources

_JOB_RESOURCES = Resources(cpu_request="100m", cpu_limit="1", memory_request="256Mi", memory_limit="1Gi")
_HOUR = 3600


@dataclass(frozen=True, kw_only=True, slots=True)
class BackupScheduleProps:
    """Props of a BackupSchedule."""

    cluster: PostgresCluster
    """The database to protect; its recovery objective and backup storage drive every schedule here."""
    databases: Sequence[str] = ()
    """Databases to dump and verify. Default: the cluster's own database."""
    storage_location: str = "default"
    """Default: 'default', the Velero BackupStorageLocation (the environment's Velero bucket)."""
    velero_namespace: str = "velero"
    """Default: 'velero', where Velero watches for Schedules."""
    dump_schedule: str | None = None
    """Cron schedule of the logical dump. Default: derived, every base backup interval."""
    verify_schedule: str | None = None
    """Cron schedule of the restore verification. Default: derived, once a day."""
    dump_retention: Duration | None = None
    """How long logical dumps must be kept. Default: the environment's backup retention. The job deletes nothing (its
    role may not): the bucket's lifecycle rule expires dumps, and the contract tests check it keeps them this long
    (the job's RETENTION_DAYS)."""
    snapshot_ttl: Duration | None = None
    """How long Velero keeps a snapshot backup. Default: the environment's snapshot TTL."""
    object_store: tuple[Peer, ...] | None = None
    """Where S3 is reached on 443. Default: the cluster's object_store peers."""


class BackupSchedule(Construct):
    """Velero Schedules (volume snapshots after a CHECKPOINT, and the namespace's objects), a logical dump
    CronJob, a restore verification CronJob, and freshness alerts for all of them.

    WAL archiving and base backups run inside the PostgresCluster (they need its data directory); this
    construct alerts on them too. Child ids: `Snapshots`, `Objects`, `Dump`, `Verify`, `Alerts`, and one
    NetworkPolicy per connection the jobs need.
    """

    def __init__(self, scope: Construct, id: str, *, props: BackupScheduleProps):
        with unique_id(scope, id, "BackupSchedule"):
            super().__init__(scope, id)
        p = props
        c = p.cluster
        plan = c.plan
        self.databases = tuple(p.databases) or (c.database,)
        self.dump_retention = p.dump_retention or plan.retention
        self.snapshot_ttl = p.snapshot_ttl or plan.snapshot_ttl
        self.snapshot_schedule = plan.cron(plan.base_backup_interval, f"{c.namespace}/{c.name}/snapshots")
        self.dump_schedule = p.dump_schedule or plan.cron(plan.base_backup_interval, f"{c.namespace}/{c.name}/dump")
        self.verify_schedule = p.verify_schedule or plan.cron(plan.verify_interval, f"{c.namespace}/{c.name}/verify")
        self._validate(p)
        self.cluster = c
        self.name = f"{c.name}-backup"
        self.selector = {NAME_LABEL: self.name, "app.kubernetes.io/instance": c.name}
        self.labels = {**self.selector, "app.kubernetes.io/component": "backup", "app.kubernetes.io/part-of": c.name,
                       "app.kubernetes.io/managed-by": "cdk8s", "platform.example.com/environment": c.env.name}

        self._velero(p)
        self.dump_job = self._cron_job("Dump", f"{c.name}-logical-dump", self.dump_schedule, plan.base_backup_interval,
                                       [_pg_scripts.path("pg-logical.py"), "dump"], {
                                           # Over TLS to the leader, its name verified against the DatabaseCa.
                                           "PGHOST": f"{c.rw_service}.{c.namespace}.svc", "PGPORT": str(PG_PORT),
                                           "PGUSER": "postgres", "PGSSLMODE": "verify-full",
                                           "PGSSLROOTCERT": "/database-ca/ca.crt",
                                           "PGDATABASE": "postgres", "DATABASES": " ".join(self.databases),
                                           "RETENTION_DAYS": str(self.dump_retention.whole_seconds // 86400)},
                                       scratch=k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(
                                           size_limit=quantity(c.storage_size))), with_password=True)
        # The scratch server needs room for a whole copy of the database: a fresh gp3 volume per run.
        scratch = k8s.Volume(name="tmp", ephemeral=k8s.EphemeralVolumeSource(volume_claim_template=k8s.PersistentVolumeClaimTemplate(
            metadata=k8s.ObjectMeta(labels=self.labels), spec=k8s.PersistentVolumeClaimSpec(
                access_modes=["ReadWriteOnce"], storage_class_name=c.storage_class,
                resources=k8s.ResourceRequirements(requests={"storage": quantity(c.storage_size)})))))
        self.verify_job = self._cron_job("Verify", f"{c.name}-restore-verify", self.verify_schedule, plan.objective.rto,
                                         [_pg_scripts.path("pg-restore-verify.sh"), "/tmp/restore"], {
                                             "DATABASES": " ".join(self.databases), "PGUSER": "postgres",
                                             "RTO_SECONDS": str(plan.objective.rto.whole_seconds),
                                             "RPO_SECONDS": str(plan.objective.rpo.whole_seconds)}, scratch=scratch,
                                         with_password=False)

        jobs = self.peer
        connect(jobs, c.peer, [Port.tcp(PG_PORT)])
        for store in p.object_store or c.object_store:
            connect(jobs, store, [Port.tcp(443)])
        connect(jobs, POD_IDENTITY_AGENT, [Port.tcp(80)])
        self._alerts(p)

    @property
    def peer(self) -> Peer:
        """The backup jobs' pods, as a network peer."""
        return Peer(key=self.name, namespace=self.cluster.namespace, pod_labels={NAME_LABEL: self.name}, owner=self)

    def _velero(self, p: BackupScheduleProps) -> None:
        """Snapshots whose data the data mover copies into the storage location (S3): a CSI snapshot alone stays in the
        volume's region, and is lost with it (issue 18, item 9)."""
        c = self.cluster
        meta = lambda name: cdk8s.ApiObjectMetadata(name=name, namespace=p.velero_namespace, labels=self.labels)  # noqa: E731
        # Flush dirty pages first, so the crash-consistent CSI snapshot needs little WAL replay. `psql` over the
        # pod's socket as the image's own user: no privileged fsfreeze sidecar, nothing the guardrails refuse.
        checkpoint = velero.ScheduleSpecTemplateHooks(resources=[velero.ScheduleSpecTemplateHooksResources(
            name="postgres-checkpoint", included_namespaces=[c.namespace],
            label_selector=velero.ScheduleSpecTemplateHooksResourcesLabelSelector(match_labels=dict(c.selector)),
            pre=[velero.ScheduleSpecTemplateHooksResourcesPre(exec=velero.ScheduleSpecTemplateHooksResourcesPreExec(
                container="postgres", command=["psql", "-X", "-d", "postgres", "-c", "CHECKPOINT"],
                on_error=velero.ScheduleSpecTemplateHooksResourcesPreExecOnError.FAIL, timeout="2m"))])])
        velero.Schedule(self, "Snapshots", metadata=meta(f"{c.name}-volumes"), spec=velero.ScheduleSpec(
            schedule=self.snapshot_schedule, use_owner_references_in_backup=False, template=velero.ScheduleSpecTemplate(
                included_namespaces=[c.namespace],
                label_selector=velero.ScheduleSpecTemplateLabelSelector(match_labels={"app.kubernetes.io/part-of": c.name}),
                snapshot_volumes=True, snapshot_move_data=True, default_volumes_to_fs_backup=False,
                storage_location=p.storage_location, ttl=self.snapshot_ttl.go(), csi_snapshot_timeout="30m",
                hooks=checkpoint)))
        velero.Schedule(self, "Objects", metadata=meta(f"{c.name}-objects"), spec=velero.ScheduleSpec(
            schedule=self.snapshot_schedule, use_owner_references_in_backup=False, template=velero.ScheduleSpecTemplate(
                included_namespaces=[c.namespace], snapshot_volumes=False, default_volumes_to_fs_backup=False,
                storage_location=p.storage_location, ttl=self.snapshot_ttl.go())))

    def _cron_job(self, id: str, name: str, schedule: str, deadline: Duration, command: list[str], env: dict[str, str], *,
                  scratch: k8s.Volume, with_password: bool) -> cdk8s.ApiObject:
        c = self.cluster
        if with_password:
            env["PGPASSWORD_FILE"] = "/credentials/password"
        env_vars = [k8s.EnvVar(name=k, value=v) for k, v in sorted(env.items())] + c.backup_env()
        # A job that connects gets the superuser's password and the CA certificate (never the server's key).
        remote = {"credentials": "/credentials", "database-ca": "/database-ca"} if with_password else {}
        mounts = {"scripts": _pg_scripts.MOUNT, "tmp": "/tmp", **remote}
        container = c.container(id.lower(), command=command, resources=_JOB_RESOURCES, env=env_vars, mounts=mounts)
        ca = k8s.Volume(name="database-ca", secret=k8s.SecretVolumeSource(
            secret_name=c.tls_secret, default_mode=0o444, items=[k8s.KeyToPath(key="ca.crt", path="ca.crt")]))
        volumes = [c.scripts_volume(), scratch, *([c.credentials_volume(), ca] if with_password else [])]
        pod = k8s.PodSpec(containers=[container], restart_policy="Never", service_account_name=c.backup_storage.service_account,
                          automount_service_account_token=False, enable_service_links=False,
                          security_context=pod_security_context(PG_UID), volumes=volumes,
                          **c.pod_placement())
        manifest = k8s.KubeCronJob.manifest(metadata=k8s.ObjectMeta(name=name, namespace=c.namespace, labels=self.labels,
                                                                    annotations=UID_SKIP),
                                            spec=k8s.CronJobSpec(
            schedule=schedule, time_zone="Etc/UTC", concurrency_policy="Forbid", starting_deadline_seconds=600,
            successful_jobs_history_limit=3, failed_jobs_history_limit=3,
            job_template=k8s.JobTemplateSpec(spec=k8s.JobSpec(
                backoff_limit=1, active_deadline_seconds=max(deadline.whole_seconds, _HOUR), ttl_seconds_after_finished=86400,
                template=k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=self.labels), spec=pod)))))
        return emit(self, id, manifest)

    def _alerts(self, p: BackupScheduleProps) -> None:
        c, plan = self.cluster, self.cluster.plan
        ns = f'namespace="{c.namespace}"'
        dump_age = plan.base_backup_interval.whole_seconds + _HOUR
        verify_age = plan.verify_interval.whole_seconds + 2 * _HOUR
        snapshots = f'velero_backup_last_successful_timestamp{{schedule="{c.name}-volumes"}}'
        snapshot_age = plan.base_backup_interval.whole_seconds + _HOUR

        def never(cronjob: str, age: int) -> str:
            # kube-state-metrics has no last-success time for a CronJob that never succeeded: then its age decides.
            sel = f'{ns}, cronjob="{cronjob}"'
            return (f"(time() - kube_cronjob_created{{{sel}}} > {age} "
                    f"unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{{{sel}}})")

        alerts = [
            ("VeleroSnapshotStale", f"time() - {snapshots} > {snapshot_age}", Severity.CRITICAL,
             f"no Velero snapshot of {c.name} succeeded in {plan.base_backup_interval} (plus an hour)"),
            ("VeleroSnapshotFailing",
             f'increase(velero_backup_failure_total{{schedule="{c.name}-volumes"}}[{plan.base_backup_interval}]) > 0',
             Severity.WARNING, f"a Velero snapshot of {c.name} failed"),
            ("PostgresLogicalDumpStale",
             f'time() - kube_cronjob_status_last_successful_time{{{ns}, cronjob="{c.name}-logical-dump"}} > {dump_age}'
             f" or {never(f'{c.name}-logical-dump', dump_age)}",
             Severity.CRITICAL, f"no logical dump of {c.name} succeeded in {Duration(dump_age)}"),
            ("PostgresRestoreVerificationStale",
             f'time() - platform:pg_restore_last_verified_timestamp_seconds{{cluster_name="{c.name}"}} > {verify_age}'
             f" or {never(f'{c.name}-restore-verify', verify_age)}",
             Severity.CRITICAL, f"no restore of {c.name} was verified in {Duration(verify_age)}: backups are unproven"),
            ("PostgresRestoreVerificationFailed",
             f'kube_job_status_failed{{{ns}, job_name=~"{c.name}-restore-verify-.*"}} > 0', Severity.CRITICAL,
             f"the latest restore verification of {c.name} failed: read its Job log"),
        ]
        rules: list[AlertRule | RecordingRule] = [RecordingRule(
            record="platform:pg_restore_last_verified_timestamp_seconds",
            expr=f'label_replace(kube_cronjob_status_last_successful_time{{{ns}, cronjob="{c.name}-restore-verify"}}, '
                 f'"cluster_name", "{c.name}", "", "")')]
        rules += [AlertRule(alert=name, expr=expr, for_=Duration.minutes(10), severity=severity, summary=summary,
                            description=summary, runbook_url=f"{RUNBOOKS}/restore.md")
                  for name, expr, severity, summary in alerts]
        # Velero has no timestamp for a schedule until its first success (only its counters start at 0), and no
        # creation time either: a schedule still without one after an interval plus an hour never worked.
        rules.append(AlertRule(
            alert="VeleroSnapshotMissing", expr=f"absent({snapshots})", for_=Duration(snapshot_age),
            severity=Severity.CRITICAL, runbook_url=f"{RUNBOOKS}/restore.md",
            summary=f"Velero reports no successful snapshot of {c.name} at all", description=(
                f"no snapshot of {c.name} succeeded in {Duration(snapshot_age)}, or Velero is not scraped")))
        PrometheusRule(self, "Alerts", props=PrometheusRuleProps(
            name=self.name, namespace=c.namespace, labels=self.labels,
            groups=[RuleGroup(name=f"{c.name}.backups", rules=tuple(rules))]))

    def _validate(self, p: BackupScheduleProps) -> None:
        v = Problems(type(self).__name__, self)
        v.check(isinstance(p.cluster, PostgresCluster), "cluster", p.cluster, "a PostgresCluster")
        for i, db in enumerate(p.databases):
            v.check(isinstance(db, str) and bool(_IDENT.fullmatch(db)), f"databases[{i}]", db,
                    "a plain PostgreSQL identifier: letters, digits and '_', starting with a letter")
        for field in ("dump_schedule", "verify_schedule"):
            value = getattr(p, field)
            if value is not None and (why := cron_problem(value)) is not None:
                v.add(field, value, why)
        interval = p.cluster.plan.base_backup_interval if isinstance(p.cluster, PostgresCluster) else Duration(0)
        for name, duration, least, allowed in (
                ("dump_retention", self.dump_retention, 86400, "at least 1 day"),
                ("snapshot_ttl", self.snapshot_ttl, interval.whole_seconds,
                 f"at least the snapshot interval ({interval}), so one snapshot always exists")):
            if (bad := duration.problem(name)) is not None:
                v.add(bad.field, bad.value, bad.allowed)
            else:  # whole seconds above zero: now the range can be compared
                v.check(duration.whole_seconds >= least, name, str(duration), allowed)
        v.raise_if_any()
