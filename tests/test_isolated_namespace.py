import pytest
from support import by_kind, manifests, one

from platform_constructs import (
    IsolatedNamespace,
    IsolatedNamespaceProps,
    Peer,
    Port,
    PropsError,
    SecureApp,
    SecureAppProps,
    environment,
)


def ns_props(env="dev", **kw) -> IsolatedNamespaceProps:
    base = dict(name="shop", team="shop", env=environment(env), developer_groups=("shop-devs",), viewer_groups=("support",))
    return IsolatedNamespaceProps(**{**base, **kw})


def rules_of(docs, role):
    return {(r["apiGroups"][0], res, verb) for r in one(docs, "Role", role)["rules"] for res in r["resources"] for verb in r["verbs"]}


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_snapshot(chart, snapshot, env):
    IsolatedNamespace(chart, "shop", props=ns_props(env))
    assert manifests(chart) == snapshot


def test_pod_security_labels_pinned(chart):
    IsolatedNamespace(chart, "shop", props=ns_props("prod"))
    labels = one(manifests(chart), "Namespace")["metadata"]["labels"]
    for mode in ("enforce", "audit", "warn"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
        assert labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.31"
    assert labels["platform.example.com/team"] == "shop" and labels["platform.example.com/environment"] == "prod"


def test_default_deny_and_dns(chart):
    IsolatedNamespace(chart, "shop", props=ns_props())
    docs = manifests(chart)
    deny = one(docs, "NetworkPolicy", "default-deny")
    assert deny["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    dns = one(docs, "NetworkPolicy", "allow-dns")
    assert dns["spec"]["policyTypes"] == ["Egress"]
    assert dns["spec"]["egress"][0]["ports"] == [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]
    assert dns["spec"]["egress"][0]["to"][0]["podSelector"] == {"matchLabels": {"k8s-app": "kube-dns"}}


def test_quota_and_limits_follow_environment(chart):
    IsolatedNamespace(chart, "shop", props=ns_props("prod"))
    docs = manifests(chart)
    hard = one(docs, "ResourceQuota")["spec"]["hard"]
    assert hard["requests.cpu"] == "8" and hard["services.loadbalancers"] == "0" and hard["services.nodeports"] == "0"
    limits = one(docs, "LimitRange")["spec"]["limits"][0]
    assert limits["default"] == {"cpu": "1", "memory": "512Mi"}
    assert one(docs, "ServiceAccount", "default")["automountServiceAccountToken"] is False


def test_rbac_is_stricter_in_prod(chart):
    IsolatedNamespace(chart, "shop", props=ns_props("dev"))
    dev = rules_of(manifests(chart), "developer")
    assert ("apps", "deployments", "patch") in dev and ("", "pods/exec", "create") in dev
    import cdk8s
    prod_chart = cdk8s.Chart(cdk8s.App(), "prod")
    IsolatedNamespace(prod_chart, "shop", props=ns_props("prod"))
    docs = manifests(prod_chart)
    prod = rules_of(docs, "developer")
    assert {verb for _, _, verb in prod} == {"get", "list", "watch"}, "humans are read-only in prod"
    assert not any(res in ("secrets", "pods/exec") for _, res, _ in prod)
    assert not any(res == "secrets" for _, res, _ in rules_of(docs, "viewer"))
    binding = one(docs, "RoleBinding", "developer")
    assert binding["subjects"] == [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "shop-devs"}]


def test_allow_between_namespaces_renders_both_sides(chart):
    shop = IsolatedNamespace(chart, "shop", props=ns_props())
    data = IsolatedNamespace(chart, "data", props=ns_props(name="data", team="data"))
    created = shop.allow_to(data.peer, [Port.tcp(5432)])
    assert len(created) == 2
    docs = manifests(chart)
    ingress = one(docs, "NetworkPolicy", "allow-from-shop")
    assert ingress["metadata"]["namespace"] == "data"
    assert ingress["spec"]["ingress"][0]["from"][0]["namespaceSelector"] == {"matchLabels": {"kubernetes.io/metadata.name": "shop"}}
    egress = one(docs, "NetworkPolicy", "allow-to-data")
    assert egress["metadata"]["namespace"] == "shop"
    assert egress["spec"]["egress"][0]["ports"] == [{"port": 5432, "protocol": "TCP"}]


def test_app_to_app_across_namespaces(chart):
    shop = IsolatedNamespace(chart, "shop", props=ns_props())
    IsolatedNamespace(chart, "data", props=ns_props(name="data", team="data"))
    env = environment("dev")
    api = SecureApp(chart, "api", props=SecureAppProps(name="api", namespace=shop.name, image="r.example.com/api:1", env=env))
    db = SecureApp(chart, "db", props=SecureAppProps(name="db", namespace="data", image="r.example.com/db:1", env=env, port=5432))
    api.allow_to(db)
    docs = manifests(chart)
    assert one(docs, "NetworkPolicy", "db-from-shop-api")["metadata"]["namespace"] == "data"
    assert one(docs, "NetworkPolicy", "api-to-data-db")["metadata"]["namespace"] == "shop"
    assert len(by_kind(docs, "NetworkPolicy")) == 6  # 2 per namespace + one each side


def test_errors_name_every_field(chart):
    with pytest.raises(PropsError) as err:
        IsolatedNamespace(chart, "bad", props=ns_props(name="kube-system", team="Team A", developer_groups=("",)))
    text = str(err.value)
    assert "invalid IsolatedNamespace at 'test/bad'" in text
    assert "name: 'kube-system' is not allowed: a team namespace, not one of Kubernetes' own" in text
    assert "team: 'Team A' is not allowed: a DNS-1123 label" in text
    assert "developer_groups[0]: '' is not allowed: a non-empty group name" in text


def test_peer_cidr_validation(chart):
    with pytest.raises(PropsError, match=r"allow_from\[0\]: '10.0.0.0/33' is not allowed: a CIDR block"):
        SecureApp(chart, "api", props=SecureAppProps(name="api", namespace="shop", image="r.example.com/api:1",
                                                     env=environment("dev"), allow_from=(Peer.ip_block("10.0.0.0/33"),)))
