"""Argo CD's sync-window decision, ported line by line from argo-cd's `SyncWindows.CanSync` and its helpers
(pkg/apis/application/v1alpha1/types.go: active, inactiveAllows, hasDeny, manualEnabled), with robfig/cron's
five-field schedules, so tests can ask "may this sync run at 03:00 on a Saturday?" of the rendered AppProjects.

The argo-cd module cannot be built here (its gitops-engine dependency does not resolve from the Go module proxy),
so this is a port, kept to the upstream structure for review against it:
- a window is active at `now` when its schedule's next start after `now - duration` is before `now`;
- an active deny window blocks, unless the sync is manual and every active deny window has manualSync;
- otherwise an active allow window lets it through;
- otherwise, when allow windows exist (all inactive), only a manual sync passes, and only if every inactive
  allow window has manualSync;
- with no windows, everything syncs.
"""
from __future__ import annotations

import datetime
import re
import zoneinfo
from collections.abc import Mapping, Sequence

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))


def _field(spec: str, low: int, high: int) -> set[int]:
    values: set[int] = set()
    for part in spec.split(","):
        m = re.fullmatch(r"(\*|(\d+)(?:-(\d+))?)(?:/(\d+))?", part)
        if not m:
            raise ValueError(f"unsupported cron field {spec!r}")
        start, end = (low, high) if m[1] == "*" else (int(m[2]), int(m[3] or (high if m[4] else m[2])))
        if not (low <= start <= end <= (7 if high == 6 else high)):
            raise ValueError(f"cron field {spec!r} outside {low}-{high}")
        values.update(range(start, end + 1, int(m[4] or 1)))
    return {0 if v == 7 and high == 6 else v for v in values}  # robfig accepts 7 for Sunday


def _matches(schedule: str, t: datetime.datetime) -> bool:
    fields = schedule.split()
    minute, hour, dom, month, dow = (_field(f, lo, hi) for f, (lo, hi) in zip(fields, _RANGES, strict=True))
    day_ok = t.day in dom, (t.isoweekday() % 7) in dow
    # robfig/cron: when both day fields are restricted, either may match; when one is '*', both must.
    day = (day_ok[0] or day_ok[1]) if fields[2] != "*" and fields[4] != "*" else (day_ok[0] and day_ok[1])
    return t.minute in minute and t.hour in hour and t.month in month and day


def _duration(text: str) -> datetime.timedelta:
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?", text)
    assert m and text, f"unsupported duration {text!r}"
    return datetime.timedelta(hours=int(m[1] or 0), minutes=int(m[2] or 0))


def _active(window: Mapping, now: datetime.datetime) -> bool:
    """`schedule.Next(now - duration).Before(now)`, in the window's time zone."""
    local = now.astimezone(zoneinfo.ZoneInfo(window.get("timeZone") or "UTC")).replace(second=0, microsecond=0)
    t = local - _duration(window["duration"]) + datetime.timedelta(minutes=1)
    while t < local:
        if _matches(window["schedule"], t):
            return True
        t += datetime.timedelta(minutes=1)
    return False


def can_sync(windows: Sequence[Mapping], now: datetime.datetime, *, manual: bool) -> bool:
    """CanSync(isManual) for the windows that match the application (the platform's windows name '*')."""
    if not windows:
        return True
    active = [w for w in windows if _active(w, now)]
    denies = [w for w in active if w["kind"] == "deny"]
    if denies:
        return manual and all(w.get("manualSync", False) for w in denies)
    if any(w["kind"] == "allow" for w in active):
        return True
    inactive_allows = [w for w in windows if w["kind"] == "allow" and w not in active]
    if inactive_allows:
        return manual and all(w.get("manualSync", False) for w in inactive_allows)
    return True
