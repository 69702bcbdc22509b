"""Render the platform add-ons with `helm template`, the way Argo CD renders each add-on Application in `dist/`.

What is rendered is read back from the Application YAML in `dist/clusters/<env>/argocd/` (chart, version,
repository, `releaseName`, destination namespace, `valuesObject`, `skipTests`), so the tests judge what Argo CD
would apply, not what the catalogue meant to write. Argo CD's flags are followed: `--kube-version` (the cluster's
Kubernetes minor from the AWS CDK app's settings), `--api-versions` for the custom resource groups the platform
provides (so `Capabilities.APIVersions.Has "monitoring.coreos.com/v1"` is true, as on a running cluster),
`--include-crds`, and `--skip-tests` when the Application skips helm test pods.

Chart sources: `CHART_DIR` (default `../shared/charts` beside the repository, one `<chart>-<version>` folder each,
dependencies unpacked); a chart not there is fetched with `helm pull --untar` from its pinned repository into
`build/charts/` (git-ignored). A chart whose copy lacks some of its dependencies (and that cannot be pulled
complete) is rendered without them from a trimmed copy: a dependency its values turn off renders nothing anyway;
one they turn on is turned off for the render (the parent's templates read the subchart's values and helpers, so
it cannot render without them) and named in `Rendered.unrendered`, which every figure prints: a known gap, with
what depends on it missing from the render too, never a silent skip.
Without helm or without the chart source (offline, no copy) `Unavailable` is
raised, naming the chart and version, and the tests skip with its message; a render that fails is a
`RenderError`, which the tests report as a failure.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
CHART_DIR = pathlib.Path(os.environ.get("CHART_DIR") or ROOT.parent / "shared" / "charts")
CRD_DIR = pathlib.Path(os.environ.get("CRD_DIR") or ROOT.parent / "shared" / "crds")
CACHE_DIR = ROOT / "build" / "charts"
HELM = ROOT / "build" / "bin" / "helm"
HOOK = "helm.sh/hook"


class Unavailable(Exception):
    """helm or a chart source is missing: a reason to skip, never a failure."""


class RenderError(Exception):
    """`helm template` refused the chart with these values: a failure."""


@dataclasses.dataclass(frozen=True)
class AddonSource:
    """One add-on Application of `dist/`: what Argo CD hands to helm."""

    app: str
    wave: int
    repo_url: str
    chart: str
    version: str
    release: str
    namespace: str
    values: dict = dataclasses.field(hash=False, compare=False)
    skip_tests: bool = True

    @classmethod
    def from_application(cls, app: dict) -> AddonSource:
        spec, meta = app["spec"], app["metadata"]
        source, helm = spec["source"], spec["source"].get("helm") or {}
        return cls(app=meta["name"], wave=int((meta.get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0")),
                   repo_url=source["repoURL"], chart=source["chart"], version=source["targetRevision"],
                   release=helm.get("releaseName") or meta["name"], namespace=spec["destination"]["namespace"],
                   values=helm.get("valuesObject") or {}, skip_tests=bool(helm.get("skipTests")))


@dataclasses.dataclass(frozen=True)
class Rendered:
    source: AddonSource
    objects: list[dict]
    seconds: float = 0.0
    """How long `helm template` took (the first time: later calls are served from the session's cache)."""
    unrendered: tuple[str, ...] = ()
    """Dependencies (subcharts) these values turn on that the chart source lacks: left out of this render."""

    def applied(self) -> list[dict]:
        """What an Argo CD sync applies: every object, hooks only when they run in a sync phase (Argo CD maps
        pre/post-install and -upgrade; pre/post-delete, rollback and test hooks never run in a sync)."""
        return [o for o in self.objects if sync_hook(o) is not False]


_SYNC_HOOKS = {"pre-install", "pre-upgrade", "post-install", "post-upgrade"}


def sync_hook(obj: dict) -> bool | None:
    """None: not a Helm hook; True: a hook Argo CD runs in a sync; False: a hook it never runs in a sync."""
    hook = ((obj.get("metadata") or {}).get("annotations") or {}).get(HOOK)
    if hook is None or hook == "crd-install" or "argocd.argoproj.io/hook" in obj["metadata"]["annotations"]:
        return None
    return bool({h.strip() for h in hook.split(",")} & _SYNC_HOOKS)


def applications(env: str, dist: pathlib.Path = ROOT / "dist") -> list[AddonSource]:
    """The Helm-sourced Applications of `env` in `dist/`, by name."""
    folder = dist / "clusters" / env / "argocd"
    if not folder.is_dir():
        raise FileNotFoundError(f"dist has no environment {env!r}: {folder} missing")
    apps = [yaml.safe_load(p.read_text()) for p in sorted(folder.glob("application-*.yaml"))]
    return [AddonSource.from_application(a) for a in apps if (a["spec"].get("source") or {}).get("chart")]


def platform_values(env: str):
    """The AWS CDK app's values for `env` (registry, Kubernetes version), the source the platform reads."""
    if str(ROOT / "cdk") not in sys.path:
        sys.path.insert(0, str(ROOT / "cdk"))
    from platform_infra import platform_values as values

    return values(env)


def kube_version(env: str) -> str:
    """The Kubernetes minor the AWS CDK app provisions for `env` (what Argo CD reports to helm)."""
    return platform_values(env).kubernetes_version


_POD_TEMPLATES = {"Deployment": ("spec", "template"), "StatefulSet": ("spec", "template"),
                  "DaemonSet": ("spec", "template"), "ReplicaSet": ("spec", "template"), "Job": ("spec", "template"),
                  "CronJob": ("spec", "jobTemplate", "spec", "template")}


def pod_spec(obj: dict) -> dict | None:
    """The pod spec an object runs (a workload's template, a Pod's own spec), or None."""
    kind = str(obj.get("kind"))
    if kind == "Pod":
        return obj.get("spec") or {}
    path = _POD_TEMPLATES.get(kind)
    if path is None:
        return None
    node = obj
    for part in path:
        node = node.get(part) or {}
    return node.get("spec") or {}


def containers(spec: dict) -> list[dict]:
    """Init containers, then containers, of a pod spec."""
    return [*(spec.get("initContainers") or []), *(spec.get("containers") or [])]


# libyaml where PyYAML has it: charts render megabytes of CRDs.
class _LOADER(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.1's resolver tags a plain `=` as 'value' (a type nothing defines), which Kubernetes reads as the
    string "=": charts render it (Prometheus rules' `operator: =`)."""


_LOADER.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


@functools.cache
def api_versions(crd_dir: pathlib.Path = CRD_DIR) -> tuple[str, ...]:
    """`group/version` and `group/version/Kind` of every served version of the platform's pinned CRDs."""
    if not crd_dir.is_dir():
        raise Unavailable(f"no CRD copies at {crd_dir}: set CRD_DIR to the upstream CRDs (default ../shared/crds)")
    found = set()
    for path in sorted(crd_dir.glob("*.yaml")):
        for doc in yaml.load_all(path.read_text(), Loader=_LOADER):
            if doc and doc.get("kind") == "CustomResourceDefinition":
                spec = doc["spec"]
                for v in spec["versions"]:
                    if v.get("served", True):
                        found |= {f"{spec['group']}/{v['name']}", f"{spec['group']}/{v['name']}/{spec['names']['kind']}"}
    return tuple(sorted(found))


def _helm_env() -> dict[str, str]:
    # helm's own state (repository cache, registry config) stays in the git-ignored build folder.
    home = CACHE_DIR / ".helm"
    return {**os.environ, "HELM_CACHE_HOME": str(home / "cache"), "HELM_CONFIG_HOME": str(home / "config"),
            "HELM_DATA_HOME": str(home / "data")}


def helm() -> pathlib.Path:
    if not os.access(HELM, os.X_OK):
        raise Unavailable(f"{HELM.relative_to(ROOT)} missing: run `make tools` to build helm")
    return HELM


def missing_dependencies(folder: pathlib.Path) -> list[str]:
    """Dependencies Chart.yaml names that charts/ lacks (helm refuses to render then, whatever their conditions)."""
    chart_yaml = yaml.safe_load((folder / "Chart.yaml").read_text())
    present = {yaml.safe_load(c.read_text())["name"] for c in (folder / "charts").glob("*/Chart.yaml")}
    present |= {t.name.rsplit("-", 1)[0] for t in (folder / "charts").glob("*.tgz")}
    return [d["name"] for d in chart_yaml.get("dependencies") or [] if d["name"] not in present]


def chart_source(chart: str, version: str, repo_url: str) -> pathlib.Path:
    """The unpacked chart at exactly `version`, dependencies included: from CHART_DIR, else from the cache, else
    `helm pull`ed into the cache (a pulled chart carries its dependencies). Where only a copy without some of its
    dependencies exists and the pull fails, that copy (see `trimmed`)."""
    incomplete, partial = "", None
    for base in (CHART_DIR, CACHE_DIR):
        folder = base / f"{chart}-{version}"
        if not (folder / "Chart.yaml").is_file():
            continue
        found = str(yaml.safe_load((folder / "Chart.yaml").read_text())["version"])
        if found.removeprefix("v") != version.removeprefix("v"):
            raise RenderError(f"{folder}/Chart.yaml is version {found!r}, not the pinned {version!r}")
        missing = missing_dependencies(folder)
        if not missing:
            return folder
        incomplete, partial = f" lacks its dependencies {', '.join(missing)} in {folder}/charts", partial or folder
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE_DIR, prefix=f".pull-{chart}-") as tmp:
        proc = subprocess.run([str(helm()), "pull", chart, "--repo", repo_url, "--version", version, "--untar",
                               "--untardir", tmp], capture_output=True, text=True, env=_helm_env(), timeout=300)
        if proc.returncode != 0 and partial is not None:
            return partial
        if proc.returncode != 0:
            where = incomplete or f" is not in CHART_DIR ({CHART_DIR})"
            raise Unavailable(f"chart {chart} {version}{where}, and `helm pull {chart} --repo {repo_url} "
                              f"--version {version}` failed: {proc.stderr.strip()}")
        shutil.move(pathlib.Path(tmp) / chart, CACHE_DIR / f"{chart}-{version}")
    return CACHE_DIR / f"{chart}-{version}"


def _enabled(values: dict, condition: str | None) -> bool:
    """Helm's dependency condition: the first of its comma-separated paths that resolves to a bool decides; none
    resolving means enabled."""
    for path in (condition or "").split(","):
        node: object = values
        for key in path.strip().split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, bool):
            return node
    return True


def _merged(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merged(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def trimmed(folder: pathlib.Path, values: dict) -> tuple[pathlib.Path, tuple[str, ...], dict]:
    """`folder` as it is when it has all its dependencies; else a copy (in the cache) whose Chart.yaml drops the
    missing ones, those of them `values` (over the chart's defaults) turn on, and the values that turn them off."""
    missing = missing_dependencies(folder)
    if not missing:
        return folder, (), {}
    meta = yaml.safe_load((folder / "Chart.yaml").read_text())
    defaults = yaml.safe_load((folder / "values.yaml").read_text()) if (folder / "values.yaml").is_file() else {}
    effective = _merged(defaults or {}, values)
    on = [d for d in meta["dependencies"] if d["name"] in missing and _enabled(effective, d.get("condition"))]
    off: dict = {}
    for d in on:
        *parents, leaf = (d.get("condition") or f"{d.get('alias') or d['name']}.enabled").split(",")[0].strip().split(".")
        node = off
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = False
    copy = CACHE_DIR / f".trimmed-{folder.name}"
    if not copy.is_dir():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=CACHE_DIR, prefix=f".trim-{folder.name}-") as tmp:
            shutil.copytree(folder, pathlib.Path(tmp) / "chart", symlinks=True)
            meta["dependencies"] = [d for d in meta["dependencies"] if d["name"] not in missing]
            (pathlib.Path(tmp) / "chart" / "Chart.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
            (pathlib.Path(tmp) / "chart" / "Chart.lock").unlink(missing_ok=True)
            try:
                os.rename(pathlib.Path(tmp) / "chart", copy)
            except OSError:  # another test worker made the same copy first: theirs is as good as this one
                if not copy.is_dir():
                    raise
    return copy, tuple(d.get("alias") or d["name"] for d in on), off


_RENDERS: dict[tuple, Rendered] = {}


def render(source: AddonSource, kube: str, apis: tuple[str, ...]) -> Rendered:
    """`helm template` of one add-on as Argo CD runs it; cached per chart, values and flags for the session."""
    key = (source.chart, source.version, source.release, source.namespace, source.skip_tests, kube, apis,
           json.dumps(source.values, sort_keys=True))
    if key in _RENDERS:
        return _RENDERS[key]
    folder, lacking, off = trimmed(chart_source(source.chart, source.version, source.repo_url), source.values)
    began = time.monotonic()
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", prefix=f"{source.app}-values-") as values:
        yaml.safe_dump(_merged(source.values, off), values)
        values.flush()
        args = [str(helm()), "template", source.release, str(folder), "--namespace", source.namespace,
                "--kube-version", kube, "--include-crds", "--values", values.name,
                *(["--skip-tests"] if source.skip_tests else []), *(f"--api-versions={a}" for a in apis)]
        proc = subprocess.run(args, capture_output=True, text=True, env=_helm_env(), timeout=300)
    if proc.returncode != 0:
        raise RenderError(f"helm template of {source.app} ({source.chart} {source.version}) failed: {proc.stderr.strip()}")
    # Argo CD applies the items of a v1 List one by one (the load balancer controller's chart renders one).
    objects = [item for o in yaml.load_all(proc.stdout, Loader=_LOADER) if o
               for item in (o.get("items") or [] if o.get("kind") == "List" else [o])]
    _RENDERS[key] = Rendered(source, objects, time.monotonic() - began, lacking)
    return _RENDERS[key]


def render_env(env: str, dist: pathlib.Path = ROOT / "dist") -> list[Rendered]:
    """Every add-on of `env`, rendered (Unavailable or RenderError on the first that cannot be)."""
    kube, apis = kube_version(env), api_versions()
    return [render(s, kube, apis) for s in applications(env, dist)]
