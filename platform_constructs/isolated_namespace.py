"""IsolatedNamespace: one team's namespace in one environment, closed by default."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label, quantity
from .network import Peer, Port, connect, isolate
from .settings import EnvironmentSettings, HumanAccess

_READ = ["get", "list", "watch"]
_WRITE = ["create", "update", "patch", "delete"]
# What people may look at in a team namespace. Secrets are deliberately absent.
_READABLE = {
    "": ["pods", "pods/log", "services", "endpoints", "configmaps", "events", "persistentvolumeclaims",
         "serviceaccounts", "resourcequotas", "limitranges"],
    "apps": ["deployments", "replicasets", "statefulsets"],
    "batch": ["jobs", "cronjobs"],
    "autoscaling": ["horizontalpodautoscalers"],
    "policy": ["poddisruptionbudgets"],
    "networking.k8s.io": ["ingresses", "networkpolicies"],
    "discovery.k8s.io": ["endpointslices"],
    "argoproj.io": ["rollouts", "analysisruns", "analysistemplates"],
}
# What people may change where the environment allows edits. NetworkPolicies, quotas and RBAC stay platform-owned.
_EDITABLE = {
    "": ["pods", "services", "configmaps"],
    "apps": ["deployments", "statefulsets"],
    "batch": ["jobs", "cronjobs"],
    "autoscaling": ["horizontalpodautoscalers"],
    "policy": ["poddisruptionbudgets"],
    "networking.k8s.io": ["ingresses"],
    "argoproj.io": ["rollouts"],
}


@dataclass(frozen=True, kw_only=True, slots=True)
class IsolatedNamespaceProps:
    """Props of an IsolatedNamespace."""

    name: str
    """The namespace name (DNS-1123 label)."""
    team: str
    """The owning team, written to the `platform.example.com/team` label."""
    env: EnvironmentSettings
    """The environment; sets quota, limit defaults and how much people may do."""
    developer_groups: Sequence[str] = ()
    """Identity-provider groups of the team's engineers. Default: none, so nobody is bound until named."""
    viewer_groups: Sequence[str] = ()
    """Groups with read-only access (support, auditors). Default: none."""
    extra_labels: dict[str, str] = field(default_factory=dict)
    """Extra namespace labels. Default: none."""


