import dataclasses

import pytest
from support import by_kind, manifests, one

from platform_constructs import (
    Autoscaling,
    IngressOptions,
    Peer,
    Port,
    PropsError,
    Resources,
    SecureApp,
    SecureAppProps,
    environment,
)
from platform_constructs._k8s import DNS1123_RULE
from platform_constructs.checks import pod_security_violations

DIGEST = "sha256:" + "a" * 64
PROD_IMAGE = f"registry.example.com/shop/api:1.2.3@{DIGEST}"


def props(**kw) -> SecureAppProps:
    base = dict(name="api", namespace="shop", image="registry.example.com/shop/api:1.2.3", env=environment("dev"))
    return SecureAppProps(**{**base, **kw})


def test_default_snapshot(chart, snapshot):
    SecureApp(chart, "api", props=props())
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    SecureApp(chart, "api", props=props(
        env=environment("prod"), image=PROD_IMAGE, port=3000, replicas=4,
        resources=Resources(cpu_request="200m", cpu_limit="2", memory_request="300Mi", memory_limit="1Gi"),
        ingress=IngressOptions(host="shop.example.com", tls_secret="shop-tls"),
        autoscaling=Autoscaling(max_replicas=12, cpu_utilization=60),
        allow_from=(Peer.app("payments", "checkout"),), env_vars={"MODE": "fast"}))
    assert manifests(chart) == snapshot


def test_pod_passes_restricted_and_is_hardened(chart):
    SecureApp(chart, "api", props=props(env=environment("prod"), image=PROD_IMAGE))
    docs = manifests(chart)
    deployment = one(docs, "Deployment")
    assert pod_security_violations(deployment) == []
    pod = deployment["spec"]["template"]["spec"]
    c = pod["containers"][0]
    assert c["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert c["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsUser"] == 10001 and pod["securityContext"]["runAsGroup"] == 10001
    assert pod["automountServiceAccountToken"] is False
    assert {"name": "tmp", "mountPath": "/tmp"} in [{"name": m["name"], "mountPath": m["mountPath"]} for m in c["volumeMounts"]]
    assert {"startupProbe", "readinessProbe", "livenessProbe"} <= set(c)
    assert c["lifecycle"] == {"preStop": {"sleep": {"seconds": 5}}}
    assert pod["terminationGracePeriodSeconds"] == 30
    assert {t["topologyKey"] for t in pod["topologySpreadConstraints"]} == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"}
    assert one(docs, "ServiceAccount")["automountServiceAccountToken"] is False


def test_autoscaler_owns_replicas(chart):
    SecureApp(chart, "api", props=props(env=environment("prod"), image=PROD_IMAGE))
    docs = manifests(chart)
    assert "replicas" not in one(docs, "Deployment")["spec"]
    hpa = one(docs, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 10)
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}


def test_without_autoscaler_replicas_are_set(chart):
    SecureApp(chart, "api", props=props(replicas=2, autoscaling=None))
    docs = manifests(chart)
    assert one(docs, "Deployment")["spec"]["replicas"] == 2
    assert by_kind(docs, "HorizontalPodAutoscaler") == []


def test_ingress_admits_only_the_controller_on_the_app_port(chart):
    SecureApp(chart, "api", props=props(port=3000, ingress=IngressOptions()))
    docs = manifests(chart)
    ingress = one(docs, "Ingress")
    assert ingress["spec"]["tls"] == [{"hosts": ["api.dev.example.com"], "secretName": "api-tls"}]
    policy = one(docs, "NetworkPolicy")
    assert policy["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == "api"
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    rule = policy["spec"]["ingress"][0]
    assert rule["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}},
                             "podSelector": {"matchLabels": {"app.kubernetes.io/name": "ingress-nginx"}}}]
    assert rule["ports"] == [{"port": 3000, "protocol": "TCP"}]


def test_ingress_certificate_writes_the_tls_secret_for_the_host(chart):
    """Issue 17, item 4: the Secret the Ingress names is written by a cert-manager Certificate for exactly its host."""
    SecureApp(chart, "api", props=props(ingress=IngressOptions(host="shop.dev.example.com", tls_secret="shop-tls")))
    cert = one(manifests(chart), "Certificate")
    assert (cert["metadata"]["namespace"], cert["spec"]) == ("shop", {
        "secretName": "shop-tls", "dnsNames": ["shop.dev.example.com"],
        "issuerRef": {"name": "letsencrypt", "kind": "ClusterIssuer", "group": "cert-manager.io"}})


def test_ingress_without_an_issuer_renders_no_certificate(chart):
    """The way out (a Secret synced from elsewhere) is a named setting, visible in review."""
    SecureApp(chart, "api", props=props(ingress=IngressOptions(cluster_issuer=None)))
    assert not by_kind(manifests(chart), "Certificate")
    assert one(manifests(chart), "Ingress")["spec"]["tls"][0]["secretName"] == "api-tls"


def test_ingress_issuer_and_secret_names_are_checked(chart):
    with pytest.raises(PropsError) as err:
        SecureApp(chart, "api", props=props(ingress=IngressOptions(cluster_issuer="Lets_Encrypt", tls_secret="a.b")))
    assert str(err.value).splitlines()[1:] == [
        f"  - ingress.tls_secret: 'a.b' is not allowed: {DNS1123_RULE}",
        f"  - ingress.cluster_issuer: 'Lets_Encrypt' is not allowed: {DNS1123_RULE}"]


