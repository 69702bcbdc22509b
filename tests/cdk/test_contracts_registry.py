"""Issue 18, item 1: the images stage and prod pin exist where they are pulled from. Read together: every stack the
CDK app synthesizes (its account, region and template), the demo-api's workflow (where CI pushes and signs), the pins
in releases/ and the policies in dist/. The registry that receives CI's pushes is found from the templates (the one
repository per service that a role trusted by the service's main-branch workflow may push to), never named here."""

from __future__ import annotations

import json
import pathlib

import pytest
import yaml
from platform_infra import ENVIRONMENTS, platform_values
from platform_infra.config import CATALOGUE
from test_contracts import DIST, _role_policies, dist_objects, of_type

from platform_constructs import ReleasePins
from platform_constructs.releases import REPOSITORIES_FILE, read_repositories

ROOT = DIST.parent
APP_WORKFLOW = ROOT / "examples" / "demo-api" / ".github" / "workflows" / "ci.yaml"
OIDC = "token.actions.githubusercontent.com"
#: What pulling an image needs (the nodes' kubelet); Kyverno reads the same to fetch signatures and attestations.
PULL_ACTIONS = {"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"}


def _list(value) -> list:
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def stacks(synth) -> dict[str, tuple[str, str, dict]]:
    """Every stack of the app by stack name: (account, region, template)."""
    import aws_cdk as cdk

    app, outdir = synth
    return {s.stack_name: (s.account, s.region, json.loads((pathlib.Path(outdir) / s.template_file).read_text()))
            for s in app.node.children if isinstance(s, cdk.Stack)}


def _repository_names(template: dict, resources: list) -> set[str]:
    """The ECR repository names a policy's resources denote (a GetAtt of a repository of the template, or an arn)."""
    repos = of_type(template, "AWS::ECR::Repository")
    out = set()
    for r in resources:
        if isinstance(r, dict) and "Fn::GetAtt" in r and r["Fn::GetAtt"][0] in repos:
            out.add(repos[r["Fn::GetAtt"][0]]["Properties"]["RepositoryName"])
        elif isinstance(r, str) and ":repository/" in r:
            out.add(r.split(":repository/", 1)[1])
    return out


def _trusts_main_of(role: dict, repository: str) -> bool:
    """Whether GitHub Actions of `repository` on its main branch (where the demo-api's publish job runs) may assume it."""
    for s in role["Properties"]["AssumeRolePolicyDocument"]["Statement"]:
        subjects = s.get("Condition", {}).get("StringEquals", {}).get(f"{OIDC}:sub", [])
        if s["Action"] == "sts:AssumeRoleWithWebIdentity" and f"repo:{repository}:ref:refs/heads/main" in _list(subjects):
            return True
    return False


def _main_branch_roles(stacks: dict, service):
    """Each role `service`'s main-branch workflow may assume: (account, region, template, role name, its statements)."""
    for account, region, t in stacks.values():
        names = {lid: r["Properties"].get("RoleName") for lid, r in of_type(t, "AWS::IAM::Role").items()}
        policies = _role_policies(t)
        for lid, role in of_type(t, "AWS::IAM::Role").items():
            if _trusts_main_of(role, service.repository):
                yield account, region, t, names[lid], policies[names[lid]]


def receiving(stacks: dict, service) -> str:
    """The one repository (host/name) CI's pushes of `service` reach: a role its main-branch workflow assumes may
    PutImage there. The workflow holds one role (vars.AWS_ROLE_ARN), so there must be exactly one."""
    found = []
    for account, region, t, _, statements in _main_branch_roles(stacks, service):
        pushable = {n for s in statements if "ecr:PutImage" in _list(s["Action"]) for n in _repository_names(t, _list(s["Resource"]))}
        found += [f"{account}.dkr.ecr.{region}.amazonaws.com/{service.name}"] if service.name in pushable else []
    assert len(found) == 1, f"{service.name}: CI can push to {found or 'no repository'}; exactly one registry receives its images"
    return found[0]


