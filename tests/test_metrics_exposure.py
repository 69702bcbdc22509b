"""Contract (issue 17 item 5): `/metrics` is never public, read from the rendered `dist/` of every environment.

1. Every Ingress backend (Ingress -> Service port -> targetPort -> container port of the pods the Service selects)
   lands on a container port that no ServiceMonitor scrapes and that is not named 'metrics'.
2. Every container port a ServiceMonitor scrapes is admitted by NetworkPolicy, and only from the Prometheus pods of
   the monitoring namespace: the pods are isolated for ingress, and every rule that opens that port names only them.

The resolution follows Kubernetes' own rules (named or numbered Service ports and targetPorts, named NetworkPolicy
ports, rules without ports or peers meaning all); a reference that leads nowhere is a failure, not a pass.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pytest
import yaml
from support import ROOT

from platform_constructs.traffic import _selector_matches as _matches  # label selector semantics

ENVS = ("dev", "stage", "prod")
NAMESPACE_LABEL = "kubernetes.io/metadata.name"
# The platform's Prometheus (kube-prometheus-stack's prometheus-operator labels its pods so), in 'monitoring'.
PROMETHEUS = {"namespace": "monitoring", "pod_labels": {"app.kubernetes.io/name": "prometheus"}}
METRICS_PORT_NAME = "metrics"


def env_docs(env: str) -> list[dict]:
    dist = ROOT / "dist"
    folders = [dist / "clusters" / env, dist / "platform" / env, *sorted(dist.glob(f"apps/*/envs/{env}"))]
    missing = [str(f) for f in folders[:2] if not f.is_dir()]
    assert not missing, f"dist/ has no environment {env!r}: {', '.join(missing)} missing"
    return [d for f in folders for p in sorted(f.rglob("*.yaml")) for d in yaml.safe_load_all(p.read_text()) if d]


# -- resolution ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContainerPort:
    """One container port of one workload's pods."""

    workload: str  # 'Kind/namespace/name'
    number: int
    name: str | None
    protocol: str


