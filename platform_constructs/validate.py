"""Validate a rendered tree with the field's own tools, and print a short report.

    python -m platform_constructs validate DIR [--crd-dir DIR] [--k8s-versions 1.31,...] [--env prod]
                                               [--registry HOST[/PATH]] [--checkov PATH]

1. built-in kinds: kubernetes-validate, strict (unknown fields are errors), for each Kubernetes minor;
2. custom resources: the upstream CRD's openAPIV3Schema, strictly (`--crd-dir`, a folder of CRD YAML);
3. the platform's guardrails: every object evaluated against its environment's Kyverno policies with a real
   CEL engine (expired PolicyExceptions fail). The environment comes from the object's place in the GitOps
   layout (platform/<env>/, clusters/<env>/, apps/<app>/envs/<env>/); any other object, such as a team
   repository's output, is judged as `--env` (default prod, the strictest). The policies are the tree's own
   (platform/<env>/) or, where it holds none, the ones this library renders for that environment;
4. checkov's Kubernetes checks, offline; a skip counts only when the object carries it as a
   `checkov.io/skip<N>: CKV_K8S_<id>=<reason>` annotation with a written reason. checkov pins libraries that
   clash with kubernetes-validate, so it lives in a virtual environment of its own: `--checkov PATH`, else
   `checkov` on PATH, else the step is reported as not checked, with the reason.

Needs the `validate` extra (pip install 'platform-constructs[validate]'). Exit status 0 when all pass, 1 otherwise.
"""
from __future__ import annotations

import argparse
import copy
import dataclasses
import datetime
import functools
import json
import pathlib
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping

import yaml

from .guardrails import TEMPLATE_SUFFIX, Guardrails, GuardrailsProps, evaluate_tree
from .settings import ENVIRONMENT_NAMES, environment
from .traffic import environment_of

DEFAULT_VERSIONS = ("1.31", "1.32", "1.33", "1.34", "1.35", "1.36")
"""The Kubernetes minors checked by default (README "Validation" lists the same: tests/test_readme.py)."""
DEFAULT_ENV = "prod"
"""The environment whose policies judge objects outside the GitOps layout: prod, the strictest (Enforce, digests)."""
EXTRA = "pip install 'platform-constructs[validate]'"
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
# The image-registry policy lists the platform's registries, which only the platform knows (its AWS app): without
# --registry the library's own policies leave it out, and the report says so.
REGISTRY_POLICY = "restrict-image-registries"


class ValidateError(Exception):
    """Input the validator cannot judge (no tree, a file that does not parse): reported, never a traceback."""


def load_tree(root: pathlib.Path) -> list[tuple[str, dict]]:
    if not root.is_dir():
        raise ValidateError(f"{root}: not a folder: give the rendered tree (such as dist/)")
    docs = []
    for path in sorted(root.rglob("*.yaml")):
        try:
            found = list(yaml.load_all(path.read_text(), Loader=Loader))
        except yaml.YAMLError as e:
            raise ValidateError(f"{path}: not YAML: {e}") from None
        for doc in found:
            if not doc:
                continue
            if not isinstance(doc, dict) or not doc.get("kind"):
                raise ValidateError(f"{path}: not a Kubernetes object (no 'kind'): {str(doc)[:80]!r}")
            docs.append((str(path.relative_to(root)), doc))
    if not docs:
        raise ValidateError(f"{root}: no Kubernetes objects in its *.yaml files: nothing to validate")
    return docs


def group_of(doc: dict) -> str:
    api = doc.get("apiVersion", "")
    return api.split("/")[0] if "/" in api else ""


def check_builtin(docs: list[tuple[str, dict]], versions: list[str]) -> list[str]:
    import kubernetes_validate
    from kubernetes_validate import utils

    # kubernetes-validate reads and parses the version's schema files (its _definitions.json is megabytes) again
    # for every object it checks: parsed once per file, the six versions of dist/ take 0.9 s of CPU instead of 15 s.
    if not hasattr(utils.schema_contents, "cache_info"):
        utils.schema_contents = functools.cache(utils.schema_contents)

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
    if not crd_dir.is_dir():
        raise ValidateError(f"--crd-dir {crd_dir}: not a folder of CRD YAML files")
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
    import jsonschema

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


def library_policies(env_name: str, registries: list[str]) -> list[Mapping]:
    """The guardrail policies this library renders for an environment, for trees that carry none of their own.

    Image signatures (ImageValidatingPolicy) are not rendered: they need the registry and the transparency log,
    so Kyverno checks them at admission. Without `registries` the registry policy is left out (see REGISTRY_POLICY).
    """
    import cdk8s

    if env_name not in ENVIRONMENT_NAMES:
        raise ValidateError(f"the tree has objects of environment {env_name!r} (from their paths) and no policies for it: "
                            f"platform_constructs renders policies for {', '.join(ENVIRONMENT_NAMES)}")
    env = dataclasses.replace(environment(env_name), verify_image_signatures=False)
    chart = cdk8s.Chart(cdk8s.App(), "policies")
    # A registry is required to render the catalogue; the policy naming it is dropped below when none was given.
    Guardrails(chart, "guardrails", props=GuardrailsProps(env=env, allowed_registries=registries or ["registry.invalid"]))
    dropped = () if registries else (REGISTRY_POLICY, REGISTRY_POLICY + TEMPLATE_SUFFIX)
    return [p for p in chart.to_json() if p["metadata"]["name"] not in dropped]


