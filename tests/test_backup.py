import dataclasses
import subprocess
import sys

import cdk8s
import pytest
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import LayoutChart, PropsError, environment, render, write_tree
from platform_constructs._pg_plan import BackupPlan, Duration, RecoveryObjective, cron_problem
from platform_constructs.backup import BackupSchedule, BackupScheduleProps
from platform_constructs.checks import pod_security_violations
from platform_constructs.postgres import BackupStorage, Credentials, PostgresCluster, PostgresClusterProps

DIGEST = "sha256:" + "a" * 64


def cluster(chart, env="dev", **kw) -> PostgresCluster:
    return PostgresCluster(chart, f"db-{env}", props=PostgresClusterProps(
        name=f"orders-{env}", namespace="databases", env=environment(env), credentials=Credentials.existing_secret("orders-admin"),
        backup=BackupStorage(bucket=f"platform-{env}-db-backups"), **kw))


def test_default_snapshot(chart, snapshot):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart)))
    assert [d for d in manifests(chart) if d["metadata"]["name"].startswith("orders-dev-") and
            d["kind"] in ("Schedule", "CronJob", "PrometheusRule")] == snapshot


def test_customised_snapshot(chart, snapshot):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(
        cluster=cluster(chart, "prod", database="orders"), databases=("orders", "audit"), storage_location="primary",
        dump_schedule="15 */6 * * *", verify_schedule="0 5 * * 1-5", dump_retention=Duration.days(90),
        snapshot_ttl=Duration.days(60)))
    assert [d for d in manifests(chart) if d["kind"] in ("Schedule", "CronJob", "PrometheusRule")] == snapshot


def test_velero_snapshots_checkpoint_first_without_a_privileged_sidecar(chart):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart, "prod")))
    docs = manifests(chart)
    volumes = one(docs, "Schedule", "orders-prod-volumes")
    assert volumes["metadata"]["namespace"] == "velero"
    t = volumes["spec"]["template"]
    assert t["ttl"] == "720h0m0s"  # prod snapshot TTL
    assert t["snapshotVolumes"] is True and t["includedNamespaces"] == ["databases"]
    hook = t["hooks"]["resources"][0]
    assert hook["pre"] == [{"exec": {"container": "postgres", "command": ["psql", "-X", "-d", "postgres", "-c", "CHECKPOINT"],
                                     "onError": "Fail", "timeout": "2m"}}]
    pod = one(docs, "StatefulSet")["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["postgres", "backup-agent", "exporter"]
    assert all(not c["securityContext"].get("privileged") for c in pod["containers"])
    assert one(docs, "Schedule", "orders-prod-objects")["spec"]["template"]["snapshotVolumes"] is False


def test_schedules_derive_from_the_objective(chart):
    b = BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart, "prod")))
    assert b.cluster.plan.base_backup_interval == Duration.hours(12)
    minute, hours = b.snapshot_schedule.split()[:2]
    assert hours.endswith("-23/12") and 0 <= int(minute) < 60
    assert cron_problem(b.dump_schedule) is None and cron_problem(b.verify_schedule) is None
    assert len(b.verify_schedule.split()[1].split("-")) == 1  # once a day
    dev = BackupSchedule(chart, "dev", props=BackupScheduleProps(cluster=cluster(chart, "dev")))
    assert dev.snapshot_ttl == Duration.hours(72) and dev.dump_retention == Duration.days(7)


def test_jobs_are_restricted_and_reference_credentials(chart):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart)))
    docs = manifests(chart)
    dump = one(docs, "CronJob", "orders-dev-logical-dump")
    verify = one(docs, "CronJob", "orders-dev-restore-verify")
    for job in (dump, verify):
        assert pod_security_violations(job) == []
        assert job["spec"]["concurrencyPolicy"] == "Forbid" and job["spec"]["timeZone"] == "Etc/UTC"
        assert job["spec"]["jobTemplate"]["spec"]["template"]["spec"]["serviceAccountName"] == "db-backup"
    env = {e["name"]: e for e in dump["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]}
    # Over TLS to the leader by the name its certificate covers, verified against the CA (never the server's key).
    assert (env["PGHOST"]["value"], env["PGSSLMODE"]["value"]) == ("orders-dev-rw.databases.svc", "verify-full")
    assert env["PGSSLROOTCERT"]["value"] == "/database-ca/ca.crt"
    assert env["PGPASSWORD_FILE"]["value"] == "/credentials/password" and "PGPASSWORD" not in env
    dpod = dump["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert {"name": "credentials", "secret": {"secretName": "orders-admin", "defaultMode": 0o400}} in dpod["volumes"]
    assert {"name": "database-ca", "secret": {"secretName": "orders-dev-server-tls", "defaultMode": 0o444,
                                              "items": [{"key": "ca.crt", "path": "ca.crt"}]}} in dpod["volumes"]
    assert env["BACKUP_DESTINATION"]["value"] == "s3://platform-dev-db-backups/databases/orders-dev"
    vpod = verify["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    scratch = next(v for v in vpod["volumes"] if v["name"] == "tmp")
    assert scratch["ephemeral"]["volumeClaimTemplate"]["spec"]["storageClassName"] == "gp3-encrypted"
    venv = {e["name"]: e.get("value") for e in vpod["containers"][0]["env"]}
    assert venv["RTO_SECONDS"] == str(240 * 60) and "PGPASSWORD" not in venv


def test_jobs_may_reach_the_database_and_the_object_store(chart):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart)))
    names = {p["metadata"]["name"] for p in by_kind(manifests(chart), "NetworkPolicy")}
    assert {"orders-dev-from-orders-dev-backup", "orders-dev-backup-to-databases-orders-dev",
            "orders-dev-backup-to-cidr-0-0-0-0-0", "orders-dev-backup-to-cidr-169-254-170-23-32"} <= names


def test_freshness_alerts_cover_every_kind_of_backup(chart):
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart)))
    docs = manifests(chart)
    rules = one(docs, "PrometheusRule", "orders-dev-backup")["spec"]["groups"][0]["rules"]
    alerts = {r["alert"]: r["expr"] for r in rules if "alert" in r}
    assert set(alerts) == {"VeleroSnapshotStale", "VeleroSnapshotFailing", "VeleroSnapshotMissing",
                           "PostgresLogicalDumpStale", "PostgresRestoreVerificationStale",
                           "PostgresRestoreVerificationFailed"}
    assert 'cronjob="orders-dev-logical-dump"' in alerts["PostgresLogicalDumpStale"]
    assert rules[0]["record"] == "platform:pg_restore_last_verified_timestamp_seconds"
    db_alerts = {r["alert"] for r in one(docs, "PrometheusRule", "orders-dev")["spec"]["groups"][0]["rules"]}
    assert {"PostgresBaseBackupStale", "PostgresWalArchivingFailing", "PostgresWalArchiveStale"} <= db_alerts


