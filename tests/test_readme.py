"""The README's examples run, and the facts it states about validation are the code's.

Fenced blocks carry their role in the info string: `python run` blocks are run (a `text output` block right after
one is what it must print), the `python team-app` block is the minimal team app (run here, and against the
installed wheel by tests/test_packaging.py). Every python block has one of these roles, so none goes unrun.
"""
import ast
import os
import re
import subprocess
import sys

import yaml
from support import ROOT

import platform_constructs
from platform_constructs.validate import DEFAULT_VERSIONS

README = ROOT / "README.md"
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
ROLES = {"run", "team-app"}


def readme_blocks(text: str | None = None) -> list[tuple[list[str], str]]:
    """Every fenced block of the README, in order: (info string words, body)."""
    return [(info.split(), body) for info, body in FENCE.findall(README.read_text() if text is None else text)]


def team_app() -> str:
    """The README's minimal team app (exactly one `python team-app` block)."""
    found = [body for info, body in readme_blocks() if info == ["python", "team-app"]]
    assert len(found) == 1, "README.md needs exactly one ```python team-app block"
    return found[0]


def section(title: str) -> str:
    text = README.read_text()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def python(code: str, cwd, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    """`code` run by this interpreter from `cwd`, the checkout importable (as an installed package would be)."""
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_every_python_block_has_a_role():
    blocks = readme_blocks()
    python_blocks = [info for info, _ in blocks if info[:1] == ["python"]]
    assert len(python_blocks) >= 2
    for info in python_blocks:
        assert len(info) == 2 and info[1] in ROLES, f"```{' '.join(info)}: mark it `python run` or `python team-app`"


def test_run_blocks_run_and_print_what_the_readme_shows(tmp_path):
    blocks = readme_blocks()
    runs = [(i, body) for i, (info, body) in enumerate(blocks) if info == ["python", "run"]]
    assert runs
    for i, body in runs:
        proc = python(body, tmp_path)
        assert proc.returncode == 0, f"README block {i}:\n{body}\n{proc.stderr}"
        if i + 1 < len(blocks) and blocks[i + 1][0] == ["text", "output"]:
            assert proc.stdout == blocks[i + 1][1], f"README block {i} prints something else than its output block"


def test_the_team_app_renders_every_environment_into_the_teams_namespace(tmp_path):
    proc = python(team_app(), tmp_path)
    assert proc.returncode == 0, proc.stderr
    files = sorted(p.relative_to(tmp_path / "dist").as_posix() for p in (tmp_path / "dist").rglob("*.yaml"))
    envs = {f.split("/")[3] for f in files}
    assert envs == {"dev", "stage", "prod"}
    assert all(re.fullmatch(r"apps/ledger-api/envs/(dev|stage|prod)/payments/[^/]+\.yaml", f) for f in files), files
    kinds = {yaml.safe_load((tmp_path / "dist" / f).read_text())["kind"] for f in files}
    assert {"Deployment", "Service", "Ingress", "NetworkPolicy", "ServiceAccount"} <= kinds


# An inline `Name.attribute(...)` naming something the package exports (or one of its modules).
INLINE_CALL = re.compile(r"`([A-Za-z_]\w*)\.([A-Za-z_]\w*)\(([^`]*)\)`")


def test_inline_api_references_exist_and_evaluate():
    """`CanaryStep.weight(20)` was documented and never existed (it is `CanaryStep.set_weight`)."""
    import importlib
    import importlib.util

    checked = 0
    for root, attribute, args in INLINE_CALL.findall(README.read_text()):
        if root in platform_constructs.__all__:
            owner = getattr(platform_constructs, root)
        elif importlib.util.find_spec(f"platform_constructs.{root}") is not None:
            owner = importlib.import_module(f"platform_constructs.{root}")
        else:
            continue  # not ours: `dataclasses.replace(...)`, `values.mirrored(image)`
        assert hasattr(owner, attribute), f"README names `{root}.{attribute}(...)`, which does not exist"
        checked += 1
        if "..." in args:
            continue  # a placeholder: `Peer.app(...)`
        try:
            literal = ast.literal_eval(f"({args},)") if args else ()
        except (ValueError, SyntaxError):
            continue  # names, not literals: `(manifest)`
        getattr(owner, attribute)(*literal)  # a call with literal arguments, such as `CanaryStep.pause("5m")`: it runs
    assert checked >= 4


def test_documented_kubernetes_versions_are_the_ones_validation_checks():
    item = next(line for line in section("Validation").splitlines() if "kubernetes-validate --strict" in line)
    assert tuple(re.findall(r"\b1\.\d+\b", item)) == DEFAULT_VERSIONS, item
