import dataclasses
import datetime
import subprocess
import sys

import cdk8s
import pytest
from support import ROOT, by_kind, crd_dir, manifests, one

from platform_constructs import LayoutChart, PropsError, environment, environments, render, write_tree
from platform_constructs.guardrails import (
    CYCLONEDX_PREDICATE,
    EXPIRES_ANNOTATION,
    GITHUB_ACTIONS_ISSUER,
    REASON_ANNOTATION,
    ExemptKind,
    Guardrails,
    GuardrailsProps,
    PolicyExceptionProps,
    SignatureRule,
    evaluate,
    exception_problems,
)

REGISTRY = "111111111111.dkr.ecr.eu-west-1.amazonaws.com"
SIGNED = SignatureRule.github_actions("demo-api", [f"{REGISTRY}/demo-api"], repository="example-org/demo-api",
                                      workflow=".github/workflows/ci.yaml")
EXCEPTION = PolicyExceptionProps(
    name="legacy-batch-writable-root", kind=ExemptKind.CRON_JOB, namespace="shop", resource_name="legacy-batch",
    service_account="batch", policies=["require-read-only-root-filesystem"],
    reason="writes its report to / until ticket SHOP-42 moves it to /tmp",
    expires=datetime.date(2026, 3, 31))


def props(env="dev", **kw) -> GuardrailsProps:
    base = dict(env=environment(env), allowed_registries=[REGISTRY])
    if environment(env).verify_image_signatures:
        base["signatures"] = [SIGNED]
    return GuardrailsProps(**{**base, **kw})


def test_default_snapshot(chart, snapshot):
    Guardrails(chart, "guardrails", props=props())
    assert manifests(chart) == snapshot


def test_customised_snapshot(chart, snapshot):
    Guardrails(chart, "guardrails", props=props(
        "prod", approved_load_balancers=["ingress-nginx/ingress-nginx-controller"], exceptions=[EXCEPTION]))
    assert manifests(chart) == snapshot


def test_environment_decides_the_action_and_signature_checks(chart):
    for env in environments():
        Guardrails(chart, env.name, props=props(env.name))
    docs = manifests(chart)
    actions = {}
    for d in docs:
        actions.setdefault(d["metadata"]["labels"]["platform.example.com/environment"], set()).update(
            d["spec"].get("validationActions", []))
    assert actions == {"dev": {"Audit"}, "stage": {"Deny"}, "prod": {"Deny"}}
    assert [d["metadata"]["labels"]["platform.example.com/environment"]
            for d in by_kind(docs, "ImageValidatingPolicy")] == ["stage", "prod"]


def test_pod_policies_autogenerate_for_controllers_and_have_template_twins(chart):
    g = Guardrails(chart, "guardrails", props=props())
    docs = manifests(chart)
    policy = one(docs, "ValidatingPolicy", "disallow-privileged-containers")
    assert policy["apiVersion"] == "policies.kyverno.io/v1"
    assert policy["spec"]["matchConstraints"]["resourceRules"] == [
        {"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"], "resources": ["pods"]}]
    assert policy["spec"]["autogen"]["podControllers"]["controllers"] == [
        "cronjobs", "daemonsets", "deployments", "jobs", "replicasets", "statefulsets"]
    assert policy["spec"]["failurePolicy"] == "Fail"
    twin = one(docs, "ValidatingPolicy", "disallow-privileged-containers-templates")
    assert [(r["apiGroups"], r["resources"]) for r in twin["spec"]["matchConstraints"]["resourceRules"]] == [
        (["argoproj.io"], ["rollouts"]), ([""], ["replicationcontrollers"])]
    assert twin["spec"]["matchConditions"] == [{"name": "has-pod-template", "expression": "has(object.spec.template)"}]
    assert twin["spec"]["variables"][0]["expression"].startswith("object.spec.template.spec.containers + ")
    assert "autogen" not in twin["spec"]
    services = one(docs, "ValidatingPolicy", "restrict-service-types")
    assert services["spec"]["matchConstraints"]["resourceRules"][0]["resources"] == ["services"]
    assert "restrict-service-types-templates" not in g.policy_names
    # kubectl debug goes through a subresource: its policy matches it and cannot autogenerate or have a twin
    debug = one(docs, "ValidatingPolicy", "disallow-ephemeral-containers")
    assert debug["spec"]["matchConstraints"]["resourceRules"] == [
        {"apiGroups": [""], "apiVersions": ["v1"], "operations": ["UPDATE"], "resources": ["pods", "pods/ephemeralcontainers"]}]
    assert "autogen" not in debug["spec"] and "disallow-ephemeral-containers-templates" not in g.policy_names
    assert len(g.policy_names) == len(by_kind(docs, "ValidatingPolicy")) == 47


