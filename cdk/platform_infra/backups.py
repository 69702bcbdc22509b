"""S3 buckets for Velero and database backups, plus the bucket receiving their access logs."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from ._compliance import checkov_skip
from .config import EnvironmentConfig
from .values import PlatformValues


class BackupBuckets(Construct):
    """Versioned, KMS-encrypted, TLS-only, private buckets with lifecycle and optional object lock."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, values: PlatformValues, key: kms.IKey) -> None:
        super().__init__(scope, id)
        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            bucket_name=values.access_logs_bucket,
            # S3 server access logging delivers only to SSE-S3 buckets, not SSE-KMS.
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            enforce_ssl=True,
            versioned=True,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="expire-access-logs",
                    expiration=cdk.Duration.days(config.log_retention_days),
                    noncurrent_version_expiration=cdk.Duration.days(30),
                ),
                s3.LifecycleRule(id="abort-incomplete-uploads", abort_incomplete_multipart_upload_after=cdk.Duration.days(7)),
            ],
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
        checkov_skip(
            self.access_logs.node.default_child, "CKV_AWS_18", "this is the access log bucket itself; logging it into itself would loop"
        )

        self.velero = self._backup_bucket("Velero", values.velero_bucket, config, key)
        self.db_backups = self._backup_bucket("DbBackups", values.db_backup_bucket, config, key)

    def _backup_bucket(self, id: str, name: str, config: EnvironmentConfig, key: kms.IKey) -> s3.Bucket:
        lock_days = config.backup_object_lock_days
        return s3.Bucket(
            self,
            id,
            bucket_name=name,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=key,
            bucket_key_enabled=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            enforce_ssl=True,
            versioned=True,
            object_lock_enabled=lock_days is not None or None,
            object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(lock_days)) if lock_days else None,
            lifecycle_rules=[
                # Backup tools expire current objects themselves (velero ttl, pg retention);
                # old versions are kept long enough to undo a bad delete.
                s3.LifecycleRule(
                    id="expire-old-versions", noncurrent_version_expiration=cdk.Duration.days(config.backup_noncurrent_expiry_days)
                ),
                s3.LifecycleRule(id="abort-incomplete-uploads", abort_incomplete_multipart_upload_after=cdk.Duration.days(7)),
            ],
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix=f"{name}/",
            removal_policy=cdk.RemovalPolicy.RETAIN,
        )
