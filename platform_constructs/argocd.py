"""Argo CD wiring for one cluster: an AppProject per team, an Application per app, the platform app and the root app.

Each cluster runs its own Argo CD, which reads `clusters/<env>/` of the GitOps repository through the root
app-of-apps. Sync behaviour (automated or by hand, sync windows) comes from `EnvironmentSettings`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from ._errors import Problem, Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label
from .imports.argocd_application.io import argoproj as app_api
from .imports.argocd_appproject.io import argoproj as project_api
from .settings import EnvironmentSettings

ARGOCD_NAMESPACE = "argocd"
IN_CLUSTER = "https://kubernetes.default.svc"
PLATFORM_PROJECT = "platform"
# Argo CD's own catch-all project and the platform's project: a team project must not take either name.
RESERVED_PROJECTS = ("default", PLATFORM_PROJECT)
# Names the cluster's own Applications use in the argocd namespace.
RESERVED_APPLICATIONS = ("root", "platform")
# What a team may deploy into its own namespaces. No cluster-scoped kinds, no RBAC, no Secrets (they come from
# ExternalSecrets), no quotas or LimitRanges: those belong to the platform. NetworkPolicies are allowed because
# SecureApp renders each app's allow rules next to it; the namespace's default-deny stays in the platform app.
TEAM_KINDS = (
    ("", "ConfigMap"), ("", "Service"), ("", "ServiceAccount"), ("", "PersistentVolumeClaim"),
    ("apps", "Deployment"), ("apps", "StatefulSet"), ("batch", "Job"), ("batch", "CronJob"),
    ("autoscaling", "HorizontalPodAutoscaler"), ("policy", "PodDisruptionBudget"),
    ("networking.k8s.io", "Ingress"), ("networking.k8s.io", "NetworkPolicy"),
    ("argoproj.io", "Rollout"), ("argoproj.io", "AnalysisTemplate"),
    ("monitoring.coreos.com", "ServiceMonitor"), ("monitoring.coreos.com", "PrometheusRule"),
    ("external-secrets.io", "ExternalSecret"), ("velero.io", "Schedule"), ("cert-manager.io", "Certificate"),
)
# Cluster-scoped kinds a team may deploy: none (Namespaces, ClusterRoles, CRDs and webhooks belong to the platform).
TEAM_CLUSTER_KINDS: tuple[tuple[str, str], ...] = ()
# Workloads whose replica count an HorizontalPodAutoscaler owns: Argo CD must not report or revert its changes.
SCALED_KINDS = (("apps", "Deployment"), ("apps", "StatefulSet"), ("argoproj.io", "Rollout"))
# Sync waves: projects exist before the Applications that name them, and namespaces (platform app) before apps.
PROJECT_WAVE = "-2"
PLATFORM_WAVE = "-1"

_REPO_URL = re.compile(r"^(https://|ssh://)[^\s]+\Z|^[\w.-]+@[\w.-]+:[^\s]+\Z", re.ASCII)
_DURATION = re.compile(r"^([0-9]+(h|m))+\Z", re.ASCII)
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*,/-]+\Z", re.ASCII)


@dataclass(frozen=True, kw_only=True, slots=True)
class GitOpsRepo:
    """The Git repository Argo CD reads the rendered tree from."""

    url: str
    """HTTPS or SSH URL of the GitOps repository."""
    revision: str = "main"
    """Default: 'main', the branch the platform CI pushes rendered manifests to."""

    def problems(self) -> list[Problem]:
        out = []
        if not isinstance(self.url, str) or not _REPO_URL.match(self.url):
            out.append(Problem("repo.url", self.url, "an https:// or ssh:// Git URL, or 'git@host:org/repo.git'"))
        if not isinstance(self.revision, str) or not self.revision.strip():
            out.append(Problem("repo.revision", self.revision, "a branch, tag or commit"))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class TeamProjectProps:
    """Props of a TeamProject."""

    team: str
    """The team's name (DNS-1123 label), also the AppProject's name."""
    env: EnvironmentSettings
    """The environment; its sync windows become the project's."""
    repo: GitOpsRepo
    """The only repository the team's Applications may read from."""
    namespaces: Sequence[str]
    """The team's namespaces (created by the platform): the only destinations the project allows."""
    developer_groups: Sequence[str] = ()
    """Groups that may view, sync and read logs of the team's Applications. Default: none, so nobody until named."""
    viewer_groups: Sequence[str] = ()
    """Groups that may view the team's Applications and read their logs. Default: none."""
    on_call_groups: Sequence[str] = ()
    """Groups that may sync by hand and abort a rollout at any hour (break glass). Required where the environment
    has sync windows: there developers only view, automated syncs wait for the window, and the on-call role is
    the one way to ship a rollback outside it."""
    team_repositories: Sequence[str] = ()
    """The team's own GitOps repositories (Git URLs) its Applications may also sync from, such as the output of a
    team repository's `cdk8s synth`. Default: none, only `repo`."""


