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

import multiprocessing
import os
import pathlib
import sys
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent
# jsii runs `node` from PATH: prefer the supported Node pinned in package.json, however this file is started.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
# AWS names (registries, roles, buckets) come from the AWS CDK app's typed config: one source of truth.
sys.path.insert(0, str(ROOT / "cdk"))

import cdk8s  # noqa: E402
import yaml  # noqa: E402

from platform_constructs.catalogue import Catalogue, CatalogueError, Service, load_catalogue, pin_problems, tree_problems  # noqa: E402

try:  # the AWS CDK app's settings read catalogue.yaml as they load
    from platform_infra import WorkloadIdentity, platform_values
except CatalogueError as e:
    sys.exit(f"synth failed: {e}")

from platform_constructs import (  # noqa: E402
    AddonIdentity,
    ArgoCdAddon,
    ArgoCdSso,
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
    SsoClientSecret,
    StorageClasses,
    TeamProject,
    TeamProjectProps,
    Toleration,
    environments,
    volume_rules,
    write_tree,
)
from platform_constructs._k8s import repository_of  # noqa: E402
from platform_constructs.addons import MonitoringAddon  # noqa: E402
from platform_constructs.alerting import AlertReceivers, AlertRouting  # noqa: E402
from platform_constructs.output import OutputError, check_target, render_objects, to_files  # noqa: E402
from platform_constructs.postgres import EXPORTER_IMAGE, POSTGRES_IMAGE  # noqa: E402
from platform_constructs.releases import write_atomic  # noqa: E402
from platform_constructs.settings import ENVIRONMENT_NAMES  # noqa: E402
from platform_constructs.traffic import diagram_files  # noqa: E402

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")
SSO_ISSUER = "https://login.example.com"
"""The OIDC provider people sign in to Argo CD with (a placeholder like the account ids: docs/bootstrap.md); its
`groups` claim carries the catalogue's group names."""
PLATFORM_ADMINS = ("platform-admins",)
"""The identity provider's group given Argo CD's admin role."""
CATALOGUE = pathlib.Path(os.environ.get("PLATFORM_CATALOGUE") or ROOT / "catalogue.yaml")
"""The teams and services (docs/onboarding.md): everything below is derived from it. The AWS CDK app's settings
read the same file ($PLATFORM_CATALOGUE for both, to try a change on a copy)."""
REPOSITORIES_FILE = "repositories.yaml"
"""Written beside the pins: the ECR repository each environment pulls each service from, for the release CLI."""


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
                      kyverno=addon_identity(v.kyverno),
                      mirrors=v.mirrors)


