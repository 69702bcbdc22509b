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

import contextlib
import multiprocessing
import os
import pathlib
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent
# jsii runs `node` from PATH: prefer the supported Node pinned in package.json, however this file is started.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
# AWS names (registries, roles, buckets) come from the AWS CDK app's typed config: one source of truth.
sys.path.insert(0, str(ROOT / "cdk"))

import cdk8s  # noqa: E402
import yaml  # noqa: E402

from platform_constructs.cache import Part, RenderCache, code_version  # noqa: E402
from platform_constructs.catalogue import Catalogue, CatalogueError, Service, Team, load_catalogue, pin_problems, tree_problems  # noqa: E402

try:  # the AWS CDK app's settings read catalogue.yaml as they load
    from platform_infra import PlatformValues, WorkloadIdentity, platform_values
except CatalogueError as e:
    sys.exit(f"synth failed: {e}")

from platform_constructs import (  # noqa: E402
    AcmeIssuer,
    AcmeIssuerProps,
    AddonIdentity,
    AddonNetwork,
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
    DatabaseCa,
    DatabaseConnection,
    DnsZone,
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
from platform_constructs.traffic import object_diagrams  # noqa: E402

REPO = GitOpsRepo(url="https://github.com/example-org/platform-gitops.git")
SSO_ISSUER = "https://login.example.com"
"""The OIDC provider people sign in to Argo CD with (a placeholder like the account ids: docs/bootstrap.md); its
`groups` claim carries the catalogue's group names."""
ACME_EMAIL = "platform-team@example.com"
"""Where the ACME server (Let's Encrypt) writes about expiring certificates and account problems (a placeholder)."""
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


def aws_targets(env: EnvironmentSettings, values: PlatformValues | None = None) -> AwsTargets:
    """What the add-ons need from AWS, from the AWS CDK app's values for this environment."""
    v = platform_values(env.name) if values is None else values
    return AwsTargets(region=v.region, cluster_name=v.cluster_name, vpc_name=v.vpc_name,
                      velero_bucket=v.velero_bucket, backup_kms_key_alias=v.backup_kms_key_alias,
                      container_log_group=v.container_log_group,
                      velero=addon_identity(v.velero), external_secrets=addon_identity(v.external_secrets),
                      load_balancer_controller=addon_identity(v.load_balancer_controller),
                      cluster_autoscaler=addon_identity(v.cluster_autoscaler), fluent_bit=addon_identity(v.fluent_bit),
                      kyverno=addon_identity(v.kyverno),
                      cert_manager=addon_identity(v.cert_manager), external_dns=addon_identity(v.external_dns),
                      dns_zone=DnsZone(name=v.dns_zone.name, zone_id=v.dns_zone.zone_id) if v.dns_zone else None,
                      mirrors=v.mirrors)


@dataclass(frozen=True)
class Running:
    """What the platform's shared part knows of a released service: its registry, signature and database needs."""

    name: str
    repository: str
    workflow: str
    database: bool


def build_shared(app: cdk8s.App, env: EnvironmentSettings, values: PlatformValues, teams: tuple[str, ...],
                 running: tuple[Running, ...]) -> Charts:
    """One environment's shared platform (guardrails, add-ons, secret stores, alerting) and its Argo CD bootstrap.

    Like `build_team` and `build_service`, a function of its arguments only (the synth cache keys each part on them
    and the code) that returns the charts it made."""
    platform = LayoutChart(app, f"platform-{env.name}", path=f"platform/{env.name}")
    cluster = LayoutChart(app, f"cluster-{env.name}", path=f"clusters/{env.name}")
    ClusterBootstrap(cluster, "bootstrap", props=ClusterBootstrapProps(
        env=env, repo=REPO, cluster_path=cluster.path, platform_path=platform.path))

    aws = aws_targets(env, values)
    # Alerts reach people: the receivers' credentials come from Secrets Manager, never from Git.
    readers = values.secret_readers
    alerts = AlertRouting(remote_key=f"{values.secrets_prefix}alertmanager-receivers", teams=teams,
                          store=readers["monitoring"].store, namespace=readers["monitoring"].namespaces[0])
    # People sign in to Argo CD through SSO: the groups claim maps them to the AppProject roles (the catalogue's groups).
    sso = ArgoCdSso(issuer=SSO_ISSUER, client_id=f"argocd-{env.name}", admin_groups=PLATFORM_ADMINS)
    addons = PlatformAddons(cluster, "addons", props=PlatformAddonsProps(
        env=env, aws=aws, argocd=ArgoCdAddon(sso=sso), monitoring=MonitoringAddon(alerts=alerts)))
    # Add-ons whose charts isolate nothing get the platform's NetworkPolicies (external-dns).
    for addon in addons.addons.values():
        if addon.network is not None:
            AddonNetwork(platform, f"{addon.name}-network", props=addon.network)
    SsoClientSecret(platform, "argocd-sso", sso=sso, remote_key=f"{values.secrets_prefix}argocd-oidc",
                    store=readers["argocd"].store)
    AlertReceivers(platform, "alert-receivers", routing=alerts)
    # Every Ingress certificate comes from this issuer (DNS-01 in the environment's zone, cert-manager's own role).
    if aws.dns_zone is not None:
        AcmeIssuer(platform, "acme-issuer", props=AcmeIssuerProps(zone=aws.dns_zone, region=aws.region, email=ACME_EMAIL))
    # Every database's server certificate and its clients' certificates (verify-full TLS inside the cluster).
    DatabaseCa(platform, "database-ca")
    # One store per scope, serving only its namespaces and reading through its own role only its secrets: a team's
    # ExternalSecret cannot sync the database superuser's password or another team's secrets.
    for scope, reader in readers.items():
        AwsSecretsManagerStore(platform, f"secret-store-{scope}", props=AwsSecretsManagerStoreProps(
            region=aws.region, identity=addon_identity(values.external_secrets), name=reader.store,
            namespaces=reader.namespaces, role_arn=reader.role_arn))
    databases_run = any(a.database for a in running)
    Guardrails(platform, "guardrails", props=GuardrailsProps(
        # Exactly the repositories the platform runs: each app's own (signed, below), the add-ons' chart images
        # and the database images through the mirrors. Any other image, mirrored or in the registry, is refused.
        env=env, allowed_repositories=sorted({
            *(values.repositories[a.name] for a in running),
            *addons.image_repositories,
            *((repository_of(values.mirrored(POSTGRES_IMAGE)), repository_of(values.mirrored(EXPORTER_IMAGE)))
              if databases_run else ())}),
        approved_load_balancers=["ingress-nginx/ingress-nginx-controller"],
        # Every app's images must carry its own CI workflow's signature: no app is exempt.
        signatures=[SignatureRule.github_actions(a.name, [values.repositories[a.name]],
                                                 repository=a.repository, workflow=a.workflow)
                    for a in running],
        exceptions=[PolicyExceptionProps(
            name=f"addon-{e.workload_name}", kind=ExemptKind(e.workload_kind), namespace=e.namespace,
            resource_name=e.workload_name, service_account=e.service_account, policies=[g.value for g in e.policies],
            reason=e.reason, expires=e.expires)
            for e in addons.required_exceptions]))

    # Databases live in one platform-owned namespace: each database's backup identity (EKS Pod Identity) is bound to
    # its own ServiceAccount there, and the Velero Schedules beside them belong to the platform, not to a team.
    StorageClasses(platform, "storage")
    if databases_run:
        IsolatedNamespace(platform, "databases", props=IsolatedNamespaceProps(
            name=values.databases_namespace, team="platform", env=env))
    return platform, cluster


def build_team(app: cdk8s.App, env: EnvironmentSettings, team: Team, services: tuple[str, ...]) -> Charts:
    """One team in one environment: its namespace, volume alerts and AppProject with an Application per service."""
    # Chart ids with a dot: no service's or environment's name (DNS labels) can take them.
    platform = LayoutChart(app, f"{team.name}.platform-{env.name}", path=f"platform/{env.name}")
    cluster = LayoutChart(app, f"{team.name}.cluster-{env.name}", path=f"clusters/{env.name}")
    IsolatedNamespace(platform, team.name, props=IsolatedNamespaceProps(
        name=team.name, team=team.name, env=env,
        developer_groups=team.groups("developers"), viewer_groups=team.groups("viewers")))
    PrometheusRule(platform, f"{team.name}-volumes", props=PrometheusRuleProps(
        name=f"{team.name}-volumes", namespace=team.name, groups=[volume_rules(team.name)]))
    project = TeamProject(cluster, team.name, props=TeamProjectProps(
        team=team.name, env=env, repo=REPO, namespaces=(team.name,),
        developer_groups=team.groups("developers"), viewer_groups=team.groups("viewers"),
        on_call_groups=team.groups("on_call"), team_repositories=team.gitops_repositories))
    for name in services:
        project.add_application(name, name=name, namespace=team.name, path=app_path(name, env))
    return platform, cluster


Charts = tuple[LayoutChart, ...]
Builder = Callable[..., Charts]


def parts_of(env: EnvironmentSettings, pins: ReleasePins, catalogue: Catalogue) -> dict[str, tuple[Builder, tuple]]:
    """One environment's parts by name ('' the shared platform, 'team/<name>', 'service/<name>'): each a builder and
    the arguments it is a function of. A service runs in an environment once it has a pin there: a new one renders
    nothing until its first image is released (and a pin that goes away is refused by the synth's removal check)."""
    values = platform_values(env.name, catalogue)
    apps = released(catalogue, pins)
    running = tuple(Running(a.name, a.repository, a.workflow, bool(a.database)) for a in apps)
    parts: dict[str, tuple[Builder, tuple]] = {
        "": (build_shared, (env, values, tuple(t.name for t in catalogue.teams), running))}
    for team in catalogue.teams:
        parts[f"team/{team.name}"] = (build_team, (env, team, tuple(a.name for a in apps if a.team == team.name)))
    for spec in apps:
        parts[f"service/{spec.name}"] = (build_service, (env, values, spec, pinned_image(pins, spec.name, env, values.repositories)))
    return parts


def build(app: cdk8s.App, env: EnvironmentSettings, pins: ReleasePins, catalogue: Catalogue) -> None:
    """Compose one environment into `app`: the shared platform, every team and every released service."""
    for builder, args in parts_of(env, pins, catalogue).values():
        builder(app, *args)


def app_path(service: str, env: EnvironmentSettings) -> str:
    return f"apps/{service}/envs/{env.name}"


def build_service(app: cdk8s.App, env: EnvironmentSettings, values: PlatformValues, spec: Service, image: str) -> Charts:
    """One service in one environment: its chart, and its database with the backups in the platform folder."""
    chart = LayoutChart(app, f"{spec.name}-{env.name}", path=app_path(spec.name, env))
    # The database, its own role and the TLS files, derived: nobody types a host that may lead nowhere, or a password.
    database = DatabaseConnection(
        cluster=spec.database_name, namespace=values.databases_namespace,
        password_key=f"{values.secrets_prefix}{spec.database_password_key}",
        store=values.secret_readers[spec.team].store) if spec.database else None
    props = SecureAppProps(name=spec.name, namespace=spec.team, image=image, env=env,
                           port=spec.port, env_vars=dict(spec.env), database=database,
                           ingress=IngressOptions() if spec.public else None,
                           allow_from=tuple(Peer.app(*peer.split("/", 1)) for peer in spec.allow_from))
    api = (CanaryRollout(chart, spec.name, props=CanaryRolloutProps.of(props)) if spec.canary
           else SecureApp(chart, spec.name, props=props))
    if not spec.database:
        return (chart,)
    platform = LayoutChart(app, f"{spec.name}.database-{env.name}", path=f"platform/{env.name}")
    pool = values.node_pools["data"]
    backup = values.db_backups[spec.database_name]
    db = PostgresCluster(platform, spec.database_name, props=PostgresClusterProps(
        name=spec.database_name, namespace=values.databases_namespace, env=env,
        # Third-party images come through the environment's ECR mirror (same digest), the only
        # registry the guardrails admit.
        image=values.mirrored(POSTGRES_IMAGE), exporter_image=values.mirrored(EXPORTER_IMAGE),
        credentials=Credentials.external_secret(f"{values.secrets_prefix}{spec.database_name}",
                                                store=values.secret_readers["databases"].store),
        # Its own ServiceAccount, bound to a role reaching only its own prefix (issue 17, item 7).
        backup=BackupStorage(bucket=values.db_backup_bucket, service_account=backup.identity.service_account,
                             prefix=backup.prefix),
        # S3 through its interface endpoint: databases and their backups egress to the endpoint subnets only.
        object_store=tuple(Peer.ip_block(cidr) for cidr in values.aws_endpoint_cidrs),
        # Patroni keeps its leader lock in the Kubernetes API: the API server's addresses, not 0.0.0.0/0.
        kubernetes_api=tuple(Peer.ip_block(cidr) for cidr in values.kubernetes_api_cidrs),
        placement=NodePlacement(node_labels=dict(pool.labels), tolerations=tuple(
            Toleration(key=t.key, value=t.value, effect=t.effect) for t in pool.taints)),
        clients=(api,)))
    BackupSchedule(platform, f"{spec.name}-db-backup", props=BackupScheduleProps(cluster=db))
    return chart, platform


def released(catalogue: Catalogue, pins: ReleasePins) -> tuple[Service, ...]:
    """The running services that have a pin in this environment."""
    return tuple(s for s in catalogue.running if s.name in pins.images)


def pinned_image(pins: ReleasePins, app: str, env: EnvironmentSettings, repositories: Mapping[str, str]) -> str:
    """The pinned image, which must come from the repository the environment pulls `app` from: the shared registry's,
    where CI pushed and signed it (nothing copies images between registries)."""
    image = pins.image(app)
    expected = repositories[app]
    if not image.startswith((f"{expected}:", f"{expected}@")):
        raise ReleaseFileError(f"releases/{env.name}.yaml: apps.{app}.image {image!r} is not allowed: "
                               f"{env.name} pulls '{app}' from {expected}")
    return image


def synth(envs: Sequence[EnvironmentSettings] | None = None, releases: pathlib.Path = ROOT / "releases",
          catalogue: Catalogue | None = None, previous: Iterable[str] = (), cache: RenderCache | None = None) -> dict[str, str]:
    """Build every environment and return the rendered tree as {path: YAML} (`synth_tree`'s files)."""
    return synth_tree(envs, releases, catalogue, previous, cache).files


def synth_tree(envs: Sequence[EnvironmentSettings] | None = None, releases: pathlib.Path = ROOT / "releases",
               catalogue: Catalogue | None = None, previous: Iterable[str] = (), cache: RenderCache | None = None) -> Part:
    """Build every environment and return the rendered tree: its objects and files. Writes nothing but the cache.

    `catalogue` defaults to catalogue.yaml. `previous` lists the paths of the tree this one replaces (dist/):
    dropping a service or a database from it is refused unless the catalogue retires it. `cache` (`synth_cache()`)
    keeps each service's rendered part per environment for the next synth, which reuses the parts whose inputs and
    code did not change: the output is the same as without it. Raises CatalogueError,
    ReleaseFileError, PropsError or OutputError.
    """
    catalogue = load_catalogue(CATALOGUE) if catalogue is None else catalogue.checked()
    envs = list(envs or environments())
    pins = {env.name: ReleasePins.load(releases, env.name) for env in envs}
    if problems := pin_problems(catalogue, {env: p.images for env, p in pins.items()}):
        raise CatalogueError(problems)

    plans = {env.name: parts_of(env, pins[env.name], catalogue) for env in envs}  # a refused pin stops it here
    keys: dict[tuple[str, str], str] = {}
    parts: dict[tuple[str, str], Part] = {}
    if cache is not None:
        for env_name, plan in plans.items():
            for name, (builder, args) in plan.items():
                keys[env_name, name] = key = cache.key(builder.__name__, *args)
                if (part := cache.get(key)) is not None:
                    parts[env_name, name] = part
    todo = [tuple(n for n in plans[e.name] if (e.name, n) not in parts) for e in envs]
    jobs = synth_jobs(sum(map(len, todo)))
    # Parts are independent: with `jobs` processes, this one renders every environment's first share and worker
    # processes the others (spawned: a forked jsii kernel is not safe), so only jobs - 1 pay the start-up.
    with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=multiprocessing.get_context("spawn")) if jobs > 1 \
            else contextlib.nullcontext() as pool:
        remote = [(env, pool.submit(render_environment, env, pins[env.name], catalogue, names[i::jobs]))
                  for env, names in zip(envs, todo, strict=True) for i in range(1, jobs)] if pool else []
        built = [(env, render_environment(env, pins[env.name], catalogue, names[::jobs]))
                 for env, names in zip(envs, todo, strict=True)]
        built += [(env, future.result()) for env, future in remote]
    for env, env_parts in built:
        for name, part in env_parts.items():
            parts[env.name, name] = part
            if cache is not None:
                cache.put(keys[env.name, name], part)
    tree = merge(parts)
    if problems := tree_problems(catalogue, tree.objects, previous):
        raise CatalogueError(problems)
    if cache is not None:
        cache.prune(keys.values())
    return tree


