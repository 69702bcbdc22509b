"""Apply an environment's `dist/` tree the way Argo CD syncs it: CRDs first, then phase, sync wave, kind
order and name (gitops-engine's pkg/sync/sync_tasks.go), with each Namespace and CRD moved ahead of the
first object that needs it, by server-side apply under Argo CD's field manager."""
from __future__ import annotations

import dataclasses
import os
import pathlib

import yaml

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
# The API server's own namespaces. Argo CD's namespace is not among them: the bootstrap installs Argo CD
# into it, and the argo-cd Application (CreateNamespace=true) adopts it, so it is created with the others.
PREEXISTING_NAMESPACES = ("default", "kube-system", "kube-public", "kube-node-lease")


@dataclasses.dataclass(frozen=True)
class Manifest:
    source: str  # the file, relative to the repository
    obj: dict

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
    return int((m.obj["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0"))


def _phase(m: Manifest) -> int:
    hook = (m.obj["metadata"].get("annotations") or {}).get("argocd.argoproj.io/hook", "Sync")
    return min(PHASE_ORDER.get(h.strip(), 0) for h in hook.split(","))


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
    tasks = sorted(manifests, key=lambda m: (_phase(m), _wave(m), KIND_ORDER.get(m.obj["kind"], len(KIND_ORDER)),
                                             m.obj["metadata"]["name"]))
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


def apply_crds(plane: ControlPlane, crd_dir: pathlib.Path = CRD_DIR) -> int:
    crds = [m for m in load([crd_dir]) if m.obj.get("kind") == "CustomResourceDefinition"]
    for m in crds:
        plane.apply(m.obj, FIELD_MANAGER)
    plane.wait_established([m.obj["metadata"]["name"] for m in crds])
    return len(crds)


def sync_env(plane: ControlPlane, env: str, crd_dir: pathlib.Path = CRD_DIR) -> SyncResult:
    """Apply the CRDs, the namespaces Argo CD creates, then every object of `env` in sync order; every
    refusal is collected (with the file and object it came from), so one run lists them all."""
    result = SyncResult(crds=apply_crds(plane, crd_dir))
    manifests = load(env_paths(env))
    for ns in created_namespaces(manifests):
        plane.apply(ns, FIELD_MANAGER)
        result.namespaces_created.append(ns["metadata"]["name"])
    for m in sync_order(manifests):
        try:
            plane.apply(m.obj, FIELD_MANAGER)
            result.applied += 1
        except ApiError as e:
            result.errors.append(f"{m.label}: {e.status} {e.message}")
    return result
