"""The catalogue: the platform's teams and the services they run, declared once and read by every part.

A platform repository keeps it in one YAML file (`catalogue.yaml`), which this module reads into typed data and
checks, naming the file and the line of every problem:

    teams:
      payments:
        iam_roles: {developers: [payments-developer]}
    services:
      ledger-api:
        team: payments
        repository: example-org/ledger-api
        database: true

Everything else is derived from it: in the cdk8s app the namespaces, Argo CD projects and Applications, the
apps, their databases and the database wiring into the app's environment, the signature rules; in the AWS CDK
app the ECR repositories, the CI role's repositories and the EKS access entries mapping each team's IAM roles
to its Kubernetes groups. Plain Python and PyYAML: the AWS CDK app reads it too.
"""
from __future__ import annotations

import os
import pathlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._strict_yaml import StrictYamlError, load

__all__ = ["ACCESS_LEVELS", "Catalogue", "CatalogueError", "Service", "Team", "load_catalogue"]

MAX_CATALOGUE_BYTES = 1024 * 1024
MAX_NAME = 30
"""Team and service names are DNS-1123 labels of at most this many characters, so every name derived from one
(the '<service>-db-restore-verify' CronJob, at most 52; '<team>-developers') stays a valid Kubernetes name."""

ACCESS_LEVELS = ("developers", "viewers", "on_call")
"""What a team's people may do: developers ship and debug, viewers read, on-call syncs by hand outside the sync
windows (break glass). Each level has groups (Argo CD SSO and Kubernetes RBAC) and IAM roles (EKS access entries
that put whoever assumes the role into those groups)."""

_NAME = re.compile(r"[a-z]([-a-z0-9]*[a-z0-9])?\Z")
_NAME_RULE = f"a DNS-1123 label of at most {MAX_NAME} characters, starting with a letter"
_GITHUB_REPO = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}\Z")
_WORKFLOW = re.compile(r"\.github/workflows/[A-Za-z0-9._-]+\.ya?ml\Z")
_IAM_ROLE = re.compile(r"[\w+=,.@-]{1,64}\Z")
_GROUP = re.compile(r"[^\s,]{1,128}\Z")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_GIT_URL = re.compile(r"(https://|ssh://)\S+\Z|[\w.-]+@[\w.-]+:\S+\Z", re.ASCII)
_RESERVED_TEAMS = {"default", "platform", "databases", "argocd"}
EXPOSURES = ("public", "internal")
DERIVED_ENV = ("DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME", "DATABASE_USER", "DATABASE_PASSWORD_FILE",
               "DATABASE_SSLMODE", "DATABASE_SSLROOTCERT", "DATABASE_SSLCERT", "DATABASE_SSLKEY")
"""Environment variables the platform sets from the catalogue (a service with `database: true` gets its database's
read-write Service, its own role and TLS files as the DATABASE_* variables); a service may not set them itself."""


class CatalogueError(ValueError):
    """The catalogue, the release pins and the rendered tree disagree; nothing was written."""

    def __init__(self, problems: Sequence[str]):
        self.problems = tuple(problems)
        super().__init__("invalid catalogue:\n" + "\n".join(f"  - {p}" for p in problems))

    def __reduce__(self):  # raised in a synth worker process, re-raised in the parent
        return type(self), (list(self.problems),)


@dataclass(frozen=True, kw_only=True)
class Team:
    """A team: its name (also its namespace and Argo CD project), who belongs to it, and where it ships from."""

    name: str
    developer_groups: tuple[str, ...] | None = None
    """Groups (OIDC in Argo CD, Kubernetes RBAC in the namespace) that ship and debug. Default: ('<team>-developers',)."""
    viewer_groups: tuple[str, ...] | None = None
    """Groups that read the team's applications and logs. Default: ('<team>-viewers',)."""
    on_call_groups: tuple[str, ...] | None = None
    """Groups that may sync by hand outside the sync windows (a rollback at 3 a.m.). Default: ('<team>-on-call',)."""
    developer_roles: tuple[str, ...] = ()
    """IAM role names (the same in every environment's account) whose sessions EKS puts into the developer groups.
    Default: none."""
    viewer_roles: tuple[str, ...] = ()
    on_call_roles: tuple[str, ...] = ()
    gitops_repositories: tuple[str, ...] = ()
    """The team's own GitOps repositories (Git URLs) its Argo CD project may sync from besides the platform's.
    Default: none."""

    def __post_init__(self) -> None:
        for level, suffix in zip(ACCESS_LEVELS, ("developers", "viewers", "on-call"), strict=True):
            name = f"{level.removesuffix('s')}_groups"
            if getattr(self, name) is None:
                object.__setattr__(self, name, (f"{self.name}-{suffix}",))

    def groups(self, level: str) -> tuple[str, ...]:
        return getattr(self, f"{level.removesuffix('s')}_groups")

    def roles(self, level: str) -> tuple[str, ...]:
        return getattr(self, f"{level.removesuffix('s')}_roles")


