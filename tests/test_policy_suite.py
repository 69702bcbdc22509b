"""The guardrail policies, proven on a real CEL engine.

Each rendered ValidatingPolicy runs (variables first, then validations) on workloads built from one
hardened pod: every bad variant must be refused by exactly its policy with the expected message, and
the good pod must be admitted, as a Pod and inside every controller (Kyverno's auto-generation is
emulated by reading the pod template) and an Argo Rollout (through the platform's Rollout twins).
Finally every workload the platform renders must be admitted by every policy of its environment.
"""
import copy
import datetime
import sys

import cdk8s
import pytest
import yaml
from support import ROOT

from platform_constructs import environment, environments
from platform_constructs.guardrails import (
    ROLLOUT_SUFFIX,
    Guardrails,
    GuardrailsProps,
    SignatureRule,
    evaluate,
    evaluate_tree,
)

REGISTRY = "registry.example.com"
IMAGE = f"{REGISTRY}/shop/api:1.2.3@sha256:" + "a" * 64
TODAY = datetime.date(2026, 1, 15)


@pytest.fixture(scope="module")
def policies():
    chart = cdk8s.Chart(cdk8s.App(), "suite", disable_resource_name_hashes=True)
    Guardrails(chart, "guardrails", props=GuardrailsProps(
        env=environment("prod"), allowed_registries=[REGISTRY, f"{REGISTRY}:5000", "mirror.example.com/approved"],
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        signatures=[SignatureRule.github_actions("api", [f"{REGISTRY}/shop/api"], repository="example-org/api",
                                                 workflow=".github/workflows/ci.yaml")]))
    return chart.to_json()


