"""tools/publish_gitops.py: the GitOps repository keeps every file the platform does not own."""
import subprocess
import sys

import pytest
from support import ROOT

from platform_constructs.output import write_tree

sys.path.insert(0, str(ROOT / "tools"))
from publish_gitops import MARKER, PublishError, publish  # noqa: E402


def files(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def repo(tmp_path):
    """A GitOps checkout after one publish, holding a team's folder and a README beside the platform's files."""
    write_tree({"clusters/dev/a.yaml": "a\n", "apps/x/envs/dev/x.yaml": "x\n"}, tmp_path / "first")
    repo = tmp_path / "repo"
    repo.mkdir()
    assert publish(tmp_path / "first", repo) == (2, 0)
    (repo / "README.md").write_text("readme\n")
    (repo / "teams" / "payments").mkdir(parents=True)
    (repo / "teams" / "payments" / "ledger.yaml").write_text("team\n")
    return repo


def test_a_publish_replaces_only_the_platform_files(tmp_path, repo):
    write_tree({"clusters/dev/a.yaml": "a2\n", "clusters/dev/b.yaml": "b\n"}, tmp_path / "next")
    assert publish(tmp_path / "next", repo) == (2, 1)
    got = files(repo)
    assert got.pop(MARKER).splitlines()[1:] == ["clusters/dev/a.yaml", "clusters/dev/b.yaml"]
    assert got == {"README.md": "readme\n", "clusters/dev/a.yaml": "a2\n", "clusters/dev/b.yaml": "b\n",
                   "teams/payments/ledger.yaml": "team\n"}
    assert not (repo / "apps").exists(), "the folders the dropped app emptied are gone"


def test_a_rendered_path_over_a_file_the_platform_does_not_own_is_refused(tmp_path, repo):
    before = files(repo)
    write_tree({"clusters/dev/a.yaml": "a\n", "teams/payments/ledger.yaml": "platform\n"}, tmp_path / "next")
    with pytest.raises(PublishError, match=r"1 rendered path\(s\) already hold files the platform does not own "
                                           r".*teams/payments/ledger.yaml"):
        publish(tmp_path / "next", repo)
    assert files(repo) == before, "nothing written"


@pytest.mark.parametrize("line", ["../escape.yaml", "/etc/passwd", ".git/config", "a//b.yaml"])
def test_a_marker_naming_paths_outside_the_tree_is_refused(tmp_path, repo, line):
    (repo / MARKER).write_text(f"# header\n{line}\n")
    write_tree({"clusters/dev/a.yaml": "a\n"}, tmp_path / "next")
    with pytest.raises(PublishError, match=rf"{MARKER}:2: '{line}' is not allowed: a relative path inside the tree"):
        publish(tmp_path / "next", repo)


def test_a_partial_rendering_is_refused_before_anything_is_written(tmp_path, repo):
    write_tree({"clusters/dev/a.yaml": "a\n", "clusters/dev/b.yaml": "b\n"}, tmp_path / "next")
    (tmp_path / "next" / "clusters" / "dev" / "b.yaml").unlink()
    before = files(repo)
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "publish_gitops.py"), str(tmp_path / "next"), str(repo)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "and the files differ (listed, not present: ['clusters/dev/b.yaml']" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert files(repo) == before
