#!/usr/bin/env python3
"""The platform's cdk8s app: one chart tree per environment, rendered into the GitOps tree in dist/.

    dist/clusters/<env>/          Argo CD: root app, platform app, add-ons, AppProjects and app Applications
    dist/platform/<env>/          namespaces, guardrails (Kyverno), RBAC, quotas, shared add-on config
    dist/apps/<app>/envs/<env>/   one app's manifests for one environment
    docs/traffic/<env>.{md,svg}   allowed traffic, computed from the rendered NetworkPolicies

`cdk8s synth` runs this file (see cdk8s.yaml). Image pins come from releases/<env>.yaml; AWS names
(registries, roles, buckets) from the AWS CDK app's typed config in cdk/.
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
from platform_infra import WorkloadIdentity, platform_values  # noqa: E402

from platform_constructs import (  # noqa: E402
    AddonIdentity,
    AwsSecretsManagerStore,
    AwsSecretsManagerStoreProps,
    AwsTargets,
    BackupSchedule,
    BackupScheduleProps,
    BackupStorage,
    CanaryRollout,
    CanaryRolloutProps,
    ClusterBootstrap,
    ClusterBootstrapProps,
    Credentials,
    EnvironmentSettings,
    ExemptKind,
    GitOpsRepo,
    Guardrails,
    GuardrailsProps,
    IngressOptions,
    IsolatedNamespace,
    IsolatedNamespaceProps,
    LayoutChart,
    NodePlacement,
    PlatformAddons,
    PlatformAddonsProps,
    PolicyExceptionProps,
    PostgresCluster,
    PostgresClusterProps,
    PrometheusRule,
    PrometheusRuleProps,
    ReleaseFileError,
    ReleasePins,
    SecureApp,
    SecureAppProps,
    SignatureRule,
    StorageClasses,
    TeamProject,
    TeamProjectProps,
    Toleration,
    environments,
    render,
    volume_rules,
    write_tree,
)
from platform_constructs.postgres import EXPORTER_IMAGE, POSTGRES_IMAGE  # noqa: E402
from platform_constructs.traffic import diagram_files  # noqa: E402

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")


@dataclass(frozen=True, kw_only=True)
class Team:
    name: str
    developer_groups: tuple[str, ...] = ()
    viewer_groups: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AppSpec:
    """One service the platform runs: which team owns it, how it is served, where it is built."""

    name: str
    team: str
    repository: str
    """GitHub repository whose CI builds and signs the image ('owner/name')."""
    database: bool = False
    """Give the app a PostgresCluster (with BackupSchedule) that only it may reach."""
    canary: bool = True
    """Ship as a CanaryRollout (analysis, alerts, dashboard); False ships a plain SecureApp Deployment."""
    port: int = 8080
    public: bool = True
    env_vars: dict[str, str] = field(default_factory=dict)


TEAMS = (Team(name="shop", developer_groups=("shop-developers",), viewer_groups=("shop-support",)),)
APPS = (AppSpec(name="demo-api", team="shop", repository="example-org/demo-api", port=3000, database=True,
                env_vars={"LOG_LEVEL": "info", "DATABASE_HOST": "demo-api-db-rw.databases.svc"}),)


def addon_identity(w: WorkloadIdentity) -> AddonIdentity:
    """An add-on's workload identity: the IAM role the AWS CDK app bound to its service account."""
    return AddonIdentity(namespace=w.namespace, service_account=w.service_account, role_arn=w.role_arn)


def aws_targets(env: EnvironmentSettings) -> AwsTargets:
    """What the add-ons need from AWS, from the AWS CDK app's values for this environment."""
    v = platform_values(env.name)
    return AwsTargets(region=v.region, cluster_name=v.cluster_name, vpc_name=v.vpc_name,
                      velero_bucket=v.velero_bucket, backup_kms_key_alias=v.backup_kms_key_alias,
                      container_log_group=v.container_log_group,
                      velero=addon_identity(v.velero), external_secrets=addon_identity(v.external_secrets),
                      load_balancer_controller=addon_identity(v.load_balancer_controller),
                      cluster_autoscaler=addon_identity(v.cluster_autoscaler), fluent_bit=addon_identity(v.fluent_bit),
                      mirrors=v.mirrors)


