"""The Go tool pins (tools/go/*/go.mod) against the settings they must follow, and the built binaries
against the pins."""
import os
import pathlib
import re
import subprocess

import pytest
import yaml
from argocd_sync import ROOT, Manifest, sync_order
from platform_infra.config import ENVIRONMENTS

from tools.addon_render import CHART_DIR

K8S_MOD = ROOT / "tools" / "go" / "kubernetes" / "go.mod"
KYVERNO_CHART = CHART_DIR / "kyverno-3.9.0"
PROMETHEUS_STACK_CHART = CHART_DIR / "kube-prometheus-stack-88.5.3"
BIN = ROOT / "build" / "bin"


def _pin(tool: str, module: str) -> str:
    text = (ROOT / "tools" / "go" / tool / "go.mod").read_text()
    found = re.findall(rf"^(?:require )?\t?{re.escape(module)} (v\S+)$", text, re.M)
    assert len(found) == 1, f"tools/go/{tool}/go.mod: no single requirement of {module}: {found}"
    return found[0]


def _chart(path: pathlib.Path) -> pathlib.Path:
    if not path.is_dir():
        pytest.skip(f"no chart source at {path}: set CHART_DIR to the unpacked charts (default ../shared/charts)")
    return path


def _image_tag(values: dict, *keys: str) -> str:
    for key in keys:
        values = values[key]
    return values["image"]["tag"]


def _versions() -> dict[str, str]:
    """What each tool must be, from the charts the platform runs: the Kyverno CLI at the chart's
    appVersion, promtool and amtool at the Prometheus and Alertmanager images kube-prometheus-stack runs."""
    kyverno = yaml.safe_load((_chart(KYVERNO_CHART) / "Chart.yaml").read_text())["appVersion"]
    stack = yaml.safe_load((_chart(PROMETHEUS_STACK_CHART) / "values.yaml").read_text())
    return {"kyverno": kyverno,
            "prometheus": _image_tag(stack, "prometheus", "prometheusSpec").removesuffix("-distroless"),
            "alertmanager": _image_tag(stack, "alertmanager", "alertmanagerSpec")}


def test_kyverno_and_prometheus_pins_follow_the_charts_the_platform_runs():
    want = _versions()
    # Prometheus publishes its Go module as v0.<major><minor 2 digits>.<patch>: v0.314.0 is 3.14.0.
    prom = re.fullmatch(r"v0\.(\d)(\d\d)\.(\d+)", _pin("prometheus", "github.com/prometheus/prometheus"))
    pinned = {"kyverno": _pin("kyverno", "github.com/kyverno/kyverno"),
              "prometheus": f"v{prom[1]}.{int(prom[2])}.{prom[3]}",
              "alertmanager": _pin("alertmanager", "github.com/prometheus/alertmanager")}
    assert pinned == want


def test_kubernetes_pin_follows_the_cdk_version_and_staging_modules_match_it():
    text = K8S_MOD.read_text()
    (minor, patch), = re.findall(r"^require k8s\.io/kubernetes v1\.(\d+)\.(\d+)$", text, re.M)
    versions = {env.name: env.kubernetes_version for env in ENVIRONMENTS.values()}
    assert set(versions.values()) == {f"1.{minor}"}, f"tools/go/kubernetes pins 1.{minor}, the CDK app runs {versions}"
    replaces = re.findall(r"^\t(k8s\.io/\S+) => (k8s\.io/\S+) (v\S+)$", text, re.M)
    assert len(replaces) > 20  # k8s.io/kubernetes 1.35 has 31 staging modules
    wrong = [r for r in replaces if r[0] != r[1] or r[2] != f"v0.{minor}.{patch}"]
    assert not wrong, f"staging modules not replaced with their v0.{minor}.{patch} release: {wrong}"


def _m(kind, name, namespace=None, wave=None, api="v1", **spec):
    meta = {"name": name, **({"namespace": namespace} if namespace else {}),
            **({"annotations": {"argocd.argoproj.io/sync-wave": str(wave)}} if wave is not None else {})}
    return Manifest(f"{kind}-{name}", {"apiVersion": api, "kind": kind, "metadata": meta, **({"spec": spec} if spec else {})})


