"""The guardrails judged by the real Kyverno engine (the CLI at the pinned chart's app version), per environment.

Each environment's suite (`kyverno_suite.build`) is written in the upstream `kyverno test` format, every
policy's result on every resource declared, and run; the project's own emulation (`guardrails.judge`) runs
on the same files and must agree with the engine on every case.
"""
import datetime
import json
import subprocess

import kyverno_suite
import pytest
import yaml
from policy_corpus import good_pod_spec, wrap

from platform_constructs.guardrails import judge

pytestmark = pytest.mark.engines

ENVS = ("dev", "stage", "prod")
TODAY = datetime.date.today()  # exceptions must be unexpired today


@pytest.fixture(scope="session")
def kyverno():
    if not kyverno_suite.KYVERNO.exists():
        pytest.skip(f"{kyverno_suite.KYVERNO.relative_to(kyverno_suite.ROOT)} missing: run `make tools` to build the Kyverno CLI")
    return kyverno_suite.KYVERNO


@pytest.fixture(scope="module", params=ENVS)
def judged(request, kyverno, tmp_path_factory):
    suite = kyverno_suite.build(request.param, today=TODAY)
    folders = kyverno_suite.write(suite, tmp_path_factory.mktemp(f"kyverno-{request.param}"))
    return suite, kyverno_suite.run(suite, folders)


def test_kyverno_test_suite_passes(judged, figure):
    """Every declared result holds: each bad case refused by exactly its policies, each exempt case skipped
    by exactly its exceptions' policies, everything else passed (or never looked at, where a policy's match
    rules leave the kind out)."""
    suite, rows = judged
    cases = suite.by_key()
    wrong = [f"{cases[r.key].name}: {r.policy} should {r.expected}, kyverno: {r.actual} ({r.message})"
             for r in rows if not r.ok]
    assert wrong == []
    assert sorted({(r.policy, r.key) for r in rows}) == sorted((r.policy, r.key) for r in rows), "one verdict per pair"
    assert len(rows) == sum(len(ps) * len(cs) for ps, cs in kyverno_suite.families(suite))
    refused = sum(bool(c.refused_by) for c in suite.cases)
    figure(f"kyverno test {suite.env}: {len(suite.cases)} cases ({refused} refused, {len(suite.cases) - refused} admitted), "
           f"{len(rows)} results, all as expected")


def _key(manifest):
    meta = manifest["metadata"]
    return manifest["kind"], meta.get("namespace", ""), meta["name"]


def test_emulation_agrees_with_kyverno(judged, figure):
    """Same verdict (pass, fail, skip, error) from the same policies on every (case, policy), and the same
    first message where both refuse."""
    suite, rows = judged
    verdicts = []
    for operation in sorted({c.operation for c in suite.cases}):
        problems, judged_ = judge([*suite.policies, *suite.exceptions],
                                  [c.manifest for c in suite.cases if c.operation == operation], today=TODAY, operation=operation)
        assert problems == []
        verdicts += judged_
    emulated = {(_key(v.resource), v.policy): (v.result, v.messages[0] if v.result == "fail" else "") for v in verdicts}
    engine = {(r.key, r.policy): (r.actual, r.message if r.actual == "fail" else "") for r in rows if r.actual != "excluded"}
    cases = suite.by_key()
    differ = sorted({key for key in emulated.keys() | engine.keys() if emulated.get(key) != engine.get(key)})
    lines = [f"{cases[k].name}: {p}: emulation {emulated.get((k, p))}, kyverno {engine.get((k, p))}" for k, p in differ]
    agreeing = len(cases) - len({k for k, _ in differ})
    figure(f"agreement {agreeing}/{len(cases)} ({suite.env})")
    assert lines == []


# The bypasses found by trying the prod policies as an attacker would (issue 14): each is a set of cases in the
# suite, and the real engine must refuse each by exactly the policies the case names, denying in stage and prod.
BYPASSES = {
    "exception-by-owner-name": ("forged owner name in ", "owner kind without the chart's ServiceAccount in "),
    "any-image-through-the-mirrors": ("mirror-xmrig Pod", "mirror-unlisted Pod", "registry-unlisted Pod"),
    "service-external-ips": ("externalIPs Service",),
    "host-persistent-volumes": ("hostPath PersistentVolume", "local PersistentVolume", "nfs PersistentVolume", "claim "),
    "ephemeral-containers": ("ephemeral container ",),
    "replication-controllers": ("privileged ReplicationController",),
}


