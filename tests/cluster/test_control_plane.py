"""The test control plane itself (tools/control_plane.py) and `dist/` applied to it, per environment."""
import os
import re
import time

import pytest
from argocd_sync import ROOT, env_paths, load

from tools.control_plane import ApiError

pytestmark = pytest.mark.cluster


def _pinned_kubernetes() -> str:
    return re.search(r"^require k8s\.io/kubernetes (v\S+)$", (ROOT / "tools/go/kubernetes/go.mod").read_text(), re.M)[1]


def _wait_for(what: str, probe, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while not (found := probe()):
        assert time.monotonic() < deadline, f"{what} not seen after {timeout:.0f} s"
        time.sleep(0.2)
    return found


def _allowed(plane, user: str, groups: list[str], verb: str, resource: str, namespace: str) -> bool:
    review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview",
              "spec": {"user": user, "groups": groups,
                       "resourceAttributes": {"verb": verb, "resource": resource, "namespace": namespace}}}
    return plane.request("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", review)["status"]["allowed"]


def test_control_plane_runs_the_pinned_components_and_leaves_nothing_behind(start_control_plane, figure):
    plane = start_control_plane()
    assert plane.request("GET", "/version")["gitVersion"] == _pinned_kubernetes()
    # The real RBAC authorizer: cluster-admin by group, nothing for a user no binding names.
    assert _allowed(plane, "admin", ["system:masters"], "create", "pods", "default")
    assert not _allowed(plane, "nobody", ["system:authenticated"], "create", "pods", "default")
    # The real PodSecurity admission: a privileged pod is refused in a namespace enforcing `restricted`.
    plane.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {
        "name": "restricted", "labels": {"pod-security.kubernetes.io/enforce": "restricted"}}}, "test")
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "root", "namespace": "restricted"},
           "spec": {"containers": [{"name": "c", "image": "busybox", "securityContext": {"privileged": True}}]}}
    with pytest.raises(ApiError) as refused:
        plane.apply(pod, "test", dry_run=True)
    assert refused.value.status == 403 and "violates PodSecurity" in refused.value.message
    # The real controllers: a Deployment gets its ReplicaSet and Pod.
    plane.apply({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "default"},
                 "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}}, "template": {
                     "metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "busybox"}]}}}},
                "test")
    pods = _wait_for("a pod of Deployment web", lambda: plane.request(
        "GET", "/api/v1/namespaces/default/pods", query={"labelSelector": "app=web"})["items"])
    assert pods[0]["metadata"]["ownerReferences"][0]["kind"] == "ReplicaSet"

    pids, workdir = plane.pids, plane.workdir
    began = time.monotonic()
    plane.stop()
    stopped_in = time.monotonic() - began
    figure(f"control plane ({', '.join(pids)}) started in {plane.started_in:.1f} s, stopped in {stopped_in:.1f} s")
    alive = []
    for name, pid in pids.items():
        try:
            os.kill(pid, 0)
            alive.append(name)
        except ProcessLookupError:
            pass
    assert not alive, f"still running after stop: {alive}"
    assert not workdir.exists(), f"{workdir} left behind"


def test_dist_applies_in_argocd_order(synced_env, figure):
    """Every object of dist/ and of the rendered add-ons, applied in Argo CD's order, with zero refusals."""
    env, plane, result = synced_env
    dist = result.applied - result.applied_addons
    figure(f"{env}: {result.crds} CRDs, {len(result.namespaces_created)} namespaces created by Argo CD "
           f"({', '.join(result.namespaces_created)}), {result.applied} objects applied ({dist} dist + "
           f"{result.applied_addons} add-ons from {len(result.charts)} charts rendered), {len(result.errors)} refused")
    assert not result.errors, f"{env}: {len(result.errors)} objects refused:\n" + "\n".join(result.errors)
    assert dist == len(load(env_paths(env)))
    assert result.charts and result.applied_addons == len(result.manifests) - dist
    if result.unavailable:  # everything that could be rendered was applied; say what could not
        pytest.skip(f"{env}: add-ons not applied: " + "; ".join(result.unavailable))
