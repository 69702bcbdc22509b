#!/usr/bin/env python3
"""Validate a rendered GitOps tree with the field's own tools, and print a short report.

    python tools/validate.py [DIST] [--crd-dir DIR] [--k8s-versions 1.31,1.32,1.33,1.34]

1. built-in kinds: kubernetes-validate, strict (unknown fields are errors), for each Kubernetes minor;
2. custom resources: the upstream CRD's openAPIV3Schema, strictly (`--crd-dir`, a folder of CRD YAML);
3. the platform's guardrails: every workload evaluated against its environment's Kyverno policies with a
   real CEL engine (expired PolicyExceptions fail);
4. checkov's Kubernetes checks, offline; a skip counts only when the object carries it as a
   `checkov.io/skip<N>: CKV_K8S_<id>=<reason>` annotation with a written reason.

Exit status 0 when all pass, 1 otherwise.
"""
from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import pathlib
import subprocess
import sys
from collections import Counter

import jsonschema
import kubernetes_validate
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The guardrail evaluation imports cdk8s, whose jsii runs `node` from PATH: use the pinned, supported Node.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
from platform_constructs.guardrails import evaluate_tree  # noqa: E402

DEFAULT_VERSIONS = ("1.31", "1.32", "1.33", "1.34", "1.35", "1.36")
BUILTIN_GROUPS = {"", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
                  "storage.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io",
                  "admissionregistration.k8s.io", "apiextensions.k8s.io", "certificates.k8s.io", "node.k8s.io"}
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Custom resources whose CRD is not among the upstream copies we validate against: reported as not
# checked, with the reason, instead of silently passing or failing for want of a schema.
NO_LOCAL_CRD = {
    ("policies.kyverno.io/v1", "PolicyException"):
        "Kyverno v1.19.0's policies.kyverno.io PolicyException CRD is not among the shared upstream copies; "
        "tests/test_guardrails.py asserts its structure and the CEL suite evaluates it",
}


def load_tree(root: pathlib.Path) -> list[tuple[str, dict]]:
    docs = []
    for path in sorted(root.rglob("*.yaml")):
        for doc in yaml.load_all(path.read_text(), Loader=Loader):
            if doc:
                docs.append((str(path.relative_to(root)), doc))
    return docs


def group_of(doc: dict) -> str:
    api = doc.get("apiVersion", "")
    return api.split("/")[0] if "/" in api else ""


def check_builtin(docs: list[tuple[str, dict]], versions: list[str]) -> list[str]:
    errors = []
    for version in versions:
        for path, doc in docs:
            if group_of(doc) not in BUILTIN_GROUPS:
                continue
            try:
                kubernetes_validate.validate(doc, f"{version}.0", strict=True)
            except kubernetes_validate.ValidationError as e:
                where = "/".join(str(p) for p in e.path)
                errors.append(f"k8s {version}: {path}: {where}: {e.message}")
            except (kubernetes_validate.SchemaNotFoundError, kubernetes_validate.InvalidSchemaError) as e:
                errors.append(f"k8s {version}: {path}: {e}")
    return errors


def _strict(node: object) -> None:
    """Turn a structural CRD schema into strict JSON Schema, the way the API server prunes and rejects."""
    if not isinstance(node, dict):
        return
    if node.get("x-kubernetes-int-or-string"):
        node.pop("type", None)
        node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.get("nullable") and isinstance(node.get("type"), str):
        node["type"] = [node["type"], "null"]
    if isinstance(node.get("properties"), dict):
        for child in node["properties"].values():
            _strict(child)
        if not node.get("x-kubernetes-preserve-unknown-fields"):
            node.setdefault("additionalProperties", False)
    for key in ("additionalProperties", "items"):
        _strict(node.get(key))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            _strict(sub)


def load_crd_schemas(crd_dir: pathlib.Path) -> dict[tuple[str, str], dict]:
    schemas = {}
    for path in sorted(crd_dir.glob("*.yaml")):
        for doc in yaml.load_all(path.read_text(), Loader=Loader):
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            for ver in spec["versions"]:
                schema = copy.deepcopy((ver.get("schema") or {}).get("openAPIV3Schema") or {})
                if not schema:
                    continue
                _strict(schema)
                schema.setdefault("properties", {})["metadata"] = {"type": "object"}
                schemas[(f"{spec['group']}/{ver['name']}", spec["names"]["kind"])] = schema
    return schemas