@dataclass(frozen=True, kw_only=True, slots=True)
class ClusterBootstrapProps:
    """Props of a ClusterBootstrap."""

    env: EnvironmentSettings
    """The environment whose cluster this is."""
    repo: GitOpsRepo
    """The GitOps repository holding the rendered tree."""
    cluster_path: str
    """Folder of the cluster's Argo CD objects, such as 'clusters/prod' (the root app syncs it, itself included)."""
    platform_path: str
    """Folder of the platform-owned objects, such as 'platform/prod' (namespaces, guardrails, RBAC)."""


def _path_ok(path: object) -> bool:
    return isinstance(path, str) and bool(path) and not path.startswith("/") and \
        not any(x in ("", ".", "..") for x in path.split("/"))


_PATH_RULE = "a relative folder of the GitOps repository without '.', '..' or empty parts"


def _window_problems(env: EnvironmentSettings) -> list[Problem]:
    out = []
    for i, w in enumerate(env.sync_windows):
        fields = w.schedule.split() if isinstance(w.schedule, str) else []
        if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
            out.append(Problem(f"env.sync_windows[{i}].schedule", w.schedule, "a five-field cron schedule such as '0 9 * * 1-4'"))
        if not isinstance(w.duration, str) or not _DURATION.match(w.duration):
            out.append(Problem(f"env.sync_windows[{i}].duration", w.duration, "hours and minutes such as '6h' or '1h30m'"))
        if not isinstance(w.time_zone, str) or not w.time_zone.strip():
            out.append(Problem(f"env.sync_windows[{i}].time_zone", w.time_zone, "an IANA time zone such as 'UTC'"))
    return out


def _check_common(p: Problems, env: EnvironmentSettings, repo: GitOpsRepo) -> None:
    p.extend("env.", env.problems())
    p.extend("", _window_problems(env))
    p.extend("", repo.problems())


def project_sync_windows(env: EnvironmentSettings) -> list[project_api.AppProjectSpecSyncWindows] | None:
    # Allow windows: while any exists, automated syncs run only inside one; manual ones too unless manual_sync.
    return [project_api.AppProjectSpecSyncWindows(kind="allow", schedule=w.schedule, duration=w.duration,
                                                  time_zone=w.time_zone, manual_sync=w.manual_sync,
                                                  applications=["*"])
            for w in env.sync_windows] or None


def _sync_policy(env: EnvironmentSettings) -> app_api.ApplicationSpecSyncPolicy:
    return app_api.ApplicationSpecSyncPolicy(
        automated=app_api.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True, allow_empty=False)
        if env.auto_sync else None,
        # A failed sync (a webhook not ready yet, a namespace still being created) is retried, later each time;
        # `refresh` retries with the newest commit, so a fix pushed meanwhile is picked up.
        retry=app_api.ApplicationSpecSyncPolicyRetry(limit=5, refresh=True, backoff=app_api.ApplicationSpecSyncPolicyRetryBackoff(
            duration="10s", factor=2, max_duration="5m")),
        sync_options=[
            "CreateNamespace=false",  # namespaces come from the platform (IsolatedNamespace), never from an app's sync
            "PrunePropagationPolicy=foreground",
            "PruneLast=true",
            "RespectIgnoreDifferences=true",  # a sync leaves ignored fields (HPA-owned replicas) as they are live
        ],
    )


def _application(scope: Construct, id: str, *, name: str, project: str, repo: GitOpsRepo, path: str,
                 namespace: str | None, env: EnvironmentSettings, wave: str | None = None,
                 cascade: bool = True, ignore_replicas: bool = False) -> app_api.Application:
    metadata: dict = {"name": name, "namespace": ARGOCD_NAMESPACE}
    if cascade:
        metadata["finalizers"] = ["resources-finalizer.argocd.argoproj.io"]
    if wave is not None:
        metadata["annotations"] = {"argocd.argoproj.io/sync-wave": wave}
    ignore = [app_api.ApplicationSpecIgnoreDifferences(group=group, kind=kind, json_pointers=["/spec/replicas"])
              for group, kind in SCALED_KINDS] if ignore_replicas else None
    return app_api.Application(scope, id, metadata=metadata, spec=app_api.ApplicationSpec(
        project=project,
        source=app_api.ApplicationSpecSource(repo_url=repo.url, target_revision=repo.revision, path=path,
                                             directory=app_api.ApplicationSpecSourceDirectory(recurse=True)),
        destination=app_api.ApplicationSpecDestination(server=IN_CLUSTER, namespace=namespace),
        sync_policy=_sync_policy(env),
        ignore_differences=ignore,
        revision_history_limit=10,
    ))


