"""Typed per-environment settings: every difference between dev, stage and prod lives here."""
from __future__ import annotations

import enum
import re
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
    manual_sync: bool = True
    """Default: True: the window holds back automated syncs (every normal release), while a sync by hand stays
    possible at any hour, for a rollback or a database failover at 3 a.m. Who may sync by hand is the
    AppProject's RBAC: where the environment has windows, only the team's on-call role (see TeamProject).
    False: outside the window nobody syncs, not even by hand."""


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
class DatabaseSettings:
    """Per-environment defaults for PostgresCluster and BackupSchedule."""

    standbys: int = 0
    """Default: 0 hot standbys (a single primary); environments that must survive a node loss add some."""
    rpo_minutes: int = 60
    """Default: 60. The recovery point objective a database gets unless it declares its own."""
    rto_minutes: int = 240
    """Default: 240. The recovery time objective a database gets unless it declares its own."""
    backup_retention_days: int = 7
    """Default: 7 days of logical dumps, base backups and WAL, so last week can still be restored."""
    snapshot_ttl_hours: int = 72
    """Default: 72 hours before Velero deletes a volume snapshot backup."""
    zero_loss_failover: bool = False
    """Default: False, asynchronous replication. True: a failover loses no committed transaction (synchronous
    replication, see RecoveryObjective.zero_loss_failover)."""


_DURATION_TEXT = re.compile(r"^(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?\Z", re.ASCII)
DURATION_RULE = "a whole number of seconds above zero, such as Duration.seconds(30), Duration.minutes(5) or '1h30m'"


