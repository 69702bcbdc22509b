"""Restore drills: the rendered backup and restore scripts, run against a real PostgreSQL 15 and a local S3.

The tests run in order and share one workspace (servers, bucket), like a game day: take backups, restore
them, lose the primary, restore again, then break the backups on purpose. Each prints what it measured.
"""
import re
import time

import pytest
from pg_drill import NAME, Drill, container_command, container_env, free_port, missing_prerequisites

pytestmark = pytest.mark.drill

ROWS = 2000


@pytest.fixture(scope="module")
def drill():
    reason = missing_prerequisites()
    if reason:
        print(f"restore drill skipped: {reason}")
        pytest.skip(reason)
    d = Drill()
    try:
        yield d
    finally:
        d.close()


@pytest.fixture(scope="module")
def primary(drill):
    env = drill.start_primary()
    drill.sql("postgres", "CREATE DATABASE orders", env)
    drill.sql("orders", "CREATE TABLE orders (id bigint PRIMARY KEY, item text NOT NULL, amount numeric(10,2), "
                        "created timestamptz NOT NULL DEFAULT clock_timestamp())", env)
    drill.sql("orders", f"INSERT INTO orders (id, item, amount) SELECT i, 'item-' || i, i * 1.25 FROM generate_series(1, {ROWS}) i", env)
    return env


def rows(drill, db, env) -> str:
    return drill.sql(db, "SELECT md5(string_agg(id || ':' || item || ':' || amount || ':' || created, ',' ORDER BY id)) "
                         "|| ' ' || count(*) FROM orders", env)


def test_the_drill_runs_what_the_cronjobs_run(drill):
    assert container_command(drill.dump_job, "dump") == ["/scripts/pg-logical.py", "dump"]
    assert container_command(drill.verify_job, "verify") == ["/scripts/pg-restore-verify.sh", "/tmp/restore"]
    assert "archive_command = '/scripts/pg-wal-archive.sh %p'" in drill.config["postgresql.conf"]
    assert (drill.scripts / "pg-logical.py").read_text() == \
        drill.manifests[("ConfigMap", f"{NAME}-scripts")]["data"]["pg-logical.py"]


def test_logical_dump_then_restore_gives_identical_rows(drill, primary):
    dump_env = {**container_env(drill.dump_job, "dump", drill.root), **primary}
    dump_env.pop("PGDATABASE")  # the CronJob's maintenance database is 'postgres' as well; keep the socket env
    out = drill.script("pg-logical.py", "dump", env={**dump_env, "PGDATABASE": "postgres"})
    assert "dumped 'orders'" in out.stdout
    started = time.monotonic()
    out = drill.script("pg-logical.py", "restore", "orders", "--into", "orders_restored", env=primary)
    print(f"\nlogical restore of {ROWS} rows: {time.monotonic() - started:.2f}s ({out.stdout.strip()})")
    assert rows(drill, "orders_restored", primary) == rows(drill, "orders", primary)
    assert rows(drill, "orders", primary).endswith(f" {ROWS}")


def test_point_in_time_restore_has_every_row_before_the_target_and_none_after(drill, primary):
    agent_env = {k: v for k, v in container_env(drill.statefulset, "backup-agent").items() if k != "PGDATA"}
    out = drill.script("pg-backup-agent.py", "--once", env={**agent_env, **primary})
    assert "base backup done" in out.stdout
    assert "platform_pg_base_backup_last_success_timestamp_seconds" in out.stdout
    again = drill.script("pg-backup-agent.py", "--once", env={**agent_env, **primary})
    assert "taking one" not in again.stdout, "a fresh base backup must not be repeated within the interval"

    drill.sql("orders", "INSERT INTO orders (id, item) SELECT i, 'before' FROM generate_series(10001, 10100) i", primary)
    time.sleep(1.1)
    target = drill.sql("postgres", "SELECT clock_timestamp()::text", primary)
    time.sleep(1.1)
    drill.sql("orders", "INSERT INTO orders (id, item) SELECT i, 'after' FROM generate_series(20001, 20100) i", primary)
    drill.wait_archived(primary)

    restore = drill.root / "pitr" / "data"
    drill.run(["mkdir", "-p", str(restore.parent)])
    started = time.monotonic()
    out = drill.script("pg-pitr-restore.sh", str(restore), target)
    env, replay = drill.start_restored(restore)
    print(f"\nPITR to {target}: restore {time.monotonic() - started - replay:.2f}s + WAL replay {replay:.2f}s")
    counts = drill.sql("orders", "SELECT count(*) FILTER (WHERE item = 'before') || ' ' || count(*) FILTER (WHERE item = 'after') "
                                 "|| ' ' || count(*) FILTER (WHERE id <= 2000) FROM orders", env)
    assert counts == f"100 0 {ROWS}", f"before/after/original rows: {counts}"


