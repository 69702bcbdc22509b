"""The catalogue cannot silently delete production: unknown references are errors, and an app or database
leaves dist/ only when the catalogue retires it (issue 12, item 4)."""
import dataclasses
import os
import shutil
import subprocess
import sys

import pytest
import yaml
from support import ROOT

import main
from platform_constructs.catalogue import CatalogueError, Service

CATALOGUE = main.load_catalogue(main.CATALOGUE)
DEMO = next(s for s in CATALOGUE.services if s.name == "demo-api")
# A second service, so prod keeps a signed workload (its guardrails require one) when demo-api goes.
LEDGER = Service(name="ledger", team="shop", repository="example-org/ledger", canary=False, exposure="internal")
RETIRED = "replaced by ledger-api, see PLAT-123"


def services(*specs: Service):
    """The repository's catalogue with these services instead of its own."""
    return CATALOGUE.replace_services(specs)


def pins_for(tmp_path, apps: dict[str, str | None]):
    """A releases/ folder pinning each app in `apps` to the committed image of `apps[name]` (None: no pin), in the
    app's own repository."""
    releases = tmp_path / "releases"
    releases.mkdir(parents=True)
    for env in ("dev", "stage", "prod"):
        committed = yaml.safe_load((ROOT / "releases" / f"{env}.yaml").read_text())["apps"]
        entries = {name: {"image": committed[source]["image"].replace(f"/{source}:", f"/{name}:").replace(f"/{source}@", f"/{name}@")}
                   for name, source in apps.items() if source is not None}
        (releases / f"{env}.yaml").write_text(yaml.safe_dump({"apps": entries}))
    return releases


def test_unknown_team_is_an_error():
    """A typo in the team used to drop the app from every environment (124 files) with exit 0."""
    with pytest.raises(CatalogueError, match=r"catalogue.yaml:\d+: services.demo-api.team: 'paymnts' is not allowed: "
                                             r"a team under teams \(shop\)"):
        main.synth(catalogue=services(dataclasses.replace(DEMO, team="paymnts")))


