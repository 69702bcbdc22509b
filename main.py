#!/usr/bin/env python3
"""The platform's cdk8s app: one chart tree per environment, rendered into the GitOps tree in dist/.

    dist/clusters/<env>/          Argo CD root app, platform app, AppProjects and Applications
    dist/platform/<env>/          namespaces, their guardrails and RBAC
    dist/apps/<app>/envs/<env>/   one app's manifests for one environment

`cdk8s synth` runs this file (see cdk8s.yaml). Image pins come from releases/<env>.yaml.
"""
from __future__ import annotations

import os
import pathlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent
# jsii runs `node` from PATH: prefer the supported Node pinned in package.json, however this file is started.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
# AWS names (registries, roles, buckets) come from the AWS CDK app's typed config: one source of truth.
sys.path.insert(0, str(ROOT / "cdk"))

import cdk8s  # noqa: E402
from platform_infra import platform_values  # noqa: E402

from platform_constructs import (  # noqa: E402
    ClusterBootstrap,
    EnvironmentSettings,
    GitOpsRepo,
    IngressOptions,
    IsolatedNamespace,
    IsolatedNamespaceProps,
    LayoutChart,
    ReleaseFileError,
    ReleasePins,
    SecureApp,
    SecureAppProps,
    TeamProject,
    environments,
    render,
    write_tree,
)

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")


@dataclass(frozen=True, kw_only=True)
class Team:
    name: str
    developer_groups: tuple[str, ...] = ()
    viewer_groups: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AppSpec:
    """One service the platform runs: which team owns it and how it is served."""

    name: str
    team: str
    port: int = 8080
    public: bool = True
    env_vars: dict[str, str] = field(default_factory=dict)


TEAMS = (Team(name="shop", developer_groups=("shop-developers",), viewer_groups=("shop-support",)),)
APPS = (AppSpec(name="demo-api", team="shop", port=3000, env_vars={"LOG_LEVEL": "info"}),)


def build(app: cdk8s.App, env: EnvironmentSettings, pins: ReleasePins,
          teams: Sequence[Team] = TEAMS, apps: Sequence[AppSpec] = APPS) -> None:
    """Compose one environment: platform chart, one chart per app, and the cluster's Argo CD chart."""
    platform = LayoutChart(app, f"platform-{env.name}", path=f"platform/{env.name}")
    cluster = LayoutChart(app, f"cluster-{env.name}", path=f"clusters/{env.name}")
    ClusterBootstrap(cluster, "bootstrap", repo=REPO, env=env, cluster_path=f"clusters/{env.name}",
                     platform_path=f"platform/{env.name}")
    for team in teams:
        IsolatedNamespace(platform, team.name, props=IsolatedNamespaceProps(
            name=team.name, team=team.name, env=env,
            developer_groups=team.developer_groups, viewer_groups=team.viewer_groups))
        project = TeamProject(cluster, team.name, team=team.name, namespaces=[team.name], repo=REPO, env=env,
                              groups=team.developer_groups)
        for spec in (a for a in apps if a.team == team.name):
            chart = LayoutChart(app, f"{spec.name}-{env.name}", path=f"apps/{spec.name}/envs/{env.name}")
            SecureApp(chart, spec.name, props=SecureAppProps(
                name=spec.name, namespace=team.name, image=pinned_image(pins, spec.name, env), env=env, port=spec.port,
                env_vars=spec.env_vars, ingress=IngressOptions() if spec.public else None))
            project.add_application(spec.name, app=spec.name, namespace=team.name, repo=REPO,
                                    path=chart.path, env=env)


def pinned_image(pins: ReleasePins, app: str, env: EnvironmentSettings) -> str:
    """The pinned image, which must come from the environment's own registry (ECR replication keeps the digest)."""
    image = pins.image(app)
    repositories = platform_values(env.name).repositories
    expected = repositories.get(app)
    if expected is not None and not image.startswith((f"{expected}:", f"{expected}@")):
        raise ReleaseFileError(f"releases/{env.name}.yaml: apps.{app}.image {image!r} is not allowed: "
                               f"{env.name} pulls '{app}' from {expected}")
    return image


def synth(envs: Sequence[EnvironmentSettings] | None = None, releases: pathlib.Path = ROOT / "releases",
          teams: Sequence[Team] = TEAMS, apps: Sequence[AppSpec] = APPS) -> dict[str, str]:
    """Build every environment and return the rendered tree as {path: YAML}. Writes nothing."""
    app = cdk8s.App()
    for env in envs or environments():
        build(app, env, ReleasePins.load(releases, env.name), teams, apps)
    return render(c for c in app.charts if isinstance(c, LayoutChart))


def main() -> None:
    files = synth()
    dist = pathlib.Path(os.environ.get("PLATFORM_DIST", ROOT / "dist"))
    staging = os.environ.get("CDK8S_OUTDIR")
    if staging and pathlib.Path(staging).resolve() != dist.resolve():
        write_tree(files, staging)  # what `cdk8s synth` lists
    write_tree(files, dist)
    print(f"wrote {len(files)} manifests to {dist}")


if __name__ == "__main__":
    main()
