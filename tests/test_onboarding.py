"""The worked example of docs/onboarding.md, run: a team and a service added to a copy of the catalogue (the doc's
own blocks), both apps synthesized from it, and what they derive checked. No test names the new team."""
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from support import ROOT

import main
from platform_constructs.catalogue import load_catalogue

DOC = (ROOT / "docs" / "onboarding.md").read_text()
BLOCKS = dict(re.findall(r"```yaml onboarding:(\w+)\n(.*?)```", DOC, re.S))


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """A copy of catalogue.yaml with the doc's blocks under teams: and services:, and a copy of releases/."""
    tmp = tmp_path_factory.mktemp("onboarding")
    text = (ROOT / "catalogue.yaml").read_text()
    assert text.count("\nteams:\n") == 1 and text.rstrip().splitlines()[-1].startswith("  ")  # services: comes last
    (tmp / "catalogue.yaml").write_text(text.replace("\nteams:\n", "\nteams:\n" + BLOCKS["teams"]) + BLOCKS["services"])
    shutil.copytree(ROOT / "releases", tmp / "releases")
    catalogue = load_catalogue(tmp / "catalogue.yaml")
    new = [s for s in catalogue.services if s.name not in {s.name for s in main.load_catalogue(main.CATALOGUE).services}]
    assert len(new) == 1
    return tmp, catalogue, new[0], catalogue.team(new[0].team)


def test_onboarding_is_one_change_of_at_most_15_lines_and_the_doc_says_how_many():
    lines = sum(len(b.splitlines()) for b in BLOCKS.values())
    assert set(BLOCKS) == {"teams", "services"} and lines <= 15
    assert f"one pull request, {lines} lines of `catalogue.yaml`" in DOC


def test_before_the_first_release_the_team_is_rendered_and_the_service_is_not(example):
    tmp, catalogue, service, team = example
    files = main.synth(catalogue=catalogue, releases=tmp / "releases")
    for env in ("dev", "stage", "prod"):
        namespace = yaml.safe_load(files[f"platform/{env}/_cluster/namespace-{team.name}.yaml"])
        assert namespace["metadata"]["labels"]["platform.example.com/team"] == team.name
        project = yaml.safe_load(files[f"clusters/{env}/argocd/appproject-{team.name}.yaml"])
        assert [d["namespace"] for d in project["spec"]["destinations"]] == [team.name]
        groups = {r["name"]: r["groups"] for r in project["spec"]["roles"]}
        assert groups["developer"] == list(team.groups("developers")) and groups["on-call"] == list(team.groups("on_call"))
        bindings = [yaml.safe_load(t) for p, t in files.items() if p.startswith(f"platform/{env}/{team.name}/rolebinding-")]
        assert {s["name"] for b in bindings for s in b["subjects"]} == {*team.groups("developers"), *team.groups("viewers")}
    assert not [p for p in files if service.name in p]
    assert main.unreleased(catalogue, tmp / "releases")[service.name] == ["dev", "stage", "prod"]
    repositories = yaml.safe_load(main.repositories_file(catalogue))["environments"]
    assert {env: r[service.name] for env, r in repositories.items()} == {
        env: f"{main.platform_values(env).image_registry}/{service.name}" for env in ("dev", "stage", "prod")}


