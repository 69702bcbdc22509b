#!/bin/sh
# PostgreSQL restore_command: fetch one archived WAL segment (or timeline history file) with barman-cloud.
#   restore_command = '/scripts/pg-wal-restore.sh %f %p'
# Exit 1 means "not in the archive": PostgreSQL then ends archive recovery (or keeps streaming, on a standby).
set -eu
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
exec barman-cloud-wal-restore --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
  "$BACKUP_DESTINATION" "$BACKUP_SERVER_NAME" "${1:?usage: pg-wal-restore.sh WAL_NAME DEST}" "${2:?usage: pg-wal-restore.sh WAL_NAME DEST}"
