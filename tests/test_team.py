"""TeamChart: a team repository's chart refuses, when rendered, what the team's AppProject could not sync."""
import cdk8s
import pytest
from support import one

from platform_constructs import (
    CanaryRollout,
    CanaryRolloutProps,
    GitOpsRepo,
    IngressOptions,
    IsolatedNamespace,
    IsolatedNamespaceProps,
    Peer,
    PropsError,
    SecureApp,
    SecureAppProps,
    TeamChart,
    TeamProject,
    TeamProjectProps,
    environment,
    render,
)

PROD = environment("prod")
IMAGE = "registry.example.com/payments/ledger-api:1.4.2@sha256:" + "b" * 64


def team_chart(**kw) -> TeamChart:
    return TeamChart(cdk8s.App(), "ledger-api-prod", **{"team": "payments", **kw})


def app_props(**kw) -> SecureAppProps:
    return SecureAppProps(**{"name": "ledger-api", "namespace": "payments", "image": IMAGE, "env": PROD, **kw})


def test_what_the_team_constructs_render_passes():
    """SecureApp and CanaryRollout (with its analysis, monitoring and dashboard) stay in the team's namespace."""
    chart = team_chart(path="apps/ledger-api/envs/prod")
    CanaryRollout(chart, "ledger-api", props=CanaryRolloutProps.of(app_props(ingress=IngressOptions())))
    SecureApp(chart, "worker", props=app_props(name="ledger-worker", allow_from=(Peer.app("payments", "ledger-api"),)))
    files = render([chart])
    assert chart.team == "payments" and chart.team_namespace == "payments"
    assert len(files) >= 15 and all(path.startswith("apps/ledger-api/envs/prod/payments/") for path in files)


def test_the_check_is_the_app_projects_own_whitelists():
    """Every kind the rendered AppProject admits passes; the same object of any other kind is refused."""
    scratch = cdk8s.Chart(cdk8s.App(), "cluster")
    TeamProject(scratch, "payments", props=TeamProjectProps(team="payments", env=PROD, namespaces=("payments",),
                                                            repo=GitOpsRepo(url="https://git.example.com/gitops.git"),
                                                            on_call_groups=("payments-on-call",)))
    spec = one(scratch.to_json(), "AppProject")["spec"]
    assert spec["clusterResourceWhitelist"] == []
    admitted = [(k["group"], k["kind"]) for k in spec["namespaceResourceWhitelist"]]
    chart = team_chart()
    for i, (group, kind) in enumerate(admitted):
        cdk8s.ApiObject(chart, f"o{i}", api_version=f"{group}/v1" if group else "v1", kind=kind,
                        metadata={"name": f"o{i}", "namespace": "payments"})
    assert len(chart.to_json()) == len(admitted) == 19
    cdk8s.ApiObject(chart, "role", api_version="rbac.authorization.k8s.io/v1", kind="Role",
                    metadata={"name": "reader", "namespace": "payments"})
    with pytest.raises(PropsError) as err:
        chart.to_json()
    assert str(err.value).splitlines()[1].startswith(
        "  - ledger-api-prod/role (Role payments/reader).kind: 'rbac.authorization.k8s.io/Role' is not allowed: a kind the team's "
        "AppProject 'payments' syncs (namespaceResourceWhitelist: ConfigMap, Service, ServiceAccount, PersistentVolumeClaim, "
        "apps/Deployment,")
    assert str(err.value).endswith("; Roles, Secrets, quotas and LimitRanges come from the platform")


def test_cluster_scoped_objects_are_refused_with_the_reason():
    chart = team_chart()
    cdk8s.ApiObject(chart, "reader", api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", metadata={"name": "reader"})
    with pytest.raises(PropsError) as err:
        render([chart])
    assert str(err.value) == (
        "invalid TeamChart at 'ledger-api-prod':\n"
        "  - ledger-api-prod/reader (ClusterRole reader).kind: 'rbac.authorization.k8s.io/ClusterRole' is not allowed: a kind "
        "the team's AppProject 'payments' syncs: it syncs no cluster-scoped kind (its clusterResourceWhitelist is empty); "
        "Namespaces, RBAC, CRDs and webhooks come from the platform")


def test_objects_in_another_namespace_are_refused_each_by_name():
    chart = team_chart()
    SecureApp(chart, "ledger-api", props=app_props(namespace="billing"))
    with pytest.raises(PropsError) as err:
        chart.to_json()
    lines = str(err.value).splitlines()
    assert lines[0] == "invalid TeamChart at 'ledger-api-prod':"
    assert "  - ledger-api-prod/ledger-api/Resource (Deployment billing/ledger-api).metadata.namespace: 'billing' is not "\
           "allowed: 'payments', the team's namespace: the only destination the team's AppProject 'payments' syncs to" in lines
    assert len(lines) == 1 + 5  # ServiceAccount, Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler


def test_what_the_platform_renders_for_a_team_is_refused_in_its_chart():
    """IsolatedNamespace is the platform's: its Namespace, Roles, quota and limits are not the team's to sync."""
    chart = team_chart()
    IsolatedNamespace(chart, "ns", props=IsolatedNamespaceProps(name="payments", team="payments", env=PROD))
    with pytest.raises(PropsError) as err:
        chart.to_json()
    text = str(err.value)
    refused = [line.split(" (", 1)[1].split(")")[0] for line in text.splitlines()[1:]]
    assert refused == ["Namespace payments", "ResourceQuota payments/quota", "LimitRange payments/limits",
                       "Role payments/developer", "Role payments/viewer"], text


def test_an_object_without_a_namespace_names_the_one_to_set():
    chart = team_chart(namespace="payments-prod")
    cdk8s.ApiObject(chart, "config", api_version="v1", kind="ConfigMap", metadata={"name": "settings"})
    with pytest.raises(PropsError, match=r"^invalid TeamChart at 'ledger-api-prod':\n  - ledger-api-prod/config \(ConfigMap settings\)"
                       r"\.metadata\.namespace: None is not allowed: 'payments-prod', the team's namespace"):
        chart.to_json()


def test_bad_team_and_namespace_are_refused_at_once():
    with pytest.raises(PropsError) as err:
        TeamChart(cdk8s.App(), "x", team="platform", namespace="argocd")
    assert str(err.value).splitlines() == [
        "invalid TeamChart at 'x':",
        "  - team: 'platform' is not allowed: a team's name, not 'default' or 'platform' (Argo CD's and the platform's projects)",
        "  - namespace: 'argocd' is not allowed: the team's namespace, not Argo CD's own"]
    with pytest.raises(PropsError, match=r"  - team: 'Payments' is not allowed: a DNS-1123 label"):
        TeamChart(cdk8s.App(), "y", team="Payments")


def test_cdk8s_own_synth_refuses_too(tmp_path):
    """`app.synth()` calls the chart's to_json through jsii: the same refusal, though jsii turns it into a RuntimeError."""
    app = cdk8s.App(outdir=str(tmp_path / "out"))
    chart = TeamChart(app, "ledger-api-prod", team="payments")
    cdk8s.ApiObject(chart, "ns", api_version="v1", kind="Namespace", metadata={"name": "payments"})
    with pytest.raises(RuntimeError, match=r"invalid TeamChart at 'ledger-api-prod':\n  - ledger-api-prod/ns \(Namespace payments\)\.kind"):
        app.synth()
    assert not list((tmp_path / "out").glob("*.yaml")), "nothing is written"
