import sys
import xml.etree.ElementTree as ET

import pytest
import yaml
from support import ROOT

from platform_constructs.traffic import (
    Edge,
    Endpoint,
    diagram_files,
    diagrams,
    environment_of,
    to_mermaid,
    to_svg,
    traffic_edges,
)

APP = "app.kubernetes.io/name"


def ns(name, **labels):
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}


def policy(namespace, name, selector=None, *, ingress=None, egress=None, types=None):
    spec = {"podSelector": {"matchLabels": selector} if selector else {}}
    if ingress is not None:
        spec["ingress"] = ingress
    if egress is not None:
        spec["egress"] = egress
    spec["policyTypes"] = types or ([t for t, r in (("Ingress", ingress), ("Egress", egress)) if r is not None])
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
            "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def peer(namespace, **labels):
    return {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": namespace}},
            "podSelector": {"matchLabels": labels}}


def tcp(port):
    return {"port": port, "protocol": "TCP"}


def deny_all(namespace):
    return policy(namespace, "default-deny", types=["Ingress", "Egress"])


def names(edges):
    return sorted(str(e) for e in edges)


def test_both_ends_must_agree():
    api, db = {APP: "api"}, {APP: "db"}
    base = [ns("shop"), ns("data"), deny_all("shop"), deny_all("data")]
    egress_only = [*base, policy("shop", "api-to-db", api, egress=[{"to": [peer("data", **db)], "ports": [tcp(5432)]}])]
    assert traffic_edges(egress_only) == []
    both = [*egress_only, policy("data", "db-from-api", db, ingress=[{"from": [peer("shop", **api)], "ports": [tcp(5432)]}])]
    assert names(traffic_edges(both)) == ["shop/api -> data/db [TCP/5432]"]


def test_ports_are_what_both_ends_allow():
    api, db = {APP: "api"}, {APP: "db"}
    docs = [deny_all("shop"), deny_all("data"),
            policy("shop", "api-to-db", api, egress=[{"to": [peer("data", **db)]}]),  # any port
            policy("data", "db-from-api", db, ingress=[{"from": [peer("shop", **api)], "ports": [tcp(5432), tcp(8008)]}])]
    assert names(traffic_edges(docs)) == ["shop/api -> data/db [TCP/5432, TCP/8008]"]
    disjoint = [*docs[:2], policy("shop", "api-to-db", api, egress=[{"to": [peer("data", **db)], "ports": [tcp(6432)]}]),
                docs[3]]
    assert traffic_edges(disjoint) == []


def test_namespaces_without_policies_are_open_but_not_drawn_between_themselves():
    docs = [ns("open-a"), ns("open-b"), ns("shop"), deny_all("shop"),
            policy("shop", "api-from-a", {APP: "api"}, ingress=[{"from": [peer("open-a", app="x")]}])]
    assert names(traffic_edges(docs)) == ["open-a/x -> shop/api [any port]"]


def test_namespace_wide_edges_imply_the_narrower_ones_and_address_blocks_are_endpoints():
    docs = [ns("shop"), deny_all("shop"),
            policy("shop", "allow-dns", egress=[{"to": [peer("kube-system", **{"k8s-app": "kube-dns"})],
                                                  "ports": [{"port": 53, "protocol": "UDP"}]}]),
            policy("shop", "api-to-vpc", {APP: "api"}, egress=[{"to": [{"ipBlock": {"cidr": "10.0.0.0/16"}}],
                                                                   "ports": [tcp(443)]}])]
    assert names(traffic_edges(docs)) == [
        "shop (all pods) -> kube-system/kube-dns [UDP/53]",
        "shop/api -> 10.0.0.0/16 [TCP/443]"]


def test_namespace_selector_by_label_reaches_every_matching_namespace():
    docs = [ns("mon", team="platform"), ns("shop", team="shop"), ns("data", team="shop"), deny_all("data"),
            policy("data", "db-from-shop-team", {APP: "db"},
                   ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"team": "shop"}}}]}])]
    assert names(traffic_edges(docs)) == ["shop (all pods) -> data/db [any port]"]


def demo_tree():
    """The platform's rendered tree, per environment (from `main.synth()`, as the synth writes it)."""
    sys.path.insert(0, str(ROOT))
    import main

    envs = {}
    for path, text in main.synth().items():
        if (env := environment_of(path)) is not None:
            envs.setdefault(env, []).extend(d for d in yaml.safe_load_all(text) if d)
    return envs


@pytest.fixture(scope="module")
def tree():
    return demo_tree()


