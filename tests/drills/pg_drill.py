"""Restore-drill harness: a real PostgreSQL 15 and moto's S3 server on this machine, and the scripts exactly as
PostgresCluster and BackupSchedule render them (pulled out of the rendered ConfigMap, CronJobs and StatefulSet).

Servers run as the `postgres` user (PostgreSQL refuses root). `tools/drill-env.sh` installs what is needed.
"""
from __future__ import annotations

import contextlib
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import cdk8s
import yaml

from platform_constructs import DatabaseConnection, LayoutChart, SecureApp, SecureAppProps, environment, render
from platform_constructs.backup import BackupSchedule, BackupScheduleProps
from platform_constructs.postgres import TLS_DIR, BackupStorage, Credentials, PostgresCluster, PostgresClusterProps

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "cdk"))
from platform_infra.values import BUCKET_ACTIONS, DB_ARCHIVE_ACTIONS  # noqa: E402 (the AWS CDK app's, without aws_cdk)

PG_BIN = pathlib.Path("/usr/lib/postgresql/15/bin")
VENV = pathlib.Path(os.environ.get("DRILL_VENV", "/opt/platform-drill-venv"))
#: One bucket per test session: a server a killed run left behind keeps archiving to its S3 endpoint, and a later
#: run's moto may get the same port; in a bucket of its own, a stray archiver cannot mix another system's WAL in.
BUCKET = f"drill-db-backups-{os.getpid()}"
NAME = "orders-db"
CLIENT = "orders-api"


def missing_prerequisites() -> str | None:
    """Why the drill cannot run here, or None."""
    needs = [PG_BIN / "pg_ctl", VENV / "bin" / "barman-cloud-backup", VENV / "bin" / "moto_server"]
    absent = [str(p) for p in needs if not p.exists()]
    if absent:
        return f"missing {', '.join(absent)}: run tools/drill-env.sh"
    if shutil.which("runuser") is None or subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
        return "no 'postgres' user or runuser: run tools/drill-env.sh as root"
    if os.geteuid() != 0:
        return "the drill starts PostgreSQL as the 'postgres' user and must run as root: run tools/drill-env.sh, then pytest as root"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def issue_tls(folder: pathlib.Path, clients: tuple[str, ...] = (), dns_names: tuple[str, ...] = ()) -> pathlib.Path:
    """What cert-manager writes from the DatabaseCa, made with openssl: a CA, the server's tls.crt/tls.key/ca.crt in
    `folder` (for `dns_names`, localhost and 127.0.0.1, where the drill's servers listen) and, per client role, a
    client certificate whose common name is the role in `folder/<role>/`. Owned by postgres, keys its alone."""
    folder.mkdir(parents=True, exist_ok=True)
    ssl = lambda *args, cwd=folder: subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)  # noqa: E731
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    ssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=drill database-ca", "-days", "2")

    def sign(where: pathlib.Path, subject: str, extensions: str) -> None:
        where.mkdir(exist_ok=True)
        (where / "ext.cnf").write_text(extensions + "\n")
        ssl("req", *ec, "-keyout", str(where / "tls.key"), "-out", str(where / "tls.csr"), "-subj", subject)
        ssl("x509", "-req", "-in", str(where / "tls.csr"), "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", str(where / "tls.crt"), "-days", "2", "-extfile", str(where / "ext.cnf"))
        if where != folder:
            shutil.copy(folder / "ca.crt", where / "ca.crt")

    names = ",".join(f"DNS:{n}" for n in (*dns_names, "localhost"))
    sign(folder, "/CN=localhost", f"subjectAltName={names},IP:127.0.0.1\nextendedKeyUsage=serverAuth")
    for role in clients:
        sign(folder / role, f"/CN={role}", "extendedKeyUsage=clientAuth")
    subprocess.run(["chown", "-R", "postgres:postgres", str(folder)], check=True)
    for key in folder.rglob("*.key"):
        key.chmod(0o600)
    return folder