def synth_cache(folder: pathlib.Path) -> RenderCache:
    """The synth's cache in `folder`, keyed on the code that renders (this file, the library with its scripts and
    bindings, the AWS CDK app's settings) as well as each part's inputs."""
    return RenderCache(folder, code_version(sources()))


def sources() -> list[pathlib.Path]:
    here = pathlib.Path(__file__).resolve().parent  # the code that runs, wherever ROOT points the output
    roots = (here / "platform_constructs", here / "imports", here / "cdk" / "platform_infra")
    return [here / "main.py", *(p for root in roots for p in root.rglob("*")
                                if p.is_file() and "__pycache__" not in p.parts)]


def merge(parts: Mapping[tuple[str, str], Part]) -> Part:
    """One tree of the parts (keyed by environment and part name), sorted by path. An object two parts share (the
    ServiceAccount of the databases' backups, say) is one file when both render it alike; otherwise two parts rendering
    one file is an OutputError naming both: writing both would keep only the last."""
    owners: dict[str, tuple[str, str]] = {}
    for owner in sorted(parts):
        for path, text in parts[owner].files.items():
            if (first := owners.setdefault(path, owner)) != owner and parts[first].files[path] != text:
                raise OutputError(f"two objects render to '{path}': {_part_name(first)} and {_part_name(owner)} both "
                                  "make it, differently, and one would replace the other: give them distinct names")
    order = sorted(owners)
    return Part({p: parts[owners[p]].objects[p] for p in order}, {p: parts[owners[p]].files[p] for p in order})


