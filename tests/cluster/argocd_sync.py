"""Apply an environment's `dist/` tree and its Helm-rendered add-ons the way Argo CD syncs them: CRDs first
(the pinned upstream copies, then the charts' own), then sync wave, phase, kind order and name
(gitops-engine's pkg/sync/sync_tasks.go), with each Namespace and CRD moved ahead of the first object that
needs it, by server-side apply under Argo CD's field manager with strict field validation (kubectl's
default, which Argo CD keeps unless an Application sets Validate=false).

The root app-of-apps applies an add-on's Application in that Application's sync wave, and the add-on's own
objects are synced then, before the root app's next wave: they sort at their Application's wave, after the
root app's own objects of that wave, and among themselves by Helm hook phase, hook weight, kind and name."""
from __future__ import annotations

import dataclasses
import os
import pathlib

import yaml

from tools import addon_render
from tools.control_plane import ApiError, ControlPlane

ROOT = pathlib.Path(__file__).resolve().parents[2]
CRD_DIR = pathlib.Path(os.environ.get("CRD_DIR") or ROOT.parent / "shared" / "crds")
FIELD_MANAGER = "argocd-controller"
# gitops-engine's kindOrder; a kind not listed (every custom resource) sorts after all of them.
KIND_ORDER = {kind: i for i, kind in enumerate((
    "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget",
    "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass", "PersistentVolume",
    "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
    "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod",
    "ReplicationController", "ReplicaSet", "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job",
    "CronJob", "IngressClass", "Ingress", "APIService"))}
PHASE_ORDER = {"PreSync": -1, "Sync": 0, "PostSync": 1, "SyncFail": 2}
# gitops-engine's Helm hook mapping (pkg/sync/hook/helm/type.go); other Helm hooks never run in a sync.
HELM_PHASES = {"pre-install": "PreSync", "pre-upgrade": "PreSync", "post-install": "PostSync", "post-upgrade": "PostSync"}
# Admission webhooks whose backends are the add-on pods, which never run here (no kubelet): persisted, each
# would refuse every later object it intercepts (Ingresses, ExternalSecrets). The API server validates them
# with a dry run instead, counted like every applied object.
DRY_RUN_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")
# The API server's own namespaces. Argo CD's namespace is not among them: the bootstrap installs Argo CD
# into it, and the argo-cd Application (CreateNamespace=true) adopts it, so it is created with the others.
PREEXISTING_NAMESPACES = ("default", "kube-system", "kube-public", "kube-node-lease")


@dataclasses.dataclass(frozen=True)
class Manifest:
    source: str  # the file, relative to the repository, or the add-on and chart it was rendered from
    obj: dict
    app_wave: int | None = None  # the sync wave of the add-on Application that syncs it; None: dist/'s own
    destination: str | None = None  # that Application's destination namespace

    @property
    def label(self) -> str:
        meta = self.obj["metadata"]
        where = f"{meta['namespace']}/" if meta.get("namespace") else ""
        return f"{self.source}: {self.obj['kind']} {where}{meta['name']}"


@dataclasses.dataclass
class SyncResult:
    crds: int = 0
    namespaces_created: list[str] = dataclasses.field(default_factory=list)
    applied: int = 0
    applied_addons: int = 0  # of `applied`
    charts: list[str] = dataclasses.field(default_factory=list)  # the add-ons rendered and applied
    unavailable: list[str] = dataclasses.field(default_factory=list)  # add-ons whose chart source is missing
    manifests: list[Manifest] = dataclasses.field(default_factory=list)  # everything applied, in order
    errors: list[str] = dataclasses.field(default_factory=list)


def load(paths: list[pathlib.Path]) -> list[Manifest]:
    found = []
    for base in paths:
        for path in sorted(base.rglob("*.yaml")):
            rel = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            found += [Manifest(rel, doc) for doc in yaml.safe_load_all(path.read_text()) if doc]
    return found


def env_paths(env: str) -> list[pathlib.Path]:
    dist = ROOT / "dist"
    paths = [dist / "clusters" / env, dist / "platform" / env, *sorted(dist.glob(f"apps/*/envs/{env}"))]
    missing = [p for p in paths[:2] if not p.is_dir()]
    if missing:
        raise FileNotFoundError(f"dist has no environment {env!r}: {', '.join(map(str, missing))} missing")
    return paths


def _wave(m: Manifest) -> int:
    """gitops-engine's syncwaves.Wave: the sync-wave annotation, else the Helm hook weight."""
    annotations = m.obj["metadata"].get("annotations") or {}
    return int(annotations.get("argocd.argoproj.io/sync-wave", annotations.get("helm.sh/hook-weight", "0")))


def _phase(m: Manifest) -> int:
    """The earliest phase the object is applied in: its Argo CD hook, else its Helm hook's mapping."""
    annotations = m.obj["metadata"].get("annotations") or {}
    hook = annotations.get("argocd.argoproj.io/hook") or ",".join(
        HELM_PHASES.get(h.strip(), "Sync") for h in annotations.get(addon_render.HOOK, "Sync").split(","))
    return min(PHASE_ORDER.get(h.strip(), 0) for h in hook.split(","))


