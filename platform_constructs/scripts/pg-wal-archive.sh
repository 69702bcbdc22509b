#!/bin/sh
# PostgreSQL archive_command: ship one finished WAL segment to object storage with barman-cloud.
#   archive_command = '/scripts/pg-wal-archive.sh %p'
# A non-zero exit makes PostgreSQL keep the segment and retry, so a failed upload never loses WAL.
set -eu
: "${BACKUP_DESTINATION:?BACKUP_DESTINATION (s3://bucket/prefix) is not set}"
: "${BACKUP_SERVER_NAME:?BACKUP_SERVER_NAME is not set}"
exec barman-cloud-wal-archive --cloud-provider aws-s3 ${S3_ENDPOINT_URL:+--endpoint-url "$S3_ENDPOINT_URL"} \
  --gzip "$BACKUP_DESTINATION" "$BACKUP_SERVER_NAME" "${1:?usage: pg-wal-archive.sh WAL_PATH}"
