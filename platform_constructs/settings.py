"""Typed per-environment settings: every difference between dev, stage and prod lives here."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from ._errors import Problem, Problems
from ._k8s import parse_quantity


class HumanAccess(enum.Enum):
    """What people (not CI, not Argo CD) may do inside a team namespace."""

    EDIT = "edit"
    READ_ONLY = "read-only"


@dataclass(frozen=True, kw_only=True, slots=True)
class SyncWindow:
    """A time window in which Argo CD may sync (cron schedule, duration, time zone)."""

    schedule: str
    """Cron schedule of the window's start, such as '0 9 * * 1-4'."""
    duration: str
    """How long the window stays open, such as '6h'."""
    time_zone: str = "UTC"
    """Default: UTC."""


class PolicyAction(enum.Enum):
    """What a guardrail does with a violation: report it, or refuse the object."""

    AUDIT = "Audit"
    ENFORCE = "Enforce"


@dataclass(frozen=True, kw_only=True, slots=True)
class Resources:
    """CPU and memory for one container; limits must not be below requests."""

    cpu_request: str = "100m"
    """Default: 100m, enough for a small HTTP service to start without throttling."""
    cpu_limit: str = "500m"
    """Default: 500m, so one busy pod cannot starve its node."""
    memory_request: str = "128Mi"
    """Default: 128Mi."""
    memory_limit: str = "256Mi"
    """Default: 256Mi; memory is not compressible, so the limit bounds an OOM blast radius."""

    def problems(self) -> list[Problem]:
        out: list[Problem] = []
        for kind in ("cpu", "memory"):
            req, lim = getattr(self, f"{kind}_request"), getattr(self, f"{kind}_limit")
            rq, lq = parse_quantity(req), parse_quantity(lim)
            if rq is None:
                out.append(Problem(f"resources.{kind}_request", req, "a Kubernetes quantity such as '250m' or '256Mi'"))
            elif rq <= 0:
                out.append(Problem(f"resources.{kind}_request", req, "a quantity above zero"))
            if lq is None:
                out.append(Problem(f"resources.{kind}_limit", lim, "a Kubernetes quantity such as '500m' or '512Mi'"))
            if rq is not None and lq is not None and lq < rq:
                out.append(Problem(f"resources.{kind}_limit", lim, f"at least the {kind} request '{req}'"))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class NamespaceQuota:
    """ResourceQuota for one team namespace; LoadBalancer and NodePort Services are off by default."""

    requests_cpu: str = "4"
    """Default: 4 cores requested in total across the namespace."""
    requests_memory: str = "8Gi"
    """Default: 8Gi requested in total."""
    limits_cpu: str = "8"
    """Default: 8 cores of limits in total."""
    limits_memory: str = "16Gi"
    """Default: 16Gi of limits in total."""
    pods: int = 40
    """Default: 40 pods, room for a rolling update of every workload at once."""
    persistent_volume_claims: int = 10
    """Default: 10 claims."""
    requests_storage: str = "200Gi"
    """Default: 200Gi of persistent storage in total."""
    load_balancers: int = 0
    """Default: 0. Traffic enters through the shared ingress controller, not per-team cloud load balancers."""
    node_ports: int = 0
    """Default: 0. NodePorts bypass NetworkPolicies on most CNIs and expose every node."""

    def problems(self) -> list[Problem]:
        out = [
            Problem(f"quota.{name}", getattr(self, name), "a Kubernetes quantity above zero")
            for name in ("requests_cpu", "requests_memory", "limits_cpu", "limits_memory", "requests_storage")
            if (q := parse_quantity(getattr(self, name))) is None or q <= 0
        ]
        out += [
            Problem(f"quota.{name}", getattr(self, name), "a whole number of at least 0")
            for name in ("pods", "persistent_volume_claims", "load_balancers", "node_ports")
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 0
        ]
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class EnvironmentSettings:
    """Everything that differs between environments. Constructs read these; they never branch on the name."""

    name: str
    """The environment's name, used in labels and output paths."""
    replicas: int = 2
    """Default: 2 replicas, so a node drain never takes an app down."""
    max_replicas: int = 6
    """Default: 6, the ceiling of each app's HorizontalPodAutoscaler."""
    resources: Resources = field(default_factory=Resources)
    """Default container resources (see Resources)."""
    quota: NamespaceQuota = field(default_factory=NamespaceQuota)
    """Each team namespace's ResourceQuota (see NamespaceQuota)."""
    domain: str = "example.com"
    """Default: 'example.com'. DNS zone for ingress hosts: an app 'api' is served at 'api.<domain>'."""
    require_image_digest: bool = True
    """Default: True. Images must be pinned by digest, so what was tested is what runs."""
    human_access: HumanAccess = HumanAccess.READ_ONLY
    """Default: READ_ONLY. Changes go through Git; people read and debug."""
    allow_exec: bool = False
    """Default: False. `kubectl exec` into pods is a write path around Git and audit."""
    allow_secret_read: bool = False
    """Default: False. Secrets come from the secret store; people never need to read them in-cluster."""
    require_high_availability: bool = True
    """Default: True. Apps with a PodDisruptionBudget must run at least 2 replicas, so a drain never empties them."""
    auto_sync: bool = False
    """Default: False. Argo CD syncs only when someone presses sync (inside `sync_windows`), after review."""
    sync_windows: tuple[SyncWindow, ...] = (SyncWindow(schedule="0 9 * * 1-4", duration="7h"),)
    """Default: Monday to Thursday 09:00-16:00 UTC, so changes land when people are around to watch them."""
    policy_action: PolicyAction = PolicyAction.ENFORCE
    """Default: ENFORCE. Guardrails refuse violations; AUDIT only reports them."""
    pod_security_version: str = "v1.31"
    """Default: v1.31, the oldest Kubernetes minor the platform supports, so the PSA profile cannot change under us on upgrade."""

    def problems(self) -> list[Problem]:
        out = self.resources.problems() + self.quota.problems()
        if self.name not in ENVIRONMENT_NAMES:
            out.append(Problem("name", self.name, f"one of {', '.join(ENVIRONMENT_NAMES)}"))
        if not isinstance(self.replicas, int) or self.replicas < 1:
            out.append(Problem("replicas", self.replicas, "a whole number of at least 1"))
        elif not isinstance(self.max_replicas, int) or self.max_replicas < self.replicas:
            out.append(Problem("max_replicas", self.max_replicas, f"a whole number of at least replicas ({self.replicas})"))
        return out