def rendered(endpoint: str) -> dict[tuple[str, str], dict]:
    """Render the database and its backups as dist/ would hold them, keyed by (kind, name)."""
    app = cdk8s.App()
    chart = LayoutChart(app, "drill", path="apps/drill/envs/dev")
    # Its client app, wired as the platform wires one: its own role, over verified TLS (tests/drills/test_tls_drill.py).
    client = SecureApp(chart, "api", props=SecureAppProps(
        name=CLIENT, namespace="shop", env=environment("dev"), image="registry.example.com/orders-api:1.0.0",
        database=DatabaseConnection(cluster=NAME, database="orders", password_key="platform/dev/teams/shop/orders-db-orders-api")))
    cluster = PostgresCluster(chart, "db", props=PostgresClusterProps(
        name=NAME, namespace="databases", env=environment("dev"), database="orders",
        credentials=Credentials.existing_secret("orders-db-credentials"), clients=(client,),
        backup=BackupStorage(bucket=BUCKET, endpoint_url=endpoint)))
    BackupSchedule(chart, "backup", props=BackupScheduleProps(cluster=cluster))
    docs = [yaml.safe_load(text) for text in render([chart]).values()]
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


def container_env(manifest: dict, container: str, root: pathlib.Path | None = None) -> dict[str, str]:
    """A container's plain env values; with `root`, cluster paths (/credentials) point into the drill workspace."""
    spec = manifest["spec"]
    pod = spec["jobTemplate"]["spec"]["template"]["spec"] if manifest["kind"] == "CronJob" else spec["template"]["spec"]
    c = next(c for c in pod["containers"] + pod.get("initContainers", []) if c["name"] == container)
    env = {e["name"]: e["value"] for e in c.get("env", []) if "value" in e}
    return {k: v.replace("/credentials/", f"{root}/credentials/") if root else v for k, v in env.items()}


