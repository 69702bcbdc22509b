"""The Go tool pins (tools/go/*/go.mod) against the settings they must follow; no tools needed."""
import re

from platform_infra.config import ENVIRONMENTS

from argocd_sync import ROOT, Manifest, sync_order

K8S_MOD = ROOT / "tools" / "go" / "kubernetes" / "go.mod"


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
