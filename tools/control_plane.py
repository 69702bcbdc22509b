"""A throwaway Kubernetes control plane on loopback: etcd, kube-apiserver and kube-controller-manager.

The binaries come from `make tools` (build/bin/). Everything the control plane writes (certificates,
keys, kubeconfigs, etcd data, logs) lives in one folder, removed again by `stop()`. The tests use it as a
session fixture (tests/cluster/conftest.py); people use `make cluster-up` / `make cluster-down`:

    python tools/control_plane.py up [--dir build/cluster]    # prints the kubeconfig to use
    python tools/control_plane.py down [--dir build/cluster]
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN_DIR = ROOT / "build" / "bin"
BINARIES = ("etcd", "kube-apiserver", "kube-controller-manager")
# The admission plugins an EKS cluster enables (EKS's platform-version docs), PodSecurity at its default
# level (privileged unless the namespace's labels say otherwise), as on EKS.
ADMISSION_PLUGINS = (
    "NamespaceLifecycle", "LimitRanger", "ServiceAccount", "DefaultStorageClass", "DefaultTolerationSeconds",
    "ResourceQuota", "PodSecurity", "Priority", "StorageObjectInUseProtection", "PersistentVolumeClaimResize",
    "RuntimeClass", "CertificateApproval", "CertificateSigning", "ClusterTrustBundleAttest",
    "CertificateSubjectRestriction", "DefaultIngressClass", "TaintNodesByCondition", "NodeRestriction",
    "ExtendedResourceToleration", "MutatingAdmissionWebhook", "ValidatingAdmissionWebhook",
    "ValidatingAdmissionPolicy",
)
SERVICE_CIDR = "172.20.0.0/16"  # the CDK app's default service range; never routed here, only allocated from
START_TIMEOUT = 120.0  # seconds: a cold start on a busy 2-core machine takes ~10 s
SERVER_SANS = ("IP:127.0.0.1,IP:172.20.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,"
               "DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local")
OPENSSL_CONFIG = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = {sans}
[client]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = clientAuth
"""


class ControlPlaneError(RuntimeError):
    pass


class ApiError(ControlPlaneError):
    """The API server refused a request: `status` is the HTTP code, `message` the server's own words."""

    def __init__(self, method: str, path: str, status: int, message: str):
        super().__init__(f"{method} {path}: {status} {message}")
        self.status, self.message = status, message


def missing_binaries(bin_dir: pathlib.Path = BIN_DIR) -> list[pathlib.Path]:
    return [bin_dir / name for name in BINARIES if not os.access(bin_dir / name, os.X_OK)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], cwd: pathlib.Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode:
        raise ControlPlaneError(f"{args[0]} {args[1]} failed: {proc.stderr.strip()}")


