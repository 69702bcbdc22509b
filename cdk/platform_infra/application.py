"""Builds the CDK app: the shared registry's stack and one PlatformStack per environment (and its backup copy stack),
checked by cdk-nag."""

from __future__ import annotations

from collections.abc import Iterable

import aws_cdk as cdk
from cdk_nag import AwsSolutionsChecks

from .backups import BackupReplicaStack
from .config import ENVIRONMENTS, EnvironmentConfig, validate_environments
from .stack import PlatformStack, RegistryStack

#: Construct id of the shared registry's stack.
REGISTRY_STACK_ID = "PlatformRegistry"

#: Context every synth uses, in ``cdk synth`` and in tests alike (applied after the
#: cli's context, so it wins): no version reporting and no path metadata, so templates
#: depend only on the settings; access logs delivered through a bucket policy, not ACLs.
APP_CONTEXT = {
    "aws:cdk:version-reporting": False,
    "aws:cdk:enable-path-metadata": False,
    "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": True,
}


def stack_id(config: EnvironmentConfig) -> str:
    """Construct id of an environment's stack, e.g. 'PlatformDev'."""
    return f"Platform{config.name.capitalize()}"


def replica_stack_id(config: EnvironmentConfig) -> str:
    """Construct id of an environment's backup copy stack in its replica region, e.g. 'PlatformProdBackupReplica'."""
    return f"{stack_id(config)}BackupReplica"


def build_app(*, outdir: str | None = None, environments: Iterable[EnvironmentConfig] | None = None) -> cdk.App:
    """The app with the registry's stack and a stack per environment; ``outdir`` defaults to CDK_OUTDIR (set by the
    cdk cli). The environments must share one registry, as validate_environments checks (ConfigError otherwise)."""
    app = cdk.App(outdir=outdir, analytics_reporting=False, stack_traces=False, post_cli_context=dict(APP_CONTEXT))
    chosen = ENVIRONMENTS.values() if environments is None else environments
    envs = list(validate_environments({e.name: e for e in chosen}).values())
    RegistryStack(app, REGISTRY_STACK_ID, config=envs[0].registry, environments=envs)
    for config in envs:
        stack = PlatformStack(app, stack_id(config), config=config)
        if stack.values.backup_replica is not None:
            BackupReplicaStack(app, replica_stack_id(config), config=config, values=stack.values)
    # Findings fail the synth; acknowledged ones carry their reason next to the resource.
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return app
