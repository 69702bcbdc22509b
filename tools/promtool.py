"""promtool (build/bin/promtool, from `make tools`) on the platform's Prometheus rules.

- `rule_files(docs, folder)` writes one rules file per PrometheusRule document (its `spec.groups`), named
  `<namespace>-<name>.yaml` the way the prometheus-operator names them, so two objects may use the same group name.
- `check_rules(files)` runs `promtool check rules` with every linter fatal (duplicate rules included).
- `run_rule_tests(test_file)` runs `promtool test rules` on a unit-test file in the upstream format (rule_files,
  evaluation_interval, tests with input_series, alert_rule_test, promql_expr_test).

Both raise PromtoolError carrying promtool's own report, so a failing test shows what the engine said.
"""
from __future__ import annotations

import pathlib
import subprocess
from collections.abc import Iterable, Mapping, Sequence

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROMTOOL = ROOT / "build" / "bin" / "promtool"
TIMEOUT = 600  # seconds: a unit test with days of 1-minute samples takes a few seconds on a busy machine


class PromtoolError(AssertionError):
    """promtool refused the rules or a unit test failed; the message is its report."""


def missing() -> str | None:
    """Why promtool cannot run here, or None when it can."""
    return None if PROMTOOL.is_file() else f"{PROMTOOL.relative_to(ROOT)} missing: run `make tools` to build promtool"


def rule_documents(docs: Iterable[Mapping]) -> list[Mapping]:
    """The PrometheusRule documents among `docs`, sorted by namespace and name."""
    found = [d for d in docs if d.get("kind") == "PrometheusRule"]
    return sorted(found, key=lambda d: (d["metadata"].get("namespace", ""), d["metadata"]["name"]))


def rule_files(docs: Iterable[Mapping], folder: pathlib.Path) -> list[pathlib.Path]:
    """One rules file per PrometheusRule among `docs`; refuses an object without groups or a file name used twice."""
    files: list[pathlib.Path] = []
    for doc in rule_documents(docs):
        meta = doc["metadata"]
        name = f"{meta.get('namespace', 'default')}-{meta['name']}"
        groups = (doc.get("spec") or {}).get("groups") or []
        if not groups:
            raise PromtoolError(f"PrometheusRule {name!r} has no spec.groups: nothing to check")
        path = folder / f"{name}.yaml"
        if path in files:
            raise PromtoolError(f"two PrometheusRules would write {path.name!r}: namespace/name must be unique")
        path.write_text(yaml.safe_dump({"groups": groups}, sort_keys=False))
        files.append(path)
    return files


def group_count(docs: Iterable[Mapping]) -> int:
    return sum(len(d["spec"]["groups"]) for d in rule_documents(docs))


def _run(args: Sequence[str], cwd: pathlib.Path) -> str:
    proc = subprocess.run([str(PROMTOOL), *args], cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    report = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise PromtoolError(f"promtool {' '.join(args[:2])} failed (exit {proc.returncode}):\n{report}")
    return report


def check_rules(files: Sequence[pathlib.Path], *, lint_fatal: bool = True) -> str:
    """`promtool check rules` on `files`: syntax, types, template annotations, and duplicate rules (fatal unless
    `lint_fatal` is False: upstream charts' own rules carry some, reported then). Returns its report."""
    if not files:
        raise PromtoolError("no rules files to check")
    return _run(["check", "rules", "--lint=all", *(["--lint-fatal"] if lint_fatal else []), *map(str, files)],
                cwd=files[0].parent)


def run_rule_tests(test_file: pathlib.Path) -> str:
    """`promtool test rules` on one unit-test file; its rule_files are relative to the file's folder."""
    return _run(["test", "rules", str(test_file)], cwd=test_file.parent)
