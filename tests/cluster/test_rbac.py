"""The team RBAC of `dist/`, judged by the real RBAC authorizer through SubjectAccessReviews, per
environment, against the matrix README documents: developers edit in dev only, `exec` in dev and stage,
Secrets readable in dev only and never by viewers, nothing in another team's namespace, no
cluster-scoped writes."""
import pytest
from argocd_sync import env_paths, load
from workloads import TEAM_LABEL, namespace_labels

pytestmark = pytest.mark.cluster

# action: (verb, group, resource, subresource)
ACTIONS = {
    "read pods": ("get", "", "pods", ""),
    "edit deployments": ("create", "apps", "deployments", ""),
    "edit rollouts": ("patch", "argoproj.io", "rollouts", ""),
    "exec": ("create", "", "pods", "exec"),
    "read secrets": ("get", "", "secrets", ""),
}
CLUSTER_WRITES = {"create namespaces": ("create", "", "namespaces"),
                  "create clusterrolebindings": ("create", "rbac.authorization.k8s.io", "clusterrolebindings")}


def _expected(env: str, role: str, action: str) -> bool:
    if role == "viewer":
        return action == "read pods"
    return {"read pods": True, "edit deployments": env == "dev", "edit rollouts": env == "dev",
            "exec": env in ("dev", "stage"), "read secrets": env == "dev"}[action]


def _allowed(plane, group: str, verb: str, api_group: str, resource: str, subresource: str = "",
             namespace: str = "", *, user: str = "") -> bool:
    """Whether the real authorizer allows `user` (default: a member of `group`) the action; `group` may be empty."""
    attrs = {"verb": verb, "group": api_group, "resource": resource, "subresource": subresource,
             **({"namespace": namespace} if namespace else {})}
    groups = [g for g in (group, "system:authenticated") if g]
    if user.startswith("system:serviceaccount:"):
        groups += ["system:serviceaccounts", f"system:serviceaccounts:{user.split(':')[2]}"]
    review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview",
              "spec": {"user": user or f"{group}-member", "groups": groups, "resourceAttributes": attrs}}
    return plane.request("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", review)["status"]["allowed"]


def _team_groups(env: str) -> dict[str, dict[str, str]]:
    """namespace -> role (developer, viewer) -> the group its RoleBinding names, read from dist/."""
    groups: dict[str, dict[str, str]] = {}
    for m in load(env_paths(env)):
        o = m.obj
        if o["kind"] == "RoleBinding" and o["roleRef"]["name"] in ("developer", "viewer"):
            for s in o["subjects"]:
                if s["kind"] == "Group":
                    groups.setdefault(o["metadata"]["namespace"], {})[o["roleRef"]["name"]] = s["name"]
    return groups


def test_team_rbac_matrix(synced_env, figure):
    env, plane, _ = synced_env
    teams = _team_groups(env)
    team_namespaces = sorted(ns for ns, labels in namespace_labels(plane).items() if TEAM_LABEL in labels)
    assert teams and all(set(roles) == {"developer", "viewer"} for roles in teams.values()), teams
    wrong, checked, lines = [], 0, []
    for own, roles in sorted(teams.items()):
        for role, group in sorted(roles.items()):
            row = []
            for ns in team_namespaces:
                for action, (verb, api_group, resource, sub) in ACTIONS.items():
                    want = ns == own and _expected(env, role, action)
                    got = _allowed(plane, group, verb, api_group, resource, sub, ns)
                    checked += 1
                    if got != want:
                        wrong.append(f"{group} {action} in {ns}: allowed={got}, documented {want}")
                    if ns == own:
                        row.append(f"{action}={'yes' if got else 'no'}")
            for action, (verb, api_group, resource) in CLUSTER_WRITES.items():
                checked += 1
                if _allowed(plane, group, verb, api_group, resource):
                    wrong.append(f"{group} {action}: allowed, documented no cluster-scoped writes")
            lines.append(f"  {group} ({role} of {own}): {', '.join(row)}; nothing in "
                         f"{', '.join(n for n in team_namespaces if n != own) or '-'}; no cluster-scoped writes")
    figure(f"{env}: {checked} SubjectAccessReviews\n" + "\n".join(lines))
    assert not wrong, f"{env}: RBAC differs from the documented matrix:\n" + "\n".join(wrong)


