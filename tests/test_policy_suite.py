"""The guardrail policies, proven on a real CEL engine.

Each rendered ValidatingPolicy runs (variables first, then validations) on workloads built from one
hardened pod: every bad variant must be refused by exactly its policy with the expected message, and
the good pod must be admitted, as a Pod and inside every controller (Kyverno's auto-generation is
emulated by reading the pod template), an Argo Rollout and a ReplicationController (through the platform's
template twins).
Finally every workload the platform renders must be admitted by every policy of its environment.
"""
import ast
import copy
import datetime
import sys

import cdk8s
import policy_corpus
import pytest
import yaml
from policy_corpus import KINDS, bad_pod_cases, image, names, service, wrap
from support import ROOT

from platform_constructs import environment, environments
from platform_constructs.guardrails import (
    TEMPLATE_SUFFIX,
    Guardrails,
    GuardrailsProps,
    SignatureRule,
    evaluate,
    evaluate_tree,
)

REGISTRY = "registry.example.com"
REPO = f"{REGISTRY}/shop/api"
TODAY = datetime.date(2026, 1, 15)


@pytest.fixture(scope="module")
def policies():
    chart = cdk8s.Chart(cdk8s.App(), "suite", disable_resource_name_hashes=True)
    Guardrails(chart, "guardrails", props=GuardrailsProps(
        env=environment("prod"), allowed_registries=[REGISTRY, f"{REGISTRY}:5000", "mirror.example.com/approved"],
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        signatures=[SignatureRule.github_actions("api", [REPO], repository="example-org/api",
                                                 workflow=".github/workflows/ci.yaml")]))
    return chart.to_json()


# The shared corpus, plus a case only this suite's registries make sense of (a registry with a port).
BAD = [*bad_pod_cases(REPO),
       ("untagged-registry-port", "disallow-latest-tag", image(f"{REGISTRY}:5000/shop/api"),
        "An image must name a version tag")]


def good_pod_spec():
    return policy_corpus.good_pod_spec(REPO)


def violations_of(policies, manifest):
    return [(v.policy.removesuffix(TEMPLATE_SUFFIX), v.message) for v in evaluate(policies, [manifest], today=TODAY)]


@pytest.mark.parametrize("kind", KINDS)
def test_good_workload_is_admitted(policies, kind):
    assert violations_of(policies, wrap(kind, good_pod_spec())) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("case", "policy", "mutate", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_workload_is_refused_by_its_policy(policies, kind, case, policy, mutate, message):
    spec = good_pod_spec()
    mutate(spec)
    found = violations_of(policies, wrap(kind, spec))
    assert {p for p, _ in found} == set(names(policy)), found
    assert any(m.startswith(message) for _, m in found), found


@pytest.mark.parametrize("kind", KINDS)
def test_default_namespace_is_refused(policies, kind):
    found = violations_of(policies, wrap(kind, good_pod_spec(), namespace="default"))
    assert found == [("disallow-default-namespace", "Workloads may not run in the default namespace: use the team's namespace.")]


@pytest.mark.parametrize("kind", KINDS)
def test_apparmor_annotation_is_read_from_the_pod_template(policies, kind):
    bad = {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}
    ok = {"container.apparmor.security.beta.kubernetes.io/app": "localhost/k8s-apparmor-example"}
    refused = [] if kind == "CronJob" else [  # a CronJob's pod annotations are checked on its Jobs and Pods
        ("restrict-apparmor-annotations", "AppArmor annotations may only name runtime/default or localhost/ profiles.")]
    assert violations_of(policies, wrap(kind, good_pod_spec(), annotations=bad)) == refused
    assert violations_of(policies, wrap(kind, good_pod_spec(), annotations=ok)) == []


def test_allowed_values_are_admitted(policies):
    spec = good_pod_spec()
    spec["containers"][0]["securityContext"]["capabilities"]["add"] = ["NET_BIND_SERVICE"]
    spec["containers"][0]["image"] = "mirror.example.com/approved/tool:2.0"  # a second allowed prefix, tag only
    spec["securityContext"]["sysctls"] = [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}]
    spec["securityContext"]["seLinuxOptions"] = {"type": "container_init_t", "level": "s0:c123,c456"}
    spec["initContainers"][0]["securityContext"]["seccompProfile"] = {"type": "Localhost", "localhostProfile": "p.json"}
    spec["volumes"].append({"name": "data", "persistentVolumeClaim": {"claimName": "data"}})
    for kind in KINDS:
        assert violations_of(policies, wrap(kind, spec)) == [], kind


