import os

import cdk8s
import pytest
import support  # noqa: F401  (puts the pinned Node on PATH before cdk8s loads)

# `.ci/run` sets this: there every tool a suite needs is installed, so a skipped test is a failure.
FORBID_SKIPS = os.environ.get("PLATFORM_FORBID_SKIPS") == "1"


# Figures the suites measure (objects applied, pods admitted, agreement N/N, rule tests run): printed in one
# section at the end of every run, so CI logs carry them without -s or -rP.
_FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figure():
    """`figure(line)` records one measured figure for the run's summary (and prints it under -s)."""
    def record(line: str) -> None:
        print(f"\n{line}")
        _FIGURES.append(line)
    return record


@pytest.fixture
def chart():
    """A fresh chart; `support.manifests(chart)` renders it."""
    return cdk8s.Chart(cdk8s.App(), "test", disable_resource_name_hashes=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _FIGURES:
        terminalreporter.section("platform figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
    skipped = terminalreporter.stats.get("skipped", [])
    if FORBID_SKIPS and skipped:
        terminalreporter.write_line(f"FAILED: {len(skipped)} test(s) skipped where every tool is installed "
                                    "(PLATFORM_FORBID_SKIPS=1):", red=True)
        for report in skipped:
            reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
            terminalreporter.write_line(f"  {report.nodeid}: {reason}")


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if FORBID_SKIPS and reporter is not None and reporter.stats.get("skipped") and exitstatus == 0:
        session.exitstatus = 1
