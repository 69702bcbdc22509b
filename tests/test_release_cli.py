"""`python -m platform_constructs release`: set and promote on a temporary copy of the repository, and every refusal."""
import json
import os
import pathlib
import subprocess
import sys

import pytest
import yaml
from support import ROOT
from test_releases import alias_bomb

from platform_constructs import ReleasePins
from platform_constructs.release_cli import main
from platform_constructs.releases import REPOSITORIES_FILE, header_of

DEV, STAGE, PROD = (f"{account * 12}.dkr.ecr.eu-west-1.amazonaws.com/demo-api" for account in "123")
NEW = "sha256:" + "e" * 64
OLD = "sha256:" + "0" * 64
HEADER = "# Release pins for {env}. CI rewrites this file with `python -m platform_constructs release`;\n# reviewed diffs only.\n"


@pytest.fixture
def repo(tmp_path) -> pathlib.Path:
    """A platform repository: its pin files and its repositories file (the registry of each environment); no cdk/,
    no catalogue, no code of the platform repository at all."""
    (tmp_path / "releases").mkdir()
    for env, repository in (("dev", DEV), ("stage", STAGE), ("prod", PROD)):
        pin(tmp_path, env, f"{repository}:1.0.0@{OLD}")
    registries(tmp_path, demo_api_only)
    return tmp_path


def registries(repo: pathlib.Path, apps_of) -> None:
    """Writes releases/repositories.yaml as the platform's synth does, with `apps_of(env)` for each environment."""
    table = {"environments": {env: apps_of(env) for env in ("dev", "stage", "prod")}}
    (repo / "releases" / REPOSITORIES_FILE).write_text("# Written by the synth: do not edit.\n" + yaml.safe_dump(table))


def demo_api_only(env: str) -> dict[str, str]:
    """The registry mapping of a platform that runs demo-api: each environment pulls from its own account."""
    return {"demo-api": dict(zip(("dev", "stage", "prod"), (DEV, STAGE, PROD), strict=True))[env]}


def pin(repo: pathlib.Path, env: str, image: str) -> None:
    (repo / "releases" / f"{env}.yaml").write_text(HEADER.format(env=env) + f"apps:\n  demo-api:\n    image: {image}\n")


def images(repo: pathlib.Path) -> dict[str, str]:
    return {env: ReleasePins.load(repo / "releases", env).image("demo-api") for env in ("dev", "stage", "prod")}


def files(repo: pathlib.Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((repo / "releases").iterdir()) if p.is_file()}


