"""Recovery objectives and the backup plan derived from them (shared by PostgresCluster and BackupSchedule)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ._errors import Problem
from .settings import Duration

_CRON_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
_CRON_ITEM = re.compile(r"^(\*|(\d+)(-(\d+))?)(/(\d+))?\Z", re.ASCII)
CRON_RULE = "a five-field cron schedule such as '30 2 * * *' (minute hour day-of-month month day-of-week, numbers only)"


def cron_problem(expr: object) -> str | None:
    """Why `expr` is not a five-field numeric cron schedule, or None when it is one."""
    if not isinstance(expr, str) or len(expr.split()) != 5:
        return CRON_RULE
    for part, (name, lo, hi) in zip(expr.split(), _CRON_FIELDS, strict=True):
        for item in part.split(","):
            m = _CRON_ITEM.match(item)
            if not m:
                return f"{CRON_RULE}; the {name} field {part!r} is not one"
            first, last, step = m.group(2), m.group(4), m.group(6)
            values = [int(v) for v in (first, last) if v is not None]
            if any(not lo <= v <= hi for v in values) or (len(values) == 2 and values[0] > values[1]) or step == "0":
                return f"{CRON_RULE}; the {name} field {part!r} is outside {lo}-{hi}"
    return None


@dataclass(frozen=True, kw_only=True, slots=True)
class RecoveryObjective:
    """What the business accepts for one database: at most `rpo` of lost writes, back within `rto`."""

    rpo: Duration
    """Recovery point objective: the most recent writes a disaster may lose."""
    rto: Duration
    """Recovery time objective: the longest a restore may take until the database accepts writes again."""
    zero_loss_failover: bool = False
    """Default: False, asynchronous streaming: a failover may lose the last commits a standby had not received yet
    (Patroni promotes no standby more than 1 MiB of WAL behind). True: synchronous replication (Patroni's
    synchronous mode), a commit returns once a standby has it and only that standby is promoted, so a failover
    loses nothing; each commit then waits for a round trip to a standby."""

    def problems(self) -> list[Problem]:
        """Durations that are not whole seconds above zero: BackupPlan.derive computes with both."""
        return [bad for name in ("rpo", "rto") if (bad := getattr(self, name).problem(name)) is not None]


# WAL segments are switched at least every archive_timeout; below a minute PostgreSQL mostly ships empty segments.
_MIN_ARCHIVE_TIMEOUT = 60
_HOUR, _DAY = 3600, 86400


@dataclass(frozen=True, kw_only=True, slots=True)
class BackupPlan:
    """Every schedule and threshold, derived from one RecoveryObjective and the environment's retention."""

    objective: RecoveryObjective
    archive_timeout: Duration
    """WAL segment switch interval: half the RPO (at least a minute), so a quiet database still ships its last writes."""
    base_backup_interval: Duration
    """12 x RTO, within 1-24 hours: WAL replay after the newest base backup must fit well inside the RTO."""
    retention: Duration
    snapshot_ttl: Duration
    verify_interval: Duration
    """How often a full restore is proven: once a day."""

    @classmethod
    def derive(cls, objective: RecoveryObjective, *, retention_days: int, snapshot_ttl_hours: int) -> BackupPlan:
        """The plan for an objective without `problems()`."""
        rpo, rto = objective.rpo.whole_seconds, objective.rto.whole_seconds
        base = min(_DAY, max(_HOUR, 12 * rto))
        base = next(h for h in (1, 2, 3, 4, 6, 8, 12, 24) if h * _HOUR >= base) * _HOUR  # a divisor of a day: a cron
        return cls(objective=objective, archive_timeout=Duration(max(_MIN_ARCHIVE_TIMEOUT, rpo // 2)),
                   base_backup_interval=Duration(base), retention=Duration.days(retention_days),
                   snapshot_ttl=Duration.hours(snapshot_ttl_hours), verify_interval=Duration(_DAY))

    def problems(self, prefix: str = "") -> list[Problem]:
        """The consistency checks: an objective the plan cannot meet is an error, not a surprise in an incident."""
        out: list[Problem] = []
        o = self.objective
        if o.rpo.whole_seconds < 2 * _MIN_ARCHIVE_TIMEOUT:
            out.append(Problem(f"{prefix}rpo", str(o.rpo), "at least 2m: WAL archiving cannot promise less "
                                                           "(archive_timeout must stay at or below the RPO)"))
        if o.rto.whole_seconds < 5 * 60:
            out.append(Problem(f"{prefix}rto", str(o.rto), "at least 5m: a restore downloads a base backup and replays WAL"))
        if self.retention.whole_seconds < _DAY:
            out.append(Problem(f"{prefix}retention", str(self.retention), "at least 1 day"))
        elif self.retention.whole_seconds < self.base_backup_interval.whole_seconds:
            out.append(Problem(f"{prefix}retention", str(self.retention),
                               f"at least the base backup interval ({self.base_backup_interval})"))
        if self.snapshot_ttl.whole_seconds < self.base_backup_interval.whole_seconds:
            out.append(Problem(f"{prefix}snapshot_ttl", str(self.snapshot_ttl),
                               f"at least the snapshot interval ({self.base_backup_interval}), so one snapshot always exists"))
        return out

    def cron(self, interval: Duration, seed: str) -> str:
        """A cron schedule firing every `interval` (a divisor of a day), at a minute and hour spread by `seed`,
        so many databases do not all back up at once."""
        h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
        minute, hours = h % 60, interval.whole_seconds // _HOUR
        if hours >= 24:
            return f"{minute} {(h // 60) % 24} * * *"
        return f"{minute} {(h // 60) % hours}-23/{hours} * * *"
