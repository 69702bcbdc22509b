"""The catalogue (catalogue.yaml): one typed list of teams and services, every mistake named by file and line."""
import os
import subprocess
import sys

import pytest
from support import ROOT

from platform_constructs.catalogue import Catalogue, CatalogueError, Service, Team, load_catalogue

GOOD = """\
teams:
  payments:
    iam_roles:
      developers: [payments-developer]
services:
  ledger-api:
    team: payments
    repository: example-org/ledger-api
    database: true
"""


def problems(text: str) -> list[str]:
    with pytest.raises(CatalogueError) as err:
        Catalogue.parse(text, "catalogue.yaml")
    return list(err.value.problems)


def test_a_small_catalogue_reads_into_typed_data_with_defaults():
    c = Catalogue.parse(GOOD, "catalogue.yaml")
    team, service = c.teams[0], c.services[0]
    assert (team.developer_groups, team.viewer_groups, team.on_call_groups) == (
        ("payments-developers",), ("payments-viewers",), ("payments-on-call",))
    assert team.developer_roles == ("payments-developer",) and team.viewer_roles == ()
    assert (service.port, service.public, service.canary, service.workflow) == (8080, True, True, ".github/workflows/ci.yaml")
    assert c.where("services", "ledger-api", "database") == "catalogue.yaml:9: services.ledger-api.database"


def test_the_repository_catalogue_is_valid_and_names_every_running_service_once():
    c = load_catalogue(ROOT / "catalogue.yaml")
    assert c.running and len({s.name for s in c.services}) == len(c.services)


def test_a_duplicate_service_is_refused_with_both_lines():
    """PyYAML keeps the last of two equal keys: the first service would vanish without a word."""
    text = GOOD + "  ledger-api:\n    team: payments\n    repository: example-org/other\n"
    assert problems(text) == ["catalogue.yaml:10: duplicate key 'ledger-api' (first on line 6): "
                              "a reviewer reads the first, the reader takes the last"]


def test_duplicate_names_built_in_python_are_a_domain_error():
    service = Service(name="a", team="t", repository="o/a")
    with pytest.raises(CatalogueError, match=r"catalogue: services.a: declared 2 times: each name once"):
        Catalogue((Team(name="t"),), (service, service)).checked()


@pytest.mark.parametrize(("edit", "expected"), [
    (("    database: true", "    database: yes please"),
     "catalogue.yaml:9: services.ledger-api.database: 'yes please' is not allowed: true or false"),
    (("    database: true", "    databse: true"),
     "catalogue.yaml:9: services.ledger-api.databse: unknown key: allowed are team, repository, workflow, port, exposure, "
     "database, canary, env, allow_from, retired, database_retired"),
    (("    team: payments", "    team: paymnts"),
     "catalogue.yaml:7: services.ledger-api.team: 'paymnts' is not allowed: a team under teams (payments)"),
    (("  ledger-api:", "  Ledger_API:"),
     "catalogue.yaml:6: services.Ledger_API: 'Ledger_API' is not allowed: a DNS-1123 label of at most 30 characters, "
     "starting with a letter"),
    (("    database: true", "    port: 80"),
     "catalogue.yaml:9: services.ledger-api.port: 80 is not allowed: a port from 1024 to 65535 (the container runs as "
     "non-root, without capabilities)"),
    (("    database: true", "    exposure: world"),
     "catalogue.yaml:9: services.ledger-api.exposure: 'world' is not allowed: public or internal"),
    (("    repository: example-org/ledger-api\n", ""),
     "catalogue.yaml:6: services.ledger-api: no 'repository': every service names its team and its repository"),
    (("developers: [payments-developer]", "developers: [payments-developer]\n      viewers: [payments-developer]"),
     "catalogue.yaml:5: teams.payments.iam_roles.viewers: 'payments-developer' is not allowed: a role of one team and "
     "level (it is already in payments.developers): EKS maps a role to one set of groups"),
    (("teams:\n  payments:", "teams:\n  platform:"),
     "catalogue.yaml:2: teams.platform: 'platform' is not allowed: a DNS-1123 label of at most 30 characters, starting "
     "with a letter, not argocd, databases, default, platform or kube-*"),
])
def test_each_mistake_names_the_file_the_line_the_value_and_what_is_allowed(edit, expected):
    old, new = edit
    assert old in GOOD
    assert expected in problems(GOOD.replace(old, new))


def test_a_service_name_too_long_for_its_derived_names_blames_the_service_not_a_construct():
    """'<name>-db-restore-verify' must stay a valid CronJob name: the error names the catalogue entry."""
    name = "ledger-api-with-a-very-long-name"
    found = problems(GOOD.replace("ledger-api:", f"{name}:"))
    assert found == [f"catalogue.yaml:6: services.{name}: '{name}' is not allowed: a DNS-1123 label of at most 30 "
                     "characters, starting with a letter"]


def test_anchors_are_refused():
    assert problems("teams: &t {a: {}}\nservices: *t\n")[0].startswith("catalogue.yaml:1: anchors and aliases")


def _synth(tmp_path, catalogue_text: str, *command: str) -> subprocess.CompletedProcess:
    (tmp_path / "catalogue.yaml").write_text(catalogue_text)
    env = {k: v for k, v in os.environ.items() if k != "CDK8S_OUTDIR"} | {
        "PLATFORM_CATALOGUE": str(tmp_path / "catalogue.yaml"), "PLATFORM_DIST": str(tmp_path / "dist")}
    return subprocess.run(list(command), cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("app", ["main.py", "cdk/app.py"])
def test_both_apps_print_a_catalogue_error_once_without_a_traceback(tmp_path, app):
    """`make synth` (main.py) and `cdk synth` (cdk/app.py): exit 1, the error block once, nothing written."""
    text = (ROOT / "catalogue.yaml").read_text().replace("    port: 3000", "    port: 3000\n    port: 3001")
    line = text.splitlines().index("    port: 3001") + 1
    proc = _synth(tmp_path, text, sys.executable, app)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.count(f"catalogue.yaml:{line}: duplicate key 'port' (first on line {line - 1})") == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "    at " not in proc.stderr
    assert not (tmp_path / "dist").exists()


def test_a_missing_or_unreadable_catalogue_file_is_named(tmp_path):
    with pytest.raises(CatalogueError, match=r"catalogue.yaml: no catalogue file: declare the platform's teams and services "
                                             r"there \(docs/onboarding.md\)"):
        load_catalogue(tmp_path / "catalogue.yaml")
    (tmp_path / "catalogue.yaml").write_bytes(b"teams:\n  \xff: {}\n")
    with pytest.raises(CatalogueError, match=r"catalogue.yaml:2: not UTF-8 text"):
        load_catalogue(tmp_path / "catalogue.yaml")