def cli(repo: pathlib.Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command exactly as CI runs it: `python -m platform_constructs ...` from the repository's root."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the library under test, not an installed copy
    return subprocess.run([sys.executable, "-m", "platform_constructs", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def refused(capsys, repo: pathlib.Path, *args: str) -> str:
    """Runs a command that must be refused; returns its error and checks that no pin file changed."""
    before = files(repo)
    assert main([*args, "--repo-root", str(repo)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"release {args[1]}: error: "), err
    assert files(repo) == before, "a refused command must not write"
    return err


# --- end to end, as CI runs it ------------------------------------------------------------


def test_set_then_promote_to_stage_then_prod(repo):
    built = f"{DEV}@{NEW}"
    proc = cli(repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", built)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["set demo-api in dev", "releases/dev.yaml:",
                                        f"- apps.demo-api.image: {DEV}:1.0.0@{OLD}", f"+ apps.demo-api.image: {built}"]
    assert images(repo) == {"dev": built, "stage": f"{STAGE}:1.0.0@{OLD}", "prod": f"{PROD}:1.0.0@{OLD}"}

    proc = cli(repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert proc.returncode == 0, proc.stderr
    assert f"+ apps.demo-api.image: {STAGE}@{NEW}" in proc.stdout.splitlines()
    # Same digest, the target environment's own registry (ECR replication copies it there).
    assert images(repo) == {"dev": built, "stage": f"{STAGE}@{NEW}", "prod": f"{PROD}:1.0.0@{OLD}"}

    proc = cli(repo, "release", "promote", "--from", "stage", "--to", "prod", "--app", "demo-api", "--digest", NEW)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "promote demo-api from stage to prod"
    assert images(repo) == {"dev": built, "stage": f"{STAGE}@{NEW}", "prod": f"{PROD}@{NEW}"}
    assert (repo / "releases" / "prod.yaml").read_text() == HEADER.format(env="prod") + f"apps:\n  demo-api:\n    image: {PROD}@{NEW}\n"


def test_refusal_exits_non_zero_with_a_clear_message(repo):
    before = files(repo)
    proc = cli(repo, "release", "promote", "--from", "dev", "--to", "qa", "--app", "demo-api")
    assert proc.returncode == 1
    assert proc.stderr == "release promote: error: --to: unknown environment 'qa': expected one of dev, stage, prod\n"
    assert files(repo) == before


# --- what a change looks like -------------------------------------------------------------


def test_promote_keeps_the_tag_and_the_header(repo, capsys):
    pin(repo, "dev", f"{DEV}:2.0.0@{NEW}")
    assert main(["release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api", "--repo-root", str(repo)]) == 0
    text = (repo / "releases" / "stage.yaml").read_text()
    assert header_of(text) == HEADER.format(env="stage")
    assert images(repo)["stage"] == f"{STAGE}:2.0.0@{NEW}"
    assert f"+ apps.demo-api.image: {STAGE}:2.0.0@{NEW}" in capsys.readouterr().out


def test_promoting_what_already_runs_changes_nothing(repo, capsys):
    pin(repo, "stage", f"{STAGE}:1.0.0@{NEW}")
    pin(repo, "prod", f"{PROD}:1.0.0@{NEW}")
    before = files(repo)
    assert main(["release", "promote", "--from", "stage", "--to", "prod", "--app", "demo-api", "--repo-root", str(repo)]) == 0
    assert capsys.readouterr().out.endswith("nothing to change\n")
    assert files(repo) == before


def two_apps(env: str) -> dict[str, str]:
    """The registry mapping of a platform that runs demo-api and billing."""
    demo_api = demo_api_only(env)["demo-api"]
    return {"demo-api": demo_api, "billing": demo_api.replace("demo-api", "billing")}


def test_set_adds_an_app_without_touching_the_others(repo, capsys):
    registries(repo, two_apps)
    other = f"{DEV.replace('demo-api', 'billing')}@{NEW}"
    args = ["release", "set", "--env", "dev", "--app", "billing", "--image", other, "--repo-root", str(repo)]
    assert main(args) == 0
    pins = ReleasePins.load(repo / "releases", "dev")
    assert dict(pins.images) == {"billing": other, "demo-api": f"{DEV}:1.0.0@{OLD}"}
    assert "- apps.billing.image: (none)" in capsys.readouterr().out


# --- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["promote", "--from", "dev", "--to", "qa"], "--to: unknown environment 'qa': expected one of dev, stage, prod"),
    (["promote", "--from", "test", "--to", "stage"], "--from: unknown environment 'test'"),
    (["set", "--env", "qa", "--image", f"{DEV}@{NEW}"], "--env: unknown environment 'qa'"),
    (["promote", "--from", "dev", "--to", "prod"], "cannot promote dev to prod: promotion goes one step at a time, dev -> stage -> prod"),
    (["promote", "--from", "stage", "--to", "dev"], "cannot promote stage to dev"),
    (["set", "--env", "prod", "--image", f"{PROD}@{NEW}"], "set records new builds in dev only; stage, prod get images through"),
    (["set", "--env", "dev", "--image", f"{DEV}@sha256:1234"], "--image: malformed digest 'sha256:1234': expected 'sha256:' followed"),
    (["set", "--env", "dev", "--image", f"{DEV}@sha256:{'E' * 64}"], "malformed digest"),
    (["set", "--env", "dev", "--image", f"{DEV}@md5:{'e' * 32}"], "malformed digest"),
    (["set", "--env", "dev", "--image", f"{DEV}:1.2.3"], f"--image: '{DEV}:1.2.3' has no digest"),
    (["set", "--env", "dev", "--image", f"{STAGE}@{NEW}"], f"is not dev's repository for 'demo-api': dev pulls from {DEV}"),
    (["set", "--env", "dev", "--image", f"Not An Image@{NEW}"], "is not an image reference"),
    (["promote", "--from", "dev", "--to", "stage", "--digest", "sha256:xyz"], "--digest: malformed digest 'sha256:xyz'"),
    (["promote", "--from", "dev", "--to", "stage", "--digest", f"{OLD}\n"], f"--digest: malformed digest '{OLD}\\n'"),
    (["promote", "--from", "dev", "--to", "stage", "--digest", NEW],
     f"--digest: dev does not run demo-api@{NEW}: it runs {DEV}:1.0.0@{OLD}"),
])
def test_refusals(repo, capsys, args, message):
    assert message in refused(capsys, repo, "release", *args, "--app", "demo-api")


def test_a_tag_promotes_exactly_its_commits_digest_within_the_shared_registry(repo, capsys):
    """Issue 18, items 1 and 5: every environment pulls one shared repository, so promotion moves only the pin; a tag's
    run names the digest built from its commit, and is refused (nothing written) unless the source runs it."""
    registries(repo, lambda env: {"demo-api": DEV})
    for env in ("dev", "stage", "prod"):
        pin(repo, env, f"{DEV}:1.0.0@{OLD}")
    pin(repo, "dev", f"{DEV}@{NEW}")  # main built and released a newer commit than the tag's
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api", "--digest", OLD)
    assert f"--digest: dev does not run demo-api@{OLD}: it runs {DEV}@{NEW}" in err
    args = ["release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api", "--digest", NEW, "--repo-root", str(repo)]
    assert main(args) == 0
    assert images(repo) == {"dev": f"{DEV}@{NEW}", "stage": f"{DEV}@{NEW}", "prod": f"{DEV}:1.0.0@{OLD}"}


def test_refuses_an_app_the_previous_environment_does_not_run(repo, capsys):
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "billing")
    assert "releases/dev.yaml: dev runs no 'billing': nothing to promote" in err


def test_refuses_a_tag_without_digest_for_prod(repo, capsys):
    pin(repo, "stage", f"{STAGE}:1.0.0")
    err = refused(capsys, repo, "release", "promote", "--from", "stage", "--to", "prod", "--app", "demo-api")
    assert f"apps.demo-api.image '{STAGE}:1.0.0' is a tag without a digest: prod runs images pinned by digest only" in err


def test_refuses_a_source_pin_from_another_registry(repo, capsys):
    pin(repo, "dev", f"{PROD}@{NEW}")
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert f"releases/dev.yaml: apps.demo-api.image: '{PROD}' is not dev's repository" in err


@pytest.mark.parametrize("broken", ["dev", "stage"])
def test_refuses_a_pin_file_that_does_not_parse(repo, capsys, broken):
    (repo / "releases" / f"{broken}.yaml").write_text("apps:\n  demo-api:\n    image: [unclosed\n")
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert f"releases/{broken}.yaml:4: not valid YAML" in err
    assert "nothing was changed: fix the pin file first" in err


def test_refuses_a_pin_file_that_breaks_the_pin_rules(repo, capsys):
    (repo / "releases" / "dev.yaml").write_text("apps:\n  demo-api:\n    tag: 1.0.0\n")
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert "releases/dev.yaml:2: apps.demo-api: no 'image'" in err


def test_refuses_a_missing_pin_file(repo, capsys):
    (repo / "releases" / "prod.yaml").unlink()
    err = refused(capsys, repo, "release", "promote", "--from", "stage", "--to", "prod", "--app", "demo-api")
    assert "prod.yaml: no release pin file for environment 'prod'" in err


def test_refuses_without_the_registry_mapping(repo, capsys):
    (repo / "releases" / REPOSITORIES_FILE).unlink()
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert err == (f"release set: error: {repo / 'releases' / REPOSITORIES_FILE}: not found: the platform's synth writes it "
                   "beside the pin files\nnothing was changed: the platform's synth (`make synth`) writes this file; "
                   "run it rather than editing the file\n")


def test_refuses_a_registry_mapping_that_breaks_its_rules(repo, capsys):
    path = repo / "releases" / REPOSITORIES_FILE
    path.write_text(path.read_text().replace("  stage:\n", "  qa: {}\n  stage:\n"))
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert f"releases/{REPOSITORIES_FILE}:7: environments: unknown environment 'qa': expected one of dev, stage, prod" in err


def test_the_release_cli_imports_nothing_of_the_platform_repository(repo):
    """A team that installs the wheel has no cdk/ or main.py: the CLI runs from the pin and repositories files alone."""
    probe = ("import sys, runpy; sys.argv = ['platform_constructs', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('platform_constructs', run_name='__main__')\n"
             "finally:\n    print(sorted(m for m in sys.modules if m.split('.')[0] in ('main', 'platform_infra', 'cdk')),"
             " file=sys.stderr)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", probe, "release", "set", "--env", "dev", "--app", "demo-api",
                           "--image", f"{DEV}@{NEW}"], cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert (proc.returncode, proc.stderr) == (0, "[]\n"), proc.stderr
    assert images(repo)["dev"] == f"{DEV}@{NEW}"


def test_usage_errors_exit_2(repo, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["release", "set", "--env", "dev", "--image", f"{DEV}@{NEW}"])
    assert exit_.value.code == 2
    assert "the following arguments are required: --app" in capsys.readouterr().err


# --- pins that cannot be corrupted (issue 12) -----------------------------------------------


@pytest.mark.parametrize("image", [f"{DEV}:1.0.0\n@{NEW}", f"{DEV}\n:1.0.0@{NEW}", f"{DEV}:1.0.0é@{NEW}", f"{DEV}:١٠@{NEW}"])
def test_set_refuses_a_newline_or_non_ascii_in_the_image(repo, capsys, image):
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", image)
    assert f"--image: {image!r} is not an image reference 'repository[:tag]@sha256:<64 hex>'" in err


def test_promote_refuses_to_carry_a_corrupt_pin_to_the_next_environment(repo, capsys):
    (repo / "releases" / "dev.yaml").write_text(f'apps:\n  demo-api:\n    image: "{DEV}:1.0.0\\n@{NEW}"\n')
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert f"releases/dev.yaml:3: apps.demo-api.image: '{DEV}:1.0.0\\n@{NEW}' is not an image reference" in err


def test_set_refuses_a_pin_file_with_duplicate_keys(repo, capsys):
    (repo / "releases" / "dev.yaml").write_text(f"apps:\n  demo-api:\n    image: {DEV}:1.0.0@{OLD}\n"
                                                f"  demo-api:\n    image: {DEV}:6.6.6@{OLD}\n")
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert "releases/dev.yaml:4: duplicate key 'demo-api' (first on line 2)" in err
    assert "nothing was changed: fix the pin file first" in err


def test_set_refuses_an_alias_bomb(repo, capsys):
    (repo / "releases" / "dev.yaml").write_text(alias_bomb())
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert "releases/dev.yaml:2: anchors and aliases ('&a') are not allowed in a pin file" in err


def test_refuses_an_app_the_platform_does_not_run(repo, capsys):
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "billing", "--image", f"docker.io/evil/miner@{NEW}")
    assert (f"--app: the platform runs no app 'billing' in dev ({repo / 'releases' / REPOSITORIES_FILE}:3: dev pulls "
            "demo-api; a new app is added to the platform's catalogue, and the synth writes its repository here)") in err
    registries(repo, lambda env: two_apps(env) if env == "dev" else demo_api_only(env))
    (repo / "releases" / "dev.yaml").write_text(f"apps:\n  billing:\n    image: {two_apps('dev')['billing']}@{NEW}\n")
    err = refused(capsys, repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "billing")
    assert f"--app: the platform runs no app 'billing' in stage ({repo / 'releases' / REPOSITORIES_FILE}:8: stage pulls demo-api;" in err


def test_set_refuses_an_image_from_outside_the_apps_repository(repo, capsys):
    registries(repo, two_apps)
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "billing", "--image", f"{DEV}@{NEW}")
    assert f"--image: '{DEV}' is not dev's repository for 'billing': dev pulls from {two_apps('dev')['billing']}" in err


