"""Argo CD wiring: team AppProjects, team Applications, the platform project and the root app-of-apps."""
import dataclasses
import pathlib
import subprocess
import sys

import cdk8s
import pytest
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import LayoutChart, PropsError, SyncWindow, environment, environments, render, write_tree
from platform_constructs.argocd import (
    ClusterBootstrap,
    ClusterBootstrapProps,
    GitOpsRepo,
    TeamProject,
    TeamProjectProps,
)

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")
FINALIZER = "resources-finalizer.argocd.argoproj.io"


def project_props(env="dev", **kw) -> TeamProjectProps:
    base = dict(team="shop", env=environment(env) if isinstance(env, str) else env, repo=REPO, namespaces=("shop",),
                developer_groups=("shop-devs",), viewer_groups=("shop-support",), on_call_groups=("shop-on-call",))
    return TeamProjectProps(**{**base, **kw})


def cluster(scope, env) -> None:
    """What main.py builds for one cluster: bootstrap, one team project, one application."""
    env = environment(env) if isinstance(env, str) else env
    ClusterBootstrap(scope, "bootstrap", props=ClusterBootstrapProps(
        env=env, repo=REPO, cluster_path=f"clusters/{env.name}", platform_path=f"platform/{env.name}"))
    project = TeamProject(scope, "shop", props=project_props(env))
    project.add_application("demo-api", name="demo-api", path=f"apps/demo-api/envs/{env.name}")


def app_named(docs, name):
    return one(docs, "Application", name)


# --- snapshots ----------------------------------------------------------------------------


@pytest.mark.parametrize("env", ["dev", "prod"])
def test_snapshot(chart, snapshot, env):
    cluster(chart, env)
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    env = dataclasses.replace(environment("prod"), auto_sync=True, sync_windows=(
        SyncWindow(schedule="0 22 * * 1-5", duration="2h", time_zone="Europe/Berlin", manual_sync=True),))
    project = TeamProject(chart, "payments", props=project_props(
        env, team="payments", namespaces=("payments", "payments-jobs"), developer_groups=(), viewer_groups=("audit",),
        repo=GitOpsRepo(url="git@github.com:example-org/gitops.git", revision="release")))
    project.add_application("worker", name="worker", namespace="payments-jobs", path="apps/worker/envs/prod")
    assert manifests(chart) == snapshot


# --- team project -------------------------------------------------------------------------


def test_team_project_confines_destinations_sources_and_kinds(chart):
    TeamProject(chart, "shop", props=project_props(namespaces=("shop", "shop-batch")))
    spec = one(manifests(chart), "AppProject", "shop")["spec"]
    assert spec["sourceRepos"] == [REPO.url]
    assert spec["destinations"] == [{"namespace": "shop", "server": "https://kubernetes.default.svc"},
                                    {"namespace": "shop-batch", "server": "https://kubernetes.default.svc"}]
    assert spec["clusterResourceWhitelist"] == [], "teams get no cluster-scoped kinds"
    kinds = {(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]}
    assert ("apps", "Deployment") in kinds and ("external-secrets.io", "ExternalSecret") in kinds
    forbidden = {("", "Secret"), ("", "Namespace"), ("", "ResourceQuota"), ("", "LimitRange"),
                 ("rbac.authorization.k8s.io", "Role"), ("rbac.authorization.k8s.io", "RoleBinding")}
    assert not kinds & forbidden
    assert not any("*" in g or "*" in k for g, k in kinds)


