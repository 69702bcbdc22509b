"""Cross-layer contracts: what the manifests in dist/ rely on, checked against the CloudFormation the CDK app
synthesizes for the same environment. Each test reads both layers; neither side's own tests can see these."""

from __future__ import annotations

import ipaddress
import json
import pathlib

import pytest
import yaml
from platform_infra import ENVIRONMENTS

from platform_constructs.network import NAME_LABEL
from platform_constructs.postgres import POD_IDENTITY_AGENT

ENV_NAMES = tuple(ENVIRONMENTS)

DIST = pathlib.Path(__file__).resolve().parents[2] / "dist"


def of_type(template: dict, cfn_type: str) -> dict[str, dict]:
    return {k: r for k, r in template["Resources"].items() if r["Type"] == cfn_type}


def dist_objects(env: str, kind: str) -> list[tuple[str, dict]]:
    """(path, object) of every `kind` object Argo CD syncs into the environment's cluster."""
    out = []
    for tree in ("platform", "clusters", "apps"):
        for path in sorted((DIST / tree).rglob("*.yaml")):
            if tree == "apps" and f"/envs/{env}/" not in path.as_posix() or tree != "apps" and f"/{env}/" not in path.as_posix():
                continue
            out += [(str(path.relative_to(DIST)), d) for d in yaml.safe_load_all(path.read_text()) if d and d.get("kind") == kind]
    return out


def s3_endpoint(template: dict) -> dict:
    found = [r["Properties"] for r in of_type(template, "AWS::EC2::VPCEndpoint").values()
             if r["Properties"].get("VpcEndpointType") == "Interface" and ".s3" in json.dumps(r["Properties"]["ServiceName"])]
    assert len(found) == 1, f"expected one S3 interface endpoint, found {len(found)}"
    return found[0]


@pytest.mark.parametrize("env", ENV_NAMES)
def test_network_policies_are_enforced_by_the_cni(env: str, templates: dict) -> None:
    """dist/ isolates namespaces with NetworkPolicies; on EKS only the VPC CNI's policy agent enforces them,
    and it is off unless the vpc-cni add-on's configuration turns it on."""
    policies = dist_objects(env, "NetworkPolicy")
    assert policies, f"{env}: no NetworkPolicy in dist/"
    cni = [r["Properties"] for r in of_type(templates[env], "AWS::EKS::Addon").values() if r["Properties"]["AddonName"] == "vpc-cni"]
    assert len(cni) == 1, f"{env}: no vpc-cni add-on"
    config = json.loads(cni[0].get("ConfigurationValues") or "{}")
    assert config.get("enableNetworkPolicy") == "true", (
        f"{env}: {len(policies)} NetworkPolicies in dist/ but the vpc-cni add-on does not enforce them: {config}")