class Tree:
    """One environment's objects, indexed for following Ingress, Service, ServiceMonitor and NetworkPolicy references."""

    def __init__(self, docs: Iterable[Mapping]):
        self.docs = list(docs)
        self.workloads: list[tuple[str, str, dict, list[dict]]] = []  # (id, namespace, pod labels, containers)
        for d in self.docs:
            template = (d.get("spec") or {}).get("template")
            if d["kind"] != "PodTemplate" and isinstance(template, Mapping) and "spec" in template:
                ns = d["metadata"].get("namespace", "default")
                self.workloads.append((f"{d['kind']}/{ns}/{d['metadata']['name']}", ns,
                                       (template.get("metadata") or {}).get("labels") or {}, template["spec"]["containers"]))

    def of_kind(self, kind: str) -> list[Mapping]:
        return [d for d in self.docs if d["kind"] == kind]

    def service(self, namespace: str, name: str) -> Mapping:
        found = [s for s in self.of_kind("Service") if s["metadata"]["name"] == name
                 and s["metadata"].get("namespace", "default") == namespace]
        assert found, f"no Service {namespace}/{name} in the tree"
        return found[0]

    def pods_of(self, service: Mapping) -> list[tuple[str, dict, list[dict]]]:
        ns = service["metadata"].get("namespace", "default")
        selector = service["spec"].get("selector")
        assert selector, f"Service {ns}/{service['metadata']['name']} has no selector: its endpoints cannot be followed"
        return [(w, labels, cs) for w, wns, labels, cs in self.workloads
                if wns == ns and all(labels.get(k) == v for k, v in selector.items())]

    def container_ports(self, service: Mapping, port: Mapping) -> list[ContainerPort]:
        """The container ports a Service port forwards to (targetPort by number or by name; absent: the port)."""
        target = port.get("targetPort", port["port"])
        protocol = port.get("protocol", "TCP")
        found = []
        for workload, _, containers in self.pods_of(service):
            for c in containers:
                for cp in c.get("ports") or []:
                    if cp.get("protocol", "TCP") == protocol and (cp["containerPort"] == target or cp.get("name") == target):
                        found.append(ContainerPort(workload, cp["containerPort"], cp.get("name"), protocol))
        where = f"Service {service['metadata'].get('namespace')}/{service['metadata']['name']} port {port.get('name', port['port'])}"
        assert found, f"{where}: targetPort {target!r} is no container port of the pods it selects"
        return found

    def service_port(self, service: Mapping, *, name: str | None = None, number: int | None = None) -> Mapping:
        found = [p for p in service["spec"]["ports"] if (name is not None and p.get("name") == name)
                 or (number is not None and p["port"] == number)]
        assert found, f"Service {service['metadata']['name']} has no port {name or number!r}"
        return found[0]

    def ingress_backends(self) -> list[tuple[str, ContainerPort]]:
        """(Ingress, container port) for every backend of every Ingress (default backend and each path)."""
        out = []
        for ing in self.of_kind("Ingress"):
            ns, spec = ing["metadata"].get("namespace", "default"), ing["spec"]
            backends = [spec["defaultBackend"]] if "defaultBackend" in spec else []
            backends += [p["backend"] for r in spec.get("rules") or [] for p in (r.get("http") or {}).get("paths") or []]
            for b in backends:
                assert "service" in b, f"Ingress {ns}/{ing['metadata']['name']}: a resource backend cannot be followed"
                svc = self.service(ns, b["service"]["name"])
                ref = b["service"]["port"]
                port = self.service_port(svc, name=ref.get("name"), number=ref.get("number"))
                out += [(f"Ingress {ns}/{ing['metadata']['name']}", cp) for cp in self.container_ports(svc, port)]
        return out

    def scraped(self) -> list[tuple[str, ContainerPort]]:
        """(ServiceMonitor endpoint, container port) for every endpoint of every ServiceMonitor."""
        out = []
        for sm in self.of_kind("ServiceMonitor"):
            ns, spec = sm["metadata"]["namespace"], sm["spec"]
            ns_sel = spec.get("namespaceSelector") or {}
            assert not ns_sel.get("any"), f"ServiceMonitor {ns}/{sm['metadata']['name']} scrapes every namespace"
            namespaces = ns_sel.get("matchNames") or [ns]
            services = [s for s in self.of_kind("Service") if s["metadata"].get("namespace", "default") in namespaces
                        and _matches(spec["selector"], s["metadata"].get("labels") or {})]
            assert services, f"ServiceMonitor {ns}/{sm['metadata']['name']} selects no Service"
            for i, ep in enumerate(spec["endpoints"]):
                at = f"ServiceMonitor {ns}/{sm['metadata']['name']} endpoints[{i}]"
                for svc in services:
                    if "port" in ep:
                        ports = [p for p in svc["spec"]["ports"] if p.get("name") == ep["port"]]
                    else:  # the deprecated targetPort: the pod port itself
                        ports = [{"port": ep["targetPort"], "targetPort": ep["targetPort"]}]
                    out += [(at, cp) for p in ports for cp in self.container_ports(svc, p)]
                assert any(a == at for a, _ in out), f"{at}: port {ep.get('port')!r} is on none of the Services it selects"
        return out

    def admitted_from(self, cp: ContainerPort) -> tuple[bool, list[Mapping | None]]:
        """(isolated, peers): whether ingress policies select the pods, and each `from` peer of every rule opening the
        port (None: a rule with no `from`, which admits every source)."""
        _, ns, name = cp.workload.split("/", 2)
        labels = next(lab for w, _, lab, _ in self.workloads if w == cp.workload)
        isolated, peers = False, []
        for np in self.of_kind("NetworkPolicy"):
            spec = np["spec"]
            types = spec.get("policyTypes") or ["Ingress"]
            if np["metadata"].get("namespace", "default") != ns or "Ingress" not in types \
                    or not _matches(spec.get("podSelector"), labels):
                continue
            isolated = True
            for rule in spec.get("ingress") or []:
                if _opens(rule.get("ports"), cp):
                    peers += rule.get("from") or [None]
        return isolated, peers


def _opens(ports: list[Mapping] | None, cp: ContainerPort) -> bool:
    if not ports:
        return True  # a rule without ports opens every port
    for p in ports:
        if p.get("protocol", "TCP") != cp.protocol:
            continue
        if "port" not in p:
            return True
        if isinstance(p["port"], str):
            if p["port"] == cp.name:
                return True
        elif p["port"] <= cp.number <= p.get("endPort", p["port"]):
            return True
    return False


def _is_prometheus(peer: Mapping | None) -> bool:
    """Whether a peer selects nothing but the monitoring namespace's Prometheus pods."""
    if peer is None or "ipBlock" in peer or "namespaceSelector" not in peer:
        return False  # every source, an address block, or pods of the policy's own namespace
    ns_labels = (peer["namespaceSelector"].get("matchLabels") or {})
    pod_labels = ((peer.get("podSelector") or {}).get("matchLabels") or {})
    return ns_labels.get(NAMESPACE_LABEL) == PROMETHEUS["namespace"] and \
        all(pod_labels.get(k) == v for k, v in PROMETHEUS["pod_labels"].items())


