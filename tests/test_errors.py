"""Errors a person can act on (issue 15): a construct id used twice, or two objects that would share one file of the
GitOps tree, is a domain error naming the constructs involved, never jsii's "There is already a Construct with name"
and never one object silently replacing another."""
import dataclasses
import importlib
import inspect
import pkgutil

import cdk8s
import constructs
import pytest
from cdk8s_plus_27 import k8s
from test_argocd import project_props
from test_guardrails import EXCEPTION
from test_guardrails import props as guardrail_props
from test_isolated_namespace import ns_props
from test_secure_app import props as app_props

import platform_constructs
from platform_constructs import (
    CanaryRollout,
    CanaryRolloutProps,
    Guardrails,
    IsolatedNamespace,
    LayoutChart,
    PropsError,
    SecureApp,
    TeamProject,
    render,
)
from platform_constructs.output import OutputError


def public_constructs() -> list[type]:
    """Every public Construct subclass the library defines (the generated CRD bindings under imports/ aside)."""
    found = {}
    for module in pkgutil.iter_modules(platform_constructs.__path__):
        if module.name.startswith("_") or module.name == "imports":
            continue
        for name, value in vars(importlib.import_module(f"platform_constructs.{module.name}")).items():
            if (inspect.isclass(value) and issubclass(value, constructs.Construct) and not name.startswith("_")
                    and value.__module__ == f"platform_constructs.{module.name}"):
                found[name] = value
    return [found[name] for name in sorted(found)]


def test_the_discovery_finds_the_constructs_the_brief_names():
    names = {c.__name__ for c in public_constructs()}
    assert {"SecureApp", "CanaryRollout", "IsolatedNamespace", "PostgresCluster", "BackupSchedule", "Guardrails",
            "TeamProject", "ClusterBootstrap", "PlatformAddons", "PrometheusRule", "AppMonitoring", "LayoutChart"} <= names
    assert len(names) >= 17


def required_keywords(cls: type) -> dict[str, None]:
    """None for each keyword the constructor requires: the id check must refuse before it reads any of them."""
    params = inspect.signature(cls.__init__).parameters.values()
    return {p.name: None for p in params if p.kind is p.KEYWORD_ONLY and p.default is p.empty}


@pytest.mark.parametrize("cls", public_constructs(), ids=lambda c: c.__name__)
def test_every_construct_refuses_an_id_its_scope_already_has(cls):
    app = cdk8s.App()
    scope = app if issubclass(cls, cdk8s.Chart) else cdk8s.Chart(app, "dev")
    constructs.Construct(scope, "api")
    with pytest.raises(PropsError) as error:
        cls(scope, "api", **required_keywords(cls))
    where, path = ("the app", "api") if scope is app else ("'dev'", "dev/api")
    assert str(error.value) == (f"invalid {cls.__name__} at '{path}':\n"
                                f"  - id: 'api' is not allowed: an id no other construct in {where} has "
                                f"(the Construct at '{path}' has it)")
    assert [c.node.id for c in scope.node.children] == ["api"], "nothing of the refused construct is left behind"


def taken(kind: str, path: str, scope: str = "'dev'") -> str:
    """The message for a second construct of kind `kind` on the id of the one at `path`."""
    return f"an id no other construct in {scope} has (the {kind} at '{path}' has it)"


@pytest.mark.parametrize(("first", "second", "message"), [
    (lambda c: SecureApp(c, "api", props=app_props()), lambda c: SecureApp(c, "api", props=app_props(name="billing")),
     f"invalid SecureApp at 'dev/api':\n  - id: 'api' is not allowed: {taken('SecureApp', 'dev/api')}"),
    (lambda c: SecureApp(c, "api", props=app_props()),  # the error blames the rollout, not the SecureApp it extends
     lambda c: CanaryRollout(c, "api", props=CanaryRolloutProps.of(app_props(name="web"))),
     f"invalid CanaryRollout at 'dev/api':\n  - id: 'api' is not allowed: {taken('SecureApp', 'dev/api')}"),
    (lambda c: IsolatedNamespace(c, "shop", props=ns_props()), lambda c: IsolatedNamespace(c, "shop", props=ns_props(name="payments")),
     f"invalid IsolatedNamespace at 'dev/shop':\n  - id: 'shop' is not allowed: {taken('IsolatedNamespace', 'dev/shop')}"),
    (lambda c: LayoutChart(c.node.scope, "platform", path="platform/dev"),
     lambda c: LayoutChart(c.node.scope, "platform", path="platform/stage"),
     f"invalid LayoutChart at 'platform':\n  - id: 'platform' is not allowed: {taken('LayoutChart', 'platform', 'the app')}"),
])
def test_a_second_construct_on_a_taken_id_is_refused_naming_both(first, second, message):
    chart = cdk8s.Chart(cdk8s.App(), "dev")
    first(chart)
    with pytest.raises(PropsError) as error:
        second(chart)
    assert str(error.value) == message


