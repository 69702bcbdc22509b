#!/bin/sh
# Init container of every PostgresCluster member: prepare the data directory before PostgreSQL starts.
#   - data already there: keep it (a restart or reschedule must never re-initialise);
#   - member PRIMARY_ORDINAL: initdb (superuser 'postgres', password from the mounted Secret, data checksums on),
#     or, with BOOTSTRAP=restore, a point-in-time restore from the backups (pg-pitr-restore.sh, RESTORE_TARGET_TIME);
#   - any other member: clone the primary with pg_basebackup and follow it as a hot standby.
set -eu
ordinal=${POD_NAME##*-}
password_file=/credentials/password
[ -s "$password_file" ] || { echo "pg-init: FAILED: $password_file is empty: the credentials Secret has no 'password'" >&2; exit 1; }

if [ -s "$PGDATA/PG_VERSION" ]; then
  if [ "$ordinal" != "$PRIMARY_ORDINAL" ] && [ ! -f "$PGDATA/standby.signal" ]; then
    # A former primary must not come back beside the new one (split brain): see docs/runbooks/failover.md.
    echo "pg-init: FAILED: member $ordinal holds a primary's data but member $PRIMARY_ORDINAL is the primary;" \
         "delete this member's PersistentVolumeClaim so it re-clones as a standby" >&2
    exit 1
  fi
  echo "pg-init: data directory present (PostgreSQL $(cat "$PGDATA/PG_VERSION")), starting as is"
  exit 0
fi

if [ "$ordinal" = "$PRIMARY_ORDINAL" ]; then
  if [ "${BOOTSTRAP:-initdb}" = restore ]; then
    exec "$(dirname "$0")/pg-pitr-restore.sh" "$PGDATA" ${RESTORE_TARGET_TIME:+"$RESTORE_TARGET_TIME"}
  fi
  initdb -D "$PGDATA" -U postgres --pwfile="$password_file" --data-checksums --auth-local=peer --auth-host=scram-sha-256
  postgres --single -D "$PGDATA" -c config_file="$PGDATA/postgresql.conf" postgres <<SQL
CREATE DATABASE "$APP_DATABASE";
SQL
  echo "pg-init: initialised a new primary with database '$APP_DATABASE'"
else
  echo "pg-init: cloning the primary $PRIMARY_HOST as a standby"
  PGPASSWORD=$(cat "$password_file") pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U postgres -D "$PGDATA" \
    --write-recovery-conf --wal-method=stream --checkpoint=fast --progress
fi
