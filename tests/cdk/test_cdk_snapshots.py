"""A snapshot of each environment's template, so any change to the stacks shows up in review.

The app is synthesized with a fixed catalogue (snapshot-catalogue.yaml), not the repository's: what the catalogue
derives (repositories, CI access, team access entries) is tested against catalogue.yaml in test_cdk_stacks.py, and
onboarding a team or a service changes no snapshot.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cdk_support import STACK_NAMES, synth_app
from syrupy.extensions.json import JSONSnapshotExtension

from platform_constructs.catalogue import load_catalogue


@pytest.fixture
def snapshot_json(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.fixture(scope="module")
def fixed_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    catalogue = load_catalogue(Path(__file__).with_name("snapshot-catalogue.yaml"))
    return synth_app(tmp_path_factory.mktemp("cdk-snapshot"), catalogue, replicas=True)[1]


@pytest.mark.parametrize("env", STACK_NAMES)
def test_template_snapshot(env: str, fixed_templates: dict, snapshot_json) -> None:
    # Templates contain no asset hashes or timestamps: no normalisation needed.
    assert fixed_templates[env] == snapshot_json
