"""Cross-layer contracts for TLS and DNS (issue 17, item 4): every name an Ingress in dist/ serves gets a DNS record
and a certificate on the cluster the CDK app builds. Each test reads the synthesized CloudFormation template (the
Pod Identity roles and what they may change in Route 53) and dist/ (the Ingresses, the add-ons' values, the
Certificates and ClusterIssuers) together."""

from __future__ import annotations

import pytest
from platform_infra import ENVIRONMENTS, platform_values
from test_contracts import _role_policies, dist_objects, of_type

from platform_constructs.tls import in_zone

ENV_NAMES = tuple(ENVIRONMENTS)
# Route 53 calls that change records: the only writes either add-on may make, and only in the environment's zone.
RECORD_WRITES = {"route53:ChangeResourceRecordSets"}


def _actions(statement: dict) -> list[str]:
    return [statement["Action"]] if isinstance(statement["Action"], str) else list(statement["Action"])


def _resources(statement: dict) -> list[str]:
    return [statement["Resource"]] if isinstance(statement["Resource"], str) else list(statement["Resource"])


def _addon(env: str, name: str) -> dict:
    found = [a for _, a in dist_objects(env, "Application") if a["metadata"]["name"] == name]
    assert len(found) == 1, f"{env}: no '{name}' add-on Application in dist/clusters/{env}/"
    return found[0]


def _bound_statements(template: dict, namespace: str, service_account: str) -> list[dict]:
    """The IAM statements of the role EKS Pod Identity binds to namespace/service_account (exactly one role)."""
    roles = {lid: r["Properties"].get("RoleName") for lid, r in of_type(template, "AWS::IAM::Role").items()}
    bound = [roles[a["Properties"]["RoleArn"]["Fn::GetAtt"][0]]
             for a in of_type(template, "AWS::EKS::PodIdentityAssociation").values()
             if (a["Properties"]["Namespace"], a["Properties"]["ServiceAccount"]) == (namespace, service_account)]
    assert len(bound) == 1, f"{namespace}/{service_account} has {len(bound)} Pod Identity roles, expected one"
    return _role_policies(template)[bound[0]]


def _zone_writes(statements: list[dict]) -> set[str]:
    """Every resource a record-changing statement names (a '*' among them would be any zone in the account)."""
    return {r for s in statements if s.get("Effect", "Allow") == "Allow" and RECORD_WRITES & set(_actions(s))
            for r in _resources(s)}


def _zone(env: str):
    """The environment's public hosted zone, as the CDK app's config names it."""
    zone = getattr(platform_values(env), "dns_zone", None)
    assert zone is not None, f"{env}: the CDK app's config names no public hosted zone for the Ingress hosts"
    return zone


def _ingress_hosts(env: str) -> list[tuple[str, str]]:
    hosts = [(path, h) for path, ing in dist_objects(env, "Ingress")
             for h in [r.get("host") for r in ing["spec"].get("rules") or ()]
             + [h for t in ing["spec"].get("tls") or () for h in t.get("hosts") or ()]]
    assert hosts, f"{env}: no Ingress host in dist/: nothing to check"
    return hosts


@pytest.mark.parametrize("env", ENV_NAMES)
def test_every_ingress_host_is_in_a_zone_external_dns_manages(env: str, templates: dict) -> None:
    """Each Ingress host lies in the environment's public zone; external-dns watches Ingresses, is limited to that zone
    by name (domain filter) and by id (zone-id filter), and its Pod Identity role changes records in that zone only."""
    zone = _zone(env)
    app = _addon(env, "external-dns")
    values = app["spec"]["source"]["helm"]["valuesObject"]
    assert "ingress" in values["sources"], f"{env}: external-dns does not watch Ingresses: {values['sources']}"
    assert values["domainFilters"] == [zone.name], f"{env}: external-dns domain filter {values['domainFilters']}"
    assert values["extraArgs"]["zone-id-filter"] == [zone.zone_id], f"{env}: external-dns zone filter {values['extraArgs']}"
    assert values["txtOwnerId"], f"{env}: without an owner id external-dns could delete records it did not create"
    outside = [(path, h) for path, h in _ingress_hosts(env) if not in_zone(h, zone.name)]
    assert not outside, f"{env}: Ingress hosts outside the zone '{zone.name}' external-dns manages: {outside}"

    statements = _bound_statements(templates[env], app["spec"]["destination"]["namespace"], values["serviceAccount"]["name"])
    zone_arn = f"arn:aws:route53:::hostedzone/{zone.zone_id}"
    assert _zone_writes(statements) == {zone_arn}, f"{env}: external-dns may change records in {_zone_writes(statements)}"
    for s in statements:  # reads may be account-wide where Route 53 has no resource scoping; writes may not
        assert all(a.startswith(("route53:List", "route53:Get")) or a in RECORD_WRITES for a in _actions(s)), s


