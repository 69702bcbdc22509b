"""Reading release pins (`ReleasePins.parse`/`load`, what synth and the release CLI both use): every file a
reviewer could misread, or that could hang the reader, is refused with its file and line."""
import pathlib
import re

import pytest
from support import ROOT

from platform_constructs import ReleaseFileError, ReleasePins
from platform_constructs._k8s import ImageRef
from platform_constructs.releases import MAX_PIN_FILE_BYTES, REPOSITORIES_FILE, RepositoryTable, read_repositories
from platform_constructs.settings import ENVIRONMENT_NAMES

REPO = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/demo-api"
DIGEST = "sha256:" + "e" * 64
IMAGE = f"{REPO}:1.0.0@{DIGEST}"


def parse(text: str) -> ReleasePins:
    return ReleasePins.parse(text, environment="dev", source="releases/dev.yaml")


def refused(text: str) -> str:
    with pytest.raises(ReleaseFileError) as error:
        parse(text)
    return str(error.value)


def test_a_well_formed_pin_file_parses():
    pins = parse(f"# header\napps:\n  demo-api:\n    image: {IMAGE}\n  billing:\n    image: {REPO}@{DIGEST}\n")
    assert dict(pins.images) == {"demo-api": IMAGE, "billing": f"{REPO}@{DIGEST}"}
    assert ImageRef.parse(IMAGE) == ImageRef(REPO, "1.0.0", DIGEST)


# --- item 7: image references are matched whole and in ASCII --------------------------------


@pytest.mark.parametrize("image", [
    f"{REPO}:1.0.0\n@{DIGEST}",   # `$` matches before a trailing newline: the tag was '1.0.0\n'
    f"{REPO}\n@{DIGEST}",         # ... and the repository was 'demo-api\n'
    f"{REPO}\n:1.0.0@{DIGEST}",
    f"{REPO}:1.0.0é@{DIGEST}",    # `\w` is any Unicode letter
    f"{REPO}:１.０@{DIGEST}",      # full-width digits
    f"{REPO}:ⅷ@{DIGEST}",
    f"{REPO}/{'a' * 256}@{DIGEST}",  # a repository name is at most 255 characters
])
def test_image_refs_are_whole_ascii_matches(image):
    assert ImageRef.parse(image) is None
    err = refused(f"apps:\n  demo-api:\n    image: {image!r}\n".replace("'", '"'))
    assert re.search(r"releases/dev\.yaml:3: apps\.demo-api\.image: '.*' is not an image reference", err), err


def test_app_names_and_other_anchored_fields_are_whole_ascii_matches():
    from platform_constructs._k8s import is_dns1123_label, parse_quantity
    from platform_constructs.settings import Duration
    assert not is_dns1123_label("demo-api\n") and not is_dns1123_label("démo")
    assert parse_quantity("100m\n") is None and parse_quantity("１00m") is None
    assert Duration.parse("5m\n").total_seconds is None and Duration.parse("5m").total_seconds == 300
    err = refused(f'apps:\n  "demo-api\\n":\n    image: {IMAGE}\n')
    assert "releases/dev.yaml:2: apps: app name 'demo-api\\n' is not a DNS-1123 label" in err, err


# --- item 8: duplicate keys ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    (f"apps:\n  demo-api:\n    image: {IMAGE}\n  demo-api:\n    image: {REPO}@{DIGEST}\n",
     "releases/dev.yaml:4: duplicate key 'demo-api' (first on line 2): a reviewer reads the first, the reader takes the last"),
    (f"apps:\n  demo-api:\n    image: {IMAGE}\n    image: {REPO}@{DIGEST}\n",
     "releases/dev.yaml:4: duplicate key 'image' (first on line 3)"),
    (f"apps:\n  demo-api:\n    image: {IMAGE}\napps: {{}}\n", "releases/dev.yaml:4: duplicate key 'apps' (first on line 1)"),
    (f"apps: {{demo-api: {{image: {IMAGE}, image: {REPO}@{DIGEST}}}}}\n", "releases/dev.yaml:1: duplicate key 'image' (first on line 1)"),
])
def test_refuses_duplicate_keys_with_their_lines(text, message):
    assert message in refused(text)