def test_rollout_with_workload_ref_is_left_to_its_deployment(policies):
    rollout = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "api", "namespace": "shop"},
               "spec": {"workloadRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}}}
    assert violations_of(policies, rollout) == []


def test_service_types(policies):
    assert violations_of(policies, service("ClusterIP")) == []
    assert violations_of(policies, service("NodePort")) == [
        ("restrict-service-types", "NodePort Services are not allowed: expose apps through the ingress controller.")]
    assert violations_of(policies, service("LoadBalancer")) == [
        ("restrict-service-types", "LoadBalancer Services need the platform team's approval: "
                                   "expose apps through the ingress controller.")]
    assert violations_of(policies, service("LoadBalancer", "ingress-nginx-controller", "ingress-nginx")) == []


def test_every_pod_policy_has_a_bad_case(policies):
    """No policy goes untested: each pod rule is refused by some case above (services have their own test)."""
    pod_rules = {p["metadata"]["name"] for p in policies if p["kind"] == "ValidatingPolicy"
                 and p["spec"]["matchConstraints"]["resourceRules"][0]["resources"] == ["pods"]}
    assert pod_rules - {n for b in BAD for n in names(b[1])} == {  # tested per kind above
        "disallow-default-namespace", "restrict-apparmor-annotations"}


def test_audit_environment_reports_instead_of_denying():
    chart = cdk8s.Chart(cdk8s.App(), "dev", disable_resource_name_hashes=True)
    Guardrails(chart, "guardrails", props=GuardrailsProps(env=environment("dev"), allowed_registries=[REGISTRY]))
    spec = good_pod_spec()
    spec["hostNetwork"] = True
    found = evaluate(chart.to_json(), [wrap("Deployment", spec)], today=TODAY)
    assert [(v.policy, v.action, v.where) for v in found] == [
        ("disallow-host-namespaces", "Audit", "pod template at spec.template")]


def test_every_rendered_workload_is_admitted_by_its_environment():
    """The platform's own tree (`main.synth()`), with each environment's guardrails, passes them all."""
    sys.path[:0] = [str(ROOT), str(ROOT / "cdk")]  # the platform app, and the AWS side's typed values

    import main

    files = dict(main.synth())
    for env in environments():
        assert f"platform/{env.name}/_cluster/validatingpolicy-restrict-image-registries.yaml" in files
    docs = [(path, doc) for path, text in files.items() for doc in yaml.safe_load_all(text) if doc]
    workloads = [d for _, d in docs if d["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Rollout", "Pod")]
    assert workloads, "the platform renders workloads"
    assert [str(v) for v in evaluate_tree(docs, today=TODAY)] == []
    # and the check has teeth on that very tree: a privileged copy of a real workload is refused
    bad = copy.deepcopy(workloads[0])
    bad["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    path = next(p for p, d in docs if d is workloads[0])
    suffix = TEMPLATE_SUFFIX if bad["kind"] == "Rollout" else ""  # Rollouts are checked by their explicit twin policies
    assert {v.policy for v in evaluate_tree([*docs, (path, bad)], today=TODAY)} == {f"disallow-privileged-containers{suffix}"}


def test_services_with_external_ips_are_refused(policies):
    """Bypass 3 (CVE-2020-8554)."""
    assert violations_of(policies, service("ClusterIP", externalIPs=["203.0.113.10"])) == [
        ("disallow-external-ips", "Services may not set externalIPs (CVE-2020-8554: they capture traffic for that "
                                  "address cluster-wide).")]


def test_host_volumes_are_refused_as_persistent_volumes_and_claims_cannot_pick_one(policies):
    """Bypass 4: a pod reaches a hostPath PersistentVolume through its claim; the pod policy cannot see it."""
    def volume(**source):
        return {"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": "v"},
                "spec": {"capacity": {"storage": "1Gi"}, "accessModes": ["ReadWriteOnce"], **source}}

    def claim(**spec):
        return {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "c", "namespace": "shop"},
                "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "gp3-encrypted", **spec}}

    for source in ({"hostPath": {"path": "/"}}, {"local": {"path": "/mnt"}}, {"nfs": {"server": "x", "path": "/"}}):
        assert [p for p, _ in violations_of(policies, volume(**source))] == ["restrict-persistent-volumes"], source
    assert violations_of(policies, volume(csi={"driver": "ebs.csi.aws.com", "volumeHandle": "vol-1"})) == []
    for spec in ({"volumeName": "v"}, {"selector": {"matchLabels": {"disk": "host"}}}, {"storageClassName": ""}):
        assert [p for p, _ in violations_of(policies, claim(**spec))] == ["restrict-volume-claims"], spec
    assert violations_of(policies, claim()) == []


def test_ephemeral_containers_are_refused_when_added(policies):
    """Bypass 5: `kubectl debug` updates the pod's ephemeralcontainers subresource."""
    pod = wrap("Pod", good_pod_spec())
    policy_corpus.add_ephemeral(REPO)(pod["spec"])
    assert [p for p, _ in [(v.policy, v.message) for v in evaluate(policies, [pod], today=TODAY, operation="UPDATE")]] == [
        "disallow-ephemeral-containers"]
    assert violations_of(policies, wrap("Pod", good_pod_spec())) == []


def test_mirrors_admit_only_the_inventoried_repositories_and_every_app_image_is_signed():
    """Bypass 2: the registry policy admitted any image under the environment's registry, so any public image
    through a pull-through mirror. It now lists repositories, derived from the chart image inventories, the
    database images and the apps; each app repository carries a signature policy in stage and prod."""
    from platform_constructs import _addon_charts

    for chart in _addon_charts.ALL:
        for i in chart.images:
            assert i.repositories or "/" in (i.pull_from or i.default), f"{chart.chart} {i.key}: name its repositories"
    sys.path[:0] = [str(ROOT), str(ROOT / "cdk")]
    import main

    for env in environments():
        docs = [yaml.safe_load(p.read_text()) for p in (ROOT / "dist" / "platform" / env.name / "_cluster").glob("*.yaml")]
        policy = next(d for d in docs if d["metadata"]["name"] == "restrict-image-registries")
        variables = {v["name"]: v["expression"] for v in policy["spec"]["variables"]}
        assert variables["registries"] == "[]", "no registry is admitted whole"
        values = main.platform_values(env.name)
        apps = {values.repositories[s.name] for s in main.load_catalogue(main.CATALOGUE).running}
        mirrored = {r for r in ast.literal_eval(variables["repositories"]) if r not in apps}  # a CEL list of strings
        assert mirrored and all(any(r.startswith(m + "/") for m in values.mirrors.values()) for r in mirrored), mirrored
        signed = {ref["glob"][:-2] for d in docs if d["kind"] == "ImageValidatingPolicy" for ref in d["spec"]["matchImageReferences"]}
        assert signed == (apps if env.verify_image_signatures else set()), env.name
        assert env.verify_image_signatures == (env.name in ("stage", "prod"))