@pytest.mark.parametrize("env", ENV_NAMES)
def test_egress_reaches_only_the_endpoint_subnets_and_the_kubernetes_api(env: str, templates: dict) -> None:
    """Every address block a pod may egress to is the node's Pod Identity agent, a subnet holding the S3
    interface endpoint (private DNS for every resolver, so S3's names resolve there), which holds no cluster
    ENI, or, for the database members alone (Patroni's lock and state store), the Kubernetes API: the
    'kubernetes' Service's address (the first of the cluster's service range) and the subnets EKS puts the API
    server's ENIs in. A database pod reaches S3, AWS APIs and its API server, not arbitrary HTTPS hosts."""
    t = templates[env]
    endpoint = s3_endpoint(t)
    assert endpoint["PrivateDnsEnabled"] is True
    assert endpoint.get("DnsOptions", {}).get("PrivateDnsOnlyForInboundResolverEndpoint") == "AllResolvers", endpoint
    subnets = of_type(t, "AWS::EC2::Subnet")
    endpoint_subnets = {ref["Ref"] for ref in endpoint["SubnetIds"]}
    allowed = {subnets[s]["Properties"]["CidrBlock"] for s in endpoint_subnets}
    clusters = list(of_type(t, "AWS::EKS::Cluster").values())
    assert len(clusters) == 1
    cluster_subnets = {ref["Ref"] for ref in clusters[0]["Properties"]["ResourcesVpcConfig"]["SubnetIds"]}
    assert not cluster_subnets & endpoint_subnets, f"{env}: the cluster's ENIs may sit in the endpoint subnets"
    assert not of_type(t, "AWS::EC2::VPCEndpoint") or all(
        r["Properties"].get("VpcEndpointType") == "Interface" for r in of_type(t, "AWS::EC2::VPCEndpoint").values()), (
        f"{env}: a gateway endpoint routes to public S3 ranges no NetworkPolicy can name")
    service_range = clusters[0]["Properties"]["KubernetesNetworkConfig"]["ServiceIpv4Cidr"]
    api = {f"{next(ipaddress.ip_network(service_range).hosts())}/32"} | {
        subnets[s]["Properties"]["CidrBlock"] for s in cluster_subnets}

    blocks = []
    for path, policy in dist_objects(env, "NetworkPolicy"):
        for rule in policy["spec"].get("egress", []):
            for peer in rule.get("to", []):
                if "ipBlock" in peer:
                    ports = sorted(p["port"] for p in rule.get("ports", []))
                    blocks.append((path, policy["spec"]["podSelector"], peer["ipBlock"]["cidr"], ports))
    assert blocks, f"{env}: no egress to an address block: the databases reach S3 somehow"
    members = [(path, cidr) for path, pods, cidr, ports in blocks if cidr in api and ports == [443]]
    wrong = [(path, cidr, ports) for path, pods, cidr, ports in blocks
             if not (cidr in allowed and ports == [443]) and not (cidr == POD_IDENTITY_AGENT.cidr and ports == [80])
             and (path, cidr) not in members]
    assert not wrong, f"{env}: egress to address blocks other than the endpoint subnets {sorted(allowed)}: {wrong}"
    assert {cidr for _, _, cidr, _ in blocks} >= allowed, f"{env}: S3 egress does not cover every zone's endpoint subnet"
    # Who may call the API server: only the pods Patroni runs in (the StatefulSets of PostgresCluster).
    patroni = {s["spec"]["selector"]["matchLabels"][NAME_LABEL] for _, s in dist_objects(env, "StatefulSet")
               if any(c["command"] == ["/scripts/pg-patroni.sh"] for c in s["spec"]["template"]["spec"]["containers"])}
    callers = {pods["matchLabels"][NAME_LABEL] for path, pods, cidr, ports in blocks if (path, cidr) in members}
    assert patroni and callers == patroni, f"{env}: the Kubernetes API is reachable from {sorted(callers)}, Patroni runs in {sorted(patroni)}"
    for name in patroni:
        reached = {cidr for path, pods, cidr, _ in blocks if (path, cidr) in members and pods["matchLabels"][NAME_LABEL] == name}
        assert reached == api, f"{env}: {name} reaches the Kubernetes API at {sorted(reached)}, the cluster's are {sorted(api)}"


def _team_entries(template: dict) -> dict[str, set[str]]:
    """Kubernetes group -> the IAM principals EKS puts into it (access entries without an access policy)."""
    out: dict[str, set[str]] = {}
    for r in of_type(template, "AWS::EKS::AccessEntry").values():
        props = r["Properties"]
        assert "AccessPolicies" not in props or not props.get("KubernetesGroups"), "an entry is either admin or team"
        for group in props.get("KubernetesGroups", ()):
            out.setdefault(group, set()).add(props["PrincipalArn"])
    return out


