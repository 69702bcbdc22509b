#!/bin/sh
# Restore verification, run on a schedule in the cluster and by the restore drills:
#   pg-restore-verify.sh SCRATCH_DIR
# 1. restores the latest base backup and replays the whole WAL archive (pg-pitr-restore.sh, which fails when
#    replay stops short of the archive's end) into SCRATCH_DIR, then starts a private PostgreSQL on it (no TCP
#    listener, archiving off, so it can never touch the real archive);
# 2. checks what the backups promised: the newest replayed commit is within RPO_SECONDS of the newest archived
#    WAL segment, each database in $DATABASES opens and lists its tables, and every page of every table and
#    index is read and checked (pg_amcheck --heapallindexed, data checksums on), so a corrupted page fails;
# 3. restores each one's latest logical dump (pg-logical.py) into a scratch database beside it and checks the
#    same tables come back.
# The whole restore must finish within RTO_SECONDS, the declared recovery time objective. Prints the measured
# times; any failure prints one 'FAILED:' line and exits non-zero, which fails the Job and fires its alert.
set -eu
scratch=${1:?usage: pg-restore-verify.sh SCRATCH_DIR}
scripts=$(cd "$(dirname "$0")" && pwd)
rto=${RTO_SECONDS:-3600}
rpo=${RPO_SECONDS:?RPO_SECONDS is not set}
data=$scratch/data
log=$scratch/postgres.log
fail() {
  echo "restore-verify: FAILED: $*" >&2
  if [ -f "$log" ]; then tail -n 20 "$log" >&2; fi
  if [ -f "$data/postmaster.pid" ]; then pg_ctl -D "$data" -m immediate stop >/dev/null 2>&1 || true; fi
  exit 1
}
tables() {
  psql -X -qAt -d "$1" -c "SELECT table_schema || '.' || table_name FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
}

started=$(date +%s)
# Its own FAILED: line says why; this one is the verdict the Job reports.
"$scripts/pg-pitr-restore.sh" "$data" 2>&1 | sed 's/FAILED: /failed: /' >&2 || true
[ -s "$data.restore.env" ] || fail "the backups could not be restored completely (pg-pitr-restore.sh above)"
. "$data.restore.env"
pg_ctl -D "$data" -l "$log" -w -t "$rto" \
  -o "-c listen_addresses='' -c ssl=off -c port=${VERIFY_PORT:-5432} -c unix_socket_directories='$scratch' -c archive_mode=off" \
  start >/dev/null || fail "the restored database did not start"
export PGHOST="$scratch" PGPORT="${VERIFY_PORT:-5432}"
until [ "$(psql -X -qAt -d postgres -c 'SELECT NOT pg_is_in_recovery()' 2>/dev/null)" = t ]; do
  [ $(($(date +%s) - started)) -lt "$rto" ] || fail "WAL replay did not finish within the ${rto}s recovery time objective"
  sleep 1
done
ready=$(($(date +%s) - started))
echo "restore-verify: base backup + WAL restored and open for writes in ${ready}s (objective ${rto}s)"
# The newest commit the backups hold, against the newest archived WAL: the data a restore right now would lose.
if [ -z "$newest_commit_epoch" ]; then
  # A quiet database: no commit after the base backup. pg-pitr-restore.sh proved replay reached the archive's
  # end, so every archived commit is in the base backup itself and none was lost.
  echo "restore-verify: no transaction after the base backup in the archive (replayed to its end, $archive_end)"
else
  lag=$((archive_end_epoch - ${newest_commit_epoch%.*}))
  echo "restore-verify: newest transaction replayed from the archive committed at epoch ${newest_commit_epoch}," \
       "${lag}s before the newest archived WAL segment $archive_end (objective ${rpo}s)"
  [ "$lag" -le "$rpo" ] || fail "the newest replayed commit is ${lag}s older than the newest archived WAL $archive_end," \
    "over the ${rpo}s recovery point objective: the archive holds WAL that replay did not apply"
fi
for db in ${DATABASES:?DATABASES is not set}; do
  physical=$(tables "$db") || fail "database '$db' is missing from the restored base backup"
  echo "restore-verify: '$db' from the base backup has $(echo "$physical" | grep -c . || true) tables"
  pg_amcheck -d "$db" --install-missing --heapallindexed >"$scratch/amcheck.log" 2>&1 ||
    { cat "$scratch/amcheck.log" >&2; fail "database '$db' in the restored backup has corrupted pages (pg_amcheck above)"; }
  echo "restore-verify: every table and index page of '$db' read and checked"
  "$scripts/pg-logical.py" restore "$db" --into "verify_$db" || fail "the logical dump of '$db' could not be restored"
  logical=$(tables "verify_$db")
  [ "$logical" = "$physical" ] || fail "the logical dump of '$db' has tables [$logical], the base backup [$physical]"
done
total=$(($(date +%s) - started))
pg_ctl -D "$data" -m fast -w stop >/dev/null || fail "the restored database did not stop cleanly"
grep -E '(FATAL|PANIC):' "$log" >/dev/null && fail "the restored database logged FATAL (above)"
[ "$total" -le "$rto" ] || fail "verification took ${total}s, over the ${rto}s recovery time objective"
echo "restore-verify: ok in ${total}s"
