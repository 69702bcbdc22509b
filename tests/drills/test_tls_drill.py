"""TLS and client-role drill: a real PostgreSQL 15 with the rendered postgresql.conf and pg_hba.conf, the backup
agent making the client app's role as the pod does, and the app connecting with exactly the DATABASE_* variables its
rendered Deployment carries (mapped to libpq's, as any libpq application would). The certificates are openssl's,
issued for the names of the rendered server Certificate, as cert-manager would issue them from the DatabaseCa.
"""
import pathlib
import subprocess

import pytest
from pg_drill import CLIENT, Drill

from platform_constructs.secure_app import DATABASE_PASSWORD_DIR, DATABASE_TLS_DIR

pytestmark = pytest.mark.drill
PASSWORD = "first-password"


@pytest.fixture(scope="module")
def server(drill):
    """The database listening on 127.0.0.1 (as the pod on its IP), its role made by one pass of the agent."""
    env = drill.start_primary("tls", clients=(CLIENT, "intruder"), listen_addresses="'127.0.0.1'")
    drill.sql("postgres", "CREATE DATABASE orders", env)  # what pg-post-init.sh does on a new cluster
    roles = drill.root / "client-roles"
    roles.mkdir()
    write(drill, roles / CLIENT, PASSWORD)
    out = drill.agent(env, CLIENT_ROLES_DIR=str(roles), BASE_BACKUP_INTERVAL_SECONDS="86400")
    assert out.returncode == 0 and f"pg-client-roles: created {CLIENT}" in out.stdout, out.stdout + out.stderr
    assert "platform_pg_client_roles_failures_total 0" in out.stdout
    return env


def write(drill: Drill, path: pathlib.Path, text: str) -> None:
    """A role's password file as the projected Secret holds it: readable by postgres alone."""
    if path.exists():
        path.chmod(0o600)
    path.write_text(text + "\n")
    subprocess.run(["chown", "postgres:postgres", str(path)], check=True)
    path.chmod(0o400)


def app_env(drill: Drill, server: dict[str, str], **change: str | None) -> dict[str, str]:
    """The rendered Deployment's DATABASE_* variables as libpq's, its mounted files where the drill keeps them;
    the name is the rendered one, the address the drill server's (what cluster DNS would answer)."""
    container = drill.manifests[("Deployment", CLIENT)]["spec"]["template"]["spec"]["containers"][0]
    wired = {e["name"].removeprefix("DATABASE_"): e["value"] for e in container["env"] if e["name"].startswith("DATABASE_")}
    files = lambda v: v.replace(DATABASE_TLS_DIR, str(drill.root / "tls" / "tls" / CLIENT))  # noqa: E731
    env = {"PGHOST": wired["HOST"], "PGHOSTADDR": "127.0.0.1", "PGPORT": server["PGPORT"], "PGDATABASE": wired["NAME"],
           "PGUSER": wired["USER"], "PGSSLMODE": wired["SSLMODE"], "PGSSLROOTCERT": files(wired["SSLROOTCERT"]),
           "PGSSLCERT": files(wired["SSLCERT"]), "PGSSLKEY": files(wired["SSLKEY"])}
    assert wired["PASSWORD_FILE"] == f"{DATABASE_PASSWORD_DIR}/password"
    if "PGPASSWORD" not in change:  # the file the role's Secret projects, as the app's own Secret holds it
        env["PGPASSWORD"] = (drill.root / "client-roles" / CLIENT).read_text().strip()
    for key, value in change.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def connect(drill: Drill, env: dict[str, str], sql: str = "SELECT 1"):
    return drill.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql], env=env, check=False)


