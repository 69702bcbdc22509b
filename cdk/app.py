#!/usr/bin/env python3
"""Entry point of the platform's AWS CDK app: `cd cdk && cdk synth` (see README.md)."""
import pathlib
import sys

# The teams and services come from the repository's catalogue, read with the platform's construct library.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from platform_constructs.catalogue import CatalogueError  # noqa: E402

try:
    from platform_infra.application import build_app
    from platform_infra.config import ConfigError
except CatalogueError as e:  # catalogue.yaml is read when the settings load
    sys.exit(f"cdk synth failed: {e}")

if __name__ == "__main__":
    try:
        app = build_app()
    except (CatalogueError, ConfigError) as e:
        sys.exit(f"cdk synth failed: {e}")
    app.synth()
