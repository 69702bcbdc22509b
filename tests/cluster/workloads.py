"""Bring up the pods of an environment's rendered workloads on the test control plane, through the real
controllers and the real admission chain (PodSecurity, LimitRanger, ResourceQuota, ServiceAccount).

There is no kubelet and no scheduler here: pods stay Pending, which is all admission and quota need.
- StatefulSets: the controller creates the pods one ordinal at a time (OrderedReady) once the previous one
  is Running and Ready, so each created pod is marked so through its status subresource, as a kubelet would.
- CronJobs: a Job from the jobTemplate (what `kubectl create job --from=cronjob/...` does); the Job
  controller creates its pod. Jobs (the add-ons' hook Jobs): the Job controller creates their pods.
- DaemonSets (node agents of the add-ons): one Node is registered (and reported Ready) so the DaemonSet
  controller creates the agent's pod for it.
- Argo Rollouts (no controller runs here): one Pod per replica from the pod template, the way the Rollout's
  ReplicaSets would create them, at the most the environment can reach: the HPA's maxReplicas when an HPA
  scales it, plus the canary's maxSurge. These are created for real, not dry-run, so the quota counts them.
"""
from __future__ import annotations

import copy
import dataclasses
import math
import time

from argocd_sync import Manifest

from tools.control_plane import ApiError, ControlPlane

PSA_ENFORCE = "pod-security.kubernetes.io/enforce"
TEAM_LABEL = "platform.example.com/team"
MANAGER = "platform-tests"


@dataclasses.dataclass
class Workload:
    kind: str
    namespace: str
    name: str
    expected: int  # pods
    selector: str  # label selector of its pods


@dataclasses.dataclass
class PodsResult:
    workloads: list[Workload] = dataclasses.field(default_factory=list)
    pods: list[dict] = dataclasses.field(default_factory=list)  # as the API server stored them
    errors: list[str] = dataclasses.field(default_factory=list)


def _selector(labels: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items()))


def _surge(value, replicas: int) -> int:
    """Argo Rollouts' maxSurge (default 25%), a percentage rounded up as the controller does."""
    value = "25%" if value is None else value
    if isinstance(value, str) and value.endswith("%"):
        return math.ceil(replicas * int(value[:-1]) / 100)
    return int(value)


def _max_replicas(obj: dict, manifests: list[Manifest]) -> int:
    for m in manifests:
        hpa = m.obj
        if (hpa["kind"] == "HorizontalPodAutoscaler" and hpa["metadata"].get("namespace") == obj["metadata"]["namespace"]
                and hpa["spec"]["scaleTargetRef"]["kind"] == obj["kind"]
                and hpa["spec"]["scaleTargetRef"]["name"] == obj["metadata"]["name"]):
            return hpa["spec"]["maxReplicas"]
    return obj["spec"].get("replicas", 1)


def _pod(template: dict, namespace: str, name: str) -> dict:
    meta = copy.deepcopy(template.get("metadata") or {})
    return {"apiVersion": "v1", "kind": "Pod", "spec": copy.deepcopy(template["spec"]),
            "metadata": {**meta, "name": name, "namespace": namespace}}


def _mark_ready(plane: ControlPlane, pod: dict) -> None:
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    status = {"phase": "Running", "startTime": now, "conditions": [
        {"type": t, "status": "True", "lastTransitionTime": now} for t in ("PodScheduled", "Initialized", "ContainersReady", "Ready")]}
    meta = pod["metadata"]
    plane.request("PATCH", f"/api/v1/namespaces/{meta['namespace']}/pods/{meta['name']}/status",
                  {"status": status}, "application/merge-patch+json")


def _failed_creates(plane: ControlPlane, namespace: str) -> list[str]:
    events = plane.request("GET", f"/api/v1/namespaces/{namespace}/events")["items"]
    return sorted({f"{e['involvedObject']['kind']} {namespace}/{e['involvedObject']['name']}: {e['message']}"
                   for e in events if e.get("reason") in ("FailedCreate", "FailedCreatePodSandBox")})


NODE = "platform-test-node"


def _register_node(plane: ControlPlane) -> None:
    """A Node for the DaemonSet controller to place agents on (nothing runs them: there is no kubelet)."""
    plane.apply({"apiVersion": "v1", "kind": "Node", "metadata": {"name": NODE, "labels": {
        "kubernetes.io/hostname": NODE, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"}}}, MANAGER)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    plane.request("PATCH", f"/api/v1/nodes/{NODE}/status", {"status": {"conditions": [
        {"type": "Ready", "status": "True", "reason": "KubeletReady", "lastHeartbeatTime": now,
         "lastTransitionTime": now}]}}, "application/merge-patch+json")