def check_guardrails(docs: list[tuple[str, dict]], env: str, registries: list[str]) -> tuple[list[str], list[str]]:
    """(errors, report lines): every object against its environment's policies (see the module docstring)."""
    rendered: list[str] = []

    def policies_for(name: str) -> list[Mapping]:
        rendered.append(name)
        return library_policies(name, registries)

    violations = evaluate_tree(docs, today=datetime.date.today(), env=env, policies_for=policies_for)
    outside = sum(environment_of(path) is None for path, _ in docs)
    envs = sorted({environment_of(path) or env for path, _ in docs}, key=lambda e: (ENVIRONMENT_NAMES + (e,)).index(e))
    lines = [f"{e}: the policies platform_constructs renders for {e} (the tree holds none)" if e in rendered
             else f"{e}: the tree's own policies in platform/{e}/" for e in envs]
    if outside:
        lines.append(f"{outside} objects outside the platform/<env>/, clusters/<env>/, apps/<app>/envs/<env>/ layout, "
                     f"judged as {env} (--env)")
    if rendered and not registries:
        lines.append(f"not checked: {REGISTRY_POLICY} (the platform's registries are not in this tree: pass --registry "
                     "for each, such as '<account>.dkr.ecr.<region>.amazonaws.com')")
    if rendered:
        lines.append("not checked here: image signatures (Kyverno verifies them at admission)")
    return [f"guardrails: {v}" for v in violations], lines


def find_checkov(given: pathlib.Path | None) -> tuple[str | None, str]:
    """(the checkov to run, or None, and why it was chosen or skipped)."""
    if given is not None:
        if not given.is_file():
            raise ValidateError(f"--checkov {given}: no such file: install checkov in its own virtual environment "
                                "(python -m venv .venv-checkov && .venv-checkov/bin/pip install checkov)")
        return str(given), f"--checkov {given}"
    found = shutil.which("checkov")
    if found:
        return found, f"{found}, from PATH"
    return None, ("not checked: no --checkov given and no checkov on PATH (it needs a virtual environment of its own: "
                  "python -m venv .venv-checkov && .venv-checkov/bin/pip install checkov, then --checkov .venv-checkov/bin/checkov)")


def check_checkov(root: pathlib.Path, checkov: str) -> tuple[list[str], dict]:
    proc = subprocess.run([checkov, "-d", str(root), "--framework", "kubernetes", "--skip-download",
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


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m platform_constructs validate", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dist", type=pathlib.Path, help="the rendered tree (a folder of YAML files)")
    p.add_argument("--crd-dir", type=pathlib.Path, help="folder of upstream CRD YAML to validate custom resources against")
    p.add_argument("--k8s-versions", default=",".join(DEFAULT_VERSIONS), help="Kubernetes minors, comma-separated")
    p.add_argument("--env", default=DEFAULT_ENV, choices=ENVIRONMENT_NAMES,
                   help=f"the environment whose policies judge objects outside the GitOps layout (default: {DEFAULT_ENV}, the strictest)")
    p.add_argument("--registry", action="append", default=[],
                   help="a registry (or registry/path prefix) the platform admits images from; repeat for each")
    p.add_argument("--checkov", type=pathlib.Path, help="the checkov executable (default: checkov on PATH)")
    return p


def missing_extra() -> str | None:
    """The first validation dependency that is not installed, or None."""
    import importlib.util

    for module in ("kubernetes_validate", "jsonschema", "cel_expr_python"):
        if importlib.util.find_spec(module) is None:
            return module
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if (module := missing_extra()) is not None:
        print(f"validate: error: {module!r} is not installed: validation needs the 'validate' extra: {EXTRA}", file=sys.stderr)
        return 1
    try:
        return run(args)
    except ValidateError as e:
        print(f"validate: error: {e}", file=sys.stderr)
        return 1


def run(args: argparse.Namespace) -> int:
    docs = load_tree(args.dist)
    checkov, checkov_how = find_checkov(args.checkov)
    schemas = load_crd_schemas(args.crd_dir) if args.crd_dir else None
    versions = [v.strip() for v in args.k8s_versions.split(",") if v.strip()]
    kinds = Counter(group_of(d) in BUILTIN_GROUPS for _, d in docs)
    print(f"validate: {len(docs)} objects in {args.dist} ({kinds[True]} built-in, {kinds[False]} custom)")

    errors = check_builtin(docs, versions)
    print(f"  kubernetes-validate --strict {', '.join(versions)}: "
          f"{'ok' if not errors else f'{len(errors)} errors'}")
    if schemas is not None:
        crd_errors, n, unchecked = check_custom(docs, schemas)
        print(f"  CRD schemas ({args.crd_dir}): {n} custom resources, {'ok' if not crd_errors else f'{len(crd_errors)} errors'}")
        for (api, kind), count in sorted(unchecked.items()):
            print(f"    not checked: {count} {api} {kind} ({NO_LOCAL_CRD[(api, kind)]})")
        errors += crd_errors
    else:
        print("  CRD schemas: not checked (no --crd-dir given)")
    guard_errors, lines = check_guardrails(docs, args.env, args.registry)
    print(f"  guardrails (CEL, every object against its environment's Kyverno policies): "
          f"{'ok' if not guard_errors else f'{len(guard_errors)} violations'}")
    for line in lines:
        print(f"    {line}")
    errors += guard_errors
    if checkov is None:
        print(f"  checkov kubernetes: {checkov_how}")
    else:
        ck_errors, summary = check_checkov(args.dist, checkov)
        print(f"  checkov kubernetes ({checkov_how}): {summary.get('passed', 0)} passed, {summary.get('failed', 0)} failed, "
              f"{summary.get('skipped', 0)} skipped with reasons")
        errors += ck_errors
    for e in errors:
        print(f"  FAIL {e}")
    print("validate: ok" if not errors else f"validate: {len(errors)} problems")
    return 1 if errors else 0
