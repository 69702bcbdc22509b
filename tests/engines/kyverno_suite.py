"""A `kyverno test` suite for one environment, generated from its rendered policies in `dist/` and the corpus.

`build(env)` gathers the cases: the hardened pod in every kind that carries it, each dangerous variant of it
(`policy_corpus`), the platform's bypass cases, the add-on pods the environment's PolicyExceptions exempt,
and every workload the environment renders. Each case names the policies that must refuse it ('fail') and
the ones an exception must exempt ('skip'); every other policy that matches it must pass. `write` lays the
suite out in the upstream format (kyverno-test.yaml with policies, resources, exceptions and results), `run`
runs `kyverno test` and reads its result table, `report` runs `kyverno apply` on the same files for the
engine's complete verdicts (so a policy refusing a case the suite did not expect is seen too).
"""
from __future__ import annotations

import copy
import json
import os
import pathlib
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import cdk8s
import yaml
from policy_corpus import DIGEST, KINDS, add_ephemeral, bad_pod_cases, good_pod_spec, image, names, sc, service, wrap

from platform_constructs import PlatformAddons, PlatformAddonsProps, _cel, environment
from platform_constructs._k8s import repository_of
from platform_constructs.guardrails import TEMPLATE_SUFFIX, exception_problems
from platform_constructs.traffic import environment_of

ROOT = pathlib.Path(__file__).resolve().parents[2]
KYVERNO = ROOT / "build" / "bin" / "kyverno"
POLICY_FILE, EXCEPTION_FILE, RESOURCE_FILE = "policies.yaml", "exceptions.yaml", "resources.yaml"
# Kinds `kyverno test` is given from dist/: the ones a platform policy can match (the CLI maps every other
# kind it is given to a resource first, and custom resources without their CRD cannot be mapped).
JUDGED_KINDS = frozenset(_cel.RESOURCES)


@dataclass(frozen=True)
class Case:
    """One manifest and what the environment's policies must say of it."""

    name: str
    manifest: Mapping
    refused_by: frozenset[str] = frozenset()
    """Policies that must fail it (Rollouts: the twin policies' names)."""
    exempt_from: frozenset[str] = frozenset()
    """Policies that must skip it: a PolicyException (or the policy's match conditions) lets it through."""
    operation: str = "CREATE"
    """The admission operation it arrives with ('UPDATE': an ephemeral container added to a running pod)."""

    def expected(self, policy: str) -> str:
        return "fail" if policy in self.refused_by else "skip" if policy in self.exempt_from else "pass"

    @property
    def key(self) -> tuple[str, str, str]:
        meta = self.manifest["metadata"]
        return self.manifest["kind"], meta.get("namespace", ""), meta["name"]


@dataclass
class Suite:
    env: str
    policies: list[Mapping]
    exceptions: list[Mapping]
    cases: list[Case] = field(default_factory=list)

    def expected(self, case: Case, policy: Mapping) -> str:
        """The case's expected result, or 'excluded' where the policy's match rules (its own resource rules and
        Kyverno's autogen) leave the case's kind or operation out: `kyverno test` then reports it 'Excluded'."""
        if _cel.matches(policy["spec"], str(case.manifest["kind"]), case.operation) is None:
            return "excluded"
        return case.expected(policy["metadata"]["name"])

    def by_key(self) -> dict[tuple[str, str, str], Case]:
        out: dict[tuple[str, str, str], Case] = {}
        for case in self.cases:
            if case.key in out:
                raise ValueError(f"cases {out[case.key].name!r} and {case.name!r} share {case.key!r}")
            out[case.key] = case
        return out


