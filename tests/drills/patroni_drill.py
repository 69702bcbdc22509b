"""Failover-drill harness: three PostgresCluster members as local processes (real PostgreSQL 15, real Patroni),
each running the rendered entry point (pg-patroni.sh) with the rendered patroni.yaml, and the Kubernetes API of a
real kube-apiserver (tools/control_plane.py) as Patroni's DCS. Patroni authenticates as the rendered
ServiceAccount (a TokenRequest token), so its RBAC is exactly the rendered Role.

Only what is host-specific differs from the pod (addresses, ports, paths): `member_config` says which keys, and
everything else (TTLs, synchronous mode, bootstrap, rewind) is the rendered text. Each member talks to the API
server through its own TCP proxy, so a drill can cut one member off it.
"""
from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

import cdk8s
import yaml
from pg_drill import PG_BIN, VENV, free_port, issue_tls

from platform_constructs import LayoutChart, environment, render
from platform_constructs.postgres import TLS_DIR, BackupStorage, Credentials, PostgresCluster, PostgresClusterProps
from tools.control_plane import ApiError, ControlPlane, missing_binaries

NAME, NAMESPACE, BUCKET = "orders-db", "databases", f"drill-failover-backups-{os.getpid()}"  # see pg_drill.BUCKET
PASSWORD = "drill-failover-only"
HERE = pathlib.Path(__file__).resolve().parent


def missing_failover_prerequisites() -> str | None:
    from pg_drill import missing_prerequisites

    if (reason := missing_prerequisites()) is not None:
        return reason
    if not (VENV / "bin" / "patroni").exists():
        return f"missing {VENV / 'bin' / 'patroni'}: run tools/drill-env.sh"
    if missing := missing_binaries():
        return f"missing {', '.join(map(str, missing))}: run `make tools`"
    return None


def rendered(env: str, endpoint: str) -> dict[tuple[str, str], dict]:
    """The database as dist/ would hold it for `env`, with three members, keyed by (kind, name)."""
    app = cdk8s.App()
    chart = LayoutChart(app, "drill", path=f"apps/drill/envs/{env}")
    PostgresCluster(chart, "db", props=PostgresClusterProps(
        name=NAME, namespace=NAMESPACE, env=environment(env), replicas=3,
        credentials=Credentials.existing_secret("orders-db-credentials"),
        backup=BackupStorage(bucket=BUCKET, endpoint_url=endpoint)))
    docs = [yaml.safe_load(text) for text in render([chart]).values()]
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


