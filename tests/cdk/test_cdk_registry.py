"""Targeted assertions on the shared registry's template: repositories, who may pull, CI's push and release roles."""

from __future__ import annotations

import dataclasses
import json

import pytest
from aws_cdk.assertions import Match, Template
from platform_infra import ENVIRONMENTS, REGISTRY, ConfigError, platform_values, registry_values
from platform_infra.ci_access import ECR_PUSH_ACTIONS
from platform_infra.config import CATALOGUE
from platform_infra.registry import ECR_PULL_ACTIONS
from platform_infra.workloads import ECR_READ_ACTIONS
from test_cdk_stacks import logical_id, of_type

DEV = ENVIRONMENTS["dev"]


@pytest.mark.parametrize("service", [s.name for s in CATALOGUE.services])
def test_ecr_repository_is_immutable_scanned_encrypted_and_retained(registry_template: dict, service: str) -> None:
    """One repository per service of the catalogue (a retired one keeps its images), in the registry alone."""
    t = Template.from_json(registry_template)
    assert sorted(r["Properties"]["RepositoryName"] for r in of_type(registry_template, "AWS::ECR::Repository").values()) == \
        sorted(s.name for s in CATALOGUE.services)
    t.has_resource("AWS::ECR::Repository", {
        "Properties": Match.object_like({
            "RepositoryName": service,
            "ImageTagMutability": "IMMUTABLE",
            "ImageScanningConfiguration": {"ScanOnPush": True},
            "EncryptionConfiguration": {"EncryptionType": "KMS", "KmsKey": {"Fn::GetAtt": [Match.string_like_regexp("^Key"), "Arn"]}},
            "EmptyOnDelete": False,
        }),
        "DeletionPolicy": "Retain",
        "UpdateReplacePolicy": "Retain",
    })
    repo = next(iter(of_type(registry_template, "AWS::ECR::Repository").values()))
    rules = json.loads(repo["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"])["rules"]
    assert [r["selection"] for r in rules] == [
        {"tagStatus": "untagged", "countType": "sinceImagePushed", "countNumber": REGISTRY.untagged_expiry_days, "countUnit": "days"},
        {"tagStatus": "tagged", "tagPrefixList": [REGISTRY.release_tag_prefix], "countType": "imageCountMoreThan",
         "countNumber": REGISTRY.keep_releases},
    ]


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_environment_stacks_hold_no_service_repository(env: str, templates: dict) -> None:
    """Nothing copies images between registries: an environment's own registry holds only its mirrors."""
    assert of_type(templates[env], "AWS::ECR::Repository") == {}


def test_repositories_let_exactly_each_environments_nodes_and_kyverno_read(registry_template: dict) -> None:
    for repo in of_type(registry_template, "AWS::ECR::Repository").values():
        statements = repo["Properties"]["RepositoryPolicyText"]["Statement"]
        expected = []
        for env in ENVIRONMENTS:
            v = platform_values(env)
            for sid, actions, role in ((f"Pull{env.capitalize()}", ECR_PULL_ACTIONS, v.node_role_arn),
                                       (f"VerifySignatures{env.capitalize()}", ECR_READ_ACTIONS, v.kyverno.role_arn)):
                expected.append({"Sid": sid, "Effect": "Allow", "Action": actions,
                                 "Principal": {"AWS": f"arn:aws:iam::{v.account}:root"},
                                 "Condition": {"ArnEquals": {"aws:PrincipalArn": role}}})
        assert statements == expected
        assert not any(a.startswith(("ecr:Put", "ecr:Delete", "ecr:Upload", "ecr:Set")) for s in statements for a in s["Action"])


def test_ci_role_trusts_only_configured_repositories_and_branches(registry_template: dict) -> None:
    values, t = registry_values(REGISTRY), Template.from_json(registry_template)
    subjects = [f"repo:{r}:ref:refs/heads/{b}" for r in REGISTRY.ci_repositories for b in REGISTRY.ci_branches]
    t.has_resource_properties("AWS::IAM::OIDCProvider",
                              {"Url": "https://token.actions.githubusercontent.com", "ClientIdList": ["sts.amazonaws.com"]})
    t.has_resource_properties("AWS::IAM::Role", {
        "RoleName": values.ci_role_name,
        "AssumeRolePolicyDocument": {"Statement": [{
            "Action": "sts:AssumeRoleWithWebIdentity", "Effect": "Allow",
            "Principal": {"Federated": {"Ref": Match.string_like_regexp("^CiGitHubOidcProvider")}},
            "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                           "token.actions.githubusercontent.com:sub": subjects}},
        }], "Version": "2012-10-17"},
    })
    assert "*" not in "".join(subjects)
    assert {s.repository for s in CATALOGUE.services} < set(REGISTRY.ci_repositories)