def test_team_project_roles(chart):
    TeamProject(chart, "shop", props=project_props())
    roles = {r["name"]: r for r in one(manifests(chart), "AppProject")["spec"]["roles"]}
    assert roles["developer"]["groups"] == ["shop-devs"]
    assert roles["developer"]["policies"] == ["p, proj:shop:developer, applications, get, shop/*, allow",
                                              "p, proj:shop:developer, applications, sync, shop/*, allow",
                                              "p, proj:shop:developer, logs, get, shop/*, allow"]
    assert roles["viewer"]["groups"] == ["shop-support"]
    assert not any(", sync," in p for p in roles["viewer"]["policies"])
    assert roles["on-call"]["policies"][-1] == "p, proj:shop:on-call, applications, action/argoproj.io/Rollout/abort, shop/*, allow"
    assert not any(", delete," in p or ", override," in p for r in roles.values() for p in r["policies"])
    assert [p for r in roles.values() for p in r["policies"] if ", action/" in p] == [roles["on-call"]["policies"][-1]]


def test_sync_windows_only_where_the_environment_has_them(chart):
    TeamProject(chart, "shop", props=project_props("prod"))
    windows = one(manifests(chart), "AppProject")["spec"]["syncWindows"]
    assert windows == [{"applications": ["*"], "duration": "7h", "kind": "allow", "manualSync": True,
                        "schedule": "0 9 * * 1-4", "timeZone": "UTC"}]
    for name in ("dev", "stage"):
        c = cdk8s.Chart(cdk8s.App(), name)
        TeamProject(c, "shop", props=project_props(name))
        assert "syncWindows" not in one(manifests(c), "AppProject")["spec"]


# --- applications -------------------------------------------------------------------------


@pytest.mark.parametrize("env", ["dev", "stage"])
def test_dev_and_stage_sync_automatically_with_prune_and_self_heal(chart, env):
    cluster(chart, env)
    for app in by_kind(manifests(chart), "Application"):
        assert app["spec"]["syncPolicy"]["automated"] == {"allowEmpty": False, "prune": True, "selfHeal": True}, app["metadata"]


def test_prod_syncs_by_itself_inside_its_window_and_only_on_call_syncs_by_hand(chart):
    cluster(chart, "prod")
    docs = manifests(chart)
    assert app_named(docs, "demo-api")["spec"]["syncPolicy"]["automated"]["selfHeal"] is True
    for project in by_kind(docs, "AppProject"):
        window = project["spec"]["syncWindows"][0]
        assert (window["kind"], window["schedule"], window["manualSync"]) == ("allow", "0 9 * * 1-4", True)
    roles = {r["name"]: r for r in one(docs, "AppProject", "shop")["spec"]["roles"]}
    assert [p for r in roles.values() for p in r["policies"] if ", sync," in p] == [
        "p, proj:shop:on-call, applications, sync, shop/*, allow"]
    assert roles["on-call"]["groups"] == ["shop-on-call"]


def test_prod_can_sync_only_by_hand(chart):
    env = dataclasses.replace(environment("prod"), auto_sync=False)
    cluster(chart, env)
    for app in by_kind(manifests(chart), "Application"):
        assert "automated" not in app["spec"]["syncPolicy"], app["metadata"]["name"]


def test_windows_without_an_on_call_group_are_refused(chart):
    with pytest.raises(PropsError) as err:
        TeamProject(chart, "shop", props=project_props("prod", on_call_groups=()))
    assert ("on_call_groups: [] is not allowed: at least one group: prod has sync windows, and outside them only "
            "the on-call role can sync a rollback") in str(err.value)


def test_application_points_at_the_app_folder_and_the_team_namespace(chart):
    cluster(chart, "stage")
    app = app_named(manifests(chart), "demo-api")
    assert app["metadata"]["namespace"] == "argocd"
    assert app["metadata"]["finalizers"] == [FINALIZER]
    spec = app["spec"]
    assert spec["project"] == "shop"
    assert spec["source"] == {"repoURL": REPO.url, "targetRevision": "main", "path": "apps/demo-api/envs/stage",
                              "directory": {"recurse": True}}
    assert spec["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "shop"}


def test_application_retries_with_backoff_and_never_creates_namespaces(chart):
    cluster(chart, "dev")
    policy = app_named(manifests(chart), "demo-api")["spec"]["syncPolicy"]
    assert policy["retry"] == {"limit": 5, "refresh": True, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "5m"}}
    assert "CreateNamespace=false" in policy["syncOptions"]
    assert "RespectIgnoreDifferences=true" in policy["syncOptions"]
    assert "managedNamespaceMetadata" not in policy