def _owned_by(pod: dict, w: Workload) -> bool:
    """Whether `w`'s controller made the pod: selectors may overlap (Velero's Deployment selects its node agent's pods
    too), ownership does not. The test itself creates a Rollout's pods, without an owner."""
    owners = {(o["kind"], o["name"]) for o in pod["metadata"].get("ownerReferences") or ()}
    if w.kind == "Deployment":  # through its ReplicaSet, '<deployment>-<template hash>'
        return any(kind == "ReplicaSet" and name.rsplit("-", 1)[0] == w.name for kind, name in owners)
    if w.kind == "CronJob":
        return ("Job", f"{w.name}-test") in owners
    return not owners if w.kind == "Rollout" else (w.kind, w.name) in owners


def start_workloads(plane: ControlPlane, manifests: list[Manifest], timeout: float = 90.0) -> PodsResult:
    result = PodsResult()
    if any(m.obj["kind"] == "DaemonSet" for m in manifests):
        _register_node(plane)
    for m in manifests:
        obj, meta = m.obj, m.obj["metadata"]
        ns, name = meta.get("namespace"), meta["name"]
        if obj["kind"] in ("Deployment", "StatefulSet"):
            result.workloads.append(Workload(obj["kind"], ns, name, obj["spec"].get("replicas", 1),
                                             _selector(obj["spec"]["selector"]["matchLabels"])))
        elif obj["kind"] == "DaemonSet":
            result.workloads.append(Workload("DaemonSet", ns, name, 1, _selector(obj["spec"]["selector"]["matchLabels"])))
        elif obj["kind"] == "Job":
            result.workloads.append(Workload("Job", ns, name, obj["spec"].get("parallelism", 1),
                                             f"batch.kubernetes.io/job-name={name}"))
        elif obj["kind"] == "CronJob":
            job_template = obj["spec"]["jobTemplate"]
            job = {"apiVersion": "batch/v1", "kind": "Job", "spec": job_template["spec"],
                   "metadata": {**(job_template.get("metadata") or {}), "name": f"{name}-test", "namespace": ns}}
            try:
                plane.apply(job, MANAGER)
            except ApiError as e:
                result.errors.append(f"{m.label}: Job from it refused: {e.status} {e.message}")
                continue
            result.workloads.append(Workload("CronJob", ns, name, job["spec"].get("parallelism", 1),
                                             f"batch.kubernetes.io/job-name={name}-test"))
        elif obj["kind"] == "Rollout":
            replicas = _max_replicas(obj, manifests)
            strategy = obj["spec"].get("strategy") or {}
            count = replicas + _surge((strategy.get("canary") or {}).get("maxSurge"), replicas)
            template = obj["spec"]["template"]
            for i in range(count):
                try:
                    plane.apply(_pod(template, ns, f"{name}-test-{i}"), MANAGER)
                except ApiError as e:
                    result.errors.append(f"{m.label}: pod {i + 1} of {count} refused: {e.status} {e.message}")
                    break
            result.workloads.append(Workload("Rollout", ns, name, count, _selector(obj["spec"]["selector"]["matchLabels"])))
    deadline = time.monotonic() + timeout
    pending = list(result.workloads)
    while pending:
        for w in list(pending):
            pods = [p for p in plane.request("GET", f"/api/v1/namespaces/{w.namespace}/pods",
                                             query={"labelSelector": w.selector})["items"] if _owned_by(p, w)]
            if w.kind == "StatefulSet":
                for pod in pods:
                    if (pod.get("status") or {}).get("phase") != "Running":
                        _mark_ready(plane, pod)
            if len(pods) >= w.expected:
                pending.remove(w)
                result.pods += pods
        if pending and time.monotonic() > deadline:
            failures = sorted({f for w in pending for f in _failed_creates(plane, w.namespace)})
            result.errors += [f"{w.kind} {w.namespace}/{w.name}: fewer than {w.expected} pods after {timeout:.0f} s"
                              for w in pending] + failures
            break
        if pending:
            time.sleep(0.5)
    return result


def namespace_labels(plane: ControlPlane) -> dict[str, dict]:
    return {n["metadata"]["name"]: n["metadata"].get("labels") or {}
            for n in plane.request("GET", "/api/v1/namespaces")["items"]}