def build(app: cdk8s.App, env: EnvironmentSettings, pins: ReleasePins, catalogue: Catalogue) -> None:
    """Compose one environment: platform chart, cluster (Argo CD) chart and one chart per service."""
    values = platform_values(env.name, catalogue)
    # A service runs in an environment once it has a pin there: a new one renders nothing until its first image is
    # released (and a pin that goes away is refused by the synth's removal check, like any service leaving dist/).
    teams, apps = catalogue.teams, released(catalogue, pins)
    platform = LayoutChart(app, f"platform-{env.name}", path=f"platform/{env.name}")
    cluster = LayoutChart(app, f"cluster-{env.name}", path=f"clusters/{env.name}")
    ClusterBootstrap(cluster, "bootstrap", props=ClusterBootstrapProps(
        env=env, repo=REPO, cluster_path=cluster.path, platform_path=platform.path))

    aws = aws_targets(env)
    # Alerts reach people: the receivers' credentials come from Secrets Manager, never from Git.
    readers = values.secret_readers
    alerts = AlertRouting(remote_key=f"{values.secrets_prefix}alertmanager-receivers", teams=tuple(t.name for t in teams),
                          store=readers["monitoring"].store, namespace=readers["monitoring"].namespaces[0])
    # People sign in to Argo CD through SSO: the groups claim maps them to the AppProject roles (the catalogue's groups).
    sso = ArgoCdSso(issuer=SSO_ISSUER, client_id=f"argocd-{env.name}", admin_groups=PLATFORM_ADMINS)
    addons = PlatformAddons(cluster, "addons", props=PlatformAddonsProps(
        env=env, aws=aws, argocd=ArgoCdAddon(sso=sso), monitoring=MonitoringAddon(alerts=alerts)))
    SsoClientSecret(platform, "argocd-sso", sso=sso, remote_key=f"{values.secrets_prefix}argocd-oidc",
                    store=readers["argocd"].store)
    AlertReceivers(platform, "alert-receivers", routing=alerts)
    # One store per scope, serving only its namespaces and reading through its own role only its secrets: a team's
    # ExternalSecret cannot sync the database superuser's password or another team's secrets.
    for scope, reader in readers.items():
        AwsSecretsManagerStore(platform, f"secret-store-{scope}", props=AwsSecretsManagerStoreProps(
            region=aws.region, identity=addon_identity(values.external_secrets), name=reader.store,
            namespaces=reader.namespaces, role_arn=reader.role_arn))
    databases_run = any(a.database for a in apps)
    Guardrails(platform, "guardrails", props=GuardrailsProps(
        # Exactly the repositories the platform runs: each app's own (signed, below), the add-ons' chart images
        # and the database images through the mirrors. Any other image, mirrored or in the registry, is refused.
        env=env, allowed_repositories=sorted({
            *(values.repositories[a.name] for a in apps),
            *addons.image_repositories,
            *((repository_of(values.mirrored(POSTGRES_IMAGE)), repository_of(values.mirrored(EXPORTER_IMAGE)))
              if databases_run else ())}),
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        # Every app's images must carry its own CI workflow's signature: no app is exempt.
        signatures=[SignatureRule.github_actions(a.name, [values.repositories[a.name]],
                                                 repository=a.repository, workflow=a.workflow)
                    for a in apps],
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
    kubernetes_api = tuple(Peer.ip_block(cidr) for cidr in values.kubernetes_api_cidrs)
    data_pool = NodePlacement(node_labels=dict(pool.labels), tolerations=tuple(
        Toleration(key=t.key, value=t.value, effect=t.effect) for t in pool.taints))

    for team in teams:
        IsolatedNamespace(platform, team.name, props=IsolatedNamespaceProps(
            name=team.name, team=team.name, env=env,
            developer_groups=team.groups("developers"), viewer_groups=team.groups("viewers")))
        PrometheusRule(platform, f"{team.name}-volumes", props=PrometheusRuleProps(
            name=f"{team.name}-volumes", namespace=team.name, groups=[volume_rules(team.name)]))
        project = TeamProject(cluster, team.name, props=TeamProjectProps(
            team=team.name, env=env, repo=REPO, namespaces=(team.name,),
            developer_groups=team.groups("developers"), viewer_groups=team.groups("viewers"),
            on_call_groups=team.groups("on_call"), team_repositories=team.gitops_repositories))
        for spec in (a for a in apps if a.team == team.name):
            chart = LayoutChart(app, f"{spec.name}-{env.name}", path=f"apps/{spec.name}/envs/{env.name}")
            # The database's read-write Service, derived: nobody types a host that may lead nowhere.
            wiring = {"DATABASE_HOST": f"{spec.database_name}-rw.{values.db_backup.namespace}.svc"} if spec.database else {}
            image = pinned_image(pins, spec.name, env, values.repositories)
            props = SecureAppProps(name=spec.name, namespace=team.name, image=image, env=env,
                                   port=spec.port, env_vars={**spec.env, **wiring},
                                   ingress=IngressOptions() if spec.public else None,
                                   allow_from=tuple(Peer.app(*peer.split("/", 1)) for peer in spec.allow_from))
            api = (CanaryRollout(chart, spec.name, props=CanaryRolloutProps.of(props)) if spec.canary
                   else SecureApp(chart, spec.name, props=props))
            project.add_application(spec.name, name=spec.name, namespace=team.name, path=chart.path)
            if spec.database and databases is not None:
                db = PostgresCluster(platform, spec.database_name, props=PostgresClusterProps(
                    name=spec.database_name, namespace=databases.name, env=env,
                    # Third-party images come through the environment's ECR mirror (same digest), the only
                    # registry the guardrails admit.
                    image=values.mirrored(POSTGRES_IMAGE), exporter_image=values.mirrored(EXPORTER_IMAGE),
                    credentials=Credentials.external_secret(f"{values.secrets_prefix}{spec.database_name}",
                                                            store=readers["databases"].store),
                    backup=BackupStorage(bucket=values.db_backup_bucket, service_account=values.db_backup.service_account),
                    object_store=aws_endpoints, kubernetes_api=kubernetes_api,
                    placement=data_pool, clients=(api,)))
                BackupSchedule(platform, f"{spec.name}-db-backup", props=BackupScheduleProps(cluster=db))


def released(catalogue: Catalogue, pins: ReleasePins) -> tuple[Service, ...]:
    """The running services that have a pin in this environment."""
    return tuple(s for s in catalogue.running if s.name in pins.images)


def pinned_image(pins: ReleasePins, app: str, env: EnvironmentSettings, repositories: Mapping[str, str]) -> str:
    """The pinned image, which must come from the environment's own registry (ECR replication keeps the digest)."""
    image = pins.image(app)
    expected = repositories[app]
    if not image.startswith((f"{expected}:", f"{expected}@")):
        raise ReleaseFileError(f"releases/{env.name}.yaml: apps.{app}.image {image!r} is not allowed: "
                               f"{env.name} pulls '{app}' from {expected}")
    return image


def synth(envs: Sequence[EnvironmentSettings] | None = None, releases: pathlib.Path = ROOT / "releases",
          catalogue: Catalogue | None = None, previous: Iterable[str] = ()) -> dict[str, str]:
    """Build every environment and return the rendered tree as {path: YAML}. Writes nothing.

    `catalogue` defaults to catalogue.yaml. `previous` lists the paths of the tree this one replaces (dist/):
    dropping a service or a database from it is refused unless the catalogue retires it. Raises CatalogueError,
    ReleaseFileError or PropsError.
    """
    catalogue = load_catalogue(CATALOGUE) if catalogue is None else catalogue.checked()
    envs = list(envs or environments())
    pins = {env.name: ReleasePins.load(releases, env.name) for env in envs}
    if problems := pin_problems(catalogue, {env: p.images for env, p in pins.items()}):
        raise CatalogueError(problems)
    jobs = synth_jobs(catalogue, len(envs))
    if jobs > 1:
        # Environments are independent: each is built in a fresh process (spawned: a forked jsii kernel is not safe).
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            parts = list(pool.map(render_environment, envs, [pins[e.name] for e in envs], [catalogue] * len(envs)))
    else:
        parts = [render_environment(env, pins[env.name], catalogue) for env in envs]
    objects = dict(sorted(item for part in parts for item in part.items()))
    if problems := tree_problems(catalogue, objects, previous):
        raise CatalogueError(problems)
    return to_files(objects)


PARALLEL_FROM = 20
"""Running services from which the environments are built in parallel processes: each process pays the start-up
(Python, cdk8s and its Node kernel, about 1.5 s) again, which only a large catalogue wins back (`make bench`)."""


def synth_jobs(catalogue: Catalogue, envs: int) -> int:
    """Processes to build `envs` environments in: $PLATFORM_SYNTH_JOBS, else, for large catalogues, one per environment
    up to twice the cores (each worker waits on its Node kernel much of the time; measured with `make bench`)."""
    if (setting := os.environ.get("PLATFORM_SYNTH_JOBS", "").strip()):
        if not setting.isdigit() or int(setting) < 1:
            raise OutputError(f"PLATFORM_SYNTH_JOBS {setting!r} is not allowed: a number of processes, 1 or more")
        return min(int(setting), envs)
    return min(envs, 2 * (os.cpu_count() or 1)) if len(catalogue.running) >= PARALLEL_FROM else 1


def render_environment(env: EnvironmentSettings, pins: ReleasePins, catalogue: Catalogue) -> dict[str, dict]:
    """One environment's objects by path (what synth merges); runs in a worker process when synth_jobs says so."""
    app = cdk8s.App()
    build(app, env, pins, catalogue)
    return render_objects(c for c in app.charts if isinstance(c, LayoutChart))


def unreleased(catalogue: Catalogue, releases: pathlib.Path, envs: Iterable[str] = ENVIRONMENT_NAMES) -> dict[str, list[str]]:
    """Services the catalogue runs that render nothing yet, and the environments where they have no pin."""
    out: dict[str, list[str]] = {}
    for env in envs:
        pinned = ReleasePins.load(releases, env).images
        for s in catalogue.running:
            if s.name not in pinned:
                out.setdefault(s.name, []).append(env)
    return out


def repositories_file(catalogue: Catalogue, envs: Iterable[str] = ENVIRONMENT_NAMES) -> str:
    """releases/repositories.yaml: the ECR repository each environment pulls each declared service from."""
    registries = {env: dict(platform_values(env, catalogue).repositories) for env in envs}
    return ("# Written by `make synth` from catalogue.yaml and the AWS CDK app's config: do not edit.\n"
            "# The ECR repository each environment pulls each service from; `python -m platform_constructs release` reads it.\n"
            + yaml.safe_dump({"environments": registries}, sort_keys=True, default_flow_style=False))


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
        repositories = dist.parent / "releases" / REPOSITORIES_FILE
        staging = os.environ.get("CDK8S_OUTDIR")
        scratch = check_target(staging) if staging and pathlib.Path(staging).resolve() != dist else None
        catalogue = load_catalogue(CATALOGUE)
        files = synth(releases=ROOT / "releases", catalogue=catalogue, previous=previous_tree(dist))
        diagrams = diagram_files(files)
        if scratch is not None:
            write_tree(files, scratch)  # what `cdk8s synth` lists
        write_tree(files, dist)
        write_tree(diagrams, traffic)
        repositories.parent.mkdir(exist_ok=True)
        write_atomic(repositories, repositories_file(catalogue))
    except (CatalogueError, OutputError, PropsError, ReleaseFileError) as e:
        print(f"synth failed: {e}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} manifests to {dist} and {len(diagrams)} traffic diagrams")
    for name, envs in unreleased(catalogue, ROOT / "releases").items():
        print(f"not released yet, renders nothing in {', '.join(envs)}: '{name}' (its CI pins the first image: "
              f"python -m platform_constructs release set --env {envs[0]} --app {name} --image ...)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
