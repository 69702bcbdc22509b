"""The chart a team repository renders its apps into: what it holds, the team's AppProject can sync.

A team's Applications belong to its AppProject (`argocd.TeamProject`), which syncs only the namespaced kinds in
`argocd.TEAM_KINDS`, into the team's namespace, and the cluster-scoped kinds in `argocd.TEAM_CLUSTER_KINDS`
(none). An object outside that would render here and then fail in Argo CD ("resource ... is not permitted in
project"), after review and merge; `TeamChart` refuses it when the chart is rendered, naming the object, its kind
and why, from the same two lists the AppProject is made of.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cdk8s import ApiObject
from constructs import Construct

from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label
from .argocd import ARGOCD_NAMESPACE, RESERVED_PROJECTS, TEAM_CLUSTER_KINDS, TEAM_KINDS
from .output import LayoutChart


def _names(kinds: Iterable[tuple[str, str]]) -> str:
    return ", ".join(f"{group}/{kind}" if group else kind for group, kind in kinds)


_CLUSTER_SCOPED = (f"only these cluster-scoped kinds: {_names(TEAM_CLUSTER_KINDS)} (clusterResourceWhitelist)" if TEAM_CLUSTER_KINDS
                   else "no cluster-scoped kind (its clusterResourceWhitelist is empty)")


class TeamChart(LayoutChart):
    """A chart of one team's objects, rendered into `path` of the team's tree.

    `team` is the team's name in the platform's catalogue (its AppProject's name); `namespace` the namespace the
    platform made for it (default: the team's name, as the platform names team namespaces). Every object must be
    of a kind the team's AppProject syncs and sit in that namespace; `to_json` (and so `render`) raises a
    `PropsError` listing each one that does not. Default `path`: the chart's id.
    """

    def __init__(self, scope: Construct, id: str, *, team: str, namespace: str | None = None, path: str | None = None):
        with unique_id(scope, id, "TeamChart"):
            super().__init__(scope, id, path=id if path is None else path)
        namespace = team if namespace is None else namespace
        p = Problems("TeamChart", self)
        p.check(is_dns1123_label(team), "team", team, DNS1123_RULE)
        p.check(team not in RESERVED_PROJECTS, "team", team,
                f"a team's name, not {' or '.join(repr(n) for n in RESERVED_PROJECTS)} (Argo CD's and the platform's projects)")
        p.check(is_dns1123_label(namespace), "namespace", namespace, DNS1123_RULE)
        p.check(namespace != ARGOCD_NAMESPACE, "namespace", namespace, "the team's namespace, not Argo CD's own")
        p.raise_if_any()
        self.team = team
        self.team_namespace = namespace

    def to_json(self) -> list[Any]:
        manifests = super().to_json()
        bad = [(m, problem) for m in manifests if (problem := self._problem(m)) is not None]
        if bad:
            v = Problems("TeamChart", self)
            for m, (field, value, allowed) in bad:
                v.add(f"{self._where(m)}.{field}", value, allowed)
            v.raise_if_any()
        return manifests

    def _problem(self, manifest: Mapping) -> tuple[str, object, str] | None:
        """(field, value, why) when the team's AppProject cannot sync `manifest`, else None."""
        group, kind = str(manifest.get("apiVersion", "")).rpartition("/")[0], str(manifest.get("kind"))
        namespace = (manifest.get("metadata") or {}).get("namespace")
        project = f"the team's AppProject '{self.team}'"
        if (group, kind) in TEAM_CLUSTER_KINDS and namespace is None:
            return None
        if (group, kind) not in TEAM_KINDS:
            if namespace is None:  # as the platform's tree files it, under `_cluster/`: a cluster-scoped object
                return ("kind", _names([(group, kind)]), f"a kind {project} syncs: it syncs {_CLUSTER_SCOPED}; Namespaces, "
                        "RBAC, CRDs and webhooks come from the platform")
            return ("kind", _names([(group, kind)]), f"a kind {project} syncs (namespaceResourceWhitelist: {_names(TEAM_KINDS)}); "
                    "Roles, Secrets, quotas and LimitRanges come from the platform")
        if namespace != self.team_namespace:
            return ("metadata.namespace", namespace,
                    f"'{self.team_namespace}', the team's namespace: the only destination {project} syncs to")
        return None

    def _where(self, manifest: Mapping) -> str:
        """'<construct path> (<kind> <namespace>/<name>)' for an object refused (the path lookup is jsii calls)."""
        meta = manifest.get("metadata") or {}
        kind, name, namespace = manifest.get("kind"), meta.get("name"), meta.get("namespace")
        objects = [o for o in self.node.find_all() if isinstance(o, ApiObject)]
        path = next((o.node.path for o in objects if o.kind == kind and o.name == name and o.metadata.namespace == namespace),
                    self.node.path)
        return f"{path} ({kind} {namespace + '/' if namespace else ''}{name})"


__all__ = ["TeamChart"]