def test_refuses_a_pin_file_that_is_not_utf8(repo, capsys):
    (repo / "releases" / "dev.yaml").write_bytes(b"# caf\xe9\napps: {}\n")
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert "releases/dev.yaml:1: not UTF-8 text (byte 0xe9 at offset 5)" in err


def test_refuses_a_directory_for_a_pin_file_without_a_traceback(repo):
    (repo / "releases" / "stage.yaml").unlink()
    (repo / "releases" / "stage.yaml").mkdir()
    proc = cli(repo, "release", "promote", "--from", "dev", "--to", "stage", "--app", "demo-api")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert "release promote: error: " in proc.stderr and "releases/stage.yaml: a directory, not a pin file" in proc.stderr
    assert "Traceback" not in proc.stderr


# --- issue 15: one error block with the file and line, no traceback, as CI sees it -------------------


def rewrite(path: pathlib.Path, old: str, new: str) -> None:
    path.write_text(path.read_text().replace(old, new, 1))


@pytest.mark.parametrize(("damage", "args", "message"), [
    (lambda r: (r / REPOSITORIES_FILE).unlink(), ["set", "--env", "dev", "--image", f"{DEV}@{NEW}"],
     f"releases/{REPOSITORIES_FILE}: not found: the platform's synth writes it beside the pin files"),
    (lambda r: rewrite(r / REPOSITORIES_FILE, "environments:", "environments: ["), ["promote", "--from", "dev", "--to", "stage"],
     f"releases/{REPOSITORIES_FILE}:4: not valid YAML: "),
    (lambda r: rewrite(r / "dev.yaml", "apps:\n", f"apps:\n  demo-api:\n    image: {DEV}@{NEW}\n"),
     ["set", "--env", "dev", "--image", f"{DEV}@{NEW}"], "releases/dev.yaml:6: duplicate key 'demo-api' (first on line 4)"),
    (lambda r: rewrite(r / "dev.yaml", "    image:", "    tag: 1.0.0\n    image:"), ["promote", "--from", "dev", "--to", "stage"],
     "releases/dev.yaml:5: apps.demo-api: unknown key 'tag': expected only 'image'"),
    (lambda r: rewrite(r / "stage.yaml", OLD, "sha256:1234"), ["promote", "--from", "dev", "--to", "stage"],
     "releases/stage.yaml:5: apps.demo-api.image: malformed digest 'sha256:1234' in "),
])
def test_a_refusal_prints_one_error_block_without_a_traceback(repo, damage, args, message):
    damage(repo / "releases")
    before = files(repo)
    proc = cli(repo, "release", *args, "--app", "demo-api")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr.startswith(f"release {args[0]}: error: ") and proc.stderr.count("error:") == 1, proc.stderr
    assert proc.stderr.count(message) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert files(repo) == before


