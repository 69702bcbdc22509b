"""Alerts reach people: the Alertmanager configuration as kube-prometheus-stack renders it from dist/, judged by
amtool (the Alertmanager version the chart runs), against every alert the platform and the chart render."""
import base64
import re
import subprocess

import pytest
import yaml

from platform_constructs import PropsError
from platform_constructs.alerting import SECRETS_DIR, AlertReceivers, AlertRouting
from tools import addon_render

pytestmark = pytest.mark.engines

ENVS = ("dev", "stage", "prod")
AMTOOL = addon_render.ROOT / "build" / "bin" / "amtool"
CHART = "kube-prometheus-stack"


def amtool(*args: str) -> subprocess.CompletedProcess:
    if not AMTOOL.exists():
        pytest.skip(f"{AMTOOL.relative_to(addon_render.ROOT)} missing: run `make tools` to build amtool")
    return subprocess.run([str(AMTOOL), *args], capture_output=True, text=True, timeout=60)


def rendered(env: str) -> addon_render.Rendered:
    (source,) = [s for s in addon_render.applications(env) if s.chart == CHART]
    try:
        return addon_render.render(source, addon_render.kube_version(env), addon_render.api_versions())
    except addon_render.Unavailable as e:
        pytest.skip(str(e))


@pytest.fixture(scope="module", params=ENVS)
def config(request, tmp_path_factory):
    """(env, path of alertmanager.yaml as the chart renders it into Alertmanager's Secret, the parsed config)."""
    env = request.param
    (secret,) = [o for o in rendered(env).objects if o["kind"] == "Secret" and o["metadata"]["name"].startswith("alertmanager-")]
    text = (secret.get("stringData") or {}).get("alertmanager.yaml") or base64.b64decode(secret["data"]["alertmanager.yaml"]).decode()
    path = tmp_path_factory.mktemp(f"alertmanager-{env}") / "alertmanager.yaml"
    path.write_text(text)
    return env, path, yaml.safe_load(text)


def receiver_of(path, **labels: str) -> list[str]:
    quoted = (f'{k}="{v}"'.replace("\\", "\\\\") for k, v in labels.items())  # the UTF-8 matchers syntax
    out = amtool("config", "routes", "test", f"--config.file={path}", *quoted)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def rendered_alerts(env: str) -> list[dict]:
    """Every alerting rule of dist/ and of the chart's own rules: {alert, severity, namespace}."""
    docs = [d for p in sorted((addon_render.ROOT / "dist").rglob("*.yaml")) if f"/{env}/" in p.as_posix()
            for d in yaml.safe_load_all(p.read_text()) if d and d.get("kind") == "PrometheusRule"]
    docs += [o for o in rendered(env).objects if o["kind"] == "PrometheusRule"]
    return [{"alert": r["alert"], "severity": (r.get("labels") or {}).get("severity", ""),
             "namespace": d["metadata"].get("namespace", "")}
            for d in docs for g in d["spec"]["groups"] for r in g["rules"] if "alert" in r]


def test_amtool_accepts_the_rendered_configuration(config):
    env, path, _ = config
    out = amtool("check-config", str(path))
    assert out.returncode == 0 and "SUCCESS" in out.stdout, out.stdout + out.stderr
    broken = path.with_name("broken.yaml")
    broken.write_text(path.read_text().replace("receiver: platform-chat", "receiver: nobody", 1))
    assert amtool("check-config", str(broken)).returncode != 0, "amtool must refuse a route to an undefined receiver"


