#!/bin/sh
# PostgreSQL archive_command: ship one finished WAL segment to object storage with barman-cloud.
#   archive_command = '/scripts/pg-wal-archive.sh %p'
# A non-zero exit makes PostgreSQL keep the segment and retry, so a failed upload never loses WAL; the time limit
# (pg-s3-limits.sh) makes an unreachable store a failure in seconds, counted in pg_stat_archiver, not a hang.
set -eu
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
. "$(dirname "$0")/pg-s3-limits.sh"
exec timeout "$S3_ATTEMPT_SECONDS" barman-cloud-wal-archive --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
  --read-timeout "$S3_READ_TIMEOUT" --gzip "$BACKUP_DESTINATION" "$BACKUP_SERVER_NAME" "${1:?usage: pg-wal-archive.sh WAL_PATH}"
