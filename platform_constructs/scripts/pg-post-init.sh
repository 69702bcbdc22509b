#!/bin/sh
# Patroni's post_bootstrap hook: runs once, on the member that initialised the cluster (initdb or a restore from
# backups), before any other member clones it. Creates the application database unless the backups brought it.
#   pg-post-init.sh CONNECTION_URL      (Patroni passes the superuser's local connection)
set -eu
url=${1:?usage: pg-post-init.sh CONNECTION_URL}
: "${APP_DATABASE:?APP_DATABASE is not set}"
psql -X -qAt -v ON_ERROR_STOP=1 -v db="$APP_DATABASE" -d "$url" <<'SQL'
SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
echo "pg-post-init: database '$APP_DATABASE' ready"
