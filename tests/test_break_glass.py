"""Prod can be rolled back at 3 a.m.: the rendered AppProjects' sync windows (judged by Argo CD's own decision,
tests/argocd_windows.py), their roles and the rollback runbook's break-glass commands, read together."""
import datetime
import re

import pytest
import yaml
from argocd_windows import can_sync
from support import ROOT

SATURDAY_3AM = datetime.datetime(2026, 12, 5, 3, 0, tzinfo=datetime.UTC)
TUESDAY_10AM = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)
RUNBOOK = ROOT / "docs" / "runbooks" / "rollback.md"
# What each Argo CD CLI command of the runbook needs from the project's RBAC (resource, action).
NEEDS = {("app", "get"): ("applications", "get"), ("app", "wait"): ("applications", "get"),
         ("app", "sync"): ("applications", "sync")}


def _docs(env: str, kind: str) -> list[dict]:
    out = []
    for path in sorted((ROOT / "dist" / "clusters" / env / "argocd").glob("*.yaml")):
        out += [d for d in yaml.safe_load_all(path.read_text()) if d and d["kind"] == kind]
    return out


def _team_projects(env: str) -> list[dict]:
    return [p for p in _docs(env, "AppProject") if p["spec"].get("roles")]


def _break_glass_commands() -> list[list[str]]:
    section = RUNBOOK.read_text().split("## Break glass", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    assert blocks, f"{RUNBOOK}: no sh block in the break-glass section"
    return [line.split("#", 1)[0].split() for b in blocks for line in b.splitlines() if line.strip()]


def _needs(command: list[str]) -> tuple[str, str]:
    assert command[0] == "argocd", f"break-glass step {' '.join(command)!r} is not an Argo CD command"
    if command[1:4] == ["app", "actions", "run"]:
        kind = command[command.index("--kind") + 1]
        return "applications", f"action/argoproj.io/{kind}/{command[5]}"
    assert tuple(command[1:3]) in NEEDS, f"break-glass step {' '.join(command)!r}: its permission is not known here"
    return NEEDS[tuple(command[1:3])]


def _roles_allowing(project: dict, resource: str, action: str) -> set[str]:
    name = project["metadata"]["name"]
    return {r["name"] for r in project["spec"]["roles"]
            if f"p, proj:{name}:{r['name']}, {resource}, {action}, {name}/*, allow" in r.get("policies", [])}


def test_prod_has_windows_and_syncs_by_itself_inside_them():
    projects = _docs("prod", "AppProject")
    assert projects and all(p["spec"].get("syncWindows") for p in projects), "every prod AppProject has its change window"
    apps = _docs("prod", "Application")
    assert apps and all(a["spec"]["syncPolicy"].get("automated") for a in apps), "prod releases sync by themselves"
    for project in projects:
        assert can_sync(project["spec"]["syncWindows"], TUESDAY_10AM, manual=False), project["metadata"]["name"]


@pytest.mark.parametrize("env", ["dev", "stage", "prod"])
def test_break_glass_rollback_at_3am_saturday(env):
    """The runbook's rollback syncs by hand at 03:00 on a Saturday, with only the on-call role's rights; a normal
    (automated) sync at that hour does not run where the environment has windows."""
    commands = _break_glass_commands()
    assert any(c[1:3] == ["app", "sync"] for c in commands), "the break-glass steps sync the revert"
    projects = _team_projects(env)
    assert projects
    for project in projects:
        windows = project["spec"].get("syncWindows") or []
        assert can_sync(windows, SATURDAY_3AM, manual=True), f"{env}: a sync by hand is refused at 03:00 Saturday"
        assert can_sync(windows, SATURDAY_3AM, manual=False) == (not windows), (
            f"{env}: an automated sync {'runs' if windows else 'waits'} at 03:00 Saturday")
        for command in commands:
            if command[1:3] == ["app", "get"] or command[1:3] == ["app", "wait"]:
                continue  # viewers have these too
            needs = _needs(command)
            roles = _roles_allowing(project, *needs)
            # Without windows (dev, stage) developers sync too; the Rollout actions stay the on-call role's.
            expected = {"on-call"} | ({"developer"} if not windows and needs == ("applications", "sync") else set())
            assert roles == expected, f"{env}: {' '.join(command)} is allowed to {sorted(roles)}, not {sorted(expected)}"
        on_call = next(r for r in project["spec"]["roles"] if r["name"] == "on-call")
        assert on_call.get("groups"), f"{env}: the on-call role names no group, so nobody can break glass"


@pytest.mark.parametrize("now, manual, expected", [
    (TUESDAY_10AM, False, True), (SATURDAY_3AM, False, False), (SATURDAY_3AM, True, True),
    (datetime.datetime(2026, 12, 3, 15, 59, tzinfo=datetime.UTC), False, True),   # Thursday, last minute
    (datetime.datetime(2026, 12, 3, 16, 0, tzinfo=datetime.UTC), False, False),   # closed at 16:00
    (datetime.datetime(2026, 12, 4, 10, 0, tzinfo=datetime.UTC), False, False),   # Friday
])
def test_window_decision_follows_argo_cd(now, manual, expected):
    """Argo CD's documented behaviour for one allow window (manualSync: true) and, below, an active deny window."""
    allow = {"kind": "allow", "schedule": "0 9 * * 1-4", "duration": "7h", "timeZone": "UTC", "manualSync": True}
    assert can_sync([allow], now, manual=manual) is expected
    deny = {"kind": "deny", "schedule": "0 0 * * *", "duration": "24h", "manualSync": False}
    assert can_sync([allow, deny], now, manual=True) is False  # a deny without manualSync blocks even by hand
