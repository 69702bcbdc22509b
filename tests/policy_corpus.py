"""The guardrails' case corpus: one hardened pod, the dangerous variants of it, and the kinds that carry it.

Shared by the emulation's policy tests (`test_policy_suite.py`) and the Kyverno CLI suite
(`engines/kyverno_suite.py`), so both engines judge the same manifests. Everything is built from an image
repository the policies under test admit (`repo`), so the corpus fits any environment's rendered policies.
"""
from __future__ import annotations

from collections.abc import Callable

DIGEST = "@sha256:" + "a" * 64
# Every kind that carries a pod template and the platform's policies judge.
KINDS = ("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Rollout",
         "ReplicationController")


def container(image: str, name: str = "app", **extra) -> dict:
    c = {"name": name, "image": image,
         "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
         "securityContext": {"allowPrivilegeEscalation": False, "privileged": False, "readOnlyRootFilesystem": True,
                             "runAsNonRoot": True, "runAsUser": 10001, "capabilities": {"drop": ["ALL"]},
                             "seccompProfile": {"type": "RuntimeDefault"}},
         "ports": [{"name": "http", "containerPort": 8080}],
         "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]}
    c.update(extra)
    return c


def good_pod_spec(repo: str) -> dict:
    image = f"{repo}:1.2.3{DIGEST}"
    return {"serviceAccountName": "api", "automountServiceAccountToken": False,
            "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "runAsGroup": 10001, "fsGroup": 10001,
                                "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [container(image)], "initContainers": [container(image, "migrate", ports=[])],
            "volumes": [{"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}, {"name": "cfg", "configMap": {"name": "cfg"}}]}


def wrap(kind: str, spec: dict, namespace: str = "shop", annotations: dict | None = None, name: str = "api") -> dict:
    """The pod spec as a Pod, or as the template of a controller."""
    meta = {"labels": {"app": "api"}, **({"annotations": annotations} if annotations else {})}
    template = {"metadata": meta, "spec": spec}
    head = {"metadata": {"name": name, "namespace": namespace}}
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
        # A ReplicationController's selector is a plain label map.
        "ReplicationController": lambda: {"apiVersion": "v1", "kind": "ReplicationController", **head,
                                          "spec": {"selector": {"app": "api"}, "template": template}},
    }
    return body[kind]()


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


def add_ephemeral(repo, **extra):
    return lambda s: s.update(ephemeralContainers=[{**container(f"{repo}:1.2.3{DIGEST}", "debug", ports=[]), **extra}])


Mutation = Callable[[dict], object]


def bad_pod_cases(repo: str) -> list[tuple[str, str | tuple[str, ...], Mutation, str]]:
    """(case id, policy or policies that refuse it, mutation of `good_pod_spec(repo)`, expected message start)."""
    registry = repo.split("/")[0]
    return [
        ("privileged", "disallow-privileged-containers", sc(privileged=True), "Privileged containers are not allowed"),
        ("privileged-init", "disallow-privileged-containers", init_sc(privileged=True), "Privileged containers"),
        ("host-network", "disallow-host-namespaces", put(hostNetwork=True), "Sharing the host namespaces"),
        ("host-pid", "disallow-host-namespaces", put(hostPID=True), "Sharing the host namespaces"),
        ("host-ipc", "disallow-host-namespaces", put(hostIPC=True), "Sharing the host namespaces"),
        # hostPath is a baseline control and also outside restricted's volume types: both policies say so
        ("host-path", ("disallow-host-path", "restrict-volume-types"),
         put(volumes=[{"name": "h", "hostPath": {"path": "/var/run"}}]), "hostPath volumes are not allowed"),
        ("nfs-volume", "restrict-volume-types", put(volumes=[{"name": "n", "nfs": {"server": "x", "path": "/"}}]),
         "Only configMap, csi, downwardAPI"),
        ("host-port", "disallow-host-ports",
         lambda s: s["containers"][0]["ports"][0].update(hostPort=8080), "Host ports are not allowed"),
        ("caps-not-dropped", "restrict-capabilities", sc(capabilities={}), "Containers must drop ALL capabilities"),
        ("caps-added", "restrict-capabilities", sc(capabilities={"drop": ["ALL"], "add": ["NET_ADMIN"]}),
         "Only NET_BIND_SERVICE may be added"),
        ("privilege-escalation", "disallow-privilege-escalation", sc(allowPrivilegeEscalation=True),
         "Privilege escalation is not allowed"),
        ("privilege-escalation-unset", "disallow-privilege-escalation",
         drop("containers.0.securityContext.allowPrivilegeEscalation"), "Privilege escalation is not allowed"),
        ("ephemeral-escalation", "disallow-privilege-escalation", add_ephemeral(repo, securityContext={
            "capabilities": {"drop": ["ALL"]}, "runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}),
         "Privilege escalation is not allowed"),
        ("run-as-root-flag", "require-run-as-non-root", sc(runAsNonRoot=False), "Containers must run as non-root"),
        ("non-root-unset", "require-run-as-non-root",
         lambda s: (drop("securityContext.runAsNonRoot")(s), drop("containers.0.securityContext.runAsNonRoot")(s)),
         "Containers must run as non-root"),
        ("uid-zero", "require-run-as-non-root", pod_sc(runAsUser=0), "Running as UID 0 is not allowed"),
        ("seccomp-unconfined", "restrict-seccomp", sc(seccompProfile={"type": "Unconfined"}),
         "A seccomp profile is required"),
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
        ("latest-tag", "disallow-latest-tag", image(f"{repo}:latest"), "The ':latest' tag is not allowed"),
        ("untagged", "disallow-latest-tag", image(repo), "An image must name a version tag"),
        ("foreign-registry", "restrict-image-registries", image("docker.io/library/nginx:1.27"),
         "Images must come from the platform's registries"),
        ("look-alike-registry", "restrict-image-registries", image(f"{registry}.evil.io/api:1.0"),
         "Images must come from the platform's registries"),
        ("default-service-account", "disallow-default-service-account", put(serviceAccountName="default"),
         "Workloads may not use the default ServiceAccount"),
        ("no-service-account", "disallow-default-service-account", drop("serviceAccountName"),
         "Workloads may not use the default ServiceAccount"),
        ("host-process", "disallow-host-process", pod_sc(windowsOptions={"hostProcess": True}),
         "Windows host processes are not allowed"),
    ]


def names(policy: str | tuple[str, ...]) -> tuple[str, ...]:
    return policy if isinstance(policy, tuple) else (policy,)


def service(type_: str, name: str = "api", namespace: str = "shop", **spec) -> dict:
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": namespace},
            "spec": {"type": type_, "selector": {"app": "api"}, "ports": [{"port": 80}], **spec}}
