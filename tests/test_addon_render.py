"""The add-on charts rendered by the real `helm template` (tools/addon_render.py): where chart sources come from."""
import dataclasses
import datetime
import functools
import pathlib
import subprocess

import cdk8s
import pytest
import yaml

import main
from platform_constructs import _addon_charts as charts
from platform_constructs import addons as ad
from platform_constructs import environment, guardrails
from tools import addon_render

pytestmark = pytest.mark.engines


def _chart(base: pathlib.Path, name: str, version: str, dependencies=()) -> pathlib.Path:
    folder = base / f"{name}-{version}"
    (folder / "templates").mkdir(parents=True)
    (folder / "Chart.yaml").write_text(yaml.safe_dump({
        "apiVersion": "v2", "name": name, "version": version,
        "dependencies": [{"name": d, "version": "1.0.0", "repository": "https://charts.invalid", "condition": f"{d}.enabled"}
                         for d in dependencies]}))
    (folder / "templates" / "cm.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n")
    return folder


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """An empty CHART_DIR and cache, so nothing real is found."""
    monkeypatch.setattr(addon_render, "CHART_DIR", tmp_path / "charts")
    monkeypatch.setattr(addon_render, "CACHE_DIR", tmp_path / "cache")
    return tmp_path


def _needs_helm() -> None:
    try:
        addon_render.helm()
    except addon_render.Unavailable as e:
        pytest.skip(str(e))


def test_a_chart_in_chart_dir_is_used_as_it_is(sources):
    folder = _chart(sources / "charts", "demo", "1.2.3")
    assert addon_render.chart_source("demo", "1.2.3", "https://charts.invalid") == folder


def test_a_chart_dir_copy_at_another_version_is_refused(sources):
    folder = _chart(sources / "charts", "demo", "1.2.3")
    (folder / "Chart.yaml").write_text(yaml.safe_dump({"apiVersion": "v2", "name": "demo", "version": "1.2.4"}))
    with pytest.raises(addon_render.RenderError, match=r"Chart.yaml is version '1.2.4', not the pinned '1.2.3'"):
        addon_render.chart_source("demo", "1.2.3", "https://charts.invalid")


def test_a_chart_not_in_chart_dir_is_pulled_and_fails_loudly_when_it_cannot_be(sources):
    """The fallback is a real `helm pull`; from an unreachable repository it names the chart and version."""
    _needs_helm()
    with pytest.raises(addon_render.Unavailable) as err:
        addon_render.chart_source("demo", "1.2.3", "https://charts.invalid")
    message = str(err.value)
    assert message.startswith(f"chart demo 1.2.3 is not in CHART_DIR ({sources / 'charts'}), and `helm pull demo "
                              "--repo https://charts.invalid --version 1.2.3` failed: ")
    assert not list((sources / "cache").glob("demo*")), "a failed pull leaves nothing in the cache"


def test_a_chart_without_its_dependencies_renders_without_them_and_names_those_its_values_turn_on(sources):
    """No complete copy and no pull: the copy renders from a trimmed Chart.yaml. A dependency the values turn off
    renders nothing anyway; one they turn on (here by its default) is named as not rendered, never skipped."""
    _needs_helm()
    folder = _chart(sources / "charts", "demo", "1.2.3", dependencies=("redis", "exporter"))
    (folder / "values.yaml").write_text("redis:\n  enabled: true\nexporter:\n  enabled: false\n")
    assert addon_render.chart_source("demo", "1.2.3", "https://charts.invalid") == folder
    source = addon_render.AddonSource(app="demo", wave=0, repo_url="https://charts.invalid", chart="demo",
                                      version="1.2.3", release="demo", namespace="demo", values={})
    r = addon_render.render(source, "1.35.0", ())
    assert r.unrendered == ("redis",) and [o["kind"] for o in r.objects] == ["ConfigMap"]
    off = dataclasses.replace(source, values={"redis": {"enabled": False}})
    assert addon_render.render(off, "1.35.0", ()).unrendered == ()
    assert yaml.safe_load((folder / "Chart.yaml").read_text())["dependencies"], "the source copy is left as it is"