ENVIRONMENT_NAMES = ("dev", "stage", "prod")

_PROD = EnvironmentSettings(
    name="prod",
    replicas=3,
    max_replicas=10,
    resources=Resources(cpu_request="250m", cpu_limit="1", memory_request="256Mi", memory_limit="512Mi"),
    quota=NamespaceQuota(requests_cpu="8", requests_memory="16Gi", limits_cpu="16", limits_memory="32Gi", pods=80),
    domain="example.com",
)
_STAGE = replace(
    _PROD,
    name="stage",
    replicas=2,
    max_replicas=4,
    resources=Resources(),
    quota=NamespaceQuota(),
    domain="stage.example.com",
    allow_exec=True,
    auto_sync=True,
    sync_windows=(),
)
_DEV = replace(
    _STAGE,
    name="dev",
    replicas=1,
    max_replicas=2,
    quota=NamespaceQuota(requests_cpu="2", requests_memory="4Gi", limits_cpu="4", limits_memory="8Gi", pods=20),
    domain="dev.example.com",
    require_image_digest=False,
    human_access=HumanAccess.EDIT,
    allow_secret_read=True,
    require_high_availability=False,
    policy_action=PolicyAction.AUDIT,
)
_BY_NAME = {e.name: e for e in (_DEV, _STAGE, _PROD)}


def environment(name: str) -> EnvironmentSettings:
    """The settings of a named environment; an unknown name is an error that lists the known ones."""
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        checker = Problems("EnvironmentSettings", "environment")
        checker.add("name", name, f"one of {', '.join(ENVIRONMENT_NAMES)}")
        checker.raise_if_any()
        raise  # unreachable: raise_if_any raised


def environments() -> tuple[EnvironmentSettings, ...]:
    """All environments in promotion order (dev, stage, prod)."""
    return tuple(_BY_NAME[n] for n in ENVIRONMENT_NAMES)
