"""The add-on charts rendered by the real `helm template` (tools/addon_render.py): where chart sources come from."""
import pathlib
import subprocess

import pytest
import yaml

from tools import addon_render

pytestmark = pytest.mark.engines


def _chart(base: pathlib.Path, name: str, version: str, dependencies=()) -> pathlib.Path:
    folder = base / f"{name}-{version}"
    (folder / "templates").mkdir(parents=True)
    (folder / "Chart.yaml").write_text(yaml.safe_dump({
        "apiVersion": "v2", "name": name, "version": version,
        "dependencies": [{"name": d, "version": "1.0.0", "repository": "https://charts.invalid"} for d in dependencies]}))
    return folder


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """An empty CHART_DIR and cache, so nothing real is found."""
    monkeypatch.setattr(addon_render, "CHART_DIR", tmp_path / "charts")
    monkeypatch.setattr(addon_render, "CACHE_DIR", tmp_path / "cache")
    return tmp_path


def _needs_helm() -> None:
    try:
        addon_render.helm()
    except addon_render.Unavailable as e:
        pytest.skip(str(e))


def test_a_chart_in_chart_dir_is_used_as_it_is(sources):
    folder = _chart(sources / "charts", "demo", "1.2.3")
    assert addon_render.chart_source("demo", "1.2.3", "https://charts.invalid") == folder


def test_a_chart_dir_copy_at_another_version_is_refused(sources):
    folder = _chart(sources / "charts", "demo", "1.2.3")
    (folder / "Chart.yaml").write_text(yaml.safe_dump({"apiVersion": "v2", "name": "demo", "version": "1.2.4"}))
    with pytest.raises(addon_render.RenderError, match=r"Chart.yaml is version '1.2.4', not the pinned '1.2.3'"):
        addon_render.chart_source("demo", "1.2.3", "https://charts.invalid")


def test_a_chart_not_in_chart_dir_is_pulled_and_fails_loudly_when_it_cannot_be(sources):
    """The fallback is a real `helm pull`; from an unreachable repository it names the chart and version."""
    _needs_helm()
    with pytest.raises(addon_render.Unavailable) as err:
        addon_render.chart_source("demo", "1.2.3", "https://charts.invalid")
    message = str(err.value)
    assert message.startswith(f"chart demo 1.2.3 is not in CHART_DIR ({sources / 'charts'}), and `helm pull demo "
                              "--repo https://charts.invalid --version 1.2.3` failed: ")
    assert not list((sources / "cache").glob("demo*")), "a failed pull leaves nothing in the cache"


def test_a_chart_without_its_dependencies_is_pulled_complete_instead(sources):
    _needs_helm()
    _chart(sources / "charts", "demo", "1.2.3", dependencies=("redis",))
    with pytest.raises(addon_render.Unavailable, match=r"chart demo 1\.2\.3 lacks its dependencies redis in .*/charts, "
                                                       r"and `helm pull demo"):
        addon_render.chart_source("demo", "1.2.3", "https://charts.invalid")


def test_pulled_charts_are_cached_in_a_git_ignored_folder():
    probe = addon_render.CACHE_DIR / "demo-1.2.3" / "Chart.yaml"
    out = subprocess.run(["git", "check-ignore", "-q", str(probe)], cwd=addon_render.ROOT)
    assert out.returncode == 0, f"{probe.relative_to(addon_render.ROOT)} would be committed"