def test_typo_fails_the_synth_without_a_traceback_and_keeps_dist(tmp_path):
    """End to end through main.py: exit 1, one error block on stderr naming the catalogue's line, dist/ byte-identical."""
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", dist)
    before = {p.relative_to(dist): p.read_bytes() for p in dist.rglob("*") if p.is_file()}
    text = main.CATALOGUE.read_text()
    (tmp_path / "catalogue.yaml").write_text(text.replace("team: shop", "team: paymnts"))
    line = text.splitlines().index("    team: shop") + 1
    code = f"import main, pathlib, sys; main.CATALOGUE = pathlib.Path({str(tmp_path / 'catalogue.yaml')!r}); sys.exit(main.main())"
    env = {k: v for k, v in os.environ.items() if k != "CDK8S_OUTDIR"} | {"PLATFORM_DIST": str(dist)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.count(f"catalogue.yaml:{line}: services.demo-api.team: 'paymnts' is not allowed") == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert {p.relative_to(dist): p.read_bytes() for p in dist.rglob("*") if p.is_file()} == before
    assert not (tmp_path / "docs").exists()


def test_peer_app_naming_an_unknown_app_or_namespace_is_an_error():
    with pytest.raises(CatalogueError) as err:
        main.synth(catalogue=services(dataclasses.replace(DEMO, allow_from=("shop/demo-apii", "paymnts/ledger"))))
    message = str(err.value)
    assert ("dev, stage, prod: NetworkPolicy 'shop/demo-api-from-shop-demo-apii': peer shop/demo-apii: "
            "no app 'demo-apii' in namespace 'shop' (apps there: 'demo-api')") in message
    assert ("dev, stage, prod: NetworkPolicy 'shop/demo-api-from-paymnts-ledger': peer paymnts/ledger: "
            "namespace 'paymnts' is neither rendered nor deployed into here") in message


def test_peer_app_into_an_add_on_namespace_is_allowed():
    """Add-on pods come from Helm charts Argo CD deploys: their namespace is known, their apps are not listed."""
    files = main.synth(catalogue=services(dataclasses.replace(DEMO, allow_from=("monitoring/grafana",))))
    policy = yaml.safe_load(files["apps/demo-api/envs/prod/shop/networkpolicy-demo-api-from-monitoring-grafana.yaml"])
    assert policy["spec"]["ingress"][0]["from"][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "grafana"}


@pytest.mark.parametrize(("host", "why"), [
    ("demo-api-db-rw.databse.svc", "namespace 'databse' is neither rendered nor deployed into here"),
    ("demo-api-bd-rw.databases.svc", "no Service 'demo-api-bd-rw' in namespace 'databases' (Services there: "
                                     "'demo-api-db-headless', 'demo-api-db-ro', 'demo-api-db-rw')"),
])
def test_service_host_naming_an_unknown_namespace_or_service_is_an_error(host, why):
    """Hosts typed into `env` are checked against what the environment renders (DATABASE_HOST itself is derived)."""
    with pytest.raises(CatalogueError, match="dev, stage, prod: catalogue.yaml:\\d+: services.demo-api.env.ORDERS_HOST: "
                                             f"'{host}' leads nowhere: {why}".replace("(", r"\(").replace(")", r"\)")):
        main.synth(catalogue=services(dataclasses.replace(DEMO, env={**DEMO.env, "ORDERS_HOST": host})))


def test_the_database_host_is_derived_and_cannot_be_typed():
    files = main.synth()
    rollout = yaml.safe_load(files["apps/demo-api/envs/prod/shop/rollout-demo-api.yaml"])
    env = {e["name"]: e["value"] for e in rollout["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["DATABASE_HOST"] == "demo-api-db-rw.databases.svc"
    with pytest.raises(CatalogueError, match=r"services.demo-api.env.DATABASE_HOST: 'DATABASE_HOST' is not allowed: a "
                                             r"variable the platform does not set: with database: true it sets the "
                                             r"DATABASE_\* variables itself"):
        main.synth(catalogue=services(dataclasses.replace(DEMO, env={"DATABASE_HOST": "elsewhere.databases.svc"})))


def test_pin_for_an_app_nobody_runs_is_an_error(tmp_path):
    releases = pins_for(tmp_path, {"demo-api": "demo-api", "billing": "demo-api"})
    with pytest.raises(CatalogueError) as err:
        main.synth(releases=releases)
    for env in ("dev", "stage", "prod"):
        assert (f"releases/{env}.yaml: apps.billing is pinned, but nobody runs 'billing': it is not a service in the "
                "catalogue: delete the pin or declare it") in str(err.value)


def test_a_service_without_a_pin_renders_nothing_until_its_first_release():
    """Onboarding: a new service has no image yet; it renders once CI pins one, environment by environment."""
    files = main.synth(catalogue=services(DEMO, LEDGER))
    assert not [p for p in files if "ledger" in p]
    assert main.unreleased(services(DEMO, LEDGER), ROOT / "releases") == {"ledger": ["dev", "stage", "prod"]}


@pytest.fixture(scope="module")
def current(tmp_path_factory) -> dict[str, str]:
    """The tree a catalogue of demo-api and ledger renders: what dist/ holds before each edit below."""
    return main.synth(releases=pins_for(tmp_path_factory.mktemp("both"), {"demo-api": "demo-api", "ledger": "demo-api"}),
                      catalogue=services(DEMO, LEDGER))


def test_dropping_the_pin_of_a_running_service_is_refused(current, tmp_path):
    releases = pins_for(tmp_path, {"demo-api": "demo-api", "ledger": "demo-api"})
    prod = yaml.safe_load((releases / "prod.yaml").read_text())
    del prod["apps"]["ledger"]
    (releases / "prod.yaml").write_text(yaml.safe_dump(prod))
    with pytest.raises(CatalogueError, match=r"service 'ledger' would be deleted from prod \(dist/apps/ledger/envs/...\): its "
                                             r"pin is gone from releases/<env>.yaml and nothing retires it"):
        main.synth(releases=releases, previous=current, catalogue=services(DEMO, LEDGER))


def test_dropping_an_app_from_dist_is_refused(current, tmp_path):
    """Deleting the entry (and its pins) would drop its folders, Application and database from every environment."""
    with pytest.raises(CatalogueError) as err:
        main.synth(releases=pins_for(tmp_path, {"ledger": "demo-api"}), catalogue=services(LEDGER), previous=current)
    message = str(err.value)
    assert ("service 'demo-api' would be deleted from dev, stage, prod (dist/apps/demo-api/envs/...): its entry is gone "
            "from catalogue.yaml and nothing retires it; to delete it on purpose, keep services.demo-api in catalogue.yaml "
            "with retired: '<why, ticket>' until that synth is merged") in message
    assert ("database 'demo-api-db' (StatefulSet in namespace 'databases') would be deleted from dev, stage, prod, and "
            "its volumes with it once Argo CD prunes it") in message


def test_dropping_a_database_is_refused_unless_retired(current, tmp_path):
    releases = pins_for(tmp_path, {"demo-api": "demo-api", "ledger": "demo-api"})
    no_db = dataclasses.replace(DEMO, database=False)
    with pytest.raises(CatalogueError, match=r"database 'demo-api-db' \(StatefulSet in namespace 'databases'\) would "
                                             r"be deleted from dev, stage, prod.*set database_retired: .* on catalogue.yaml:\d+: "
                                             r"services.demo-api"):
        main.synth(releases=releases, catalogue=services(no_db, LEDGER), previous=current)
    files = main.synth(releases=releases, previous=current,
                       catalogue=services(dataclasses.replace(no_db, database_retired="data moved, see PLAT-124"), LEDGER))
    assert not [p for p in files if "statefulset-" in p]
    assert "apps/demo-api/envs/prod/shop/rollout-demo-api.yaml" in files


def test_retired_app_renders_nothing(current, tmp_path):
    retired = dataclasses.replace(DEMO, retired=RETIRED)
    with pytest.raises(CatalogueError, match=r"releases/dev.yaml: apps.demo-api is pinned, but nobody runs "
                                                  r"'demo-api': it is retired: delete the pin"):
        main.synth(releases=pins_for(tmp_path / "a", {"demo-api": "demo-api", "ledger": "demo-api"}),
                   catalogue=services(retired, LEDGER), previous=current)
    releases = pins_for(tmp_path / "b", {"ledger": "demo-api"})
    files = main.synth(releases=releases, catalogue=services(retired, LEDGER), previous=current)
    assert len(current) - len(files) > 100
    assert [p for p in files if "demo-api" in p] == []
    assert [p for p in files if "name: demo-api" in files[p] or "demo-api-db" in files[p]] == []
    # Once that tree is dist/, the entry may go: nothing is left to delete.
    assert main.synth(releases=releases, catalogue=services(LEDGER), previous=files) == files


@pytest.mark.parametrize("field", ["retired", "database_retired"])
def test_retirement_needs_a_reason(field):
    spec = dataclasses.replace(DEMO, database=False, **{field: "  "})
    with pytest.raises(CatalogueError, match=rf"services.demo-api.{field}: '  ' is not allowed: a reason"):
        main.synth(catalogue=services(spec))


def test_database_retired_with_database_is_a_contradiction():
    with pytest.raises(CatalogueError, match="services.demo-api.database_retired: 'x' is not allowed: a reason together "
                                             "with database: false"):
        main.synth(catalogue=services(dataclasses.replace(DEMO, database_retired="x")))
