#!/bin/sh
# Point-in-time restore into an EMPTY data directory:
#   pg-pitr-restore.sh DATA_DIR [TARGET_TIME]
# 1. reads where the archive ends (its newest WAL segment, on its newest timeline) before anything else, so a
#    hole or a cut found later cannot pass for the end;
# 2. barman-cloud-restore fetches the newest base backup that ends before TARGET_TIME (or the newest of all),
#    checked complete (PG_VERSION, backup_label, a readable global/pg_control, and every object in S3 as the
#    backup agent sealed it);
# 3. replays archived WAL on a private server (no TCP listener) up to TARGET_TIME or the end of the archive,
#    promotes, and proves it got there: without a target PostgreSQL must have asked for the segment after the
#    archive's end (pg-wal-restore.sh records that), with one it must have logged reaching it; any FATAL fails;
# 4. stops the server cleanly. DATA_DIR is then ready to start; until then DATA_DIR/pg-restore-end marks an
#    unfinished restore (pg-wal-restore.sh reads it).
# Writes what it proved to DATA_DIR.restore.env (read by pg-restore-verify.sh). RESTORE_ARCHIVE=on archives the
# new timeline while replaying (a cluster bootstrapped from backups); otherwise archiving stays off.
set -eu
dest=${1:?usage: pg-pitr-restore.sh DATA_DIR [TARGET_TIME]}
target=${2:-}
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
scripts=$(cd "$(dirname "$0")" && pwd)
. "$scripts/pg-s3-limits.sh"
# A new cluster can start from another cluster's backups; it archives its own WAL to its own place.
source_url=${RESTORE_FROM_DESTINATION:-$BACKUP_DESTINATION}
source_name=${RESTORE_FROM_SERVER_NAME:-$BACKUP_SERVER_NAME}
where="$source_url/$source_name"
log=$dest.restore.log
sock=""
fail() {
  echo "pitr-restore: FAILED: $*" >&2
  if [ -f "$log" ]; then tail -n 20 "$log" | sed 's/FAILED: /failed: /' >&2; fi  # one FAILED: line, this one
  if [ -n "$sock" ]; then pg_ctl -D "$dest" -m immediate stop >/dev/null 2>&1 || true; fi
  exit 1
}

if [ -d "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  fail "$dest is not empty: restore only into an empty data directory"
fi
end=$(timeout "$S3_ATTEMPT_SECONDS" python3 - "$source_url" "$source_name" <<'PY'
# The newest WAL segment on the newest timeline in the archive, and when it was uploaded.
import re, sys, boto3, botocore.config, os
url, server = sys.argv[1], sys.argv[2]
bucket, _, prefix = url[len("s3://"):].partition("/")
s3 = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT_URL") or None, config=botocore.config.Config(
    read_timeout=int(os.environ["S3_READ_TIMEOUT"]), connect_timeout=10))
segments = []
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{prefix.strip('/')}/{server}/wals/".lstrip("/")):
    for o in page.get("Contents", []):
        m = re.fullmatch(r"([0-9A-F]{8})([0-9A-F]{16})(\.gz|\.bz2|\.xz|\.snappy|\.zst|\.lz4)?", o["Key"].rsplit("/", 1)[-1])
        if m:
            segments.append((m.group(1), m.group(2), o["LastModified"].timestamp()))
if not segments:
    sys.exit(f"pitr-restore: the archive {url}/{server}/wals holds no WAL segment")
tli = max(s[0] for s in segments)
newest = max(s for s in segments if s[0] == tli)
print(f"{newest[0]}{newest[1]} {newest[2]:.0f}")
PY
) || fail "could not read where the WAL archive $where/wals ends (see above): a restore must know that before replaying"
end_time=${end#* }
end=${end% *}
mkdir -p "$dest"
chmod 0700 "$dest"
what="the latest base backup"
[ -z "$target" ] || what="the base backup before $target"
echo "pitr-restore: restoring $what from $where" \
     "(its WAL archive ends at $end)"
if ! barman-cloud-restore --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
    ${target:+--target-time "$target"} "$source_url" "$source_name" auto "$dest"; then
  fail "no usable base backup ${target:+before $target }in $where (missing, unreadable or corrupted: see the barman-cloud messages above)"
fi
echo "$end" > "$dest/pg-restore-end"
for f in PG_VERSION backup_label global/pg_control; do
  [ -s "$dest/$f" ] || fail "the base backup from $where restored no $f: it is incomplete"
done
pg_controldata "$dest" 2>&1 | grep -q "CRC.*does not match" && fail "the base backup from $where has a corrupted global/pg_control"
# A tarball replaced or cut short (still a valid tar) restores without complaint and may lack any relation file
# that replay never touches: the backup's objects must be as the backup agent sealed them (pg-backup-agent.py).
backup_id=$(sed -n 's/^LABEL: Barman backup [^ ]* \([0-9]\{8\}T[0-9]\{6\}\)$/\1/p' "$dest/backup_label")  # server name, id
[ -n "$backup_id" ] || fail "the base backup from $where has no barman label in backup_label: it cannot be checked against its seal"
seal=$(timeout "$S3_ATTEMPT_SECONDS" python3 - "$source_url" "$source_name" "$backup_id" <<'PY'
# "ok", or what differs between the backup's objects and the seal the backup agent wrote when it took it.
import json, sys, boto3, botocore.config, os
url, server, backup = sys.argv[1:4]
bucket, _, prefix = url[len("s3://"):].partition("/")
base = f"{prefix.strip('/')}/{server}/base/{backup}/".lstrip("/")
s3 = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT_URL") or None, config=botocore.config.Config(
    read_timeout=int(os.environ["S3_READ_TIMEOUT"]), connect_timeout=10))
