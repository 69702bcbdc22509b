"""Shared fixtures for the AWS CDK app: the app is synthesized once per test session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

CDK_DIR = Path(__file__).resolve().parents[2] / "cdk"
NODE_BIN = CDK_DIR.parent / "node_modules" / ".bin"
if str(CDK_DIR) not in sys.path:
    sys.path.insert(0, str(CDK_DIR))
# jsii needs a supported Node; prefer the repo's pinned one.
if NODE_BIN.is_dir() and str(NODE_BIN) not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = f"{NODE_BIN}{os.pathsep}{os.environ.get('PATH', '')}"

from cdk_support import REPLICATED, synth_app  # noqa: E402
from platform_infra import ENVIRONMENTS  # noqa: E402

ENV_NAMES = tuple(ENVIRONMENTS)


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory):
    """The whole app with the repository's catalogue, synthesized once; returns (app, outdir)."""
    outdir = tmp_path_factory.mktemp("cdk-out")
    app, _ = synth_app(outdir)
    return app, outdir


@pytest.fixture(scope="session")
def templates(synth) -> dict[str, dict]:
    """Synthesized CloudFormation template of each environment, by environment name."""
    from platform_infra.application import stack_id

    _, outdir = synth
    return {name: json.loads((outdir / f"{stack_id(ENVIRONMENTS[name])}.template.json").read_text()) for name in ENV_NAMES}


@pytest.fixture(scope="session")
def template_files(synth) -> dict[str, Path]:
    """Template file of every stack, by STACK_NAMES."""
    from platform_infra.application import replica_stack_id, stack_id

    _, outdir = synth
    from platform_infra.application import REGISTRY_STACK_ID

    return {**{name: outdir / f"{stack_id(ENVIRONMENTS[name])}.template.json" for name in ENV_NAMES},
            "registry": outdir / f"{REGISTRY_STACK_ID}.template.json",
            **{f"{name}-replica": outdir / f"{replica_stack_id(ENVIRONMENTS[name])}.template.json" for name in REPLICATED}}


@pytest.fixture(scope="session")
def registry_template(template_files) -> dict:
    """Synthesized CloudFormation template of the shared registry's stack."""
    return json.loads(template_files["registry"].read_text())


@pytest.fixture(scope="session")
def replica_templates(template_files) -> dict[str, dict]:
    """The backup copy stack's template of each environment that has one, by environment name."""
    return {name: json.loads(template_files[f"{name}-replica"].read_text()) for name in REPLICATED}
