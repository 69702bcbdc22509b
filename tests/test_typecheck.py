import subprocess
import sys

from support import ROOT


def test_mypy_reports_nothing():
    # Files and settings come from pyproject.toml ([tool.mypy]), as for `make typecheck` and CI.
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