@pytest.mark.parametrize("cron, message", [
    ("every day", "a five-field cron schedule"),
    ("61 2 * * *", "the minute field '61' is outside 0-59"),
    ("0 2 * * * *", "a five-field cron schedule"),
])
def test_invalid_cron_is_refused(chart, cron, message):
    with pytest.raises(PropsError, match=message) as err:
        BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart), dump_schedule=cron))
    assert f"dump_schedule: {cron!r} is not allowed" in str(err.value)
    assert "invalid BackupSchedule at 'test/backup'" in str(err.value)


def test_retention_below_a_day_and_short_ttl_are_refused(chart):
    with pytest.raises(PropsError) as err:
        BackupSchedule(chart, "backup", props=BackupScheduleProps(
            cluster=cluster(chart), dump_retention=Duration.hours(12), snapshot_ttl=Duration.hours(1)))
    assert [str(p) for p in err.value.problems] == [
        "dump_retention: '12h' is not allowed: at least 1 day",
        "snapshot_ttl: '1h' is not allowed: at least the snapshot interval (24h), so one snapshot always exists"]


def test_plan_consistency_checks():
    ok = BackupPlan.derive(RecoveryObjective(rpo=Duration.minutes(5), rto=Duration.hours(1)), retention_days=7, snapshot_ttl_hours=72)
    assert ok.problems() == [] and ok.archive_timeout == Duration(150)
    bad = BackupPlan.derive(RecoveryObjective(rpo=Duration.minutes(1), rto=Duration.minutes(1)), retention_days=0, snapshot_ttl_hours=0)
    assert [p.field for p in bad.problems()] == ["rpo", "rto", "retention", "snapshot_ttl"]
    assert Duration.hours(36).go() == "36h0m0s" and str(Duration.days(2)) == "48h"


def test_environment_database_settings():
    dev, stage, prod = (environment(n).database for n in ("dev", "stage", "prod"))
    assert (dev.standbys, stage.standbys, prod.standbys) == (0, 1, 2)
    assert dev.rpo_minutes > stage.rpo_minutes > prod.rpo_minutes
    assert dev.backup_retention_days < stage.backup_retention_days < prod.backup_retention_days
    for settings in (dev, stage, prod):
        plan = BackupPlan.derive(RecoveryObjective(rpo=Duration.minutes(settings.rpo_minutes), rto=Duration.minutes(settings.rto_minutes)),
                                 retention_days=settings.backup_retention_days, snapshot_ttl_hours=settings.snapshot_ttl_hours)
        assert plan.problems() == []


def test_documented_defaults_match_code():
    import ast
    import inspect
    import re

    from platform_constructs.postgres import BackupStorage as Storage
    from platform_constructs.settings import DatabaseSettings
    for cls in (BackupScheduleProps, PostgresClusterProps, Storage, DatabaseSettings):
        body = ast.parse(inspect.getsource(cls)).body[0].body
        docs = {n.target.id: nxt.value.value for n, nxt in zip(body, body[1:], strict=False)
                if isinstance(n, ast.AnnAssign) and isinstance(nxt, ast.Expr)}
        for f in dataclasses.fields(cls):
            assert f.name in docs, f"{cls.__name__}.{f.name} has no docstring"
            # Image defaults are pinned references, documented by name rather than repeated.
            if isinstance(f.default, str | int) and not isinstance(f.default, bool) and "@sha256:" not in str(f.default):
                stated = re.search(r"Default: '?([^\s',;]+)", docs[f.name]).group(1).rstrip(".")
                assert stated == str(f.default), f"{cls.__name__}.{f.name}: docs say {stated}, code says {f.default!r}"


def test_rendered_output_validates(tmp_path):
    """Every environment's database and backups pass kubernetes-validate, the CRD schemas and checkov."""
    app = cdk8s.App()
    for env in ("dev", "stage", "prod"):
        chart = LayoutChart(app, env, path=env)
        BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart, env)))
    write_tree(render(c for c in app.charts if isinstance(c, LayoutChart)), tmp_path / "out")
    args = [sys.executable, "tools/validate.py", str(tmp_path / "out"), "--crd-dir", str(crd_dir())]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "custom resources, ok" in proc.stdout


def test_unparsable_durations_are_props_errors(chart):
    with pytest.raises(PropsError, match=r"dump_retention: '1 week' is not allowed"):
        BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster(chart), dump_retention=Duration.parse("1 week")))
