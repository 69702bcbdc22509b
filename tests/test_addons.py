"""Platform add-ons: pinned Helm charts, values keys the charts really have, sync-wave order, identities, guardrails."""
import ast
import dataclasses
import datetime
import enum
import inspect
import pathlib
import re
import subprocess
import sys

import cdk8s
import pytest
import yaml
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import LayoutChart, PropsError, environment, render, write_tree
from platform_constructs import _addon_charts as charts
from platform_constructs import addons as ad
from platform_constructs.argocd import PLATFORM_WAVE, ClusterBootstrap, ClusterBootstrapProps, GitOpsRepo
from platform_constructs.checks import pod_security_violations
from platform_constructs.secure_app import INGRESS_NGINX, IngressOptions

sys.path.insert(0, str(ROOT / "cdk"))
from platform_infra import platform_values  # noqa: E402  (the AWS CDK app's values: the source of truth)

ENVS = ("dev", "stage", "prod")
IDENTITY_FIELDS = ("velero", "external_secrets", "load_balancer_controller", "cluster_autoscaler", "fluent_bit", "kyverno",
                   "cert_manager", "external_dns")


def identity(w, mode=ad.IdentityMode.POD_IDENTITY) -> ad.AddonIdentity:
    return ad.AddonIdentity(namespace=w.namespace, service_account=w.service_account, role_arn=w.role_arn, mode=mode)


def aws_targets(env: str, **kw) -> ad.AwsTargets:
    v = platform_values(env)
    base = dict(region=v.region, cluster_name=v.cluster_name, vpc_name=v.vpc_name, velero_bucket=v.velero_bucket,
                backup_kms_key_alias=v.backup_kms_key_alias, container_log_group=v.container_log_group,
                mirrors=dict(v.mirrors), dns_zone=ad.DnsZone(name=v.dns_zone.name, zone_id=v.dns_zone.zone_id),
                **{f: identity(getattr(v, f)) for f in IDENTITY_FIELDS})
    return ad.AwsTargets(**{**base, **kw})


def props(env: str = "dev", **kw) -> ad.PlatformAddonsProps:
    return ad.PlatformAddonsProps(**{"env": environment(env), "aws": aws_targets(env), **kw})


def build(chart, **kw) -> ad.PlatformAddons:
    return ad.PlatformAddons(chart, "addons", props=props(**kw))


def values_at(values: dict, path: str):
    node = values
    for part in path.split("."):
        node = node[part]
    return node


def key_paths(node, prefix=""):
    """Every leaf key path of a values tree (lists are leaves, like the recorded key sets)."""
    if isinstance(node, dict) and node:
        for key, child in node.items():
            yield from key_paths(child, f"{prefix}{key}.")
    else:
        yield prefix[:-1]


def allowed(path: str, keys: frozenset[str]) -> bool:
    parts = path.split(".")
    return path in keys or any(".".join(parts[:i]) + ".*" in keys for i in range(1, len(parts) + 1))


@pytest.fixture(scope="module")
def catalogues() -> dict[str, ad.PlatformAddons]:
    app = cdk8s.App()
    return {e: ad.PlatformAddons(LayoutChart(app, f"clusters-{e}", path=f"clusters/{e}"), "addons", props=props(e))
            for e in ENVS}


# ----- snapshots ---------------------------------------------------------------------------------------------


def test_default_snapshot(chart, snapshot):
    build(chart)
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    v = platform_values("prod")
    build(chart, env="prod", aws=aws_targets("prod", velero=identity(v.velero, ad.IdentityMode.IRSA)),
          velero=ad.VeleroAddon(node_agent=True), rollouts=ad.RolloutsAddon(dashboard=True),
          kyverno=ad.KyvernoAddon(webhook_timeout_seconds=3), falco=ad.FalcoAddon(enabled=False),
          exceptions_expire=datetime.date(2027, 1, 31))
    assert manifests(chart) == snapshot


# ----- images come through the environment's ECR mirrors ------------------------------------------------------


@pytest.mark.parametrize("env", ENVS)
def test_every_image_a_chart_runs_comes_from_the_environment_registry(catalogues, env):
    """The registry guardrail (Deny in stage and prod) admits only the environment's ECR registry: every image
    each chart runs, and the Velero plugin the catalogue adds, must be pulled through its mirrors."""
    registry = platform_values(env).registry
    checked = 0
    for addon in catalogues[env].addons.values():
        for image in charts.BY_NAME[addon.name].images:
            if not charts.runs(image.only_if, addon.values):
                continue
            value = values_at(dict(addon.values), image.key)
            assert value.startswith(registry + "/"), f"{addon.name}: {image.key}={value!r} is not in {registry}"
            checked += 1
    # Not run: the Rollouts dashboard, Velero's kubectl (cleanup Job), and redis-ha's two images in dev or the
    # single redis in stage and prod.
    switched_off = {"dev": 4, "stage": 3, "prod": 3}[env]
    assert checked == sum(len(c.images) for c in charts.ALL) - switched_off == 32 - switched_off
    (plugin,) = catalogues[env].addons["velero"].values["initContainers"]
    assert plugin["image"] == f"{registry}/docker-hub/velero/velero-plugin-for-aws:v1.14.0"


def test_mirrored_values_keep_the_image_path_under_the_mirror():
    mirrors = platform_values("prod").mirrors
    by_key = {(c.chart, i.key): i.mirrored(mirrors) for c in charts.ALL for i in c.images}
    assert by_key["argo-cd", "redis.image.repository"] == f"{mirrors['public.ecr.aws']}/docker/library/redis"
    assert by_key["fluent-bit", "image.repository"] == f"{mirrors['docker.io']}/fluent/fluent-bit"
    assert by_key["kyverno", "global.image.registry"] == mirrors["ghcr.io"]  # components append 'kyverno/<name>'
    assert by_key["velero", "kubectl.image.repository"] == f"{mirrors['registry.k8s.io']}/kubectl"