def test_refuses_merge_keys():
    err = refused(f"apps:\n  demo-api:\n    image: {IMAGE}\n    <<: {{image: {REPO}@{DIGEST}}}\n")
    assert "releases/dev.yaml:4: merge keys ('<<') are not allowed in a pin file" in err


# --- item 9: aliases, size, depth, long values ------------------------------------------------


def alias_bomb(levels: int = 9) -> str:
    """A few hundred bytes that expand to 9**levels strings when read naively."""
    names = "abcdefghijkl"[:levels]
    lines = ["apps:", '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"  {n}: &{n} [{','.join([f'*{p}'] * 9)}]" for p, n in zip(names, names[1:], strict=False)]
    return "\n".join([*lines, "  demo-api:", f"    image: *{names[-1]}", ""])


def test_refuses_an_alias_bomb_at_its_first_anchor():
    bomb = alias_bomb()
    assert len(bomb.encode()) < 500
    err = refused(bomb)
    assert err == "releases/dev.yaml:2: anchors and aliases ('&a') are not allowed in a pin file"


def test_refuses_a_lone_alias_and_anchor():
    assert "releases/dev.yaml:3: anchors and aliases ('&x') are not allowed" in refused(f"apps:\n  demo-api:\n    image: &x {IMAGE}\n")
    assert "releases/dev.yaml:3: anchors and aliases ('*x') are not allowed" in refused("apps:\n  demo-api:\n    image: *x\n")


def test_refuses_a_pin_file_over_the_size_limit(tmp_path):
    text = f"apps:\n  demo-api:\n    image: {IMAGE}\n" + "# padding\n" * (MAX_PIN_FILE_BYTES // 10)
    limit = f"more than a pin file's limit of {MAX_PIN_FILE_BYTES} bytes"
    assert refused(text) == f"releases/dev.yaml: {len(text)} characters, {limit}"
    (tmp_path / "dev.yaml").write_text(text)
    with pytest.raises(ReleaseFileError, match=rf"dev\.yaml: {len(text)} bytes, {limit}"):
        ReleasePins.load(tmp_path, "dev")


def test_refuses_deep_nesting_without_a_recursion_error():
    err = refused("apps:\n  demo-api:\n    image: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "releases/dev.yaml:3: nested deeper than a pin file needs (at most 8 levels)" in err


def test_messages_show_a_bounded_part_of_a_long_value():
    err = refused(f"apps:\n  demo-api:\n    image: {'a' * 100_000}\n")
    assert "releases/dev.yaml:3: apps.demo-api.image: 'aaaa" in err and "...' (100000 characters) is not an image reference" in err
    assert len(err) < 1000
    err = refused(f"apps:\n  demo-api:\n    image: [{', '.join(['x'] * 50_000)}]\n")
    assert "apps.demo-api.image: ['x', 'x'," in err and len(err) < 1000


# --- item 12: every error names the file and the line ------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    ("apps:\n  demo-api:\n    image: [unclosed\n",
     "releases/dev.yaml:4: not valid YAML: expected ',' or ']', but got '<stream end>' (while parsing a flow sequence on line 3)"),
    ("apps:\n  demo-api:\n    image: x\n  bad: \x00\n", "releases/dev.yaml:4: not valid YAML: unacceptable character #x0000"),
    ("apps:\n  demo-api:\n    image: !!python/object:os.system x\n",
     "releases/dev.yaml:3: not valid YAML: could not determine a constructor"),
    ("apps:\n  demo-api:\n    tag: 1.0.0\n",
     "releases/dev.yaml:2: apps.demo-api: no 'image': expected {image: repository[:tag][@sha256:<64 hex>]}"),
    ("apps:\n  demo-api: 1.0.0\n", "releases/dev.yaml:2: apps.demo-api: '1.0.0' is not a mapping {image: ...}"),
    (f"apps:\n  demo-api:\n    image: {IMAGE}\n  Billing:\n    image: {IMAGE}\n",
     "releases/dev.yaml:4: apps: app name 'Billing' is not a DNS-1123 label"),
    ("apps:\n  demo-api:\n    image: 1.5\n", "releases/dev.yaml:3: apps.demo-api.image: 1.5 is not an image reference"),
    ("- apps\n", "releases/dev.yaml:1: expected a mapping with an 'apps' mapping of app name to {image: ...}"),
    ("apps: []\n", "releases/dev.yaml:1: expected a mapping with an 'apps' mapping"),
    ("", "releases/dev.yaml:1: expected a mapping with an 'apps' mapping"),
    # issue 15: a malformed digest says so, and keys the reader would ignore are refused
    (f"apps:\n  demo-api:\n    image: {REPO}@sha256:1234\n",
     "releases/dev.yaml:3: apps.demo-api.image: malformed digest 'sha256:1234' in "
     f"'{REPO}@sha256:1234': expected 'sha256:' followed by 64 lower-case hex digits"),
    (f"apps:\n  demo-api:\n    image: {IMAGE}\n    tag: 1.0.1\n",
     "releases/dev.yaml:4: apps.demo-api: unknown key 'tag': expected only 'image'"),
    (f"apps:\n  demo-api:\n    image: {IMAGE}\nenvironment: prod\n",
     "releases/dev.yaml:4: unknown key 'environment': a pin file holds only 'apps'"),
])
def test_errors_name_the_file_and_line(text, message):
    assert message in refused(text)


