#!/usr/bin/env python3
"""Draw each environment's allowed traffic from a rendered GitOps tree.

    python tools/traffic.py [DIST] [--out docs/traffic]

Writes <env>.md (Mermaid, renders on GitHub) and <env>.svg per environment, computed from the
rendered NetworkPolicies and Namespaces (see platform_constructs.traffic). The synth writes the same
files; this command redraws them from any tree, such as a cluster's exported manifests.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# jsii (loaded with the package) runs `node` from PATH: use the supported Node pinned in package.json.
os.environ["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}"

from platform_constructs.output import write_tree  # noqa: E402
from platform_constructs.traffic import diagram_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", nargs="?", type=pathlib.Path, default=ROOT / "dist")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "docs" / "traffic")
    args = parser.parse_args(argv)
    files = {str(p.relative_to(args.dist)): p.read_text() for p in sorted(args.dist.rglob("*.yaml"))}
    drawings = diagram_files(files)
    write_tree(drawings, args.out)
    print(f"traffic: wrote {len(drawings)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