def test_demo_platform_has_exactly_the_expected_edges(tree):
    import main  # on sys.path since demo_tree()

    assert sorted(tree) == ["dev", "prod", "stage"]
    for env, docs in tree.items():
        # S3 (WAL archive, base backups, dumps) over HTTPS through the S3 interface endpoint's subnets (the
        # CDK app's, tests/cdk/test_contracts.py), and the EKS Pod Identity agent for credentials
        # and, for Patroni in each member alone, the Kubernetes API (the CDK app's, tests/cdk/test_contracts.py)
        values = main.platform_values(env)
        cidrs = values.aws_endpoint_cidrs
        db = [f"databases/demo-api-db -> {cidr} [TCP/443]" for cidr in (*cidrs, *values.kubernetes_api_cidrs)]
        backup = [f"databases/demo-api-db-backup -> {cidr} [TCP/443]" for cidr in cidrs]
        assert names(traffic_edges(docs)) == sorted([
            "databases (all pods) -> kube-system/kube-dns [TCP/53, UDP/53]",
            *db,
            "databases/demo-api-db -> 169.254.170.23/32 [TCP/80]",
            *backup,
            "databases/demo-api-db-backup -> 169.254.170.23/32 [TCP/80]",
            "databases/demo-api-db-backup -> databases/demo-api-db [TCP/5432]",
            # external-dns: HTTPS to any address (Route 53, which no address block names), drawn to every endpoint
            # the diagram knows; DNS and the Pod Identity agent; Prometheus to its metrics port.
            *(f"external-dns (all pods) -> {cidr} [TCP/443]" for cidr in (*cidrs, *values.kubernetes_api_cidrs)),
            "external-dns (all pods) -> 169.254.170.23/32 [TCP/443, TCP/80]",
            "external-dns (all pods) -> ingress-nginx (all pods) [TCP/443]",
            "external-dns (all pods) -> kube-system (all pods) [TCP/443]",
            "external-dns (all pods) -> kube-system/kube-dns [TCP/443, TCP/53, UDP/53]",
            "external-dns (all pods) -> monitoring (all pods) [TCP/443]",
            "ingress-nginx/ingress-nginx -> shop/demo-api [TCP/3000]",
            "monitoring/prometheus -> databases/demo-api-db [TCP/9187, TCP/9188]",
            "monitoring/prometheus -> external-dns (all pods) [TCP/7979]",
            "monitoring/prometheus -> shop/demo-api [TCP/9464]",
            "shop (all pods) -> kube-system/kube-dns [TCP/53, UDP/53]",
            "shop/demo-api -> databases/demo-api-db [TCP/5432]",
        ]), env
        # Into the database namespace from elsewhere: only the app (on 5432) and Prometheus (metrics ports).
        into_db = {str(e) for e in traffic_edges(docs)
                   if e.destination.name.startswith("databases/") and not e.source.name.startswith("databases")}
        assert into_db == {"shop/demo-api -> databases/demo-api-db [TCP/5432]",
                           "monitoring/prometheus -> databases/demo-api-db [TCP/9187, TCP/9188]"}, env


def test_diagrams_are_deterministic_and_well_formed(tree):
    first, second = diagrams(tree["prod"], title="prod"), diagrams(list(reversed(tree["prod"])), title="prod")
    assert first == second
    assert first["md"].startswith("# Allowed traffic: prod\n")
    assert "```mermaid\nflowchart LR\n" in first["md"]
    root = ET.fromstring(first["svg"])
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall("{http://www.w3.org/2000/svg}line")) == len(traffic_edges(tree["prod"]))


def test_drawings_snapshot(snapshot):
    edges = [Edge(Endpoint("ingress-nginx", ((APP, "ingress-nginx"),)), Endpoint("shop", ((APP, "api"),)), ("TCP/3000",)),
             Edge(Endpoint("shop", ((APP, "api"),)), Endpoint("data", ((APP, "db"),)), ("TCP/5432",)),
             Edge(Endpoint("shop"), Endpoint(cidr="10.0.0.0/16"), ())]
    assert to_mermaid(edges, title="example") == snapshot(name="mermaid")
    assert to_svg(edges) == snapshot(name="svg")


def test_diagram_files_per_environment():
    files = {"platform/dev/shop/networkpolicy-default-deny.yaml": yaml.safe_dump(deny_all("shop")),
             "apps/api/envs/prod/shop/networkpolicy-x.yaml": yaml.safe_dump(deny_all("shop")),
             "README.md": "not a manifest"}
    assert sorted(diagram_files(files)) == ["dev.md", "dev.svg", "prod.md", "prod.svg"]
    assert [environment_of(p) for p in files] == ["dev", "prod", None]
