"""The allowed traffic of an environment, computed from its rendered NetworkPolicies, and drawn.

Kubernetes semantics: a pod is isolated for ingress (egress) once any policy of that type selects it, and
then only what some such policy allows gets through; a namespace without policies is open. A connection
from A to B exists only where both ends agree: A's egress allows B and B's ingress allows A, on the
ports both allow. Edges where neither end is governed by a policy (two open namespaces) are left out:
nothing there is a decision.

    edges = traffic_edges(manifests)      # manifests: one environment's rendered objects
    to_mermaid(edges, title="prod")       # Markdown with a Mermaid flowchart (GitHub renders it)
    to_svg(edges)                         # a small self-contained SVG

Pure Python and deterministic: the same manifests give byte-identical text.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import yaml

NAMESPACE_LABEL = "kubernetes.io/metadata.name"
# The GitOps tree's layout: platform/<env>/, clusters/<env>/, apps/<app>/envs/<env>/.
_ENV_OF_PATH = re.compile(r"^(?:platform|clusters)/([^/]+)/|^apps/[^/]+/envs/([^/]+)/")
_APP_LABELS = ("app.kubernetes.io/name", "k8s-app", "app")


@dataclass(frozen=True, order=True, slots=True)
class Endpoint:
    """Pods in a namespace that carry `labels` (all of its pods when empty), or an address block."""

    namespace: str = ""
    labels: tuple[tuple[str, str], ...] = ()
    cidr: str = ""

    @property
    def name(self) -> str:
        if self.cidr:
            return self.cidr
        if not self.labels:
            return f"{self.namespace} (all pods)"
        found = dict(self.labels)
        app = next((found[k] for k in _APP_LABELS if k in found), None)
        return f"{self.namespace}/{app or ','.join(f'{k}={v}' for k, v in self.labels)}"


@dataclass(frozen=True, order=True, slots=True)
class Edge:
    """`source` may open connections to `destination` on `ports` ('TCP/5432'; empty means any port)."""

    source: Endpoint
    destination: Endpoint
    ports: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.source.name} -> {self.destination.name} [{', '.join(self.ports) or 'any port'}]"


# -- the graph ------------------------------------------------------------------------------------


def _selector_matches(selector: Mapping | None, labels: Mapping[str, str]) -> bool:
    selector = selector or {}
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for e in selector.get("matchExpressions") or []:
        key, op, values = e["key"], e["operator"], e.get("values") or []
        ok = {"In": key in labels and labels[key] in values, "NotIn": labels.get(key) not in values,
              "Exists": key in labels, "DoesNotExist": key not in labels}[op]
        if not ok:
            return False
    return True


def _selects(selector: Mapping | None, endpoint: Endpoint) -> bool:
    """Whether every pod of `endpoint` matches a pod selector (an endpoint knows only its own labels)."""
    return not endpoint.cidr and _selector_matches(selector, dict(endpoint.labels))


def _ports(rule: Mapping) -> frozenset[str] | None:
    ports = rule.get("ports")
    if not ports:
        return None  # any port
    return frozenset(f"{p.get('protocol', 'TCP')}/{p['port']}" if "port" in p else f"{p.get('protocol', 'TCP')}/*"
                     for p in ports)


def _union(a: frozenset[str] | None, b: frozenset[str] | None, first: bool) -> frozenset[str] | None:
    if first:
        return b
    return None if a is None or b is None else a | b


def _intersect(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    return a if b is None else a & b


class _Graph:
    def __init__(self, manifests: Iterable[Mapping]):
        self.namespaces: dict[str, dict[str, str]] = {}
        self.policies: list[Mapping] = []
        for m in manifests:
            if m.get("kind") == "Namespace":
                name = m["metadata"]["name"]
                self.namespaces[name] = {**(m["metadata"].get("labels") or {}), NAMESPACE_LABEL: name}
            elif m.get("kind") == "NetworkPolicy" and m.get("apiVersion") == "networking.k8s.io/v1":
                self.policies.append(m)
        for p in self.policies:  # namespaces known only by name (not rendered here) still have the name label
            self._known(p["metadata"].get("namespace") or "default")
            for _, peer in self._peers(p):
                if (name := ((peer.get("namespaceSelector") or {}).get("matchLabels") or {}).get(NAMESPACE_LABEL)):
                    self._known(name)

    def _known(self, name: str) -> None:
        self.namespaces.setdefault(name, {NAMESPACE_LABEL: name})

    @staticmethod
    def _types(p: Mapping) -> list[str]:
        spec = p.get("spec") or {}
        return spec.get("policyTypes") or (["Ingress"] + (["Egress"] if "egress" in spec else []))

    @staticmethod
    def _peers(p: Mapping) -> Iterable[tuple[str, Mapping]]:
        spec = p.get("spec") or {}
        for rule in spec.get("ingress") or []:
            for peer in rule.get("from") or []:
                yield "Ingress", peer
        for rule in spec.get("egress") or []:
            for peer in rule.get("to") or []:
                yield "Egress", peer

    def endpoints(self) -> list[Endpoint]:
        found = {Endpoint(ns) for ns in self.namespaces}
        for p in self.policies:
            ns = p["metadata"].get("namespace") or "default"
            found.add(Endpoint(ns, _labels((p.get("spec") or {}).get("podSelector"))))
            for _, peer in self._peers(p):
                if "ipBlock" in peer:
                    found.add(Endpoint(cidr=peer["ipBlock"]["cidr"]))
                    continue
                labels = _labels(peer.get("podSelector"))
                for name in self._peer_namespaces(ns, peer):
                    found.add(Endpoint(name, labels))
        return sorted(found)

    def _peer_namespaces(self, own: str, peer: Mapping) -> list[str]:
        if "namespaceSelector" not in peer:
            return [own]
        return sorted(n for n, labels in self.namespaces.items() if _selector_matches(peer["namespaceSelector"], labels))

    def _peer_matches(self, own: str, peer: Mapping, other: Endpoint) -> bool:
        if "ipBlock" in peer:
            return other.cidr == peer["ipBlock"]["cidr"]
        if other.cidr or other.namespace not in self._peer_namespaces(own, peer):
            return False
        return _selects(peer.get("podSelector"), other)

    def allowed(self, direction: str, at: Endpoint, other: Endpoint) -> tuple[bool, frozenset[str] | None]:
        """(governed, ports): whether policies govern `at` in `direction`, and the ports they allow towards
        `other` (None: any port; an empty set: nothing)."""
        if at.cidr:
            return False, None  # outside the cluster: no NetworkPolicy there
        key, peers_key = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
        governing = [p for p in self.policies if (p["metadata"].get("namespace") or "default") == at.namespace
                     and direction in self._types(p) and _selects((p.get("spec") or {}).get("podSelector"), at)]
        if not governing:
            return False, None
        ports: frozenset[str] | None = frozenset()
        first = True
        for p in governing:
            for rule in (p.get("spec") or {}).get(key) or []:
                peers = rule.get(peers_key)
                if not peers or any(self._peer_matches(at.namespace, peer, other) for peer in peers):
                    ports = _union(ports, _ports(rule), first)
                    first = False
        return True, ports


def _labels(selector: Mapping | None) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((selector or {}).get("matchLabels") or {}).items()))


def traffic_edges(manifests: Iterable[Mapping]) -> list[Edge]:
    """Every allowed connection between the endpoints the NetworkPolicies and Namespaces name."""
    graph = _Graph(manifests)
    endpoints = graph.endpoints()
    edges: dict[tuple[Endpoint, Endpoint], frozenset[str] | None] = {}
    for src in endpoints:
        for dst in endpoints:
            if src == dst or (src.cidr and dst.cidr):
                continue
            out_governed, out_ports = graph.allowed("Egress", src, dst)
            in_governed, in_ports = graph.allowed("Ingress", dst, src)
            if not (out_governed or in_governed):
                continue
            ports = _intersect(out_ports, in_ports)
            if ports is None or ports:
                edges[(src, dst)] = ports
    # An edge from (to) a labelled group is implied when the whole namespace has the same edge.
    implied = set()
    for (src, dst), ports in edges.items():
        for wider in ((Endpoint(src.namespace), dst), (src, Endpoint(dst.namespace)),
                      (Endpoint(src.namespace), Endpoint(dst.namespace))):
            if wider != (src, dst) and not (src.cidr or dst.cidr) and wider in edges and edges[wider] == ports:
                implied.add((src, dst))
    return sorted(Edge(s, d, tuple(sorted(p or ()))) for (s, d), p in edges.items() if (s, d) not in implied)


# -- references -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Inventory:
    """What one environment's manifests put where, to check that references lead somewhere.

    `rendered`: the Namespaces rendered here, whose apps and Services all come from these manifests.
    `deployed`: the namespaces Argo CD Applications deploy into (add-ons whose objects come from Helm charts).
    `apps` and `services`: per rendered namespace, the app names (app.kubernetes.io/name) its pod templates
    carry and its Services' names.
    """

    rendered: frozenset[str]
    deployed: frozenset[str]
    apps: Mapping[str, frozenset[str]]
    services: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, manifests: Iterable[Mapping]) -> Inventory:
        rendered, deployed = set(), set()
        apps: dict[str, set[str]] = defaultdict(set)
        services: dict[str, set[str]] = defaultdict(set)
        for m in manifests:
            meta, spec = m.get("metadata") or {}, m.get("spec") or {}
            if m.get("kind") == "Namespace":
                rendered.add(meta["name"])
            elif m.get("kind") == "Application" and (ns := (spec.get("destination") or {}).get("namespace")):
                deployed.add(ns)
            elif m.get("kind") == "Service":
                services[meta.get("namespace") or "default"].add(meta["name"])
            elif (name := _pod_labels(m).get(_APP_LABELS[0])) is not None:
                apps[meta.get("namespace") or "default"].add(name)
        return cls(frozenset(rendered), frozenset(deployed), {k: frozenset(v) for k, v in apps.items()},
                   {k: frozenset(v) for k, v in services.items()})

    def problem(self, namespace: str, *, app: str | None = None, service: str | None = None) -> str | None:
        """Why `app` (or `service`) in `namespace` leads nowhere here, or None when it exists (or may: a namespace
        Argo CD deploys add-ons into has objects these manifests do not show)."""
        if namespace not in self.rendered | self.deployed:
            known = ", ".join(f"'{n}'" for n in sorted(self.rendered | self.deployed))
            return f"namespace '{namespace}' is neither rendered nor deployed into here (namespaces: {known})"
        for kind, name, found in (("app", app, self.apps), ("Service", service, self.services)):
            if name is not None and namespace in self.rendered and name not in found.get(namespace, ()):
                there = ", ".join(f"'{n}'" for n in sorted(found.get(namespace, ()))) or "none"
                return f"no {kind} '{name}' in namespace '{namespace}' ({kind}s there: {there})"
        return None


def _pod_labels(manifest: Mapping) -> Mapping[str, str]:
    """The labels of the pods a manifest runs: a Pod's own, a CronJob's job template's, a controller's template's."""
    spec = manifest.get("spec") or {}
    if manifest.get("kind") == "Pod":
        return (manifest.get("metadata") or {}).get("labels") or {}
    if manifest.get("kind") == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    template = spec.get("template")
    return ((template.get("metadata") or {}).get("labels") or {}) if isinstance(template, Mapping) else {}