@dataclass(frozen=True, kw_only=True)
class Service:
    """One service the platform runs: its team, how it is served, where it is built."""

    name: str
    team: str
    repository: str
    """GitHub repository ('owner/name') whose CI builds, signs and pushes the image."""
    workflow: str = ".github/workflows/ci.yaml"
    """The workflow in `repository` that signs the image: the only signer the guardrails accept."""
    port: int = 8080
    exposure: str = "public"
    """'public': an Ingress on the environment's domain with TLS; 'internal': reachable only from `allow_from`."""
    database: bool = False
    """A PostgresCluster (with backups) that only this service may reach, as its own role over verified TLS; the
    DATABASE_* variables say how (SecureApp's DatabaseConnection)."""
    canary: bool = True
    """Ship as a CanaryRollout (analysis, alerts, dashboard); False ships a plain Deployment."""
    env: Mapping[str, str] = field(default_factory=dict)
    """Environment variables; in-cluster hosts ('<service>.<namespace>.svc') must name a Service that exists."""
    allow_from: tuple[str, ...] = ()
    """'<namespace>/<app>' peers admitted to the port besides the ingress controller. Default: none."""
    retired: str = ""
    """Why the service is gone, with the ticket. A retired service stays declared and renders nothing (Argo CD
    deletes it); no other edit of the catalogue may remove a service from dist/."""
    database_retired: str = ""
    """Why the service's database is gone (with database: false), like `retired` for the database alone."""

    @property
    def runs(self) -> bool:
        return not self.retired

    @property
    def public(self) -> bool:
        return self.exposure == "public"

    @property
    def database_name(self) -> str:
        return f"{self.name}-db"

    @property
    def database_password_key(self) -> str:
        """The service's database role password in Secrets Manager, below the environment's prefix: under the team's
        own prefix, so its namespace reads it; the databases namespace reads this one key too."""
        return f"teams/{self.team}/{self.database_name}-{self.name}"


# What each YAML key of a team or service is, for the loader: the Python field, and the type it must have.
_TEAM_KEYS = {"groups": "access", "iam_roles": "access", "gitops_repositories": "strings"}
_SERVICE_KEYS = {"team": "string", "repository": "string", "workflow": "string", "port": "integer", "exposure": "string",
                 "database": "boolean", "canary": "boolean", "env": "env", "allow_from": "strings", "retired": "string",
                 "database_retired": "string"}
_TYPES: dict[str, tuple[str, Any]] = {
    "string": ("a string", lambda v: isinstance(v, str)),
    "integer": ("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "boolean": ("true or false", lambda v: isinstance(v, bool)),
    "strings": ("a list of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
    "env": ("a mapping of variable names to strings",
            lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, str) for k, x in v.items())),
    "access": (f"a mapping of {', '.join(ACCESS_LEVELS)} to lists of strings",
               lambda v: isinstance(v, dict) and all(isinstance(x, list) and all(isinstance(s, str) for s in x)
                                                     for x in v.values())),
}


