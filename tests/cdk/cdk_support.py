"""Synthesizing the AWS CDK app for tests (conftest.py's session fixture, the snapshots, the onboarding example)."""
from __future__ import annotations

import json
from pathlib import Path

from platform_infra import ENVIRONMENTS, REGISTRY

#: Environments whose backups are copied to a second region, by their own stack there.
REPLICATED = tuple(n for n in tuple(ENVIRONMENTS) if ENVIRONMENTS[n].backup_replica_region)
#: Every stack of the app: an environment's, the shared registry's ('registry'), or '<env>-replica' for its backup copy.
STACK_NAMES = (*tuple(ENVIRONMENTS), "registry", *(f"{n}-replica" for n in REPLICATED))


def stack_region(name: str) -> str:
    """The region a stack of STACK_NAMES deploys to."""
    if name == "registry":
        return REGISTRY.region
    config = ENVIRONMENTS[name.removesuffix("-replica")]
    return config.backup_replica_region if name.endswith("-replica") else config.region


def synth_app(outdir: Path, catalogue=None, *, replicas: bool = False):
    """Synthesize the whole app (all environments, cdk-nag on) into `outdir`, with the repository's catalogue or
    another one; returns (app, {environment: template}), the shared registry's template under 'registry', with
    `replicas` also the backup copy stacks ('<env>-replica')."""
    from platform_infra import environments_for
    from platform_infra.application import REGISTRY_STACK_ID, build_app, replica_stack_id, stack_id

    envs = ENVIRONMENTS if catalogue is None else environments_for(catalogue)
    app = build_app(outdir=str(outdir), environments=envs.values())
    app.synth()
    stacks = {**{n: stack_id(e) for n, e in envs.items()}, "registry": REGISTRY_STACK_ID,
              **{f"{n}-replica": replica_stack_id(e) for n, e in envs.items() if replicas and e.backup_replica_region}}
    return app, {n: json.loads((outdir / f"{s}.template.json").read_text()) for n, s in stacks.items()}
