"""GitHub Actions access to the shared registry: the OIDC provider, a role that can only push images (the services'
main-branch builds) and a role that can only read them (release tags look up the image built from their commit)."""

from __future__ import annotations

from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from constructs import Construct

from ._compliance import acknowledge
from .config import RegistryConfig
from .values import RegistryValues
from .workloads import ECR_READ_ACTIONS

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


def github_subjects(config: RegistryConfig) -> list[str]:
    """OIDC 'sub' claims allowed to assume the CI role: each configured repository and branch."""
    return [f"repo:{repo}:ref:refs/heads/{branch}" for repo in config.ci_repositories for branch in config.ci_branches]


def release_subjects(config: RegistryConfig) -> list[str]:
    """OIDC 'sub' patterns allowed to assume the release role: each configured repository's release tags (a job
    without a GitHub environment, whose claim names its ref)."""
    return [f"repo:{repo}:ref:refs/tags/{config.release_tag_prefix}*" for repo in config.ci_repositories]


class GitHubCiAccess(Construct):
    """The registry account's GitHub OIDC provider (optional), the image-push role and the release (read) role."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        config: RegistryConfig,
        values: RegistryValues,
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

        # Release tags (rc and release) promote the image built from their commit: they look it up by the commit's
        # tag and verify its signature and attestation, so they read, never write (issue 18, item 5).
        self.release_role = iam.Role(
            self,
            "ReleaseRole",
            role_name=values.release_role_name,
            description="github actions release tags look up and verify the image built from their commit",
            assumed_by=iam.WebIdentityPrincipal(
                provider_arn,
                conditions={
                    "StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com"},
                    "StringLike": {f"{GITHUB_OIDC_HOST}:sub": release_subjects(config)},
                },
            ),
        )
        read = iam.Policy(
            self,
            "ReleaseReadPolicy",
            statements=[
                iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"]),
                iam.PolicyStatement(actions=ECR_READ_ACTIONS, resources=[r.repository_arn for r in repositories]),
            ],
        )
        read.attach_to_role(self.release_role)
        acknowledge(
            read,
            "AwsSolutions-IAM5[Resource::*]",
            "ecr:GetAuthorizationToken supports no resource scoping; reading is limited to the listed repositories",
        )
