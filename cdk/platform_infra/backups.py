"""S3 buckets for Velero and database backups, the bucket receiving their access logs, and their copy in a second
region (`BackupReplicaStack`, its own KMS key), so a region loss keeps the backups (issue 18, item 9)."""

from __future__ import annotations

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from constructs import Construct

from ._compliance import acknowledge, checkov_skip
from .config import EnvironmentConfig
from .values import BackupReplica, PlatformValues


class BackupBuckets(Construct):
    """Versioned, KMS-encrypted, TLS-only, private buckets with lifecycle and optional object lock, replicated to the
    environment's replica region when it has one."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, values: PlatformValues, key: kms.IKey) -> None:
        super().__init__(scope, id)
        self.access_logs = access_logs_bucket(self, values.access_logs_bucket, config)
        self.velero = backup_bucket(self, "Velero", values.velero_bucket, config, values, key, self.access_logs,
                                    lock_days=values.velero_retention_days)
        self.db_backups = backup_bucket(self, "DbBackups", values.db_backup_bucket, config, values, key, self.access_logs,
                                        lock_days=values.db_backup_retention_days, expire_days=values.db_backup_expiry_days)
        if values.backup_replica is not None:
            self._replicate(values, values.backup_replica, key)

    def _replicate(self, values: PlatformValues, replica: BackupReplica, key: kms.IKey) -> None:
        """Copy every new object version to the replica region, encrypted there with the replica's own key."""
        p = values.partition
        role = iam.Role(self, "Replication", role_name=replica.replication_role_name,
                        description="s3 replication of the backup buckets to the replica region",
                        assumed_by=iam.ServicePrincipal("s3.amazonaws.com", conditions={
                            "StringEquals": {"aws:SourceAccount": values.account}}))
        pairs = ((self.velero, replica.velero_bucket), (self.db_backups, replica.db_backup_bucket))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:GetReplicationConfiguration", "s3:ListBucket"],
                                               resources=[source.bucket_arn for source, _ in pairs]))
        role.add_to_policy(iam.PolicyStatement(
            actions=["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging",
                     "s3:GetObjectRetention", "s3:GetObjectLegalHold"],
            resources=[source.arn_for_objects("*") for source, _ in pairs]))
        role.add_to_policy(iam.PolicyStatement(actions=["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                                               resources=[f"arn:{p}:s3:::{dest}/*" for _, dest in pairs]))
        role.add_to_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=[key.key_arn], conditions={
            "StringEquals": {"kms:ViaService": f"s3.{values.region}.amazonaws.com"}}))
        # The replica key's id is known only once that stack is deployed: the role may use the key behind the alias.
        replica_keys = f"arn:{p}:kms:{replica.region}:{values.account}:key/*"
        role.add_to_policy(iam.PolicyStatement(actions=["kms:Encrypt", "kms:GenerateDataKey"], resources=[replica_keys],
                                               conditions={"StringEquals": {"kms:ViaService": f"s3.{replica.region}.amazonaws.com"},
                                                           "ForAnyValue:StringEquals": {"kms:ResourceAliases": replica.kms_key_alias}}))
        reason = "s3 replication copies every object version of the backup buckets; keys are written by the backup tools"
        for source, dest in pairs:
            acknowledge(role, f"AwsSolutions-IAM5[Resource::<{cdk.Stack.of(self).get_logical_id(source.node.default_child)}.Arn>/*]",
                        reason)
            acknowledge(role, f"AwsSolutions-IAM5[Resource::arn:{p}:s3:::{dest}/*]", reason)
        acknowledge(role, f"AwsSolutions-IAM5[Resource::{replica_keys}]",
                    "the replica key is created in another region's stack; the role may only use the key its alias names")
        for source, dest in pairs:
            # Velero's deletes (ttl, repository maintenance) must reach the copy, or its repository there drifts from the
            # source; nothing deletes database archive objects, and lifecycle expiry is never replicated (the replica
            # expires its own copy). Replication time control: 99.99% of objects within 15 minutes, the copy's RPO.
            velero = source is self.velero
            rule = {
                "Id": "to-replica-region", "Status": "Enabled", "Priority": 0, "Filter": {"Prefix": ""},
                "DeleteMarkerReplication": {"Status": "Enabled" if velero else "Disabled"},
                "SourceSelectionCriteria": {"SseKmsEncryptedObjects": {"Status": "Enabled"}},
                "Destination": {
                    "Bucket": f"arn:{p}:s3:::{dest}",
                    "EncryptionConfiguration": {"ReplicaKmsKeyID": replica.kms_key_alias_arn},
                    "ReplicationTime": {"Status": "Enabled", "Time": {"Minutes": 15}},
                    "Metrics": {"Status": "Enabled", "EventThreshold": {"Minutes": 15}},
                },
            }
            cfn: s3.CfnBucket = source.node.default_child  # type: ignore[assignment]
            cfn.add_property_override("ReplicationConfiguration", {"Role": role.role_arn, "Rules": [rule]})


class BackupReplicaStack(cdk.Stack):
    """The backup buckets' copy in the replica region: the same buckets (versioned, locked, expiring as the source),
    encrypted with a key of that region, and their own access log bucket."""

    def __init__(self, scope: Construct, id: str, *, config: EnvironmentConfig, values: PlatformValues) -> None:
        replica = values.backup_replica
        assert replica is not None, "BackupReplicaStack needs an environment with backup_replica_region"
        super().__init__(scope, id, stack_name=replica.stack_name, env=cdk.Environment(account=config.account, region=replica.region),
                         description=f"platform {config.name}: copy of the backup buckets in {replica.region}",
                         tags=dict(values.tags), termination_protection=config.termination_protection, analytics_reporting=False)
        for k, v in values.tags.items():
            cdk.Tags.of(self).add(k, v)
        key = kms.Key(self, "Key", alias=replica.kms_key_alias, description=f"{values.stack_name}: backup copies in {replica.region}",
                      enable_key_rotation=True, removal_policy=cdk.RemovalPolicy.RETAIN)
        logs = access_logs_bucket(self, replica.access_logs_bucket, config)
        self.velero = backup_bucket(self, "Velero", replica.velero_bucket, config, values, key, logs,
                                    lock_days=values.velero_retention_days)
        self.db_backups = backup_bucket(self, "DbBackups", replica.db_backup_bucket, config, values, key, logs,
                                        lock_days=values.db_backup_retention_days, expire_days=values.db_backup_expiry_days)


def access_logs_bucket(scope: Construct, name: str, config: EnvironmentConfig) -> s3.Bucket:
    bucket = s3.Bucket(
        scope,
        "AccessLogs",
        bucket_name=name,
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
    checkov_skip(bucket.node.default_child, "CKV_AWS_18", "this is the access log bucket itself; logging it into itself would loop")
    return bucket


def backup_bucket(scope: Construct, id: str, name: str, config: EnvironmentConfig, values: PlatformValues, key: kms.IKey,
                  logs: s3.IBucket, *, lock_days: int, expire_days: int | None = None) -> s3.Bucket:
    """One backup bucket. `lock_days`: Object Lock retention when the environment locks its backups. `expire_days`:
    current objects expire then (the database archive, whose tools delete nothing); without it the tool expires them
    itself (Velero's ttl). Old versions are kept long enough to undo a bad delete."""
    lock = values.backup_object_lock
    retention = {"GOVERNANCE": s3.ObjectLockRetention.governance, "COMPLIANCE": s3.ObjectLockRetention.compliance}
    expire = [s3.LifecycleRule(id="expire-archive", expiration=cdk.Duration.days(expire_days))] if expire_days else []
    return s3.Bucket(
        scope,
        id,
        bucket_name=name,
        encryption=s3.BucketEncryption.KMS,
        encryption_key=key,
        bucket_key_enabled=True,
        block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
        object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforce_ssl=True,
        versioned=True,
        object_lock_enabled=lock is not None or None,
        object_lock_default_retention=retention[lock](cdk.Duration.days(lock_days)) if lock else None,
        lifecycle_rules=[
            *expire,
            s3.LifecycleRule(id="expire-old-versions",
                             noncurrent_version_expiration=cdk.Duration.days(config.backup_noncurrent_expiry_days)),
            s3.LifecycleRule(id="abort-incomplete-uploads", abort_incomplete_multipart_upload_after=cdk.Duration.days(7)),
        ],
        server_access_logs_bucket=logs,
        server_access_logs_prefix=f"{name}/",
        removal_policy=cdk.RemovalPolicy.RETAIN,
    )
