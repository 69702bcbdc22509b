#!/usr/bin/env python3
"""Entry point of the platform's AWS CDK app: `cd cdk && cdk synth` (see README.md)."""

from platform_infra.application import build_app

if __name__ == "__main__":
    build_app().synth()
