#!/usr/bin/env python3
"""Regenerate the CRD bindings in imports/ from the list in cdk8s.yaml.

    python tools/imports.py                 # from the pinned upstream URLs
    python tools/imports.py --crd-dir DIR   # from local copies named like the module (dashes for underscores)
    python tools/imports.py MODULE...       # only these modules (a CRD just added to cdk8s.yaml)

Runs one `cdk8s import` per module, so modules of the same API group (argoproj.io holds
Rollouts and Argo CD) each get their own folder instead of overwriting each other.
"""
from __future__ import annotations

import argparse
import pathlib
import shutil
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def specs(crd_dir: pathlib.Path | None) -> list[tuple[str, str]]:
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    out = []
    for entry in config["imports"]:
        name, _, url = entry.partition(":=")
        source = url
        if crd_dir is not None:
            local = crd_dir / f"{name.replace('_', '-')}.yaml"
            if not local.is_file():
                sys.exit(f"imports: no local copy {local} for module '{name}' ({url})")
            source = str(local.resolve())
        out.append((name, source))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--crd-dir", type=pathlib.Path, help="generate from local CRD files instead of the URLs")
    parser.add_argument("modules", nargs="*", help="regenerate only these modules (default: every module in cdk8s.yaml)")
    args = parser.parse_args()
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    out_dir = ROOT / config.get("importDirectory", "imports")
    todo = specs(args.crd_dir)
    if unknown := sorted(set(args.modules) - {name for name, _ in todo}):
        sys.exit(f"imports: no module {', '.join(repr(m) for m in unknown)} in cdk8s.yaml")
    todo = [(name, source) for name, source in todo if not args.modules or name in args.modules]
    cdk8s = shutil.which("cdk8s", path=f"{ROOT / 'node_modules' / '.bin'}") or "cdk8s"
    for name, source in todo:
        shutil.rmtree(out_dir / name, ignore_errors=True)
        print(f"imports: {name} <- {source}", flush=True)
        subprocess.run([cdk8s, "import", f"{name}:={source}", "--language", "python", "--output", str(out_dir),
                        "--no-save", "--no-check-upgrade"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    (out_dir / "__init__.py").write_text('"""Generated CRD bindings (`make imports`); see cdk8s.yaml for the pinned sources."""\n')


if __name__ == "__main__":
    main()
