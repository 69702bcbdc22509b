#!/bin/sh
# Restore verification, run on a schedule in the cluster and by the restore drills:
#   pg-restore-verify.sh SCRATCH_DIR
# 1. restores the latest base backup plus archived WAL (pg-pitr-restore.sh) into SCRATCH_DIR and starts a
#    private PostgreSQL on it (no TCP listener, archiving off, so it can never touch the real archive);
# 2. checks each database in $DATABASES opens and lists its tables;
# 3. restores each one's latest logical dump (pg-logical.py) into a scratch database beside it and checks the
#    same tables come back.
# The whole restore must finish within RTO_SECONDS, the declared recovery time objective. Prints the measured
# times; any failure prints a 'FAILED:' line and exits non-zero, which fails the Job and fires its alert.
set -eu
scratch=${1:?usage: pg-restore-verify.sh SCRATCH_DIR}
scripts=$(cd "$(dirname "$0")" && pwd)
rto=${RTO_SECONDS:-3600}
data=$scratch/data
log=$scratch/postgres.log
fail() {
  echo "restore-verify: FAILED: $*" >&2
  if [ -f "$log" ]; then tail -n 20 "$log" >&2; fi
  pg_ctl -D "$data" -m immediate stop >/dev/null 2>&1 || true
  exit 1
}
tables() {
  psql -X -qAt -d "$1" -c "SELECT table_schema || '.' || table_name FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
}

started=$(date +%s)
"$scripts/pg-pitr-restore.sh" "$data" || fail "the base backup could not be restored"
pg_ctl -D "$data" -l "$log" -w -t "$rto" \
  -o "-c listen_addresses='' -c port=${VERIFY_PORT:-5432} -c unix_socket_directories='$scratch' -c archive_mode=off" \
  start >/dev/null || fail "the restored database did not start"
export PGHOST="$scratch" PGPORT="${VERIFY_PORT:-5432}"
until [ "$(psql -X -qAt -d postgres -c 'SELECT NOT pg_is_in_recovery()' 2>/dev/null)" = t ]; do
  [ $(($(date +%s) - started)) -lt "$rto" ] || fail "WAL replay did not finish within the ${rto}s recovery time objective"
  sleep 1
done
ready=$(($(date +%s) - started))
echo "restore-verify: base backup + WAL restored and open for writes in ${ready}s (objective ${rto}s)"
# The newest commit the backups hold: how far behind the primary a restore right now would be (the RPO in practice).
newest=$(psql -X -qAt -d postgres -c "SELECT coalesce(extract(epoch FROM pg_last_xact_replay_timestamp())::text, 'none')")
echo "restore-verify: newest transaction replayed from the archive committed at epoch ${newest}"

for db in ${DATABASES:?DATABASES is not set}; do
  physical=$(tables "$db") || fail "database '$db' is missing from the restored base backup"
  echo "restore-verify: '$db' from the base backup has $(echo "$physical" | grep -c . || true) tables"
  "$scripts/pg-logical.py" restore "$db" --into "verify_$db" || fail "the logical dump of '$db' could not be restored"
  logical=$(tables "verify_$db")
  [ "$logical" = "$physical" ] || fail "the logical dump of '$db' has tables [$logical], the base backup [$physical]"
done
total=$(($(date +%s) - started))
pg_ctl -D "$data" -m fast stop >/dev/null
[ "$total" -le "$rto" ] || fail "verification took ${total}s, over the ${rto}s recovery time objective"
echo "restore-verify: ok in ${total}s"
