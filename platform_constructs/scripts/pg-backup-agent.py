#!/usr/bin/env python3
"""Base-backup agent: runs beside PostgreSQL in each pod and keeps the object store's base backups fresh.

    pg-backup-agent.py           # loop forever, serving metrics on $METRICS_PORT
    pg-backup-agent.py --once    # one pass (used by the restore drills); exit 1 if a due backup failed

Every CHECK_SECONDS it asks the object store (not local state, so a restarted pod neither repeats nor skips a
backup) when the newest base backup finished. On the primary, when that is older than BASE_BACKUP_INTERVAL_SECONDS,
it runs barman-cloud-backup. It deletes nothing: its role may not, and the bucket's lifecycle rule expires base
backups and WAL once they are older than RETENTION_DAYS plus a base backup interval (the oldest backup a restore
inside the window starts from), so a stolen credential cannot erase the archive. Standbys only report.
barman-cloud-backup reads the data directory, which is why this runs in the database pod and not as a CronJob.
Each backup it takes is sealed: SEAL records the size and ETag of every object barman-cloud uploaded (barman-cloud
records neither). A backup counts only when backup.info says DONE, its data tarball is in the store and every
object matches its seal; an unreachable store is a failed pass (counted in the failures metric), and every store
call is bounded in time (READ_TIMEOUT, retries).

Each pass also keeps the client apps' roles (pg-client-roles.py, on the primary) and, on every member, makes
PostgreSQL reload its configuration when cert-manager renewed the server certificate (TLS_CERT_FILE changed):
PostgreSQL reads its certificate only at start and on reload.

Metrics (Prometheus text format, GET /metrics):
  platform_pg_base_backup_last_success_timestamp_seconds   newest completed base backup in the store
  platform_pg_base_backup_failures_total                   failed attempts or store checks since the agent started
  platform_pg_wal_archive_last_success_timestamp_seconds   pg_stat_archiver.last_archived_time
  platform_pg_wal_archive_failures_total                   pg_stat_archiver.failed_count
  platform_pg_backup_agent_is_primary                      1 on the primary
  platform_pg_client_roles_failures_total                  passes that could not make the client roles as declared
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.server
import json
import os
import subprocess
import sys
import threading
import time

METRICS: dict[str, float] = {}
LOCK = threading.Lock()
HELP = {
    "platform_pg_base_backup_last_success_timestamp_seconds": "Unix time the newest completed base backup ended.",
    "platform_pg_base_backup_failures_total": "Base backups or object-store checks that failed since the agent started.",
    "platform_pg_wal_archive_last_success_timestamp_seconds": "Unix time PostgreSQL last archived a WAL segment.",
    "platform_pg_wal_archive_failures_total": "WAL segments PostgreSQL failed to archive (pg_stat_archiver).",
    "platform_pg_backup_agent_is_primary": "1 when this pod's PostgreSQL is the primary.",
    "platform_pg_client_roles_failures_total": "Passes that could not make the client apps' roles as declared.",
}
CERT_SEEN: dict[str, float] = {}


def log(message: str) -> None:
    print(f"pg-backup-agent: {message}", flush=True)


# The same bounds as pg-s3-limits.sh: botocore's defaults let a call to a silently dropping store hang for minutes.
os.environ.setdefault("AWS_RETRY_MODE", "standard")
os.environ.setdefault("AWS_MAX_ATTEMPTS", "3")
READ_TIMEOUT = os.environ.get("S3_READ_TIMEOUT", "20")
LIST_SECONDS = float(os.environ.get("S3_ATTEMPT_SECONDS", "60"))


def barman(command: str, *args: str, timeout: float | None = LIST_SECONDS) -> subprocess.CompletedProcess:
    endpoint = os.environ.get("S3_ENDPOINT_URL")
    cmd = [command, "--cloud-provider", "aws-s3", *(["--endpoint-url", endpoint] if endpoint else []),
           "--read-timeout", READ_TIMEOUT, *args, os.environ["BACKUP_DESTINATION"], os.environ["BACKUP_SERVER_NAME"]]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, "", f"{command} gave no answer in {timeout:.0f}s")


# What the agent writes next to each base backup it took: the size and ETag of every object barman-cloud
# uploaded. barman-cloud records neither, so without it a tarball replaced or cut short (still a valid tar)
# restores without complaint; pg-pitr-restore.sh refuses a backup whose objects differ from their seal.
SEAL = "platform-seal.json"


def _store(backup_id: str):
    """The S3 client, the bucket and the backup's prefix ('<prefix>/<server>/base/<id>/')."""
    # barman-cloud's own dependencies: present wherever it is, imported here so --help needs neither.
    import boto3
    import botocore.config
    bucket, _, prefix = os.environ["BACKUP_DESTINATION"][len("s3://"):].partition("/")
    s3 = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT_URL") or None, config=botocore.config.Config(
        connect_timeout=10, read_timeout=int(READ_TIMEOUT)))
    return s3, bucket, "/".join(p for p in (prefix.strip("/"), os.environ["BACKUP_SERVER_NAME"], "base", backup_id) if p) + "/"


