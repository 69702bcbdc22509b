"""A small Kyverno ValidatingPolicy evaluator on a real CEL engine (cel-expr-python, the CEL C++ runtime).

It runs what Kyverno runs at admission for the parts that can be checked offline: match rules, match
conditions, variables (in order, each seeing the ones before) and validations, with the optional-field
syntax (`?.`, `orValue`) and the string extensions Kubernetes CEL has. Pod controllers are evaluated the
way Kyverno's auto-generation does it: the policy's own text with `object.spec` and `object.metadata`
pointed at the pod template (`object.metadata.name` and `.namespace` stay on the controller).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

# Kind -> (API group, resource), for the kinds the platform's policies match. A kind outside this list that
# carries a pod (see `carries_pod`) is refused by `guardrails.judge`: the emulation cannot say what Kyverno would.
RESOURCES = {
    "Pod": ("", "pods"), "Service": ("", "services"), "ReplicationController": ("", "replicationcontrollers"),
    "PersistentVolume": ("", "persistentvolumes"), "PersistentVolumeClaim": ("", "persistentvolumeclaims"),
    "Deployment": ("apps", "deployments"), "StatefulSet": ("apps", "statefulsets"),
    "DaemonSet": ("apps", "daemonsets"), "ReplicaSet": ("apps", "replicasets"),
    "Job": ("batch", "jobs"), "CronJob": ("batch", "cronjobs"),
    "Rollout": ("argoproj.io", "rollouts"),
}
# Kyverno's auto-generation: controller resource -> where its pod template lives. Rollouts are not on
# Kyverno's list; the platform renders explicit Rollout policies (see guardrails.py).
POD_CONTROLLERS = {
    "daemonsets": "spec.template", "deployments": "spec.template", "jobs": "spec.template",
    "replicasets": "spec.template", "statefulsets": "spec.template",
    "cronjobs": "spec.jobTemplate.spec.template",
}
# Kyverno v1.19 (pkg/cel/autogen/replacement.go) keeps only `.namespace` on the controller.
_PROTECTED = re.compile(r"\.namespace(?![A-Za-z0-9_])")


def point_at_template(text: str, template: str) -> str:
    """Rewrite a pod expression to read the pod template at `template` ('spec.template' or the CronJob's
    path), as Kyverno's autogen does: textual, for `object.` and `oldObject.`, keeping `metadata.namespace`
    on the controller itself."""
    for root in ("object", "oldObject"):
        for part in ("spec", "metadata"):
            src = f"{root}.{part}"
            out, i = [], 0
            while (j := text.find(src, i)) >= 0:
                out.append(text[i:j])
                rest = text[j + len(src):]
                # Kyverno rewrites `object.specX` too (a plain byte replacement), so no identifier check here.
                if part == "metadata" and _PROTECTED.match(rest) is not None:
                    out.append(src)
                else:
                    out.append(f"{root}.{template}.{part}")
                i = j + len(src)
            out.append(text[i:])
            text = "".join(out)
    return text


@functools.cache
def _env():  # imported here: rendering policies does not need the engine, only evaluating them does
    from cel_expr_python import cel
    from cel_expr_python.ext import ext_optional, ext_strings

    names = ("object", "oldObject", "request", "variables", "namespaceObject")
    return cel.NewEnv(variables={n: cel.Type.DYN for n in names},
                      extensions=[ext_strings.ExtStrings(), ext_optional.ExtOptional()])


@functools.cache
def _compile(expression: str):
    return _env().compile(expression)


class CelError(Exception):
    """An expression did not compile or did not evaluate to a value (Kyverno: a policy error)."""


def run(expression: str, data: Mapping[str, object]) -> object:
    """Evaluate one expression; compile and runtime errors raise CelError naming the expression."""
    try:
        value = _compile(expression).eval(data=dict(data))
    except RuntimeError as e:
        raise CelError(f"{expression!r} does not compile: {str(e).splitlines()[0]}") from None
    if value.type().name() == "ERROR":
        raise CelError(f"{expression!r} failed: {value.value()}")
    return value.plain_value()


@dataclass(frozen=True, slots=True)
class Failure:
    """One validation of one policy that a resource failed."""

    message: str
    expression: str


def matches(spec: Mapping, kind: str, operation: str = "CREATE") -> str | None:
    """How `spec` (a ValidatingPolicy spec) applies to a `kind` on `operation`: 'direct', the pod-template path
    for an auto-generated controller rule, or None when it does not apply."""
    group, resource = RESOURCES.get(kind, (None, None))
    if group is None:
        return None
    rules = (spec.get("matchConstraints") or {}).get("resourceRules") or []
    rules = [r for r in rules if operation in r.get("operations", []) or "*" in r.get("operations", [])]
    for rule in rules:
        if group in rule.get("apiGroups", []) and resource in rule.get("resources", []):
            return "direct"
    if resource in POD_CONTROLLERS and _autogen(spec, rules):
        controllers = ((spec.get("autogen") or {}).get("podControllers") or {}).get("controllers")
        if controllers is None or resource in controllers:
            return POD_CONTROLLERS[resource]
    return None


def _autogen(spec: Mapping, rules: list) -> bool:
    """Kyverno's CanAutoGen: one rule on core v1 pods, no selectors, exclusions or resource names."""
    mc = spec.get("matchConstraints") or {}
    if any((mc.get(k) or {}).get("matchLabels") or (mc.get(k) or {}).get("matchExpressions")
           for k in ("namespaceSelector", "objectSelector")) or mc.get("excludeResourceRules"):
        return False
    return (len(rules) == 1 and rules[0].get("apiGroups") == [""] and rules[0].get("apiVersions") == ["v1"]
            and rules[0].get("resources") == ["pods"] and not rules[0].get("resourceNames"))