def _registry_stack(stacks: dict, repository: str) -> tuple[str, str, dict]:
    host, name = repository.split("/", 1)
    (found,) = [(a, r, t) for a, r, t in stacks.values() if f"{a}.dkr.ecr.{r}.amazonaws.com" == host and name in
                {x["Properties"]["RepositoryName"] for x in of_type(t, "AWS::ECR::Repository").values()}]
    return found


def _granted(template: dict, name: str, principal: str) -> set[str]:
    """Actions the repository `name`'s policy grants the IAM principal arn `principal` (from another account)."""
    (repo,) = [r for r in of_type(template, "AWS::ECR::Repository").values() if r["Properties"]["RepositoryName"] == name]
    account = principal.split(":")[4]
    out: set[str] = set()
    for s in (repo["Properties"].get("RepositoryPolicyText") or {}).get("Statement", []):
        principals = _list(s.get("Principal", {}).get("AWS", []))
        named = principal in principals
        via_account = f"arn:aws:iam::{account}:root" in principals and principal in _list(
            s.get("Condition", {}).get("ArnEquals", {}).get("aws:PrincipalArn", []))
        if s["Effect"] == "Allow" and (named or via_account):
            out |= set(_list(s["Action"]))
    return out


def _workflow() -> dict:
    return yaml.safe_load(APP_WORKFLOW.read_text(encoding="utf-8"))


def test_every_pin_resolves_to_the_one_repository_ci_pushes_to(stacks: dict) -> None:
    """Promotion moves only the pin: each environment's pin (dev's from `release set`, stage's and prod's from
    `release promote`) names the repository the pushed digest is in, and so does releases/repositories.yaml, from
    which the release CLI derives every pin."""
    table = read_repositories(ROOT / "releases" / REPOSITORIES_FILE)
    workflow = _workflow()
    publish = "\n".join(s.get("run", "") for s in workflow["jobs"]["publish"]["steps"])
    assert 'repository="${REGISTRY}/${IMAGE_NAME}"' in publish and workflow["env"]["IMAGE_NAME"] == "demo-api"
    for service in CATALOGUE.running:
        repository = receiving(stacks, service)
        for env in ENVIRONMENTS:
            assert table[env][service.name] == repository, f"{env} pulls {service.name} from {table[env][service.name]}"
            image = ReleasePins.load(ROOT / "releases", env).images.get(service.name)
            assert image is None or image.startswith((f"{repository}:", f"{repository}@")), (
                f"releases/{env}.yaml pins {image}, but CI pushes {service.name} to {repository} and nothing copies it")


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_the_signature_policy_verifies_where_ci_signs(env: str, stacks: dict) -> None:
    """cosign writes the signature and the SBOM attestation next to the pushed digest: each ImageValidatingPolicy
    matches and verifies exactly that repository (stage and prod verify; dev runs unverified builds)."""
    policies = {p["metadata"]["name"]: p for _, p in dist_objects(env, "ImageValidatingPolicy")}
    assert bool(policies) == (env != "dev"), f"{env}: {sorted(policies)}"
    for service in CATALOGUE.running:
        if env == "dev":
            continue
        repository = receiving(stacks, service)
        spec = policies[f"verify-{service.name}"]["spec"]
        assert {g["glob"] for g in spec["matchImageReferences"]} == {f"{repository}:*", f"{repository}@*"}
        variables = {v["name"]: v["expression"] for v in spec["variables"]}
        assert variables["repositories"] == f"['{repository}']"


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_environments_nodes_can_pull_from_the_receiving_repository(env: str, stacks: dict, templates: dict) -> None:
    """The kubelet pulls with the node role: its own policy allows pulling, the repository (in the registry's
    account) lets exactly that role pull, and the registry is in the environment's region, so pulls go through the
    VPC's ECR endpoints."""
    t, config = templates[env], ENVIRONMENTS[env]
    roles = of_type(t, "AWS::IAM::Role")
    (node_role,) = {roles[g["Properties"]["NodeRole"]["Fn::GetAtt"][0]]["Properties"]["RoleName"]
                    for g in of_type(t, "AWS::EKS::Nodegroup").values()}
    managed = [json.dumps(m) for r in roles.values() if r["Properties"].get("RoleName") == node_role
               for m in r["Properties"].get("ManagedPolicyArns", [])]
    assert any("AmazonEC2ContainerRegistryPullOnly" in m for m in managed), managed
    for service in CATALOGUE.running:
        repository = receiving(stacks, service)
        account, region, registry = _registry_stack(stacks, repository)
        assert region == config.region, f"{env} pulls across regions from {repository}: its ECR endpoints are in {config.region}"
        if account != config.account:
            principal = f"arn:aws:iam::{config.account}:role/{node_role}"
            assert _granted(registry, service.name, principal) >= PULL_ACTIONS, f"{repository} does not let {principal} pull"


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_kyverno_reads_exactly_the_repositories_where_the_signatures_are(env: str, stacks: dict, templates: dict) -> None:
    """Kyverno's Pod Identity role (platform-<env>-kyverno) reads the receiving repositories, no other, and each of
    them lets exactly that role read (signatures, attestations and the manifests they sign)."""
    values = platform_values(env)
    statements = _role_policies(templates[env])[values.kyverno.role_name]
    readable = {r for s in statements if s["Resource"] != "*" for r in _list(s["Resource"])}
    expected = set()
    for service in CATALOGUE.services:
        repository = receiving(stacks, service)
        account, region, registry = _registry_stack(stacks, repository)
        expected.add(f"arn:aws:ecr:{region}:{account}:repository/{service.name}")
        if account != values.account:
            assert _granted(registry, service.name, values.kyverno.role_arn) >= PULL_ACTIONS | {"ecr:DescribeImages"}
    assert readable == expected
    actions = {a for s in statements for a in _list(s["Action"])}
    assert actions and all(a.split(":")[1].startswith(("Get", "Batch", "Describe")) for a in actions), actions