def test_every_chart_image_has_a_mirror_and_a_documented_source():
    hosts = set(platform_values("prod").mirrors)
    for chart in charts.ALL:
        assert chart.images, f"{chart.chart}: no image inventory"
        for image in chart.images:
            source = image.pull_from or image.default
            assert source.split("/", 1)[0] in hosts, f"{chart.chart}: no ECR mirror for {source}"
            if image.pull_from:  # same repository path, other registry: only the host may differ
                assert image.pull_from.count("/") == image.default.count("/"), image


def test_a_docker_hub_image_without_its_registry_is_still_mirrored(chart):
    addons = build(chart, velero=ad.VeleroAddon(aws_plugin_image="velero/velero-plugin-for-aws:v1.14.0"))
    registry = platform_values("dev").registry
    assert addons.addons["velero"].values["initContainers"][0]["image"] == \
        f"{registry}/docker-hub/velero/velero-plugin-for-aws:v1.14.0"


def test_hardening_never_shares_objects_between_addons_or_environments(catalogues):
    seen: dict[int, str] = {}

    def walk(node, where):
        if isinstance(node, (dict, list)):
            assert seen.setdefault(id(node), where) == where, f"{where} is the same object as {seen[id(node)]}"
            for k, v in (node.items() if isinstance(node, dict) else enumerate(node)):
                walk(v, f"{where}.{k}")
    for env, catalogue in catalogues.items():
        for addon in catalogue.addons.values():
            walk(addon.values, f"{env}:{addon.name}")


def test_without_mirrors_charts_keep_their_upstream_images(chart):
    addons = build(chart, aws=aws_targets("dev", mirrors={}))
    assert "image" not in addons.addons["aws-load-balancer-controller"].values
    assert "image" not in addons.addons["argo-rollouts"].values["controller"]
    assert addons.addons["velero"].values["initContainers"][0]["image"] == "docker.io/velero/velero-plugin-for-aws:v1.14.0"


@pytest.mark.parametrize("env", ENVS)
def test_applications_never_render_helm_test_pods(catalogues, env):
    for app in catalogues[env].applications.values():
        helm = cdk8s.ApiObject.of(app).to_json()["spec"]["source"]["helm"]
        assert helm["skipTests"] is True, app.node.id


# ----- pins and chart keys -----------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVS)
def test_every_helm_source_pins_an_exact_recorded_version(catalogues, env):
    apps = {a.node.id: a for a in catalogues[env].applications.values()}
    pins = {p.chart: p for p in charts.ALL}
    assert len(apps) == 13
    for addon in catalogues[env].addons.values():
        source = apps[addon.name].to_json()["spec"]["source"]
        pin = pins[source["chart"]]
        # jetstack publishes cert-manager as 'v1.21.1': the exact version is that spelling
        assert re.fullmatch(r"v?\d+\.\d+\.\d+", source["targetRevision"]), source
        assert source["targetRevision"].startswith("v") == (source["chart"] == "cert-manager")
        assert (source["repoURL"], source["targetRevision"]) == (pin.repo_url, pin.version)
        assert pin.checked, f"{pin.chart}: record what the version and keys were checked against"


@pytest.mark.parametrize("env", ENVS)
def test_every_values_key_exists_in_the_chart(catalogues, env):
    pins = {p.chart: p for p in charts.ALL}
    unknown = []
    for addon in catalogues[env].addons.values():
        keys = pins[addon.chart.chart].keys
        unknown += [f"{addon.name}: {p}" for p in key_paths(dict(addon.values)) if not allowed(p, keys)]
    assert unknown == []


def test_key_check_catches_a_misspelt_key():
    keys = charts.VELERO.keys
    assert not allowed("configuration.backupStorageLocations", keys)
    assert allowed("serviceAccount.server.annotations.eks.amazonaws.com/role-arn", keys)


# ----- ordering ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVS)
def test_crd_providers_sync_before_the_objects_that_need_them(catalogues, env):
    addons = catalogues[env].addons
    providers: dict[str, int] = {}
    for a in addons.values():
        for group in a.provides_crd_groups:
            providers[group] = min(providers.get(group, 0), a.wave)
    for a in addons.values():
        for group in a.needs_crd_groups - ad.CLUSTER_PROVIDED_CRD_GROUPS:
            assert providers[group] < a.wave, f"{a.name} needs {group}, provided at wave {providers[group]}"
        for name in a.needs_addons:
            assert addons[name].wave < a.wave, f"{a.name} must sync after {name}"
        rendered = catalogues[env].applications[a.name].to_json()["metadata"]["annotations"]
        assert rendered["argocd.argoproj.io/sync-wave"] == str(a.wave)
    assert addons["argo-cd"].wave == min(a.wave for a in addons.values())