def container_command(manifest: dict, container: str) -> list[str]:
    pod = manifest["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return next(c for c in pod["containers"] if c["name"] == container)["command"]


class FlakyS3:
    """A TCP proxy in front of the drill's S3. `outage(seconds, when=b"...")` makes it reset every connection for
    `seconds`, starting at the first request whose bytes contain `when` (or now), the way a lost network path or
    a restarting endpoint looks to a client. `silent=True` accepts connections and never answers (a dropping S3)."""

    def __init__(self, upstream_port: int, silent: bool = False) -> None:
        self.upstream, self.silent = upstream_port, silent
        self.down_until, self.trigger, self.outage_seconds, self.resets = 0.0, None, 0.0, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def outage(self, seconds: float, when: bytes | None = None) -> None:
        self.outage_seconds = seconds
        if when is None:
            self.down_until = time.monotonic() + seconds
        else:
            self.trigger = when

    def _reset(self, conn: socket.socket) -> None:
        self.resets += 1
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        conn.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.open.append(conn)
            if self.silent:
                continue  # keep it open, read nothing, answer nothing
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            first = conn.recv(65536)
            if self.trigger is not None and self.trigger in first:
                self.trigger, self.down_until = None, time.monotonic() + self.outage_seconds
            if time.monotonic() < self.down_until:
                return self._reset(conn)
            up = socket.create_connection(("127.0.0.1", self.upstream))
            up.sendall(first)
            threading.Thread(target=self._pipe, args=(up, conn), daemon=True).start()
            self._pipe(conn, up)

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self.listener.close()
        for conn in self.open:
            with contextlib.suppress(OSError):
                conn.close()


class Drill:
    """One drill workspace: rendered scripts on disk, an S3 server, and PostgreSQL servers run as `postgres`."""

    def __init__(self) -> None:
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="pg-drill-"))
        self.root.chmod(0o755)
        self.s3_port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.s3_port}"
        self.manifests = rendered(self.endpoint)
        self.scripts = self.root / "scripts"
        self.scripts.mkdir()
        # The text of the rendered ConfigMap, mounted at /scripts in the cluster; here at <root>/scripts.
        for name, text in self.manifests[("ConfigMap", f"{NAME}-scripts")]["data"].items():
            (self.scripts / name).write_text(text)
            (self.scripts / name).chmod(0o755)
        # The Secret the jobs mount at /credentials; the drill's servers use peer authentication, so any value does.
        (self.root / "credentials").mkdir()
        (self.root / "credentials" / "password").write_text("drill-only\n")
        self.config = self.manifests[("ConfigMap", f"{NAME}-postgres")]["data"]
        self.statefulset = self.manifests[("StatefulSet", NAME)]
        self.dump_job = self.manifests[("CronJob", f"{NAME}-logical-dump")]
        self.verify_job = self.manifests[("CronJob", f"{NAME}-restore-verify")]
        self.base_env = {
            "PATH": f"{VENV / 'bin'}:{PG_BIN}:/usr/bin:/bin",
            "HOME": str(self.root), "LANG": "C.UTF-8",
            "AWS_ACCESS_KEY_ID": "drill", "AWS_SECRET_ACCESS_KEY": "drill", "AWS_DEFAULT_REGION": "us-east-1",
            **container_env(self.statefulset, "postgres"),  # BACKUP_DESTINATION, BACKUP_SERVER_NAME, S3_ENDPOINT_URL
        }
        self.base_env.pop("PGDATA", None)
        subprocess.run(["chown", "-R", "postgres:postgres", str(self.root)], check=True)
        self.moto = subprocess.Popen([str(VENV / "bin" / "moto_server"), "-H", "127.0.0.1", "-p", str(self.s3_port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.servers: list[pathlib.Path] = []
        self._wait_for_port(self.s3_port)
        self.admin_keys: dict[str, str] = {}
        self.s3(f"s3.create_bucket(Bucket={BUCKET!r})")
        self._enforce_backup_role()

    def _enforce_backup_role(self) -> None:
        """From here on moto checks IAM: the scripts run with the database's backup role's permissions (the AWS CDK
        app's actions, on this database's prefix only, no delete); the drill's own fault injections run as an admin."""
        prefix = self.base_env["BACKUP_DESTINATION"].removeprefix(f"s3://{BUCKET}/")
        policy = {"Version": "2012-10-17", "Statement": [
            # moto authorises HeadBucket (barman-cloud's bucket check) as s3:HeadBucket; AWS as s3:ListBucket.
            {"Effect": "Allow", "Action": [*BUCKET_ACTIONS, "s3:HeadBucket"], "Resource": f"arn:aws:s3:::{BUCKET}"},
            {"Effect": "Allow", "Action": list(DB_ARCHIVE_ACTIONS), "Resource": f"arn:aws:s3:::{BUCKET}/{prefix}/*"}]}
        admin = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        keys = json.loads(self.s3(
            "import json\niam = boto3.client('iam', endpoint_url=s3.meta.endpoint_url)\nkeys = {}\n"
            f"for user, policy in (('drill-admin', {json.dumps(admin)!r}), ('db-backup', {json.dumps(policy)!r})):\n"
            "    iam.create_user(UserName=user)\n"
            "    iam.put_user_policy(UserName=user, PolicyName='backup', PolicyDocument=policy)\n"
            "    k = iam.create_access_key(UserName=user)['AccessKey']\n"
            "    keys[user] = {'AWS_ACCESS_KEY_ID': k['AccessKeyId'], 'AWS_SECRET_ACCESS_KEY': k['SecretAccessKey']}\n"
            "print(json.dumps(keys))"))
        self.admin_keys = keys["drill-admin"]
        self.base_env.update(keys["db-backup"])
        # A form-encoded body reaches moto empty: the count goes as JSON.
        urllib.request.urlopen(urllib.request.Request(f"{self.endpoint}/moto-api/reset-auth", data=b"0", method="POST",
                                                      headers={"Content-Type": "application/json"}))

    # -- processes ---------------------------------------------------------------------------------

    def run(self, cmd: list[str], env: dict[str, str] | None = None, check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess:
        """Run `cmd` as the postgres user with the drill environment plus `env`."""
        full = {**self.base_env, **(env or {})}
        proc = subprocess.run(["runuser", "-u", "postgres", "--", "env", "-i", *(f"{k}={v}" for k, v in full.items()), *cmd],
                              capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if check and proc.returncode != 0:
            raise AssertionError(f"{' '.join(cmd)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
        return proc

    def script(self, name: str, *args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
        return self.run([str(self.scripts / name), *args], env=env, check=check)

    def s3(self, code: str) -> str:
        """Run boto3 code against the drill's S3 (variable `s3`) as the drill's admin, in the drill venv; returns stdout."""
        prelude = f"import boto3\ns3 = boto3.client('s3', endpoint_url={self.endpoint!r})\n"
        return self.run([str(VENV / "bin" / "python"), "-c", prelude + code], env=self.admin_keys).stdout

    def _wait_for_port(self, port: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                return
            time.sleep(0.1)
        raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")

    # -- PostgreSQL --------------------------------------------------------------------------------

    def server_env(self, data: pathlib.Path) -> dict[str, str]:
        return {"PGHOST": str(data.parent), "PGPORT": (data.parent / "port").read_text().strip(), "PGUSER": "postgres",
                "PGDATA": str(data)}

    def start_primary(self, name: str = "primary", clients: tuple[str, ...] = (), **overrides: str) -> dict[str, str]:
        """initdb and start a server with the rendered postgresql.conf and pg_hba.conf; only host-specific
        settings (paths, port, socket) differ. Returns its libpq environment."""
        home = self.root / name
        home.mkdir(mode=0o755)
        subprocess.run(["chown", "postgres:postgres", str(home)], check=True)
        port = free_port()
        conf = self.config["postgresql.conf"].replace("/scripts/", f"{self.scripts}/")
        conf = conf.replace("/etc/postgresql/pg_hba.conf", f"{home}/pg_hba.conf")
        conf = conf.replace("'/var/run/postgresql'", f"'{home}'").replace("port = 5432", f"port = {port}")
        conf = conf.replace("listen_addresses = '*'", "listen_addresses = ''")
        # The names of the rendered server Certificate, so a client verifies the host it is given against them.
        names = tuple(self.manifests[("Certificate", f"{NAME}-server-tls")]["spec"]["dnsNames"])
        conf = conf.replace(f"{TLS_DIR}/", f"{issue_tls(home / 'tls', clients, names)}/")
        conf += "".join(f"{k} = {v}\n" for k, v in overrides.items())
        (home / "postgresql.conf").write_text(conf)
        (home / "pg_hba.conf").write_text(self.config["pg_hba.conf"])
        (home / "port").write_text(str(port))
        subprocess.run(["chown", "-R", "postgres:postgres", str(home)], check=True)
        data = home / "data"
        self.run(["initdb", "-D", str(data), "-U", "postgres", "--data-checksums", "--auth-local=peer"])
        self.run(["pg_ctl", "-D", str(data), "-l", f"{home}/log", "-w", "-o", f"-c config_file={home}/postgresql.conf", "start"])
        self.servers.append(data)
        return self.server_env(data)

    def start_restored(self, data: pathlib.Path) -> tuple[dict[str, str], float]:
        """Start PostgreSQL on a restored data directory the way pg-restore-verify.sh does; wait until it has
        replayed the archive and accepts writes. Returns its environment and the seconds that took."""
        port = free_port()
        (data.parent / "port").write_text(str(port))
        subprocess.run(["chown", "postgres:postgres", str(data.parent / "port")], check=True)
        started = time.monotonic()
        self.run(["pg_ctl", "-D", str(data), "-l", f"{data.parent}/log", "-w", "-o",
                  f"-c listen_addresses='' -c port={port} -c unix_socket_directories='{data.parent}' -c archive_mode=off", "start"])
        self.servers.append(data)
        env = self.server_env(data)
        while self.sql("postgres", "SELECT NOT pg_is_in_recovery()", env) != "t":
            assert time.monotonic() - started < 60, (data.parent / "log").read_text()[-2000:]
            time.sleep(0.1)
        return env, time.monotonic() - started

    def sql(self, db: str, query: str, env: dict[str, str]) -> str:
        return self.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", query], env=env).stdout.strip()

    def crash(self, env: dict[str, str]) -> None:
        """Stop a server the way a lost node does: no shutdown checkpoint, no final WAL switch."""
        self.run(["pg_ctl", "-D", env["PGDATA"], "-m", "immediate", "stop"])

    def wait_archived(self, env: dict[str, str]) -> None:
        """Switch WAL and wait until PostgreSQL has archived the segment."""
        wal = self.sql("postgres", "SELECT pg_walfile_name(pg_switch_wal())", env)
        deadline = time.monotonic() + 30
        while self.sql("postgres", "SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver", env) < wal:
            assert time.monotonic() < deadline, f"WAL {wal} was not archived in 30s"
            time.sleep(0.1)

    def agent(self, primary: dict[str, str], **env: str) -> subprocess.CompletedProcess:
        """One pass of the backup agent with the StatefulSet's settings, against `primary`."""
        agent_env = {k: v for k, v in container_env(self.statefulset, "backup-agent").items() if k != "PGDATA"}
        return self.script("pg-backup-agent.py", "--once", env={**agent_env, **primary, **env}, check=False)

    def close(self) -> None:
        for data in self.servers:
            self.run(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"], check=False)
        self.moto.terminate()
        self.moto.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)
