#!/usr/bin/env python3
"""Logical backups of PostgreSQL databases to S3, and their restore.

    pg-logical.py dump                      # every database in $DATABASES
    pg-logical.py restore DB [--into NEW] [--dump latest|<stamp>]

Connection: the libpq variables (PGHOST, PGPORT, PGUSER; the password from PGPASSWORD_FILE or PGPASSWORD). Storage: BACKUP_DESTINATION
('s3://bucket/prefix'), S3_ENDPOINT_URL (optional). Each dump is a pg_dump custom-format archive stored as
<prefix>/logical/<db>/<stamp>.dump with a JSON manifest (size, SHA-256, times) beside it; `latest.json` points
at the newest. Dumps are never deleted here (the backup role may not): the bucket's lifecycle rule expires them
after the retention. A restore checks the size and checksum before pg_restore touches the database, and refuses a
target database that already holds tables. Any failure prints one 'FAILED:' line and exits non-zero.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import boto3
import botocore.exceptions


class Failure(Exception):
    pass


def storage():
    dest = os.environ.get("BACKUP_DESTINATION", "")
    if not dest.startswith("s3://"):
        raise Failure(f"BACKUP_DESTINATION must be 's3://bucket/prefix', got {dest!r}")
    bucket, _, prefix = dest[5:].partition("/")
    client = boto3.client("s3", endpoint_url=os.environ.get("S3_ENDPOINT_URL") or None)
    return client, bucket, prefix.strip("/")


def key(prefix: str, *parts: str) -> str:
    return "/".join(p for p in (prefix, "logical", *parts) if p)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def psql(db: str, sql: str) -> str:
    out = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def dump(args: argparse.Namespace) -> None:
    client, bucket, prefix = storage()
    databases = (os.environ.get("DATABASES") or os.environ.get("PGDATABASE") or "").split()
    if not databases:
        raise Failure("set DATABASES (space-separated) or PGDATABASE to the databases to dump")
    for db in databases:
        started = dt.datetime.now(dt.UTC)
        stamp = started.strftime("%Y%m%dT%H%M%SZ")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "db.dump")
            proc = subprocess.run(["pg_dump", "-Fc", "-Z", "6", "-d", db, "-f", path], capture_output=True, text=True)
            if proc.returncode != 0:
                raise Failure(f"pg_dump of database '{db}' failed: {proc.stderr.strip()}")
            manifest = {"database": db, "dump": key(prefix, db, f"{stamp}.dump"), "size": os.path.getsize(path),
                        "sha256": sha256(path), "started": started.isoformat(),
                        "finished": dt.datetime.now(dt.UTC).isoformat(), "server_version": psql(db, "SHOW server_version")}
            client.upload_file(path, bucket, manifest["dump"])
        body = json.dumps(manifest, indent=2, sort_keys=True).encode()
        client.put_object(Bucket=bucket, Key=key(prefix, db, f"{stamp}.json"), Body=body)
        client.put_object(Bucket=bucket, Key=key(prefix, db, "latest.json"), Body=body)  # written last: points at a whole dump
        print(f"pg-logical: dumped '{db}' ({manifest['size']} bytes, sha256 {manifest['sha256'][:12]}) "
              f"to s3://{bucket}/{manifest['dump']}")


def restore(args: argparse.Namespace) -> None:
    client, bucket, prefix = storage()
    db, into = args.database, args.into or args.database
    for name in (db, into):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]{0,62}", name):
            raise Failure(f"database name {name!r} is not a plain PostgreSQL identifier")
    name = "latest.json" if args.dump == "latest" else f"{args.dump}.json"
    where = f"s3://{bucket}/{key(prefix, db, name)}"
    try:
        manifest = json.loads(client.get_object(Bucket=bucket, Key=key(prefix, db, name))["Body"].read())
    except client.exceptions.NoSuchKey:
        raise Failure(f"no logical dump of database '{db}' at {where}: nothing to restore") from None
    except (botocore.exceptions.ClientError, ValueError) as e:
        raise Failure(f"cannot read the dump manifest {where}: {e}") from None
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "db.dump")
        try:
            client.download_file(bucket, manifest["dump"], path)
        except botocore.exceptions.ClientError as e:
            raise Failure(f"the dump s3://{bucket}/{manifest['dump']} named by {where} is missing: {e}") from None
        size, digest = os.path.getsize(path), sha256(path)
        if size != manifest["size"] or digest != manifest["sha256"]:
            raise Failure(f"s3://{bucket}/{manifest['dump']} is corrupted: {size} bytes with sha256 {digest}, "
                          f"the manifest recorded {manifest['size']} bytes with sha256 {manifest['sha256']}")
        if psql("postgres", f"SELECT count(*) FROM pg_database WHERE datname = '{into}'") == "0":
            subprocess.run(["createdb", into], check=True)
        elif psql(into, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')") != "0":
            raise Failure(f"database '{into}' already holds tables: restore into an empty or new database (--into)")
        proc = subprocess.run(["pg_restore", "--exit-on-error", "--single-transaction", "--no-owner", "-d", into, path],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise Failure(f"pg_restore into '{into}' failed: {proc.stderr.strip()}")
    print(f"pg-logical: restored '{db}' dump {manifest['started']} into '{into}' in {time.monotonic() - started:.1f}s "
          f"(checksum verified)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump", help="dump every database in $DATABASES to S3").set_defaults(run=dump)
    r = sub.add_parser("restore", help="restore one database's dump")
    r.add_argument("database")
    r.add_argument("--into", help="target database (default: the dumped database's name)")
    r.add_argument("--dump", default="latest", help="'latest' or a dump stamp such as 20250101T000000Z")
    r.set_defaults(run=restore)
    args = parser.parse_args(argv)
    try:
        if os.environ.get("PGPASSWORD_FILE"):  # a mounted Secret file, so the password is never an env var in a manifest
            try:
                with open(os.environ["PGPASSWORD_FILE"]) as f:
                    os.environ["PGPASSWORD"] = f.read().strip()
            except OSError as e:
                raise Failure(f"cannot read the password file PGPASSWORD_FILE: {e}") from None
        args.run(args)
    except Failure as e:
        print(f"pg-logical: FAILED: {e}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        print(f"pg-logical: FAILED: {' '.join(e.cmd)} exited {e.returncode}: {(e.stderr or '').strip()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