def _project_meta(name: str) -> dict:
    return {"name": name, "namespace": ARGOCD_NAMESPACE, "annotations": {"argocd.argoproj.io/sync-wave": PROJECT_WAVE}}


def _role(team: str, name: str, description: str, groups: Sequence[str],
          grants: Sequence[tuple[str, str]]) -> project_api.AppProjectSpecRoles:
    return project_api.AppProjectSpecRoles(
        name=name, description=description, groups=sorted(groups) or None,
        policies=[f"p, proj:{team}:{name}, {resource}, {action}, {team}/*, allow" for resource, action in grants])


#: What the on-call role may do at any hour: sync what Git holds (the reverted pin) and stop a canary.
ON_CALL_GRANTS = (("applications", "get"), ("applications", "sync"), ("logs", "get"),
                  ("applications", "action/argoproj.io/Rollout/abort"))


def _team_roles(team: str, props: TeamProjectProps) -> list[project_api.AppProjectSpecRoles]:
    # Syncing applies what Git holds, nothing else. Where the environment has sync windows, which let a sync by hand
    # through at any hour (SyncWindow.manual_sync), developers do not sync: releases wait for the window's
    # automated sync, and only the on-call role syncs outside it.
    developer = [("applications", "get")] + ([] if props.env.sync_windows else [("applications", "sync")]) + [("logs", "get")]
    roles = [_role(team, "developer", "view and read logs of the team's applications" if props.env.sync_windows
                   else "view, sync and read logs of the team's applications", props.developer_groups, developer),
             _role(team, "viewer", "view the team's applications and read their logs", props.viewer_groups,
                   [("applications", "get"), ("logs", "get")])]
    if props.on_call_groups:
        roles.append(_role(team, "on-call", "break glass: sync and abort rollouts at any hour (docs/runbooks/rollback.md)",
                           props.on_call_groups, ON_CALL_GRANTS))
    return roles


