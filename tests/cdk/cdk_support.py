"""Synthesizing the AWS CDK app for tests (conftest.py's session fixture, the snapshots, the onboarding example)."""
from __future__ import annotations

import json
from pathlib import Path

from platform_infra import ENVIRONMENTS


def synth_app(outdir: Path, catalogue=None):
    """Synthesize the whole app (all environments, cdk-nag on) into `outdir`, with the repository's catalogue or
    another one; returns (app, {environment: template}), the shared registry's template under 'registry'."""
    from platform_infra import environments_for
    from platform_infra.application import REGISTRY_STACK_ID, build_app, stack_id

    envs = ENVIRONMENTS if catalogue is None else environments_for(catalogue)
    app = build_app(outdir=str(outdir), environments=envs.values())
    app.synth()
    ids = {**{n: stack_id(e) for n, e in envs.items()}, "registry": REGISTRY_STACK_ID}
    return app, {n: json.loads((outdir / f"{i}.template.json").read_text()) for n, i in ids.items()}
