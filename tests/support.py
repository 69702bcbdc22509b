"""Helpers shared by the construct tests (kept out of conftest.py, whose module name tests/cdk also uses)."""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
# jsii runs `node` from PATH: use the repository's pinned, supported Node even when pytest is run directly.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"


# Upstream CRD copies: the Makefile's CRD_DIR, by default ../shared/crds beside the clone.
CRD_DIR = pathlib.Path(os.environ.get("CRD_DIR") or ROOT.parent / "shared" / "crds").resolve()


def crd_dir() -> pathlib.Path:
    """CRD_DIR, or skip the calling test with the reason when the copies are absent (CI forbids skips)."""
    if not CRD_DIR.is_dir():
        import pytest
        pytest.skip(f"no upstream CRD copies at {CRD_DIR}: set CRD_DIR (default ../shared/crds) to check custom resources")
    return CRD_DIR


def manifests(chart) -> list[dict]:
    return chart.to_json()


def by_kind(docs: list[dict], kind: str) -> list[dict]:
    return [d for d in docs if d["kind"] == kind]


def one(docs: list[dict], kind: str, name: str | None = None) -> dict:
    found = [d for d in by_kind(docs, kind) if name is None or d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]
