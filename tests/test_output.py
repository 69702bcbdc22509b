import os
import subprocess
import sys

import cdk8s
import pytest
from cdk8s_plus_27 import k8s
from support import ROOT

from platform_constructs import LayoutChart, render, write_tree
from platform_constructs.output import file_name


def test_file_names_follow_the_layout():
    assert file_name({"kind": "Namespace", "metadata": {"name": "shop"}}) == "_cluster/namespace-shop.yaml"
    assert file_name({"kind": "Service", "metadata": {"name": "api", "namespace": "shop"}}) == "shop/service-api.yaml"


def test_two_objects_in_one_file_is_an_error():
    app = cdk8s.App()
    chart = LayoutChart(app, "c", path="apps/x/envs/dev")
    k8s.KubeConfigMap(chart, "a", metadata=k8s.ObjectMeta(name="same", namespace="n"))
    k8s.KubeConfigMap(chart, "b", metadata=k8s.ObjectMeta(name="same", namespace="n"))
    with pytest.raises(ValueError, match=r"two objects render to 'apps/x/envs/dev/n/configmap-same.yaml'"):
        render([chart])


def test_layout_chart_rejects_escaping_paths():
    with pytest.raises(ValueError, match=r"path: '../etc' is not allowed"):
        LayoutChart(cdk8s.App(), "c", path="../etc")


def test_write_tree_replaces_the_whole_tree(tmp_path):
    dest = tmp_path / "dist"
    write_tree({"a/one.yaml": "1\n", "b/two.yaml": "2\n"}, dest)
    write_tree({"a/one.yaml": "one\n"}, dest)
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()) == ["a/one.yaml"]
    assert (dest / "a/one.yaml").read_text() == "one\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dist"], "no staging folders are left behind"


def test_failed_write_leaves_previous_tree_untouched(tmp_path):
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "old\n"}, dest)

    class Boom(dict):
        def items(self):
            yield "b.yaml", "new\n"
            raise RuntimeError("renderer crashed half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        write_tree(Boom(), dest)
    assert (dest / "a.yaml").read_text() == "old\n" and not (dest / "b.yaml").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_failed_synth_keeps_dist(tmp_path):
    """A props error aborts main.py before anything is written: dist/ keeps its previous content."""
    releases = tmp_path / "releases"
    releases.mkdir()
    from platform_infra import platform_values

    for env in ("dev", "stage", "prod"):
        repo = platform_values(env).repositories["demo-api"]
        (releases / f"{env}.yaml").write_text(f"apps:\n  demo-api:\n    image: {repo}:latest\n")
    dist = tmp_path / "dist"
    write_tree({"keep.yaml": "x: 1\n"}, dist)
    code = ("import sys, main, pathlib; main.ROOT = pathlib.Path(sys.argv[1]); "
            "main.synth.__defaults__ = (None, pathlib.Path(sys.argv[1]) / 'releases', main.TEAMS, main.APPS); main.main()")
    env = {**os.environ, "PLATFORM_DIST": str(dist)}
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "invalid CanaryRollout at 'demo-api-dev/demo-api'" in proc.stderr
    assert "image: '111111111111.dkr.ecr.eu-west-1.amazonaws.com/demo-api:latest' is not allowed" in proc.stderr
    assert sorted(p.name for p in dist.iterdir()) == ["keep.yaml"]