def test_every_problem_is_reported_each_with_its_line():
    err = refused(f"apps:\n  demo-api:\n    image: {IMAGE}\n  Billing:\n    image: {IMAGE}\n  shop:\n    image: 'nope:'\n")
    assert err.splitlines() == [
        "releases/dev.yaml: 2 problems:",
        "releases/dev.yaml:4: apps: app name 'Billing' is not a DNS-1123 label",
        "releases/dev.yaml:7: apps.shop.image: 'nope:' is not an image reference 'repository[:tag][@sha256:<64 hex>]'",
    ]


def test_load_refuses_non_utf8_with_its_line(tmp_path):
    (tmp_path / "dev.yaml").write_bytes(b"apps:\n  demo-api:\n    image: caf\xe9\n")
    with pytest.raises(ReleaseFileError, match=r"dev\.yaml:3: not UTF-8 text \(byte 0xe9 at offset 32\)"):
        ReleasePins.load(tmp_path, "dev")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.mkdir(), "dev.yaml: a directory, not a pin file"),
    (lambda p: p.symlink_to(p.parent / "elsewhere"), "dev.yaml: no release pin file for environment 'dev'"),
    (lambda p: None, "dev.yaml: no release pin file for environment 'dev'"),
])
def test_load_refuses_what_is_not_a_readable_file(tmp_path, make, message):
    make(tmp_path / "dev.yaml")
    with pytest.raises(ReleaseFileError, match=re.escape(message)):
        ReleasePins.load(tmp_path, "dev")


# --- issue 15: releases/repositories.yaml, the registry each environment pulls from --------------

ACCOUNTS = dict(zip(ENVIRONMENT_NAMES, ("111111111111", "222222222222", "333333333333"), strict=True))
TABLE = "".join(f"  {env}:\n    demo-api: {account}.dkr.ecr.eu-west-1.amazonaws.com/demo-api\n" for env, account in ACCOUNTS.items())
SOURCE = "releases/repositories.yaml"


def table_refused(text: str) -> str:
    with pytest.raises(ReleaseFileError) as error:
        RepositoryTable.parse(text, source=SOURCE)
    return str(error.value)


def test_the_repositories_file_reads_as_a_table(tmp_path):
    (tmp_path / REPOSITORIES_FILE).write_text(f"# Written by the synth: do not edit.\nenvironments:\n{TABLE}")
    assert read_repositories(tmp_path / REPOSITORIES_FILE) == {
        env: {"demo-api": f"{account}.dkr.ecr.eu-west-1.amazonaws.com/demo-api"} for env, account in ACCOUNTS.items()}
    table = RepositoryTable.load(tmp_path / REPOSITORIES_FILE)
    assert dict(table.lines) == {"dev": 3, "stage": 5, "prod": 7}