#: What each command of the publish job does to the repository, as ECR authorises it: `docker push` uploads the
#: layers and the manifest; cosign reads the image's manifest, then writes the signature or attestation image
#: beside it; its verify commands read those images' manifests and fetch their layers (the signed payloads).
_COMMAND_ACTIONS = {
    "docker push": {"ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                    "ecr:CompleteLayerUpload", "ecr:PutImage"},
    "cosign sign": {"ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload",
                    "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage"},
    "cosign attest": {"ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload",
                      "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage"},
    "cosign verify": {"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"},
    "cosign verify-attestation": {"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"},
}


def test_the_publish_job_may_do_everything_it_runs(stacks: dict) -> None:
    """The publish job pushes, signs, attests and then verifies its own signature and attestation with the one role
    its main-branch run assumes: that role's policy allows every ECR action those commands need (a verify that
    cannot fetch the signature's layer fails the release after the image is pushed)."""
    workflow = _workflow()
    steps = workflow["jobs"]["publish"]["steps"]
    (aws,) = [s for s in steps if "role-to-assume" in (s.get("with") or {})]
    assert aws["with"]["role-to-assume"] == "${{ vars.AWS_ROLE_ARN }}"
    lines = [line.strip().split() for s in steps for line in s.get("run", "").splitlines()]
    ran = {c for c in _COMMAND_ACTIONS if any(line[:len(c.split())] == c.split() for line in lines)}
    assert ran == set(_COMMAND_ACTIONS), f"the publish job no longer runs {sorted(set(_COMMAND_ACTIONS) - ran)}"
    needed = {a for c in ran for a in _COMMAND_ACTIONS[c]}
    for service in CATALOGUE.running:
        repository = receiving(stacks, service)
        for _, _, t, name, statements in _main_branch_roles(stacks, service):
            allowed = {a for s in statements if service.name in _repository_names(t, _list(s["Resource"])) for a in _list(s["Action"])}
            assert needed <= allowed, f"{name} may not {sorted(needed - allowed)} on {repository}, which the publish job needs"
