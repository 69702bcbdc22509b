"""Every metric an alert, recording rule, analysis query or dashboard of dist/ reads is one its exporter exposes.

The names per exporter, and where each was confirmed, are in platform_constructs/_metrics.py; a name recorded by a
rule of the same environment needs no exporter. The two exporters that live in this repository are read here.
"""
import ast
import json
import re

import promql_parser
import pytest
from promtool_support import ENVS, dist_documents
from support import ROOT

from platform_constructs._metrics import EXPORTERS, exporter_of
from platform_constructs.observability import expressions
from tools import promtool as engine


def queries(docs: list[dict]) -> list[tuple[str, str]]:
    """(where, PromQL) for every rule, analysis query and dashboard panel among `docs`."""
    out = []
    for d in docs:
        at = f"{d['kind']} {d['metadata'].get('namespace', '')}/{d['metadata']['name']}"
        if d["kind"] == "PrometheusRule":
            out += [(f"{at} group {g['name']} {r.get('alert') or r.get('record')}", r["expr"])
                    for g in d["spec"]["groups"] for r in g["rules"]]
        elif d["kind"] == "AnalysisTemplate":
            out += [(f"{at} metric {m['name']}", re.sub(r"\{\{\s*args\.[\w-]+\s*\}\}", "x", m["provider"]["prometheus"]["query"]))
                    for m in d["spec"]["metrics"] if "prometheus" in m.get("provider", {})]
        elif d["kind"] == "ConfigMap" and d["metadata"].get("labels", {}).get("grafana_dashboard") == "1":
            for board in d["data"].values():
                out += [(f"{at} dashboard panel", e) for e in expressions(json.loads(board))]
    return out


def metric_names(expr: str) -> list[str]:
    names: list[str] = []
    promql_parser.walk(promql_parser.parse(expr), lambda n: names.append(n.name) if isinstance(n, promql_parser.VectorSelector) else None)
    return names


def unknown_metrics(docs: list[dict]) -> list[str]:
    """One line per (query, metric) no exporter exposes and no rule among `docs` records."""
    recorded = {r["record"] for d in engine.rule_documents(docs) for g in d["spec"]["groups"] for r in g["rules"] if "record" in r}
    return [f"{where} reads {name!r}, which no exporter in platform_constructs/_metrics.py exposes"
            for where, expr in queries(docs) for name in metric_names(expr)
            if name not in recorded and exporter_of(name) is None]


@pytest.mark.parametrize("env", ENVS)
def test_every_metric_read_in_dist_is_exposed_by_its_exporter(env, figure):
    docs = dist_documents(env)
    assert unknown_metrics(docs) == []
    read = {n for _, e in queries(docs) for n in metric_names(e)}
    per = {e.name: len(e.metrics & read) for e in EXPORTERS}
    figure(f"metric names {env}: {len(read)} read by {len(queries(docs))} queries; per exporter "
           + ", ".join(f"{k} {v}" for k, v in per.items()))


def test_the_inventory_lists_only_names_dist_reads():
    """A name no query reads any more is dead weight that would hide the next misspelling."""
    read = {n for env in ENVS for _, e in queries(dist_documents(env)) for n in metric_names(e)}
    assert {e.name: sorted(e.metrics - read) for e in EXPORTERS if e.metrics - read} == {}


def test_a_misspelt_metric_is_named_with_its_rule():
    doc = {"kind": "PrometheusRule", "metadata": {"name": "x", "namespace": "shop"}, "spec": {"groups": [
        {"name": "g", "rules": [{"alert": "Typo", "expr": "kube_pod_container_status_restart_total > 0"},
                                {"record": "shop:up", "expr": "up"}, {"alert": "Fine", "expr": "shop:up == 0"}]}]}}
    assert unknown_metrics([doc]) == ["PrometheusRule shop/x group g Typo reads 'kube_pod_container_status_restart_total', "
                                      "which no exporter in platform_constructs/_metrics.py exposes"]


def test_demo_api_inventory_matches_its_code():
    """prom-client names a Histogram's series <name>_bucket, _count and _sum; a Counter keeps its name."""
    source = (ROOT / "examples" / "demo-api" / "src" / "metrics.js").read_text()
    found = set(re.findall(r"new client\.(Counter|Histogram)\(\{\s*name: '(\w+)'", source))
    exposed = {n for kind, name in found for n in ([name] if kind == "Counter" else [f"{name}_{s}" for s in ("bucket", "count", "sum")])}
    demo = next(e for e in EXPORTERS if e.name == "demo-api")
    assert found and demo.metrics <= exposed, sorted(demo.metrics - exposed)


def test_backup_agent_inventory_matches_its_code():
    tree = ast.parse((ROOT / "platform_constructs" / "scripts" / "pg-backup-agent.py").read_text())
    help_table = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == "HELP" for t in n.targets))
    exposed = set(ast.literal_eval(help_table))
    agent = next(e for e in EXPORTERS if e.name == "backup agent")
    assert agent.metrics <= exposed, sorted(agent.metrics - exposed)


def test_default_http_metric_names_are_the_demo_apis():
    from platform_constructs._promql import HttpMetrics

    m = HttpMetrics()
    demo = next(e for e in EXPORTERS if e.name == "demo-api")
    assert {m.requests_total, f"{m.duration}_bucket", f"{m.duration}_count"} <= demo.metrics