def test_the_committed_repositories_file_lists_where_each_pin_comes_from():
    table = read_repositories(ROOT / "releases" / REPOSITORIES_FILE)
    assert sorted(table) == sorted(ENVIRONMENT_NAMES)
    for env in ENVIRONMENT_NAMES:
        pins = ReleasePins.load(ROOT / "releases", env)
        assert pins.images, env
        for app, image in pins.images.items():
            assert ImageRef.parse(image).repository == table[env][app], (env, app)


def test_the_repositories_file_is_never_a_pin_file():
    """Pin files are found by environment name, never by listing releases/: the table beside them is no environment."""
    assert pathlib.Path(REPOSITORIES_FILE).stem not in ENVIRONMENT_NAMES


@pytest.mark.parametrize(("text", "message"), [
    ("environments:\n  dev: [\n", f"{SOURCE}:3: not valid YAML: "),
    ("", f"{SOURCE}:1: expected a mapping with an 'environments' mapping of environment to {{app: repository}}"),
    ("environments: []\n", f"{SOURCE}:1: expected a mapping with an 'environments' mapping"),
    (f"environments:\n{TABLE}apps: {{}}\n", f"{SOURCE}:8: unknown key 'apps': expected only 'environments'"),
    (f"environments:\n{TABLE}  qa:\n    demo-api: x.example.com/demo-api\n",
     f"{SOURCE}:8: environments: unknown environment 'qa': expected one of dev, stage, prod"),
    ("environments:\n" + TABLE.split("  prod:")[0], f"{SOURCE}:2: environments: no 'prod': expected every environment (dev, stage, prod)"),
    (f"environments:\n{TABLE.replace('demo-api:', 'Demo:', 1)}", f"{SOURCE}:3: environments.dev: app name 'Demo' is not a DNS-1123 label"),
    (f"environments:\n{TABLE.replace('/demo-api', '/demo-api:1.0', 1)}",
     f"{SOURCE}:3: environments.dev.demo-api: '111111111111.dkr.ecr.eu-west-1.amazonaws.com/demo-api:1.0' is not a repository"
     " (an image reference without tag or digest)"),
    (f"environments:\n{TABLE}".replace("  stage:\n    demo-api: ", "  stage: "),
     f"{SOURCE}:4: environments.stage: '222222222222.dkr.ecr.eu-west-1.amazonaws.com/demo-api' is not a mapping of app name"),
    (f"environments:\n{TABLE}  dev: {{}}\n", f"{SOURCE}:8: duplicate key 'dev' (first on line 2)"),
    (f"environments:\n{TABLE}".replace("  stage:\n", "  stage:\n    demo-api: x.example.com/demo-api\n"),
     f"{SOURCE}:6: duplicate key 'demo-api' (first on line 5)"),
    (f"environments: &e\n{TABLE}", f"{SOURCE}:1: anchors and aliases ('&e') are not allowed in a repositories file"),
])
def test_a_repositories_file_that_breaks_the_rules_is_refused_with_its_line(text, message):
    assert message in table_refused(text)


def test_every_problem_of_a_repositories_file_is_reported():
    err = table_refused(f"environments:\n{TABLE.replace('demo-api:', 'Demo:', 1)}  qa: {{}}\nextra: 1\n")
    assert err.splitlines() == [f"{SOURCE}: 3 problems:",
                                f"{SOURCE}:3: environments.dev: app name 'Demo' is not a DNS-1123 label",
                                f"{SOURCE}:8: environments: unknown environment 'qa': expected one of dev, stage, prod",
                                f"{SOURCE}:9: unknown key 'extra': expected only 'environments'"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: None, "repositories.yaml: not found: the platform's synth writes it beside the pin files"),
    (lambda p: p.mkdir(), "repositories.yaml: a directory, not a repositories file"),
    (lambda p: p.write_bytes(b"environments:\n  d\xe9v: {}\n"), "repositories.yaml:2: not UTF-8 text"),
])
def test_load_refuses_a_repositories_file_it_cannot_read(tmp_path, make, message):
    make(tmp_path / REPOSITORIES_FILE)
    with pytest.raises(ReleaseFileError, match=re.escape(message)):
        read_repositories(tmp_path / REPOSITORIES_FILE)