def dangling_peers(manifests: Iterable[Mapping]) -> list[str]:
    """NetworkPolicy peers that lead nowhere in one environment: a namespace nothing renders or deploys into, or
    an app (`Peer.app`'s app.kubernetes.io/name) no pod template of a rendered namespace carries. A typo there
    is silent in Kubernetes: the policy selects nothing and the connection is refused."""
    manifests = list(manifests)
    inventory = Inventory.of(manifests)
    out = []
    for p in _Graph(manifests).policies:
        own = p["metadata"].get("namespace") or "default"
        for _, peer in _Graph._peers(p):
            if "ipBlock" in peer:
                continue
            by_name = ((peer.get("namespaceSelector") or {}).get("matchLabels") or {}).get(NAMESPACE_LABEL)
            namespace = by_name if "namespaceSelector" in peer else own
            if namespace is None:
                continue  # namespaces chosen by other labels: no single name to check
            app = ((peer.get("podSelector") or {}).get("matchLabels") or {}).get(_APP_LABELS[0])
            if (why := inventory.problem(namespace, app=app)) is not None:
                name = Endpoint(namespace, _labels(peer.get("podSelector"))).name
                out.append(f"NetworkPolicy '{own}/{p['metadata']['name']}': peer {name}: {why}")
    return out


