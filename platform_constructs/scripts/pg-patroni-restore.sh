#!/bin/sh
# Patroni's custom bootstrap (bootstrap.method: restore) for a cluster started from backups: Patroni runs it only
# while it holds the initialise lock, so exactly one member restores and the others clone that member.
#   pg-patroni-restore.sh --scope=NAME --datadir=DIR    (as Patroni calls it)
# The point-in-time restore itself is pg-pitr-restore.sh (RESTORE_FROM_*, RESTORE_TARGET_TIME); it leaves a
# promoted, stopped data directory for Patroni to start as the leader, or fails loudly and leaves no proof.
set -eu
datadir=""
for arg in "$@"; do
  case $arg in --datadir=*) datadir=${arg#--datadir=} ;; esac
done
[ -n "$datadir" ] || { echo "pg-patroni-restore: FAILED: Patroni passed no --datadir (got: $*)" >&2; exit 1; }
exec "$(dirname "$0")/pg-pitr-restore.sh" "$datadir" ${RESTORE_TARGET_TIME:+"$RESTORE_TARGET_TIME"}