@pytest.mark.parametrize("env", ENV_NAMES)
def test_every_tls_secret_is_issued_by_a_certificate_from_an_existing_cluster_issuer(env: str) -> None:
    """Every TLS Secret an Ingress names is written by cert-manager: a Certificate in the Ingress's namespace (or the
    ingress-shim annotation) for that Secret and every host of the TLS entry, from a ClusterIssuer that exists in
    dist/, whose ACME DNS-01 solver answers through the environment's zone."""
    zone = _zone(env)
    issuers = {i["metadata"]["name"]: i for _, i in dist_objects(env, "ClusterIssuer")}
    certificates = {(c["metadata"]["namespace"], c["spec"]["secretName"]): c for _, c in dist_objects(env, "Certificate")}
    checked = 0
    for path, ingress in dist_objects(env, "Ingress"):
        namespace = ingress["metadata"]["namespace"]
        for tls in ingress["spec"].get("tls") or ():
            secret, hosts = tls["secretName"], set(tls.get("hosts") or ())
            shim = (ingress["metadata"].get("annotations") or {}).get("cert-manager.io/cluster-issuer")
            cert = certificates.get((namespace, secret))
            assert cert is not None or shim, f"{path}: nothing issues Secret {namespace}/{secret}"
            if cert is not None:
                ref = cert["spec"]["issuerRef"]
                assert ref.get("kind") == "ClusterIssuer" and ref.get("group", "cert-manager.io") == "cert-manager.io", (
                    f"{path}: {namespace}/{secret} is issued by {ref}")
                issuer = ref["name"]
                assert hosts <= set(cert["spec"]["dnsNames"]), f"{path}: the Certificate leaves out {hosts - set(cert['spec']['dnsNames'])}"
            else:
                issuer = shim
            assert issuer in issuers, f"{path}: ClusterIssuer '{issuer}' is not in dist/ (there: {sorted(issuers)})"
            solvers = issuers[issuer]["spec"]["acme"]["solvers"]
            for host in hosts:
                route53 = [s["dns01"]["route53"] for s in solvers if "route53" in s.get("dns01", {})
                           and any(in_zone(host, z) for z in s.get("selector", {}).get("dnsZones", [host]))]
                assert route53, f"{path}: no DNS-01 Route 53 solver of '{issuer}' covers '{host}'"
                assert all(r["hostedZoneID"] == zone.zone_id for r in route53), f"{path}: {route53}"
            checked += 1
    assert checked, f"{env}: no Ingress names a TLS Secret"


@pytest.mark.parametrize("env", ENV_NAMES)
def test_cert_manager_answers_dns01_challenges_in_the_zone_only(env: str, templates: dict) -> None:
    """cert-manager's Pod Identity role writes only the ACME challenge TXT records of the environment's zone: it can
    prove control of the platform's names, but cannot point any name of the zone elsewhere."""
    zone = _zone(env)
    app = _addon(env, "cert-manager")
    values = app["spec"]["source"]["helm"]["valuesObject"]
    statements = _bound_statements(templates[env], app["spec"]["destination"]["namespace"], values["serviceAccount"]["name"])
    assert _zone_writes(statements) == {f"arn:aws:route53:::hostedzone/{zone.zone_id}"}, statements
    for s in statements:
        if RECORD_WRITES & set(_actions(s)):
            conditions = s.get("Condition", {})
            assert conditions.get("ForAllValues:StringEquals", {}).get("route53:ChangeResourceRecordSetsRecordTypes") == ["TXT"], s
            assert conditions.get("ForAllValues:StringLike", {}).get(
                "route53:ChangeResourceRecordSetsNormalizedRecordNames") == ["_acme-challenge.*"], s
        assert all(a.startswith(("route53:List", "route53:Get")) or a in RECORD_WRITES for a in _actions(s)), s


def _rendered(env: str, app: str) -> list[dict]:
    """The add-on's objects as `helm template` renders its Application of dist/ (skipped, with the reason, without helm
    or the chart source)."""
    from tools import addon_render

    source = next(s for s in addon_render.applications(env) if s.app == app)
    try:
        return addon_render.render(source, addon_render.kube_version(env), addon_render.api_versions()).applied()
    except addon_render.Unavailable as e:
        pytest.skip(str(e))


def _policies_for(objects: list[dict], pod_labels: dict, direction: str) -> list[dict]:
    """The rules of every NetworkPolicy that selects pods with `pod_labels` for `direction` ('Ingress'/'Egress')."""
    return [rule for o in objects if o["kind"] == "NetworkPolicy" and direction in o["spec"].get("policyTypes", ())
            and o["spec"]["podSelector"].get("matchLabels", {}).items() <= pod_labels.items()
            for rule in o["spec"].get(direction.lower()) or ()]


def _admits(rules: list[dict], port: int | str, protocol: str = "TCP", cidr: str | None = None) -> bool:
    """Whether a rule admits `port` with any peer (no `from`/`to`) or, with `cidr`, that exact address block."""
    for rule in rules:
        peers = rule.get("from", rule.get("to")) or []
        if (not peers or cidr is not None and {"ipBlock": {"cidr": cidr}} in peers) and any(
                p.get("port") == port and p.get("protocol", "TCP") == protocol for p in rule.get("ports") or [{"port": port}]):
            return True
    return False