def test_a_bad_layout_path_is_a_props_error():
    with pytest.raises(PropsError, match=r"^invalid LayoutChart at 'c':\n  - path: '../etc' is not allowed: a relative folder"):
        LayoutChart(cdk8s.App(), "c", path="../etc")


# --- two objects, one file ------------------------------------------------------------------


def test_two_objects_for_one_file_name_both_constructs():
    app = cdk8s.App()
    chart = LayoutChart(app, "shop", path="apps/shop/envs/dev")
    SecureApp(chart, "api", props=app_props())
    SecureApp(chart, "api-v2", props=app_props())  # same name and namespace: every object collides
    with pytest.raises(OutputError) as error:
        render([chart])
    message = str(error.value)
    assert message.startswith("two objects render to 'apps/shop/envs/dev/shop/")
    assert "'shop/api/" in message and "'shop/api-v2/" in message, message
    assert message.endswith("give them distinct names (or namespaces)"), message


def test_objects_of_two_charts_for_one_folder_name_both_charts():
    app = cdk8s.App()
    first, second = (LayoutChart(app, id, path="platform/dev") for id in ("first", "second"))
    for chart in (first, second):
        k8s.KubeConfigMap(chart, "settings", metadata=k8s.ObjectMeta(name="settings", namespace="shop"))
    with pytest.raises(OutputError) as error:
        render([first, second])
    assert str(error.value) == ("two objects render to 'platform/dev/shop/configmap-settings.yaml': 'first/settings' and "
                                "'second/settings' are both ConfigMap 'settings' in namespace 'shop', and one would "
                                "replace the other: give them distinct names (or namespaces)")


def test_distinct_objects_in_one_folder_render_side_by_side():
    app = cdk8s.App()
    first, second = (LayoutChart(app, id, path="platform/dev") for id in ("first", "second"))
    k8s.KubeConfigMap(first, "a", metadata=k8s.ObjectMeta(name="a", namespace="shop"))
    k8s.KubeConfigMap(second, "b", metadata=k8s.ObjectMeta(name="b", namespace="shop"))
    k8s.KubeNamespace(second, "ns", metadata=k8s.ObjectMeta(name="shop"))
    assert sorted(render([first, second])) == ["platform/dev/_cluster/namespace-shop.yaml",
                                              "platform/dev/shop/configmap-a.yaml", "platform/dev/shop/configmap-b.yaml"]


# --- add_* methods: the child they add has an id from the caller ------------------------------


def test_an_exception_named_twice_is_refused():
    chart = cdk8s.Chart(cdk8s.App(), "dev")
    guardrails = Guardrails(chart, "guardrails", props=guardrail_props())
    guardrails.add_exception(EXCEPTION)
    with pytest.raises(PropsError) as error:
        guardrails.add_exception(dataclasses.replace(EXCEPTION, resource_name="other-batch"))
    assert str(error.value) == ("invalid PolicyException at 'dev/guardrails/legacy-batch-writable-root':\n"
                                "  - name: 'legacy-batch-writable-root' is not allowed: "
                                "a name no other exception or policy of these guardrails has")
    with pytest.raises(PropsError, match=r"name: 'disallow-host-path' is not allowed: a name no other exception or policy"):
        guardrails.add_exception(dataclasses.replace(EXCEPTION, name="disallow-host-path"))


def test_an_application_id_used_twice_is_refused():
    chart = cdk8s.Chart(cdk8s.App(), "dev")
    project = TeamProject(chart, "shop", props=project_props())
    project.add_application("api", name="api", path="apps/api/envs/dev")
    with pytest.raises(PropsError) as error:
        project.add_application("api", name="api-v2", path="apps/api-v2/envs/dev")
    assert str(error.value) == ("invalid TeamProject at 'dev/shop':\n"
                                "  - applications.id: 'api' is not allowed: an id no other construct of this project has")