def test_registries_are_the_only_allowed_prefixes(chart):
    Guardrails(chart, "guardrails", props=props(allowed_registries=[REGISTRY, "mirror.example.com/approved"]))
    policy = one(manifests(chart), "ValidatingPolicy", "restrict-image-registries")
    assert {"name": "registries", "expression": f"['{REGISTRY}', 'mirror.example.com/approved']"} in policy["spec"]["variables"]


def test_prod_verifies_signature_and_sbom_of_the_ci_identity(chart):
    Guardrails(chart, "guardrails", props=props("prod"))
    ivp = one(manifests(chart), "ImageValidatingPolicy", "verify-demo-api")
    spec = ivp["spec"]
    assert spec["attestors"] == [{"name": "ci", "cosign": {"keyless": {"identities": [{
        "issuer": GITHUB_ACTIONS_ISSUER,
        "subject": "https://github.com/example-org/demo-api/.github/workflows/ci.yaml@refs/heads/main"}]}}}]
    assert spec["attestations"] == [{"name": "sbom", "intoto": {"type": CYCLONEDX_PREDICATE}}]
    assert spec["matchImageReferences"] == [{"glob": f"{REGISTRY}/demo-api:*"}, {"glob": f"{REGISTRY}/demo-api@*"}]
    assert spec["validationConfigurations"] == {"mutateDigest": False, "required": True, "verifyDigest": True}
    assert spec["validationActions"] == ["Deny"]
    assert [("verifyImageSignatures" in v["expression"], "attestations.sbom" in v["expression"])
            for v in spec["validations"]] == [(True, False), (False, True)]


def test_exception_is_narrow_and_carries_reason_and_expiry(chart):
    g = Guardrails(chart, "guardrails", props=props())
    g.add_exception(dataclasses.replace(EXCEPTION, kind=ExemptKind.ROLLOUT, name="legacy-rollout"))
    ex = one(manifests(chart), "PolicyException")
    assert ex["apiVersion"] == "policies.kyverno.io/v1"
    assert ex["metadata"]["namespace"] == "kyverno"
    assert ex["metadata"]["annotations"] == {REASON_ANNOTATION: EXCEPTION.reason, EXPIRES_ANNOTATION: "2026-03-31"}
    assert ex["spec"]["policyRefs"] == [
        {"name": "require-read-only-root-filesystem", "kind": "ValidatingPolicy"},
        {"name": "require-read-only-root-filesystem-templates", "kind": "ValidatingPolicy"}]
    assert [c["name"] for c in ex["spec"]["matchConditions"]] == ["exempt-resource"]


# -- exceptions, evaluated ------------------------------------------------------------------------