def _actions_allowed(plane, user: str, namespaces: list[str]) -> list[str]:
    """Every action of ACTIONS and CLUSTER_WRITES that `user` (no team group) is allowed, as 'action in ns'."""
    allowed = [f"{action} in {ns}" for ns in namespaces for action, (verb, api_group, resource, sub) in ACTIONS.items()
               if _allowed(plane, "", verb, api_group, resource, sub, ns, user=user)]
    return allowed + [action for action, (verb, api_group, resource) in CLUSTER_WRITES.items()
                      if _allowed(plane, "", verb, api_group, resource, user=user)]


def test_ci_identity_and_workload_service_accounts_have_no_api_access(synced_env, figure):
    """The CI role only pushes images and commits pins: it has no EKS access entry, so on the cluster it is at
    most an authenticated principal in no group. The workloads' own ServiceAccounts get no RBAC from their
    constructs. Neither may read pods or Secrets, edit, exec or write cluster-scoped objects anywhere."""
    env, plane, _ = synced_env
    team_namespaces = sorted(ns for ns, labels in namespace_labels(plane).items() if TEAM_LABEL in labels)
    accounts = sorted({f"system:serviceaccount:{m.obj['metadata']['namespace']}:{m.obj['metadata']['name']}"
                       for m in load(env_paths(env)) if m.obj["kind"] == "ServiceAccount"
                       and m.obj["metadata"].get("namespace") in team_namespaces})
    assert accounts, f"{env}: no ServiceAccount in the team namespaces {team_namespaces}"
    wrong = {user: got for user in ["github-actions-ci", *accounts] if (got := _actions_allowed(plane, user, team_namespaces))}
    figure(f"{env}: the CI identity and {len(accounts)} workload ServiceAccounts denied "
           f"{(len(ACTIONS) * len(team_namespaces) + len(CLUSTER_WRITES)) * (1 + len(accounts))} actions")
    assert not wrong, f"{env}: principals with API access they were never given: {wrong}"


def test_argocd_may_apply_and_prune_everything_it_syncs(synced_env, figure):
    """Argo CD's application controller (the ServiceAccount the argo-cd chart renders) may read, server-side
    apply and prune every object of dist/ and the add-ons, in its namespace: a sync that the controller's RBAC
    refuses would stall, half-applied."""
    env, plane, result = synced_env
    accounts = [m.obj["metadata"]["name"] for m in result.manifests if m.obj["kind"] == "ServiceAccount"
                and m.obj["metadata"].get("namespace") == "argocd" and "application-controller" in m.obj["metadata"]["name"]]
    assert len(accounts) == 1, f"{env}: the argo-cd chart renders no single application controller account: {accounts}"
    user = f"system:serviceaccount:argocd:{accounts[0]}"
    targets = set()
    for m in result.manifests:
        api_version, kind = m.obj["apiVersion"], m.obj["kind"]
        res = plane.resource(api_version, kind)
        targets.add((api_version.rpartition("/")[0], res["name"], m.obj["metadata"].get("namespace", "") if res["namespaced"] else ""))
    refused = [f"{verb} {group or 'core'}/{resource}{' in ' + ns if ns else ''}" for group, resource, ns in sorted(targets)
               for verb in ("get", "patch", "delete") if not _allowed(plane, "", verb, group, resource, "", ns, user=user)]
    figure(f"{env}: Argo CD's application controller may get, apply and prune {len(targets)} kinds x namespaces "
           f"({3 * len(targets)} SubjectAccessReviews)")
    assert not refused, f"{env}: {user} cannot sync what Argo CD must: {refused[:10]}"
