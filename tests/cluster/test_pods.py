"""The pods of the rendered workloads, judged by the real admission chain (PodSecurity, LimitRanger,
ResourceQuota, ServiceAccount) on the test control plane, per environment."""
import copy

import pytest
from workloads import PSA_ENFORCE, TEAM_LABEL, namespace_labels

from tools import addon_render
from tools.control_plane import ApiError

pytestmark = pytest.mark.cluster


def _team_namespaces(plane) -> dict[str, dict]:
    return {ns: labels for ns, labels in namespace_labels(plane).items() if TEAM_LABEL in labels}


def test_every_workload_pod_is_admitted_at_its_namespace_level(env_pods, synced_env, figure):
    """The pods of every workload of dist/ and of the rendered add-ons (their hook Jobs and node agents too),
    created by the real controllers and admitted by PodSecurity at their namespace's enforce level."""
    env, plane, result = env_pods
    unavailable = synced_env[2].unavailable
    labels = namespace_labels(plane)
    teams = _team_namespaces(plane)
    by_level: dict[str, int] = {}
    for pod in result.pods:
        level = labels[pod["metadata"]["namespace"]].get(PSA_ENFORCE, "privileged")
        by_level[level] = by_level.get(level, 0) + 1
    addon_pods = [p for p in result.pods if p["metadata"]["namespace"] not in teams]
    figure(f"{env}: {len(result.pods)} pods admitted ({len(result.pods) - len(addon_pods)} apps + {len(addon_pods)} "
           f"add-ons) for {len(result.workloads)} workloads; PodSecurity levels: {by_level}")
    assert not result.errors, f"{env}: pods refused or missing:\n" + "\n".join(result.errors)
    assert result.workloads and len(result.pods) == sum(w.expected for w in result.workloads)
    # Every team namespace enforces `restricted`, so every pod there was judged at that level; every other pod
    # belongs to an add-on, in its Application's destination namespace.
    assert teams and all(lab.get(PSA_ENFORCE) == "restricted" for lab in teams.values()), teams
    destinations = {a.namespace for a in addon_render.applications(env)}
    assert {p["metadata"]["namespace"] for p in addon_pods} <= destinations
    if unavailable:  # the pods of every add-on that could be rendered were admitted; say which could not
        pytest.skip(f"{env}: pods of add-ons not rendered: " + "; ".join(unavailable))
    assert addon_pods


def _probe_pod(namespace: str, name: str, **spec) -> dict:
    """A pod `restricted` admits, with `spec` (and `container`) merged in: a refusal names only what was added."""
    container = {"name": "c", "image": "registry.example.com/probe:1", "resources": {
        "requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "10m", "memory": "16Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                            "runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}}}
    for key, value in spec.pop("container", {}).items():
        container[key] = {**container[key], **value} if isinstance(value, dict) else value
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": namespace},
            "spec": {"containers": [container], **spec}}


# Each case: what it adds to the admissible probe pod, and the violation PodSecurity must name.
REFUSED = {
    "privileged": ({"container": {"securityContext": {"privileged": True, "allowPrivilegeEscalation": True}}},
                   'privileged (container "c" must not set'),
    "hostPath": ({"volumes": [{"name": "host", "hostPath": {"path": "/"}}]},
                 'restricted volume types (volume "host" uses restricted volume type "hostPath")'),
}


def test_the_probe_pod_alone_is_admitted_in_every_team_namespace(env_pods):
    env, plane, _ = env_pods
    for ns in sorted(_team_namespaces(plane)):
        plane.apply(_probe_pod(ns, "probe"), "platform-tests", dry_run=True)


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_privileged_and_host_path_pods_are_refused_in_every_team_namespace(env_pods, case, figure):
    env, plane, _ = env_pods
    teams = sorted(_team_namespaces(plane))
    admitted = []
    for ns in teams:
        try:
            plane.apply(_probe_pod(ns, f"probe-{case.lower()}", **copy.deepcopy(REFUSED[case][0])), "platform-tests", dry_run=True)
            admitted.append(ns)
        except ApiError as e:
            assert e.status == 403 and "violates PodSecurity" in e.message and REFUSED[case][1] in e.message, f"{env} {ns}: {e}"
    figure(f"{env}: a {case} pod refused by PodSecurity in {', '.join(teams)}")
    assert not admitted, f"{env}: a {case} pod was admitted in {admitted}"


def test_quota_refuses_a_pod_beyond_it(env_pods, figure):
    env, plane, _ = env_pods
    checked = []
    for ns in sorted(_team_namespaces(plane)):
        for quota in plane.request("GET", f"/api/v1/namespaces/{ns}/resourcequotas")["items"]:
            hard, used = quota["status"]["hard"], quota["status"]["used"]
            # Asking for all the quota's CPU on top of what the workloads already use cannot fit.
            cpu = hard["requests.cpu"]
            pod = _probe_pod(ns, "probe-beyond-quota", container={"resources": {
                "requests": {"cpu": cpu, "memory": "16Mi"}, "limits": {"cpu": cpu, "memory": "16Mi"}}})
            with pytest.raises(ApiError) as refused:
                plane.apply(pod, "platform-tests", dry_run=True)
            assert refused.value.status == 403 and "exceeded quota" in refused.value.message, f"{env} {ns}: {refused.value}"
            checked.append(f"{ns}/{quota['metadata']['name']} (used {used.get('requests.cpu', '0')} of {cpu} cpu, "
                           f"{used.get('pods', '0')} of {hard.get('pods', '-')} pods)")
    figure(f"{env}: a pod beyond the quota refused in {', '.join(checked)}")
    assert checked
