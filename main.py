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
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent
# jsii runs `node` from PATH: prefer the supported Node pinned in package.json, however this file is started.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
# AWS names (registries, roles, buckets) come from the AWS CDK app's typed config: one source of truth.
sys.path.insert(0, str(ROOT / "cdk"))

import cdk8s  # noqa: E402
import yaml  # noqa: E402
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
    Peer,
    PlatformAddons,
    PlatformAddonsProps,
    PolicyExceptionProps,
    PostgresCluster,
    PostgresClusterProps,
    PrometheusRule,
    PrometheusRuleProps,
    PropsError,
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
from platform_constructs._k8s import repository_of  # noqa: E402
from platform_constructs.addons import MonitoringAddon  # noqa: E402
from platform_constructs.alerting import AlertReceivers, AlertRouting  # noqa: E402
from platform_constructs.output import OutputError, check_target  # noqa: E402
from platform_constructs.postgres import EXPORTER_IMAGE, POSTGRES_IMAGE  # noqa: E402
from platform_constructs.settings import ENVIRONMENT_NAMES  # noqa: E402
from platform_constructs.traffic import Inventory, dangling_peers, diagram_files, environment_of  # noqa: E402

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")


@dataclass(frozen=True, kw_only=True)
class Team:
    name: str
    developer_groups: tuple[str, ...] = ()
    viewer_groups: tuple[str, ...] = ()
    on_call_groups: tuple[str, ...] = ()
    """Who may sync by hand outside the environment's sync windows (a rollback at 3 a.m.)."""


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
    """In-cluster hosts here ('<service>.<namespace>.svc') must name a Service the environment has."""
    allow_from: tuple[Peer, ...] = ()
    """Peers admitted to the app port besides the ingress controller, such as Peer.app('<team>', '<app>') for another
    app of the catalogue; a peer naming an app or namespace the environment does not have is an error. Default: none."""
    retired: str = ""
    """Why the app is gone, with the ticket ('replaced by ledger-api, see PLAT-123'). A retired app stays declared and
    renders nothing: its manifests, Application and database leave dist/, and Argo CD deletes them. The synth refuses
    to drop an app that is not retired from dist/, so no other edit of the catalogue deletes one. Default: '', it runs."""
    database_retired: str = ""
    """Why the app's database is gone, with database=False: like `retired`, for the database alone. Default: ''."""

    @property
    def runs(self) -> bool:
        return not self.retired

    @property
    def database_name(self) -> str:
        return f"{self.name}-db"


class CatalogueError(ValueError):
    """The catalogue (TEAMS, APPS), the release pins and the tree in dist/ disagree; nothing was written."""

    def __init__(self, problems: Sequence[str]):
        super().__init__("invalid catalogue (main.py TEAMS and APPS):\n" + "\n".join(f"  - {p}" for p in problems))