def container(name="app", **extra):
    c = {"name": name, "image": IMAGE,
         "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
         "securityContext": {"allowPrivilegeEscalation": False, "privileged": False, "readOnlyRootFilesystem": True,
                             "runAsNonRoot": True, "runAsUser": 10001, "capabilities": {"drop": ["ALL"]},
                             "seccompProfile": {"type": "RuntimeDefault"}},
         "ports": [{"name": "http", "containerPort": 8080}],
         "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]}
    c.update(extra)
    return c


def good_pod_spec():
    return {"serviceAccountName": "api", "automountServiceAccountToken": False,
            "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001, "fsGroup": 10001,
                                "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [container()], "initContainers": [container("migrate", ports=[])],
            "volumes": [{"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}, {"name": "cfg", "configMap": {"name": "cfg"}}]}


def wrap(kind, spec, namespace="shop", annotations=None):
    """The pod spec as a Pod, or as the template of a controller."""
    meta = {"labels": {"app": "api"}, **({"annotations": annotations} if annotations else {})}
    template = {"metadata": meta, "spec": spec}
    head = {"metadata": {"name": "api", "namespace": namespace}}
    selector = {"matchLabels": {"app": "api"}}
    body = {
        "Pod": lambda: {"apiVersion": "v1", "kind": "Pod", "metadata": {**head["metadata"], **meta}, "spec": spec},
        "Deployment": lambda: {"apiVersion": "apps/v1", "kind": "Deployment", **head,
                               "spec": {"selector": selector, "template": template}},
        "StatefulSet": lambda: {"apiVersion": "apps/v1", "kind": "StatefulSet", **head,
                                "spec": {"serviceName": "api", "selector": selector, "template": template}},
        "DaemonSet": lambda: {"apiVersion": "apps/v1", "kind": "DaemonSet", **head,
                              "spec": {"selector": selector, "template": template}},
        "ReplicaSet": lambda: {"apiVersion": "apps/v1", "kind": "ReplicaSet", **head,
                               "spec": {"selector": selector, "template": template}},
        "Job": lambda: {"apiVersion": "batch/v1", "kind": "Job", **head,
                        "spec": {"template": {**template, "spec": {**spec, "restartPolicy": "Never"}}}},
        "CronJob": lambda: {"apiVersion": "batch/v1", "kind": "CronJob", **head, "spec": {
            "schedule": "0 * * * *", "jobTemplate": {"spec": {"template": template}}}},
        "Rollout": lambda: {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", **head,
                            "spec": {"selector": selector, "template": template,
                                     "strategy": {"canary": {"steps": [{"setWeight": 20}]}}}},
    }
    return body[kind]()


KINDS = ("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Rollout")


def sc(**fields):
    """Mutation: set fields on the first container's securityContext."""
    return lambda s: s["containers"][0]["securityContext"].update(fields)


def pod_sc(**fields):
    return lambda s: s["securityContext"].update(fields)


def init_sc(**fields):
    return lambda s: s["initContainers"][0]["securityContext"].update(fields)


def drop(path):
    def mutate(s):
        *parents, last = path.split(".")
        node = s
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        del node[last]
    return mutate


def put(**fields):
    return lambda s: s.update(fields)


def image(ref):
    return lambda s: s["containers"][0].update(image=ref)


def add_ephemeral(**extra):
    return lambda s: s.update(ephemeralContainers=[{**container("debug", ports=[]), **extra}])


# (case id, policy or policies, mutation of the good pod spec, expected message start)
BAD = [
    ("privileged", "disallow-privileged-containers", sc(privileged=True), "Privileged containers are not allowed"),
    ("privileged-init", "disallow-privileged-containers", init_sc(privileged=True), "Privileged containers"),
    ("host-network", "disallow-host-namespaces", put(hostNetwork=True), "Sharing the host namespaces"),
    ("host-pid", "disallow-host-namespaces", put(hostPID=True), "Sharing the host namespaces"),
    ("host-ipc", "disallow-host-namespaces", put(hostIPC=True), "Sharing the host namespaces"),
    # hostPath is a baseline control and also outside restricted's volume types: both policies say so
    ("host-path", ("disallow-host-path", "restrict-volume-types"), put(volumes=[{"name": "h", "hostPath": {"path": "/var/run"}}]),
     "hostPath volumes are not allowed"),
    ("nfs-volume", "restrict-volume-types", put(volumes=[{"name": "n", "nfs": {"server": "x", "path": "/"}}]),
     "Only configMap, csi, downwardAPI"),
    ("host-port", "disallow-host-ports",
     lambda s: s["containers"][0]["ports"][0].update(hostPort=8080), "Host ports are not allowed"),
    ("caps-not-dropped", "restrict-capabilities", sc(capabilities={}), "Containers must drop ALL capabilities"),
    ("caps-added", "restrict-capabilities", sc(capabilities={"drop": ["ALL"], "add": ["NET_ADMIN"]}),
     "Only NET_BIND_SERVICE may be added"),
    ("privilege-escalation", "disallow-privilege-escalation", sc(allowPrivilegeEscalation=True),
     "Privilege escalation is not allowed"),
    ("privilege-escalation-unset", "disallow-privilege-escalation", drop("containers.0.securityContext.allowPrivilegeEscalation"),
     "Privilege escalation is not allowed"),
    ("ephemeral-escalation", "disallow-privilege-escalation", add_ephemeral(securityContext={
        "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}),
     "Privilege escalation is not allowed"),
    ("run-as-root-flag", "require-run-as-non-root", sc(runAsNonRoot=False), "Containers must run as non-root"),
    ("non-root-unset", "require-run-as-non-root",
     lambda s: (drop("securityContext.runAsNonRoot")(s), drop("containers.0.securityContext.runAsNonRoot")(s)),
     "Containers must run as non-root"),
    ("uid-zero", "require-run-as-non-root", pod_sc(runAsUser=0), "Running as UID 0 is not allowed"),
    ("seccomp-unconfined", "restrict-seccomp", sc(seccompProfile={"type": "Unconfined"}), "A seccomp profile is required"),
    ("seccomp-pod-unconfined", "restrict-seccomp", pod_sc(seccompProfile={"type": "Unconfined"}),
     "A seccomp profile is required"),
    ("seccomp-unset", "restrict-seccomp",
     lambda s: (drop("securityContext.seccompProfile")(s), drop("containers.0.securityContext.seccompProfile")(s)),
     "A seccomp profile is required"),
    ("proc-mount", "restrict-proc-mount", sc(procMount="Unmasked"), "Only the Default /proc mount type"),
    ("selinux-type", "restrict-selinux", pod_sc(seLinuxOptions={"type": "spc_t"}), "seLinuxOptions.type may only be"),
    ("selinux-user", "restrict-selinux", sc(seLinuxOptions={"user": "system_u"}), "seLinuxOptions.user and"),
    ("unsafe-sysctl", "restrict-sysctls", pod_sc(sysctls=[{"name": "kernel.msgmax", "value": "1"}]),
     "Only the sysctls Pod Security calls safe"),
    ("apparmor-unconfined", "restrict-apparmor", sc(appArmorProfile={"type": "Unconfined"}),
     "AppArmor may not be turned off"),
    ("no-cpu-request", "require-requests-limits", drop("containers.0.resources.requests.cpu"),
     "CPU and memory requests are required"),
    ("no-memory-request-init", "require-requests-limits", drop("initContainers.0.resources.requests.memory"),
     "CPU and memory requests are required"),
    ("no-cpu-limit", "require-requests-limits", drop("containers.0.resources.limits.cpu"),
     "CPU and memory limits are required"),
    ("no-memory-limit", "require-requests-limits", drop("containers.0.resources.limits.memory"),
     "CPU and memory limits are required"),
    ("writable-root", "require-read-only-root-filesystem", sc(readOnlyRootFilesystem=False),
     "The root filesystem must be read-only"),
    ("latest-tag", "disallow-latest-tag", image(f"{REGISTRY}/shop/api:latest"), "The ':latest' tag is not allowed"),
    ("untagged", "disallow-latest-tag", image(f"{REGISTRY}/shop/api"), "An image must name a version tag"),
    ("untagged-registry-port", "disallow-latest-tag", image(f"{REGISTRY}:5000/shop/api"), "An image must name a version tag"),
    ("foreign-registry", "restrict-image-registries", image("docker.io/library/nginx:1.27"),
     "Images must come from the platform's registries"),
    ("look-alike-registry", "restrict-image-registries", image(f"{REGISTRY}.evil.io/api:1.0"),
     "Images must come from the platform's registries"),
    ("default-service-account", "disallow-default-service-account", put(serviceAccountName="default"),
     "Workloads may not use the default ServiceAccount"),
    ("no-service-account", "disallow-default-service-account", drop("serviceAccountName"),
     "Workloads may not use the default ServiceAccount"),
    ("host-process", "disallow-host-process", pod_sc(windowsOptions={"hostProcess": True}),
     "Windows host processes are not allowed"),
]


def _names(policy):
    return policy if isinstance(policy, tuple) else (policy,)


def violations_of(policies, manifest):
    return [(v.policy.removesuffix(ROLLOUT_SUFFIX), v.message) for v in evaluate(policies, [manifest], today=TODAY)]


@pytest.mark.parametrize("kind", KINDS)
def test_good_workload_is_admitted(policies, kind):
    assert violations_of(policies, wrap(kind, good_pod_spec())) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("case", "policy", "mutate", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_workload_is_refused_by_its_policy(policies, kind, case, policy, mutate, message):
    spec = good_pod_spec()
    mutate(spec)
    found = violations_of(policies, wrap(kind, spec))
    assert {p for p, _ in found} == set(_names(policy)), found
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


def service(type_, name="api", namespace="shop"):
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": namespace},
            "spec": {"type": type_, "selector": {"app": "api"}, "ports": [{"port": 80}]}}


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
    assert pod_rules - {n for b in BAD for n in _names(b[1])} == {  # tested per kind above
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
    suffix = "-rollouts" if bad["kind"] == "Rollout" else ""  # Rollouts are checked by their explicit twin policies
    assert {v.policy for v in evaluate_tree([*docs, (path, bad)], today=TODAY)} == {f"disallow-privileged-containers{suffix}"}
