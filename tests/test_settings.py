"""Documented defaults equal the code's defaults, and environments differ only through settings."""
import ast
import dataclasses
import enum
import inspect
import re

import pytest

from platform_constructs import (
    Autoscaling,
    EnvironmentSettings,
    IngressOptions,
    IsolatedNamespaceProps,
    NamespaceQuota,
    Resources,
    SecureAppProps,
    _pod,
    environment,
    environments,
)

PROPS = [Autoscaling, EnvironmentSettings, IngressOptions, IsolatedNamespaceProps, NamespaceQuota, Resources, SecureAppProps]


def field_docs(cls) -> dict[str, str]:
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body
    docs = {}
    for node, nxt in zip(body, body[1:], strict=False):
        if isinstance(node, ast.AnnAssign) and isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
            docs[node.target.id] = nxt.value.value
    return docs


@pytest.mark.parametrize("cls", PROPS, ids=lambda c: c.__name__)
def test_every_field_is_documented(cls):
    docs = field_docs(cls)
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in docs]
    assert missing == []


@pytest.mark.parametrize("cls", PROPS, ids=lambda c: c.__name__)
def test_documented_scalar_defaults_match_code(cls):
    docs = field_docs(cls)
    checked = 0
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING or f.default is None or isinstance(f.default, tuple):
            continue
        value = f.default.name if isinstance(f.default, enum.Enum) else getattr(f.default, "key", f.default)
        m = re.search(r"Default: '?([^\s',;]+)", docs[f.name])
        assert m, f"{cls.__name__}.{f.name} has a default ({value!r}) but its docstring states none"
        stated = m.group(1).rstrip(".")
        assert stated == str(value).replace("percent", ""), f"{cls.__name__}.{f.name}: docs say {stated}, code says {value!r}"
        checked += 1
    assert checked >= 1 or cls in (IsolatedNamespaceProps,)


def test_environment_promotion_order_and_strictness():
    dev, stage, prod = environments()
    assert [e.name for e in (dev, stage, prod)] == ["dev", "stage", "prod"]
    assert not dev.require_image_digest and stage.require_image_digest and prod.require_image_digest
    assert prod.allow_exec is False and prod.allow_secret_read is False
    # prod syncs by itself only inside its window; a sync by hand (break glass) at any hour
    assert prod.auto_sync and prod.sync_windows and all(w.manual_sync for w in prod.sync_windows)
    assert dev.policy_action.value == "Audit" and prod.policy_action.value == "Enforce"
    assert dev.replicas < stage.replicas < prod.replicas
    assert all(e.problems() == [] for e in (dev, stage, prod))


def test_invalid_settings_are_reported():
    bad = dataclasses.replace(environment("dev"), replicas=0, resources=Resources(memory_request="lots"))
    fields = [p.field for p in bad.problems()]
    assert fields == ["resources.memory_request", "replicas"]


def test_probe_defaults():
    assert _pod.HttpProbes().liveness_path == "/healthz"