def _objects(s3, bucket: str, base: str) -> dict[str, dict]:
    return {o["Key"][len(base):]: {"size": o["Size"], "etag": o["ETag"]}
            for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=base)
            for o in page.get("Contents", []) if o["Key"][len(base):] != SEAL}


def seal(backup_id: str) -> None:
    """Record the objects of the backup just taken; a backup without its data tarball is not sealed."""
    s3, bucket, base = _store(backup_id)
    objects = _objects(s3, bucket, base)
    if not any(name.startswith("data.tar") and o["size"] > 0 for name, o in objects.items()):
        raise RuntimeError(f"base backup {backup_id} has no data tarball in the store")
    s3.put_object(Bucket=bucket, Key=base + SEAL, ContentType="application/json",
                  Body=json.dumps({"backup_id": backup_id, "objects": objects}, indent=1, sort_keys=True).encode())


def is_sealed(backup_id: str) -> bool:
    """Whether the store holds the backup's data tarball and every object as its seal recorded them."""
    s3, bucket, base = _store(backup_id)
    objects = _objects(s3, bucket, base)
    if not any(name.startswith("data.tar") and o["size"] > 0 for name, o in objects.items()):
        log(f"base backup {backup_id} has a backup.info but no data tarball in the store: not counted")
        return False
    try:
        recorded = json.loads(s3.get_object(Bucket=bucket, Key=base + SEAL)["Body"].read())["objects"]
    except s3.exceptions.NoSuchKey:
        log(f"base backup {backup_id} has no {SEAL} (not taken by this agent, or cut short): not counted")
        return False
    if recorded != objects:
        log(f"base backup {backup_id}'s objects differ from its {SEAL} (replaced or cut short): not counted")
        return False
    return True


def psql(sql: str) -> str:
    return subprocess.run(["psql", "-X", "-qAt", "-d", "postgres", "-c", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


def done_backups() -> list[tuple[float, str]]:
    """(end time, id) of every backup barman lists as DONE, newest first."""
    proc = barman("barman-cloud-backup-list", "--format", "json")
    if proc.returncode != 0:
        raise RuntimeError(f"barman-cloud-backup-list failed: {proc.stderr.strip()}")
    return sorted(((dt.datetime.fromisoformat(b["end_time_iso"]).timestamp(), b["backup_id"])
                   for b in json.loads(proc.stdout or "{}").get("backups_list", [])
                   if b.get("status") == "DONE" and b.get("end_time_iso")), reverse=True)


def newest_backup_end() -> float | None:
    """When the newest backup a restore can trust (DONE, sealed, its objects as sealed) ended."""
    for end, backup_id in done_backups():
        try:
            if is_sealed(backup_id):
                return end
        except Exception as e:  # botocore's errors have no common base worth importing here
            raise RuntimeError(f"listing base backup {backup_id} failed: {e}") from e
    return None


def set_metric(name: str, value: float) -> None:
    with LOCK:
        METRICS[name] = value


def count_failure(why: str) -> None:
    with LOCK:
        METRICS["platform_pg_base_backup_failures_total"] = METRICS.get("platform_pg_base_backup_failures_total", 0) + 1
    log(f"FAILED: {why}")


def keep_tls_and_roles(primary: bool) -> None:
    """Reload PostgreSQL after a certificate renewal; on the primary, make the client roles as declared."""
    cert = os.environ.get("TLS_CERT_FILE")
    if cert and os.path.exists(cert):
        changed = os.stat(cert).st_mtime
        if CERT_SEEN.setdefault(cert, changed) != changed:
            psql("SELECT pg_reload_conf()")
            CERT_SEEN[cert] = changed
            log(f"{cert} was renewed: PostgreSQL reloaded its configuration")
    if primary:
        roles = subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), "pg-client-roles.py")],
                               capture_output=True, text=True)
        sys.stdout.write(roles.stdout)
        with LOCK:
            METRICS["platform_pg_client_roles_failures_total"] = (
                METRICS.get("platform_pg_client_roles_failures_total", 0) + (roles.returncode != 0))


