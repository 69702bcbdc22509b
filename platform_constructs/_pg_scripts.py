"""The scripts PostgresCluster and BackupSchedule ship in a ConfigMap, read from this package's own data files.

The restore drills (tests/drills) run the very text that lands in the rendered ConfigMap, so what is tested is
what runs in the cluster.
"""
from __future__ import annotations

import functools
from importlib import resources

MOUNT = "/scripts"
NAMES = ("pg-backup-agent.py", "pg-client-roles.py", "pg-logical.py", "pg-patroni-restore.sh", "pg-patroni.sh", "pg-pitr-restore.sh",
         "pg-post-init.sh", "pg-restore-verify.sh", "pg-s3-limits.sh", "pg-wal-archive.sh", "pg-wal-restore.sh")


@functools.cache
def scripts() -> dict[str, str]:
    """{file name: text} of every script, in a stable order."""
    folder = resources.files(__package__).joinpath("scripts")
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in NAMES}


def path(name: str) -> str:
    """Where a script is mounted in every database and backup pod."""
    assert name in NAMES, name
    return f"{MOUNT}/{name}"