def test_a_chart_that_does_not_render_is_a_failure_not_a_skip(sources):
    _needs_helm()
    folder = _chart(sources / "charts", "demo", "1.2.3")
    (folder / "templates" / "broken.yaml").write_text("kind: ConfigMap\nname: {{ .Values.missing.key }}\n")
    source = addon_render.AddonSource(app="demo", wave=0, repo_url="https://charts.invalid", chart="demo",
                                      version="1.2.3", release="demo", namespace="demo", values={})
    with pytest.raises(addon_render.RenderError, match=r"helm template of demo \(demo 1\.2\.3\) failed: .*nil pointer"):
        addon_render.render(source, "1.35", ())


def test_pulled_charts_are_cached_in_a_git_ignored_folder():
    probe = addon_render.CACHE_DIR / "demo-1.2.3" / "Chart.yaml"
    out = subprocess.run(["git", "check-ignore", "-q", str(probe)], cwd=addon_render.ROOT)
    assert out.returncode == 0, f"{probe.relative_to(addon_render.ROOT)} would be committed"


# ----- every add-on of dist/, rendered as Argo CD renders it ------------------------------------------------------

ENVS = ("dev", "stage", "prod")
CASES = [(env, s.app) for env in ENVS for s in addon_render.applications(env)]
# Guardrail -> the securityContext field it requires (what an exception lets the chart leave as it is).
FIELD_OF = {ad.Guardrail.RUN_AS_NON_ROOT: "runAsNonRoot", ad.Guardrail.PRIVILEGE_ESCALATION: "allowPrivilegeEscalation",
            ad.Guardrail.CAPABILITIES: "capabilities", ad.Guardrail.SECCOMP: "seccompProfile",
            ad.Guardrail.READ_ONLY_ROOT_FILESYSTEM: "readOnlyRootFilesystem", ad.Guardrail.PRIVILEGED: "privileged"}


def _source(env: str, app: str) -> addon_render.AddonSource:
    (source,) = [s for s in addon_render.applications(env) if s.app == app]
    return source


def rendered(env: str, app: str) -> addon_render.Rendered:
    """The add-on's render (cached for the session); a missing helm or chart source skips with its reason."""
    try:
        return addon_render.render(_source(env, app), addon_render.kube_version(env), addon_render.api_versions())
    except addon_render.Unavailable as e:
        pytest.skip(str(e))


@functools.cache
def catalogue(env: str) -> ad.PlatformAddons:
    """The catalogue main.py renders for `env`, for its RequiredExceptions."""
    settings = environment(env)
    return ad.PlatformAddons(cdk8s.Chart(cdk8s.App(), f"c-{env}"), "addons",
                             props=ad.PlatformAddonsProps(env=settings, aws=main.aws_targets(settings)))


def workloads(r: addon_render.Rendered):
    """(object, pod spec, container) for every container the render runs; helm test pods are not rendered."""
    for obj in r.objects:
        spec = addon_render.pod_spec(obj)
        for c in addon_render.containers(spec) if spec is not None else ():
            yield obj, spec, c


def _contains(big, small) -> bool:
    if isinstance(small, dict):
        return isinstance(big, dict) and all(k in big and _contains(big[k], v) for k, v in small.items())
    return big == small


@pytest.mark.parametrize("env, app", CASES)
def test_every_addon_renders_into_its_own_destination(env, app):
    """The chart renders with the Application's values, and every namespaced object it writes lands where the
    `addons` AppProject lets the Application write (a chart that hard-codes a namespace the project does not
    list would be refused by Argo CD)."""
    r = rendered(env, app)
    assert r.objects, f"{env} {app}: helm rendered nothing"
    project = yaml.safe_load((addon_render.ROOT / "dist/clusters" / env / "argocd/appproject-addons.yaml").read_text())
    allowed = {d["namespace"] for d in project["spec"]["destinations"]}
    assert r.source.namespace in allowed
    # A chart may write into another namespace the project allows (kube-prometheus-stack's CoreDNS Service sits
    # in kube-system, beside CoreDNS); anywhere else Argo CD refuses the sync.
    elsewhere = [f"{o['kind']} {o['metadata']['name']} in {o['metadata']['namespace']}" for o in r.objects
                 if o["metadata"].get("namespace") not in (None, r.source.namespace, *allowed)]
    assert elsewhere == []


