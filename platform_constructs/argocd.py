"""Argo CD wiring: an AppProject per team, an Application per app, the platform app and the root app."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from ._errors import Problems
from ._k8s import DNS1123_RULE, is_dns1123_label
from .imports.argocd_application.io import argoproj as app_api
from .imports.argocd_appproject.io import argoproj as project_api
from .settings import EnvironmentSettings

ARGOCD_NAMESPACE = "argocd"
IN_CLUSTER = "https://kubernetes.default.svc"
# What a team may deploy into its own namespaces. No cluster-scoped kinds, no RBAC, no quotas, no NetworkPolicies:
# those belong to the platform.
TEAM_KINDS = (
    ("", "ConfigMap"), ("", "Service"), ("", "ServiceAccount"), ("", "PersistentVolumeClaim"),
    ("apps", "Deployment"), ("apps", "StatefulSet"), ("batch", "Job"), ("batch", "CronJob"),
    ("autoscaling", "HorizontalPodAutoscaler"), ("policy", "PodDisruptionBudget"),
    ("networking.k8s.io", "Ingress"), ("networking.k8s.io", "NetworkPolicy"),
    ("argoproj.io", "Rollout"), ("argoproj.io", "AnalysisTemplate"),
    ("monitoring.coreos.com", "ServiceMonitor"), ("monitoring.coreos.com", "PrometheusRule"),
    ("external-secrets.io", "ExternalSecret"), ("velero.io", "Schedule"),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class GitOpsRepo:
    """The Git repository Argo CD reads the rendered tree from."""

    url: str
    """HTTPS or SSH URL of the GitOps repository."""
    revision: str = "main"
    """Default: 'main', the branch the platform CI pushes rendered manifests to."""


def _sync_policy(env: EnvironmentSettings) -> app_api.ApplicationSpecSyncPolicy:
    return app_api.ApplicationSpecSyncPolicy(
        automated=app_api.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True) if env.auto_sync else None,
        retry=app_api.ApplicationSpecSyncPolicyRetry(limit=5, backoff=app_api.ApplicationSpecSyncPolicyRetryBackoff(
            duration="10s", factor=2, max_duration="5m")),
        # Namespaces come from the platform (IsolatedNamespace), never from an app's sync.
        sync_options=["CreateNamespace=false", "PrunePropagationPolicy=foreground", "PruneLast=true"],
    )


def _application(scope: Construct, id: str, *, name: str, project: str, repo: GitOpsRepo, path: str,
                 namespace: str | None, env: EnvironmentSettings, ignore_replicas: bool = False) -> app_api.Application:
    ignore = [app_api.ApplicationSpecIgnoreDifferences(group=group, kind=kind, json_pointers=["/spec/replicas"])
              for group, kind in (("apps", "Deployment"), ("argoproj.io", "Rollout"))] if ignore_replicas else None
    return app_api.Application(scope, id, metadata={"name": name, "namespace": ARGOCD_NAMESPACE,
                                                    "finalizers": ["resources-finalizer.argocd.argoproj.io"]},
                               spec=app_api.ApplicationSpec(
        project=project,
        source=app_api.ApplicationSpecSource(repo_url=repo.url, target_revision=repo.revision, path=path,
                                             directory=app_api.ApplicationSpecSourceDirectory(recurse=True)),
        destination=app_api.ApplicationSpecDestination(server=IN_CLUSTER, namespace=namespace),
        sync_policy=_sync_policy(env),
        ignore_differences=ignore,
        revision_history_limit=10,
    ))


class TeamProject(Construct):
    """An AppProject confining one team to its own namespaces, its repository and namespaced kinds."""

    def __init__(self, scope: Construct, id: str, *, team: str, namespaces: Sequence[str], repo: GitOpsRepo,
                 env: EnvironmentSettings, groups: Sequence[str] = ()):
        super().__init__(scope, id)
        p = Problems("TeamProject", self)
        p.check(is_dns1123_label(team), "team", team, DNS1123_RULE)
        p.check(bool(namespaces), "namespaces", list(namespaces), "at least one namespace")
        p.raise_if_any()
        self.name = team
        windows = [project_api.AppProjectSpecSyncWindows(kind="allow", schedule=w.schedule, duration=w.duration,
                                                         applications=["*"], manual_sync=True, time_zone=w.time_zone)
                   for w in env.sync_windows] or None
        project_api.AppProject(self, "Resource", metadata={"name": team, "namespace": ARGOCD_NAMESPACE},
                               spec=project_api.AppProjectSpec(
            description=f"team {team} in {env.name}",
            source_repos=[repo.url],
            destinations=[project_api.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=n) for n in sorted(namespaces)],
            cluster_resource_whitelist=[],
            namespace_resource_whitelist=[project_api.AppProjectSpecNamespaceResourceWhitelist(group=g, kind=k)
                                          for g, k in TEAM_KINDS],
            sync_windows=windows,
            orphaned_resources=project_api.AppProjectSpecOrphanedResources(warn=True),
            roles=[project_api.AppProjectSpecRoles(
                name="developer", description="read applications; sync outside prod windows is Git-driven",
                groups=sorted(groups) or None,
                policies=[f"p, proj:{team}:developer, applications, get, {team}/*, allow"])],
        ))

    def add_application(self, id: str, *, app: str, namespace: str, repo: GitOpsRepo, path: str,
                        env: EnvironmentSettings) -> app_api.Application:
        """An Application syncing `path` into `namespace` under this project."""
        return _application(self, id, name=app, project=self.name, repo=repo, path=path, namespace=namespace,
                            env=env, ignore_replicas=True)


class ClusterBootstrap(Construct):
    """The root app-of-apps for one cluster and the Application for its platform folder."""

    def __init__(self, scope: Construct, id: str, *, repo: GitOpsRepo, env: EnvironmentSettings,
                 cluster_path: str, platform_path: str):
        super().__init__(scope, id)
        project_api.AppProject(self, "PlatformProject", metadata={"name": "platform", "namespace": ARGOCD_NAMESPACE},
                               spec=project_api.AppProjectSpec(
            description="platform-owned objects: guardrails, namespaces, RBAC, add-ons",
            source_repos=[repo.url],
            destinations=[project_api.AppProjectSpecDestinations(server=IN_CLUSTER, namespace="*")],
            cluster_resource_whitelist=[project_api.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")],
        ))
        _application(self, "Root", name="root", project="platform", repo=repo, path=cluster_path,
                     namespace=ARGOCD_NAMESPACE, env=env)
        _application(self, "Platform", name="platform", project="platform", repo=repo, path=platform_path,
                     namespace=None, env=env)


__all__ = ["GitOpsRepo", "TeamProject", "ClusterBootstrap"]