def public_metrics(tree: Tree) -> list[str]:
    """Contract 1: each Ingress backend that reaches a scraped or 'metrics'-named container port."""
    scraped = {(cp.workload, cp.number, cp.protocol) for _, cp in tree.scraped()}
    return sorted({f"{ing} routes to {cp.workload} port {cp.number} ({cp.name or 'unnamed'})"
                   + (", which a ServiceMonitor scrapes" if (cp.workload, cp.number, cp.protocol) in scraped else "")
                   for ing, cp in tree.ingress_backends()
                   if (cp.workload, cp.number, cp.protocol) in scraped or cp.name == METRICS_PORT_NAME})


def open_metrics(tree: Tree) -> list[str]:
    """Contract 2: each scraped container port that is not admitted only, and at all, from Prometheus."""
    out = set()
    for at, cp in tree.scraped():
        isolated, peers = tree.admitted_from(cp)
        where = f"{at}: {cp.workload} port {cp.number}"
        if not isolated:
            out.add(f"{where} is open to every source (no ingress NetworkPolicy selects the pods)")
        elif not any(_is_prometheus(p) for p in peers):
            out.add(f"{where} is not admitted from Prometheus, so it cannot be scraped")
        for p in peers:
            if not _is_prometheus(p):
                out.add(f"{where} is admitted from {p or 'every source'}")
    return sorted(out)


# -- the contract on dist/ -------------------------------------------------------------------------


@pytest.fixture(scope="module", params=ENVS)
def tree(request) -> Tree:
    return Tree(env_docs(request.param))


def test_no_ingress_backend_port_serves_metrics(tree, figure):
    backends, scraped = tree.ingress_backends(), tree.scraped()
    assert backends and scraped, "the contract would hold vacuously: dist/ has no Ingress or no ServiceMonitor"
    assert public_metrics(tree) == []
    figure(f"metrics exposure: {len(backends)} Ingress backends checked against {len(scraped)} scraped ports, none shared")


def test_scraped_ports_admit_only_prometheus(tree, figure):
    scraped = tree.scraped()
    assert scraped
    assert open_metrics(tree) == []
    figure(f"metrics exposure: {len(scraped)} scraped ports, each admitted from monitoring/prometheus only")


def test_the_image_serves_metrics_where_the_pods_declare_them():
    """The demo-api image's METRICS_PORT and PORT are the container ports its rendered pods name 'metrics' and 'http'."""
    dockerfile = (ROOT / "examples/demo-api/Dockerfile").read_text()
    env = {k: re.search(rf"^\s*(?:ENV\s+)?{k}=(\d+)", dockerfile, re.M) for k in ("PORT", "METRICS_PORT")}
    assert all(env.values()), f"examples/demo-api/Dockerfile sets no {[k for k, v in env.items() if not v]}"
    declared = set()
    for env_name in ENVS:
        for w, _, _, containers in Tree(env_docs(env_name)).workloads:
            if w.endswith("/demo-api"):
                declared |= {(p["name"], p["containerPort"]) for c in containers for p in c.get("ports") or []}
    assert declared == {("http", int(env["PORT"][1])), (METRICS_PORT_NAME, int(env["METRICS_PORT"][1]))}


# -- the checks catch what they promise to -----------------------------------------------------------


def _app(*, ports: dict[str, int], monitor_port: str, policies: list[dict]) -> list[dict]:
    labels = {"app.kubernetes.io/name": "api"}
    meta = lambda name, **kw: {"name": name, "namespace": "shop", **kw}  # noqa: E731
    svc = lambda name, port, extra=None: {"kind": "Service", "metadata": meta(name, labels={**labels, **(extra or {})}),  # noqa: E731
                                          "spec": {"selector": labels, "ports": [{"name": port, "port": 80, "targetPort": port}]}}
    return [
        {"kind": "Deployment", "metadata": meta("api"), "spec": {"template": {"metadata": {"labels": labels}, "spec": {
            "containers": [{"name": "api", "ports": [{"name": n, "containerPort": p} for n, p in ports.items()]}]}}}},
        svc("api", "http"), svc("api-metrics", monitor_port, {"scrape": "yes"}),
        {"kind": "Ingress", "metadata": meta("api"), "spec": {"rules": [{"http": {"paths": [
            {"path": "/", "backend": {"service": {"name": "api", "port": {"name": "http"}}}}]}}]}},
        {"kind": "ServiceMonitor", "metadata": meta("api"), "spec": {
            "selector": {"matchLabels": {"scrape": "yes"}}, "endpoints": [{"port": monitor_port}]}},
        *({"kind": "NetworkPolicy", "metadata": meta(f"p{i}"), "spec": {
            "podSelector": {"matchLabels": labels}, "policyTypes": ["Ingress"], "ingress": rules}}
          for i, rules in enumerate(policies)),
    ]