@dataclass(frozen=True, slots=True)
class Duration:
    """A span of whole seconds, written the way Argo Rollouts and Prometheus read it (90 seconds is '1m30s').

    Build with `Duration.seconds(30)`, `Duration.minutes(5)`, `Duration.hours(1)` or `Duration.parse('1h30m')`.
    A bad value (negative, fractional, unparsable) is kept, and the construct given it reports it.
    """

    total_seconds: int | None
    source: str | None = None

    @classmethod
    def seconds(cls, n: int) -> Duration:
        return cls(n)

    @classmethod
    def minutes(cls, n: int) -> Duration:
        return cls(n * 60)

    @classmethod
    def hours(cls, n: int) -> Duration:
        return cls(n * 3600)

    @classmethod
    def days(cls, n: int) -> Duration:
        return cls(n * 86400)

    @classmethod
    def parse(cls, text: str) -> Duration:
        m = _DURATION_TEXT.match(text) if isinstance(text, str) else None
        if m is None or not any(m.groups()):
            return cls(None, text)
        h, mins, secs = (int(g or 0) for g in m.groups())
        return cls(h * 3600 + mins * 60 + secs, text)

    def problem(self, field_name: str) -> Problem | None:
        n = self.total_seconds
        if isinstance(n, int) and not isinstance(n, bool) and n > 0:
            return None
        return Problem(field_name, self.source if n is None else n, DURATION_RULE)

    @property
    def whole_seconds(self) -> int:
        """`total_seconds` for arithmetic, once the construct has checked `problem()`. An unparsable or
        fractional duration raises ValueError here, so a missed check fails loudly instead of computing with None."""
        n = self.total_seconds
        if not isinstance(n, int) or isinstance(n, bool):
            raise ValueError(f"duration {self.source if n is None else n!r} is not a whole number of seconds: check problem() first")
        return n

    def __str__(self) -> str:
        n = self.total_seconds or 0
        return "".join(f"{v}{u}" for v, u in ((n // 3600, "h"), (n % 3600 // 60, "m"), (n % 60, "s")) if v) or "0s"

    def go(self) -> str:
        """Go duration syntax with every unit, as Velero takes it: '720h0m0s'."""
        h, rest = divmod(self.total_seconds or 0, 3600)
        return f"{h}h{rest // 60}m{rest % 60}s"


class StepKind(enum.Enum):
    """What one canary step does."""

    SET_WEIGHT = "setWeight"
    PAUSE = "pause"
    ANALYSIS = "analysis"


@dataclass(frozen=True, slots=True)
class CanaryStep:
    """One step of a canary plan. Build with `CanaryStep.set_weight(20)`, `CanaryStep.pause(Duration.minutes(5))`,
    `CanaryStep.pause()` (wait until someone promotes) or `CanaryStep.analysis('success-rate', ...)`."""

    kind: StepKind
    weight: int | None = None
    duration: Duration | None = None
    metrics: tuple[str, ...] = ()

    @classmethod
    def set_weight(cls, percent: int) -> CanaryStep:
        """Send `percent` of the traffic (of the replicas, without a traffic router) to the new version."""
        return cls(StepKind.SET_WEIGHT, weight=percent)

    @classmethod
    def pause(cls, duration: Duration | str | None = None) -> CanaryStep:
        """Wait `duration`; without one, wait until someone runs `kubectl argo rollouts promote`."""
        return cls(StepKind.PAUSE, duration=Duration.parse(duration) if isinstance(duration, str) else duration)

    @classmethod
    def analysis(cls, *metrics: str) -> CanaryStep:
        """Measure the named analysis metrics (default: all of them) and go on only if they pass."""
        return cls(StepKind.ANALYSIS, metrics=tuple(metrics))


@dataclass(frozen=True, kw_only=True, slots=True)
class CanaryPlan:
    """How CanaryRollouts move traffic to a new version in one environment."""

    steps: tuple[CanaryStep, ...] = (
        CanaryStep.set_weight(5), CanaryStep.pause(Duration.minutes(5)), CanaryStep.analysis(),
        CanaryStep.set_weight(25), CanaryStep.pause(Duration.minutes(10)), CanaryStep.analysis(),
        CanaryStep.set_weight(50), CanaryStep.pause(Duration.minutes(10)), CanaryStep.analysis(),
    )
    """Default: 5% for 5 minutes, 25% for 10, 50% for 10, each followed by an analysis, then promotion to 100%."""
    background_analysis: bool = True
    """Default: True. The analysis also runs for the whole rollout, so a regression aborts it between steps too."""
    require_analysis: bool = True
    """Default: True. Apps cannot turn their analysis off: a new version is measured before it takes all traffic."""
    analysis_interval: Duration = Duration.minutes(1)
    """Default: 1m between measurements, for apps whose analysis sets no `interval`."""
    analysis_count: int = 5
    """Default: 5 measurements per analysis step, for apps whose analysis sets no `count`."""


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
    auto_sync: bool = True
    """Default: True. Argo CD applies each reviewed commit by itself (inside `sync_windows`, where there are any);
    the review is the pull request. False: syncs only when someone presses sync."""
    sync_windows: tuple[SyncWindow, ...] = (SyncWindow(schedule="0 9 * * 1-4", duration="7h"),)
    """Default: Monday to Thursday 09:00-16:00 UTC, so releases land when people are around to watch them; outside
    it only the on-call role syncs, by hand (break glass, docs/runbooks/rollback.md)."""
    policy_action: PolicyAction = PolicyAction.ENFORCE
    """Default: ENFORCE. Guardrails refuse violations; AUDIT only reports them."""
    pod_security_version: str = "v1.31"
    """Default: v1.31, the oldest Kubernetes minor the platform supports, so the PSA profile cannot change under us on upgrade."""
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    """Database standbys, recovery objectives and backup retention (see DatabaseSettings)."""
    verify_image_signatures: bool = True
    """Default: True. Guardrails admit only images CI signed (cosign keyless) with a signed SBOM attestation;
    stage verifies too (what it runs is what prod will); dev turns it off so a signing or transparency-log outage
    never blocks fast feedback."""
    canary: CanaryPlan = field(default_factory=CanaryPlan)
    """How CanaryRollouts shift traffic. Default: CanaryPlan(), slow and analysis-gated (see CanaryPlan)."""

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
    database=DatabaseSettings(standbys=2, rpo_minutes=5, rto_minutes=60, backup_retention_days=30, snapshot_ttl_hours=720,
                              zero_loss_failover=True),
)
_STAGE = replace(
    _PROD,
    name="stage",
    replicas=2,
    max_replicas=4,
    resources=Resources(),
    quota=NamespaceQuota(),
    domain="stage.example.com",
    database=DatabaseSettings(standbys=1, rpo_minutes=15, rto_minutes=120, backup_retention_days=14, snapshot_ttl_hours=336),
    allow_exec=True,
    sync_windows=(),
    # Stage verifies signatures like prod: every app image it runs is one CI signed.
    # Stage gets less traffic than prod: fewer, larger steps, still measured in the background.
    canary=CanaryPlan(steps=(CanaryStep.set_weight(20), CanaryStep.pause(Duration.minutes(2)),
                             CanaryStep.set_weight(50), CanaryStep.pause(Duration.minutes(5))),
                      require_analysis=False),
)
_DEV = replace(
    _STAGE,
    name="dev",
    replicas=1,
    max_replicas=2,
    quota=NamespaceQuota(requests_cpu="2", requests_memory="4Gi", limits_cpu="4", limits_memory="8Gi", pods=20),
    domain="dev.example.com",
    database=DatabaseSettings(),
    require_image_digest=False,
    verify_image_signatures=False,
    human_access=HumanAccess.EDIT,
    allow_secret_read=True,
    require_high_availability=False,
    policy_action=PolicyAction.AUDIT,
    # Dev is for fast feedback, but still measured: one short analysis step (3 measurements a scrape apart, once
    # its 2m window has traffic) stops a build that answers 5xx, or a query Prometheus rejects, before stage.
    # Too little traffic stays inconclusive, as everywhere: the rollout pauses for someone to promote it.
    canary=CanaryPlan(steps=(CanaryStep.set_weight(50), CanaryStep.analysis()),
                      background_analysis=False, require_analysis=False,
                      analysis_interval=Duration.seconds(30), analysis_count=3),
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