def check_once(interval: float) -> bool:
    """One pass; False when the store could not be read or a due backup failed."""
    primary = psql("SELECT NOT pg_is_in_recovery()") == "t"
    set_metric("platform_pg_backup_agent_is_primary", 1 if primary else 0)
    keep_tls_and_roles(primary)
    archived, failed = psql("SELECT coalesce(extract(epoch FROM last_archived_time), 0), failed_count "
                            "FROM pg_stat_archiver").split("|")
    set_metric("platform_pg_wal_archive_last_success_timestamp_seconds", float(archived))
    set_metric("platform_pg_wal_archive_failures_total", float(failed))
    try:
        newest = newest_backup_end()
    except RuntimeError as e:
        count_failure(f"the object store did not answer: {e}")
        return False
    if newest is not None:
        set_metric("platform_pg_base_backup_last_success_timestamp_seconds", newest)
    age = None if newest is None else time.time() - newest
    if not primary or (age is not None and age < interval):
        return True
    log("no base backup yet: taking one" if age is None else f"newest base backup is {age:.0f}s old: taking one")
    proc = barman("barman-cloud-backup", "--gzip", "--immediate-checkpoint", timeout=None)
    if proc.returncode != 0:
        count_failure(f"barman-cloud-backup exited {proc.returncode}: {proc.stderr.strip()}")
        return False
    try:
        taken = done_backups()[0][1]
        seal(taken)
    except Exception as e:  # an unsealed backup is one pg-pitr-restore.sh refuses: not a success
        count_failure(f"the new base backup could not be sealed: {e}")
        return False
    newest = newest_backup_end()
    if newest is None:
        count_failure(f"the new base backup {taken} is not in the store as sealed")
        return False
    set_metric("platform_pg_base_backup_last_success_timestamp_seconds", newest)
    log(f"base backup done: {taken}, sealed")
    return True


def render_metrics() -> str:
    with LOCK:
        items = sorted(METRICS.items())
    lines = []
    for name, value in items:
        kind = "counter" if name.endswith("_total") else "gauge"
        lines += [f"# HELP {name} {HELP[name]}", f"# TYPE {name} {kind}", f"{name} {value:.0f}"]
    return "\n".join(lines) + "\n"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = render_metrics().encode() if self.path == "/metrics" else b"ok\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # scrapes are not news
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--once", action="store_true", help="one pass, print the metrics, exit")
    args = parser.parse_args(argv)
    interval = float(os.environ.get("BASE_BACKUP_INTERVAL_SECONDS", "86400"))
    retention = int(os.environ.get("RETENTION_DAYS", "7"))
    set_metric("platform_pg_base_backup_failures_total", 0)
    set_metric("platform_pg_client_roles_failures_total", 0)
    if args.once:
        ok = check_once(interval) and METRICS["platform_pg_client_roles_failures_total"] == 0
        sys.stdout.write(render_metrics())
        return 0 if ok else 1
    port = int(os.environ.get("METRICS_PORT", "9188"))
    threading.Thread(target=http.server.ThreadingHTTPServer(("", port), Handler).serve_forever, daemon=True).start()
    log(f"serving metrics on :{port}; base backup every {interval:.0f}s, retention {retention} days")
    while True:
        try:
            check_once(interval)
        except (subprocess.CalledProcessError, RuntimeError, ValueError) as e:
            # PostgreSQL starting or restarting: report and try again (store failures are counted in check_once).
            log(f"check skipped: {getattr(e, 'stderr', None) or e}")
        time.sleep(float(os.environ.get("CHECK_SECONDS", "60")))


if __name__ == "__main__":
    sys.exit(main())
