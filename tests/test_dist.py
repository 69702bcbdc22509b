"""The committed GitOps tree: what main.py renders, laid out, validated, hardened and deterministic."""
import re
import subprocess
import sys

import pytest
import yaml
from support import CRD_DIR, ROOT, crd_dir

import main
from platform_constructs.checks import pod_security_violations, pod_specs
from platform_constructs.output import MARKER

ENVS = ("dev", "stage", "prod")


@pytest.fixture(scope="module")
def tree() -> dict[str, str]:
    return main.synth()


def test_layout(tree):
    tops = {tuple(p.split("/")[:2]) for p in tree if not p.startswith("apps/")}
    assert tops == {(k, e) for k in ("clusters", "platform") for e in ENVS}
    catalogue = main.load_catalogue(main.CATALOGUE)
    released = {("apps", s.name, "envs", e) for e in ENVS
                for s in main.released(catalogue, main.ReleasePins.load(ROOT / "releases", e))}
    assert released and {tuple(p.split("/")[:4]) for p in tree if p.startswith("apps/")} == released


def test_committed_dist_matches_a_fresh_synth(tree):
    """The committed dist/ is the snapshot of the whole tree (reviews read its diff): it must be what synth renders."""
    committed = {p.relative_to(ROOT / "dist").as_posix(): p.read_text() for p in (ROOT / "dist").rglob("*.yaml")}
    assert committed == tree, "dist/ is stale: run `make synth` and commit dist/"


def test_committed_repositories_file_is_current():
    """releases/repositories.yaml (what the release CLI reads) is derived from the catalogue and the AWS config."""
    expected = main.repositories_file(main.load_catalogue(main.CATALOGUE))
    assert (ROOT / "releases" / main.REPOSITORIES_FILE).read_text() == expected, \
        "releases/repositories.yaml is stale: run `make synth` and commit it"
    from platform_constructs.releases import read_repositories

    catalogue = main.load_catalogue(main.CATALOGUE)
    assert read_repositories(ROOT / "releases" / main.REPOSITORIES_FILE) == {
        env: dict(main.platform_values(env, catalogue).repositories) for env in ENVS}


def test_committed_traffic_diagrams_are_current(tree):
    from platform_constructs.traffic import diagram_files

    committed = {p.name: p.read_text() for p in (ROOT / "docs" / "traffic").iterdir() if p.name != MARKER}
    assert committed == diagram_files(tree), "docs/traffic is stale: run `make synth` and commit it"


@pytest.mark.parametrize("folder", ["dist", "docs/traffic"])
def test_committed_trees_carry_write_trees_marker(folder):
    """write_tree replaces only folders with its marker: the committed trees carry it, listing their files."""
    root = ROOT / folder
    listed = (root / MARKER).read_text().splitlines()[1:]
    assert listed == sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != MARKER)


def test_synth_is_deterministic(tree, tmp_path):
    """A second synth in a separate process renders byte-identical files."""
    out = tmp_path / "dist"
    env = {"PLATFORM_DIST": str(out), "PATH": __import__("os").environ["PATH"]}
    subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, check=True, capture_output=True)
    second = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.yaml")}
    assert second == {p: t.encode() for p, t in tree.items()}


def test_a_synth_in_parallel_processes_renders_the_same_bytes(tree, tmp_path):
    """PLATFORM_SYNTH_JOBS=3: two worker processes and the synth's own share the parts (none from the cache)."""
    out = tmp_path / "dist"
    env = {**__import__("os").environ, "PLATFORM_DIST": str(out), "PLATFORM_SYNTH_JOBS": "3", "PLATFORM_SYNTH_CACHE": "off"}
    env.pop("CDK8S_OUTDIR", None)
    subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, check=True, capture_output=True)
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.yaml")} == {p: t.encode() for p, t in tree.items()}


def test_a_refused_parallel_synth_reports_once_without_a_traceback(tmp_path):
    text = (ROOT / "catalogue.yaml").read_text().replace("    port: 3000", "    port: 3000\n    allow_from: [shop/nobody]")
    (tmp_path / "catalogue.yaml").write_text(text)
    env = {**__import__("os").environ, "PLATFORM_DIST": str(tmp_path / "dist"), "PLATFORM_SYNTH_JOBS": "2",
           "PLATFORM_CATALOGUE": str(tmp_path / "catalogue.yaml"), "PLATFORM_SYNTH_CACHE": "off"}
    env.pop("CDK8S_OUTDIR", None)
    proc = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.count("peer shop/nobody: no app 'nobody' in namespace 'shop'") == 1, proc.stderr
    assert not (tmp_path / "dist").exists()


def test_errors_raised_in_a_worker_process_reach_the_parent_whole():
    """A worker's PropsError or CatalogueError is pickled back: same type, same message, same problems."""
    import pickle

    from platform_constructs import Problem, PropsError
    from platform_constructs.catalogue import CatalogueError

    for error in (PropsError("SecureApp", "dev/api", [Problem("port", 0, "a port")]), CatalogueError(["a", "b"])):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error) and again.problems == error.problems