@pytest.mark.parametrize("env, app", CASES)
def test_every_rendered_container_is_mirrored_sized_and_restricted(env, app):
    """Each container the render runs (init containers and hook Jobs included) pulls through the environment's ECR
    mirrors, has CPU and memory requests and limits, and a restricted securityContext, except for the fields its
    workload's RequiredException covers."""
    r = rendered(env, app)
    registry = addon_render.platform_values(env).registry
    exceptions = [e for e in catalogue(env).required_exceptions if e.namespace == r.source.namespace]
    problems = []
    for obj, spec, c in workloads(r):
        where = f"{obj['kind']} {obj['metadata']['name']}/{c['name']}"
        waived = {FIELD_OF[g] for e in exceptions if (e.workload_kind, e.workload_name) == (obj["kind"], obj["metadata"]["name"])
                  for g in e.policies if g in FIELD_OF}
        if not c["image"].startswith(registry + "/"):
            problems.append(f"{where}: image {c['image']!r} is not pulled through {registry}")
        res = c.get("resources") or {}
        if not all((res.get(k) or {}).get(q) for k in ("requests", "limits") for q in ("cpu", "memory")):
            problems.append(f"{where}: resources {res!r} lack a CPU or memory request or limit")
        pod, ctx = spec.get("securityContext") or {}, c.get("securityContext") or {}
        required = {
            "runAsNonRoot": ctx.get("runAsNonRoot", pod.get("runAsNonRoot")) is True,
            "allowPrivilegeEscalation": ctx.get("allowPrivilegeEscalation") is False,
            "privileged": ctx.get("privileged") is not True,
            "capabilities": "ALL" in ((ctx.get("capabilities") or {}).get("drop") or [])
            and set((ctx.get("capabilities") or {}).get("add") or []) <= {"NET_BIND_SERVICE"},
            "seccompProfile": (ctx.get("seccompProfile") or pod.get("seccompProfile") or {}).get("type") == "RuntimeDefault",
            "readOnlyRootFilesystem": ctx.get("readOnlyRootFilesystem") is True,
        }
        problems += [f"{where}: securityContext {field}: container {ctx.get(field)!r}, pod {pod.get(field)!r}"
                     for field, ok in required.items() if not ok and field not in waived]
    assert problems == [], f"{env} {app}:\n" + "\n".join(problems)


@pytest.mark.parametrize("env, app", CASES)
def test_the_inventory_names_exactly_what_the_render_runs(env, app):
    """Every `ChartImage` and `ChartContainer` of the pinned chart that runs with these values is in the render (and
    its values key reaches it: resources and securityContext as rendered), and every rendered container is in the
    inventory, or is a container the catalogue itself adds through the values."""
    r = rendered(env, app)
    pin, values = charts.BY_NAME[r.source.chart], r.source.values
    found = {f"{o['metadata']['name']}/{c['name']}": (spec, c) for o, spec, c in workloads(r)}
    images = [c["image"] for _, c in found.values()]
    problems = [f"image {i.key}={charts.value_at(values, i.key)!r} is in no rendered container" for i in pin.images
                if charts.runs(i.only_if, values) and i.key.split(".", 1)[0] not in r.unrendered and not any(
                    image.startswith(str(charts.value_at(values, i.key)) + ("" if i.key.endswith("repository") else "/"))
                    for image in images)]
    listed = set()
    # Containers of subcharts the chart source lacks are not in this render (r.unrendered, printed by
    # test_charts_rendered_per_environment): their entries are checked against the values only.
    for entry in (c for c in pin.containers if charts.runs(c.only_if, values)
                  and c.resources.split(".", 1)[0] not in r.unrendered):
        if entry.rendered[:1].isupper():  # a container an operator runs from this rendered object
            problems += _operator_made(r, entry, values)
            continue
        if entry.rendered not in found:
            problems.append(f"container {entry.name!r} ({entry.rendered or 'no rendered name'}) is not in the render")
            continue
        listed.add(entry.rendered)
        spec, c = found[entry.rendered]
        if c.get("resources") != charts.value_at(values, entry.resources):
            problems.append(f"{entry.rendered}: resources {c.get('resources')!r} are not {entry.resources}")
        for path, rendered_context in ((entry.container_context, c.get("securityContext")),
                                       (entry.pod_context, spec.get("securityContext"))):
            if path and not _contains(rendered_context, charts.value_at(values, path)):
                problems.append(f"{entry.rendered}: securityContext {rendered_context!r} lacks {path}")
    own = {c["name"] for key in ("initContainers", "extraContainers") for c in values.get(key) or []}
    problems += [f"{name}: rendered, but in no inventory entry" for name in sorted(found)
                 if name not in listed and name.rsplit("/", 1)[1] not in own]
    assert problems == [], f"{env} {app}:\n" + "\n".join(problems)