@pytest.mark.parametrize("env", ENV_NAMES)
def test_every_team_group_is_reachable_from_exactly_the_catalogues_roles(env: str, templates: dict) -> None:
    """Issue 17, item 2: the RoleBindings in dist/ bind groups; EKS must put exactly the team's IAM roles of that
    access level into each, and no team principal may hold a cluster-wide access policy or ClusterRoleBinding."""
    from platform_infra.config import CATALOGUE

    from platform_constructs.catalogue import ACCESS_LEVELS

    config, reachable = ENVIRONMENTS[env], _team_entries(templates[env])
    bound = {s["name"] for _, b in dist_objects(env, "RoleBinding") for s in b.get("subjects") or () if s["kind"] == "Group"}
    expected = {}
    for team in CATALOGUE.teams:
        for level in ACCESS_LEVELS:
            for group in team.groups(level):
                expected.setdefault(group, set()).update(f"arn:aws:iam::{config.account}:role/{r}" for r in team.roles(level))
    assert bound and bound <= set(expected), f"RoleBindings name groups the catalogue does not declare: {bound - set(expected)}"
    for group in bound:
        assert reachable.get(group, set()) == expected[group], group
    team_principals = set().union(*reachable.values())
    admins = {r["Properties"]["PrincipalArn"] for r in of_type(templates[env], "AWS::EKS::AccessEntry").values()
              if "AccessPolicies" in r["Properties"]}
    assert not team_principals & admins
    cluster_bound = {s["name"] for _, b in dist_objects(env, "ClusterRoleBinding") for s in b.get("subjects") or ()
                     if s["kind"] == "Group"}
    assert not cluster_bound & set(expected), "a team group is bound cluster-wide"
    # Argo CD's project roles name the same groups (SSO's groups claim), no others.
    project_groups = {g for _, p in dist_objects(env, "AppProject") if p["metadata"]["name"] in {t.name for t in CATALOGUE.teams}
                      for role in p["spec"].get("roles") or () for g in role.get("groups") or ()}
    assert project_groups and project_groups <= set(expected)


def _role_policies(template: dict) -> dict[str, list[dict]]:
    """IAM role name -> the statements of the policies attached to it (inline AWS::IAM::Policy resources)."""
    names = {lid: r["Properties"].get("RoleName") for lid, r in of_type(template, "AWS::IAM::Role").items()}
    out: dict[str, list[dict]] = {n: [] for n in names.values()}
    for policy in of_type(template, "AWS::IAM::Policy").values():
        for ref in policy["Properties"]["Roles"]:
            out[names[ref["Ref"]]] += policy["Properties"]["PolicyDocument"]["Statement"]
    return out


def _secret_resources(statements: list[dict]) -> set[str]:
    return {r if isinstance(r, str) else json.dumps(r) for s in statements if any(a.startswith("secretsmanager:") for a in
            ([s["Action"]] if isinstance(s["Action"], str) else s["Action"]))
            for r in ([s["Resource"]] if isinstance(s["Resource"], (str, dict)) else s["Resource"])}


def secret_reach(env: str, templates: dict) -> tuple[dict[str, set[str]], list[tuple[str, dict]]]:
    """For each namespace, the secret ARNs (patterns) its ExternalSecrets can reach: through the stores in dist/ that
    serve it (their conditions, the role each assumes) and that role's IAM policies in the template. Also the stores."""
    from platform_infra import platform_values

    values, policies = platform_values(env), _role_policies(templates[env])
    assert not _secret_resources(policies[values.external_secrets.role_name]), "external-secrets itself reads no secret"
    role_names = {lid: r["Properties"].get("RoleName") for lid, r in of_type(templates[env], "AWS::IAM::Role").items()}
    assumable = {role_names[r["Fn::GetAtt"][0]] if isinstance(r, dict) else r.rsplit("/", 1)[1]
                 for s in policies[values.external_secrets.role_name] if "sts:AssumeRole" in s["Action"] for r in s["Resource"]}
    reach: dict[str, set[str]] = {}
    stores = dist_objects(env, "ClusterSecretStore")
    for _, store in stores:
        spec = store["spec"]
        namespaces = [n for c in spec.get("conditions") or () for n in c.get("namespaces") or ()]
        assert namespaces, f"{store['metadata']['name']}: a store without conditions serves every namespace"
        role = spec["provider"]["aws"]["role"]
        assert role.rsplit("/", 1)[1] in assumable, f"{store['metadata']['name']}: external-secrets cannot assume {role}"
        for ns in namespaces:
            reach.setdefault(ns, set()).update(_secret_resources(policies[role.rsplit("/", 1)[1]]))
    return reach, stores