def test_sync_order_is_wave_then_kind_then_name_with_namespaces_and_crds_first():
    manifests = [
        _m("Widget", "early", "team", wave=-10, api="example.com/v1"),
        _m("Widget", "w", "team", api="example.com/v1"),
        _m("Deployment", "b", "team", api="apps/v1"),
        _m("Deployment", "a", "team", api="apps/v1"),
        _m("Service", "s", "team"),
        _m("ConfigMap", "early", "team", wave=-5),
        _m("Namespace", "team"),
        _m("CustomResourceDefinition", "widgets.example.com", api="apiextensions.k8s.io/v1",
           group="example.com", names={"kind": "Widget"}),
    ]
    order = [m.source for m in sync_order(manifests)]
    # The Namespace and the CRD (wave 0) move ahead of the first object that needs them (the wave -10
    # Widget); the other wave 0 tasks follow gitops-engine's kind list, an unlisted kind last.
    assert order == ["Namespace-team", "CustomResourceDefinition-widgets.example.com", "Widget-early",
                     "ConfigMap-early", "Service-s", "Deployment-a", "Deployment-b", "Widget-w"]


def test_addon_objects_sync_at_their_application_wave_ordered_by_hook_phase_and_weight():
    """The root app applies an add-on's Application at its wave and the add-on's sync runs then: its objects come
    after the root app's objects of that wave and before the next wave, PreSync hooks (Helm pre-install, by hook
    weight) before its other objects, PostSync (post-upgrade) last."""
    def hook(kind, name, hook, weight="0"):
        m = _m(kind, name, "velero", api="batch/v1")
        m.obj["metadata"]["annotations"] = {"helm.sh/hook": hook, "helm.sh/hook-weight": weight}
        return Manifest(f"velero {kind}-{name}", m.obj, -30, "velero")
    addon = [Manifest("velero Deployment-velero", _m("Deployment", "velero", api="apps/v1").obj, -30, "velero"),
             Manifest("velero ServiceAccount-velero", _m("ServiceAccount", "velero").obj, -30, "velero"),
             hook("Job", "upgrade-crds", "pre-install,pre-upgrade", "5"),
             hook("ServiceAccount", "upgrade-crds", "pre-install,pre-upgrade,pre-rollback", "-4"),
             hook("Job", "migrate", "post-upgrade")]
    dist = [_m("Application", "velero", "argocd", wave=-30, api="argoproj.io/v1alpha1"),
            _m("Application", "ingress-nginx", "argocd", wave=-20, api="argoproj.io/v1alpha1"),
            _m("ConfigMap", "team", "team")]
    order = [m.source for m in sync_order(addon + dist)]
    assert order == ["Application-velero", "velero ServiceAccount-upgrade-crds", "velero Job-upgrade-crds",
                     "velero ServiceAccount-velero", "velero Deployment-velero", "velero Job-migrate",
                     "Application-ingress-nginx", "ConfigMap-team"]


# The version line each binary prints, and the pin it must name.
REPORTS = {
    "kube-apiserver": (["--version"], lambda: _pin("kubernetes", "k8s.io/kubernetes")),
    "kube-controller-manager": (["--version"], lambda: _pin("kubernetes", "k8s.io/kubernetes")),
    "etcd": (["--version"], lambda: _pin("etcd", "go.etcd.io/etcd/server/v3").removeprefix("v")),
    "helm": (["version", "--short"], lambda: _pin("helm", "helm.sh/helm/v3")),
    "kyverno": (["version"], lambda: _versions()["kyverno"]),
    "promtool": (["--version"], lambda: _versions()["prometheus"].removeprefix("v")),
    "amtool": (["--version"], lambda: _versions()["alertmanager"].removeprefix("v")),
    "gitleaks": (["version"], lambda: _pin("gitleaks", "github.com/zricethezav/gitleaks/v8")),
}


@pytest.mark.cluster
@pytest.mark.parametrize("tool", sorted(REPORTS))
def test_built_tool_reports_its_pinned_version(tool):
    binary = BIN / tool
    if not os.access(binary, os.X_OK):
        pytest.skip(f"{binary.relative_to(ROOT)} missing: run `make tools`")
    args, version = REPORTS[tool]
    out = subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=60, check=True)
    words = re.split(r"[\s:,+]+", out.stdout + out.stderr)
    assert version() in words, f"{tool} {' '.join(args)} does not report {version()}: {out.stdout + out.stderr!r}"


@pytest.mark.cluster
def test_make_tools_again_is_a_no_op():
    missing = [t for t in REPORTS if not os.access(BIN / t, os.X_OK)]
    if missing:
        pytest.skip(f"build/bin/{missing[0]} missing: run `make tools`")
    # `make -q` runs nothing and exits 1 when any target is out of date.
    out = subprocess.run(["make", "-q", "tools"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, f"make tools would rebuild: {out.stdout}{out.stderr}"
