import os
import shutil
import signal
import subprocess
import sys
import textwrap

import cdk8s
import pytest
from cdk8s_plus_27 import k8s
from support import ROOT

from platform_constructs import LayoutChart, render, write_tree
from platform_constructs import output as output_module
from platform_constructs.output import MARKER, OutputError, file_name


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
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()) == [MARKER, "a/one.yaml"]
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
    code = "import sys, main, pathlib; main.ROOT = pathlib.Path(sys.argv[1]); sys.exit(main.main())"
    env = {**os.environ, "PLATFORM_DIST": str(dist)}
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "invalid CanaryRollout at 'demo-api-dev/demo-api'" in proc.stderr
    assert f"image: '{platform_values('dev').repositories['demo-api']}:latest' is not allowed" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in dist.iterdir()) == [MARKER, "keep.yaml"]


# -- write_tree replaces only its own trees (issue 12, item 5) ----------------------------------------


def files_under(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_write_tree_marks_its_tree_with_what_it_wrote(tmp_path):
    write_tree({"b/two.yaml": "2\n", "a/one.yaml": "1\n"}, tmp_path / "dist")
    lines = (tmp_path / "dist" / MARKER).read_text().splitlines()
    assert lines[0].startswith("# Written by platform_constructs.output.write_tree")
    assert lines[1:] == ["a/one.yaml", "b/two.yaml"]


def test_write_tree_refuses_a_folder_it_did_not_write(tmp_path):
    """A repository root (or any folder with content and no marker) is never swapped away."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (repo / "main.py").write_text("print('hi')\n")
    before = files_under(repo)
    with pytest.raises(OutputError, match=rf"'{repo}' is not allowed as an output folder: it is not empty and has no "
                                          rf"'\{MARKER}', so write_tree did not write it"):
        write_tree({"a.yaml": "1\n"}, repo)
    assert files_under(repo) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"], "no staging folder either"


def test_write_tree_refuses_a_file(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("mine\n")
    with pytest.raises(OutputError, match=rf"'{target}' is not allowed as an output folder: it is not a folder"):
        write_tree({"a.yaml": "1\n"}, target)
    assert target.read_text() == "mine\n"


def test_write_tree_refuses_the_empty_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep.txt").write_text("x\n")
    with pytest.raises(OutputError, match=r"output folder '' is not allowed: an empty path would mean the current folder"):
        write_tree({"a.yaml": "1\n"}, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_write_tree_fills_an_empty_folder(tmp_path):
    (tmp_path / "out").mkdir()
    write_tree({"a.yaml": "1\n"}, tmp_path / "out")
    assert (tmp_path / "out" / "a.yaml").read_text() == "1\n"


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("setting", ["", " ", "."])
def test_platform_dist_never_replaces_the_repository(tmp_path, setting):
    """PLATFORM_DIST= (empty) used to become '.', and write_tree swapped the repository root, .git included, away."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "README.md").write_text("a repository\n")
    git(repo, "add", "README.md")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    before = files_under(repo)
    env = {k: v for k, v in os.environ.items() if k != "CDK8S_OUTDIR"} | {"PLATFORM_DIST": setting}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=repo, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert ("is not allowed: unset it to write dist/" if setting.strip() == "" else "has no '.platform-tree'") in proc.stderr
    assert files_under(repo) == before
    assert git(repo, "status", "--porcelain") == "" and "init" in git(repo, "log", "--oneline")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"]


# -- killed runs, the fallback swap and read-only trees (issue 12, item 6) ---------------------------


def dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_stale_staging_folders_of_dead_runs_are_removed(tmp_path):
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "1\n"}, dest)
    dead = dead_pid()
    live = subprocess.Popen(["sleep", "60"])
    try:
        for name in (f".dist.new-{dead}-abc", f".dist.old-{dead}-abc", f".dist.new-{live.pid}-abc", f".other.new-{dead}-abc",
                     ".dist.new-legacy", f".dist.new-{dead}-locked"):
            (tmp_path / name).mkdir()
            (tmp_path / name / "x.yaml").write_text("stale\n")
        held = output_module._lock(tmp_path / f".dist.new-{dead}-locked")  # a run whose pid looks dead from here
        try:
            write_tree({"a.yaml": "2\n"}, dest)
        finally:
            os.close(held)
    finally:
        live.kill()
        live.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["dist", f".dist.new-{live.pid}-abc", f".other.new-{dead}-abc", ".dist.new-legacy", f".dist.new-{dead}-locked"])
    assert (dest / "a.yaml").read_text() == "2\n"


def no_exchange(monkeypatch):
    """As on a system without renameat2(RENAME_EXCHANGE) or renamex_np(RENAME_SWAP): the in-place fallback."""
    monkeypatch.setattr(output_module, "_exchange", lambda a, b: False)


