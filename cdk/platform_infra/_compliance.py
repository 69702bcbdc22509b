"""Recording why a finding of cdk-nag or checkov does not apply, next to the resource."""

from __future__ import annotations

import aws_cdk as cdk
from constructs import IConstruct


def acknowledge(scope: IConstruct, rule_id: str, reason: str) -> None:
    """Acknowledge one cdk-nag finding (e.g. 'AwsSolutions-IAM5[Resource::*]') with a written reason."""
    cdk.Validations.of(scope).acknowledge(cdk.Acknowledgment(id=rule_id, reason=reason))


def checkov_skip(resource: cdk.CfnResource, check_id: str, reason: str) -> None:
    """Skip one checkov check on a CloudFormation resource, with the reason in the template."""
    metadata = resource.get_metadata("checkov") or {"skip": []}
    metadata["skip"] = [*metadata["skip"], {"id": check_id, "comment": reason}]
    resource.add_metadata("checkov", metadata)
