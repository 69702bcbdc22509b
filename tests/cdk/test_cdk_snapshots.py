"""A snapshot of each environment's template, so any change shows up in review."""

from __future__ import annotations

import pytest
from platform_infra import ENVIRONMENTS
from syrupy.extensions.json import JSONSnapshotExtension

ENV_NAMES = tuple(ENVIRONMENTS)


@pytest.fixture
def snapshot_json(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.mark.parametrize("env", ENV_NAMES)
def test_template_snapshot(env: str, templates: dict, snapshot_json) -> None:
    # Templates contain no asset hashes or timestamps: no normalisation needed.
    assert templates[env] == snapshot_json
