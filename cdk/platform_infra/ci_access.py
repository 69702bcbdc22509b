"""GitHub Actions access: the OIDC provider and a role that can only push images."""

from __future__ import annotations

from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from constructs import Construct

from ._compliance import acknowledge
from .config import EnvironmentConfig
from .values import PlatformValues

GITHUB_OIDC_HOST = "token.actions.githubusercontent.com"

#: What 'docker push' needs, per the ECR documentation; no pull, delete or admin actions.
ECR_PUSH_ACTIONS = [
    "ecr:BatchCheckLayerAvailability",
    "ecr:BatchGetImage",
    "ecr:CompleteLayerUpload",
    "ecr:InitiateLayerUpload",
    "ecr:PutImage",
    "ecr:UploadLayerPart",
]


def github_subjects(config: EnvironmentConfig) -> list[str]:
    """OIDC 'sub' claims allowed to assume the CI role: each configured repository and branch."""
    return [f"repo:{repo}:ref:refs/heads/{branch}" for repo in config.ci_repositories for branch in config.ci_branches]


class GitHubCiAccess(Construct):
    """The account's GitHub OIDC provider (optional) and the image-push role."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: EnvironmentConfig,
        values: PlatformValues,
        repositories: list[ecr.IRepository],
    ) -> None:
        super().__init__(scope, id)
        if config.create_github_oidc_provider:
            provider_arn = iam.OidcProviderNative(
                self, "GitHubOidcProvider", url=f"https://{GITHUB_OIDC_HOST}", client_ids=["sts.amazonaws.com"]
            ).oidc_provider_arn
        else:
            # An account holds one provider per url; reuse the existing one by its fixed arn.
            provider_arn = f"arn:{values.partition}:iam::{values.account}:oidc-provider/{GITHUB_OIDC_HOST}"

        self.role = iam.Role(
            self,
            "ImagePushRole",
            role_name=values.ci_role_name,
            description="github actions of the platform repositories push images to ecr",
            assumed_by=iam.WebIdentityPrincipal(
                provider_arn,
                conditions={
                    "StringEquals": {
                        f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com",
                        f"{GITHUB_OIDC_HOST}:sub": github_subjects(config),
                    }
                },
            ),
        )
        policy = iam.Policy(
            self,
            "ImagePushPolicy",
            statements=[
                # GetAuthorizationToken has no resource-level permissions: it only issues a docker login.
                iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"]),
                iam.PolicyStatement(actions=ECR_PUSH_ACTIONS, resources=[r.repository_arn for r in repositories]),
            ],
        )
        policy.attach_to_role(self.role)
        acknowledge(
            policy,
            "AwsSolutions-IAM5[Resource::*]",
            "ecr:GetAuthorizationToken supports no resource scoping; pushing is limited to the listed repositories",
        )
