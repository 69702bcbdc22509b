#!/usr/bin/env python3
"""Client roles: keeps the login roles of the database's client apps as PostgresCluster renders them. The backup
agent runs it on the leader every pass, so a failover, a new client or a rotated password needs no person.

    pg-client-roles.py    # one pass; exit 1 naming the role when one could not be made as declared

CLIENT_ROLES_DIR holds one file per role, named after it, with the role's password (the Secret an ExternalSecret
syncs from AWS Secrets Manager, the same secret the app's namespace syncs). Each role is created if missing (LOGIN,
no other attribute), gets CONNECT and TEMPORARY on APP_DATABASE and USAGE and CREATE on its public schema, and its
password as a SCRAM-SHA-256 verifier computed here: the password never reaches the server, so no log line or
pg_stat_statements entry can hold it. A verifier that already matches the file is left alone (no WAL every pass).
Roles this script made carry a comment; one whose file is gone keeps its objects but loses LOGIN.
PostgreSQL's pg_hba.conf admits these roles only over TLS with a client certificate whose common name is the role.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import pathlib
import re
import subprocess
import sys

ROLE = re.compile(r"^[a-z_][a-z0-9_-]{0,62}\Z")
ITERATIONS = 4096  # PostgreSQL's scram_iterations default


def log(message: str) -> None:
    print(f"pg-client-roles: {message}", flush=True)


def psql(db: str, sql: str) -> str:
    """Run `sql` (on stdin, never on a command line) as the superuser over the local socket."""
    out = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db], input=sql, capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip() or f"psql exited {out.returncode}")
    return out.stdout.strip()


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scram_verifier(password: str, salt: bytes, iterations: int = ITERATIONS) -> str:
    """The verifier PostgreSQL stores for `password` (RFC 5802/7677, as libpq's PQencryptPasswordConn builds it)."""
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(hashlib.sha256(client_key).digest())}:{b64(server_key)}"


def matches(verifier: str, password: str) -> bool:
    m = re.fullmatch(r"SCRAM-SHA-256\$(\d+):([^$]+)\$[^:]+:.+", verifier or "")
    if m is None:  # no password yet, or one another method made (md5)
        return False
    return hmac.compare_digest(scram_verifier(password, base64.b64decode(m[2]), int(m[1])), verifier)


def declared(folder: pathlib.Path) -> dict[str, str]:
    """{role: password} from the mounted files (Kubernetes' own '..data' links skipped); no folder, no clients."""
    roles = {}
    for file in sorted(folder.iterdir()) if folder.is_dir() else ():
        if file.name.startswith("."):
            continue
        if not ROLE.match(file.name) or file.name == "postgres":
            raise ValueError(f"'{file.name}' in {folder} is not a client role name")
        password = file.read_text(encoding="utf-8").rstrip("\n")
        if not password:
            raise ValueError(f"role '{file.name}': its password file is empty")
        roles[file.name] = password
    return roles


def reconcile(folder: pathlib.Path, database: str, marker: str) -> list[str]:
    """Make the roles match `folder`; returns what changed. Raises naming the role that failed."""
    roles, changes = declared(folder), []
    for role, password in roles.items():
        q = '"' + role + '"'
        try:
            current = psql("postgres", f"SELECT coalesce(rolpassword, '') || '|' || rolcanlogin FROM pg_authid "
                                       f"WHERE rolname = {literal(role)}")
            verifier, _, can_login = current.partition("|")
            if not current:
                psql("postgres", f"CREATE ROLE {q} LOGIN; COMMENT ON ROLE {q} IS {literal(marker)};")
                changes.append(f"created {role}")
            if not current or not matches(verifier, password) or can_login != "true":
                psql("postgres", f"ALTER ROLE {q} LOGIN PASSWORD {literal(scram_verifier(password, os.urandom(16)))};")
                changes.append(f"password of {role} set")
            psql("postgres", f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {q};')
            psql(database, f"GRANT USAGE, CREATE ON SCHEMA public TO {q};")
        except RuntimeError as e:
            raise RuntimeError(f"role '{role}': {e}") from None
    managed = psql("postgres", "SELECT string_agg(r.rolname, ' ') FROM pg_roles r JOIN pg_shdescription d ON "
                               f"d.objoid = r.oid AND d.classoid = 'pg_authid'::regclass WHERE d.description = "
                               f"{literal(marker)} AND r.rolcanlogin").split()
    for role in sorted(set(managed) - set(roles)):
        psql("postgres", f'ALTER ROLE "{role}" NOLOGIN;')
        changes.append(f"{role} may no longer log in (no longer a client)")
    return changes


def main() -> int:
    folder = pathlib.Path(os.environ.get("CLIENT_ROLES_DIR", "/client-roles"))
    database = os.environ.get("APP_DATABASE", "")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", database):
        log(f"FAILED: APP_DATABASE is {database!r}, not a plain PostgreSQL identifier")
        return 1
    marker = f"client role of {os.environ.get('BACKUP_SERVER_NAME', 'this cluster')}, managed by pg-client-roles.py"
    try:
        changes = reconcile(folder, database, marker)
    except (RuntimeError, ValueError, OSError) as e:
        log(f"FAILED: {e}")
        return 1
    for change in changes:
        log(change)
    return 0


if __name__ == "__main__":
    sys.exit(main())
