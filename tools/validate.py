#!/usr/bin/env python3
"""`make validate`: the library's validator (`python -m platform_constructs validate`) run from this repository.

    python tools/validate.py DIST [--crd-dir DIR] [--k8s-versions ...] [--env prod] [--registry ...]

Here checkov is the one `make setup` installs in .venv-checkov, and required: a missing one is an error, not a skip.
"""
from __future__ import annotations

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The guardrail step may render policies with cdk8s, whose jsii runs `node` from PATH: use the pinned, supported Node.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"
from platform_constructs.validate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main([*sys.argv[1:], "--checkov", str(ROOT / ".venv-checkov" / "bin" / "checkov")]))