def test_metrics_port_is_declared_apart_and_opened_to_no_one(chart):
    """The pod declares 'metrics' beside 'http'; the Service, the Ingress and every policy reach only 'http'."""
    SecureApp(chart, "api", props=props(port=3000, ingress=IngressOptions(), allow_from=(Peer.app("web", "web"),)))
    docs = manifests(chart)
    ports = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"][0]["ports"]
    assert ports == [{"containerPort": 3000, "name": "http", "protocol": "TCP"},
                     {"containerPort": 9464, "name": "metrics", "protocol": "TCP"}]
    assert [p["targetPort"] for p in one(docs, "Service")["spec"]["ports"]] == ["http"]
    assert one(docs, "Ingress")["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["port"] == {"name": "http"}
    opened = [p for np in by_kind(docs, "NetworkPolicy") for r in np["spec"]["ingress"] for p in r["ports"]]
    assert len(opened) == 2 and all(p == {"port": 3000, "protocol": "TCP"} for p in opened)


@pytest.mark.parametrize("metrics_port, message", [
    (3000, "metrics_port: 3000 is not allowed: a port other than the app port (3000), which the Service and an Ingress "
           "route to"),
    (0, "metrics_port: 0 is not allowed: a port number from 1 to 65535"),
])
def test_metrics_port_must_be_a_port_apart_from_the_app_port(chart, metrics_port, message):
    with pytest.raises(PropsError) as err:
        SecureApp(chart, "api", props=props(port=3000, metrics_port=metrics_port))
    assert message in str(err.value) and "invalid SecureApp at 'test/api'" in str(err.value)
    assert [p.field for p in err.value.problems] == ["metrics_port"]


def test_allow_to_renders_both_sides_and_is_idempotent(chart):
    web = SecureApp(chart, "web", props=props(name="web"))
    api = SecureApp(chart, "api", props=props(port=9000))
    first = web.allow_to(api)
    again = web.allow_to(api)
    assert len(first) == 2 and [id(x) for x in first] == [id(x) for x in again]
    docs = manifests(chart)
    ingress = one(docs, "NetworkPolicy", "api-from-shop-web")
    egress = one(docs, "NetworkPolicy", "web-to-shop-api")
    assert ingress["spec"]["ingress"][0]["ports"] == [{"port": 9000, "protocol": "TCP"}]
    assert egress["spec"]["egress"][0]["to"][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "api"}
    assert egress["spec"]["policyTypes"] == ["Egress"]


def test_allow_to_external_peer_renders_only_own_side(chart):
    api = SecureApp(chart, "api", props=props())
    created = api.allow_to(Peer.ip_block("10.20.0.0/16"), [Port.tcp(443)])
    assert len(created) == 1
    egress = one(manifests(chart), "NetworkPolicy", "api-to-cidr-10-20-0-0-16")
    assert egress["spec"]["egress"][0] == {"ports": [{"port": 443, "protocol": "TCP"}], "to": [{"ipBlock": {"cidr": "10.20.0.0/16"}}]}


@pytest.mark.parametrize("image, message", [
    ("nginx:latest", "':latest' is mutable"),
    ("nginx", "untagged image means ':latest'"),
    ("Not An Image", "a valid image reference"),
])
def test_mutable_or_invalid_images_are_refused(chart, image, message):
    with pytest.raises(PropsError, match=message) as err:
        SecureApp(chart, "api", props=props(image=image))
    assert f"image: {image!r} is not allowed" in str(err.value)
    assert "invalid SecureApp at 'test/api'" in str(err.value)


def test_prod_requires_a_digest(chart):
    with pytest.raises(PropsError, match=r"image: 'registry.example.com/shop/api:1.2.3' is not allowed: a reference pinned by digest"):
        SecureApp(chart, "api", props=props(env=environment("prod")))


def test_every_problem_is_reported_at_once(chart):
    bad = props(name="Bad_Name", image="nginx:latest", port=70000, replicas=0,
                resources=Resources(cpu_request="500m", cpu_limit="100m", memory_request="1Gi", memory_limit="512Mi"))
    with pytest.raises(PropsError) as err:
        SecureApp(chart, "api", props=bad)
    fields = [p.field for p in err.value.problems]
    assert fields == ["name", "image", "port", "replicas", "resources.cpu_limit", "resources.memory_limit"]
    text = str(err.value)
    assert "port: 70000 is not allowed: a port number from 1 to 65535" in text
    assert "replicas: 0 is not allowed: a whole number of at least 1" in text
    assert "resources.cpu_limit: '100m' is not allowed: at least the cpu request '500m'" in text
    assert "name: 'Bad_Name' is not allowed: a DNS-1123 label" in text


def test_prod_with_budget_needs_two_replicas(chart):
    with pytest.raises(PropsError, match=r"replicas: 1 is not allowed: at least 2 in prod"):
        SecureApp(chart, "api", props=props(env=environment("prod"), image=PROD_IMAGE, replicas=1))
    # Without a PodDisruptionBudget a single replica is a deliberate, visible choice.
    SecureApp(chart, "ok", props=props(name="ok", env=environment("prod"), image=PROD_IMAGE, replicas=1,
                                       pod_disruption_budget=False, autoscaling=None))


def test_unknown_environment_is_an_error():
    with pytest.raises(PropsError, match=r"name: 'qa' is not allowed: one of dev, stage, prod"):
        environment("qa")


def test_props_are_replaceable_per_environment():
    base = props()
    prod = dataclasses.replace(base, env=environment("prod"), image=PROD_IMAGE)
    assert (base.env.name, prod.env.name) == ("dev", "prod") and prod.name == base.name