def check_custom(docs: list[tuple[str, dict]], schemas: dict[tuple[str, str], dict]) -> tuple[list[str], int, Counter[tuple[str, str]]]:
    errors: list[str] = []
    count = 0
    unchecked: Counter[tuple[str, str]] = Counter()
    for path, doc in docs:
        if group_of(doc) in BUILTIN_GROUPS:
            continue
        key = (doc.get("apiVersion", ""), doc.get("kind", ""))
        schema = schemas.get(key)
        if schema is None and key in NO_LOCAL_CRD:
            unchecked[key] += 1
            continue
        if schema is None:
            errors.append(f"crd: {path}: no CRD for {doc.get('apiVersion')} {doc.get('kind')}")
            continue
        count += 1
        for err in sorted(jsonschema.Draft7Validator(schema).iter_errors(doc), key=lambda e: list(e.path)):
            errors.append(f"crd: {path}: {'/'.join(map(str, err.path))}: {err.message}")
    return errors, count, unchecked


def checkov_binary() -> str:
    local = ROOT / ".venv-checkov" / "bin" / "checkov"
    return str(local) if local.exists() else "checkov"


def check_checkov(root: pathlib.Path, docs: list[tuple[str, dict]]) -> tuple[list[str], dict]:
    proc = subprocess.run([checkov_binary(), "-d", str(root), "--framework", "kubernetes", "--skip-download",
                           "--quiet", "--compact", "-o", "json"], capture_output=True, text=True)
    try:
        reports = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError:
        return [f"checkov: no JSON report (exit {proc.returncode}): {proc.stderr.strip()[-500:]}"], {}
    reports = reports if isinstance(reports, list) else [reports]
    errors: list[str] = []
    summary: Counter[str] = Counter()
    for report in reports:
        for key in ("passed", "failed", "skipped", "parsing_errors"):
            summary[key] += report.get("summary", {}).get(key, 0)
        for f in report.get("results", {}).get("failed_checks", []):
            errors.append(f"checkov: {f['file_path'].lstrip('/')}: {f['check_id']} {f['check_name']} ({f['resource']})")
        for s in report.get("results", {}).get("skipped_checks", []):
            reason = (s.get("check_result") or {}).get("suppress_comment", "").strip()
            if not reason or reason.lower().startswith("no comment"):
                errors.append(f"checkov: {s['file_path'].lstrip('/')}: {s['check_id']} skipped without a written reason")
    if summary["parsing_errors"]:
        errors.append(f"checkov: {summary['parsing_errors']} files did not parse")
    return errors, dict(summary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", nargs="?", type=pathlib.Path, default=ROOT / "dist")
    parser.add_argument("--crd-dir", type=pathlib.Path, help="folder of upstream CRD YAML to validate custom resources against")
    parser.add_argument("--k8s-versions", default=",".join(DEFAULT_VERSIONS), help="Kubernetes minors, comma-separated")
    args = parser.parse_args(argv)

    docs = load_tree(args.dist)
    versions = [v.strip() for v in args.k8s_versions.split(",") if v.strip()]
    kinds = Counter(group_of(d) in BUILTIN_GROUPS for _, d in docs)
    print(f"validate: {len(docs)} objects in {args.dist} ({kinds[True]} built-in, {kinds[False]} custom)")

    errors = check_builtin(docs, versions)
    print(f"  kubernetes-validate --strict {', '.join(versions)}: "
          f"{'ok' if not errors else f'{len(errors)} errors'}")
    if args.crd_dir:
        crd_errors, n, unchecked = check_custom(docs, load_crd_schemas(args.crd_dir))
        print(f"  CRD schemas ({args.crd_dir}): {n} custom resources, {'ok' if not crd_errors else f'{len(crd_errors)} errors'}")
        for (api, kind), count in sorted(unchecked.items()):
            print(f"    not checked: {count} {api} {kind} ({NO_LOCAL_CRD[(api, kind)]})")
        errors += crd_errors
    else:
        print("  CRD schemas: not checked (no --crd-dir given)")
    violations = evaluate_tree(docs, today=datetime.date.today())
    print(f"  guardrails (CEL, every workload against its environment's Kyverno policies): "
          f"{'ok' if not violations else f'{len(violations)} violations'}")
    errors += [f"guardrails: {v}" for v in violations]
    ck_errors, summary = check_checkov(args.dist, docs)
    print(f"  checkov kubernetes: {summary.get('passed', 0)} passed, {summary.get('failed', 0)} failed, "
          f"{summary.get('skipped', 0)} skipped with reasons")
    errors += ck_errors
    for e in errors:
        print(f"  FAIL {e}")
    print("validate: ok" if not errors else f"validate: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
