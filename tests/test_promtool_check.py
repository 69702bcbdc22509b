"""`promtool check rules` (the Prometheus version kube-prometheus-stack runs) on every rule group of each environment.

`check_environment_rules` takes PrometheusRule documents, whatever renders them: dist/, and the Helm-rendered
add-ons' own rules (kube-prometheus-stack's, tools/addon_render.py).
"""
import re

import pytest
from promtool_support import ENVS, dist_documents, promtool  # noqa: F401  (fixture)

from tools import promtool as engine

pytestmark = pytest.mark.engines


def check_environment_rules(docs: list[dict], folder) -> int:
    """promtool check rules on every PrometheusRule in `docs`, one rules file per object; the number of groups."""
    engine.check_rules(engine.rule_files(docs, folder))
    return engine.group_count(docs)


@pytest.mark.parametrize("env", ENVS)
def test_promtool_checks_every_rule_group(env, promtool, tmp_path, figure):  # noqa: F811
    docs = dist_documents(env)
    rules = engine.rule_documents(docs)
    assert rules, f"{env}: no PrometheusRule in dist/"
    groups = check_environment_rules(docs, tmp_path)
    assert groups == sum(len(d["spec"]["groups"]) for d in rules) > 0
    figure(f"promtool {env}: {groups} rule groups in {len(rules)} PrometheusRules checked")


@pytest.mark.parametrize("env", ENVS)
def test_promtool_checks_the_addons_own_rules(env, promtool, tmp_path, figure):  # noqa: F811
    """The rule groups the add-on charts render (kube-prometheus-stack's), as Argo CD would apply them."""
    from tools import addon_render

    kube, apis = addon_render.kube_version(env), addon_render.api_versions()
    try:
        docs = [o for s in addon_render.applications(env) for o in addon_render.render(s, kube, apis).applied()]
    except addon_render.Unavailable as e:
        pytest.skip(str(e))
    rules = engine.rule_documents(docs)
    assert rules, f"{env}: the add-ons render no PrometheusRule"
    # Syntax, types and templates are fatal; the linter's duplicate-rule findings are upstream's and reported.
    report = engine.check_rules(engine.rule_files(docs, tmp_path), lint_fatal=False)
    lint = sorted(set(re.findall(r"Metric: (\S+)", report)))
    figure(f"promtool {env}: {engine.group_count(docs)} add-on rule groups in {len(rules)} PrometheusRules checked"
           + (f"; upstream duplicate rules (lint, not fatal): {', '.join(lint)}" if lint else ""))


@pytest.mark.parametrize("broken, says", [
    ({"alert": "X", "expr": "rate(foo[5m]) >", "labels": {"severity": "warning"}}, "parse error"),
    ({"alert": "X", "expr": "up == 0", "annotations": {"summary": "{{ $labels.pod }"}}, "template"),
    ({"record": "x", "expr": "up"}, "duplicate"),
])
def test_promtool_check_refuses_a_broken_rule(broken, says, promtool, tmp_path):  # noqa: F811
    """The check is the engine's: a syntax error, a broken annotation template and a duplicated rule all fail it."""
    rules = [{"record": "x", "expr": "up"}, broken]
    doc = {"kind": "PrometheusRule", "metadata": {"name": "broken", "namespace": "shop"},
           "spec": {"groups": [{"name": "g", "rules": rules}]}}
    with pytest.raises(engine.PromtoolError, match=f"(?i){says}"):
        check_environment_rules([doc], tmp_path)