def _make_pki(d: pathlib.Path) -> None:
    """A CA, the API server's serving cert, client certs for the admin and the controller manager, and
    the service-account signing key pair (ECDSA P-256 throughout: fast to make, accepted everywhere)."""
    (d / "openssl.cnf").write_text(OPENSSL_CONFIG.replace("{sans}", SERVER_SANS))
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-config", "openssl.cnf"]
    _run(["openssl", "req", "-x509", *ec, "-extensions", "ca", "-days", "2", "-subj", "/CN=platform-test-ca",
          "-keyout", "ca.key", "-out", "ca.crt"], d)
    leaves = {"apiserver": ("server", "/CN=kube-apiserver"), "admin": ("client", "/O=system:masters/CN=admin"),
              "controller-manager": ("client", "/CN=system:kube-controller-manager")}
    for name, (ext, subject) in leaves.items():
        _run(["openssl", "req", "-new", *ec, "-subj", subject, "-keyout", f"{name}.key", "-out", f"{name}.csr"], d)
        _run(["openssl", "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
              "-set_serial", f"0x{secrets.token_hex(8)}", "-days", "2", "-extfile", "openssl.cnf",
              "-extensions", ext, "-out", f"{name}.crt"], d)
    _run(["openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "sa.key"], d)
    _run(["openssl", "ec", "-in", "sa.key", "-pubout", "-out", "sa.pub"], d)


def _kubeconfig(d: pathlib.Path, user: str, server: str) -> pathlib.Path:
    path = d / f"{user}.kubeconfig"
    config = {
        "apiVersion": "v1", "kind": "Config", "current-context": "test",
        "clusters": [{"name": "test", "cluster": {"server": server, "certificate-authority": str(d / "ca.crt")}}],
        "users": [{"name": user, "user": {"client-certificate": str(d / f"{user}.crt"),
                                          "client-key": str(d / f"{user}.key")}}],
        "contexts": [{"name": "test", "context": {"cluster": "test", "user": user}}],
    }
    path.write_text(json.dumps(config, indent=2))  # JSON is YAML: every kubeconfig reader takes it
    return path


class ControlPlane:
    """A started control plane; `url`, `kubeconfig` and `request()` talk to it as cluster-admin."""

    def __init__(self, workdir: pathlib.Path, url: str, procs: dict[str, subprocess.Popen]):
        self.workdir, self.url, self._procs = workdir, url, procs
        self.kubeconfig = workdir / "admin.kubeconfig"
        self._ssl = ssl.create_default_context(cafile=str(workdir / "ca.crt"))
        self._ssl.load_cert_chain(str(workdir / "admin.crt"), str(workdir / "admin.key"))
        self._resources: dict[str, dict[str, dict]] = {}

    @classmethod
    def start(cls, workdir: pathlib.Path, bin_dir: pathlib.Path = BIN_DIR) -> ControlPlane:
        missing = missing_binaries(bin_dir)
        if missing:
            raise ControlPlaneError(f"missing {', '.join(map(str, missing))}: run `make tools`")
        workdir.mkdir(parents=True, exist_ok=False)
        procs: dict[str, subprocess.Popen] = {}
        try:
            _make_pki(workdir)
            etcd_port, peer_port, api_port = _free_port(), _free_port(), _free_port()
            etcd_url, peer_url = f"http://127.0.0.1:{etcd_port}", f"http://127.0.0.1:{peer_port}"
            url = f"https://127.0.0.1:{api_port}"
            # Plain HTTP on loopback only: etcd is reached by the API server alone, as on a control-plane host.
            procs["etcd"] = _spawn(workdir, bin_dir / "etcd", [
                "--name=test", f"--data-dir={workdir / 'etcd'}", "--log-level=warn", "--unsafe-no-fsync",
                f"--listen-client-urls={etcd_url}", f"--advertise-client-urls={etcd_url}",
                f"--listen-peer-urls={peer_url}", f"--initial-advertise-peer-urls={peer_url}",
                f"--initial-cluster=test={peer_url}"])
            w = str(workdir)
            procs["kube-apiserver"] = _spawn(workdir, bin_dir / "kube-apiserver", [
                f"--etcd-servers={etcd_url}", "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1",
                f"--secure-port={api_port}", f"--tls-cert-file={w}/apiserver.crt",
                f"--tls-private-key-file={w}/apiserver.key", f"--client-ca-file={w}/ca.crt",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                f"--service-account-key-file={w}/sa.pub", f"--service-account-signing-key-file={w}/sa.key",
                f"--service-cluster-ip-range={SERVICE_CIDR}", "--authorization-mode=Node,RBAC",
                f"--enable-admission-plugins={','.join(ADMISSION_PLUGINS)}", "--allow-privileged=true",
                "--profiling=false", f"--cert-dir={w}/apiserver-certs"])
            kcm_config = _kubeconfig(workdir, "controller-manager", url)
            _kubeconfig(workdir, "admin", url)
            plane = cls(workdir, url, procs)
            plane._wait("/readyz")
            procs["kube-controller-manager"] = _spawn(workdir, bin_dir / "kube-controller-manager", [
                f"--kubeconfig={kcm_config}", f"--authentication-kubeconfig={kcm_config}",
                f"--authorization-kubeconfig={kcm_config}", "--secure-port=0", "--leader-elect=false",
                "--use-service-account-credentials=true", f"--service-account-private-key-file={w}/sa.key",
                f"--root-ca-file={w}/ca.crt", f"--cluster-signing-cert-file={w}/ca.crt",
                f"--cluster-signing-key-file={w}/ca.key", f"--service-cluster-ip-range={SERVICE_CIDR}"])
            # The controllers are working once the service-account controller has filled in `default`.
            plane._wait("/api/v1/namespaces/default/serviceaccounts/default")
            return plane
        except BaseException:
            _stop_pids({name: p.pid for name, p in procs.items()}, procs)
            shutil.rmtree(workdir, ignore_errors=True)
            raise

    def _wait(self, path: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            for name, p in self._procs.items():
                if p.poll() is not None:
                    raise ControlPlaneError(f"{name} exited with {p.returncode}: {_tail(self.workdir / f'{name}.log')}")
            try:
                self.request("GET", path)
                return
            except (ApiError, OSError):
                if time.monotonic() > deadline:
                    raise ControlPlaneError(f"{path} not ready after {START_TIMEOUT:.0f} s") from None
                time.sleep(0.2)

    @property
    def pids(self) -> dict[str, int]:
        return {name: p.pid for name, p in self._procs.items()}

    def stop(self) -> None:
        _stop_pids(self.pids, self._procs)
        shutil.rmtree(self.workdir, ignore_errors=True)

    # --- the API, as cluster-admin -------------------------------------------------------------------
    def request(self, method: str, path: str, body: dict | None = None,
                content_type: str = "application/json", query: dict | None = None) -> dict:
        url = self.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": content_type, "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, context=self._ssl, timeout=30) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            text = e.read().decode(errors="replace")
            try:
                text = json.loads(text).get("message", text)
            except ValueError:
                pass
            raise ApiError(method, path, e.code, text) from None
        return json.loads(raw) if raw.strip().startswith(b"{") else {"raw": raw.decode()}

    def resource(self, api_version: str, kind: str) -> dict:
        """The discovery entry (name, namespaced, ...) serving `kind` in `api_version`; discovery is
        re-read once on a miss, since a CRD applied a moment ago is served only from then on."""
        for attempt in range(2):
            if api_version not in self._resources or attempt:
                path = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
                try:
                    listed = self.request("GET", path)["resources"]
                except ApiError as e:
                    if e.status != 404:
                        raise
                    listed = []
                self._resources[api_version] = {r["kind"]: r for r in listed if "/" not in r["name"]}
            if kind in self._resources[api_version]:
                return self._resources[api_version][kind]
        raise ApiError("GET", f"/apis/{api_version}", 404, f"the server does not serve kind {kind!r} in {api_version!r}")

    def path(self, obj: dict) -> str:
        api_version, kind, meta = obj["apiVersion"], obj["kind"], obj["metadata"]
        res = self.resource(api_version, kind)
        prefix = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
        if res["namespaced"]:
            if not meta.get("namespace"):
                raise ApiError("PATCH", prefix, 400, f"{kind} {meta['name']!r} is namespaced but names no namespace")
            prefix += f"/namespaces/{meta['namespace']}"
        return f"{prefix}/{res['name']}/{meta['name']}"

    def apply(self, obj: dict, field_manager: str, dry_run: bool = False) -> dict:
        """Server-side apply, forcing conflicts as Argo CD's ServerSideApply=true does; an unknown or duplicate
        field is refused (kubectl's strict validation, which Argo CD keeps), not silently pruned."""
        query = {"fieldManager": field_manager, "force": "true", "fieldValidation": "Strict",
                 **({"dryRun": "All"} if dry_run else {})}
        return self.request("PATCH", self.path(obj), obj, "application/apply-patch+yaml", query)

    def wait_established(self, crd_names: list[str], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        pending = set(crd_names)
        while pending:
            for name in sorted(pending):
                crd = self.request("GET", f"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}")
                if any(c["type"] == "Established" and c["status"] == "True"
                       for c in (crd.get("status") or {}).get("conditions") or []):
                    pending.discard(name)
            if pending and time.monotonic() > deadline:
                raise ControlPlaneError(f"CRDs not established after {timeout:.0f} s: {', '.join(sorted(pending))}")
            if pending:
                time.sleep(0.2)


def _spawn(workdir: pathlib.Path, binary: pathlib.Path, args: list[str]) -> subprocess.Popen:
    with open(workdir / f"{binary.name}.log", "wb") as log:
        # A session of its own, so `make cluster-up` can exit and leave the control plane running.
        return subprocess.Popen([str(binary), *args], stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def _alive(pid: int, proc: subprocess.Popen | None) -> bool:
    if proc is not None:
        return proc.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (our own child not yet reaped) is gone for every purpose: reap it if it is ours.
    try:
        return os.waitpid(pid, os.WNOHANG) == (0, 0)
    except ChildProcessError:
        try:
            return pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False


def _stop_pids(pids: dict[str, int], procs: dict[str, subprocess.Popen] | None = None) -> None:
    """SIGTERM in reverse start order (controllers, then the API server, then etcd), SIGKILL after 10 s."""
    procs = procs or {}
    for name, pid in reversed(list(pids.items())):
        if not _alive(pid, procs.get(name)):
            continue
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while _alive(pid, procs.get(name)) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid, procs.get(name)):
            os.kill(pid, signal.SIGKILL)
            while _alive(pid, procs.get(name)):
                time.sleep(0.05)


def _tail(path: pathlib.Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("up", "down"))
    parser.add_argument("--dir", type=pathlib.Path, default=ROOT / "build" / "cluster")
    args = parser.parse_args(argv)
    state = args.dir.with_name(args.dir.name + ".json")
    if args.command == "up":
        if state.exists():
            print(f"error: a control plane is already up ({state}): run `make cluster-down` first", file=sys.stderr)
            return 1
        start = time.monotonic()
        try:
            plane = ControlPlane.start(args.dir.resolve())
        except ControlPlaneError as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
        state.write_text(json.dumps({"dir": str(plane.workdir), "url": plane.url, "pids": plane.pids}))
        print(f"control plane up at {plane.url} in {time.monotonic() - start:.1f} s\n"
              f"export KUBECONFIG={plane.kubeconfig}")
        return 0
    if not state.exists():
        print(f"no control plane is up ({state} missing)")
        return 0
    recorded = json.loads(state.read_text())
    _stop_pids(recorded["pids"])
    shutil.rmtree(recorded["dir"], ignore_errors=True)
    state.unlink()
    print("control plane stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
