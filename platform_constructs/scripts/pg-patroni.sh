#!/bin/sh
# Entry point of every PostgresCluster member: Patroni, which initialises, clones, starts, promotes and demotes
# PostgreSQL (patroni.yaml, rendered beside postgresql.conf; PATRONI_* variables name this member).
# The superuser password goes from the mounted Secret into Patroni's own environment here, never into the pod spec;
# Patroni sets it at initialisation and uses it to stream, clone and pg_rewind between members.
set -eu
password_file=${CREDENTIALS_FILE:-/credentials/password}
[ -s "$password_file" ] || { echo "pg-patroni: FAILED: $password_file is empty: the credentials Secret has no 'password'" >&2; exit 1; }
PATRONI_SUPERUSER_PASSWORD=$(cat "$password_file")
PATRONI_REPLICATION_PASSWORD=$PATRONI_SUPERUSER_PASSWORD
export PATRONI_SUPERUSER_PASSWORD PATRONI_REPLICATION_PASSWORD
exec patroni "${PATRONI_CONFIG:-/etc/postgresql/patroni.yaml}"
