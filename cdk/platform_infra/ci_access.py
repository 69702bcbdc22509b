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

        arns = [r.repository_arn for r in repositories]
        self.role = self._role(
            "ImagePush", provider_arn, name=values.ci_role_name,
            description="github actions of the platform repositories push images to ecr",
            subjects={"StringEquals": {f"{GITHUB_OIDC_HOST}:sub": github_subjects(config)}},
            statement=iam.PolicyStatement(actions=ECR_PUSH_ACTIONS, resources=arns), doing="pushing")
        # Release tags (rc and release) promote the image built from their commit: they look it up by the commit's
        # tag and verify its signature and attestation, so they read, never write (issue 18, item 5).
        self.release_role = self._role(
            "Release", provider_arn, name=values.release_role_name,
            description="github actions release tags look up and verify the image built from their commit",
            subjects={"StringLike": {f"{GITHUB_OIDC_HOST}:sub": release_subjects(config)}},
            statement=iam.PolicyStatement(actions=ECR_READ_ACTIONS, resources=arns), doing="reading")

    def _role(self, id: str, provider_arn: str, *, name: str, description: str, subjects: dict,
              statement: iam.PolicyStatement, doing: str) -> iam.Role:
        """A role GitHub Actions assume through OIDC (audience sts, the `subjects` condition) with `statement`."""
        conditions = {"StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com"}}
        for operator, claims in subjects.items():
            conditions[operator] = {**conditions.get(operator, {}), **claims}
        role = iam.Role(self, f"{id}Role", role_name=name, description=description,
                        assumed_by=iam.WebIdentityPrincipal(provider_arn, conditions=conditions))
        policy = iam.Policy(
            self,
            f"{id}Policy",
            # GetAuthorizationToken has no resource-level permissions: it only issues a docker login.
            statements=[iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"]), statement],
        )
        policy.attach_to_role(role)
        acknowledge(policy, "AwsSolutions-IAM5[Resource::*]",
                    f"ecr:GetAuthorizationToken supports no resource scoping; {doing} is limited to the listed repositories")
        return role