@pytest.mark.parametrize("bypass", BYPASSES)
def test_bypass_is_refused_by_kyverno(judged, bypass):
    suite, rows = judged
    cases = [c for c in suite.cases if c.name.startswith(BYPASSES[bypass]) and c.refused_by]
    assert cases, f"no case for bypass {bypass}"
    policies = {p["metadata"]["name"]: p for p in suite.policies}
    for case in cases:
        refused = {r.policy for r in rows if r.key == case.key and r.actual == "fail"}
        assert refused == case.refused_by, case.name
        actions = {a for p in refused for a in policies[p]["spec"]["validationActions"]}
        assert actions == ({"Audit"} if suite.env == "dev" else {"Deny"}), case.name


@pytest.mark.parametrize("env", ("stage", "prod"))
def test_image_validating_policies_load_and_refuse_what_they_cannot_verify(kyverno, env, tmp_path):
    """Each rendered ImageValidatingPolicy compiles in the CLI: an image it does not cover passes, and an app image
    it cannot verify (no registry here, so no signature) is an error, which its failurePolicy Fail turns into a
    refusal at admission."""
    docs = [d for _, d in kyverno_suite.dist_docs(env)]
    ivps = [d for d in docs if d["kind"] == "ImageValidatingPolicy"]
    assert ivps, f"{env} verifies signatures"
    globs = [ref["glob"] for d in ivps for ref in d["spec"]["matchImageReferences"]]
    repo = kyverno_suite.admitted_repository(docs, [g.rstrip("*").rstrip(":@") for g in globs])
    for ivp in ivps:
        assert ivp["spec"]["failurePolicy"] == "Fail" and ivp["spec"]["validationActions"] == ["Deny"]
        signed = ivp["spec"]["matchImageReferences"][0]["glob"].rstrip("*").rstrip(":@")
        pods = [wrap("Pod", good_pod_spec(r), name=name)
                for name, r in (("unsigned", signed), ("not-covered", repo))]
        (tmp_path / "policy.yaml").write_text(yaml.safe_dump(ivp))
        (tmp_path / "pods.yaml").write_text(yaml.safe_dump_all(pods))
        proc = subprocess.run(
            [str(kyverno), "apply", str(tmp_path / "policy.yaml"), "--resource", str(tmp_path / "pods.yaml"),
             "--policy-report", "--output-format", "json", "--remove-color"], capture_output=True, text=True, timeout=300)
        report = json.JSONDecoder().raw_decode(proc.stdout[proc.stdout.index("{"):])[0]
        results = {r["resources"][0]["name"]: (r["result"], r["message"]) for r in report["results"]}
        assert results["not-covered"] == ("pass", "success"), results
        assert results["unsigned"][0] == "error", results
        assert results["unsigned"][1].startswith(f"failed to evaluate policy: Get \"https://{signed.split('/')[0]}/v2/"), results


def test_autogen_rewrites_metadata_like_kyverno(kyverno, tmp_path):
    """The first disagreement found (by reading Kyverno v1.19's pkg/cel/autogen): its rewrite keeps only
    `object.metadata.namespace` on the controller, so `object.metadata.name` reads the pod template's name;
    the emulation kept `.name` on the controller too. One policy, one Deployment, both engines."""
    policy = {"apiVersion": "policies.kyverno.io/v1", "kind": "ValidatingPolicy", "metadata": {"name": "name-check"},
              "spec": {"validationActions": ["Deny"], "matchConstraints": {"resourceRules": [{
                  "apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"], "resources": ["pods"]}]},
                  "validations": [{"expression": "!has(object.metadata.name) || object.metadata.name != 'api'",
                                   "message": "named api"}]}}
    deployment = wrap("Deployment", good_pod_spec("registry.example.com/shop/api"), name="api")
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy))
    (tmp_path / "resource.yaml").write_text(yaml.safe_dump(deployment))
    proc = subprocess.run([str(kyverno), "apply", str(tmp_path / "policy.yaml"), "--resource", str(tmp_path / "resource.yaml"),
                           "--policy-report", "--output-format", "json", "--remove-color"], capture_output=True, text=True, timeout=300)
    report = json.JSONDecoder().raw_decode(proc.stdout[proc.stdout.index("{"):])[0]
    # the template has no name: the Deployment named 'api' passes
    assert [r["result"] for r in report["results"]] == ["pass"]
    _, verdicts = judge([policy], [deployment], today=TODAY)
    assert [v.result for v in verdicts] == ["pass"]