class IsolatedNamespace(Construct):
    """A namespace with Pod Security `restricted`, default-deny traffic, quotas, limits and least-privilege RBAC.

    Children (their ids are part of the contract, since they name objects): `Resource` (the Namespace),
    `DefaultDeny`, `AllowDns`, `Quota`, `Limits`, `DefaultServiceAccount`, `DeveloperRole`,
    `ViewerRole` and their bindings.
    """

    def __init__(self, scope: Construct, id: str, *, props: IsolatedNamespaceProps):
        with unique_id(scope, id, "IsolatedNamespace"):
            super().__init__(scope, id)
        _validate(props, self)
        self.name = props.name
        self.env = props.env
        ns, env = props.name, props.env

        labels = {
            "pod-security.kubernetes.io/enforce": "restricted",
            "pod-security.kubernetes.io/enforce-version": env.pod_security_version,
            "pod-security.kubernetes.io/audit": "restricted",
            "pod-security.kubernetes.io/audit-version": env.pod_security_version,
            "pod-security.kubernetes.io/warn": "restricted",
            "pod-security.kubernetes.io/warn-version": env.pod_security_version,
            "platform.example.com/team": props.team,
            "platform.example.com/environment": env.name,
            **props.extra_labels,
        }
        k8s.KubeNamespace(self, "Resource", metadata=k8s.ObjectMeta(name=ns, labels=labels))

        meta = lambda name: k8s.ObjectMeta(name=name, namespace=ns)  # noqa: E731
        isolate(self, ns)

        q = env.quota
        hard = {
            "requests.cpu": q.requests_cpu, "requests.memory": q.requests_memory,
            "limits.cpu": q.limits_cpu, "limits.memory": q.limits_memory,
            "pods": str(q.pods), "persistentvolumeclaims": str(q.persistent_volume_claims),
            "requests.storage": q.requests_storage,
            "services.loadbalancers": str(q.load_balancers), "services.nodeports": str(q.node_ports),
        }
        k8s.KubeResourceQuota(self, "Quota", metadata=meta("quota"), spec=k8s.ResourceQuotaSpec(
            hard={k: quantity(v) for k, v in hard.items()}))
        r = env.resources
        k8s.KubeLimitRange(self, "Limits", metadata=meta("limits"), spec=k8s.LimitRangeSpec(limits=[k8s.LimitRangeItem(
            type="Container",
            default_request={"cpu": quantity(r.cpu_request), "memory": quantity(r.memory_request)},
            default={"cpu": quantity(r.cpu_limit), "memory": quantity(r.memory_limit)},
        )]))

        # Workloads get their own ServiceAccounts; the default one must not hand out API tokens.
        k8s.KubeServiceAccount(self, "DefaultServiceAccount", metadata=meta("default"), automount_service_account_token=False)

        self._bind("Developer", "developer", props.developer_groups, _developer_rules(env))
        self._bind("Viewer", "viewer", props.viewer_groups, _rules(_READABLE, _READ))

    @property
    def peer(self) -> Peer:
        """Every pod in this namespace, as a network peer."""
        return Peer(key=self.name, namespace=self.name, owner=self)

    def allow_from(self, peer: Peer, ports: Sequence[Port] = ()) -> list[k8s.KubeNetworkPolicy]:
        """Admit traffic from `peer` into this namespace (on `ports`, or any port). Returns the policies created."""
        return connect(peer, self.peer, ports)

    def allow_to(self, peer: Peer, ports: Sequence[Port] = ()) -> list[k8s.KubeNetworkPolicy]:
        """Let pods in this namespace reach `peer` (on `ports`, or any port). Returns the policies created."""
        return connect(self.peer, peer, ports)

    def _bind(self, id: str, name: str, groups: Sequence[str], rules: list[k8s.PolicyRule]) -> None:
        k8s.KubeRole(self, f"{id}Role", metadata=k8s.ObjectMeta(name=name, namespace=self.name), rules=rules)
        if groups:
            k8s.KubeRoleBinding(
                self, f"{id}RoleBinding", metadata=k8s.ObjectMeta(name=name, namespace=self.name),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=name),
                subjects=[k8s.Subject(kind="Group", name=g, api_group="rbac.authorization.k8s.io") for g in sorted(groups)])


def _rules(groups: dict[str, list[str]], verbs: list[str]) -> list[k8s.PolicyRule]:
    return [k8s.PolicyRule(api_groups=[g], resources=list(res), verbs=list(verbs)) for g, res in groups.items()]


def _developer_rules(env: EnvironmentSettings) -> list[k8s.PolicyRule]:
    rules = _rules(_READABLE, _READ)
    if env.human_access is HumanAccess.EDIT:
        rules += _rules(_EDITABLE, _WRITE)
    if env.allow_exec:
        rules.append(k8s.PolicyRule(api_groups=[""], resources=["pods/exec", "pods/portforward"], verbs=["create", "get"]))
    if env.allow_secret_read:
        rules.append(k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=_READ))
    return rules


def _validate(props: IsolatedNamespaceProps, at: Construct) -> None:
    p = Problems("IsolatedNamespace", at)
    p.check(is_dns1123_label(props.name), "name", props.name, DNS1123_RULE)
    p.check(is_dns1123_label(props.team), "team", props.team, DNS1123_RULE)
    p.check(props.name not in ("default", "kube-system", "kube-public", "kube-node-lease"), "name", props.name,
            "a team namespace, not one of Kubernetes' own")
    p.extend("env.", props.env.problems())
    for i, g in enumerate(props.developer_groups):
        p.check(isinstance(g, str) and bool(g.strip()), f"developer_groups[{i}]", g, "a non-empty group name")
    for i, g in enumerate(props.viewer_groups):
        p.check(isinstance(g, str) and bool(g.strip()), f"viewer_groups[{i}]", g, "a non-empty group name")
    p.raise_if_any()
