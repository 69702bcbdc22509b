"""The guardrails (CEL emulation of the Kyverno policies in dist/platform/<env>) on the add-on workloads as the
API server stored them, per environment."""
import datetime

import pytest
import yaml
from argocd_sync import ROOT

from platform_constructs import guardrails
from tools import addon_render

pytestmark = pytest.mark.cluster


def test_the_guardrails_admit_the_addon_workloads_as_stored(synced_env, figure):
    """What Kyverno's admission sees is the object after the API server decoded and defaulted it; judged that
    way, no add-on workload breaks a guardrail its exceptions do not cover. (On the raw render the emulation
    errs on shapes the API server normalises, see tests/test_addon_render.py.)"""
    env, plane, result = synced_env
    policies = [d for p in sorted((ROOT / "dist/platform" / env).rglob("*.yaml")) for d in yaml.safe_load_all(p.read_text()) if d]
    stored = [plane.request("GET", plane.path(m.obj)) for m in result.manifests
              if m.app_wave is not None and addon_render.pod_spec(m.obj) is not None]
    found = guardrails.evaluate(policies, stored, today=datetime.date.today())
    figure(f"{env}: guardrails (CEL emulation) on {len(stored)} add-on workloads as stored: {len(found)} findings")
    assert stored
    assert [str(v) for v in found] == []