def test_fallback_replaces_the_tree(tmp_path, monkeypatch):
    no_exchange(monkeypatch)
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "1\n", "b/b.yaml": "b\n"}, dest)
    write_tree({"a.yaml": "2\n", "c/c.yaml": "c\n"}, dest)
    assert files_under(dest) == {"a.yaml": b"2\n", "c/c.yaml": b"c\n", MARKER: (dest / MARKER).read_bytes()}
    assert not (dest / "b").exists(), "the folder its files left is gone"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_fallback_failing_half_way_leaves_dist_marked_incomplete_then_completes(tmp_path, monkeypatch):
    no_exchange(monkeypatch)
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "1\n", "b.yaml": "1\n"}, dest)
    real, seen = os.replace, []

    def replace(src, dst):
        seen.append(dst)
        if len(seen) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError, match="No space left on device"):
        write_tree({"a.yaml": "2\n", "b.yaml": "2\n"}, dest)
    assert (dest / "a.yaml").read_text() == "2\n" and (dest / "b.yaml").read_text() == "1\n", "every file whole"
    assert (dest / MARKER).read_text().startswith("# Being updated by platform_constructs.output.write_tree: incomplete")
    monkeypatch.setattr(os, "replace", real)
    write_tree({"a.yaml": "3\n"}, dest)  # still a tree of its own: the next run completes it
    assert files_under(dest) == {"a.yaml": b"3\n", MARKER: (dest / MARKER).read_bytes()}


KILL_HALF_WAY = textwrap.dedent("""
    import os, signal, sys
    from platform_constructs import output
    output._exchange = lambda a, b: False  # the fallback, as without renameat2 / renamex_np
    real = os.replace
    def replace(src, dst):
        real(src, dst)
        os.kill(os.getpid(), signal.SIGKILL)  # right after the first file
    os.replace = replace
    output.write_tree({"a.yaml": "killed run\\n", "b.yaml": "killed run\\n"}, sys.argv[1])
""")


def test_a_run_killed_during_the_fallback_never_leaves_no_dist(tmp_path, monkeypatch):
    """SIGKILL half-way through the in-place update: dist/ is there, every file whole (previous or new), marked
    incomplete so the GitOps publish refuses it, and the next write_tree completes it."""
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "previous\n", "b.yaml": "previous\n", "gone.yaml": "previous\n"}, dest)
    proc = subprocess.run([sys.executable, "-c", KILL_HALF_WAY, str(dest)], cwd=ROOT, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert {p.name: p.read_text() for p in dest.glob("*.yaml")} == {
        "a.yaml": "killed run\n", "b.yaml": "previous\n", "gone.yaml": "previous\n"}
    sys.path.insert(0, str(ROOT / "tools"))
    from publish_gitops import PublishError, publish
    with pytest.raises(PublishError, match="and the files differ"):
        publish(dest, tmp_path)

    write_tree({"a.yaml": "next\n", "b.yaml": "next\n"}, dest)
    assert {p.name: p.read_text() for p in dest.glob("*.yaml")} == {"a.yaml": "next\n", "b.yaml": "next\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_a_previous_tree_set_aside_by_an_earlier_version_is_put_back(tmp_path):
    """Earlier versions' two-rename fallback could leave no dist/ and the previous tree at '.dist.old-<pid>-…'."""
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "previous\n"}, dest)
    os.rename(dest, tmp_path / f".dist.old-{dead_pid()}-abc")

    class Boom(dict):  # the next run fails: dist/ must be back all the same
        def items(self):
            raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError, match="renderer crashed"):
        write_tree(Boom(), dest)
    assert (dest / "a.yaml").read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_exchange_uses_renamex_np_where_there_is_no_renameat2(tmp_path, monkeypatch):
    """macOS: no renameat2 in libc, renamex_np(RENAME_SWAP) instead (here backed by Linux's exchange)."""
    import ctypes

    real = ctypes.CDLL(None, use_errno=True)
    calls = []

    class MacLibc:
        def renamex_np(self, a, b, flags):
            calls.append(flags)
            return real.renameat2(-100, a, -100, b, 2) if flags == 2 else -1

    monkeypatch.setattr(output_module.ctypes, "CDLL", lambda *a, **k: MacLibc())
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "1\n"}, dest)
    write_tree({"a.yaml": "2\n"}, dest)
    assert calls == [2] and (dest / "a.yaml").read_text() == "2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_read_only_tree_is_refused(tmp_path):
    dest = tmp_path / "dist"
    write_tree({"a.yaml": "1\n"}, dest)
    dest.chmod(0o555)
    try:
        with pytest.raises(OutputError, match=rf"'{dest}' is read-only: write_tree does not replace a tree someone protected"):
            write_tree({"a.yaml": "2\n"}, dest)
        assert (dest / "a.yaml").read_text() == "1\n"
    finally:
        dest.chmod(0o755)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_gitignore_lists_the_staging_folders():
    paths = [".dist.new-12-abc", ".dist.old-12-abc", "docs/.traffic.new-12-abc", "docs/.traffic.old-12-abc",
             "build/.cdk8s.out.new-12-abc"]
    proc = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert proc.stdout.split() == paths


def test_make_clean_removes_the_staging_folders(tmp_path):
    for name in (".dist.new-12-abc", ".dist.old-12-abc", "docs/.traffic.new-12-abc", "build/cdk8s.out", "dist/apps",
                 "docs/traffic"):
        (tmp_path / name).mkdir(parents=True)
        (tmp_path / name / "x").write_text("x\n")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    subprocess.run(["make", "clean"], cwd=tmp_path, check=True, capture_output=True)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("x")) == ["dist/apps/x", "docs/traffic/x"]