def test_losing_the_primary_measures_rto_and_rpo(drill, primary):
    # archive_timeout 1s for this drill (the rendered value is derived from the RPO: 30m in dev), so it measures
    # the mechanism in seconds rather than waiting half an hour.
    drill.sql("postgres", "ALTER SYSTEM SET archive_timeout = 1", primary)
    drill.sql("postgres", "SELECT pg_reload_conf()", primary)
    # The agent's next scheduled base backup (forced due now), so replay starts from a recent one as in production.
    agent_env = {k: v for k, v in container_env(drill.statefulset, "backup-agent").items() if k != "PGDATA"}
    drill.script("pg-backup-agent.py", "--once", env={**agent_env, **primary, "BASE_BACKUP_INTERVAL_SECONDS": "0"})
    # Steady writes, then the node is lost: whatever was not archived yet is the data-loss window.
    first_commit = time.time()
    for i in range(15):
        drill.sql("orders", f"INSERT INTO orders (id, item) VALUES ({30000 + i}, 'steady')", primary)
        time.sleep(0.1)
    last_commit = float(drill.sql("orders", "SELECT extract(epoch FROM max(created)) FROM orders", primary))
    time.sleep(3)  # archive_timeout (1s here) switches the segment; the upload takes a moment more
    drill.crash(primary)

    verify_env = {**container_env(drill.verify_job, "verify"), "VERIFY_PORT": str(free_port())}
    out = drill.script("pg-restore-verify.sh", str(drill.root / "verify"), env=verify_env)
    print("\n" + out.stdout.strip())
    assert "restore-verify: ok" in out.stdout
    assert "'orders' from the base backup has 1 tables" in out.stdout
    rto = int(re.search(r"open for writes in (\d+)s", out.stdout).group(1))
    newest = float(re.search(r"committed at epoch ([0-9.]+)", out.stdout).group(1))
    rpo = max(0.0, last_commit - newest)
    rendered_timeout = drill.config["postgresql.conf"].split("archive_timeout = ")[1].split()[0]
    print(f"measured RTO {rto}s (empty disk to accepting writes), measured RPO {rpo:.1f}s of committed writes lost "
          f"(archive_timeout 1s in the drill, {rendered_timeout} as rendered for dev)")
    # Everything committed before the writes began was archived; how much of the tail is lost depends on
    # archive_timeout and upload speed, but never more than the writing window itself.
    assert rpo < last_commit - first_commit + 3.0, f"lost {rpo:.1f}s of writes: more than the whole writing window"


def test_missing_backups_fail_loudly(drill):
    out = drill.script("pg-pitr-restore.sh", str(drill.root / "none" / "data"), env={"BACKUP_SERVER_NAME": "no-such-db"},
                       check=False)
    assert out.returncode != 0
    assert "pitr-restore: FAILED: no usable base backup in s3://drill-db-backups/databases/orders-db/no-such-db" in out.stderr
    out = drill.script("pg-logical.py", "restore", "customers", env={"PGHOST": "/nonexistent"}, check=False)
    assert out.returncode == 1
    assert "pg-logical: FAILED: no logical dump of database 'customers' at s3://drill-db-backups/databases/orders-db/" \
           "logical/customers/latest.json: nothing to restore" in out.stderr


def test_corrupted_backups_fail_loudly(drill):
    prefix = "databases/orders-db"
    dump_key = drill.s3(f"import json; print(json.loads(s3.get_object(Bucket='drill-db-backups', "
                        f"Key='{prefix}/logical/orders/latest.json')['Body'].read())['dump'])").strip()
    drill.s3(f"s3.put_object(Bucket='drill-db-backups', Key={dump_key!r}, Body=b'not a dump')")
    out = drill.script("pg-logical.py", "restore", "orders", "--into", "orders_again", env={"PGHOST": "/nonexistent"}, check=False)
    assert out.returncode == 1
    assert f"pg-logical: FAILED: s3://drill-db-backups/{dump_key} is corrupted: 10 bytes" in out.stderr

    keys = drill.s3(f"[print(o['Key']) for o in s3.list_objects_v2(Bucket='drill-db-backups', "
                    f"Prefix='{prefix}/{NAME}/base/')['Contents']]").split()
    for data in (k for k in keys if k.endswith("data.tar.gz")):
        drill.s3(f"s3.put_object(Bucket='drill-db-backups', Key={data!r}, Body=b'corrupted')")
    out = drill.script("pg-pitr-restore.sh", str(drill.root / "corrupt" / "data"), check=False)
    assert out.returncode != 0
    assert "pitr-restore: FAILED: no usable base backup in s3://drill-db-backups/databases/orders-db/orders-db " \
           "(missing, unreadable or corrupted" in out.stderr
