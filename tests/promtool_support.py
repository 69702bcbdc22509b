"""Shared by the promtool suites: the engine fixture, the rendered environments, and the series notation.

The constructs are built through main.build (the same tree dist/ is rendered from, which tests/test_dist.py keeps
equal to the committed dist/), so each test reads the objective it checks (an app's SLO, a database's recovery plan,
a rollout's analysis) from the construct and the rules or queries from the same construct's rendered object.
"""
from __future__ import annotations

import collections
import functools
import pathlib
import re

import cdk8s
import pytest
import yaml
from support import ROOT

from tools import promtool as engine

ENVS = ("dev", "stage", "prod")
MINUTE = 60


@pytest.fixture(scope="session")
def promtool() -> pathlib.Path:
    """The promtool binary; skips (with the reason) where `make tools` has not built it."""
    if (why := engine.missing()) is not None:
        pytest.skip(why)
    return engine.PROMTOOL


@pytest.fixture(scope="module")
def tally(figure):
    """A Counter of what a module's tests proved; each count is printed as one figure when the module is done."""
    counts: collections.Counter[str] = collections.Counter()
    yield counts
    for what, n in counts.items():
        figure(f"promtool: {n} {what}")


def dist_documents(env: str) -> list[dict]:
    """Every object of one environment in the committed dist/ (platform, cluster and app folders)."""
    paths = sorted(p for p in (ROOT / "dist").rglob("*.yaml") if env in p.relative_to(ROOT / "dist").parts)
    return [doc for p in paths for doc in yaml.safe_load_all(p.read_text()) if doc]


@functools.cache
def built(env: str) -> cdk8s.App:
    """The cdk8s app main.py builds for one environment (not synthesized to disk)."""
    import main
    from platform_constructs.releases import ReleasePins
    from platform_constructs.settings import environment

    app = cdk8s.App()
    main.build(app, environment(env), ReleasePins.load(ROOT / "releases", env), main.load_catalogue(main.CATALOGUE))
    return app


def constructs_of(env: str, kind: type) -> list:
    return [c for c in built(env).node.find_all() if isinstance(c, kind)]


def duration(text: str) -> int:
    """Seconds of a Prometheus duration such as '1h16m' or '30s'."""
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    total, number = 0, ""
    for ch in text:
        if ch.isdigit():
            number += ch
        else:
            total, number = total + int(number) * units[ch], ""
    assert not number, f"duration {text!r} has no unit at the end"
    return total


def minutes(seconds: int) -> str:
    assert seconds % MINUTE == 0, f"{seconds}s is not a whole number of minutes"
    return f"{seconds // MINUTE}m"


def counter(phases: list[tuple[int, float]], start: float = 0) -> str:
    """Series values (one per interval) of a counter growing by `step` for `n` intervals in each (n, step) phase,
    from `start` at time 0: promtool's expanding notation, 'a+bxn' per phase."""
    parts, value = [f"{start:g}"], start
    for n, step in phases:
        parts.append(f"{value + step:.10g}+{step:.10g}x{n - 1}")
        value += n * step
    return " ".join(parts)


def gauge(phases: list[tuple[int, float | None]]) -> str:
    """Series values of a gauge holding `value` for `n` intervals in each phase (None: no sample, the series is gone)."""
    return " ".join(f"{'_' if v is None else f'{v:.10g}'}x{n - 1}" for n, v in phases)


def series(name: str, labels: dict[str, str]) -> str:
    return name + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"


def expand(template: str, labels: dict[str, str]) -> str:
    """An annotation as Prometheus renders it; only `{{ $labels.x }}` is expected in the platform's templates."""
    out = re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], template)
    assert "{{" not in out, f"unexpected template in {template!r}"
    return out


def write_test(folder: pathlib.Path, name: str, rule_files: list[pathlib.Path], tests: list[dict],
               docs: list[dict] = ()) -> pathlib.Path:
    """A promtool unit-test file in the upstream format, evaluating the rules every minute.

    promtool evaluates groups in a random order unless told: with `docs`, groups holding alerts go first, so an
    alert reads recorded series one evaluation old, the worst a real Prometheus (groups run apart) can do.
    """
    path = folder / f"{name}.test.yaml"
    test = {"rule_files": [f.name for f in rule_files], "evaluation_interval": "1m"}
    groups = [g for d in docs for g in d["spec"]["groups"]]
    if groups:
        test["group_eval_order"] = [g["name"] for g in sorted(groups, key=lambda g: not any("alert" in r for r in g["rules"]))]
    path.write_text(yaml.safe_dump({**test, "tests": tests}, sort_keys=False))
    return path