def reaches(resources: set[str], key: str, env: str) -> bool:
    """Whether the secret named `key` matches one of the IAM resource patterns (exact name plus suffix, or prefix/*)."""
    from platform_infra import platform_values

    values = platform_values(env)
    arn = f"arn:aws:secretsmanager:{values.region}:{values.account}:secret:{key}"
    return any(r == f"{arn}-??????" or r.endswith("/*") and arn.startswith(r[:-1]) for r in resources)


@pytest.mark.parametrize("env", ENV_NAMES)
def test_each_namespace_reaches_only_its_own_secrets(env: str, templates: dict) -> None:
    """Issue 17, item 3: for each namespace, the secrets its ExternalSecrets can reach, computed from the stores in
    dist/ (conditions, role) and the IAM policies in the template: a team its own prefix, the databases namespace the
    database secrets (superusers and the client roles' passwords), monitoring the receivers, every other namespace
    nothing."""
    from platform_infra import platform_values
    from platform_infra.config import CATALOGUE

    values = platform_values(env)
    reach, stores = secret_reach(env, templates)
    arn = f"arn:aws:secretsmanager:{values.region}:{values.account}:secret:platform/{env}/"
    databases = {f"{arn}{key}-??????" for s in CATALOGUE.running if s.database
                 for key in (s.database_name, s.database_password_key)}
    expected = {"databases": databases, "monitoring": {f"{arn}alertmanager-receivers-??????"},
                "argocd": {f"{arn}argocd-oidc-??????"},
                **{t.name: {f"{arn}teams/{t.name}/*"} for t in CATALOGUE.teams}}
    assert reach == expected
    # Every ExternalSecret in dist/ still reaches what it names, through a store that serves its namespace.
    by_name = {s["metadata"]["name"]: s for _, s in stores}
    for path, secret in dist_objects(env, "ExternalSecret"):
        ns, store = secret["metadata"]["namespace"], by_name[secret["spec"]["secretStoreRef"]["name"]]
        assert ns in [n for c in store["spec"]["conditions"] for n in c["namespaces"]], path
        for data in secret["spec"].get("data") or ():
            assert reaches(reach[ns], data["remoteRef"]["key"], env), (path, data["remoteRef"]["key"])


def _mounts(pod: dict, container: dict) -> dict[str, dict]:
    """Mount path -> the volume mounted there ({} for a volumeClaimTemplate's claim)."""
    volumes = {v["name"]: v for v in pod.get("volumes") or ()}
    return {m["mountPath"]: volumes.get(m["name"], {}) for m in container.get("volumeMounts") or ()}  # claims: {}