def _policies_of(template: dict, role_name: str) -> list[dict]:
    role = logical_id(template, "AWS::IAM::Role", RoleName=role_name)
    assert not any(ref == {"Ref": role} for mp in of_type(template, "AWS::IAM::ManagedPolicy").values()
                   for ref in mp["Properties"].get("Roles", []))
    return [p for p in of_type(template, "AWS::IAM::Policy").values() if {"Ref": role} in p["Properties"]["Roles"]]


def _repository_arns(template: dict) -> list[dict] | dict:
    arns = [{"Fn::GetAtt": [r, "Arn"]} for r in sorted(of_type(template, "AWS::ECR::Repository"))]
    return arns[0] if len(arns) == 1 else arns


def test_ci_role_may_push_images_and_nothing_else(registry_template: dict) -> None:
    (policy,) = _policies_of(registry_template, registry_values(REGISTRY).ci_role_name)
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "ecr:GetAuthorizationToken", "Effect": "Allow", "Resource": "*"},
        {"Action": ECR_PUSH_ACTIONS, "Effect": "Allow", "Resource": _repository_arns(registry_template)},
    ]
    assert not [a for a in ECR_PUSH_ACTIONS if a.startswith("ecr:Delete") or a in ("ecr:GetDownloadUrlForLayer", "ecr:SetRepositoryPolicy")]


def test_release_role_reads_for_release_tags_only(registry_template: dict) -> None:
    """Issue 18, item 5: a release tag's run looks up the image built from its commit and verifies it; it may read the
    repositories and nothing else, and only tag refs (not branches, not pull requests) may assume the role."""
    values = registry_values(REGISTRY)
    (role,) = [r for r in of_type(registry_template, "AWS::IAM::Role").values()
               if r["Properties"]["RoleName"] == values.release_role_name]
    (trust,) = role["Properties"]["AssumeRolePolicyDocument"]["Statement"]
    assert trust["Condition"] == {
        "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
        "StringLike": {"token.actions.githubusercontent.com:sub":
                       [f"repo:{r}:ref:refs/tags/{REGISTRY.release_tag_prefix}*" for r in REGISTRY.ci_repositories]}}
    (policy,) = _policies_of(registry_template, values.release_role_name)
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "ecr:GetAuthorizationToken", "Effect": "Allow", "Resource": "*"},
        {"Action": ECR_READ_ACTIONS, "Effect": "Allow", "Resource": _repository_arns(registry_template)},
    ]


def test_registry_resources_carry_the_registry_tags(registry_template: dict) -> None:
    expected = dict(registry_values(REGISTRY).tags)
    tagged = [r for r in registry_template["Resources"].values()
              if r["Type"] in ("AWS::ECR::Repository", "AWS::KMS::Key", "AWS::IAM::Role")]
    assert len(tagged) >= 4
    for r in tagged:
        assert {t["Key"]: t["Value"] for t in r["Properties"]["Tags"]}.items() >= expected.items(), r["Type"]


def test_every_environment_pulls_from_one_registry_in_its_region(tmp_path) -> None:
    other = dataclasses.replace(REGISTRY, account="555555555555")
    with pytest.raises(ConfigError, match="field 'registry' has value 'dev: 555555555555, prod: 444444444444, stage: "
                                          "444444444444', allowed: one registry for every environment"):
        from platform_infra import validate_environments

        validate_environments({**ENVIRONMENTS, "dev": dataclasses.replace(DEV, registry=other)})
    from platform_infra.application import build_app

    with pytest.raises(ConfigError, match="allowed: one registry for every environment, so promotion moves only the pin"):
        build_app(outdir=str(tmp_path), environments=[DEV, dataclasses.replace(ENVIRONMENTS["stage"], registry=other)])
    with pytest.raises(ConfigError, match="field 'registry.region' has value 'eu-central-1', allowed: 'eu-west-1', the "
                                          "environment's region: nodes pull through the vpc's ecr endpoints"):
        dataclasses.replace(DEV, registry=dataclasses.replace(REGISTRY, region="eu-central-1"))
    with pytest.raises(ConfigError, match="field 'dev.registry.account' has value '111111111111', allowed: an account of "
                                          "its own, not an environment's"):
        from platform_infra import validate_environments

        validate_environments({"dev": dataclasses.replace(DEV, registry=dataclasses.replace(REGISTRY, account=DEV.account))})


def test_ci_branches_must_be_exact_names() -> None:
    with pytest.raises(
        ConfigError, match=r"field 'ci_branches' has value 'release/\*', allowed: one or more exact branch names, no wildcards"
    ):
        dataclasses.replace(REGISTRY, ci_branches=("release/*",))