def build(app: cdk8s.App, env: EnvironmentSettings, pins: ReleasePins,
          teams: Sequence[Team] = TEAMS, apps: Sequence[AppSpec] = APPS) -> None:
    """Compose one environment: platform chart, cluster (Argo CD) chart and one chart per app."""
    values = platform_values(env.name)
    platform = LayoutChart(app, f"platform-{env.name}", path=f"platform/{env.name}")
    cluster = LayoutChart(app, f"cluster-{env.name}", path=f"clusters/{env.name}")
    ClusterBootstrap(cluster, "bootstrap", props=ClusterBootstrapProps(
        env=env, repo=REPO, cluster_path=cluster.path, platform_path=platform.path))

    aws = aws_targets(env)
    addons = PlatformAddons(cluster, "addons", props=PlatformAddonsProps(env=env, aws=aws))
    AwsSecretsManagerStore(platform, "secret-store", props=AwsSecretsManagerStoreProps(
        region=aws.region, identity=addon_identity(values.external_secrets)))
    Guardrails(platform, "guardrails", props=GuardrailsProps(
        env=env, allowed_registries=[values.registry],
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        # Every app's images must carry its own CI workflow's signature: no app is exempt.
        signatures=[SignatureRule.github_actions(a.name, [values.repositories.get(a.name, f"{values.registry}/{a.name}")],
                                                 repository=a.repository, workflow=".github/workflows/ci.yaml")
                    for a in apps],
        exceptions=[PolicyExceptionProps(
            name=f"addon-{e.workload_name}", kind=ExemptKind(e.workload_kind), namespace=e.namespace,
            resource_name=e.workload_name, policies=[g.value for g in e.policies], reason=e.reason, expires=e.expires)
            for e in addons.required_exceptions]))

    # Databases live in one platform-owned namespace: the backup jobs' workload identity (EKS Pod Identity)
    # is bound to it, and the Velero Schedules beside them belong to the platform, not to a team.
    StorageClasses(platform, "storage")
    databases = IsolatedNamespace(platform, "databases", props=IsolatedNamespaceProps(
        name=values.db_backup.namespace, team="platform", env=env)) if any(a.database for a in apps) else None
    pool = values.node_pools["data"]
    data_pool = NodePlacement(node_labels=dict(pool.labels), tolerations=tuple(
        Toleration(key=t.key, value=t.value, effect=t.effect) for t in pool.taints))

    for team in teams:
        IsolatedNamespace(platform, team.name, props=IsolatedNamespaceProps(
            name=team.name, team=team.name, env=env,
            developer_groups=team.developer_groups, viewer_groups=team.viewer_groups))
        PrometheusRule(platform, f"{team.name}-volumes", props=PrometheusRuleProps(
            name=f"{team.name}-volumes", namespace=team.name, groups=[volume_rules(team.name)]))
        project = TeamProject(cluster, team.name, props=TeamProjectProps(
            team=team.name, env=env, repo=REPO, namespaces=(team.name,),
            developer_groups=team.developer_groups, viewer_groups=team.viewer_groups))
        for spec in (a for a in apps if a.team == team.name):
            chart = LayoutChart(app, f"{spec.name}-{env.name}", path=f"apps/{spec.name}/envs/{env.name}")
            props = SecureAppProps(name=spec.name, namespace=team.name, image=pinned_image(pins, spec.name, env), env=env,
                                   port=spec.port, env_vars=spec.env_vars, ingress=IngressOptions() if spec.public else None)
            api = (CanaryRollout(chart, spec.name, props=CanaryRolloutProps.of(props)) if spec.canary
                   else SecureApp(chart, spec.name, props=props))
            project.add_application(spec.name, name=spec.name, namespace=team.name, path=chart.path)
            if spec.database and databases is not None:
                db = PostgresCluster(platform, f"{spec.name}-db", props=PostgresClusterProps(
                    name=f"{spec.name}-db", namespace=databases.name, env=env,
                    # Third-party images come through the environment's ECR mirror (same digest), the only
                    # registry the guardrails admit.
                    image=values.mirrored(POSTGRES_IMAGE), exporter_image=values.mirrored(EXPORTER_IMAGE),
                    credentials=Credentials.external_secret(f"{values.secrets_prefix}{spec.name}-db"),
                    backup=BackupStorage(bucket=values.db_backup_bucket, service_account=values.db_backup.service_account),
                    placement=data_pool, clients=(api,)))
                BackupSchedule(platform, f"{spec.name}-db-backup", props=BackupScheduleProps(cluster=db))


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
    diagrams = diagram_files(files)
    dist = pathlib.Path(os.environ.get("PLATFORM_DIST", ROOT / "dist"))
    staging = os.environ.get("CDK8S_OUTDIR")
    if staging and pathlib.Path(staging).resolve() != dist.resolve():
        write_tree(files, staging)  # what `cdk8s synth` lists
    write_tree(files, dist)
    write_tree(diagrams, dist.parent / "docs" / "traffic")
    print(f"wrote {len(files)} manifests to {dist} and {len(diagrams)} traffic diagrams")


if __name__ == "__main__":
    main()