@pytest.mark.parametrize("env", ENV_NAMES)
def test_each_database_client_connects_over_verified_tls_with_its_own_role(env: str, templates: dict) -> None:
    """Issue 17, item 6, read across dist/ and the template: every app given a DATABASE_HOST verifies the server's
    name (the server certificate covers the host, from a CA chain that exists), proves its role with a client
    certificate of that common name from the same CA, and logs in with a password both its namespace and the
    databases namespace read from one secret, which the database turns into exactly that role; the server refuses
    anything but TLS, and the superuser's secret stays in the databases namespace."""
    certificates = {(c["metadata"].get("namespace"), c["metadata"]["name"]): c for _, c in dist_objects(env, "Certificate")}
    by_secret = {(ns, c["spec"]["secretName"]): c for (ns, _), c in certificates.items()}
    issuers = {i["metadata"]["name"]: i for _, i in dist_objects(env, "ClusterIssuer")}
    secrets = {(e["metadata"]["namespace"], e["spec"]["target"]["name"]): e for _, e in dist_objects(env, "ExternalSecret")}
    statefulsets = {s["metadata"]["name"]: s for _, s in dist_objects(env, "StatefulSet")}
    config_maps = {(c["metadata"]["namespace"], c["metadata"]["name"]): c for _, c in dist_objects(env, "ConfigMap")}
    reach, _ = secret_reach(env, templates)
    clients = [(path, w) for kind in ("Deployment", "Rollout") for path, w in dist_objects(env, kind)
               if any(e["name"] == "DATABASE_HOST" for c in w["spec"]["template"]["spec"]["containers"] for e in c.get("env") or ())]
    assert clients, "no app in dist/ uses a database"
    for path, workload in clients:
        ns, pod = workload["metadata"]["namespace"], workload["spec"]["template"]["spec"]
        container = pod["containers"][0]
        env_vars = {e["name"]: e.get("value") for e in container["env"]}
        mounts = _mounts(pod, container)
        assert all("valueFrom" not in e for e in container["env"]), f"{path}: a secret as an environment variable"
        assert env_vars["DATABASE_SSLMODE"] == "verify-full", path
        # The server: the host names a -rw Service of a database whose certificate covers that name.
        host, user = env_vars["DATABASE_HOST"], env_vars["DATABASE_USER"]
        service, db_ns = host.split(".")[0], host.split(".")[1]
        cluster = service.removesuffix("-rw")
        db = statefulsets[cluster]
        db_pod = db["spec"]["template"]["spec"]
        postgres = next(c for c in db_pod["containers"] if c["name"] == "postgres")
        tls = next(v for p, v in _mounts(db_pod, postgres).items() if p == "/var/run/postgresql-tls")["secret"]["secretName"]
        server = by_secret[(db_ns, tls)]
        assert host in server["spec"]["dnsNames"] and "server auth" in server["spec"]["usages"], (path, host)
        conf = config_maps[(db_ns, f"{cluster}-postgres")]["data"]
        assert "ssl = on\n" in conf["postgresql.conf"] and "ssl_key_file = '/var/run/postgresql-tls/tls.key'\n" in conf["postgresql.conf"]
        hba = [line.split() for line in conf["pg_hba.conf"].splitlines() if line.strip() and not line.startswith("#")]
        assert ["hostnossl", "all", "all", "all", "reject"] in hba and all(r[0] in ("local", "hostssl", "hostnossl") for r in hba)
        assert hba[-1][-1] == "clientcert=verify-full" and hba[-1][2] == "all", f"{cluster}: app roles need a client certificate"
        # The CA chain: the issuer exists, is a CA issuer whose key pair is a CA certificate from an issuer that exists.
        issuer = issuers[server["spec"]["issuerRef"]["name"]]
        ca = by_secret[("cert-manager", issuer["spec"]["ca"]["secretName"])]
        assert ca["spec"]["isCA"] is True and ca["spec"]["issuerRef"]["name"] in issuers
        # The app's certificate: from the same CA, its common name the role, its files where the variables say.
        tls_dir = env_vars["DATABASE_SSLROOTCERT"].rsplit("/", 1)[0]
        client = by_secret[(ns, mounts[tls_dir]["secret"]["secretName"])]
        assert client["spec"]["issuerRef"]["name"] == issuer["metadata"]["name"], path
        assert client["spec"]["commonName"] == user and "client auth" in client["spec"]["usages"], path
        assert {env_vars[k] for k in ("DATABASE_SSLROOTCERT", "DATABASE_SSLCERT", "DATABASE_SSLKEY")} == {
            f"{tls_dir}/{f}" for f in ("ca.crt", "tls.crt", "tls.key")}
        # The password: one secret, read by the app's namespace and by the databases namespace, under the app's team.
        password_dir, _, key_file = env_vars["DATABASE_PASSWORD_FILE"].rpartition("/")
        ours = secrets[(ns, mounts[password_dir]["secret"]["secretName"])]
        (data,) = ours["spec"]["data"]
        assert data["secretKey"] == key_file
        key = data["remoteRef"]["key"]
        assert key.startswith(f"platform/{env}/teams/{ns}/") and reaches(reach[ns], key, env), (path, key)
        roles = next(v for v in db_pod["volumes"] if v["name"] == "client-roles")["projected"]["sources"]
        theirs = [secrets[(db_ns, r["secret"]["name"])] for r in roles if r["secret"]["items"][0]["path"] == user]
        assert len(theirs) == 1, f"{cluster}: no role file for '{user}'"
        assert theirs[0]["spec"]["data"][0]["remoteRef"] == data["remoteRef"] and reaches(reach[db_ns], key, env)
        # The superuser's password is read in the databases namespace only.
        superuser = secrets[(db_ns, next(v for v in db_pod["volumes"] if v["name"] == "credentials")["secret"]["secretName"])]
        superuser_key = superuser["spec"]["data"][0]["remoteRef"]["key"]
        assert [n for n, r in reach.items() if reaches(r, superuser_key, env)] == [db_ns], superuser_key