def _part_name(owner: tuple[str, str]) -> str:
    env, name = owner
    kind, _, what = name.partition("/")
    return f"{kind} '{what}' in {env}" if what else f"the shared platform of {env}"


def synth_jobs(rendering: int) -> int:
    """Processes to render `rendering` parts in: one, or as many as $PLATFORM_SYNTH_JOBS asks for (not more than parts).

    One by default: each process is Python and a Node kernel holding what it rendered (100 CanaryRollouts in 3
    environments: 460 MiB in one process, 750 MiB in two), and with the synth cache a change renders a few parts only.
    Two on two cores render a cold tree of 100 CanaryRollouts about 1.6 times as fast (`make bench`); each worker
    pays the start-up (Python, cdk8s and its Node kernel, about 1.5 s) again, which only many parts win back."""
    setting = os.environ.get("PLATFORM_SYNTH_JOBS", "").strip() or "1"
    if not setting.isdigit() or int(setting) < 1:
        raise OutputError(f"PLATFORM_SYNTH_JOBS {setting!r} is not allowed: a number of processes, 1 or more")
    return max(1, min(int(setting), rendering))


def render_environment(env: EnvironmentSettings, pins: ReleasePins, catalogue: Catalogue,
                       names: Iterable[str] | None = None) -> dict[str, Part]:
    """One environment's parts by name (`parts_of`), all or those in `names` (the others come from the cache), built
    in one cdk8s App and rendered each on its own; also runs in worker processes (synth_jobs)."""
    app = cdk8s.App()
    plan = parts_of(env, pins, catalogue)
    return {name: part_of(plan[name][0](app, *plan[name][1])) for name in (plan if names is None else names)}


