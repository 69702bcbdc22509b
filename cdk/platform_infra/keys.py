"""Customer-managed KMS keys, one per kind of data, so access to one never opens another."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from .values import PlatformValues


class PlatformKeys(Construct):
    """The environment's KMS keys: logs, registry, backups and Kubernetes secrets, all rotated yearly."""

    def __init__(self, scope: Construct, id: str, *, values: PlatformValues) -> None:
        super().__init__(scope, id)
        prefix = f"alias/{values.stack_name}"

        def key(key_id: str, alias: str, purpose: str) -> kms.Key:
            return kms.Key(
                self,
                key_id,
                alias=alias,
                description=f"{values.stack_name}: {purpose}",
                enable_key_rotation=True,
                removal_policy=cdk.RemovalPolicy.RETAIN,
            )

        self.logs = key("Logs", f"{prefix}/logs", "cloudwatch logs (vpc flow logs, control plane, containers)")
        # CloudWatch Logs may use the key only for log groups of this account and region.
        self.logs.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.ServicePrincipal(f"logs.{values.region}.amazonaws.com")],
                actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                resources=["*"],
                conditions={
                    "ArnLike": {
                        "kms:EncryptionContext:aws:logs:arn": f"arn:{values.partition}:logs:{values.region}:{values.account}:log-group:*"
                    }
                },
            )
        )
        self.registry = key("Registry", f"{prefix}/registry", "ecr image layers")
        self.backups = key("Backups", values.backup_kms_key_alias, "velero and database backups")
        self.secrets = key("Secrets", f"{prefix}/eks-secrets", "kubernetes secrets envelope encryption")
