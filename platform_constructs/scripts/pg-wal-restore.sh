#!/bin/sh
# PostgreSQL restore_command: fetch one archived WAL segment (or timeline history file) with barman-cloud.
#   restore_command = '/scripts/pg-wal-restore.sh %f %p'
# PostgreSQL reads every exit from 1 to 125 as "not in the archive" and then ends archive recovery, so exit 1 is
# kept for a file barman-cloud confirmed absent (its exit 1) that may really be absent: a timeline history file,
# or during a restore a segment past the archive's end, which pg-pitr-restore.sh records in the data directory
# (pg-restore-end; PostgreSQL runs this command there). Everything else (network, permission, a truncated or
# corrupted download) is retried for WAL_RESTORE_RETRY_SECONDS; then, like a segment missing inside the chain,
# it exits 200: PostgreSQL aborts recovery (FATAL) on exits above 125 instead of opening with less data.
# A standby (standby.signal) exits 1 instead: it never ends recovery on a miss, it streams and asks again later.
set -u
wal=${1:?usage: pg-wal-restore.sh WAL_NAME DEST}
dest=${2:?usage: pg-wal-restore.sh WAL_NAME DEST}
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
retry_for=${WAL_RESTORE_RETRY_SECONDS:-300}
scripts=$(cd "$(dirname "$0")" && pwd)
. "$scripts/pg-s3-limits.sh"
fail() {
  echo "wal-restore: FAILED: $*" >&2
  rm -f "$dest"
  if [ -f standby.signal ]; then exit 1; fi
  exit 200
}
hex() { printf '%d' "0x$1"; }
part() { hex "$(echo "$1" | cut -c"$2")"; }  # of a WAL file name: timeline 1-8, log 9-16, segment 17-24

# A downloaded segment must be one of this cluster's, for this position: the right size, and a first page
# header naming the segment's own address (offset 8) and the cluster's system identifier (offset 24) (random or foreign bytes do not).
check_segment() {
  size=$(pg_controldata . | sed -n 's/^Bytes per WAL segment: *//p')
  sysid=$(pg_controldata . | sed -n 's/^Database system identifier: *//p')
  got=$(wc -c < "$dest" | tr -d ' ')
  [ "$got" = "$size" ] || fail "segment $wal from the archive is $got bytes, not $size: it is truncated or corrupted"
  per_log=$((4294967296 / size))
  want=$(( ($(part "$wal" 9-16) * per_log + $(part "$wal" 17-24)) * size ))
  addr=$(od -An -tu8 -j8 -N8 "$dest" | tr -d ' ')
  id=$(od -An -tu8 -j24 -N8 "$dest" | tr -d ' ')
  [ "$addr" = "$want" ] && [ "$id" = "$sysid" ] ||
    fail "segment $wal from the archive is corrupted: its header names address $addr of system $id, not $want of system $sysid"
}

# A confirmed-absent file: the end of the archive, or a hole in it.
absent() {
  case $wal in *.history) exit 1 ;; esac
  [ -s pg-restore-end ] || exit 1
  end=$(cat pg-restore-end)
  if [ "$(part "$wal" 1-8)" -gt "$(part "$end" 1-8)" ]; then exit 1; fi  # a newer timeline than the archive holds
  log=$(part "$wal" 9-16) end_log=$(part "$end" 9-16)
  if [ "$log" -lt "$end_log" ] || { [ "$log" -eq "$end_log" ] && [ "$(part "$wal" 17-24)" -le "$(part "$end" 17-24)" ]; }; then
    fail "segment $wal is missing from the archive $BACKUP_DESTINATION/$BACKUP_SERVER_NAME, which holds WAL up to $end:" \
         "the WAL chain is broken, so recovery stops here instead of opening without the later commits"
  fi
  echo "$wal" > pg-restore-reached-end  # PostgreSQL asked past the end: it replayed all there is
  exit 1
}

started=$(date +%s)
delay=1
err=$(mktemp)
trap 'rm -f "$err"' EXIT
while :; do
  timeout "$S3_ATTEMPT_SECONDS" barman-cloud-wal-restore --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
    --read-timeout "$S3_READ_TIMEOUT" "$BACKUP_DESTINATION" "$BACKUP_SERVER_NAME" "$wal" "$dest" 2>"$err"
  rc=$?
  cat "$err" >&2
  # A download that does not decompress stays broken however often it is fetched again.
  if [ "$rc" -ne 0 ] && grep -qiE 'compressed file ended|not a gzipped file|crc check failed|invalid (stored block|block type|distance|code)|incorrect (header|data) check' "$err"; then
    fail "segment $wal in the archive $BACKUP_DESTINATION/$BACKUP_SERVER_NAME is truncated or corrupted: it does not decompress (above)"
  fi
  case $rc in
    0) case $wal in *.history) ;; *) check_segment ;; esac; exit 0 ;;
    1) absent ;;
  esac
  waited=$(($(date +%s) - started))
  if [ "$waited" -ge "$retry_for" ]; then
    fail "could not fetch $wal from $BACKUP_DESTINATION/$BACKUP_SERVER_NAME for ${waited}s (barman-cloud-wal-restore exited $rc:" \
         "network, permission or a corrupted file, see above)"
  fi
  echo "wal-restore: fetching $wal failed (exit $rc), retrying in ${delay}s" >&2
  sleep "$delay"
  delay=$((delay * 2 > 30 ? 30 : delay * 2))
done