def _operator_made(r: addon_render.Rendered, entry, values) -> list[str]:
    """prometheus-operator runs Prometheus and Alertmanager from their resources (spec.resources) and every config
    reloader with its Deployment's --config-reloader-* flags: the values must reach those."""
    kind, name = entry.rendered.split("/", 1)
    (obj,) = [o for o in r.objects if (o["kind"], o["metadata"]["name"]) == (kind, name)] or [None]
    want = charts.value_at(values, entry.resources)
    if obj is None:
        return [f"container {entry.name!r}: {entry.rendered} is not in the render"]
    if kind == "Deployment":
        args = {a.split("=", 1)[0]: a.split("=", 1)[1] for c in obj["spec"]["template"]["spec"]["containers"]
                for a in c.get("args") or [] if a.startswith("--config-reloader-") and "=" in a}
        got = {f"{k}s": {q: args.get(f"--config-reloader-{q}-{k[:-1] if k.endswith('s') else k}") for q in ("cpu", "memory")}
               for k in ("request", "limit")}
        return [] if got == want else [f"{entry.rendered}: config reloader flags {got!r} are not {entry.resources} {want!r}"]
    got = obj["spec"].get("resources")
    return [] if got == want else [f"{entry.rendered}: spec.resources {got!r} are not {entry.resources} {want!r}"]


@pytest.mark.parametrize("env", ENVS)
def test_charts_rendered_per_environment(env, figure):
    """All add-ons of the environment, rendered; the figure says how many and what could not be rendered."""
    done, missing = [], []
    for source in addon_render.applications(env):
        try:
            done.append(addon_render.render(source, addon_render.kube_version(env), addon_render.api_versions()))
        except addon_render.Unavailable as e:
            missing.append((source.app, str(e)))
    gaps = [f"{r.source.app}/{sub}" for r in done for sub in r.unrendered]
    figure(f"{env}: {len(done)} of {len(done) + len(missing)} charts rendered by helm template in "
           f"{sum(r.seconds for r in done):.1f} s ({sum(len(r.objects) for r in done)} objects, "
           f"{sum(1 for r in done for _ in workloads(r))} containers)"
           + (f"; not rendered, chart source unavailable: {', '.join(app for app, _ in missing)}" if missing else "")
           + (f"; subcharts turned on but absent from the chart sources, not rendered: {', '.join(gaps)}" if gaps else ""))
    assert done and all(r.objects for r in done)
    if missing:
        pytest.skip("; ".join(reason for _, reason in missing))


@pytest.mark.parametrize("env", ENVS)
def test_the_guardrails_admit_the_rendered_addons(env, figure):
    """The environment's guardrail policies and PolicyExceptions (dist/platform/<env>), run by the CEL emulation on
    every object the rendered add-ons apply. Policy errors are reported, not failed: they come from shapes a raw
    render has and the API server normalises away before Kyverno sees the object (`annotations: null`, a pod
    template without metadata), which the emulation in platform_constructs/guardrails.py does not normalise."""
    policies = [d for p in sorted((addon_render.ROOT / "dist/platform" / env).rglob("*.yaml"))
                for d in yaml.safe_load_all(p.read_text()) if d]
    objects = []
    for source in addon_render.applications(env):
        for o in rendered_or_none(env, source.app):
            objects.append({**o, "metadata": {"namespace": source.namespace, **o["metadata"]}})
    found = guardrails.evaluate(policies, objects, today=datetime.date.today())
    errors = [v for v in found if "policy error" in v.message]
    figure(f"{env}: guardrails (CEL emulation) on {len(objects)} rendered add-on objects: {len(found) - len(errors)} "
           f"violations, {len(errors)} policy errors ({'; '.join(sorted({f'{v.policy} on {v.resource}' for v in errors}))})")
    assert objects
    assert [str(v) for v in found if v not in errors] == []


def rendered_or_none(env: str, app: str) -> list[dict]:
    """What the add-on applies in a sync, or nothing when its chart source is unavailable (reported elsewhere)."""
    try:
        return addon_render.render(_source(env, app), addon_render.kube_version(env), addon_render.api_versions()).applied()
    except addon_render.Unavailable:
        return []