stored = {o["Key"][len(base):]: {"size": o["Size"], "etag": o["ETag"]}
          for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=base)
          for o in page.get("Contents", []) if o["Key"] != base + "platform-seal.json"}
try:
    sealed = json.loads(s3.get_object(Bucket=bucket, Key=base + "platform-seal.json")["Body"].read())["objects"]
except s3.exceptions.NoSuchKey:
    print("unsealed: it has no platform-seal.json (not taken by the backup agent, or its upload was cut short)")
    sys.exit()
wrong = sorted(n for n in sealed.keys() | stored.keys() if sealed.get(n) != stored.get(n))
print("ok" if not wrong else "objects differ from their seal (" + ", ".join(
    f"{n}: sealed {sealed.get(n, {}).get('size', 'none')} bytes, stored {stored.get(n, {}).get('size', 'none')}"
    for n in wrong[:3]) + "): a tarball was cut short or replaced")
PY
) || fail "could not read base backup $backup_id's objects and seal in $where (see above)"
[ "$seal" = ok ] || fail "the base backup $backup_id in $where is $seal"
# Recovery settings go last in postgresql.auto.conf, so they win over anything the backup carried.
{
  echo "# pg-pitr-restore.sh"
  echo "restore_command = 'BACKUP_DESTINATION=$source_url BACKUP_SERVER_NAME=$source_name $scripts/pg-wal-restore.sh %f %p'"
  echo "recovery_target_timeline = 'latest'"
  if [ -n "$target" ]; then
    echo "recovery_target_time = '$target'"
    echo "recovery_target_inclusive = on"
  fi
  echo "recovery_target_action = 'promote'"
} >> "$dest/postgresql.auto.conf"
touch "$dest/recovery.signal"

archiving="-c archive_mode=off"
if [ "${RESTORE_ARCHIVE:-off}" = on ]; then archiving="-c archive_mode=on -c archive_command='$scripts/pg-wal-archive.sh %p'"; fi
sock=$(mktemp -d)
rm -f "$log"
started=$(date +%s)
# No -w: pg_ctl's readiness pings are refused during recovery and would put FATAL lines in the log this checks.
pg_ctl -D "$dest" -l "$log" -o "-c listen_addresses='' -c ssl=off -c port=5432 -c unix_socket_directories='$sock' $archiving" start >/dev/null ||
  { grep -E '(FATAL|PANIC):' "$log" >/dev/null 2>&1 && fail "WAL replay failed: PostgreSQL logged FATAL (above)"
    fail "PostgreSQL did not start on the restored base backup (log above)"; }
timeout_s=${RTO_SECONDS:-86400}
while :; do
  sleep 1
  grep -E '(FATAL|PANIC):' "$log" >/dev/null 2>&1 && fail "WAL replay failed: PostgreSQL logged FATAL (above)"
  pg_ctl -D "$dest" status >/dev/null || fail "PostgreSQL stopped during WAL replay (log above)"
  state=$(pg_controldata "$dest" | sed -n 's/^Database cluster state: *//p')
  [ "$state" = "in production" ] && psql -X -qAt -h "$sock" -p 5432 -d postgres -c 'SELECT NOT pg_is_in_recovery()' 2>/dev/null | grep -qx t && break
  [ $(($(date +%s) - started)) -lt "$timeout_s" ] || fail "WAL replay did not finish within ${timeout_s}s"
done
q() { psql -X -qAt -h "$sock" -p 5432 -d postgres -c "$1"; }
replayed=$(q "SELECT substr(pg_walfile_name(pg_last_wal_replay_lsn()), 9)")
at_end=$(q "SELECT '$replayed' COLLATE \"C\" >= '$(echo "$end" | cut -c9-24)'")
newest=$(q "SELECT coalesce(extract(epoch FROM pg_last_xact_replay_timestamp())::text, '')")
if [ -n "$target" ] && grep -q "recovery stopping" "$log"; then
  echo "pitr-restore: replay reached the target $target (WAL segment ...$replayed)"
elif [ -f "$dest/pg-restore-reached-end" ] && [ "$at_end" = t ]; then
  echo "pitr-restore: replay reached the end of the archive ($end)"
else
  fail "WAL replay stopped at segment ...$replayed, short of the archive's end $end: a segment is corrupted or unreadable" \
       "(log above); the restore is incomplete and must not be used"
fi
pg_ctl -D "$dest" -m fast -w stop >/dev/null || fail "PostgreSQL did not stop cleanly after the restore"
grep -E '(FATAL|PANIC):' "$log" >/dev/null && fail "PostgreSQL logged FATAL during the restore (above)"
sed -i '/^# pg-pitr-restore.sh$/,$d' "$dest/postgresql.auto.conf"  # done: its own restore_command comes from its config
{
  echo "archive_end=$end"
  echo "archive_end_epoch=$end_time"
  echo "newest_commit_epoch=$newest"
} > "$dest.restore.env"
rm -f "$dest/pg-restore-end" "$dest/pg-restore-reached-end"
rmdir "$sock"
echo "pitr-restore: restored and replayed in $(($(date +%s) - started))s; newest commit replayed at epoch ${newest:-none}"