# -- drawings -------------------------------------------------------------------------------------


def _node_ids(edges: list[Edge]) -> dict[Endpoint, str]:
    nodes = sorted({e.source for e in edges} | {e.destination for e in edges})
    return {n: f"n{i}" for i, n in enumerate(nodes)}


def to_mermaid(edges: list[Edge], *, title: str) -> str:
    """Markdown: a heading, a Mermaid flowchart grouped by namespace, and the edges as a list."""
    ids = _node_ids(edges)
    lines = [f"# Allowed traffic: {title}", "",
             "Computed from the rendered NetworkPolicies (`platform_constructs.traffic`); do not edit.", "",
             "```mermaid", "flowchart LR"]
    by_ns: dict[str, list[Endpoint]] = defaultdict(list)
    for node in ids:
        by_ns[node.namespace or "outside the cluster"].append(node)
    for i, (ns, nodes) in enumerate(sorted(by_ns.items())):
        lines.append(f'  subgraph g{i}["{_mm(ns)}"]')
        for node in nodes:
            label = node.cidr or (node.name.split("/", 1)[1] if node.labels else "all pods")
            lines.append(f'    {ids[node]}["{_mm(label)}"]')
        lines.append("  end")
    for e in edges:
        lines.append(f'  {ids[e.source]} -->|"{_mm(", ".join(e.ports) or "any port")}"| {ids[e.destination]}')
    lines += ["```", "", "| from | to | ports |", "| --- | --- | --- |"]
    lines += [f"| {e.source.name} | {e.destination.name} | {', '.join(e.ports) or 'any'} |" for e in edges]
    return "\n".join(lines) + "\n"


