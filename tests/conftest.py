import collections
import os
import pathlib
import re
import tempfile
import time

import cdk8s
import pytest
import support  # noqa: F401  (puts the pinned Node on PATH before cdk8s loads)

# `.ci/run` sets this: there every tool a suite needs is installed, so a skipped test is a failure.
FORBID_SKIPS = os.environ.get("PLATFORM_FORBID_SKIPS") == "1"


# Figures the suites measure (objects applied, pods admitted, agreement N/N, rule tests run): printed in one
# section at the end of every run, so CI logs carry them without -s or -rP. Tests may run in pytest-xdist
# workers (`make test`), so each figure is appended to one file the controlling process names and reads.
_FIGURES_ENV = "PLATFORM_FIGURES_FILE"
# Directories whose tests share session fixtures (a control plane per environment, one CDK synth, one
# PostgreSQL drill) each run in one worker; every other test file is a part of its own.
_SHARED_PARTS = ("cluster", "drills", "cdk")
# Files whose environments are independent parts: each environment's tests share a module fixture of their own
# (its Kyverno suite, minutes of CLI time), so dev, stage and prod can run in three workers at once.
_PER_ENV_FILES = ("tests/engines/test_kyverno.py",)
_ENV_PARAM = re.compile(r"\[(dev|stage|prod)\b")


def _part(nodeid: str) -> str:
    path = nodeid.split("::")[0]
    parts = path.split("/")
    if len(parts) > 2 and parts[0] == "tests" and parts[1] in _SHARED_PARTS:
        return parts[1]
    if path in _PER_ENV_FILES and (env := _ENV_PARAM.search(nodeid)):
        return f"{path}[{env[1]}]"
    return path


def pytest_configure(config):
    if not hasattr(config, "workerinput") and _FIGURES_ENV not in os.environ:
        fd, name = tempfile.mkstemp(prefix="platform-figures-", suffix=".txt")
        os.close(fd)
        os.environ[_FIGURES_ENV] = name
        config._platform_figures = pathlib.Path(name)
    config._platform_started = time.monotonic()


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: only called under `-n`
def pytest_xdist_make_scheduler(config, log):
    """Hand each part (see _part) whole to one worker, the largest parts first (collection order puts tests/cdk,
    tests/cluster and tests/drills first). pytest-xdist's own `loadgroup` cannot do this under pytest 9: it
    tags node ids through an attribute pytest no longer reads."""
    from xdist.scheduler import LoadScopeScheduling

    class PartScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _part(nodeid)

    return PartScheduling(config, log)


def pytest_runtest_logreport(report):
    _PARTS[_part(report.nodeid)] += report.duration


_PARTS: collections.Counter = collections.Counter()


@pytest.fixture(scope="session")
def figure():
    """`figure(line)` records one measured figure for the run's summary (and prints it under -s)."""
    def record(line: str) -> None:
        print(f"\n{line}")
        with open(os.environ[_FIGURES_ENV], "a", encoding="utf-8") as f:
            f.write(line.replace("\n", "\n  ") + "\n")  # one write per figure: appends do not interleave
    return record


@pytest.fixture
def chart():
    """A fresh chart; `support.manifests(chart)` renders it."""
    return cdk8s.Chart(cdk8s.App(), "test", disable_resource_name_hashes=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    path = getattr(config, "_platform_figures", None)
    figures = path.read_text(encoding="utf-8").splitlines() if path is not None and path.exists() else []
    if figures or _PARTS:
        terminalreporter.section("platform figures")
        for line in figures:
            terminalreporter.write_line(line)
        shared = {k: v for k, v in _PARTS.items() if k in _SHARED_PARTS}
        rest = sum(v for k, v in _PARTS.items() if k not in _SHARED_PARTS)
        terminalreporter.write_line("test time per part (s, summed over its tests): " + ", ".join(
            f"{k} {v:.0f}" for k, v in sorted({**shared, "other files": rest}.items(), key=lambda kv: -kv[1]))
            + f"; wall clock {time.monotonic() - config._platform_started:.0f}")
    skipped = terminalreporter.stats.get("skipped", [])
    if FORBID_SKIPS and skipped:
        terminalreporter.write_line(f"FAILED: {len(skipped)} test(s) skipped where every tool is installed "
                                    "(PLATFORM_FORBID_SKIPS=1):", red=True)
        for report in skipped:
            reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
            terminalreporter.write_line(f"  {report.nodeid}: {reason}")


def pytest_unconfigure(config):
    path = getattr(config, "_platform_figures", None)
    if path is not None:
        path.unlink(missing_ok=True)
        os.environ.pop(_FIGURES_ENV, None)


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if FORBID_SKIPS and reporter is not None and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1
