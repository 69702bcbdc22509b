"""platform_constructs is what team repos install: prove the wheel works away from this repository.

The wheel is built here, or taken from PLATFORM_WHEEL (the publish workflow tests the very file it uploads).
"""
import os
import pathlib
import re
import shlex
import subprocess
import sys
import textwrap
import venv

import pytest
from support import ROOT
from test_readme import readme_blocks, section, team_app

TEAM_APP = textwrap.dedent("""
    import cdk8s, imports.k8s  # the team's own generated bindings, unrelated to ours
    from platform_constructs import (IsolatedNamespace, IsolatedNamespaceProps, SecureApp, SecureAppProps,
                                     ClusterBootstrap, ClusterBootstrapProps, GitOpsRepo, environment)
    import platform_constructs
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "team", disable_resource_name_hashes=True)
    env = environment("stage")
    ns = IsolatedNamespace(chart, "ns", props=IsolatedNamespaceProps(name="team-a", team="team-a", env=env))
    SecureApp(chart, "api", props=SecureAppProps(name="api", namespace=ns.name, env=env,
              image="registry.example.com/api:1.0.0@sha256:" + "b" * 64))
    ClusterBootstrap(chart, "argo", props=ClusterBootstrapProps(repo=GitOpsRepo(url="https://git.example.com/gitops.git"),
                     env=env, cluster_path="clusters/stage", platform_path="platform/stage"))
    kinds = sorted({o["kind"] for o in chart.to_json()})
    print(imports.k8s.MARKER, platform_constructs.__file__.startswith(__import__("sys").prefix), ",".join(kinds))
""")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[pathlib.Path, pathlib.Path]:
    """(the wheel, the python of a fresh virtual environment with only the wheel and its dependencies)."""
    tmp = tmp_path_factory.mktemp("packaging")
    if os.environ.get("PLATFORM_WHEEL"):
        wheel = pathlib.Path(os.environ["PLATFORM_WHEEL"]).resolve()
    else:
        subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "wheel"), str(ROOT)],
                       check=True, capture_output=True)
        wheel = next((tmp / "wheel").glob("platform_constructs-*.whl"))
    venv.EnvBuilder(with_pip=True).create(tmp / "venv")
    py = tmp / "venv" / "bin" / "python"
    pip(py, str(wheel))
    return wheel, py


def pip(py: pathlib.Path, *args: str) -> None:
    proc = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def team_env(tmp_path, pinned_node: bool = True) -> dict[str, str]:
    """A team's shell: nothing of this repository but (as the README tells teams) the pinned Node first on PATH."""
    path = os.environ["PATH"]
    return {"PATH": f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{path}" if pinned_node else path, "HOME": str(tmp_path)}


def test_wheel_installs_and_synthesizes_outside_the_repo(tmp_path, installed):
    _, py = installed
    team = tmp_path / "team-repo"
    (team / "imports").mkdir(parents=True)
    (team / "imports" / "__init__.py").write_text("")
    (team / "imports" / "k8s.py").write_text("MARKER = 'team-imports'\n")
    (team / "main.py").write_text(TEAM_APP)
    proc = subprocess.run([str(py), "main.py"], cwd=team, capture_output=True, text=True, env=team_env(tmp_path, pinned_node=False))
    assert proc.returncode == 0, proc.stderr
    marker, from_site_packages, kinds = proc.stdout.split()
    assert marker == "team-imports"
    assert from_site_packages == "True", "the library must come from the installed wheel, not this checkout"
    assert set(kinds.split(",")) >= {"AppProject", "Application", "Deployment", "Namespace", "NetworkPolicy", "Service"}


def readme_validate_command(py: pathlib.Path) -> list[str]:
    """The README's `python -m platform_constructs validate` command for the team app, run by `py` with our checkov."""
    shell = next(body for info, body in readme_blocks(section("Team repositories")) if info == ["sh"]
                 and "platform_constructs validate" in body)
    line = next(cmd for cmd in shell.replace("\\\n", " ").splitlines() if "platform_constructs validate" in cmd)
    args = shlex.split(line)
    assert args[:4] == ["python", "-m", "platform_constructs", "validate"] and "--checkov" in args, line
    args[0] = str(py)
    args[args.index("--checkov") + 1] = str(ROOT / ".venv-checkov" / "bin" / "checkov")
    return args


def test_readme_team_app_synthesizes_in_a_clean_venv_and_validates(tmp_path, installed):
    """Done when: the README's minimal team app, run against the installed wheel from a folder outside this
    repository, renders a tree the shipped validator passes; the same app reaching past its AppProject is refused."""
    wheel, py = installed
    app = team_app()
    team = tmp_path / "payments-repo"
    team.mkdir()
    (team / "main.py").write_text(app)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(py), *args], cwd=team, capture_output=True, text=True, env=team_env(tmp_path), timeout=600)

    proc = run("main.py")
    assert proc.returncode == 0, proc.stderr
    assert "end-of-life" not in proc.stderr, "the pinned Node 24 prints no jsii deprecation banner"
    files = sorted((team / "dist").rglob("*.yaml"))
    assert {f.relative_to(team / "dist").parts[3] for f in files} == {"dev", "stage", "prod"}

    # Without the `validate` extra the command says what to install, and fails.
    bare = run("-m", "platform_constructs", "validate", "dist")
    assert bare.returncode == 1 and "Traceback" not in bare.stderr
    assert "validation needs the 'validate' extra: pip install 'platform-constructs[validate]'" in bare.stderr

    pip(py, f"{wheel}[validate]")
    proc = run(*readme_validate_command(py)[1:])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    print(out)
    assert f"validate: {len(files)} objects in dist" in out
    assert "guardrails (CEL, every object against its environment's Kyverno policies): ok" in out
    for env in ("dev", "stage", "prod"):
        assert f"{env}: the policies platform_constructs renders for {env} (the tree holds none)" in out
    assert "not checked: restrict-image-registries" not in out, "the README passes the team's registry"
    assert re.search(r"checkov kubernetes \(--checkov \S+\): [1-9]\d* passed, 0 failed", out), out
    assert out.rstrip().endswith("validate: ok")


@pytest.mark.parametrize("change, refusal", [
    (("namespace=chart.team_namespace", 'namespace="billing"'),
     "invalid TeamChart at 'ledger-api-dev':\n  - ledger-api-dev/ledger-api/ServiceAccount (ServiceAccount billing/ledger-api)"
     ".metadata.namespace: 'billing' is not allowed: 'payments', the team's namespace"),
    (("\ntry:", '\ncdk8s.ApiObject(chart, "reader", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", '
               'metadata={"name": "ledger-reader"})\ntry:'),
     "invalid TeamChart at 'ledger-api-prod':\n  - ledger-api-prod/reader (ClusterRole ledger-reader).kind: "
     "'rbac.authorization.k8s.io/ClusterRole' is not allowed: a kind the team's AppProject 'payments' syncs: it syncs no "
     "cluster-scoped kind"),
], ids=["another-namespace", "cluster-scoped"])
def test_readme_team_app_reaching_past_its_app_project_is_refused(tmp_path, installed, change, refusal):
    _, py = installed
    old, new = change
    app = team_app()
    assert app.count(old) == 1, f"the README's team app no longer has {old!r}"
    team = tmp_path / "payments-repo"
    team.mkdir()
    (team / "main.py").write_text(app.replace(old, new))
    proc = subprocess.run([str(py), "main.py"], cwd=team, capture_output=True, text=True, env=team_env(tmp_path), timeout=600)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.startswith(refusal), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (team / "dist").exists(), "nothing is written"