def test_the_app_connects_as_its_own_role_over_verified_tls(drill, server):
    env = app_env(drill, server)
    out = connect(drill, env, "SELECT current_user || ' ' || ssl || ' ' || version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    assert out.returncode == 0, out.stderr
    user, ssl, version = out.stdout.split()
    print(f"\n{CLIENT} connected to {env['PGHOST']} as '{user}', TLS {version}, server name verified (verify-full), "
          "client certificate checked against the role")
    assert (user, ssl) == (CLIENT, "true")
    assert connect(drill, env, "CREATE TABLE orders_seen (id int); DROP TABLE orders_seen").returncode == 0


REFUSED = [
    ("without TLS", {"PGSSLMODE": "disable"}, "no encryption"),
    ("without a client certificate", {"PGSSLCERT": "/nonexistent/tls.crt", "PGSSLKEY": "/nonexistent/tls.key"},
     "connection requires a valid client certificate"),
    # With the right password: PostgreSQL reports the method that failed; its log says it was the certificate.
    ("with another role's certificate", {"PGSSLCERT": "intruder/tls.crt", "PGSSLKEY": "intruder/tls.key"},
     f"provided user name ({CLIENT}) and authenticated user name (intruder) do not match"),
    ("with a wrong password", {"PGPASSWORD": "guess"}, f'password authentication failed for user "{CLIENT}"'),
    ("to a name the server certificate does not cover", {"PGHOST": "db.example.com"}, "does not match host name"),
    ("as the superuser without TLS", {"PGUSER": "postgres", "PGSSLMODE": "disable"}, "no encryption"),
]


@pytest.mark.parametrize("case, change, refusal", REFUSED, ids=[case for case, _, _ in REFUSED])
def test_anything_less_is_refused(drill, server, case, change, refusal):
    change = {k: str(drill.root / "tls" / "tls" / v) if v.startswith("intruder/") else v for k, v in change.items()}
    log = drill.root / "tls" / "log"
    logged = log.stat().st_size
    out = connect(drill, app_env(drill, server, **change))
    print(f"\n{case}: refused ({out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode})")
    assert out.returncode != 0, out.stdout
    assert refusal in out.stderr + log.read_text()[logged:], out.stderr


def test_a_rotated_password_and_a_removed_client_follow_within_one_pass(drill, server):
    script = [str(drill.scripts / "pg-client-roles.py")]
    roles = {"CLIENT_ROLES_DIR": str(drill.root / "client-roles"), "APP_DATABASE": "orders", "PGHOST": server["PGHOST"],
             "PGPORT": server["PGPORT"], "PGUSER": "postgres"}
    again = drill.run(script, env=roles)
    assert again.stdout == "", f"an unchanged role is left alone: {again.stdout}"
    old = app_env(drill, server)
    write(drill, drill.root / "client-roles" / CLIENT, "second-password")
    assert f"password of {CLIENT} set" in drill.run(script, env=roles).stdout
    assert "password authentication failed" in connect(drill, old).stderr
    assert connect(drill, app_env(drill, server)).returncode == 0
    (drill.root / "client-roles" / CLIENT).unlink()
    assert f"{CLIENT} may no longer log in" in drill.run(script, env=roles).stdout
    refused = connect(drill, app_env(drill, server, PGPASSWORD="second-password"))
    assert "is not permitted to log in" in refused.stderr, refused.stderr
    write(drill, drill.root / "client-roles" / CLIENT, PASSWORD)  # back for the other tests
    assert f"password of {CLIENT} set" in drill.run(script, env=roles).stdout


def test_a_role_that_cannot_be_made_fails_the_pass_loudly(drill, server):
    bad = drill.root / "bad-roles"
    bad.mkdir()
    write(drill, bad / "reports", "")
    out = drill.agent(server, CLIENT_ROLES_DIR=str(bad), BASE_BACKUP_INTERVAL_SECONDS="86400")
    print(f"\nempty password file: {out.stdout.splitlines()[0] if out.stdout else out.stderr}")
    assert out.returncode == 1 and "pg-client-roles: FAILED: role 'reports': its password file is empty" in out.stdout
    assert "platform_pg_client_roles_failures_total 1" in out.stdout