@pytest.mark.parametrize("env", ENV_NAMES)
def test_argo_cd_sso_maps_the_groups_claim_to_the_project_roles(env: str) -> None:
    """Issue 17, item 2: the AppProject roles name groups; Argo CD only matches them if SSO asks for the `groups`
    claim and RBAC reads it, and the OIDC client secret it references exists (synced into a labelled Secret)."""
    argocd = next(a for _, a in dist_objects(env, "Application") if a["metadata"]["name"] == "argo-cd")
    configs = argocd["spec"]["source"]["helm"]["valuesObject"]["configs"]
    oidc = yaml.safe_load(configs["cm"]["oidc.config"])
    assert "groups" in oidc["requestedScopes"] and configs["rbac"]["scopes"] == "[groups]"
    assert configs["rbac"]["policy.default"] == "", "SSO users get nothing beyond their groups' roles"
    secret, key = oidc["clientSecret"].removeprefix("$").split(":")
    synced = [s for _, s in dist_objects(env, "ExternalSecret") if s["metadata"]["namespace"] == "argocd"
              and s["spec"]["target"]["name"] == secret]
    assert len(synced) == 1 and synced[0]["spec"]["data"][0]["secretKey"] == key
    assert synced[0]["spec"]["target"]["template"]["metadata"]["labels"]["app.kubernetes.io/part-of"] == "argocd"


@pytest.mark.parametrize("env", ENV_NAMES)
def test_kyverno_can_read_exactly_the_registries_it_verifies(env: str, templates: dict) -> None:
    """Issue 18, item 2: the ImageValidatingPolicies make Kyverno fetch signatures from ECR; its admission
    controller's service account has a Pod Identity role reading exactly those repositories, and writing nothing."""
    kyverno = next(a for _, a in dist_objects(env, "Application") if a["metadata"]["name"] == "kyverno")
    sa = kyverno["spec"]["source"]["helm"]["valuesObject"]["admissionController"]["rbac"]["serviceAccount"]["name"]
    namespace = kyverno["spec"]["destination"]["namespace"]
    roles = {lid: r["Properties"].get("RoleName") for lid, r in of_type(templates[env], "AWS::IAM::Role").items()}
    bound = [roles[a["Properties"]["RoleArn"]["Fn::GetAtt"][0]] for a in of_type(templates[env], "AWS::EKS::PodIdentityAssociation").values()
             if (a["Properties"]["Namespace"], a["Properties"]["ServiceAccount"]) == (namespace, sa)]
    assert len(bound) == 1, f"{namespace}/{sa} has no AWS identity: signature checks fail closed"
    statements = _role_policies(templates[env])[bound[0]]
    actions = {a for s in statements for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
    assert actions and all(a.startswith("ecr:") and a.split(":")[1].startswith(("Get", "Batch", "Describe")) for a in actions)
    readable = {r.split("repository/")[1] for s in statements if s["Resource"] != "*"
                for r in ([s["Resource"]] if isinstance(s["Resource"], str) else s["Resource"])}
    verified = {ref["glob"].split("/", 1)[1].rstrip("*").rstrip(":@")
                for _, p in dist_objects(env, "ImageValidatingPolicy") for ref in p["spec"]["matchImageReferences"]}
    from platform_infra.config import CATALOGUE

    assert readable == {s.name for s in CATALOGUE.services}
    assert verified <= readable
