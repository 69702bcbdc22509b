"""`cdk synth` through the pinned CLI, offline, gives the very templates the tests check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from platform_infra import ENVIRONMENTS
from platform_infra.application import stack_id

CDK_DIR = Path(__file__).resolve().parents[2] / "cdk"
NODE_BIN = CDK_DIR.parent / "node_modules" / ".bin"
ENV_NAMES = tuple(ENVIRONMENTS)

CDK = NODE_BIN / "cdk"


@pytest.mark.skipif(not CDK.exists(), reason="cdk cli not installed (npm ci)")
def test_cdk_synth_writes_all_stacks_offline(tmp_path: Path, templates: dict) -> None:
    env = {
        **os.environ,
        "PATH": f"{NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "CDK_OUTDIR": str(tmp_path),
        "CDK_DISABLE_VERSION_CHECK": "true",
        "CDK_DISABLE_CLI_TELEMETRY": "true",
        # No credentials: any lookup or AWS call would fail the synth.
        "AWS_ACCESS_KEY_ID": "",
        "AWS_SECRET_ACCESS_KEY": "",
        "AWS_PROFILE": "",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    context_file = CDK_DIR / "cdk.context.json"
    before = context_file.read_text() if context_file.exists() else None
    result = subprocess.run(
        [str(CDK), "synth", "--quiet", "--no-notices", "--output", str(tmp_path)],
        cwd=CDK_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ENV_NAMES:
        written = json.loads((tmp_path / f"{stack_id(ENVIRONMENTS[name])}.template.json").read_text())
        assert written == templates[name]
    assert not json.loads((tmp_path / "manifest.json").read_text()).get("missing")
    # The cli records lookups in cdk.context.json; there must be none.
    assert json.loads(context_file.read_text()) == {}
    if before is None:
        context_file.unlink()
    shutil.rmtree(CDK_DIR / "cdk.out", ignore_errors=True)