def test_application_ignores_autoscaler_owned_replicas(chart):
    cluster(chart, "prod")
    ignored = app_named(manifests(chart), "demo-api")["spec"]["ignoreDifferences"]
    assert {(i["group"], i["kind"]) for i in ignored} == {("apps", "Deployment"), ("apps", "StatefulSet"), ("argoproj.io", "Rollout")}
    assert all(i["jsonPointers"] == ["/spec/replicas"] for i in ignored)


def test_add_application_defaults_to_the_first_namespace(chart):
    project = TeamProject(chart, "shop", props=project_props(namespaces=("shop", "shop-batch")))
    created = project.add_application("api", name="api", path="apps/api/envs/dev")
    assert isinstance(created, cdk8s.ApiObject)
    assert app_named(manifests(chart), "api")["spec"]["destination"]["namespace"] == "shop"


# --- bootstrap ----------------------------------------------------------------------------


def test_root_app_of_apps_and_platform_app(chart):
    cluster(chart, "dev")
    docs = manifests(chart)
    root, platform = app_named(docs, "root"), app_named(docs, "platform")
    assert root["spec"]["source"]["path"] == "clusters/dev"
    assert root["spec"]["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "argocd"}
    assert platform["spec"]["source"]["path"] == "platform/dev"
    assert "namespace" not in platform["spec"]["destination"], "the platform app holds cluster-scoped objects"
    for app in (root, platform):
        assert app["spec"]["project"] == "platform"
        assert "finalizers" not in app["metadata"], "deleting the root or platform app must not cascade"
    project = one(docs, "AppProject", "platform")["spec"]
    assert project["clusterResourceWhitelist"] == [{"group": "*", "kind": "*"}]


def test_sync_waves_order_projects_then_platform_then_apps(chart):
    cluster(chart, "dev")
    docs = manifests(chart)
    wave = lambda d: int(d["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))  # noqa: E731
    projects = [wave(d) for d in by_kind(docs, "AppProject")]
    assert max(projects) < wave(app_named(docs, "platform")) < wave(app_named(docs, "demo-api"))


# --- validation against the upstream CRDs -------------------------------------------------


def test_every_environment_renders_and_validates_against_the_argocd_crds(tmp_path):
    crds = crd_dir()
    app = cdk8s.App()
    for env in environments():
        cluster(LayoutChart(app, f"cluster-{env.name}", path=f"clusters/{env.name}"), env)
    files = render(c for c in app.charts if isinstance(c, LayoutChart))
    assert len(files) == 3 * 5
    write_tree(files, tmp_path / "dist")
    proc = subprocess.run([sys.executable, "tools/validate.py", str(tmp_path / "dist"), "--crd-dir", str(crds)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "CRD schemas" in proc.stdout and "15 custom resources, ok" in proc.stdout, proc.stdout


# --- bad input ----------------------------------------------------------------------------


def test_team_project_errors_name_every_field(chart):
    env = dataclasses.replace(environment("prod"), sync_windows=(SyncWindow(schedule="daily", duration="7 hours", time_zone=""),))
    with pytest.raises(PropsError) as err:
        TeamProject(chart, "bad", props=project_props(env, team="platform", namespaces=("Shop", "argocd"),
                                                      developer_groups=("",), repo=GitOpsRepo(url="github.com/x", revision="")))
    text = str(err.value)
    assert text.startswith("invalid TeamProject at 'test/bad':\n")
    for line in [
        "  - team: 'platform' is not allowed: a name other than 'default' and 'platform'",
        "  - namespaces[0]: 'Shop' is not allowed: a DNS-1123 label",
        "  - namespaces[1]: 'argocd' is not allowed: a team namespace, not Argo CD's own",
        "  - developer_groups[0]: '' is not allowed: a non-empty group name",
        "  - env.sync_windows[0].schedule: 'daily' is not allowed: a five-field cron schedule",
        "  - env.sync_windows[0].duration: '7 hours' is not allowed: hours and minutes such as '6h' or '1h30m'",
        "  - env.sync_windows[0].time_zone: '' is not allowed: an IANA time zone",
        "  - repo.url: 'github.com/x' is not allowed: an https:// or ssh:// Git URL",
        "  - repo.revision: '' is not allowed: a branch, tag or commit",
    ]:
        assert line in text


def test_team_project_needs_a_namespace(chart):
    with pytest.raises(PropsError, match=r"namespaces: \[\] is not allowed: at least one namespace"):
        TeamProject(chart, "shop", props=project_props(namespaces=()))


def test_add_application_errors(chart):
    project = TeamProject(chart, "shop", props=project_props())
    project.add_application("api", name="api", path="apps/api/envs/dev")
    with pytest.raises(PropsError) as err:
        project.add_application("api-again", name="api", namespace="payments", path="../apps/api")
    text = str(err.value)
    assert "applications.name: 'api' is not allowed: a name not already used in this project" in text
    assert "applications.namespace: 'payments' is not allowed: one of the team's namespaces (shop)" in text
    assert "applications.path: '../apps/api' is not allowed: a relative folder" in text
    with pytest.raises(PropsError, match=r"applications.name: 'root' is not allowed: a name other than 'root' and 'platform'"):
        project.add_application("root", name="root", path="apps/root")


def test_cluster_bootstrap_errors(chart):
    with pytest.raises(PropsError) as err:
        ClusterBootstrap(chart, "bootstrap", props=ClusterBootstrapProps(
            env=environment("dev"), repo=REPO, cluster_path="/clusters/dev", platform_path="/clusters/dev"))
    text = str(err.value)
    assert "invalid ClusterBootstrap at 'test/bootstrap':" in text
    assert "cluster_path: '/clusters/dev' is not allowed: a relative folder" in text
    assert "platform_path: '/clusters/dev' is not allowed: a folder other than cluster_path" in text


def test_rendered_tree_keeps_one_file_per_object(tmp_path):
    app = cdk8s.App()
    cluster(LayoutChart(app, "cluster-dev", path="clusters/dev"), "dev")
    files = render(c for c in app.charts if isinstance(c, LayoutChart))
    assert sorted(pathlib.PurePosixPath(p).name for p in files) == [
        "application-demo-api.yaml", "application-platform.yaml", "application-root.yaml",
        "appproject-platform.yaml", "appproject-shop.yaml"]


def test_a_team_repository_is_admitted_as_a_source_and_its_applications_may_use_it(chart):
    team_repo = "https://github.com/example-org/shop-gitops.git"
    project = TeamProject(chart, "shop", props=project_props(team_repositories=(team_repo,)))
    project.add_application("own", name="own", path="envs/dev", repo=GitOpsRepo(url=team_repo))
    docs = manifests(chart)
    assert one(docs, "AppProject", "shop")["spec"]["sourceRepos"] == [REPO.url, team_repo]
    assert app_named(docs, "own")["spec"]["source"]["repoURL"] == team_repo


def test_team_repositories_and_application_sources_are_checked(chart):
    with pytest.raises(PropsError, match=r"team_repositories\[0\]: 'ftp://x' is not allowed: an https:// or ssh:// Git URL, "
                                         r"or 'git@host:org/repo.git', other than repo.url"):
        TeamProject(chart, "bad", props=project_props(team="bad", team_repositories=("ftp://x",)))
    project = TeamProject(chart, "shop", props=project_props())
    with pytest.raises(PropsError, match=r"applications.repo.url: 'https://github.com/other/repo.git' is not allowed: "
                                         r"a repository the project admits \(https://github.com/example-org/platform-gitops.git\)"):
        project.add_application("x", name="x", path="p", repo=GitOpsRepo(url="https://github.com/other/repo.git"))