@dataclass(frozen=True)
class Catalogue:
    """Teams and services, with where each was declared (`source` and the line of every key) for errors."""

    teams: tuple[Team, ...]
    services: tuple[Service, ...]
    source: str = "catalogue"
    lines: Mapping[tuple, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def parse(cls, text: str, source: str = "<catalogue>") -> Catalogue:
        """The catalogue in `text` (YAML), checked; raises CatalogueError naming `source` and the lines."""
        try:
            data, lines = load(text, source, what="the catalogue")
        except StrictYamlError as e:
            raise CatalogueError([str(e)]) from None
        out: list[str] = []

        def at(*path: Any) -> str:
            return f"{source}:{lines.get(path, 1)}: {'.'.join(str(p) for p in path)}"

        def entries(key: str) -> dict:
            value = data.get(key) if isinstance(data, dict) else None
            if not isinstance(value, dict) or not value:
                out.append(f"{at(key) if isinstance(data, dict) and key in data else source + ':1: ' + key}: "
                           f"{value!r} is not allowed: a mapping of names to entries")
                return {}
            return value

        if isinstance(data, dict) and (unknown := sorted(set(map(str, data)) - {"teams", "services"})):
            out += [f"{at(k)}: unknown key: the catalogue has 'teams' and 'services'" for k in unknown]
        teams: list[Team] = []
        services: list[Service] = []
        for kind, keys in (("teams", _TEAM_KEYS), ("services", _SERVICE_KEYS)):
            for name, entry in entries(kind).items():
                if not isinstance(entry, dict) and not (kind == "teams" and entry is None):
                    out.append(f"{at(kind, name)}: {entry!r} is not allowed: a mapping of {', '.join(keys)}")
                    continue
                kwargs: dict[str, Any] = {}
                for key, value in (entry or {}).items():
                    if key not in keys:
                        out.append(f"{at(kind, name, key)}: unknown key: allowed are {', '.join(keys)}")
                    elif not _TYPES[keys[key]][1](value):
                        out.append(f"{at(kind, name, key)}: {value!r} is not allowed: {_TYPES[keys[key]][0]}")
                    elif keys[key] == "access":
                        for level, items in value.items():
                            if level not in ACCESS_LEVELS:
                                out.append(f"{at(kind, name, key, level)}: unknown access level: one of {', '.join(ACCESS_LEVELS)}")
                            else:
                                suffix = "groups" if key == "groups" else "roles"
                                kwargs[f"{level.removesuffix('s')}_{suffix}"] = tuple(items)
                    else:
                        kwargs[key] = tuple(value) if isinstance(value, list) else value
                if kind == "teams":
                    teams.append(Team(name=str(name), **kwargs))
                elif "team" not in kwargs or "repository" not in kwargs:
                    missing = [k for k in ("team", "repository") if k not in kwargs and k not in (entry or {})]
                    out += [f"{at(kind, name)}: no '{k}': every service names its team and its repository" for k in missing]
                else:
                    services.append(Service(name=str(name), **kwargs))
        if out:
            raise CatalogueError(out)
        return cls(tuple(teams), tuple(services), source, lines).checked()

    def checked(self) -> Catalogue:
        """This catalogue, or CatalogueError listing every problem in it."""
        if problems := self.problems():
            raise CatalogueError(problems)
        return self

    def where(self, *path: Any) -> str:
        """'<file>:<line>: <path>' for the deepest part of `path` the file declares."""
        for n in range(len(path), 0, -1):
            if path[:n] in self.lines:
                return f"{self.source}:{self.lines[path[:n]]}: {'.'.join(map(str, path))}"
        return f"{self.source}: {'.'.join(map(str, path))}"

    def problems(self) -> list[str]:
        """Every rule the teams and services break, each naming where, the value and what is allowed."""
        out: list[str] = []

        def check(ok: bool, path: tuple, value: object, allowed: str) -> None:
            if not ok:
                out.append(f"{self.where(*path)}: {value!r} is not allowed: {allowed}")

        for kind, names in (("teams", [t.name for t in self.teams]), ("services", [s.name for s in self.services])):
            for name in sorted({n for n in names if names.count(n) > 1}):
                out.append(f"{self.where(kind, name)}: declared {names.count(name)} times: each name once")
        owners: dict[str, str] = {}
        for t in self.teams:
            check(_name_ok(t.name) and t.name not in _RESERVED_TEAMS and not t.name.startswith("kube-"), ("teams", t.name),
                  t.name, f"{_NAME_RULE}, not {', '.join(sorted(_RESERVED_TEAMS))} or kube-*")
            for level in ACCESS_LEVELS:
                for g in t.groups(level):
                    check(isinstance(g, str) and bool(_GROUP.match(g)), ("teams", t.name, "groups", level), g,
                          "a group name without spaces or commas")
                for r in t.roles(level):
                    check(isinstance(r, str) and bool(_IAM_ROLE.match(r)), ("teams", t.name, "iam_roles", level), r,
                          "an iam role name (letters, digits and +=,.@_-, at most 64)")
                    where = f"{t.name}.{level}"
                    check(owners.setdefault(r, where) == where, ("teams", t.name, "iam_roles", level), r,
                          f"a role of one team and level (it is already in {owners[r]}): EKS maps a role to one set of groups")
            for url in t.gitops_repositories:
                check(bool(_GIT_URL.match(url)), ("teams", t.name, "gitops_repositories"), url,
                      "an https:// or ssh:// Git URL, or 'git@host:org/repo.git'")
        teams = {t.name for t in self.teams}
        for s in self.services:
            at = ("services", s.name)
            check(_name_ok(s.name), at, s.name, _NAME_RULE)
            check(s.team in teams, (*at, "team"), s.team, f"a team under teams ({', '.join(sorted(teams)) or 'none'})")
            check(bool(_GITHUB_REPO.match(s.repository)), (*at, "repository"), s.repository, "a github 'owner/name'")
            check(bool(_WORKFLOW.match(s.workflow)), (*at, "workflow"), s.workflow, "a file under .github/workflows/")
            check(isinstance(s.port, int) and 1024 <= s.port <= 65535, (*at, "port"), s.port,
                  "a port from 1024 to 65535 (the container runs as non-root, without capabilities)")
            check(s.exposure in EXPOSURES, (*at, "exposure"), s.exposure, " or ".join(EXPOSURES))
            for key in s.env:
                check(bool(_ENV_NAME.match(key)), (*at, "env", key), key, "a variable name (letters, digits, '_')")
                check(key not in DERIVED_ENV or not s.database, (*at, "env", key), key,
                      "a variable the platform does not set: with database: true it sets the DATABASE_* variables itself")
            for peer in s.allow_from:
                ns, _, app = peer.partition("/")
                check(_name_ok(ns, 63) and _name_ok(app, 63), (*at, "allow_from"), peer, "'<namespace>/<app>'")
            for name in ("retired", "database_retired"):
                reason = getattr(s, name)
                check(not reason or bool(reason.strip()), (*at, name), reason, "a reason such as 'replaced by X, see PLAT-123'")
            check(not (s.database_retired and s.database), (*at, "database_retired"), s.database_retired,
                  "a reason together with database: false (set database: false to retire the database, or drop "
                  "database_retired to keep it)")
        return out

    @property
    def running(self) -> tuple[Service, ...]:
        return tuple(s for s in self.services if s.runs)

    def team(self, name: str) -> Team:
        return next(t for t in self.teams if t.name == name)

    @property
    def image_repositories(self) -> tuple[str, ...]:
        """ECR repository names, one per declared service: a retired service keeps its images (its rollback targets
        and audit trail) until someone deletes the repository on purpose."""
        return tuple(sorted(s.name for s in self.services))

    @property
    def ci_repositories(self) -> tuple[str, ...]:
        """The GitHub repositories whose CI builds the services."""
        return tuple(sorted({s.repository for s in self.services}))

    def replace_services(self, services: Iterable[Service]) -> Catalogue:
        """A copy with other services (tests, benchmarks); lines of services that changed may be stale."""
        return Catalogue(self.teams, tuple(services), self.source, self.lines)


def _name_ok(name: object, limit: int = MAX_NAME) -> bool:
    return isinstance(name, str) and len(name) <= limit and bool(_NAME.match(name))


def load_catalogue(path: str | os.PathLike[str]) -> Catalogue:
    """Read and check the catalogue file at `path`; raises CatalogueError naming the file and the lines."""
    path = pathlib.Path(path)
    try:
        shown = path.resolve().relative_to(pathlib.Path.cwd().resolve()).as_posix()
    except ValueError:
        shown = str(path)
    try:
        data = path.read_bytes()[: MAX_CATALOGUE_BYTES + 1]
        if len(data) > MAX_CATALOGUE_BYTES:
            raise CatalogueError([f"{shown}: larger than a catalogue's limit of {MAX_CATALOGUE_BYTES} bytes"])
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise CatalogueError([f"{shown}: no catalogue file: declare the platform's teams and services there "
                              "(docs/onboarding.md)"]) from None
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise CatalogueError([f"{shown}:{line}: not UTF-8 text"]) from None
    except OSError as e:
        raise CatalogueError([f"{shown}: cannot read the catalogue: {e.strerror}"]) from None
    return Catalogue.parse(text, shown)



# -- what the catalogue refers to must exist, and what it stops rendering must be retired -----------------------

def pin_problems(catalogue: Catalogue, pinned: Mapping[str, Iterable[str]]) -> list[str]:
    """Pins (`pinned`: environment -> pinned service names, from releases/<env>.yaml) for services nobody runs. A
    running service without a pin is not an error: it renders nothing there until its first image is released."""
    out = []
    running = {s.name for s in catalogue.running}
    declared = {s.name for s in catalogue.services}
    for env, names in pinned.items():
        for name in sorted(set(names) - running):
            why = "retired: delete the pin" if name in declared else "not a service in the catalogue: delete the pin or declare it"
            out.append(f"releases/{env}.yaml: apps.{name} is pinned, but nobody runs '{name}': it is {why}")
    return out


_SERVICE_HOST = re.compile(r"([a-z0-9]([-a-z0-9]*[a-z0-9])?)\.([a-z0-9]([-a-z0-9]*[a-z0-9])?)\.svc(\.cluster\.local)?(:\d+)?")
_DATABASE_FILE = re.compile(r"platform/(?P<env>[^/]+)/(?P<namespace>[^/]+)/statefulset-(?P<name>[^/]+)\.yaml")


def tree_problems(catalogue: Catalogue, objects: Mapping[str, Mapping], previous: Iterable[str]) -> list[str]:
    """References in the rendered tree (`objects`: path -> manifest) that lead nowhere, and services and databases
    that would leave `previous` (the paths of the tree it replaces) without the catalogue retiring them."""
    from .traffic import Inventory, dangling_peers, environment_of

    by_env: dict[str, list[Mapping]] = {}
    for path, manifest in objects.items():
        if (env := environment_of(path)) is not None:
            by_env.setdefault(env, []).append(manifest)
    found: dict[str, list[str]] = {}  # the same problem in several environments is one line
    for env, manifests in by_env.items():
        inventory = Inventory.of(manifests)
        for problem in dangling_peers(manifests):
            found.setdefault(problem, []).append(env)
        for s in catalogue.running:
            for key, value in sorted(s.env.items()):
                if (m := _SERVICE_HOST.fullmatch(value)) and (why := inventory.problem(m[3], service=m[1])) is not None:
                    found.setdefault(f"{catalogue.where('services', s.name, 'env', key)}: {value!r} leads nowhere: {why}",
                                     []).append(env)
    return [f"{_envs(envs)}: {p}" for p, envs in found.items()] + _removals(catalogue, objects.keys(), previous)


def _envs(names: Iterable[str]) -> str:
    order = {n: i for i, n in enumerate(("dev", "stage", "prod"))}
    return ", ".join(sorted(set(names), key=lambda n: (order.get(n, len(order)), n)))


def _removals(catalogue: Catalogue, paths: Iterable[str], previous: Iterable[str]) -> list[str]:
    """Services (apps/<service>/envs/<env>) and databases (StatefulSets under platform/<env>/) in `previous` that
    `paths` no longer has, unless the catalogue retires them: Argo CD prunes what leaves the tree."""
    new = set(paths)
    gone_apps: dict[str, list[str]] = {}
    gone_databases: dict[tuple[str, str], list[str]] = {}
    new_app_envs = {tuple(p.split("/")[1:4:2]) for p in new if p.startswith("apps/")}
    for path in sorted(set(previous) - new):
        parts = path.split("/")
        if parts[0] == "apps" and len(parts) > 4 and parts[2] == "envs" and (parts[1], parts[3]) not in new_app_envs:
            gone_apps.setdefault(parts[1], []).append(parts[3])
        elif m := _DATABASE_FILE.fullmatch(path):
            gone_databases.setdefault((m["name"], m["namespace"]), []).append(m["env"])
    declared = {s.name: s for s in catalogue.services}
    out = []
    for name, envs in sorted(gone_apps.items()):
        spec = declared.get(name)
        if spec is None or spec.runs:
            why = (f"its entry is gone from {catalogue.source}" if spec is None
                   else "its pin is gone from releases/<env>.yaml")
            out.append(f"service '{name}' would be deleted from {_envs(envs)} (dist/apps/{name}/envs/...): {why} and "
                       f"nothing retires it; to delete it on purpose, keep services.{name} in {catalogue.source} with "
                       "retired: '<why, ticket>' until that synth is merged")
    owners = {s.database_name: s for s in catalogue.services}
    for (name, namespace), envs in sorted(gone_databases.items()):
        owner = owners.get(name)
        if owner is None or not (owner.retired or owner.database_retired):
            how = (f"set database_retired: '<why, ticket>' (with database: false) or retired: '<why, ticket>' on "
                   f"{catalogue.where('services', owner.name)}" if owner else
                   "no service owns it ('<service>-db'): restore the service that did and retire it")
            out.append(f"database '{name}' (StatefulSet in namespace '{namespace}') would be deleted from {_envs(envs)}, "
                       f"and its volumes with it once Argo CD prunes it: to delete it on purpose, {how}")
    return out