def test_bad_usage_exits_2_without_a_traceback(repo):
    proc = cli(repo, "release", "set", "--env", "dev")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("error: the following arguments are required: --app, --image\n") == 1, proc.stderr


def test_a_pin_file_the_system_will_not_write_is_refused_without_a_traceback(repo, capsys):
    (repo / "releases" / f".dev.yaml.tmp-{os.getpid()}").mkdir()  # where write_atomic puts the new text first
    err = refused(capsys, repo, "release", "set", "--env", "dev", "--app", "demo-api", "--image", f"{DEV}@{NEW}")
    assert err == f"release set: error: {repo / 'releases' / 'dev.yaml'}: cannot write the pin file: Is a directory; it is unchanged\n"


# Two CI jobs as separate, long-lived processes: each reads "<repo> <app> <image>" lines and runs `release set`.
WORKER = """
import contextlib, io, json, sys
from platform_constructs.release_cli import main
for line in sys.stdin:
    repo, app, image = line.split()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["release", "set", "--env", "dev", "--app", app, "--image", image, "--repo-root", repo])
    print(json.dumps([code, err.getvalue()]), flush=True)
"""
ROUNDS = 50


def test_concurrent_sets_on_two_apps_keep_both_changes(tmp_path):
    """Each round starts both jobs at once on a fresh copy of the pins; both must exit 0 and both changes survive."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    jobs = {app: subprocess.Popen([sys.executable, "-c", WORKER], env=env, text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            for app in ("demo-api", "billing")}
    lost = []
    try:
        for n in range(ROUNDS):
            repo = tmp_path / f"round-{n}"
            (repo / "releases").mkdir(parents=True)
            pin(repo, "dev", f"{DEV}:1.0.0@{OLD}")
            registries(repo, two_apps)
            images = {app: f"{two_apps('dev')[app]}@sha256:{f'{n:02d}' * 32}" for app in jobs}
            for app, job in jobs.items():  # both lines before either job reads: they start together
                job.stdin.write(f"{repo} {app} {images[app]}\n")
            for job in jobs.values():
                job.stdin.flush()
            for app, job in jobs.items():
                assert json.loads(job.stdout.readline()) == [0, ""], app
            pinned = dict(ReleasePins.load(repo / "releases", "dev").images)
            if pinned != images:
                lost.append((n, pinned))
    finally:
        for job in jobs.values():
            job.stdin.close()
            job.wait(timeout=60)
    assert lost == [], f"{len(lost)} of {ROUNDS} rounds lost a change"