TEAMS = (Team(name="shop", developer_groups=("shop-developers",), viewer_groups=("shop-support",),
              on_call_groups=("shop-on-call",)),)
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
    # Alerts reach people: the receivers' credentials come from Secrets Manager, never from Git.
    alerts = AlertRouting(remote_key=f"{values.secrets_prefix}alertmanager-receivers", teams=tuple(t.name for t in teams))
    addons = PlatformAddons(cluster, "addons", props=PlatformAddonsProps(env=env, aws=aws,
                                                                         monitoring=MonitoringAddon(alerts=alerts)))
    AlertReceivers(platform, "alert-receivers", routing=alerts)
    AwsSecretsManagerStore(platform, "secret-store", props=AwsSecretsManagerStoreProps(
        region=aws.region, identity=addon_identity(values.external_secrets)))
    databases_run = any(a.database and a.runs for a in apps)
    Guardrails(platform, "guardrails", props=GuardrailsProps(
        # Exactly the repositories the platform runs: each app's own (signed, below), the add-ons' chart images
        # and the database images through the mirrors. Any other image, mirrored or in the registry, is refused.
        env=env, allowed_repositories=sorted({
            *(values.repositories.get(a.name, f"{values.registry}/{a.name}") for a in apps if a.runs),
            *addons.image_repositories,
            *((repository_of(values.mirrored(POSTGRES_IMAGE)), repository_of(values.mirrored(EXPORTER_IMAGE)))
              if databases_run else ())}),
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        # Every app's images must carry its own CI workflow's signature: no app is exempt.
        signatures=[SignatureRule.github_actions(a.name, [values.repositories.get(a.name, f"{values.registry}/{a.name}")],
                                                 repository=a.repository, workflow=".github/workflows/ci.yaml")
                    for a in apps if a.runs],
        exceptions=[PolicyExceptionProps(
            name=f"addon-{e.workload_name}", kind=ExemptKind(e.workload_kind), namespace=e.namespace,
            resource_name=e.workload_name, service_account=e.service_account, policies=[g.value for g in e.policies],
            reason=e.reason, expires=e.expires)
            for e in addons.required_exceptions]))

    # Databases live in one platform-owned namespace: the backup jobs' workload identity (EKS Pod Identity)
    # is bound to it, and the Velero Schedules beside them belong to the platform, not to a team.
    StorageClasses(platform, "storage")
    databases = IsolatedNamespace(platform, "databases", props=IsolatedNamespaceProps(
        name=values.db_backup.namespace, team="platform", env=env)) if databases_run else None
    pool = values.node_pools["data"]
    # S3 through its interface endpoint: databases and their backups egress to the endpoint subnets only.
    aws_endpoints = tuple(Peer.ip_block(cidr) for cidr in values.aws_endpoint_cidrs)
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
            developer_groups=team.developer_groups, viewer_groups=team.viewer_groups,
            on_call_groups=team.on_call_groups))
        for spec in (a for a in apps if a.team == team.name and a.runs):
            chart = LayoutChart(app, f"{spec.name}-{env.name}", path=f"apps/{spec.name}/envs/{env.name}")
            props = SecureAppProps(name=spec.name, namespace=team.name, image=pinned_image(pins, spec.name, env), env=env,
                                   port=spec.port, env_vars=spec.env_vars, ingress=IngressOptions() if spec.public else None,
                                   allow_from=spec.allow_from)
            api = (CanaryRollout(chart, spec.name, props=CanaryRolloutProps.of(props)) if spec.canary
                   else SecureApp(chart, spec.name, props=props))
            project.add_application(spec.name, name=spec.name, namespace=team.name, path=chart.path)
            if spec.database and databases is not None:
                db = PostgresCluster(platform, spec.database_name, props=PostgresClusterProps(
                    name=spec.database_name, namespace=databases.name, env=env,
                    # Third-party images come through the environment's ECR mirror (same digest), the only
                    # registry the guardrails admit.
                    image=values.mirrored(POSTGRES_IMAGE), exporter_image=values.mirrored(EXPORTER_IMAGE),
                    credentials=Credentials.external_secret(f"{values.secrets_prefix}{spec.name}-db"),
                    backup=BackupStorage(bucket=values.db_backup_bucket, service_account=values.db_backup.service_account),
                    object_store=aws_endpoints,
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
          teams: Sequence[Team] = TEAMS, apps: Sequence[AppSpec] = APPS, previous: Iterable[str] = ()) -> dict[str, str]:
    """Build every environment and return the rendered tree as {path: YAML}. Writes nothing.

    `previous` lists the paths of the tree this one replaces (dist/): dropping an app or a database from it is
    refused unless the catalogue retires it. Raises CatalogueError, ReleaseFileError or PropsError.
    """
    envs = list(envs or environments())
    pins = {env.name: ReleasePins.load(releases, env.name) for env in envs}
    if problems := catalogue_problems(teams, apps, pins):
        raise CatalogueError(problems)
    app = cdk8s.App()
    for env in envs:
        build(app, env, pins[env.name], teams, apps)
    files = render(c for c in app.charts if isinstance(c, LayoutChart))
    if problems := tree_problems(apps, files, previous):
        raise CatalogueError(problems)
    return files


# The catalogue checks: what TEAMS and APPS refer to must exist, and what they stop rendering must be retired.
# They take the catalogue, the pins and the trees as arguments, so they move with the catalogue.

def catalogue_problems(teams: Sequence[Team], apps: Sequence[AppSpec], pins: Mapping[str, ReleasePins]) -> list[str]:
    """References from the catalogue and the pins that lead nowhere, before anything is built."""
    out = []
    team_names = ", ".join(f"'{t.name}'" for t in teams) or "none"
    for a in apps:
        if a.team not in {t.name for t in teams}:
            out.append(f"APPS '{a.name}': team '{a.team}' is not allowed: a team declared in TEAMS ({team_names})")
        for name in ("retired", "database_retired"):
            reason = getattr(a, name)
            if reason and not reason.strip():
                out.append(f"APPS '{a.name}': {name} {reason!r} is not allowed: a reason such as 'replaced by X, see PLAT-123'")
        if a.database_retired and a.database:
            out.append(f"APPS '{a.name}': database_retired {a.database_retired!r} is not allowed with database=True: "
                       "set database=False to retire the database, or drop database_retired to keep it")
    running = {a.name for a in apps if a.runs}
    for env, env_pins in pins.items():
        source = f"releases/{env}.yaml"
        for name in sorted(set(env_pins.images) - running):
            why = ("retired: delete the pin" if any(a.name == name for a in apps)
                   else "not an app in APPS: delete the pin or declare the app")
            out.append(f"{source}: apps.{name} is pinned, but nobody runs '{name}': it is {why}")
        out += [f"{source}: no pin for app '{name}': every app in APPS runs a pinned image; "
                f"record one with `python -m platform_constructs release set --env {env} --app {name} --image ...`"
                for name in sorted(running - set(env_pins.images))]
    return out


# libyaml's parser when PyYAML has it: the checks read every rendered file once more.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SERVICE_HOST = re.compile(r"([a-z0-9]([-a-z0-9]*[a-z0-9])?)\.([a-z0-9]([-a-z0-9]*[a-z0-9])?)\.svc(\.cluster\.local)?(:\d+)?")
_DATABASE_FILE = re.compile(r"platform/(?P<env>[^/]+)/(?P<namespace>[^/]+)/statefulset-(?P<name>[^/]+)\.yaml")


def tree_problems(apps: Sequence[AppSpec], files: Mapping[str, str], previous: Iterable[str]) -> list[str]:
    """Rendered references that lead nowhere, and apps and databases that would leave `previous` unretired."""
    by_env: dict[str, list[Mapping]] = defaultdict(list)
    for path, text in files.items():
        if (env := environment_of(path)) is not None:
            by_env[env].append(yaml.load(text, Loader=_Loader))
    found: dict[str, list[str]] = defaultdict(list)  # the same problem in several environments is one line
    for env, manifests in by_env.items():
        inventory = Inventory.of(manifests)
        for problem in dangling_peers(manifests):
            found[problem].append(env)
        for a in (a for a in apps if a.runs):
            for key, value in sorted(a.env_vars.items()):
                if (m := _SERVICE_HOST.fullmatch(value)) and (why := inventory.problem(m[3], service=m[1])) is not None:
                    found[f"APPS '{a.name}': env_vars.{key} {value!r} leads nowhere: {why}"].append(env)
    return [f"{_envs(envs)}: {p}" for p, envs in found.items()] + removal_problems(apps, files.keys(), previous)


def _envs(names: Iterable[str]) -> str:
    order = {n: i for i, n in enumerate(ENVIRONMENT_NAMES)}
    return ", ".join(sorted(set(names), key=lambda n: (order.get(n, len(order)), n)))


def removal_problems(apps: Sequence[AppSpec], paths: Iterable[str], previous: Iterable[str]) -> list[str]:
    """Apps (dist/apps/<app>/envs/<env>) and databases (StatefulSets under dist/platform/<env>/) in `previous`
    that `paths` no longer has, unless the catalogue retires them. Argo CD prunes what leaves dist/."""
    new = set(paths)
    gone_apps: dict[str, list[str]] = defaultdict(list)
    gone_databases: dict[tuple[str, str], list[str]] = defaultdict(list)
    new_app_envs = {tuple(p.split("/")[1:4:2]) for p in new if p.startswith("apps/")}
    for path in sorted(set(previous) - new):
        parts = path.split("/")
        if parts[0] == "apps" and len(parts) > 4 and parts[2] == "envs" and (parts[1], parts[3]) not in new_app_envs:
            gone_apps[parts[1]].append(parts[3])
        elif m := _DATABASE_FILE.fullmatch(path):
            gone_databases[(m["name"], m["namespace"])].append(m["env"])
    declared = {a.name: a for a in apps}
    out = []
    for name, envs in sorted(gone_apps.items()):
        spec = declared.get(name)
        if spec is None or spec.runs:
            why = "its AppSpec is gone from APPS" if spec is None else "its AppSpec no longer renders it"
            out.append(f"app '{name}' would be deleted from {_envs(envs)} (dist/apps/{name}/envs/...): {why} and "
                       f"nothing retires it; to delete it on purpose, keep AppSpec(name='{name}', ...) with "
                       "retired='<why, ticket>' until that synth is merged")
    owners = {a.database_name: a for a in apps}
    for (name, namespace), envs in sorted(gone_databases.items()):
        owner = owners.get(name)
        if owner is None or not (owner.retired or owner.database_retired):
            how = (f"set database_retired='<why, ticket>' (with database=False) or retired='<why, ticket>' on AppSpec "
                   f"'{owner.name}'" if owner else "no AppSpec owns it ('<app>-db'): restore the AppSpec that did and retire it")
            out.append(f"database '{name}' (StatefulSet in namespace '{namespace}') would be deleted from {_envs(envs)}, "
                       f"and its volumes with it once Argo CD prunes it: to delete it on purpose, {how}")
    return out


def previous_tree(dist: pathlib.Path) -> list[str]:
    """The paths of the tree in `dist` (none when it does not exist yet)."""
    return sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()) if dist.is_dir() else []


