"""Log groups with the platform's defaults: KMS-encrypted, retained, explicit retention."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from constructs import Construct

# Keys match config.ALLOWED_LOG_RETENTION_DAYS (validated there).
_RETENTION = {
    365: logs.RetentionDays.ONE_YEAR,
    400: logs.RetentionDays.THIRTEEN_MONTHS,
    545: logs.RetentionDays.EIGHTEEN_MONTHS,
    731: logs.RetentionDays.TWO_YEARS,
    1096: logs.RetentionDays.THREE_YEARS,
    1827: logs.RetentionDays.FIVE_YEARS,
    2192: logs.RetentionDays.SIX_YEARS,
    2557: logs.RetentionDays.SEVEN_YEARS,
    2922: logs.RetentionDays.EIGHT_YEARS,
    3288: logs.RetentionDays.NINE_YEARS,
    3653: logs.RetentionDays.TEN_YEARS,
}


def encrypted_log_group(scope: Construct, id: str, *, name: str, key: kms.IKey, retention_days: int) -> logs.LogGroup:
    """A log group encrypted with ``key``, kept ``retention_days`` and retained on stack deletion."""
    return logs.LogGroup(
        scope,
        id,
        log_group_name=name,
        encryption_key=key,
        retention=_RETENTION[retention_days],
        removal_policy=cdk.RemovalPolicy.RETAIN,
    )
