#!/usr/bin/env bash
# Idempotent setup for the restore and failover drills (tests/drills): PostgreSQL 15 server binaries and a virtual
# environment holding barman-cloud (the WAL/base-backup tool the rendered scripts call), Patroni (the failover
# agent every member runs, with its Kubernetes DCS) and moto's S3 server.
#
#   tools/drill-env.sh            # safe to run again: does nothing when everything is in place
#   DRILL_VENV=/opt/x tools/drill-env.sh
#
# PostgreSQL refuses to run as root, so the drills run the servers as the `postgres` user (created by the
# Debian package). That user must be able to run barman-cloud from `archive_command`, so the venv is built
# from Debian's /usr/bin/python3 (readable by everyone, unlike a pyenv under /root) with copied binaries.
set -euo pipefail

DRILL_VENV=${DRILL_VENV:-/opt/platform-drill-venv}
PG_BIN=/usr/lib/postgresql/15/bin
# barman is installed without its dependency list because it names `psycopg2`, which compiles from source;
# the prebuilt psycopg2-binary provides the same module. Keep these pins in step with the image's barman.
BARMAN=barman==3.19.1
# Patroni: keep in step with images/postgres/Dockerfile. Its `kubernetes` extra adds nothing since Patroni
# carries its own API client; psycopg2-binary is the driver it finds.
PATRONI="patroni[kubernetes]==4.1.5"
PINS=(psycopg2-binary==2.9.13 python-dateutil==2.9.0.post0 boto3==1.44.5 "moto[server]==5.2.5" "$PATRONI")
STAMP="$BARMAN ${PINS[*]}"

if [ ! -x "$PG_BIN/pg_ctl" ] || ! id postgres >/dev/null 2>&1; then
  echo "drill-env: installing postgresql-15"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi

if [ "$(cat "$DRILL_VENV/.installed" 2>/dev/null)" != "$STAMP" ]; then
  echo "drill-env: building $DRILL_VENV"
  if ! /usr/bin/python3 -c 'import ensurepip, venv' 2>/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  fi
  rm -rf "$DRILL_VENV"
  /usr/bin/python3 -m venv --copies "$DRILL_VENV"
  pip=("$DRILL_VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
  "${pip[@]}" --no-deps "$BARMAN"
  "${pip[@]}" "${PINS[@]}"
  chmod -R a+rX "$DRILL_VENV"
  echo "$STAMP" > "$DRILL_VENV/.installed"
fi

"$DRILL_VENV/bin/barman-cloud-wal-archive" --version >/dev/null
"$DRILL_VENV/bin/python" -c 'import moto.server, boto3, psycopg2'
"$DRILL_VENV/bin/patroni" --version >/dev/null
echo "drill-env: ok (PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $BARMAN, $PATRONI, venv $DRILL_VENV)"
