"""The hardened pod template every platform workload shares (SecureApp, CanaryRollout, PostgresCluster)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypedDict

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import Construct

from ._k8s import int_or_string, quantity
from .settings import Resources

SECCOMP = k8s.SeccompProfile(type="RuntimeDefault")


@dataclass(frozen=True, kw_only=True, slots=True)
class HttpProbes:
    """HTTP health endpoints; `startup` tolerates a slow start without making liveness lax."""

    liveness_path: str = "/healthz"
    readiness_path: str = "/healthz"
    startup_seconds: int = 60


class ProbeKwargs(TypedDict, total=False):
    """Probe keyword arguments of `k8s.Container`, typed so `**` passes each under its own name."""

    startup_probe: k8s.Probe
    readiness_probe: k8s.Probe
    liveness_probe: k8s.Probe


def pod_security_context(uid: int) -> k8s.PodSecurityContext:
    return k8s.PodSecurityContext(run_as_non_root=True, run_as_user=uid, run_as_group=uid, fs_group=uid,
                                  seccomp_profile=SECCOMP)


def container_security_context(uid: int) -> k8s.SecurityContext:
    # cdk8s-plus-27 omits `capabilities.drop: [ALL]` and the seccomp profile; set both here explicitly.
    return k8s.SecurityContext(
        allow_privilege_escalation=False, privileged=False, read_only_root_filesystem=True,
        run_as_non_root=True, run_as_user=uid, run_as_group=uid,
        capabilities=k8s.Capabilities(drop=["ALL"]), seccomp_profile=SECCOMP)


def resource_requirements(r: Resources) -> k8s.ResourceRequirements:
    q = quantity
    return k8s.ResourceRequirements(
        requests={"cpu": q(r.cpu_request), "memory": q(r.memory_request)},
        limits={"cpu": q(r.cpu_limit), "memory": q(r.memory_limit)})


def http_probes(p: HttpProbes, port_name: str) -> ProbeKwargs:
    get = lambda path: k8s.HttpGetAction(path=path, port=int_or_string(port_name))  # noqa: E731
    return {
        "startup_probe": k8s.Probe(http_get=get(p.liveness_path), period_seconds=2,
                                   failure_threshold=max(1, p.startup_seconds // 2), timeout_seconds=2),
        "readiness_probe": k8s.Probe(http_get=get(p.readiness_path), period_seconds=5, failure_threshold=3, timeout_seconds=2),
        "liveness_probe": k8s.Probe(http_get=get(p.liveness_path), period_seconds=10, failure_threshold=3, timeout_seconds=2),
    }


def spread(selector: Mapping[str, str], *, zone_required: bool = False) -> list[k8s.TopologySpreadConstraint]:
    """Spread replicas across zones and nodes; `pod-template-hash` keeps a rollout from counting old pods."""
    sel = k8s.LabelSelector(match_labels=dict(selector))
    return [
        k8s.TopologySpreadConstraint(max_skew=1, topology_key="topology.kubernetes.io/zone",
                                     when_unsatisfiable="DoNotSchedule" if zone_required else "ScheduleAnyway",
                                     label_selector=sel, match_label_keys=["pod-template-hash"]),
        k8s.TopologySpreadConstraint(max_skew=1, topology_key="kubernetes.io/hostname",
                                     when_unsatisfiable="ScheduleAnyway", label_selector=sel,
                                     match_label_keys=["pod-template-hash"]),
    ]


def restricted_pod_spec(*, container_name: str, image: str, ports: Mapping[str, int], resources: Resources,
                        service_account: str, uid: int, env: Mapping[str, str] | None = None,
                        probes: HttpProbes | None = None, probe_port: str = "http",
                        command: Sequence[str] | None = None, args: Sequence[str] | None = None,
                        writable_paths: Mapping[str, str] | None = None, spread_selector: Mapping[str, str] | None = None,
                        termination_grace_seconds: int = 30, automount_token: bool = False,
                        secret_volumes: Mapping[str, tuple[str, str]] | None = None) -> k8s.PodSpec:
    """A pod spec that passes Pod Security `restricted` on its own: non-root fixed UID/GID, seccomp
    RuntimeDefault, no capabilities, no privilege escalation and a read-only root filesystem, with an
    emptyDir for each writable path (`/tmp` always), and each of `secret_volumes` (volume name: (Secret, mount path))
    mounted read-only, readable by the pod's group alone (secrets as files, never as environment variables)."""
    writable = {"tmp": "/tmp", **(writable_paths or {})}
    secret_volumes = dict(secret_volumes or {})
    container = k8s.Container(
        name=container_name, image=image, image_pull_policy="IfNotPresent",
        command=list(command) if command else None, args=list(args) if args else None,
        ports=[k8s.ContainerPort(name=n, container_port=p, protocol="TCP") for n, p in sorted(ports.items())] or None,
        env=[k8s.EnvVar(name=k, value=v) for k, v in sorted((env or {}).items())] or None,
        resources=resource_requirements(resources),
        security_context=container_security_context(uid),
        volume_mounts=[k8s.VolumeMount(name=n, mount_path=p) for n, p in sorted(writable.items())] + [
            k8s.VolumeMount(name=n, mount_path=path, read_only=True) for n, (_, path) in sorted(secret_volumes.items())],
        **(http_probes(probes, probe_port) if probes else {}),
    )
    return k8s.PodSpec(
        containers=[container],
        service_account_name=service_account,
        automount_service_account_token=automount_token,
        enable_service_links=False,
        security_context=pod_security_context(uid),
        termination_grace_period_seconds=termination_grace_seconds,
        topology_spread_constraints=spread(spread_selector) if spread_selector else None,
        volumes=[k8s.Volume(name=n, empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("256Mi")))
                 for n in sorted(writable)] + [
            k8s.Volume(name=n, secret=k8s.SecretVolumeSource(secret_name=secret, default_mode=0o440))
            for n, (secret, _) in sorted(secret_volumes.items())],
    )


def emit(scope: Construct, id: str, manifest: dict) -> ApiObject:
    """Add a manifest built from typed structs (`k8s.KubeX.manifest(...)`) as a plain ApiObject.

    The typed L1 classes re-serialise through their Kubernetes 1.27 schema and silently drop newer
    fields; a plain ApiObject keeps what we set (such as the preStop `sleep` action below).
    """
    meta = manifest["metadata"]
    obj = ApiObject(scope, id, api_version=manifest["apiVersion"], kind=manifest["kind"],
                    metadata=ApiObjectMetadata(name=meta["name"], namespace=meta.get("namespace"),
                                               labels=meta.get("labels"), annotations=meta.get("annotations")))
    for key, value in manifest.items():
        if key not in ("apiVersion", "kind", "metadata"):
            obj.add_json_patch(JsonPatch.add(f"/{key}", value))
    return obj


def sorted_keys(value: object) -> object:
    """`value` with every mapping's keys sorted, as cdk8s renders typed objects (a JSON patch is applied as given)."""
    if isinstance(value, dict):
        return {k: sorted_keys(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [sorted_keys(v) for v in value]
    return value


def with_pre_stop_sleep(pod_template: dict, seconds: int) -> dict:
    """Give endpoints time to drop a terminating pod before it stops serving.

    Uses the built-in `sleep` action (Kubernetes 1.30+, so on every EKS version the platform supports),
    so images need no shell or sleep binary; cdk8s-plus-27's types predate it.
    """
    for container in pod_template["spec"]["containers"]:
        container["lifecycle"] = {"preStop": {"sleep": {"seconds": seconds}}}
    return pod_template