def part_of(charts: Charts) -> Part:
    """The charts rendered: their objects and the same as YAML text."""
    objects = render_objects(charts)
    return Part(objects, to_files(objects))


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


CACHE = ROOT / "build" / "synth-cache"
"""Where `make synth` keeps the rendered services for the next run ($PLATFORM_SYNTH_CACHE: another folder, or 'off')."""


def cache_setting() -> RenderCache | None:
    setting = os.environ.get("PLATFORM_SYNTH_CACHE")
    if setting is not None and not setting.strip():
        raise OutputError(f"PLATFORM_SYNTH_CACHE {setting!r} is not allowed: unset it for {CACHE}, give a folder, "
                          "or 'off' to render every service afresh")
    return None if setting == "off" else synth_cache(pathlib.Path(setting or CACHE))


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
        cache = cache_setting()
        tree = synth_tree(releases=ROOT / "releases", catalogue=catalogue, previous=previous_tree(dist), cache=cache)
        files, diagrams = tree.files, object_diagrams(tree.objects)
        if scratch is not None:
            write_tree(files, scratch)  # what `cdk8s synth` lists
        write_tree(files, dist)
        write_tree(diagrams, traffic)
        repositories.parent.mkdir(exist_ok=True)
        write_atomic(repositories, repositories_file(catalogue))
    except (CatalogueError, OutputError, PropsError, ReleaseFileError) as e:
        print(f"synth failed: {e}", file=sys.stderr)
        return 1
    reuse = f"; reused {cache.hits} of {cache.hits + cache.misses} parts from {cache.folder}" if cache else ""
    print(f"wrote {len(files)} manifests to {dist} and {len(diagrams)} traffic diagrams{reuse}")
    for name, envs in unreleased(catalogue, ROOT / "releases").items():
        print(f"not released yet, renders nothing in {', '.join(envs)}: '{name}' (its CI pins the first image: "
              f"python -m platform_constructs release set --env {envs[0]} --app {name} --image ...)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