def cronjob(name="legacy-batch", writable=True):
    container = {"name": "batch", "image": f"{REGISTRY}/demo-api:1.0.0",
                 "resources": {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                 "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": not writable,
                                     "capabilities": {"drop": ["ALL"]}}}
    pod = {"serviceAccountName": "batch", "containers": [container],
           "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}}}
    return {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": name, "namespace": "shop"},
            "spec": {"schedule": "@daily", "jobTemplate": {"spec": {"template": {"spec": pod}}}}}


def job_pod_of(cron):
    pod = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return {"apiVersion": "v1", "kind": "Pod", "spec": pod, "metadata": {
        "generateName": f"{cron['metadata']['name']}-29012345-", "namespace": "shop",
        "ownerReferences": [{"apiVersion": "batch/v1", "kind": "Job", "name": f"{cron['metadata']['name']}-29012345", "uid": "u",
                             "controller": True}]}}


@pytest.fixture
def with_exception(chart):
    Guardrails(chart, "guardrails", props=props("stage", exceptions=[EXCEPTION]))
    return manifests(chart)


def test_exception_exempts_only_its_resource_from_only_its_policies(with_exception):
    today = datetime.date(2026, 3, 31)
    exempt = cronjob()
    assert evaluate(with_exception, [exempt, job_pod_of(exempt)], today=today) == []
    other = cronjob("legacy-batch-two")
    assert {(v.policy, v.resource) for v in evaluate(with_exception, [other, job_pod_of(other)], today=today)} == {
        ("require-read-only-root-filesystem", "CronJob shop/legacy-batch-two"),
        ("require-read-only-root-filesystem", "Pod shop/None")}
    privileged = cronjob()
    privileged["spec"]["jobTemplate"]["spec"]["template"]["spec"]["hostPID"] = True
    assert [v.policy for v in evaluate(with_exception, [privileged], today=today)] == ["disallow-host-namespaces"]


def test_expired_exception_fails_validation_and_exempts_nothing(with_exception):
    found = evaluate(with_exception, [cronjob()], today=datetime.date(2026, 4, 1))
    assert [(v.policy, v.resource, v.message) for v in found] == [
        ("policy-exception", "PolicyException kyverno/legacy-batch-writable-root",
         "expired on 2026-03-31: renew it with a new reason or fix the resource"),
        ("require-read-only-root-filesystem", "CronJob shop/legacy-batch",
         "The root filesystem must be read-only: securityContext.readOnlyRootFilesystem must be true; "
         "mount an emptyDir where the app writes.")]


def test_hand_edited_exception_problems(with_exception):
    ex = one(with_exception, "PolicyException")
    ex["metadata"]["annotations"] = {}
    ex["spec"]["policyRefs"].append({"name": "made-up", "kind": "ValidatingPolicy"})
    assert exception_problems(ex, ["require-read-only-root-filesystem"], today=datetime.date(2026, 1, 1)) == [
        f"has no written reason (annotation {REASON_ANNOTATION})",
        f"has no expiry date (annotation {EXPIRES_ANNOTATION}, YYYY-MM-DD)",
        "names policy 'made-up', which this environment does not have"]


# -- bad input ------------------------------------------------------------------------------------


def test_empty_registry_list_is_refused(chart):
    with pytest.raises(PropsError, match=r"(?s)invalid Guardrails at 'test/guardrails':\n"
                                         r"  - allowed_registries: \[\] is not allowed: at least one registry"):
        Guardrails(chart, "guardrails", props=props(allowed_registries=[]))


def test_bad_registry_and_load_balancer_are_refused(chart):
    with pytest.raises(PropsError) as err:
        Guardrails(chart, "guardrails", props=props(allowed_registries=["https://reg.io/"],
                                                    approved_load_balancers=["just-a-name"]))
    assert str(err.value).splitlines()[1:] == [
        "  - allowed_registries[0]: 'https://reg.io/' is not allowed: a registry host, optionally with a path, "
        "without a scheme or trailing '/'",
        "  - approved_load_balancers[0]: 'just-a-name' is not allowed: 'namespace/name'"]


def test_signature_rule_without_issuer_or_subject_is_refused(chart):
    bad = SignatureRule(name="demo-api", repositories=[f"{REGISTRY}/demo-api"], issuer="", subject=" ")
    with pytest.raises(PropsError) as err:
        Guardrails(chart, "guardrails", props=props("prod", signatures=[bad]))
    assert str(err.value).splitlines()[1:] == [
        f"  - signatures[0].issuer: '' is not allowed: the OIDC issuer URL of the signing identity, such as '{GITHUB_ACTIONS_ISSUER}'",
        "  - signatures[0].subject: ' ' is not allowed: the signing identity, such as "
        "'https://github.com/<org>/<repo>/.github/workflows/ci.yaml@refs/heads/main'"]


def test_prod_without_signature_rules_is_refused(chart):
    with pytest.raises(PropsError, match=r"signatures: \[\] is not allowed: at least one signature rule: prod verifies"):
        Guardrails(chart, "guardrails", props=props("prod", signatures=[]))


def test_exception_naming_a_missing_policy_is_refused(chart):
    g = Guardrails(chart, "guardrails", props=props())
    with pytest.raises(PropsError, match=r"(?s)invalid PolicyException at 'test/guardrails/oops':\n"
                                         r"  - policies\[1\]: 'no-such-policy' is not allowed: one of the guardrail policies: "):
        g.add_exception(dataclasses.replace(EXCEPTION, name="oops", policies=["disallow-host-path", "no-such-policy"]))


def test_exception_without_reason_or_expiry_is_refused(chart):
    g = Guardrails(chart, "guardrails", props=props())
    with pytest.raises(PropsError) as err:
        g.add_exception(dataclasses.replace(EXCEPTION, reason="  ", expires=None))
    assert str(err.value).splitlines()[1:] == [
        "  - reason: '  ' is not allowed: a written reason: why the resource cannot comply, and what will end the exception",
        "  - expires: None is not allowed: a datetime.date, the last day the exception holds"]


# -- the real validators --------------------------------------------------------------------------


def test_rendered_policies_pass_the_kyverno_crds(tmp_path):
    crds = crd_dir()
    app = cdk8s.App()
    for env in environments():
        Guardrails(LayoutChart(app, env.name, path=f"platform/{env.name}"), "guardrails", props=props(env.name))
    files = render(app.charts)
    write_tree(files, tmp_path / "dist")
    proc = subprocess.run([sys.executable, "tools/validate.py", str(tmp_path / "dist"), "--crd-dir", str(crds),
                           "--k8s-versions", "1.31"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"CRD schemas ({crds}): {len(files)} custom resources, ok" in proc.stdout
    assert len(files) == 3 * 47 + 2  # every policy of every environment, stage's and prod's signature policies


# -- bypasses, reproduced on the emulation (the Kyverno CLI suite judges the same: tests/engines) --------------


def falco_exception(chart):
    g = Guardrails(chart, "guardrails", props=props("prod"))
    g.add_exception(PolicyExceptionProps(
        name="addon-falco", kind=ExemptKind.DAEMON_SET, namespace="falco", resource_name="falco", service_account="falco",
        policies=["disallow-privileged-containers"], reason="reads every container's syscalls from the host",
        expires=datetime.date(2027, 6, 30)))
    return manifests(chart)


def falco_pod(owner, service_account="falco"):
    container = {"name": "falco", "image": f"{REGISTRY}/demo-api:1.0.0@sha256:" + "a" * 64,
                 "resources": {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                 "securityContext": {"privileged": True, "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                     "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}}
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "falco-x7k2p", "namespace": "falco", "ownerReferences": [owner]},
            "spec": {"serviceAccountName": service_account, "containers": [container],
                     "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}}}}


def test_exception_trusts_namespace_service_account_and_controller_kind_not_owner_names(chart):
    """Bypass 1: a pod forging an ownerReference named like the workload's was exempt; the owner's kind with the
    controller flag and the chart's ServiceAccount are what the exception matches now."""
    docs = falco_exception(chart)
    today = datetime.date(2026, 12, 1)
    genuine = {"apiVersion": "apps/v1", "kind": "DaemonSet", "name": "falco", "uid": "u", "controller": True}
    assert evaluate(docs, [falco_pod(genuine)], today=today) == []
    forged = [falco_pod({"apiVersion": "v1", "kind": "Node", "name": "falco-abcde", "uid": "forged"}, "intruder"),
              falco_pod({**genuine, "controller": False}),  # an owner that is not the pod's controller
              falco_pod(genuine, "intruder")]  # the DaemonSet's kind, but not the chart's ServiceAccount
    assert [v.policy for v in evaluate(docs, forged, today=today)] == ["disallow-privileged-containers"] * 3


def test_exception_needs_the_service_account_of_its_pods(chart):
    g = Guardrails(chart, "guardrails", props=props())
    with pytest.raises(PropsError, match=r"service_account: '' is not allowed: the ServiceAccount the exempt pods run as"):
        g.add_exception(dataclasses.replace(EXCEPTION, service_account=""))


def test_no_exception_may_cover_ephemeral_containers(chart):
    """Bypass 5: `kubectl debug` in an exempt namespace would run with its pod's exemptions."""
    g = Guardrails(chart, "guardrails", props=props())
    with pytest.raises(PropsError, match=r"policies\[0\]: 'disallow-ephemeral-containers' is not allowed"):
        g.add_exception(dataclasses.replace(EXCEPTION, policies=["disallow-ephemeral-containers"]))


def test_repositories_admit_only_themselves(chart):
    """Bypass 2: a pull-through mirror serves any public image, so a mirror admits only the repositories listed."""
    mirror = f"{REGISTRY}/docker-hub"
    Guardrails(chart, "guardrails", props=props(allowed_registries=[], allowed_repositories=[
        f"{REGISTRY}/demo-api", f"{mirror}/velero/velero"]))
    docs = manifests(chart)
    pod = job_pod_of(cronjob(writable=False))
    container = pod["spec"]["containers"][0]

    def refused(image):
        container["image"] = image
        return [v.policy for v in evaluate(docs, [pod], today=datetime.date(2026, 1, 1))]

    assert refused(f"{mirror}/velero/velero:v1.18.2") == refused(f"{REGISTRY}/demo-api@sha256:" + "a" * 64) == []
    for image in (f"{mirror}/xmrig/xmrig:6.21.0", f"{mirror}/velero/velero-evil:1.0", f"{REGISTRY}/unsigned-tool:1.0"):
        assert refused(image) == ["restrict-image-registries"], image


def test_unknown_pod_kind_is_refused_loudly(chart):
    """Bypass 6: a kind the emulation cannot unwrap is refused by name, never passed in silence."""
    Guardrails(chart, "guardrails", props=props("prod"))
    clone_set = {"apiVersion": "apps.kruise.io/v1alpha1", "kind": "CloneSet", "metadata": {"name": "x", "namespace": "shop"},
                 "spec": {"template": {"spec": {"containers": [{"name": "x", "image": "docker.io/xmrig/xmrig:6"}]}}}}
    config = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "shop"}, "data": {}}
    found = evaluate(manifests(chart), [clone_set, config], today=datetime.date(2026, 1, 1))
    assert [(v.policy, v.resource) for v in found] == [("unknown-pod-kind", "CloneSet shop/x")]
    assert "cannot judge kind 'CloneSet': it carries a pod" in found[0].message