@pytest.mark.engines
@pytest.mark.parametrize("env", ENV_NAMES)
def test_cert_managers_network_reaches_acme_route53_and_its_webhook_the_api_server(env: str, templates: dict) -> None:
    """cert-manager's namespace is isolated by its chart's NetworkPolicies (values in dist/): the controller still
    reaches the ACME server, Route 53 and STS on 443, DNS and the node's Pod Identity agent, and the webhook is
    reachable on its port from any address, the EKS control plane's ENIs included. The node groups carry no security
    group of their own (launch templates name none), so EKS's cluster security group admits the control plane to every
    node port."""
    from platform_constructs.postgres import POD_IDENTITY_AGENT

    objects = _rendered(env, "cert-manager")
    deployments = {o["metadata"]["name"]: o for o in objects if o["kind"] == "Deployment"}
    controller, webhook = deployments["cert-manager"], deployments["cert-manager-webhook"]
    egress = _policies_for(objects, controller["spec"]["template"]["metadata"]["labels"], "Egress")
    assert egress, f"{env}: cert-manager's controller is not isolated: the chart's NetworkPolicies are off"
    assert _admits(egress, 443) and _admits(egress, 53, "UDP") and _admits(egress, 53, "TCP"), egress
    assert _admits(egress, 80, cidr=POD_IDENTITY_AGENT.cidr), f"{env}: no way to the Pod Identity agent: {egress}"
    assert not _admits(egress, 80), f"{env}: the controller may reach any HTTP host (no HTTP-01 is answered): {egress}"

    pod = webhook["spec"]["template"]
    assert not pod["spec"].get("hostNetwork")
    (port,) = [p for c in pod["spec"]["containers"] for p in c.get("ports", ()) if p["name"] == "https"]
    service = next(o for o in objects if o["kind"] == "Service" and o["metadata"]["name"] == "cert-manager-webhook")
    assert [p["targetPort"] for p in service["spec"]["ports"] if p["name"] == "https"] == ["https"]
    ingress = _policies_for(objects, pod["metadata"]["labels"], "Ingress")
    assert ingress and (_admits(ingress, "https") or _admits(ingress, port["containerPort"])), ingress

    launch_templates = of_type(templates[env], "AWS::EC2::LaunchTemplate")
    for name, group in of_type(templates[env], "AWS::EKS::Nodegroup").items():
        data = launch_templates[group["Properties"]["LaunchTemplate"]["Id"]["Ref"]]["Properties"]["LaunchTemplateData"]
        assert not {"SecurityGroupIds", "SecurityGroups", "NetworkInterfaces"} & set(data), f"{env}: {name} {data}"
        assert "RemoteAccess" not in group["Properties"]


@pytest.mark.engines
@pytest.mark.parametrize("env", ENV_NAMES)
def test_external_dns_is_isolated_and_still_reaches_route53(env: str) -> None:
    """external-dns holds the credentials that move the environment's names, and its chart renders no NetworkPolicy:
    dist/ isolates its namespace, letting it reach Route 53 and the API server on 443, kube-dns and the Pod Identity
    agent, and admitting Prometheus alone, to the port the chart's container serves metrics on."""
    from platform_constructs.postgres import POD_IDENTITY_AGENT

    app = _addon(env, "external-dns")
    namespace = app["spec"]["destination"]["namespace"]
    (deployment,) = [o for o in _rendered(env, "external-dns") if o["kind"] == "Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    policies = [p for _, p in dist_objects(env, "NetworkPolicy") if p["metadata"]["namespace"] == namespace]
    egress, ingress = (_policies_for(policies, labels, d) for d in ("Egress", "Ingress"))
    isolated = {d for p in policies if not p["spec"]["podSelector"] for d in p["spec"]["policyTypes"]}
    assert isolated == {"Ingress", "Egress"}, f"{env}: {namespace} is not isolated by dist/: {policies}"
    assert _admits(egress, 443) and _admits(egress, 80, cidr=POD_IDENTITY_AGENT.cidr), egress
    dns = [r for r in egress if {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                                 "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}} in r.get("to", [])]
    assert dns and {(p["port"], p["protocol"]) for r in dns for p in r["ports"]} == {(53, "UDP"), (53, "TCP")}
    assert not _admits(egress, 80) and not _admits(egress, 53, "UDP"), f"{env}: egress beyond 443 to any address: {egress}"
    (port,) = [p["containerPort"] for c in deployment["spec"]["template"]["spec"]["containers"] for p in c["ports"]
               if p["name"] == "http"]
    assert [(r["from"], [p["port"] for p in r["ports"]]) for r in ingress] == [
        ([{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
           "podSelector": {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}}], [port])], ingress
