"""`python -m platform_constructs validate`: the validator the package ships, on trees that are not this repository's."""
import datetime
import subprocess
import sys

import cdk8s
import pytest
import yaml
from support import ROOT

from platform_constructs import IngressOptions, SecureApp, SecureAppProps, environment, evaluate_tree, render, write_tree
from platform_constructs.output import LayoutChart

REGISTRY = "registry.example.com"
IMAGE = f"{REGISTRY}/shop/api:1.2.3@sha256:" + "a" * 64
CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"
PRIVILEGED = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {
    "selector": {"matchLabels": {"app": "web"}}, "template": {"metadata": {"labels": {"app": "web"}}, "spec": {
        "containers": [{"name": "web", "image": "nginx:latest", "securityContext": {"privileged": True}}]}}}}


def validate(tree, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "platform_constructs", "validate", str(tree), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def tree_of(tmp_path, files: dict[str, list[dict]]):
    for rel, docs in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(yaml.safe_dump_all(docs))
    return tmp_path


def secure_app_tree(tmp_path, path: str = "team"):
    """A compliant app as a team repository renders it: SecureApp's objects, outside the platform's layout."""
    chart = LayoutChart(cdk8s.App(), "team", path=path)
    SecureApp(chart, "api", props=SecureAppProps(name="api", namespace="shop", image=IMAGE, env=environment("prod"),
                                                        ingress=IngressOptions()))
    write_tree(render([chart]), tmp_path / "out")
    return tmp_path / "out"


def test_a_privileged_latest_deployment_outside_the_layout_fails(tmp_path):
    """The defect: the guardrails step judged only platform/<env>/ and said 'ok' of this tree."""
    proc = validate(tree_of(tmp_path, {"deployment.yaml": [PRIVILEGED]}))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "guardrails (CEL, every object against its environment's Kyverno policies): 10 violations" in out, out
    assert ("FAIL guardrails: disallow-privileged-containers: prod: Deployment shop/web (pod template at spec.template): "
            "Privileged containers are not allowed") in out
    assert "FAIL guardrails: disallow-latest-tag: prod: Deployment shop/web" in out
    assert "1 objects outside the platform/<env>/, clusters/<env>/, apps/<app>/envs/<env>/ layout, judged as prod (--env)" in out
    assert "prod: the policies platform_constructs renders for prod (the tree holds none)" in out
    assert "Traceback" not in proc.stderr


def test_env_chooses_the_policies_for_objects_outside_the_layout(tmp_path):
    proc = validate(tree_of(tmp_path, {"deployment.yaml": [PRIVILEGED]}), "--env", "dev")
    assert proc.returncode == 1
    assert "judged as dev (--env)" in proc.stdout
    # dev audits instead of refusing, and the validator still fails on what dev's policies report
    assert "FAIL guardrails: disallow-privileged-containers: dev: Deployment shop/web" in proc.stdout
    assert "[Audit]" in proc.stdout and "[Deny]" not in proc.stdout


def test_a_laid_out_environment_without_its_policies_gets_the_librarys(tmp_path):
    proc = validate(tree_of(tmp_path, {"apps/web/envs/stage/shop/deployment-web.yaml": [PRIVILEGED]}))
    assert proc.returncode == 1
    assert "stage: the policies platform_constructs renders for stage (the tree holds none)" in proc.stdout
    assert "FAIL guardrails: disallow-privileged-containers: stage: Deployment shop/web" in proc.stdout
    assert "outside the" not in proc.stdout


def test_a_compliant_team_tree_passes_every_step(tmp_path):
    """SecureApp's output passes prod's guardrails, the schemas and checkov; the registry is checked when named."""
    out = secure_app_tree(tmp_path)
    proc = validate(out, "--registry", REGISTRY, "--checkov", str(CHECKOV))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "guardrails (CEL, every object against its environment's Kyverno policies): ok" in proc.stdout
    assert "objects outside the platform/<env>/" in proc.stdout and "judged as prod (--env)" in proc.stdout
    assert "not checked: restrict-image-registries" not in proc.stdout
    assert f"checkov kubernetes (--checkov {CHECKOV}):" in proc.stdout and ", 0 failed," in proc.stdout
    assert proc.stdout.rstrip().endswith("validate: ok")


def test_registries_are_checked_only_when_named_and_say_so(tmp_path):
    out = secure_app_tree(tmp_path)
    elsewhere = validate(out, "--registry", "other.example.com")
    assert elsewhere.returncode == 1
    assert "FAIL guardrails: restrict-image-registries: prod: Deployment shop/api" in elsewhere.stdout
    unnamed = validate(out)
    assert "not checked: restrict-image-registries (the platform's registries are not in this tree: pass --registry" in unnamed.stdout


def test_checkov_is_found_or_reported_as_not_checked(tmp_path):
    out = secure_app_tree(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "platform_constructs", "validate", str(out)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env={"PATH": str(ROOT / "node_modules" / ".bin") + ":/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "checkov kubernetes: not checked: no --checkov given and no checkov on PATH" in proc.stdout
    missing = validate(out, "--checkov", str(tmp_path / "nowhere" / "checkov"))
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.startswith(f"validate: error: --checkov {tmp_path / 'nowhere' / 'checkov'}: no such file")


@pytest.mark.parametrize("files, message", [
    ({}, "no Kubernetes objects in its *.yaml files: nothing to validate"),
    ({"apps/web/envs/qa/shop/deployment-web.yaml": [PRIVILEGED]},
     "the tree has objects of environment 'qa' (from their paths) and no policies for it: "
     "platform_constructs renders policies for dev, stage, prod"),
])
def test_trees_it_cannot_judge_are_errors_not_passes(tmp_path, files, message):
    tree_of(tmp_path, files)
    proc = validate(tmp_path)
    assert proc.returncode == 1
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_that_is_not_yaml_is_named(tmp_path):
    (tmp_path / "broken.yaml").write_text("kind: [unclosed\n")
    proc = validate(tmp_path)
    assert proc.returncode == 1 and proc.stderr.startswith(f"validate: error: {tmp_path / 'broken.yaml'}: not YAML:")
    assert "Traceback" not in proc.stderr


def test_evaluate_tree_never_passes_an_environment_it_has_no_policies_for():
    violations = evaluate_tree([("deployment.yaml", PRIVILEGED)], today=datetime.date(2026, 1, 1))
    assert [str(v) for v in violations] == [
        "no-policies: prod: the tree holds no guardrail policies for 'prod' (1 objects) and none were given [Deny]"]
