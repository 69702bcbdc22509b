"""Network peers and ports, and the one function that renders both sides of an allowed connection."""
from __future__ import annotations

import enum
import hashlib
import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._errors import Problem
from ._k8s import int_or_string

NAME_LABEL = "app.kubernetes.io/name"
NAMESPACE_LABEL = "kubernetes.io/metadata.name"


class Protocol_(enum.Enum):
    TCP = "TCP"
    UDP = "UDP"


@dataclass(frozen=True, slots=True)
class Port:
    """A port and protocol a connection may use. Build with `Port.tcp(5432)` or `Port.udp(53)`."""

    number: int
    protocol: Protocol_ = Protocol_.TCP

    @classmethod
    def tcp(cls, number: int) -> Port:
        return cls(number, Protocol_.TCP)

    @classmethod
    def udp(cls, number: int) -> Port:
        return cls(number, Protocol_.UDP)

    def problem(self, field_name: str) -> Problem | None:
        ok = isinstance(self.number, int) and not isinstance(self.number, bool) and 1 <= self.number <= 65535
        return None if ok else Problem(field_name, self.number, "a port number from 1 to 65535")

    def render(self) -> k8s.NetworkPolicyPort:
        return k8s.NetworkPolicyPort(port=int_or_string(self.number), protocol=self.protocol.value)


@dataclass(frozen=True, slots=True)
class Peer:
    """One side of a connection: pods in a namespace, a whole namespace, or an address block.

    `owner` is the construct in this app that renders policies for the peer's side,
    when the peer is part of the same cdk8s app (an IsolatedNamespace or SecureApp).
    """

    key: str
    namespace: str | None = None
    pod_labels: Mapping[str, str] | None = None
    cidr: str | None = None
    owner: Construct | None = field(default=None, compare=False, hash=False)

    @classmethod
    def namespace_pods(cls, namespace: str, pod_labels: Mapping[str, str] | None = None) -> Peer:
        """Pods in another namespace (all of them, or those matching `pod_labels`)."""
        suffix = "-".join(v for _, v in sorted((pod_labels or {}).items()))
        return cls(key=f"{namespace}{'-' + suffix if suffix and suffix != namespace else ''}",
                   namespace=namespace, pod_labels=dict(pod_labels) if pod_labels else None)

    @classmethod
    def app(cls, namespace: str, app: str) -> Peer:
        """The pods of one app (by `app.kubernetes.io/name`) in a namespace."""
        return cls(key=f"{namespace}-{app}" if namespace != app else app, namespace=namespace, pod_labels={NAME_LABEL: app})

    @classmethod
    def ip_block(cls, cidr: str) -> Peer:
        """An address block outside the cluster, such as a VPC endpoint range."""
        return cls(key="cidr-" + cidr.replace("/", "-").replace(".", "-").replace(":", "-"), cidr=cidr)

    def problem(self, field_name: str) -> Problem | None:
        if self.cidr is not None:
            try:
                ipaddress.ip_network(self.cidr)
            except ValueError:
                return Problem(field_name, self.cidr, "a CIDR block such as '10.0.0.0/16'")
        elif self.namespace is None:
            return Problem(field_name, self.key, "a peer with a namespace or a CIDR block, such as Peer.app(...) or Peer.ip_block(...)")
        return None

    def render(self) -> k8s.NetworkPolicyPeer:
        if self.cidr is not None:
            return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=self.cidr))
        if self.namespace is None:
            raise ValueError(f"peer {self.key!r} has neither a namespace nor a CIDR block: check problem() first")
        return k8s.NetworkPolicyPeer(
            namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_LABEL: self.namespace}),
            pod_selector=k8s.LabelSelector(match_labels=dict(self.pod_labels or {})),
        )


KUBE_DNS = Peer.namespace_pods("kube-system", {"k8s-app": "kube-dns"})


def isolate(scope: Construct, namespace: str) -> None:
    """Deny all traffic to and from every pod of `namespace` but DNS to kube-dns (UDP and TCP 53): policies
    'default-deny' and 'allow-dns', child ids `DefaultDeny` and `AllowDns` of `scope`."""
    meta = lambda name: k8s.ObjectMeta(name=name, namespace=namespace)  # noqa: E731
    k8s.KubeNetworkPolicy(scope, "DefaultDeny", metadata=meta("default-deny"), spec=k8s.NetworkPolicySpec(
        pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]))
    k8s.KubeNetworkPolicy(scope, "AllowDns", metadata=meta("allow-dns"), spec=k8s.NetworkPolicySpec(
        pod_selector=k8s.LabelSelector(), policy_types=["Egress"],
        egress=[k8s.NetworkPolicyEgressRule(to=[KUBE_DNS.render()], ports=[Port.udp(53).render(), Port.tcp(53).render()])]))


def policy_name(prefix: str, direction: str, peer: Peer) -> str:
    """A stable DNS-1123 name for a policy, shortened with a hash when it would pass 63 characters."""
    name = f"{prefix}-{direction}-{peer.key}"
    if len(name) <= 63:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    return f"{name[:54].rstrip('-')}-{digest}"


def _policy(owner: Construct, name: str, namespace: str, selector: Mapping[str, str], *,
            ingress_from: Peer | None = None, egress_to: Peer | None = None,
            ports: Sequence[Port]) -> k8s.KubeNetworkPolicy:
    # Allowing the same connection twice is idempotent: the rule is already there. The registry lives on
    # the owning construct (Python side), so the check costs no call into the jsii kernel.
    existing: dict[str, k8s.KubeNetworkPolicy] = owner.__dict__.setdefault("_network_policies", {})
    if name in existing:
        return existing[name]
    rendered_ports = [p.render() for p in ports] or None
    spec = k8s.NetworkPolicySpec(
        pod_selector=k8s.LabelSelector(match_labels=dict(selector)),
        policy_types=["Ingress"] if ingress_from else ["Egress"],
        ingress=[k8s.NetworkPolicyIngressRule(from_=[ingress_from.render()], ports=rendered_ports)] if ingress_from else None,
        egress=[k8s.NetworkPolicyEgressRule(to=[egress_to.render()], ports=rendered_ports)] if egress_to else None,
    )
    existing[name] = k8s.KubeNetworkPolicy(owner, name, metadata=k8s.ObjectMeta(name=name, namespace=namespace), spec=spec)
    return existing[name]


def connect(source: Peer, destination: Peer, ports: Sequence[Port]) -> list[k8s.KubeNetworkPolicy]:
    """Render the policies that allow `source` to reach `destination` on `ports`, on every side this app owns.

    The destination's side gets an ingress rule, the source's side an egress rule; a side
    outside this app (no `owner`) is left to whoever owns it. Returns what was created.
    """
    created: list[k8s.KubeNetworkPolicy] = []
    if destination.owner is not None and destination.namespace:
        created.append(_policy(destination.owner, policy_name(_prefix(destination), "from", source),
                               destination.namespace, destination.pod_labels or {}, ingress_from=source, ports=ports))
    if source.owner is not None and source.namespace:
        created.append(_policy(source.owner, policy_name(_prefix(source), "to", destination),
                               source.namespace, source.pod_labels or {}, egress_to=destination, ports=ports))
    return created


def _prefix(peer: Peer) -> str:
    return (peer.pod_labels or {}).get(NAME_LABEL) or "allow"