class TeamProject(Construct):
    """An AppProject confining one team to its own namespaces, the GitOps repository and namespaced kinds.

    Children: `Resource` (the AppProject), then one Application per `add_application` call, under its id.
    """

    def __init__(self, scope: Construct, id: str, *, props: TeamProjectProps):
        with unique_id(scope, id, "TeamProject"):
            super().__init__(scope, id)
        p = Problems("TeamProject", self)
        p.check(is_dns1123_label(props.team), "team", props.team, DNS1123_RULE)
        p.check(props.team not in RESERVED_PROJECTS, "team", props.team,
                f"a name other than {' and '.join(repr(n) for n in RESERVED_PROJECTS)}, the projects Argo CD and the platform use")
        p.check(bool(props.namespaces), "namespaces", list(props.namespaces), "at least one namespace")
        for i, ns in enumerate(props.namespaces):
            p.check(is_dns1123_label(ns), f"namespaces[{i}]", ns, DNS1123_RULE)
            p.check(ns != ARGOCD_NAMESPACE, f"namespaces[{i}]", ns, "a team namespace, not Argo CD's own")
        p.check(bool(props.on_call_groups) or not props.env.sync_windows, "on_call_groups", list(props.on_call_groups),
                f"at least one group: {props.env.name} has sync windows, and outside them only the on-call role can "
                "sync a rollback")
        for field in ("developer_groups", "viewer_groups", "on_call_groups"):
            for i, g in enumerate(getattr(props, field)):
                p.check(isinstance(g, str) and bool(g.strip()), f"{field}[{i}]", g, "a non-empty group name")
        for i, url in enumerate(props.team_repositories):
            p.check(isinstance(url, str) and bool(_REPO_URL.match(url)) and url != props.repo.url, f"team_repositories[{i}]",
                    url, "an https:// or ssh:// Git URL, or 'git@host:org/repo.git', other than repo.url")
        _check_common(p, props.env, props.repo)
        p.raise_if_any()
        self.name = props.team
        self.namespaces = tuple(props.namespaces)
        self.env = props.env
        self.repo = props.repo
        self.source_repos = (props.repo.url, *sorted(set(props.team_repositories)))
        self._apps: set[str] = set()
        team = props.team
        project_api.AppProject(self, "Resource", metadata=_project_meta(team), spec=project_api.AppProjectSpec(
            description=f"team {team} in {props.env.name}",
            source_repos=list(self.source_repos),
            # Only this cluster, only the team's namespaces: Applications cannot point anywhere else.
            destinations=[project_api.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=n)
                          for n in sorted(set(props.namespaces))],
            cluster_resource_whitelist=[project_api.AppProjectSpecClusterResourceWhitelist(group=g, kind=k)
                                        for g, k in TEAM_CLUSTER_KINDS],
            namespace_resource_whitelist=[project_api.AppProjectSpecNamespaceResourceWhitelist(group=g, kind=k)
                                          for g, k in TEAM_KINDS],
            sync_windows=project_sync_windows(props.env),
            orphaned_resources=project_api.AppProjectSpecOrphanedResources(warn=True),
            roles=_team_roles(team, props),
        ))

    def add_application(self, id: str, *, name: str, path: str, namespace: str | None = None,
                        repo: GitOpsRepo | None = None) -> app_api.Application:
        """An Application syncing `path` of the GitOps repository (or of `repo`, one of the team's own
        `team_repositories`) into `namespace` (default: the team's first).

        Returns the Application. Sync behaviour comes from the project's environment.
        """
        namespace = self.namespaces[0] if namespace is None else namespace
        repo = self.repo if repo is None else repo
        p = Problems("TeamProject", self)
        p.check(is_dns1123_label(name), "applications.name", name, DNS1123_RULE)
        p.check(name not in RESERVED_APPLICATIONS, "applications.name", name,
                f"a name other than {' and '.join(repr(n) for n in RESERVED_APPLICATIONS)}, the cluster's own Applications")
        p.check(self.node.try_find_child(id) is None, "applications.id", id, "an id no other construct of this project has")
        p.check(name not in self._apps, "applications.name", name, "a name not already used in this project")
        p.check(namespace in self.namespaces, "applications.namespace", namespace,
                f"one of the team's namespaces ({', '.join(self.namespaces)})")
        p.check(_path_ok(path), "applications.path", path, _PATH_RULE)
        p.check(repo.url in self.source_repos, "applications.repo.url", repo.url,
                f"a repository the project admits ({', '.join(self.source_repos)})")
        p.extend("applications.", repo.problems())
        p.raise_if_any()
        self._apps.add(name)
        return _application(self, id, name=name, project=self.name, repo=repo, path=path, namespace=namespace,
                            env=self.env, ignore_replicas=True)


class ClusterBootstrap(Construct):
    """The cluster's platform AppProject, root app-of-apps and the Application for its platform folder.

    Children: `PlatformProject`, `Root` and `Platform`. Neither Application carries Argo CD's cascade-delete
    finalizer: deleting one by mistake must not delete every namespace and workload it manages.
    """

    def __init__(self, scope: Construct, id: str, *, props: ClusterBootstrapProps):
        with unique_id(scope, id, "ClusterBootstrap"):
            super().__init__(scope, id)
        p = Problems("ClusterBootstrap", self)
        p.check(_path_ok(props.cluster_path), "cluster_path", props.cluster_path, _PATH_RULE)
        p.check(_path_ok(props.platform_path), "platform_path", props.platform_path, _PATH_RULE)
        p.check(props.cluster_path != props.platform_path, "platform_path", props.platform_path,
                "a folder other than cluster_path")
        _check_common(p, props.env, props.repo)
        p.raise_if_any()
        env, repo = props.env, props.repo
        project_api.AppProject(self, "PlatformProject", metadata=_project_meta(PLATFORM_PROJECT), spec=project_api.AppProjectSpec(
            description=f"platform-owned objects in {env.name}: Argo CD wiring, guardrails, namespaces, RBAC, add-ons",
            source_repos=[repo.url],
            destinations=[project_api.AppProjectSpecDestinations(server=IN_CLUSTER, namespace="*")],
            cluster_resource_whitelist=[project_api.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")],
            # The platform changes under the same windows as the teams' apps.
            sync_windows=project_sync_windows(env),
        ))
        _application(self, "Root", name="root", project=PLATFORM_PROJECT, repo=repo, path=props.cluster_path,
                     namespace=ARGOCD_NAMESPACE, env=env, cascade=False)
        _application(self, "Platform", name="platform", project=PLATFORM_PROJECT, repo=repo, path=props.platform_path,
                     namespace=None, env=env, wave=PLATFORM_WAVE, cascade=False)


__all__ = ["ClusterBootstrap", "ClusterBootstrapProps", "GitOpsRepo", "TeamProject", "TeamProjectProps"]