def test_every_rendered_alert_reaches_a_receiver_that_notifies(config, figure):
    """Each alert of dist/ and of the chart, with its severity and namespace, is routed (by amtool, on the rendered
    configuration) to a receiver that has a notifier; only the chart's InfoInhibitor, which just mutes, is null."""
    env, path, parsed = config
    notifying = {r["name"] for r in parsed["receivers"] if any(k.endswith("_configs") for k in r)}
    alerts = rendered_alerts(env)
    assert len(alerts) > 50, f"{env}: only {len(alerts)} alerting rules found"
    routed, wrong = {}, []
    for labels in {(a["alert"], a["severity"], a["namespace"]) for a in alerts}:
        alertname, severity, namespace = labels
        got = receiver_of(path, alertname=alertname, severity=severity, namespace=namespace)
        routed[labels] = got
        if alertname == "InfoInhibitor":
            continue
        if not got or any(r not in notifying for r in got):
            wrong.append(f"{alertname} (severity={severity!r}, namespace={namespace!r}) -> {got}")
        if severity == "critical" and not all(r.endswith("-paging") for r in got):
            wrong.append(f"{alertname}: critical, but routed to {got}, not a paging receiver")
    by_receiver: dict[str, int] = {}
    for got in routed.values():
        for r in got:
            by_receiver[r] = by_receiver.get(r, 0) + 1
    figure(f"{env}: amtool routed {len(routed)} distinct alerts ({len(alerts)} rules): "
           + ", ".join(f"{r} {n}" for r, n in sorted(by_receiver.items())))
    assert not wrong, f"{env}: alerts that reach nobody or the wrong receiver:\n" + "\n".join(sorted(wrong))


def test_heartbeat_falco_and_team_routes(config):
    env, path, _ = config
    assert receiver_of(path, alertname="Watchdog", severity="none") == ["deadmans-switch"]
    # Falcosidekick's labels (source, severity from Falco's priority) for a shell in a container in shop.
    assert receiver_of(path, source="falco", severity="critical", alertname="Terminal shell in container",
                       k8s_ns_name="shop") == ["security-paging"]
    assert receiver_of(path, source="falco", severity="warning", alertname="Write below binary dir") == ["security-chat"]
    assert receiver_of(path, alertname="DemoApiHighErrorRate", severity="warning", namespace="shop") == ["shop-chat"]
    assert receiver_of(path, alertname="KubePodCrashLooping", severity="warning", namespace="kyverno") == ["platform-chat"]


def test_credentials_come_from_secrets_manager_not_git(config):
    """Every credential the configuration reads is a file of the mounted Secret, and the ExternalSecret of
    dist/platform/<env>/monitoring fills exactly those files from Secrets Manager; Git has no secret value."""
    env, path, parsed = config
    files = set(re.findall(r"\w+_file: (\S+)", path.read_text()))
    secrets = yaml.safe_load((addon_render.ROOT / "dist/clusters" / env / "argocd/application-kube-prometheus-stack.yaml")
                             .read_text())["spec"]["source"]["helm"]["valuesObject"]["alertmanager"]["alertmanagerSpec"]["secrets"]
    (external,) = [d for p in sorted((addon_render.ROOT / "dist/platform" / env / "monitoring").glob("externalsecret-*.yaml"))
                   for d in yaml.safe_load_all(p.read_text()) if d]
    target = external["spec"]["target"]["name"]
    assert target in secrets, f"{env}: Alertmanager does not mount {target}"
    synced = {f"{SECRETS_DIR}/{target}/{d['secretKey']}" for d in external["spec"]["data"]}
    assert files and files == synced, f"{env}: read {sorted(files - synced)}, synced but unused {sorted(synced - files)}"
    assert {d["remoteRef"]["key"] for d in external["spec"]["data"]} == {f"platform/{env}/alertmanager-receivers"}
    assert not re.search(r"(api_url|routing_key|url|service_key|password): ", path.read_text()), "a credential inline"


def test_bad_routing_is_refused(chart):
    bad = AlertRouting(remote_key="", teams=("shop", "security", "shop"))
    assert [p.field for p in bad.problems()] == ["alerts.remote_key", "alerts.teams[1]", "alerts.teams"]
    with pytest.raises(PropsError) as err:
        AlertReceivers(chart, "receivers", routing=bad)
    message = str(err.value)
    assert "invalid AlertReceivers at 'test/receivers'" in message
    assert "routing.teams[1]: 'security' is not allowed: a DNS-1123 team name other than 'platform' and 'security'" in message
    assert "routing.teams: ['shop', 'security', 'shop'] is not allowed: distinct team names" in message
