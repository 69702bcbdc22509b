"""Publish the rendered tree into a checkout of the GitOps repository, touching only the files the platform owns.

    python3 tools/publish_gitops.py dist <gitops checkout>

The platform owns exactly the files its last publish listed in the repository's `.platform-tree` (the list
`write_tree` writes into dist/): those missing from the new rendering are deleted, the new rendering is
copied in, and the list is replaced. Everything else in the repository (its README, team folders, other
tools' files) is left alone. A rendered file whose path already holds a file the platform does not own is
refused, as is a rendering whose list and files disagree: nothing is written then. Standard library only,
so the CI job needs no install.
"""
from __future__ import annotations

import argparse
import pathlib
import shutil
import sys

MARKER = ".platform-tree"  # platform_constructs.output.MARKER, not imported: this runs without the package


class PublishError(Exception):
    pass


def listed(tree: pathlib.Path) -> set[str]:
    """The relative paths `tree`'s marker lists; each one checked to stay inside the tree."""
    out = set()
    for n, line in enumerate((tree / MARKER).read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("/")
        if line.startswith("/") or any(p in ("", ".", "..", ".git") for p in parts):
            raise PublishError(f"{tree / MARKER}:{n}: {line!r} is not allowed: a relative path inside the tree")
        out.add(line)
    return out


def publish(dist: pathlib.Path, repo: pathlib.Path) -> tuple[int, int]:
    """Mirror `dist` into `repo`'s platform-owned files; returns (files written, files deleted)."""
    if not (dist / MARKER).is_file():
        raise PublishError(f"{dist}: no {MARKER}: not a tree that write_tree rendered")
    new = listed(dist)
    present = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()} - {MARKER}
    if new != present:
        raise PublishError(f"{dist}: {MARKER} and the files differ (listed, not present: {sorted(new - present)[:5]}; "
                           f"present, not listed: {sorted(present - new)[:5]})")
    old = listed(repo) if (repo / MARKER).is_file() else set()
    foreign = sorted(p for p in new - old if (repo / p).exists() or (repo / p).is_symlink())
    if foreign:
        raise PublishError(f"{repo}: {len(foreign)} rendered path(s) already hold files the platform does not own "
                           f"(not in its {MARKER}): {', '.join(foreign[:5])}; move them, or add them to the catalogue")
    gone = sorted(old - new)
    for rel in gone:
        path = repo / rel
        path.unlink(missing_ok=True)
        for parent in path.parents:  # drop folders the deletion emptied, never the repository itself
            if parent == repo or any(parent.iterdir()):
                break
            parent.rmdir()
    for rel in sorted(new):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dist / rel, repo / rel)
    shutil.copyfile(dist / MARKER, repo / MARKER)
    return len(new), len(gone)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=pathlib.Path)
    parser.add_argument("repo", type=pathlib.Path)
    args = parser.parse_args(argv)
    try:
        written, deleted = publish(args.dist, args.repo)
    except (PublishError, OSError) as e:
        print(f"publish_gitops: {e}", file=sys.stderr)
        return 1
    print(f"publish_gitops: {written} platform files written, {deleted} deleted; nothing else touched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