def carries_pod(manifest: Mapping) -> bool:
    """Whether a manifest holds a pod spec (containers with images) anywhere in its `spec` or `template`."""
    def walk(node: object) -> bool:
        if isinstance(node, Mapping):
            containers = node.get("containers")
            if isinstance(containers, list) and any(isinstance(c, Mapping) and "image" in c for c in containers):
                return True
            return any(walk(v) for v in node.values())
        return isinstance(node, list) and any(walk(v) for v in node)
    return walk(manifest.get("spec")) or walk(manifest.get("template"))


def _data(manifest: Mapping, operation: str = "CREATE") -> dict[str, object]:
    # UPDATE: the object as it would be stored, also its old self (Kyverno's CLI does the same).
    return {"object": dict(manifest), "oldObject": dict(manifest) if operation == "UPDATE" else None,
            "namespaceObject": None, "variables": {},
            "request": {"operation": operation, "kind": {"kind": manifest.get("kind")},
                        "namespace": (manifest.get("metadata") or {}).get("namespace", "")}}


def _rewrite(how: str):
    return (lambda s: s) if how == "direct" else (lambda s: point_at_template(s, how))


def applies(spec: Mapping, manifest: Mapping, how: str, operation: str = "CREATE") -> bool:
    """Whether the match conditions of `spec` hold for `manifest` (autogen rewrites them too)."""
    rewrite, data = _rewrite(how), _data(manifest, operation)
    return all(run(rewrite(cond["expression"]), data) is True for cond in spec.get("matchConditions") or [])


def failures(spec: Mapping, manifest: Mapping, how: str, operation: str = "CREATE") -> Iterator[Failure]:
    """The validations of `spec` that `manifest` fails, evaluated `how` (see `matches`), once `applies`."""
    rewrite, data = _rewrite(how), _data(manifest, operation)
    variables: dict[str, object] = {}
    data["variables"] = variables
    for var in spec.get("variables") or []:
        variables[var["name"]] = run(rewrite(var["expression"]), data)
    for rule in spec.get("validations") or []:
        expression = rewrite(rule["expression"])
        if run(expression, data) is not True:
            message = rule.get("message") or f"failed expression: {rule['expression']}"
            if rule.get("messageExpression"):
                message = str(run(rewrite(rule["messageExpression"]), data))
            yield Failure(message, expression)


def condition_holds(expression: str, manifest: Mapping) -> bool:
    """A PolicyException match condition on a manifest as it stands."""
    return run(expression, {"object": dict(manifest), "oldObject": None, "variables": {}, "namespaceObject": None,
                            "request": {"operation": "CREATE"}}) is True