def test_every_pod_template_is_restricted(tree):
    checked = 0
    for path, text in tree.items():
        doc = yaml.safe_load(text)
        if list(pod_specs(doc)):
            assert pod_security_violations(doc) == [], path
            checked += 1
    assert checked >= 3  # a service in each environment at least


def test_prod_images_pinned_by_digest(tree):
    for path, text in tree.items():
        if "/prod/" in path:
            for _, pod in pod_specs(yaml.safe_load(text)):
                for c in pod["containers"]:
                    assert "@sha256:" in c["image"], path


def test_validation_passes():
    """kubernetes-validate (strict) for 1.31-1.34, CRD schemas where the upstream copies exist, checkov."""
    args = [sys.executable, "tools/validate.py", "dist"] + (["--crd-dir", str(CRD_DIR)] if CRD_DIR.is_dir() else [])
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "kubernetes-validate --strict 1.31, 1.32, 1.33, 1.34, 1.35, 1.36: ok" in proc.stdout
    assert ", 0 failed," in proc.stdout
    crd_dir()  # skips, with its reason, when the custom resources could not be checked
    assert "custom resources, ok" in proc.stdout


def test_validation_catches_bad_objects(tmp_path):
    """The validator is not a rubber stamp: an unknown field, a bad CR field and a checkov failure all fail it."""
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump_all([
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "n"}, "dataa": {}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "n"}, "spec": {
            "selector": {"matchLabels": {"a": "b"}}, "template": {"metadata": {"labels": {"a": "b"}}, "spec": {
                "containers": [{"name": "c", "image": "nginx", "securityContext": {"privileged": True}}]}}}},
    ]))
    proc = subprocess.run([sys.executable, "tools/validate.py", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1
    assert "bad.yaml: : Additional properties are not allowed ('dataa' was unexpected)" in proc.stdout
    assert "CKV_K8S_16" in proc.stdout  # privileged container


def test_pins_must_come_from_the_environments_registry():
    """Registry URIs come from the AWS CDK app's config (one source of truth), not from retyped strings."""
    from platform_infra import platform_values

    from platform_constructs import ReleaseFileError, ReleasePins, environment

    service = main.load_catalogue(main.CATALOGUE).running[0].name
    values = platform_values("prod")
    # Built images live in the shared registry only: one in the environment's own registry (its mirrors) is refused.
    own = f"{values.registry}/{service}:1.0.0@sha256:{'d' * 64}"
    pins = ReleasePins.parse(f"apps:\n  {service}:\n    image: {own}\n", environment="prod")
    with pytest.raises(ReleaseFileError, match=rf"prod pulls '{service}' from {re.escape(values.repositories[service])}"):
        main.pinned_image(pins, service, environment("prod"), values.repositories)
    shared = f"{values.repositories[service]}:1.0.0@sha256:{'d' * 64}"
    pins = ReleasePins.parse(f"apps:\n  {service}:\n    image: {shared}\n", environment="prod")
    assert main.pinned_image(pins, service, environment("prod"), values.repositories) == shared


def test_every_image_comes_from_the_environments_registry(tree):
    """Third-party images are pulled through the environment's ECR mirror, keeping their digest; the services' images
    come from the shared registry."""
    from platform_infra import platform_values

    images = set()
    for path, text in tree.items():
        env = path.split("/")[1] if path.startswith(("platform/", "clusters/")) else path.split("/")[3]
        for _, pod in pod_specs(yaml.safe_load(text)):
            for c in pod.get("initContainers", []) + pod["containers"]:
                v = platform_values(env)  # the mirrors, or the shared registry of the services' images
                assert c["image"].startswith((v.registry + "/", v.image_registry + "/")), (path, c["image"])
                images.add(c["image"].split("/", 1)[1])
    assert any(i.startswith("ghcr/cloudnative-pg/postgresql:") for i in images)
    assert any(i.startswith("quay/prometheuscommunity/postgres-exporter:") for i in images)


def test_every_rendered_promql_expression_parses(tree):
    """Alerts, recording rules and canary analysis queries across the whole tree parse as PromQL."""
    import promql_parser

    exprs = []
    for text in tree.values():
        doc = yaml.safe_load(text)
        if doc["kind"] == "PrometheusRule":
            exprs += [r["expr"] for g in doc["spec"]["groups"] for r in g["rules"]]
        elif doc["kind"] == "AnalysisTemplate":
            exprs += [m["provider"]["prometheus"]["query"] for m in doc["spec"]["metrics"]]
    assert len(exprs) > 50
    for expr in exprs:
        promql_parser.parse(expr.replace("{{args.canary-hash}}", "abc123"))  # raises ValueError on a syntax error


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_bad_synth_jobs_setting_is_refused(monkeypatch, value):
    monkeypatch.setenv("PLATFORM_SYNTH_JOBS", value)
    with pytest.raises(main.OutputError, match=rf"PLATFORM_SYNTH_JOBS '{value}' is not allowed: a number of processes, 1 or more"):
        main.synth_jobs(100)