def _order(m: Manifest) -> tuple:
    kind = KIND_ORDER.get(m.obj["kind"], len(KIND_ORDER))
    if m.app_wave is None:
        return (_wave(m), 0, _phase(m), 0, kind, m.obj["metadata"]["name"])
    return (m.app_wave, 1, _phase(m), _wave(m), kind, m.obj["metadata"]["name"])


def _bubble(tasks: list[Manifest], dependency, reference) -> None:
    """gitops-engine's adjustDeps: move each dependency (a Namespace, a CRD) before the first task that
    references it."""
    first: dict[str, int] = {}
    for i in range(len(tasks)):
        key = dependency(tasks[i].obj)
        if key is not None:
            if key in first:
                index = first[key]
                tasks.insert(index, tasks.pop(i))
                first = {k: v + 1 if v >= index else v for k, v in first.items()}
        else:
            ref = reference(tasks[i].obj)
            if ref is not None:
                first.setdefault(ref, i)


def sync_order(manifests: list[Manifest]) -> list[Manifest]:
    tasks = sorted(manifests, key=_order)
    _bubble(tasks, lambda o: o["metadata"]["name"] if o["kind"] == "Namespace" and o["apiVersion"] == "v1" else None,
            lambda o: o["metadata"].get("namespace") or None)
    _bubble(tasks, lambda o: f"{o['spec']['group']}/{o['spec']['names']['kind']}"
            if o["kind"] == "CustomResourceDefinition" else None,
            lambda o: f"{o['apiVersion'].rpartition('/')[0]}/{o['kind']}")
    return tasks


def created_namespaces(manifests: list[Manifest]) -> list[dict]:
    """The Namespaces Argo CD itself creates: each Application's destination with CreateNamespace=true,
    carrying its managedNamespaceMetadata."""
    namespaces = {}
    for m in manifests:
        spec = m.obj.get("spec") or {}
        policy = spec.get("syncPolicy") or {}
        if m.obj["kind"] != "Application" or "CreateNamespace=true" not in (policy.get("syncOptions") or []):
            continue
        name = spec["destination"]["namespace"]
        managed = policy.get("managedNamespaceMetadata") or {}
        namespaces[name] = {"apiVersion": "v1", "kind": "Namespace",
                            "metadata": {"name": name, **{k: managed[k] for k in ("labels", "annotations") if k in managed}}}
    return [namespaces[n] for n in sorted(namespaces) if n not in PREEXISTING_NAMESPACES]


def apply_crds(plane: ControlPlane, crds: list[Manifest]) -> int:
    for m in crds:
        plane.apply(m.obj, FIELD_MANAGER)
    plane.wait_established(sorted({m.obj["metadata"]["name"] for m in crds}))
    return len(crds)


def addon_manifests(env: str) -> tuple[list[Manifest], list[str]]:
    """What each add-on Application of `env` applies (tools/addon_render.py), and the add-ons whose chart source
    is unavailable (with the reason). A render that fails raises."""
    kube, apis = addon_render.kube_version(env), addon_render.api_versions()
    found, unavailable = [], []
    for source in addon_render.applications(env):
        try:
            rendered = addon_render.render(source, kube, apis)
        except addon_render.Unavailable as e:
            unavailable.append(f"{source.app}: {e}")
            continue
        for obj in rendered.applied():
            found.append(Manifest(f"{source.app} ({source.chart} {source.version})", obj, source.wave, source.namespace))
    return found, unavailable


def _placed(plane: ControlPlane, m: Manifest) -> dict:
    """The object as Argo CD sends it: a namespaced object without a namespace gets its Application's
    destination, a cluster-scoped one loses any namespace a chart wrote."""
    meta = dict(m.obj["metadata"])
    if plane.resource(m.obj["apiVersion"], m.obj["kind"])["namespaced"]:
        meta.setdefault("namespace", m.destination)
    else:
        meta.pop("namespace", None)
    return {**m.obj, "metadata": meta}


def sync_env(plane: ControlPlane, env: str, crd_dir: pathlib.Path = CRD_DIR) -> SyncResult:
    """Apply the CRDs (upstream copies, then the charts'), the namespaces Argo CD creates, then every object of
    `env` and of its rendered add-ons in sync order; every refusal is collected (with the file or add-on and
    the object it came from), so one run lists them all."""
    addons, unavailable = addon_manifests(env)
    chart_crds = [m for m in addons if m.obj["kind"] == "CustomResourceDefinition"]
    result = SyncResult(unavailable=unavailable)
    result.crds = apply_crds(plane, [m for m in load([crd_dir]) if m.obj.get("kind") == "CustomResourceDefinition"])
    result.crds += apply_crds(plane, chart_crds)
    manifests = load(env_paths(env))
    result.charts = sorted({m.source for m in addons})
    for ns in created_namespaces(manifests):
        plane.apply(ns, FIELD_MANAGER)
        result.namespaces_created.append(ns["metadata"]["name"])
    for m in sync_order(manifests + addons):
        try:
            obj = _placed(plane, m)
            plane.apply(obj, FIELD_MANAGER, dry_run=obj["kind"] in DRY_RUN_KINDS)
        except ApiError as e:
            result.errors.append(f"{m.label}: {e.status} {e.message}")
            continue
        result.applied += 1
        result.applied_addons += m.app_wave is not None
        result.manifests.append(dataclasses.replace(m, obj=obj))
    return result
