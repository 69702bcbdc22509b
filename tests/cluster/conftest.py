import time

import pytest

from tools import control_plane


def _skip_without_tools() -> None:
    missing = control_plane.missing_binaries()
    if missing:
        pytest.skip(f"{missing[0].relative_to(control_plane.ROOT)} missing: run `make tools` to build the control plane")


@pytest.fixture(scope="session")
def start_control_plane(tmp_path_factory):
    """A function that starts a control plane in a fresh temp folder; each one is stopped at the end of the
    session if its test has not stopped it already."""
    _skip_without_tools()
    planes = []

    def start() -> control_plane.ControlPlane:
        began = time.monotonic()
        plane = control_plane.ControlPlane.start(tmp_path_factory.mktemp("control-plane") / "plane")
        plane.started_in = time.monotonic() - began
        planes.append(plane)
        return plane

    yield start
    for plane in planes:
        plane.stop()


ENVS = ("dev", "stage", "prod")


@pytest.fixture(scope="session", params=ENVS)
def synced_env(request, start_control_plane):
    """A control plane of its own per environment, with the CRDs, that environment's `dist/` and its
    Helm-rendered add-ons applied in Argo CD's order: (env, plane, SyncResult). One environment at a time, so no
    two trees mix."""
    from argocd_sync import CRD_DIR, sync_env

    if not CRD_DIR.is_dir():
        pytest.skip(f"no CRD copies at {CRD_DIR}: set CRD_DIR to the upstream CRDs (default ../shared/crds)")
    plane = start_control_plane()
    yield request.param, plane, sync_env(plane, request.param)
    plane.stop()


@pytest.fixture(scope="session")
def env_pods(synced_env):
    """The pods of every rendered workload of the synced environment (tests/cluster/workloads.py)."""
    from workloads import start_workloads

    env, plane, result = synced_env
    assert not result.errors, f"{env}: the sync refused objects, see test_dist_applies_in_argocd_order"
    return env, plane, start_workloads(plane, result.manifests)