def test_users_of_crds_sync_after_every_addon(chart):
    """The platform app and team apps (which hold policies, Rollouts, ServiceMonitors, secret stores) are at wave 0."""
    env = environment("prod")
    addons = build(chart, env="prod")
    ClusterBootstrap(chart, "bootstrap", props=ClusterBootstrapProps(
        repo=GitOpsRepo(url="https://example.com/gitops.git"), env=env, cluster_path="clusters/prod",
        platform_path="platform/prod"))
    users = [a for a in by_kind(manifests(chart), "Application") if a["metadata"]["name"] not in addons.addons]
    assert {a["metadata"]["name"] for a in users} == {"root", "platform"}
    last_addon_wave = max(a.wave for a in addons.addons.values())
    assert int(PLATFORM_WAVE) > last_addon_wave
    assert ad.WAVE_PROJECT < min(a.wave for a in addons.addons.values())
    for app in users:
        wave = int((app["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0"))
        assert wave > last_addon_wave


def test_snapshot_controller_comes_from_eks_not_argo_cd(catalogues):
    cdk_cluster = (ROOT / "cdk" / "platform_infra" / "cluster.py").read_text()
    assert '"snapshot-controller"' in cdk_cluster
    assert "snapshot.storage.k8s.io" in ad.CLUSTER_PROVIDED_CRD_GROUPS
    for catalogue in catalogues.values():
        assert not any("snapshot" in a.chart.chart for a in catalogue.addons.values())
        assert "snapshot.storage.k8s.io" in catalogue.addons["velero"].needs_crd_groups


# ----- identities --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("env", ENVS)
def test_service_accounts_and_namespaces_equal_the_cdk_values(catalogues, env):
    v = platform_values(env)
    for field_name, addon_name in (("velero", "velero"), ("external_secrets", "external-secrets"),
                                   ("load_balancer_controller", "aws-load-balancer-controller"),
                                   ("cluster_autoscaler", "cluster-autoscaler"), ("fluent_bit", "fluent-bit")):
        expected = getattr(v, field_name)
        addon = catalogues[env].addons[addon_name]
        app = catalogues[env].applications[addon_name].to_json()
        assert app["spec"]["destination"]["namespace"] == expected.namespace
        sa_path = addon.service_account_path
        assert values_at(dict(addon.values), sa_path) == expected.service_account
        sa = values_at(dict(addon.values), sa_path.rsplit(".", 1)[0])
        assert sa["create"] is True
        assert sa["annotations"] == {}, "Pod Identity: no IRSA annotation"


def test_irsa_identity_annotates_the_service_account(chart):
    v = platform_values("stage")
    addons = build(chart, env="stage", aws=aws_targets("stage", fluent_bit=identity(v.fluent_bit, ad.IdentityMode.IRSA)))
    sa = addons.addons["fluent-bit"].values["serviceAccount"]
    assert sa["annotations"] == {"eks.amazonaws.com/role-arn": v.fluent_bit.role_arn}


def test_aws_settings_come_from_the_cdk_values(catalogues):
    v = platform_values("prod")
    a = catalogues["prod"].addons
    bsl = a["velero"].values["configuration"]["backupStorageLocation"]
    assert bsl == [{"name": "default", "provider": "aws", "bucket": v.velero_bucket, "default": True,
                    "config": {"region": v.region, "kmsKeyId": v.backup_kms_key_alias}}]
    assert a["velero"].values["configuration"]["volumeSnapshotLocation"][0]["config"] == {"region": v.region}
    assert a["velero"].values["configuration"]["features"] == "EnableCSI"
    assert a["velero"].values["deployNodeAgent"] is True  # the data mover copies snapshot data into the bucket
    assert f"log_group_name     {v.container_log_group}\n" in a["fluent-bit"].values["config"]["outputs"]
    assert a["aws-load-balancer-controller"].values["clusterName"] == v.cluster_name
    assert a["aws-load-balancer-controller"].values["vpcTags"] == {"Name": v.vpc_name}
    assert a["cluster-autoscaler"].values["autoDiscovery"] == {"clusterName": v.cluster_name}


# ----- per-add-on behaviour ----------------------------------------------------------------------------------


def test_kyverno_is_ha_and_fails_closed_where_guardrails_enforce(catalogues):
    dev, prod = catalogues["dev"].addons["kyverno"].values, catalogues["prod"].addons["kyverno"].values
    assert dev["admissionController"]["replicas"] == 1
    assert catalogues["stage"].addons["kyverno"].values["admissionController"]["replicas"] == 3
    assert prod["admissionController"]["replicas"] == 3 and prod["backgroundController"]["replicas"] == 2
    assert prod["features"]["forceFailurePolicyIgnore"]["enabled"] is False
    assert dev["features"]["forceFailurePolicyIgnore"]["enabled"] is True
    assert prod["admissionController"]["container"]["extraArgs"] == {"webhookTimeout": "5"}
    excluded = prod["config"]["webhooks"]["namespaceSelector"]["matchExpressions"][0]["values"]
    assert excluded == ["kube-system", "kyverno"]


def test_kyverno_failure_policy_can_be_set_explicitly(chart):
    addons = build(chart, env="prod", kyverno=ad.KyvernoAddon(failure_policy=ad.FailurePolicy.IGNORE))
    assert addons.addons["kyverno"].values["features"]["forceFailurePolicyIgnore"]["enabled"] is True


def test_rollouts_dashboard_is_off(catalogues):
    for catalogue in catalogues.values():
        assert catalogue.addons["argo-rollouts"].values["dashboard"]["enabled"] is False


def test_grafana_dashboard_sidecar_and_no_default_password(catalogues):
    grafana = catalogues["prod"].addons["kube-prometheus-stack"].values["grafana"]
    assert grafana["sidecar"]["dashboards"] == {"enabled": True, "label": "grafana_dashboard", "labelValue": "1",
                                                "searchNamespace": "ALL"}
    assert grafana["admin"]["existingSecret"] == "grafana-admin"
    assert catalogues["prod"].addons["kube-prometheus-stack"].values["alertmanager"]["enabled"] is True


def test_ingress_controller_is_what_secure_app_admits(catalogues):
    nginx = catalogues["prod"].addons["ingress-nginx"]
    assert nginx.namespace == INGRESS_NGINX.namespace
    assert INGRESS_NGINX.pod_labels == {"app.kubernetes.io/name": "ingress-nginx"}
    # The chart labels its pods app.kubernetes.io/name=<chart name> unless nameOverride is set (we never set it).
    assert nginx.chart.chart == "ingress-nginx" and "nameOverride" not in nginx.values
    assert nginx.values["controller"]["ingressClassResource"]["name"] == IngressOptions().class_name
    assert nginx.values["controller"]["replicaCount"] == environment("prod").replicas


def test_falco_rules_route_to_alertmanager(catalogues):
    falco = catalogues["prod"].addons["falco"].values
    rules = yaml.safe_load(falco["customRules"]["platform-rules.yaml"])
    names = [r["rule"] for r in rules if "rule" in r]
    assert names == ["Platform shell in container", "Platform write below binary dir",
                     "Platform unexpected outbound connection from database namespace"]
    lists = {r["list"]: r["items"] for r in rules if "list" in r}
    assert lists == {"platform_database_namespaces": ["databases"], "platform_database_egress_ports": [53, 443, 5432]}
    assert falco["falcosidekick"]["config"]["alertmanager"]["hostport"] == \
        "http://kube-prometheus-stack-alertmanager.monitoring.svc:9093"
    assert catalogues["prod"].addons["falco"].needs_addons == {"kube-prometheus-stack"}


def test_argocd_configures_health_checks(catalogues):
    cm = catalogues["prod"].addons["argo-cd"].values["configs"]["cm"]
    assert cm["resource.customizations.health.argoproj.io_Rollout"] == ad.ROLLOUT_HEALTH_LUA
    assert cm["resource.customizations.health.argoproj.io_Application"] == ad.APPLICATION_HEALTH_LUA
    assert catalogues["prod"].addons["argo-cd"].values["redis-ha"]["enabled"] is True
    assert catalogues["dev"].addons["argo-cd"].values["redis-ha"]["enabled"] is False


def run_lua(script: str, obj: dict) -> dict:
    lupa = pytest.importorskip("lupa", reason="lupa runs Argo CD's Lua health checks")
    lua = lupa.LuaRuntime(unpack_returned_tuples=True)
    lua.globals().obj = lua.table_from(obj, recursive=True)
    result = lua.execute(script)
    return {"status": result["status"], "message": result["message"]}


@pytest.mark.parametrize("obj, status", [
    ({"metadata": {"generation": 4}, "spec": {},
      "status": {"observedGeneration": "4", "phase": "Paused", "message": "CanaryPauseStep"}}, "Suspended"),
    ({"metadata": {"generation": 4}, "spec": {"paused": True}, "status": {"observedGeneration": "4", "phase": "Healthy"}},
     "Suspended"),
    ({"metadata": {"generation": 4}, "spec": {}, "status": {"observedGeneration": "4", "phase": "Healthy"}}, "Healthy"),
    ({"metadata": {"generation": 4}, "spec": {},
      "status": {"observedGeneration": "4", "phase": "Degraded", "message": "RolloutAborted"}}, "Degraded"),
    ({"metadata": {"generation": 5}, "spec": {}, "status": {"observedGeneration": "4", "phase": "Healthy"}}, "Progressing"),
    ({"metadata": {"generation": 1}, "spec": {}}, "Progressing"),
])
def test_rollout_health_reports_a_paused_canary_as_suspended(obj, status):
    result = run_lua(ad.ROLLOUT_HEALTH_LUA, obj)
    assert result["status"] == status
    if status == "Suspended" and obj["status"].get("message"):
        assert result["message"] == "CanaryPauseStep"


def test_application_health_passes_the_child_health_through():
    assert run_lua(ad.APPLICATION_HEALTH_LUA, {"status": {"health": {"status": "Degraded", "message": "x"}}}) == \
        {"status": "Degraded", "message": "x"}
    assert run_lua(ad.APPLICATION_HEALTH_LUA, {"metadata": {}})["status"] == "Progressing"


# ----- guardrails ---------------------------------------------------------------------------------------------

# Containers whose securityContext is not set through values, each for a stated reason (see _addon_charts): a new
# one must be classified here.
CONTEXT_SET_ELSEWHERE = {
    ("kube-prometheus-stack", "prometheus"), ("kube-prometheus-stack", "alertmanager"),  # by prometheus-operator
    ("kube-prometheus-stack", "config-reloader"),
    ("ingress-nginx", "controller"),  # computed by the chart; read-only root exception
    ("falco", "falco"), ("falco", "falcoctl-artifact-install"), ("falco", "falcoctl-artifact-follow"),  # exception
    ("kyverno", "admission-controller"), ("kyverno", "backgroundController"), ("kyverno", "cleanupController"),
    ("kyverno", "reportsController"),  # outside Kyverno's own webhooks; the chart's contexts are restricted
    ("kyverno", "admission-controller init"), ("kyverno", "migrate-resources"), ("kyverno", "rm-webhooks"),
    ("kyverno", "scale-to-zero"),
}


@pytest.mark.parametrize("env", ENVS)
def test_every_addon_container_gets_resources_and_a_restricted_context(catalogues, env):
    """Each container a chart runs (hook Jobs and init containers too) gets all four resource values and, through
    its values keys, a securityContext the restricted guardrails admit; what an exception covers is left out."""
    unset, checked = set(), 0
    for addon in catalogues[env].addons.values():
        values = dict(addon.values)
        for c in charts.BY_NAME[addon.name].containers:
            if not charts.runs(c.only_if, values):
                with pytest.raises(KeyError):  # nothing rendered for a container that does not run
                    values_at(values, c.resources)
                continue
            r = values_at(values, c.resources)
            assert all(r[k][q] for k in ("requests", "limits") for q in ("cpu", "memory")), (addon.name, c.name)
            if not c.container_context:
                unset.add((addon.name, c.name))
                continue
            pod = {"kind": "Pod", "spec": {
                "securityContext": values_at(values, c.pod_context) if c.pod_context else {},
                "containers": [{"name": c.name, "securityContext": values_at(values, c.container_context), "resources": r}]}}
            allowed = {"runAsNonRoot", "runAsUser"} & set(c.keep)  # what the container's RequiredException waives
            problems = [v for v in pod_security_violations(pod) if not any(a in v for a in allowed)]
            assert problems == [], (addon.name, c.name)
            checked += 1
    assert unset == CONTEXT_SET_ELSEWHERE
    # redis-ha (6 containers) runs in stage and prod only, the single redis in dev; the Rollouts dashboard and
    # Velero's cleanup kubectl never.
    switched_off = {"dev": 8, "stage": 3, "prod": 3}[env]
    assert checked == sum(len(c.containers) for c in charts.ALL) - len(CONTEXT_SET_ELSEWHERE) - switched_off


def test_hardening_keeps_what_an_addon_sets_and_what_an_exception_needs(catalogues):
    values = catalogues["prod"].addons
    # a size the add-on chose stays; a container nobody sized gets the platform's small default
    assert values["kube-prometheus-stack"].values["prometheus"]["prometheusSpec"]["resources"]["limits"]["memory"] == "4Gi"
    reloader = values["kube-prometheus-stack"].values["prometheusOperator"]["prometheusConfigReloader"]["resources"]
    assert reloader == {"requests": {"cpu": "50m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}}
    # the chart's user IDs are kept (no runAsUser is forced), fluent-bit may stay root (its exception)
    assert "runAsUser" not in values["kube-prometheus-stack"].values["grafana"]["sidecar"]["securityContext"]
    assert "runAsNonRoot" not in values["fluent-bit"].values["securityContext"]
    # a container the values switch off gets nothing (Velero's kubectl runs only in the cleanup-CRDs Job)
    assert "kubectl" not in values["velero"].values and values["velero"].values.get("cleanUpCRDs") is None


@pytest.mark.parametrize("env", ENVS)
def test_exceptions_are_narrow_typed_and_expiring(catalogues, env):
    found = {(e.namespace, e.name_pattern) for e in catalogues[env].required_exceptions}
    assert found == {("monitoring", "kube-prometheus-stack-prometheus-node-exporter-?????"),
                     ("ingress-nginx", "ingress-nginx-controller-*"), ("logging", "fluent-bit-?????"),
                     ("falco", "falco-?????"), ("velero", "node-agent-?????")}
    for e in catalogues[env].required_exceptions:
        assert e.problems() == []
        assert e.expires == datetime.date(2027, 6, 30)
        assert e.name_pattern not in ("*", "") and all(isinstance(p, ad.Guardrail) for p in e.policies)
        # No default add-on runs privileged containers (Falco uses least-privileged capabilities).
        assert ad.Guardrail.PRIVILEGED not in e.policies


def test_exception_policies_are_guardrail_policy_names():
    """Each Guardrail names a policy of platform_constructs.guardrails, so the lead can map exceptions 1:1."""
    from platform_constructs import guardrails
    names = {rule.name for rule in guardrails._catalogue([], [])}
    assert {g.value for g in ad.Guardrail} <= names
    kinds = {k.value for k in guardrails.ExemptKind}
    app = cdk8s.App()
    catalogue = ad.PlatformAddons(cdk8s.Chart(app, "c"), "addons", props=props("prod", velero=ad.VeleroAddon(node_agent=True)))
    assert {e.workload_kind for e in catalogue.required_exceptions} <= kinds


def test_velero_node_agent_adds_its_exception(chart):
    addons = build(chart, velero=ad.VeleroAddon(node_agent=True))
    values = addons.addons["velero"].values
    assert values["deployNodeAgent"] is True and values["nodeAgent"]["disableHostPath"] is True
    (e,) = addons.addons["velero"].exceptions
    # Data mover only: no host path, no privileges, only root remains.
    assert (e.namespace, e.name_pattern) == ("velero", "node-agent-?????") and e.policies == (ad.Guardrail.RUN_AS_NON_ROOT,)


def test_velero_without_node_agent_needs_no_exception(chart):
    addons = build(chart, velero=ad.VeleroAddon(node_agent=False))
    assert addons.addons["velero"].values["deployNodeAgent"] is False and addons.addons["velero"].exceptions == ()


@pytest.mark.parametrize("env", ENVS)
def test_namespace_pod_security_follows_the_exceptions(catalogues, env):
    levels = {}
    for name, app in catalogues[env].applications.items():
        spec = app.to_json()["spec"]
        options = spec["syncPolicy"]["syncOptions"]
        if spec["destination"]["namespace"] == "kube-system":
            assert "CreateNamespace=false" in options and "managedNamespaceMetadata" not in spec["syncPolicy"]
            continue
        assert "CreateNamespace=true" in options and "ServerSideApply=true" in options
        labels = spec["syncPolicy"]["managedNamespaceMetadata"]["labels"]
        assert labels["pod-security.kubernetes.io/warn"] == "restricted"
        levels[name] = labels["pod-security.kubernetes.io/enforce"]
    assert {n for n, level in levels.items() if level != "restricted"} == {"kube-prometheus-stack", "fluent-bit", "falco",
                                                                           "velero"}
    assert levels["fluent-bit"] == "privileged" and levels["falco"] == "privileged" and levels["velero"] == "baseline"


def test_sync_is_automatic_only_where_the_environment_says(catalogues):
    for env in ("dev", "prod"):  # prod: inside its window only
        assert "automated" in catalogues[env].applications["velero"].to_json()["spec"]["syncPolicy"]
    assert catalogues["prod"].project.to_json()["spec"]["syncWindows"][0]["schedule"] == "0 9 * * 1-4"
    assert "syncWindows" not in catalogues["dev"].project.to_json()["spec"]
    for catalogue in catalogues.values():
        for app in catalogue.applications.values():
            assert "finalizers" not in app.to_json()["metadata"], "deleting an add-on app must not cascade"


def test_project_allows_only_the_pinned_chart_repositories(catalogues):
    project = catalogues["prod"].project.to_json()
    assert project["metadata"]["name"] == "addons"
    assert project["spec"]["sourceRepos"] == sorted({p.repo_url for p in charts.ALL})
    assert {d["namespace"] for d in project["spec"]["destinations"]} == \
        {a.namespace for a in catalogues["prod"].addons.values()}


# ----- secret store ------------------------------------------------------------------------------------------


def test_secret_store_serves_only_its_namespaces_through_its_own_role(chart):
    v = platform_values("prod")
    reader = v.secret_readers["databases"]
    ad.AwsSecretsManagerStore(chart, "store", props=ad.AwsSecretsManagerStoreProps(
        name=reader.store, region=v.region, identity=identity(v.external_secrets), namespaces=reader.namespaces,
        role_arn=reader.role_arn))
    ad.AwsSecretsManagerStore(chart, "irsa", props=ad.AwsSecretsManagerStoreProps(
        name="aws-irsa", region=v.region, identity=identity(v.external_secrets, ad.IdentityMode.IRSA), namespaces=["x"]))
    docs = manifests(chart)
    assert one(docs, "ClusterSecretStore", reader.store)["spec"] == {
        "conditions": [{"namespaces": ["databases"]}],
        "provider": {"aws": {"service": "SecretsManager", "region": v.region, "role": reader.role_arn}}}
    irsa = one(docs, "ClusterSecretStore", "aws-irsa")["spec"]["provider"]["aws"]["auth"]
    assert irsa == {"jwt": {"serviceAccountRef": {"name": "external-secrets", "namespace": "external-secrets"}}}


def test_secret_store_bad_input(chart):
    with pytest.raises(PropsError, match=r"region: 'mars' is not allowed: an AWS region"):
        ad.AwsSecretsManagerStore(chart, "store", props=ad.AwsSecretsManagerStoreProps(
            region="mars", identity=identity(platform_values("dev").external_secrets), namespaces=["a"]))


def test_a_secret_store_for_every_namespace_must_say_so(chart):
    """A store without conditions hands every namespace every secret its role reads (issue 17, item 3)."""
    with pytest.raises(PropsError, match=r"namespaces: \[\] is not allowed: the namespaces the store serves, or none "
                                         r"with any_namespace=True"):
        ad.AwsSecretsManagerStore(chart, "store", props=ad.AwsSecretsManagerStoreProps(
            region="eu-west-1", identity=identity(platform_values("dev").external_secrets)))


# ----- rendered tree validates ---------------------------------------------------------------------------------


def test_rendered_applications_validate_against_the_crds(tmp_path):
    crds = crd_dir()
    app = cdk8s.App()
    for e in ENVS:
        ad.PlatformAddons(LayoutChart(app, f"c-{e}", path=f"clusters/{e}"), "addons", props=props(e))
        ad.AwsSecretsManagerStore(LayoutChart(app, f"p-{e}", path=f"platform/{e}"), "store", props=ad.AwsSecretsManagerStoreProps(
            region=platform_values(e).region, identity=identity(platform_values(e).external_secrets), namespaces=["a"]))
    files = render(app.charts)
    write_tree(files, tmp_path / "dist")
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "validate.py"), str(tmp_path / "dist"),
                           "--crd-dir", str(crds)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "45 custom resources, ok" in proc.stdout
    assert len([f for f in files if "/argocd/application-" in f]) == 39


# ----- bad input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["^1.2.3", "~1.2", "1.2.*", "*", "latest", "HEAD", "v1.2.3", "1.2", ">=1.0.0"])
def test_non_exact_chart_versions_are_refused(chart, version):
    pinned = dataclasses.replace(ad.HelmChart.pinned(charts.VELERO), version=version)
    with pytest.raises(PropsError) as err:
        build(chart, velero=ad.VeleroAddon(chart=pinned))
    assert f"velero.chart.version: {version!r} is not allowed: an exact chart version" in str(err.value)
    assert "invalid PlatformAddons at 'test/addons'" in str(err.value)


def test_addon_enabled_without_its_identity_is_refused(chart):
    with pytest.raises(PropsError, match=r"aws\.velero: None is not allowed: a workload identity from the AWS CDK "
                                         r"app's platform_values, because velero is enabled"):
        build(chart, aws=aws_targets("dev", velero=None))


def test_disabled_addon_needs_no_identity(chart):
    addons = build(chart, aws=aws_targets("dev", velero=None), velero=ad.VeleroAddon(enabled=False))
    assert "velero" not in addons.addons and "velero" not in addons.applications


def test_two_addons_claiming_one_namespace_are_refused(chart):
    with pytest.raises(PropsError, match=r"falco\.namespace: 'monitoring' is not allowed: a namespace no other add-on "
                                         r"claims \('kube-prometheus-stack' already installs there\)"):
        build(chart, falco=ad.FalcoAddon(namespace="monitoring"))


def test_kube_system_is_shared(catalogues):
    shared = [a.name for a in catalogues["dev"].addons.values() if a.namespace == "kube-system"]
    assert shared == ["aws-load-balancer-controller", "cluster-autoscaler"]


def test_exception_without_expiry_or_reason_is_refused(chart):
    with pytest.raises(PropsError) as err:
        build(chart, exceptions_expire=None)
    text = str(err.value)
    assert "kube-prometheus-stack.exceptions[0].expires: None is not allowed: a date after which the exception lapses" in text
    assert {p.field for p in err.value.problems} >= {"falco.exceptions[0].expires", "fluent-bit.exceptions[0].expires"}
    bad = ad.RequiredException(namespace="x", name_pattern="x-*", workload_kind="DaemonSet", workload_name="x",
                               service_account="x", policies=(), reason=" ", expires=None)
    assert [p.field for p in bad.problems()] == ["exception.reason", "exception.expires", "exception.policies"]


def test_every_problem_is_reported_at_once(chart):
    bad_identity = ad.AddonIdentity(namespace="Velero", service_account="velero", role_arn="arn:aws:iam::1:role/x")
    with pytest.raises(PropsError) as err:
        build(chart, aws=aws_targets("dev", region="nowhere", velero=bad_identity, fluent_bit=None),
              kyverno=ad.KyvernoAddon(webhook_timeout_seconds=60),
              falco=ad.FalcoAddon(database_egress_ports=(0,)),
              argocd=ad.ArgoCdAddon(chart=ad.HelmChart(repo_url="http://x", chart="argo-cd", version="latest")))
    assert [p.field for p in err.value.problems] == [
        "argocd.chart.version", "argocd.chart.repo_url", "aws.velero.namespace", "aws.velero.role_arn",
        "aws.fluent_bit", "aws.region", "kyverno.webhook_timeout_seconds", "falco.database_egress_ports"]


# ----- documented defaults ---------------------------------------------------------------------------------------

PROPS = [ad.PlatformAddonsProps, ad.AwsTargets, ad.AddonIdentity, ad.HelmChart, ad.RequiredException, ad.ArgoCdAddon,
         ad.RolloutsAddon, ad.KyvernoAddon, ad.VeleroAddon, ad.ExternalSecretsAddon, ad.MonitoringAddon,
         ad.IngressNginxAddon, ad.LoadBalancerControllerAddon, ad.ClusterAutoscalerAddon, ad.FluentBitAddon,
         ad.FalcoAddon, ad.AwsSecretsManagerStoreProps]


def field_docs(cls) -> dict[str, str]:
    body = ast.parse(inspect.getsource(cls)).body[0].body
    return {n.target.id: nxt.value.value for n, nxt in zip(body, body[1:], strict=False)
            if isinstance(n, ast.AnnAssign) and isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)}


@pytest.mark.parametrize("cls", PROPS, ids=lambda c: c.__name__)
def test_documented_defaults_match_code(cls):
    docs = field_docs(cls)
    assert [f.name for f in dataclasses.fields(cls) if f.name not in docs] == []
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING or f.default is None or isinstance(f.default, tuple):
            continue
        value = f.default.name if isinstance(f.default, enum.Enum) else f.default
        m = re.search(r"Default: '?([^\s',;]+)", docs[f.name])
        assert m, f"{cls.__name__}.{f.name} has a default ({value!r}) but its docstring states none"
        assert m.group(1).rstrip(".") == str(value), f"{cls.__name__}.{f.name}"


def test_chart_defaults_are_the_recorded_pins():
    for settings, pin in ((ad.ArgoCdAddon(), charts.ARGO_CD), (ad.VeleroAddon(), charts.VELERO),
                          (ad.FalcoAddon(), charts.FALCO), (ad.MonitoringAddon(), charts.KUBE_PROMETHEUS_STACK)):
        assert settings.chart == ad.HelmChart.pinned(pin)
        doc = field_docs(type(settings))["chart"]
        assert f"{pin.chart} {pin.version}" in doc


@pytest.mark.parametrize("doc", ["docs/bootstrap.md", "README.md"])
def test_bootstrap_steps_use_the_pinned_argocd_chart_and_the_cache_secrets(doc):
    from platform_infra.config import ENVIRONMENTS

    text = (pathlib.Path(ROOT) / doc).read_text()
    assert f"--version {charts.ARGO_CD.version}" in text
    secrets = {c.credential_secret for e in ENVIRONMENTS.values() for c in e.ecr_pull_through_caches if c.credential_secret}
    assert secrets == {"ecr-pullthroughcache/docker-hub", "ecr-pullthroughcache/ghcr"}
    for secret in secrets:
        assert f"create-secret --name {secret} " in text, f"{doc} does not create {secret}"
    # the files the steps apply exist for every environment, and the label they wait on is the add-ons' label
    named = set(re.findall(r"dist/clusters/\$ENV/([\w/.-]+\.yaml)", text))
    assert {"argocd/application-argo-cd.yaml", "argocd/application-root.yaml"} <= named
    for env in ENVS:
        for rel in named:
            assert (ROOT / "dist" / "clusters" / env / rel).is_file(), f"{doc}: dist/clusters/{env}/{rel}"
        addon = yaml.safe_load((ROOT / "dist" / "clusters" / env / "argocd" / "application-velero.yaml").read_text())
        assert addon["metadata"]["labels"]["platform.io/component"] == "addon"
    assert "-l platform.io/component=addon" in text
    from platform_infra.application import stack_id
    assert f"STACK={stack_id(ENVIRONMENTS['dev'])} " in text and 'cdk deploy "$STACK"' in text


def test_secret_store_namespaces_and_role_are_checked(chart):
    v = platform_values("dev")
    with pytest.raises(PropsError) as err:
        ad.AwsSecretsManagerStore(chart, "store", props=ad.AwsSecretsManagerStoreProps(
            region=v.region, identity=identity(v.external_secrets), namespaces=["Shop"], role_arn="role/x"))
    assert "namespaces[0]: 'Shop' is not allowed: a DNS-1123 label" in str(err.value)
    assert "role_arn: 'role/x' is not allowed: an IAM role ARN 'arn:<partition>:iam::<account>:role/<name>'" in str(err.value)


def test_argocd_sso_settings_are_checked(chart):
    sso = ad.ArgoCdSso(issuer="http://login", client_id=" ", secret_name="Bad_Name")
    with pytest.raises(PropsError) as err:
        build(chart, argocd=ad.ArgoCdAddon(sso=sso))
    message = str(err.value)
    assert "argocd.sso.issuer: 'http://login' is not allowed: an https:// URL" in message
    assert "argocd.sso.client_id: ' ' is not allowed: a non-empty client id" in message
    assert "argocd.sso.secret_name: 'Bad_Name' is not allowed: a DNS-1123 label" in message
    with pytest.raises(PropsError, match=r"remote_key: ' ' is not allowed: a Secrets Manager secret name"):
        ad.SsoClientSecret(chart, "sso", sso=ad.ArgoCdSso(issuer="https://login", client_id="argocd"), remote_key=" ",
                           store="aws-secrets-manager-argocd")


def test_kyverno_identity_must_live_in_kyvernos_namespace(chart):
    v = platform_values("dev")
    elsewhere = ad.AddonIdentity(namespace="other", service_account=v.kyverno.service_account, role_arn=v.kyverno.role_arn)
    with pytest.raises(PropsError, match=r"aws.kyverno.namespace: 'other' is not allowed: kyverno's namespace 'kyverno', "
                                         r"where its service account is"):
        build(chart, aws=aws_targets("dev", kyverno=elsewhere))


@pytest.mark.parametrize("version", ["1.21.1", "v1.21", "v1.*", "latest"])
def test_a_v_prefixed_repository_needs_its_exact_v_spelling(chart, version):
    """jetstack publishes cert-manager as 'v1.21.1': there the 'v' is part of the exact version, and nothing else passes."""
    pinned = dataclasses.replace(ad.HelmChart.pinned(charts.CERT_MANAGER), version=version)
    with pytest.raises(PropsError) as err:
        build(chart, cert_manager=ad.CertManagerAddon(chart=pinned))
    assert f"cert_manager.chart.version: {version!r} is not allowed: an exact chart version such as 'v1.2.3'" in str(err.value)


def test_dns_addons_need_the_zone_that_holds_the_environments_domain():
    """Issue 17, item 4: cert-manager and external-dns work in the zone of the Ingress hosts, named by the CDK app."""
    def attempt(**kw):
        with pytest.raises(PropsError) as err:
            build(LayoutChart(cdk8s.App(), "c", path="clusters/dev"), **kw)
        return str(err.value).splitlines()[1:]

    assert attempt(aws=aws_targets("dev", dns_zone=None)) == [
        "  - aws.dns_zone: None is not allowed: the public hosted zone from the AWS CDK app's platform_values, "
        "because cert-manager or external-dns is enabled"]
    assert attempt(aws=aws_targets("dev", dns_zone=ad.DnsZone(name="stage.example.com", zone_id="Z02222222222STAGEZONE"))) == [
        "  - aws.dns_zone.name: 'stage.example.com' is not allowed: the zone holding the environment's domain "
        "'dev.example.com', where the Ingress hosts are"]
    assert attempt(aws=aws_targets("dev", dns_zone=ad.DnsZone(name="example.com", zone_id="zone-1"))) == [
        "  - aws.dns_zone.zone_id: 'zone-1' is not allowed: a Route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'"]
    # A parent zone of the domain holds its hosts; without either add-on no zone is needed.
    parent = build(LayoutChart(cdk8s.App(), "c", path="clusters/dev"),
                   aws=aws_targets("dev", dns_zone=ad.DnsZone(name="example.com", zone_id="Z03333333333PRODZONE")))
    assert parent.addons["external-dns"].values["domainFilters"] == ["example.com"]
    off = build(LayoutChart(cdk8s.App(), "c", path="clusters/dev"), aws=aws_targets("dev", dns_zone=None, cert_manager=None,
                external_dns=None), cert_manager=ad.CertManagerAddon(enabled=False), external_dns=ad.ExternalDnsAddon(enabled=False))
    assert not {"cert-manager", "external-dns"} & set(off.addons)


def test_addon_network_isolates_and_names_its_bad_props(chart):
    """external-dns's chart renders no NetworkPolicy: AddonNetwork denies all but DNS, the egress ports to any address,
    the Pod Identity agent and Prometheus on the metrics port."""
    from platform_constructs.network import Port

    ad.AddonNetwork(chart, "net", props=ad.AddonNetworkProps(namespace="external-dns", metrics_port=7979))
    policies = {p["metadata"]["name"]: p["spec"] for p in by_kind(manifests(chart), "NetworkPolicy")}
    assert sorted(policies) == ["allow-dns", "allow-egress", "allow-from-monitoring-prometheus", "default-deny"]
    assert policies["allow-egress"]["egress"] == [
        {"ports": [{"port": 443, "protocol": "TCP"}]},
        {"to": [{"ipBlock": {"cidr": "169.254.170.23/32"}}], "ports": [{"port": 80, "protocol": "TCP"}]}]
    assert policies["allow-from-monitoring-prometheus"]["ingress"][0]["ports"] == [{"port": 7979, "protocol": "TCP"}]
    with pytest.raises(PropsError) as err:
        ad.AddonNetwork(chart, "bad", props=ad.AddonNetworkProps(namespace="External", egress_ports=(Port.tcp(0),),
                                                                 metrics_port=70000))
    assert str(err.value).splitlines()[1:] == [
        "  - namespace: 'External' is not allowed: a DNS-1123 label: lower-case letters, digits and '-', starting and "
        "ending alphanumeric, at most 63 characters",
        "  - egress_ports[0]: 0 is not allowed: a port number from 1 to 65535",
        "  - metrics_port: 70000 is not allowed: a port number from 1 to 65535"]