def main() -> int:
    """Synthesize into dist/ (or $PLATFORM_DIST), build/cdk8s.out ($CDK8S_OUTDIR) and docs/traffic. Exit status 1,
    with the error and nothing written, when the catalogue, a pin file, a construct's props or a target is refused."""
    try:
        setting = os.environ.get("PLATFORM_DIST")
        if setting is not None and not setting.strip():
            raise OutputError(f"PLATFORM_DIST {setting!r} is not allowed: unset it to write dist/, or give the folder to write")
        dist = check_target(setting or ROOT / "dist")
        traffic = check_target(dist.parent / "docs" / "traffic")
        staging = os.environ.get("CDK8S_OUTDIR")
        scratch = check_target(staging) if staging and pathlib.Path(staging).resolve() != dist else None
        files = synth(releases=ROOT / "releases", teams=TEAMS, apps=APPS, previous=previous_tree(dist))
        diagrams = diagram_files(files)
        if scratch is not None:
            write_tree(files, scratch)  # what `cdk8s synth` lists
        write_tree(files, dist)
        write_tree(diagrams, traffic)
    except (CatalogueError, OutputError, PropsError, ReleaseFileError) as e:
        print(f"synth failed: {e}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} manifests to {dist} and {len(diagrams)} traffic diagrams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