def _mm(text: str) -> str:
    return text.replace('"', "#quot;")


def to_svg(edges: list[Edge]) -> str:
    """A left-to-right drawing: each endpoint in the column of its longest path from a source."""
    ids = _node_ids(edges)
    rank = {n: 0 for n in ids}
    for _ in ids:  # longest path, bounded by the node count (cycles stop growing there)
        for e in edges:
            if e.source != e.destination and rank[e.destination] < rank[e.source] + 1 <= len(ids):
                rank[e.destination] = rank[e.source] + 1
    columns: dict[int, list[Endpoint]] = defaultdict(list)
    for node in sorted(ids):
        columns[rank[node]].append(node)
    w, h, gap_x, gap_y, margin = 220, 40, 120, 30, 20
    pos = {node: (margin + c * (w + gap_x), margin + r * (h + gap_y))
           for c, nodes in columns.items() for r, node in enumerate(nodes)}
    width = margin * 2 + (max(columns, default=0) + 1) * (w + gap_x) - gap_x
    height = margin * 2 + max((len(v) for v in columns.values()), default=1) * (h + gap_y) - gap_y
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
           'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#444"/></marker></defs>',
           f'<rect width="{width}" height="{height}" fill="#fff"/>']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e.source], pos[e.destination]
        sx, sy = x1 + w, y1 + h // 2
        dx, dy = (x2, y2 + h // 2) if x2 > x1 else (x2 + w // 2, y2 + (0 if y2 > y1 else h))
        out.append(f'<line x1="{sx}" y1="{sy}" x2="{dx}" y2="{dy}" stroke="#444" marker-end="url(#arrow)"/>')
        out.append(f'<text x="{(sx + dx) // 2}" y="{(sy + dy) // 2 - 4}" text-anchor="middle" fill="#333">'
                   f'{html.escape(", ".join(e.ports) or "any port")}</text>')
    for node, (x, y) in sorted(pos.items()):
        fill = "#fdf2e9" if node.cidr else ("#eef4fb" if node.labels else "#f4f4f4")
        out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{fill}" stroke="#557"/>')
        out.append(f'<text x="{x + w // 2}" y="{y + h // 2 + 4}" text-anchor="middle">{html.escape(node.name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def diagrams(manifests: Iterable[Mapping], *, title: str) -> dict[str, str]:
    """{'md': Mermaid markdown, 'svg': SVG} for one environment's manifests."""
    edges = traffic_edges(manifests)
    return {"md": to_mermaid(edges, title=title), "svg": to_svg(edges)}


def environment_of(path: str) -> str | None:
    """The environment a rendered file belongs to, from its place in the GitOps tree (None: no environment)."""
    m = _ENV_OF_PATH.match(path)
    return (m.group(1) or m.group(2)) if m else None


def diagram_files(files: Mapping[str, str]) -> dict[str, str]:
    """{'<env>.md': ..., '<env>.svg': ...} for a rendered tree given as {relative path: YAML text}."""
    return object_diagrams({f"{path}#{i}": d for path, text in files.items() if environment_of(path) is not None
                            for i, d in enumerate(yaml.safe_load_all(text)) if d})


def object_diagrams(objects: Mapping[str, Mapping]) -> dict[str, str]:
    """The same for a rendered tree given as {relative path: manifest}, as the synth has it (not read back)."""
    by_env: dict[str, list[Mapping]] = defaultdict(list)
    for path, manifest in objects.items():
        if (env := environment_of(path)) is not None:
            by_env[env].append(manifest)
    out = {}
    for env in sorted(by_env):
        for ext, text in diagrams(by_env[env], title=env).items():
            out[f"{env}.{ext}"] = text
    return out
