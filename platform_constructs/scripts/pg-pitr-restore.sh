#!/bin/sh
# Point-in-time restore into an EMPTY data directory:
#   pg-pitr-restore.sh DATA_DIR [TARGET_TIME]
# barman-cloud-restore fetches the newest base backup that ends before TARGET_TIME (or the newest of all),
# then PostgreSQL is set to replay archived WAL up to TARGET_TIME (or to the end of the archive) and promote.
# Start PostgreSQL on DATA_DIR afterwards; with a target it refuses to open if the archive stops short of it.
set -eu
fail() { echo "pitr-restore: FAILED: $*" >&2; exit 1; }
dest=${1:?usage: pg-pitr-restore.sh DATA_DIR [TARGET_TIME]}
target=${2:-}
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
scripts=$(cd "$(dirname "$0")" && pwd)
# A new cluster can start from another cluster's backups; it archives its own WAL to its own place.
source_url=${RESTORE_FROM_DESTINATION:-$BACKUP_DESTINATION}
source_name=${RESTORE_FROM_SERVER_NAME:-$BACKUP_SERVER_NAME}
where="$source_url/$source_name"

if [ -d "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  fail "$dest is not empty: restore only into an empty data directory"
fi
mkdir -p "$dest"
chmod 0700 "$dest"
echo "pitr-restore: restoring ${target:+the base backup before $target}${target:-the latest base backup} from $where"
if ! barman-cloud-restore --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
    ${target:+--target-time "$target"} "$source_url" "$source_name" auto "$dest"; then
  fail "no usable base backup ${target:+before $target }in $where (missing, unreadable or corrupted: see the barman-cloud messages above)"
fi
[ -f "$dest/PG_VERSION" ] || fail "the base backup from $where restored no PG_VERSION: it is incomplete"

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
echo "pitr-restore: base backup in place; start PostgreSQL on $dest to replay WAL ${target:+up to $target}${target:-to the end of the archive}"