def _from(namespace: str, name: str, *ports) -> dict:
    return {"from": [{"namespaceSelector": {"matchLabels": {NAMESPACE_LABEL: namespace}},
                      "podSelector": {"matchLabels": {"app.kubernetes.io/name": name}}}],
            "ports": [{"port": p, "protocol": "TCP"} for p in ports]}


def test_metrics_on_the_app_port_is_caught():
    """The layout before issue 17 item 5: one port serving the app and /metrics, Prometheus and the controller on it."""
    tree = Tree(_app(ports={"http": 3000}, monitor_port="http",
                     policies=[[_from("ingress-nginx", "ingress-nginx", 3000)], [_from("monitoring", "prometheus", 3000)]]))
    assert public_metrics(tree) == ["Ingress shop/api routes to Deployment/shop/api port 3000 (http), which a "
                                    "ServiceMonitor scrapes"]
    assert open_metrics(tree) == ["ServiceMonitor shop/api endpoints[0]: Deployment/shop/api port 3000 is admitted from "
                                  "{'namespaceSelector': {'matchLabels': {'kubernetes.io/metadata.name': 'ingress-nginx'}}, "
                                  "'podSelector': {'matchLabels': {'app.kubernetes.io/name': 'ingress-nginx'}}}"]


def test_separate_metrics_port_passes_and_each_leak_is_caught():
    good = [[_from("ingress-nginx", "ingress-nginx", 3000)], [_from("monitoring", "prometheus", 9464)]]
    tree = Tree(_app(ports={"http": 3000, "metrics": 9464}, monitor_port="metrics", policies=good))
    assert (public_metrics(tree), open_metrics(tree)) == ([], [])
    at = "ServiceMonitor shop/api endpoints[0]: Deployment/shop/api port 9464"
    leaks = {  # a second policy on the metrics port: every source, an address block, another namespace, a named port
        "every source": {"ports": [{"port": 9464}]},
        "{'ipBlock': {'cidr': '0.0.0.0/0'}}": {"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]},
        "{'namespaceSelector': {'matchLabels': {'kubernetes.io/metadata.name': 'shop'}}, 'podSelector': {'matchLabels': "
        "{'app.kubernetes.io/name': 'prometheus'}}}": _from("shop", "prometheus", "metrics"),
    }
    for who, rule in leaks.items():
        assert open_metrics(Tree(_app(ports={"http": 3000, "metrics": 9464}, monitor_port="metrics",
                                      policies=[*good, [rule]]))) == [f"{at} is admitted from {who}"]
    assert open_metrics(Tree(_app(ports={"http": 3000, "metrics": 9464}, monitor_port="metrics", policies=[]))) == [
        f"{at} is open to every source (no ingress NetworkPolicy selects the pods)"]
    assert open_metrics(Tree(_app(ports={"http": 3000, "metrics": 9464}, monitor_port="metrics", policies=good[:1]))) == [
        f"{at} is not admitted from Prometheus, so it cannot be scraped"]


def test_an_ingress_to_a_port_named_metrics_is_caught_even_unscraped():
    docs = _app(ports={"http": 3000, "metrics": 9464}, monitor_port="metrics", policies=[])
    next(d for d in docs if d["kind"] == "Service" and d["metadata"]["name"] == "api")["spec"]["ports"][0]["targetPort"] = "metrics"
    docs = [d for d in docs if d["kind"] != "ServiceMonitor"]
    assert public_metrics(Tree(docs)) == ["Ingress shop/api routes to Deployment/shop/api port 9464 (metrics)"]


def test_a_reference_that_leads_nowhere_fails():
    docs = _app(ports={"http": 3000}, monitor_port="http", policies=[])
    next(d for d in docs if d["kind"] == "ServiceMonitor")["spec"]["endpoints"][0]["port"] = "metrics"
    with pytest.raises(AssertionError, match="ServiceMonitor shop/api endpoints\\[0\\]: port 'metrics' is on none"):
        Tree(docs).scraped()
    docs = [d for d in docs if d["kind"] != "Deployment"]
    with pytest.raises(AssertionError, match="Service shop/api port http: targetPort 'http' is no container port"):
        Tree(docs).ingress_backends()