def dist_docs(env: str, dist: pathlib.Path = ROOT / "dist") -> list[tuple[str, dict]]:
    """(path, manifest) of every manifest of `env` in the rendered tree."""
    out = []
    for path in sorted(dist.rglob("*.yaml")):
        rel = path.relative_to(dist).as_posix()
        if environment_of(rel) == env:
            out += [(rel, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return out


def twin(policy: str, kind: str) -> str:
    """The policy that judges `kind`: pod policies reach Rollouts and ReplicationControllers through their twins."""
    return policy + TEMPLATE_SUFFIX if kind in ("Rollout", "ReplicationController") else policy


def admitted_repository(docs: Iterable[Mapping], signed: Iterable[str]) -> str:
    """A repository the environment's policies admit and no ImageValidatingPolicy covers (the CLI cannot reach
    a registry): the image of the first rendered workload container that is not signature-checked."""
    signed = tuple(signed)
    for doc in docs:
        spec = _pod_spec(doc)
        for c in (spec or {}).get("containers", []):
            if (repo := repository_of(c["image"])) not in signed:
                return repo
    raise ValueError("no rendered workload runs an image outside the signature policies")


def _pod_spec(doc: Mapping) -> Mapping | None:
    spec = doc.get("spec") or {}
    if doc.get("kind") == "Pod":
        return spec
    if doc.get("kind") == "CronJob":
        return spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec")
    return (spec.get("template") or {}).get("spec")


def build(env: str, *, today, dist: pathlib.Path = ROOT / "dist") -> Suite:
    """The suite of `env`: its ValidatingPolicies and valid exceptions from `dist/`, the corpus, the platform's
    cases, every workload it renders and every workload of its Helm-rendered add-ons."""
    docs = dist_docs(env, dist)
    manifests = [d for _, d in docs]
    policies = [d for d in manifests if d["kind"] == "ValidatingPolicy"]
    names_ = [d["metadata"]["name"] for d in manifests if d["kind"] in ("ValidatingPolicy", "ImageValidatingPolicy")]
    exceptions = [d for d in manifests if d["kind"] == "PolicyException"]
    invalid = {d["metadata"]["name"]: exception_problems(d, names_, today=today) for d in exceptions}
    if any(invalid.values()):
        raise ValueError(f"{env}: PolicyExceptions that must not stand: {invalid}")
    signed = [ref["glob"].rstrip("*").rstrip(":@") for d in manifests if d["kind"] == "ImageValidatingPolicy"
              for ref in d["spec"].get("matchImageReferences", [])]
    repo = admitted_repository(manifests, signed)
    suite = Suite(env, policies, exceptions)
    suite.cases += corpus_cases(repo)
    suite.cases += platform_cases(env, repo)
    suite.cases += [Case(f"dist {path}: {d['kind']} {d['metadata']['name']}", d) for path, d in docs
                    if d["kind"] in JUDGED_KINDS]
    # and the claims the StatefulSet controller creates from each rendered claim template
    suite.cases += [Case(f"dist {path}: claim {t['metadata']['name']} of {d['metadata']['name']}", {
        "apiVersion": "v1", "kind": "PersistentVolumeClaim", "spec": t["spec"], "metadata": {
            "name": f"{t['metadata']['name']}-{d['metadata']['name']}-0", "namespace": d["metadata"]["namespace"]}})
        for path, d in docs if d["kind"] == "StatefulSet" for t in d["spec"].get("volumeClaimTemplates", [])]
    # The real add-on workloads stand in for the platform's stand-ins of the same exempt workloads.
    addons = addon_cases(env, exceptions)
    real = {c.key for c in addons}
    suite.cases = [c for c in suite.cases if c.key not in real] + addons
    # A Rollout without a pod template is skipped by every twin: their match condition needs one.
    twins = frozenset(p["metadata"]["name"] for p in policies if p["metadata"]["name"].endswith(TEMPLATE_SUFFIX))
    suite.cases = [Case(c.name, c.manifest, c.refused_by, c.exempt_from | twins, c.operation)
                   if c.manifest["kind"] == "Rollout" and "template" not in c.manifest["spec"] else c for c in suite.cases]
    return suite


def _stored(value):
    """A rendered object as the API server stores it: null fields dropped, every pod template with its metadata."""
    if isinstance(value, dict):
        out = {k: _stored(v) for k, v in value.items() if v is not None}
        if isinstance(out.get("template"), dict) and "spec" in out["template"]:
            out["template"].setdefault("metadata", {})
        return out
    return [_stored(v) for v in value] if isinstance(value, list) else value


def _exempts(exception: Mapping, manifest: Mapping) -> bool:
    """Whether the (platform-rendered) PolicyException names this workload: its namespace, kind and name."""
    meta, text = manifest["metadata"], " ".join(c["expression"] for c in exception["spec"].get("matchConditions", []))
    return (f"object.metadata.?namespace.orValue('') == '{meta['namespace']}'" in text
            and f"object.kind == '{manifest['kind']}' && object.metadata.?name.orValue('') == '{meta['name']}'" in text)


def addon_cases(env: str, exceptions: Iterable[Mapping]) -> list[Case]:
    """Every object the Helm-rendered add-ons apply in a sync (tools/addon_render.py) that a policy judges, as the
    API server stores it: admitted, skipped by exactly the policies of the PolicyExceptions that name it."""
    from tools import addon_render

    kube, apis = addon_render.kube_version(env), addon_render.api_versions()
    cases = []
    for source in addon_render.applications(env):
        for obj in addon_render.render(source, kube, apis).applied():
            if obj["kind"] not in JUDGED_KINDS:
                continue
            manifest = _stored({**obj, "metadata": {"namespace": source.namespace, **obj["metadata"]}})
            exempt = frozenset(ref["name"] for e in exceptions if _exempts(e, manifest) for ref in e["spec"]["policyRefs"])
            cases.append(Case(f"add-on {source.app}: {obj['kind']} {obj['metadata']['name']}", manifest, exempt_from=exempt))
    return cases


# Kinds each bad variant is tried in. Kyverno generates one policy per pod-template layout: the Deployment's
# stands for DaemonSets, ReplicaSets, StatefulSets and Jobs too (the same rewrite, one policy matching all
# five), the CronJob's for CronJobs. The good pod and the other cases go in every kind; the emulation's own
# suite (test_policy_suite.py) tries every variant in every kind.
BAD_KINDS = ("Pod", "Deployment", "CronJob", "Rollout")


def corpus_cases(repo: str) -> list[Case]:
    """The shared corpus as cases: the good pod in every kind, each bad variant in `BAD_KINDS`, and the other
    policies' cases."""
    out = []
    for kind in KINDS:
        out.append(Case(f"good {kind}", wrap(kind, good_pod_spec(repo), name=f"good-{kind.lower()}")))
        for case, policy, mutate, _ in bad_pod_cases(repo) if kind in BAD_KINDS else ():
            spec = good_pod_spec(repo)
            mutate(spec)
            out.append(Case(f"{case} {kind}", wrap(kind, spec, name=f"{case}-{kind.lower()}"),
                            frozenset(twin(p, kind) for p in names(policy))))
        out.append(Case(f"default-namespace {kind}", wrap(kind, good_pod_spec(repo), namespace="default",
                                                          name=f"default-namespace-{kind.lower()}"),
                        frozenset({twin("disallow-default-namespace", kind)})))
        annotations = {"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}
        # a CronJob's pod annotations are checked on its Jobs and Pods (see guardrails.py)
        refused = frozenset() if kind == "CronJob" else frozenset({twin("restrict-apparmor-annotations", kind)})
        out.append(Case(f"apparmor-annotation {kind}", wrap(kind, good_pod_spec(repo), annotations=annotations,
                                                            name=f"apparmor-annotation-{kind.lower()}"), refused))
    rollout = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "workload-ref", "namespace": "shop"},
               "spec": {"workloadRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}}}
    out.append(Case("workload-ref Rollout", rollout))  # its twins' skips: see `build`
    out += [Case("ClusterIP Service", service("ClusterIP", name="cluster-ip")),
            Case("NodePort Service", service("NodePort", name="node-port"), frozenset({"restrict-service-types"})),
            Case("LoadBalancer Service", service("LoadBalancer", name="load-balancer"), frozenset({"restrict-service-types"})),
            Case("approved LoadBalancer Service", service("LoadBalancer", "ingress-nginx-controller", "ingress-nginx"))]
    return out


def platform_cases(env: str, repo: str) -> list[Case]:
    """The bypasses once found in the platform's guardrails, and the add-on pods its exceptions must still exempt."""
    import main  # the platform app: its registry, mirrors and add-on exceptions for `env`

    settings, values = environment(env), main.platform_values(env)
    addons = PlatformAddons(cdk8s.Chart(cdk8s.App(), "addons"), "addons",
                            props=PlatformAddonsProps(env=settings, aws=main.aws_targets(settings)))
    out: list[Case] = []

    def pod(name: str, namespace: str, spec: dict, owners: list | None = None) -> dict:
        manifest = wrap("Pod", spec, namespace=namespace, name=name)
        if owners:
            manifest["metadata"]["ownerReferences"] = owners
        return manifest

    for e in addons.required_exceptions:
        exempt = frozenset(g.value for g in e.policies)
        # a dangerous variant of the good pod that only this exception lets through
        _, refused, mutate, _ = next(b for b in bad_pod_cases(repo) if set(names(b[1])) <= exempt)
        spec = good_pod_spec(repo)
        mutate(spec)
        spec["serviceAccountName"] = e.service_account
        owner = ("ReplicaSet", f"{e.workload_name}-5d9f8c7b6") if e.workload_kind == "Deployment" else (e.workload_kind, e.workload_name)
        controller = {"apiVersion": "apps/v1", "kind": owner[0], "name": owner[1], "uid": "1f0e7c1a", "controller": True}
        genuine = pod(f"{e.workload_name}-x7k2p", e.namespace, spec, [controller])
        out.append(Case(f"exempt {e.workload_kind} {e.namespace}/{e.workload_name}", wrap(
            e.workload_kind, spec, namespace=e.namespace, name=e.workload_name), exempt_from=exempt))
        out.append(Case(f"exempt pod of {e.namespace}/{e.workload_name}", genuine, exempt_from=exempt))
        # bypass 1: any pod in the namespace claiming an owner whose name looks like the workload's
        forged = {**copy.deepcopy(spec), "serviceAccountName": "intruder"}
        out.append(Case(f"forged owner name in {e.namespace}", pod(f"forged-owner-{e.namespace}", e.namespace, forged, [
            {"apiVersion": "v1", "kind": "Node", "name": f"{e.workload_name}-x7k2p", "uid": "forged"}]),
            frozenset(names(refused))))
        out.append(Case(f"owner kind without the chart's ServiceAccount in {e.namespace}", pod(
            f"forged-account-{e.namespace}", e.namespace, forged, [controller]), frozenset(names(refused))))
        # bypass 5: kubectl debug on a pod the exception covers
        debugged = copy.deepcopy(genuine)
        add_ephemeral(repo)(debugged["spec"])
        debugged["metadata"]["name"] = f"debug-{e.namespace}"
        out.append(Case(f"ephemeral container on an exempt pod in {e.namespace}", debugged,
                        frozenset({"disallow-ephemeral-containers"}), exempt, "UPDATE"))
    debugged = wrap("Pod", good_pod_spec(repo), name="debug-shop")
    add_ephemeral(repo)(debugged["spec"])
    out.append(Case("ephemeral container in a team namespace", debugged, frozenset({"disallow-ephemeral-containers"}),
                    operation="UPDATE"))
    # bypass 2: any image through a pull-through mirror, or any repository of the registry
    for name, image_ in (("mirror-xmrig", f"{values.mirrors['docker.io']}/xmrig/xmrig:6.21.0{DIGEST}"),
                         ("mirror-unlisted", f"{values.mirrors['quay.io']}/someone/miner:1.0{DIGEST}"),
                         ("registry-unlisted", f"{values.registry}/unsigned-tool:1.0{DIGEST}")):
        spec = good_pod_spec(repo)
        image(image_)(spec)
        out.append(Case(f"{name} Pod", wrap("Pod", spec, name=name), frozenset({"restrict-image-registries"})))
    # bypass 3: CVE-2020-8554
    out.append(Case("externalIPs Service", service("ClusterIP", name="external-ips", externalIPs=["203.0.113.10"]),
                    frozenset({"disallow-external-ips"})))
    # bypass 4: host volumes as PersistentVolumes, and claims that pick one
    def volume(name: str, **source) -> dict:
        return {"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": name}, "spec": {
            "capacity": {"storage": "1Gi"}, "accessModes": ["ReadWriteOnce"], "storageClassName": "gp3-encrypted",
            "persistentVolumeReclaimPolicy": "Retain", **source}}

    out += [Case("hostPath PersistentVolume", volume("host-path", hostPath={"path": "/"}), frozenset({"restrict-persistent-volumes"})),
            Case("local PersistentVolume", volume("local", local={"path": "/var/lib/kubelet"}, nodeAffinity={"required": {
                "nodeSelectorTerms": [{"matchExpressions": [{"key": "kubernetes.io/hostname", "operator": "Exists"}]}]}}),
                 frozenset({"restrict-persistent-volumes"})),
            Case("nfs PersistentVolume", volume("nfs", nfs={"server": "10.0.0.1", "path": "/"}),
                 frozenset({"restrict-persistent-volumes"})),
            Case("CSI PersistentVolume", volume("csi", csi={"driver": "ebs.csi.aws.com", "volumeHandle": "vol-0abc"}))]

    def claim(name: str, **spec) -> dict:
        return {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": name, "namespace": "shop"},
                "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                         "storageClassName": "gp3-encrypted", **spec}}

    out += [Case("claim naming a volume", claim("named-volume", volumeName="host-path"), frozenset({"restrict-volume-claims"})),
            Case("claim selecting a volume", claim("selected-volume", selector={"matchLabels": {"disk": "host"}}),
                 frozenset({"restrict-volume-claims"})),
            Case("claim without a StorageClass", claim("static-volume", storageClassName=""), frozenset({"restrict-volume-claims"})),
            Case("provisioned claim", claim("provisioned"))]
    # bypass 6: a pod-creating kind outside Kyverno's autogen
    spec = good_pod_spec(repo)
    sc(privileged=True)(spec)
    out.append(Case("privileged ReplicationController", wrap("ReplicationController", spec, name="privileged-rc"),
                    frozenset({twin("disallow-privileged-containers", "ReplicationController")})))
    return out


# -- the files ------------------------------------------------------------------------------------


def _dump(docs: Iterable[Mapping]) -> str:
    return yaml.safe_dump_all([copy.deepcopy(dict(d)) for d in docs], sort_keys=True)


def families(suite: Suite) -> list[tuple[list[Mapping], list[Case]]]:
    """The suite split into runs: policies that match a common kind run together, on the cases of those kinds
    that arrive with one admission operation.

    The CLI compiles every policy it is given for every resource, so a run costs policies x resources; a
    policy is never given a resource of a kind its match rules leave out (Kyverno matches by kind first).
    `kyverno test` evaluates every resource of a run once more for each operation its results name, so the
    few UPDATE cases (an ephemeral container added to a running pod) run apart: in one run with the CREATE
    cases they would double its cost."""
    kinds = {p["metadata"]["name"]: {c.manifest["kind"] for c in suite.cases
                                     if _cel.matches(p["spec"], c.manifest["kind"], c.operation)} for p in suite.policies}
    if idle := sorted(name for name, ks in kinds.items() if not ks):
        raise ValueError(f"{suite.env}: policies that no case reaches: {idle}")
    groups: list[tuple[set[str], list[Mapping]]] = []
    for policy in suite.policies:
        mine = kinds[policy["metadata"]["name"]]
        joined = [g for g in groups if g[0] & mine]
        for g in joined:
            groups.remove(g)
        groups.append((mine.union(*(g[0] for g in joined)), [p for g in joined for p in g[1]] + [policy]))
    out = [(policies, cases) for ks, policies in groups for op in sorted({c.operation for c in suite.cases})
           if (cases := [c for c in suite.cases if c.manifest["kind"] in ks and c.operation == op])]
    unjudged = [c.name for c in suite.cases if not any(c.manifest["kind"] in ks for ks, _ in groups)]
    if unjudged:
        raise ValueError(f"{suite.env}: no policy matches the kind of cases {unjudged}")
    return out


def write(suite: Suite, folder: pathlib.Path) -> list[pathlib.Path]:
    """The suite in the upstream test format: one folder per family (policies, resources, exceptions and a
    kyverno-test.yaml declaring the result of every policy on every resource). Returns the folders."""
    out = []
    for i, (policies, cases) in enumerate(families(suite)):
        run_dir = folder / f"run-{i}"
        run_dir.mkdir(parents=True)
        (run_dir / POLICY_FILE).write_text(_dump(policies))
        (run_dir / RESOURCE_FILE).write_text(_dump(c.manifest for c in cases))
        # One result per (policy, kind, expected result) listing its resources: `kyverno test` matches each
        # listed resource by namespace and name against every response, so one result per resource is quadratic.
        grouped: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
        for case in cases:
            kind, ns, name = case.key
            for policy in policies:
                result = suite.expected(case, policy)  # the CLI counts an excluded resource as a pass
                grouped[(policy["metadata"]["name"], kind, "pass" if result == "excluded" else result, case.operation)].append(
                    f"{ns}/{name}" if ns else name)
        test = {"apiVersion": "cli.kyverno.io/v1alpha1", "kind": "Test",
                "metadata": {"name": f"guardrails-{suite.env}-{i}"}, "policies": [POLICY_FILE], "resources": [RESOURCE_FILE],
                "results": [{"policy": policy, "isValidatingPolicy": True, "kind": kind, "resources": resources,
                             "result": result, **({"operation": op} if op != "CREATE" else {})}
                            for (policy, kind, result, op), resources in sorted(grouped.items())]}
        if suite.exceptions:
            (run_dir / EXCEPTION_FILE).write_text(_dump(suite.exceptions))
            test["exceptions"] = [EXCEPTION_FILE]
        (run_dir / "kyverno-test.yaml").write_text(yaml.safe_dump(test, sort_keys=False))
        out.append(run_dir)
    return out


# -- running the CLI ------------------------------------------------------------------------------


# The CLI compiles every policy afresh for each resource (cmd/cli/kubectl-kyverno/processor: a new compiler and
# provider per resource), so a run allocates gigabytes of short-lived CEL environments while its live heap stays
# small: collecting only near 1 GiB instead of at every doubling takes about a third off the CLI's CPU time.
GO_GC = {**os.environ, "GOGC": "off", "GOMEMLIMIT": "1GiB"}


class KyvernoError(RuntimeError):
    """The CLI failed to run or printed what this module cannot read."""


_GOT = re.compile(r"Want (\w+), got (\w+)")


@dataclass(frozen=True)
class Row:
    """One row of `kyverno test`'s result table: what the test expected and what the engine said."""

    policy: str
    key: tuple[str, str, str]  # kind, namespace, name
    expected: str
    actual: str  # 'pass', 'fail', 'skip', 'error', or 'excluded': the policy did not look at the resource
    message: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def _row(r: Mapping, expected: Mapping[tuple[str, tuple[str, str, str]], str]) -> Row:
    *_, kind, ns, name = r["RESOURCE"].split("/")
    key = (kind, ns, name)
    want = expected[(r["POLICY"], key)]
    if r["REASON"] in ("Excluded", "Not found"):  # not found: no policy response at all (cluster-scoped kinds)
        actual = "excluded"
    elif r["REASON"] == "Ok":
        actual = want
    elif m := _GOT.fullmatch(r["REASON"]):
        actual = m[2]
    else:
        raise KyvernoError(f"kyverno test: unexpected reason {r['REASON']!r} for {r['POLICY']} on {r['RESOURCE']}")
    return Row(r["POLICY"], key, want, actual, r.get("Message", ""))


def run(suite: Suite, folders: Iterable[pathlib.Path]) -> list[Row]:
    """`kyverno test` on each folder; every row of the result tables, read against the suite's expectations."""
    expected = {(p["metadata"]["name"], c.key): suite.expected(c, p) for c in suite.cases for p in suite.policies}
    rows = []
    for folder in folders:
        proc = subprocess.run([str(KYVERNO), "test", str(folder), "-o", "json", "--detailed-results", "--remove-color",
                               "--require-tests"], capture_output=True, text=True, timeout=1800, env=GO_GC)
        start = proc.stdout.find("\n[")
        if proc.returncode not in (0, 1) or start < 0:  # 1: some result differs from the expected one
            raise KyvernoError(f"kyverno test {folder.name} exited {proc.returncode}:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        table, _ = json.JSONDecoder().raw_decode(proc.stdout[start:].lstrip())
        rows += [_row(r, expected) for r in table]
    # Kyverno runs a policy and each of its autogen variants as separate policies of the same name; the
    # variants that do not match the kind print an 'Excluded' row beside the one that judged it.
    judged = {(r.policy, r.key) for r in rows if r.actual != "excluded"}
    return [r for r in rows if r.actual != "excluded" or (r.policy, r.key) not in judged]