class ApiProxy:
    """A TCP proxy in front of the API server for one member; `cut()` stops passing bytes either way (existing
    connections hang, new ones are accepted and never answered), as a lost network path looks; `heal()` undoes it."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream, self.blackhole = upstream_port, False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        self.blackhole = True

    def heal(self) -> None:
        self.blackhole = False
        # The hung connections end and the client reconnects. shutdown() first: close() alone does not end a socket
        # another thread is blocked reading, so Patroni's watch of the API server would wait on it for ever (the
        # proxy's kernel answers its keepalives) and never see the new leader.
        for conn in self.open:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                conn.close()
        self.open.clear()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.open.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            up = socket.create_connection(("127.0.0.1", self.upstream))
            self.open.append(up)
            threading.Thread(target=self._pipe, args=(up, conn), daemon=True).start()
            self._pipe(conn, up)

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                if not self.blackhole:
                    dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self.listener.close()
        self.heal()


class Member:
    def __init__(self, index: int, home: pathlib.Path, proxy: ApiProxy) -> None:
        self.name, self.home, self.proxy = f"{NAME}-{index}", home, proxy
        self.pg_port, self.api_port = free_port(), free_port()
        self.data = home / "data"
        self.proc: subprocess.Popen | None = None

    def postmaster_pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            return int((self.data / "postmaster.pid").read_text().split()[0])
        return None


class PatroniCluster:
    """The control plane, the rendered objects applied to it, moto's S3, and three Patroni members."""

    def __init__(self, env: str) -> None:
        self.env = env
        self.root = pathlib.Path(tempfile.mkdtemp(prefix=f"pg-failover-{env}-"))
        self.root.chmod(0o755)
        self.plane_dir = pathlib.Path(tempfile.mkdtemp(prefix="pg-failover-plane-"))
        self.plane = ControlPlane.start(self.plane_dir / "plane")
        self.procs: list[subprocess.Popen] = []
        try:
            self._setup()
        except BaseException:
            self.close()
            raise

    def _setup(self) -> None:
        self.s3_port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.s3_port}"
        self.manifests = rendered(self.env, self.endpoint)
        self.statefulset = self.manifests[("StatefulSet", NAME)]
        self.config = self.manifests[("ConfigMap", f"{NAME}-postgres")]["data"]
        self.patroni = yaml.safe_load(self.config["patroni.yaml"])
        self.scripts = self.root / "scripts"
        self.scripts.mkdir()
        for name, text in self.manifests[("ConfigMap", f"{NAME}-scripts")]["data"].items():
            (self.scripts / name).write_text(text)
            (self.scripts / name).chmod(0o755)
        shutil.copy(HERE / "drill_client.py", self.root / "drill_client.py")
        (self.root / "credentials").mkdir()
        (self.root / "credentials" / "password").write_text(PASSWORD + "\n")
        (self.root / "credentials" / "password").chmod(0o400)
        self._apply()
        token = self.plane.request("POST", f"/api/v1/namespaces/{NAMESPACE}/serviceaccounts/{self.service_account}/token",
                                   {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest",
                                    "spec": {"expirationSeconds": 3600}})["status"]["token"]
        api_port = int(self.plane.url.rsplit(":", 1)[1])
        self.members = []
        for i in range(3):
            home = self.root / f"m{i}"
            home.mkdir(mode=0o755)
            m = Member(i, home, ApiProxy(api_port))
            self._write_member_files(m, token)
            self.members.append(m)
        shutil.copy(self.plane.workdir / "ca.crt", self.root / "ca.crt")
        subprocess.run(["chown", "-R", "postgres:postgres", str(self.root)], check=True)
        self.moto = subprocess.Popen([str(VENV / "bin" / "moto_server"), "-H", "127.0.0.1", "-p", str(self.s3_port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_port(self.s3_port)
        self.run([str(VENV / "bin" / "python"), "-c",
                  f"import boto3; boto3.client('s3', endpoint_url={self.endpoint!r}).create_bucket(Bucket={BUCKET!r})"])

    # -- the API server ------------------------------------------------------------------------------

    def _apply(self) -> None:
        """The namespace, then the rendered ServiceAccount, Role, RoleBinding, Services and ConfigMaps; then the
        member pods from the StatefulSet's template (no kubelet runs them: they are Patroni's member records)."""
        self.plane.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE}}, "drill")
        kinds = ("ServiceAccount", "Role", "RoleBinding", "Service", "ConfigMap")
        for (kind, _), obj in sorted(self.manifests.items()):
            if kind in kinds:
                self.plane.apply(obj, "drill")
        pod = self.statefulset["spec"]["template"]
        self.service_account = pod["spec"]["serviceAccountName"]
        self.selector = self.statefulset["spec"]["selector"]["matchLabels"]
        for i in range(3):
            # Until the ServiceAccount controller has made the namespace's kube-root-ca.crt the pod waits, as on a cluster.
            deadline = time.monotonic() + 30
            while True:
                try:
                    # The claim volume the StatefulSet controller adds from volumeClaimTemplates.
                    claim = {"name": "data", "persistentVolumeClaim": {"claimName": f"data-{NAME}-{i}"}}
                    self.plane.apply({"apiVersion": "v1", "kind": "Pod", "metadata": {
                        **pod["metadata"], "name": f"{NAME}-{i}", "namespace": NAMESPACE},
                        "spec": {**pod["spec"], "volumes": [claim, *pod["spec"]["volumes"]]}}, "drill")
                    break
                except ApiError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)

    def pods(self) -> dict[str, dict]:
        items = self.plane.request("GET", f"/api/v1/namespaces/{NAMESPACE}/pods")["items"]
        return {p["metadata"]["name"]: p for p in items}

    def service_members(self, service: str) -> list[str]:
        """The pods the rendered Service's selector picks, as the endpoints controller would."""
        selector = self.manifests[("Service", service)]["spec"]["selector"]
        return sorted(name for name, pod in self.pods().items()
                      if all((pod["metadata"].get("labels") or {}).get(k) == v for k, v in selector.items()))

    # -- members ----------------------------------------------------------------------------------------

    def member_config(self, m: Member) -> dict:
        """The rendered patroni.yaml with only the host-specific keys changed (listen addresses, paths)."""
        conf = yaml.safe_load(self.config["patroni.yaml"])
        conf["restapi"]["listen"] = f"127.0.0.1:{m.api_port}"
        pg = conf["postgresql"]
        pg["listen"] = f"127.0.0.1:{m.pg_port}"
        pg["data_dir"] = str(m.data)
        pg["custom_conf"] = str(m.home / "postgresql.conf")
        pg["pgpass"] = str(m.home / "pgpass")
        pg["parameters"] = {**pg["parameters"], "hba_file": str(m.home / "pg_hba.conf"), "unix_socket_directories": str(m.home)}
        pg["recovery_conf"]["restore_command"] = pg["recovery_conf"]["restore_command"].replace("/scripts/", f"{self.scripts}/")
        for auth in pg["authentication"].values():  # the members' CA, where this member's certificate files are
            auth["sslrootcert"] = auth["sslrootcert"].replace(f"{TLS_DIR}/", f"{m.home / 'tls'}/")
        conf["bootstrap"]["post_bootstrap"] = conf["bootstrap"]["post_bootstrap"].replace("/scripts/", f"{self.scripts}/")
        conf["log"] = {"level": "INFO"}
        return conf

    def _write_member_files(self, m: Member, token: str) -> None:
        (m.home / "patroni.yaml").write_text(yaml.safe_dump(self.member_config(m), sort_keys=False))
        conf = self.config["postgresql.conf"].replace("/scripts/", f"{self.scripts}/")
        # One CA for the drill's members, each member a certificate for 127.0.0.1, where the others connect to it.
        if not (self.root / "tls" / "ca.crt").exists():
            issue_tls(self.root / "tls")
        shutil.copytree(self.root / "tls", m.home / "tls", dirs_exist_ok=True)
        subprocess.run(["chown", "-R", "postgres:postgres", str(m.home / "tls")], check=True)
        (m.home / "postgresql.conf").write_text(conf.replace(f"{TLS_DIR}/", f"{m.home / 'tls'}/"))
        (m.home / "pg_hba.conf").write_text(self.config["pg_hba.conf"])
        kubeconfig = {"apiVersion": "v1", "kind": "Config", "current-context": "drill",
                      "clusters": [{"name": "drill", "cluster": {"server": f"https://127.0.0.1:{m.proxy.port}",
                                                                 "certificate-authority": str(self.root / "ca.crt")}}],
                      "users": [{"name": "patroni", "user": {"token": token}}],
                      "contexts": [{"name": "drill", "context": {"cluster": "drill", "user": "patroni"}}]}
        (m.home / "kubeconfig").write_text(yaml.safe_dump(kubeconfig))

    def base_env(self) -> dict[str, str]:
        return {"PATH": f"{VENV / 'bin'}:{PG_BIN}:/usr/bin:/bin", "HOME": str(self.root), "LANG": "C.UTF-8",
                "AWS_ACCESS_KEY_ID": "drill", "AWS_SECRET_ACCESS_KEY": "drill", "AWS_DEFAULT_REGION": "us-east-1"}

    def member_env(self, m: Member) -> dict[str, str]:
        """The postgres container's env (its plain values), plus what the pod's fieldRefs and DNS give it."""
        container = next(c for c in self.statefulset["spec"]["template"]["spec"]["containers"] if c["name"] == "postgres")
        env = {e["name"]: e["value"] for e in container["env"] if "value" in e}
        env |= {"PGDATA": str(m.data), "PGHOST": str(m.home), "PGPORT": str(m.pg_port),
                "PATRONI_NAME": m.name, "PATRONI_KUBERNETES_POD_IP": "127.0.0.1",
                "PATRONI_POSTGRESQL_CONNECT_ADDRESS": f"127.0.0.1:{m.pg_port}",
                "PATRONI_RESTAPI_CONNECT_ADDRESS": f"127.0.0.1:{m.api_port}",
                "PATRONI_CONFIG": str(m.home / "patroni.yaml"), "CREDENTIALS_FILE": str(self.root / "credentials" / "password"),
                # Out of a pod Patroni reads a kubeconfig: the rendered ServiceAccount's token, through this member's proxy.
                "KUBECONFIG": str(m.home / "kubeconfig"), "PATRONI_KUBERNETES_CONTEXT": "drill"}
        return {**self.base_env(), **env}

    def start(self, m: Member) -> None:
        env = self.member_env(m)
        log = open(m.home / "patroni.log", "ab")
        m.proc = subprocess.Popen(["runuser", "-u", "postgres", "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
                                   str(self.scripts / "pg-patroni.sh")], stdout=log, stderr=subprocess.STDOUT,
                                  cwd=m.home, start_new_session=True)
        log.close()

    def kill(self, m: Member) -> None:
        """SIGKILL Patroni and PostgreSQL, as a lost node: no lock released, no shutdown checkpoint."""
        pid = m.postmaster_pid()
        if m.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(m.proc.pid, signal.SIGKILL)
            m.proc.wait(timeout=10)
        if pid is not None:  # PostgreSQL runs in a session of its own (Patroni starts it so): all of it, backends too
            with contextlib.suppress(ProcessLookupError):
                os.killpg(os.getpgid(pid), signal.SIGKILL)
        deadline = time.monotonic() + 10
        while pid is not None and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pid is None or not _alive(pid), f"{m.name}: PostgreSQL {pid} survived SIGKILL"

    def patroni_api(self, m: Member, path: str) -> tuple[int, dict]:
        import json
        import urllib.error
        import urllib.request
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{m.api_port}{path}", timeout=2) as r:
                return r.status, json.loads(r.read() or b"{}")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")
        except (OSError, ValueError):
            return 0, {}

    def leader(self) -> Member | None:
        """The member holding the leader lock, read from the API server (the leader ConfigMap)."""
        try:
            cm = self.plane.request("GET", f"/api/v1/namespaces/{NAMESPACE}/configmaps/{NAME}-leader")
        except ApiError:
            return None
        holder = (cm["metadata"].get("annotations") or {}).get("leader")
        return next((m for m in self.members if m.name == holder), None)

    def sync_standby(self) -> Member | None:
        """The synchronous standby Patroni recorded for the current leader (the '<name>-sync' ConfigMap): in
        synchronous mode the only member it will promote."""
        leader = self.leader()
        try:
            cm = self.plane.request("GET", f"/api/v1/namespaces/{NAMESPACE}/configmaps/{NAME}-sync")
        except ApiError:
            return None
        notes = cm["metadata"].get("annotations") or {}
        if leader is None or notes.get("leader") != leader.name:
            return None
        return next((m for m in self.members if m.name == notes.get("sync_standby")), None)

    def wait_for(self, what: str, check, timeout: float):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if result := check():
                return result
            time.sleep(0.2)
        logs = "\n".join(f"--- {m.name}\n" + _tail(m.home / "patroni.log") for m in self.members)
        raise AssertionError(f"{what}: not within {timeout:.0f}s\n{logs}")

    def sql(self, m: Member, query: str, db: str = "postgres", check: bool = True) -> str:
        env = {**self.base_env(), "PGHOST": str(m.home), "PGPORT": str(m.pg_port), "PGUSER": "postgres"}
        return self.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", query], env, check=check).stdout.strip()

    def run(self, cmd: list[str], env: dict[str, str] | None = None, check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess:
        full = env or self.base_env()
        proc = subprocess.run(["runuser", "-u", "postgres", "--", "env", "-i", *(f"{k}={v}" for k, v in full.items()), *cmd],
                              capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if check and proc.returncode != 0:
            raise AssertionError(f"{' '.join(cmd)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
        return proc

    def client(self, *args: str) -> tuple[subprocess.Popen, pathlib.Path]:
        """Start drill_client.py (write or sample) in the background; returns it and its output file."""
        out = self.root / f"{args[0]}-{time.monotonic_ns()}.log"
        env = {**self.base_env(), "PGPASSWORD": PASSWORD}
        handle = open(out, "wb")
        proc = subprocess.Popen(["runuser", "-u", "postgres", "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
                                 str(VENV / "bin" / "python"), str(self.root / "drill_client.py"), *args],
                                stdout=handle, stderr=subprocess.STDOUT, cwd=self.root)
        handle.close()
        self.procs.append(proc)
        return proc, out

    def writer_dsn(self, members: list[Member] | None = None) -> str:
        members = members or self.members
        return (f"host={','.join('127.0.0.1' for _ in members)} port={','.join(str(m.pg_port) for m in members)} "
                f"user=postgres password={PASSWORD} dbname={self.database} target_session_attrs=read-write "
                # No statement_timeout: cancelling a commit's wait for its synchronous standby returns success
                # for a commit no standby has, which would hide a lost write from the count.
                f"connect_timeout=2 keepalives_idle=2 keepalives_interval=1 keepalives_count=2")

    @property
    def database(self) -> str:
        container = next(c for c in self.statefulset["spec"]["template"]["spec"]["containers"] if c["name"] == "postgres")
        return next(e["value"] for e in container["env"] if e["name"] == "APP_DATABASE")

    def _wait_port(self, port: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                return
            time.sleep(0.1)
        raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")

    def close(self) -> None:
        if getattr(self, "closed", False):
            return
        self.closed = True
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
        for m in getattr(self, "members", []):
            self.kill(m)
            m.proxy.close()
        if getattr(self, "moto", None) is not None:
            self.moto.terminate()
            self.moto.wait(timeout=10)
        self.plane.stop()
        shutil.rmtree(self.plane_dir, ignore_errors=True)
        if os.environ.get("DRILL_KEEP"):  # for a post-mortem: the members' logs, data and the writer's record
            print(f"DRILL_KEEP: kept {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with contextlib.suppress(OSError, IndexError):
        return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


def _tail(path: pathlib.Path, lines: int = 25) -> str:
    """The last lines of a log, without PostgreSQL's per-connection lines (the writer makes many)."""
    noise = (" connection received:", " connection authenticated:", " connection authorized:", " disconnection:")
    try:
        return "\n".join([line for line in path.read_text(errors="replace").splitlines()
                          if not any(n in line for n in noise)][-lines:])
    except OSError:
        return "(no log)"


def parse_writes(path: pathlib.Path) -> tuple[list[tuple[int, float]], list[tuple[float, str]]]:
    """(acknowledged (id, time)), (failures (time, error)) from a writer's output."""
    acked, failed = [], []
    for line in path.read_text().splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "ok":
            n, t, _port = rest.split()
            acked.append((int(n), float(t)))
        elif kind == "fail":
            t, _, err = rest.partition(" ")
            failed.append((float(t), err))
    return acked, failed


def parse_samples(path: pathlib.Path) -> list[tuple[float, list[str]]]:
    out = []
    for line in path.read_text().splitlines():
        if line.startswith("sample "):
            _, t, *ports = line.split(" ")
            out.append((float(t), [p for p in (ports[0] if ports else "").split(",") if p]))
    return out


class Load:
    """A steady writer (through the leader, as through -rw) and a sampler of which members take writes, until stop()."""

    def __init__(self, cluster: PatroniCluster, first: int) -> None:
        self.cluster, self.first = cluster, first
        self.stop_file = cluster.root / f"stop-{first}"
        self.writer, self.writes = cluster.client("write", cluster.writer_dsn(), str(self.stop_file), str(first))
        self.sampler, self.samples_file = cluster.client("sample", str(self.stop_file), *(str(m.pg_port) for m in cluster.members))
        cluster.wait_for("the writer's first commit", lambda: parse_writes(self.writes)[0], 30)

    def stop(self) -> tuple[list[tuple[int, float]], list[tuple[float, str]], list[tuple[float, list[str]]]]:
        self.stop_file.touch()
        for proc, out in ((self.writer, self.writes), (self.sampler, self.samples_file)):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise AssertionError(f"{out.name} did not stop within 30s: " + _tail(out, 5)) from None
        acked, failed = parse_writes(self.writes)
        return acked, failed, parse_samples(self.samples_file)

    def acked_so_far(self) -> list[tuple[int, float]]:
        return parse_writes(self.writes)[0]


def commits_on(path: pathlib.Path, port: int) -> list[float]:
    """When the writer's commits that `port` acknowledged returned."""
    return [float(line.split()[2]) for line in path.read_text().splitlines()
            if line.startswith("ok ") and line.split()[3] == str(port)]