def _release(tmp, catalogue, service) -> None:
    """What happens after the synth wrote releases/repositories.yaml: the service's CI runs the doc's `release set`,
    then the promotions, with the release CLI itself."""
    (tmp / "releases" / main.REPOSITORIES_FILE).write_text(main.repositories_file(catalogue))
    image = f"{main.platform_values('dev', catalogue).repositories[service.name]}:1.0.0@sha256:{'1' * 64}"
    commands = [["set", "--env", "dev", "--app", service.name, "--image", image],
                ["promote", "--from", "dev", "--to", "stage", "--app", service.name],
                ["promote", "--from", "stage", "--to", "prod", "--app", service.name]]
    assert f"release set --env dev --app {service.name} --image" in DOC
    for command in commands:
        proc = subprocess.run([sys.executable, "-m", "platform_constructs", "release", *command, "--repo-root", str(tmp)],
                              cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_after_the_release_every_derived_object_is_there(example):
    tmp, catalogue, service, team = example
    _release(tmp, catalogue, service)
    files = main.synth(catalogue=catalogue, releases=tmp / "releases")
    db = service.database_name
    for env in ("dev", "stage", "prod"):
        app = f"apps/{service.name}/envs/{env}/{team.name}"
        rollout = yaml.safe_load(files[f"{app}/rollout-{service.name}.yaml"])
        env_vars = {e["name"]: e["value"] for e in rollout["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert env_vars["DATABASE_HOST"] == f"{db}-rw.databases.svc"
        # Its own role over verified TLS, the password synced into its namespace from under its team's prefix.
        assert (env_vars["DATABASE_USER"], env_vars["DATABASE_SSLMODE"]) == (service.name, "verify-full")
        password = yaml.safe_load(files[f"{app}/externalsecret-{service.name}-db.yaml"])
        assert password["spec"]["data"][0]["remoteRef"]["key"] == f"platform/{env}/teams/{team.name}/{db}-{service.name}"
        assert f"platform/{env}/databases/externalsecret-{db}-role-{service.name}.yaml" in files
        assert f"{app}/ingress-{service.name}.yaml" in files
        assert f"platform/{env}/databases/statefulset-{db}.yaml" in files
        secret = yaml.safe_load(files[f"platform/{env}/databases/externalsecret-{db}-credentials.yaml"])
        assert secret["spec"]["data"][0]["remoteRef"]["key"] == f"platform/{env}/{db}"
        application = yaml.safe_load(files[f"clusters/{env}/argocd/application-{service.name}.yaml"])
        assert (application["spec"]["project"], application["spec"]["source"]["path"]) == (team.name, f"apps/{service.name}/envs/{env}")
        repositories = _policy(files, env, "restrict-image-registries")["spec"]["variables"]
        assert f"{main.platform_values(env, catalogue).repositories[service.name]}" in next(
            v["expression"] for v in repositories if v["name"] == "repositories")
    signature = _policy(files, "prod", f"verify-{service.name}")
    assert f"https://github.com/{service.repository}/{service.workflow}@refs/heads/main" in yaml.safe_dump(signature)


def _policy(files, env, name):
    return next(d for p, t in files.items() if p.startswith(f"platform/{env}/_cluster/")
                for d in [yaml.safe_load(t)] if d["metadata"]["name"] == name)


def test_the_aws_cdk_app_derives_repository_ci_access_and_team_roles(example, tmp_path):
    tmp, catalogue, service, team = example
    sys.path.insert(0, str(ROOT / "tests" / "cdk"))
    from cdk_support import synth_app

    _, templates = synth_app(tmp_path / "cdk.out", catalogue)
    registry = templates.pop("registry")  # the shared registry: the service's repository and its CI's push access
    assert service.name in {r["Properties"].get("RepositoryName") for r in registry["Resources"].values()
                            if r["Type"] == "AWS::ECR::Repository"}
    assert f"repo:{service.repository}:ref:refs/heads/main" in yaml.safe_dump(registry)
    for env, template in templates.items():
        resources = template["Resources"].values()
        entries = {r["Properties"]["PrincipalArn"]: r["Properties"].get("KubernetesGroups") for r in resources
                   if r["Type"] == "AWS::EKS::AccessEntry"}
        account = main.platform_values(env).account
        assert entries[f"arn:aws:iam::{account}:role/{team.developer_roles[0]}"] == list(team.groups("developers"))
        assert entries[f"arn:aws:iam::{account}:role/{team.on_call_roles[0]}"] == list(team.groups("on_call"))


def test_the_tests_that_read_the_catalogue_pass_unedited_with_the_new_team(example):
    """Onboarding needs no test edit: the tests deriving from the catalogue pass as they are with the copy."""
    tmp, _, service, _ = example
    env = {**__import__("os").environ, "PLATFORM_CATALOGUE": str(tmp / "catalogue.yaml")}
    env.pop("PYTEST_XDIST_WORKER", None)
    selected = ["tests/test_dist.py::test_layout", "tests/cdk/test_cdk_config.py::test_values_are_derived_from_the_config",
                "tests/cdk/test_cdk_stacks.py::test_access_entries_admins_and_team_roles_from_the_catalogue",
                "tests/cdk/test_cdk_registry.py::test_ecr_repository_is_immutable_scanned_encrypted_and_retained"]
    proc = subprocess.run([sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *selected],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    # The repository test is parametrized by the catalogue's services: it ran for the new one too.
    assert f"[{service.name}] PASSED" in proc.stdout and "SKIPPED" not in proc.stdout, proc.stdout[-3000:]
