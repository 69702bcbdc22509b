"""Guardrails as code: Kyverno CEL policies (ValidatingPolicy, ImageValidatingPolicy) and narrow exceptions.

`Guardrails` renders one ValidatingPolicy per rule (Pod Security `restricted` with every baseline control,
resources, read-only root filesystem, image references and registries, namespaces, ServiceAccounts and
Service types), an ImageValidatingPolicy per signature rule where the environment verifies signatures,
and typed `PolicyException`s. Pod rules match Pods and reach Deployments, StatefulSets, DaemonSets,
ReplicaSets, Jobs and CronJobs through Kyverno's auto-generation; Kyverno does not auto-generate for Argo
Rollouts or ReplicationControllers, so each pod rule also gets a `<name>-templates` twin reading their pod
template. Pods gaining ephemeral containers (`kubectl debug`), Services with external IPs, PersistentVolumes
with host sources and claims that pick a volume themselves are refused by policies of their own.

`evaluate` runs the rendered policies on rendered manifests with a real CEL engine (see `_cel.py`), the
same check `python -m platform_constructs validate` and the policy tests use.
"""
from __future__ import annotations

import datetime
import enum
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s import ApiObjectMetadata
from constructs import Construct

from . import _cel
from ._errors import Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label
from ._pod import emit
from .imports.kyverno_imagevalidatingpolicies.io.kyverno import policies as ivpol
from .imports.kyverno_validatingpolicies.io.kyverno import policies as vpol
from .settings import EnvironmentSettings, PolicyAction
from .traffic import environment_of

GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com"
CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom"
REASON_ANNOTATION = "platform.example.com/exception-reason"
EXPIRES_ANNOTATION = "platform.example.com/exception-expires"
POLICY_API = "policies.kyverno.io/v1"
# Kyverno's pod controllers, listed explicitly so a change of Kyverno's default cannot widen or narrow them.
AUTOGEN_CONTROLLERS = ("cronjobs", "daemonsets", "deployments", "jobs", "replicasets", "statefulsets")
# Kyverno auto-generates pod rules only for its own controller list; every other kind with a pod template that
# the platform admits (Argo Rollouts, ReplicationControllers) is judged by a twin policy reading `spec.template`.
TEMPLATE_SUFFIX = "-templates"
TEMPLATE_KINDS = (("argoproj.io", "v1alpha1", "rollouts"), ("", "v1", "replicationcontrollers"))

# Pod Security Standards (v1.31): the volume types `restricted` allows, the sysctls `baseline` calls safe,
# and the SELinux types it allows.
ALLOWED_VOLUME_KEYS = ("name", "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                       "projected", "secret")
SAFE_SYSCTLS = ("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_local_reserved_ports",
                "net.ipv4.ip_unprivileged_port_start", "net.ipv4.ping_group_range", "net.ipv4.tcp_fin_timeout",
                "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_keepalive_time",
                "net.ipv4.tcp_syncookies")
SELINUX_TYPES = ("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t")


# -- props ----------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, slots=True)
class SignatureRule:
    """Images from `repositories` must carry a cosign keyless signature (and a CycloneDX SBOM attestation)
    made by the CI identity `subject`, as certified by the OIDC `issuer`."""

    name: str
    """Names the policy 'verify-<name>' (DNS-1123 label), usually the app."""
    repositories: Sequence[str]
    """Image repositories this rule covers, such as '<account>.dkr.ecr.<region>.amazonaws.com/demo-api'."""
    issuer: str
    """OIDC issuer of the signing certificate, such as GitHub Actions' 'https://token.actions.githubusercontent.com'."""
    subject: str
    """Certificate identity: for GitHub Actions, 'https://github.com/<org>/<repo>/<workflow path>@<ref>'."""
    require_sbom: bool = True
    """Default: True. Also require a CycloneDX SBOM attestation signed by the same identity."""

    @classmethod
    def github_actions(cls, name: str, repositories: Sequence[str], *, repository: str, workflow: str,
                       ref: str = "refs/heads/main") -> SignatureRule:
        """What `cosign sign` records for a GitHub Actions workflow: `${GITHUB_SERVER_URL}/${GITHUB_WORKFLOW_REF}`."""
        return cls(name=name, repositories=tuple(repositories), issuer=GITHUB_ACTIONS_ISSUER,
                   subject=f"https://github.com/{repository}/{workflow}@{ref}")


class ExemptKind(enum.Enum):
    """Kinds a PolicyException can name (each is matched itself and through the objects it owns)."""

    POD = "Pod"
    DEPLOYMENT = "Deployment"
    STATEFUL_SET = "StatefulSet"
    DAEMON_SET = "DaemonSet"
    JOB = "Job"
    CRON_JOB = "CronJob"
    ROLLOUT = "Rollout"
    SERVICE = "Service"


@dataclass(frozen=True, kw_only=True, slots=True)
class PolicyExceptionProps:
    """One resource exempted from named policies, with a written reason and an expiry date."""

    name: str
    """Names the PolicyException object (DNS-1123 label)."""
    kind: ExemptKind
    """Kind of the exempted resource. Its pods (and a Deployment's ReplicaSets, a CronJob's Jobs) are exempt too."""
    namespace: str
    """Namespace of the exempted resource."""
    resource_name: str
    """Name of the exempted resource (DNS-1123 label)."""
    service_account: str = ""
    """The ServiceAccount the exempted pods run as (the chart's own). Required, except for a Service: the exception
    matches only pods (and pod templates) that run as it."""
    policies: Sequence[str]
    """Names of the guardrail policies it is exempt from; each must exist."""
    reason: str = ""
    """Why the exemption is needed. Required: an exception without a written reason is refused."""
    expires: datetime.date | None = None
    """Last day the exception holds. Required: an exception without an expiry is refused; validation fails after it."""


@dataclass(frozen=True, kw_only=True, slots=True)
class GuardrailsProps:
    """Props of Guardrails."""

    env: EnvironmentSettings
    """The environment: `policy_action` (Audit or Enforce) and `verify_image_signatures` come from it."""
    allowed_registries: Sequence[str] = ()
    """Registries (or registry/path prefixes) any image under which is admitted. Default: none (see
    `allowed_repositories`); at least one registry or repository is required."""
    allowed_repositories: Sequence[str] = ()
    """Repositories admitted exactly ('<repo>:<tag>', '<repo>@<digest>'), such as an app's ECR repository or a chart
    image through a pull-through mirror: nothing else under their registry is. Default: none."""
    approved_load_balancers: Sequence[str] = ()
    """'namespace/name' of Services allowed to be of type LoadBalancer. Default: none; traffic enters via ingress."""
    signatures: Sequence[SignatureRule] = ()
    """Signature rules, rendered where the environment verifies signatures. Default: none."""
    exceptions: Sequence[PolicyExceptionProps] = ()
    """Exceptions to render (same as calling `add_exception`). Default: none."""
    exception_namespace: str = "kyverno"
    """Default: 'kyverno', the one namespace Kyverno should read exceptions from, so teams cannot exempt themselves."""


# -- the policy catalogue -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    title: str
    category: str
    checks: tuple[tuple[str, str], ...]  # (CEL expression, message)
    variables: tuple[tuple[str, str], ...] = ()
    resource: str = "pods"
    controllers: tuple[str, ...] = AUTOGEN_CONTROLLERS
    subresources: tuple[str, ...] = ()  # also matched, as 'pods/ephemeralcontainers'
    operations: tuple[str, ...] = ("CREATE", "UPDATE")

    @property
    def pod_template(self) -> bool:
        """A pod rule that reaches pod templates: through autogen and its twin (a rule on subresources cannot)."""
        return self.resource == "pods" and not self.subresources


_SUBJECTS = {"pods": "Pod", "services": "Service", "persistentvolumes": "PersistentVolume",
             "persistentvolumeclaims": "PersistentVolumeClaim"}
# The fields of a PersistentVolume's spec that are not its volume source: every source but `csi` is refused.
PV_SPEC_FIELDS = ("accessModes", "capacity", "claimRef", "csi", "mountOptions", "nodeAffinity",
                  "persistentVolumeReclaimPolicy", "storageClassName", "volumeAttributesClassName", "volumeMode")


_ALL = ("allContainers",
        "object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])")
# Ephemeral (debug) containers cannot set resources, so resource rules read these.
_WORK = ("workContainers", "object.spec.containers + object.spec.?initContainers.orValue([])")
_BASELINE, _RESTRICTED, _PLATFORM = "Pod Security Standards (Baseline)", "Pod Security Standards (Restricted)", "Platform"


def _cel_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_cel_str(v) for v in values) + "]"


def _cel_str(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _catalogue(registries: Sequence[str], load_balancers: Sequence[str], repositories: Sequence[str] = ()) -> list[_Rule]:
    sc = "c.?securityContext"
    pod_sc = "object.spec.?securityContext"
    return [
        _Rule("disallow-privileged-containers", "Disallow privileged containers", _BASELINE, (
            (f"variables.allContainers.all(c, {sc}.?privileged.orValue(false) == false)",
             "Privileged containers are not allowed: securityContext.privileged must be unset or false."),), (_ALL,)),
        _Rule("disallow-host-namespaces", "Disallow host namespaces", _BASELINE, (
            ("object.spec.?hostNetwork.orValue(false) == false && object.spec.?hostPID.orValue(false) == false"
             " && object.spec.?hostIPC.orValue(false) == false",
             "Sharing the host namespaces is not allowed: hostNetwork, hostPID and hostIPC must be unset or false."),)),
        _Rule("disallow-host-path", "Disallow hostPath volumes", _BASELINE, (
            ("object.spec.?volumes.orValue([]).all(v, !has(v.hostPath))",
             "hostPath volumes are not allowed."),)),
        _Rule("restrict-volume-types", "Restrict volume types", _RESTRICTED, (
            (f"object.spec.?volumes.orValue([]).all(v, v.all(k, k in {_cel_list(ALLOWED_VOLUME_KEYS)}))",
             "Only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret "
             "volumes are allowed."),)),
        _Rule("disallow-host-ports", "Disallow host ports", _BASELINE, (
            ("variables.allContainers.all(c, c.?ports.orValue([]).all(p, p.?hostPort.orValue(0) == 0))",
             "Host ports are not allowed: ports[].hostPort must be unset or 0."),), (_ALL,)),
        _Rule("restrict-capabilities", "Drop all capabilities, add only NET_BIND_SERVICE", _RESTRICTED, (
            (f"variables.allContainers.all(c, 'ALL' in {sc}.?capabilities.?drop.orValue([]))",
             "Containers must drop ALL capabilities: securityContext.capabilities.drop must include ALL."),
            (f"variables.allContainers.all(c, {sc}.?capabilities.?add.orValue([]).all(a, a == 'NET_BIND_SERVICE'))",
             "Only NET_BIND_SERVICE may be added to securityContext.capabilities.add."),), (_ALL,)),
        _Rule("disallow-privilege-escalation", "Disallow privilege escalation", _RESTRICTED, (
            (f"variables.allContainers.all(c, {sc}.?allowPrivilegeEscalation.orValue(true) == false)",
             "Privilege escalation is not allowed: securityContext.allowPrivilegeEscalation must be false."),), (_ALL,)),
        _Rule("require-run-as-non-root", "Require running as non-root", _RESTRICTED, (
            (f"variables.allContainers.all(c, {sc}.?runAsNonRoot.orValue(variables.podRunAsNonRoot) == true)",
             "Containers must run as non-root: set securityContext.runAsNonRoot to true on the pod or every "
             "container, and never false on a container."),
            (f"{pod_sc}.?runAsUser.orValue(1) != 0 && variables.allContainers.all(c, {sc}.?runAsUser.orValue(1) != 0)",
             "Running as UID 0 is not allowed: securityContext.runAsUser must not be 0."),),
            (_ALL, ("podRunAsNonRoot", f"{pod_sc}.?runAsNonRoot.orValue(false)"))),
        _Rule("restrict-seccomp", "Require a seccomp profile", _RESTRICTED, (
            (f"variables.podSeccomp != 'Unconfined' && variables.allContainers.all(c, "
             f"{sc}.?seccompProfile.?type.orValue(variables.podSeccomp) in ['RuntimeDefault', 'Localhost'])",
             "A seccomp profile is required: set securityContext.seccompProfile.type to RuntimeDefault or Localhost "
             "on the pod or every container, and never Unconfined."),),
            (_ALL, ("podSeccomp", f"{pod_sc}.?seccompProfile.?type.orValue('')"))),
        _Rule("restrict-proc-mount", "Restrict /proc mount type", _BASELINE, (
            (f"variables.allContainers.all(c, {sc}.?procMount.orValue('Default') == 'Default')",
             "Only the Default /proc mount type is allowed: securityContext.procMount must be unset or Default."),),
            (_ALL,)),
        _Rule("restrict-selinux", "Restrict SELinux options", _BASELINE, (
            (f"variables.seLinuxOptions.all(o, o.?type.orValue('') in {_cel_list(SELINUX_TYPES)})",
             "seLinuxOptions.type may only be container_t, container_init_t, container_kvm_t or container_engine_t."),
            ("variables.seLinuxOptions.all(o, !has(o.user) && !has(o.role))",
             "seLinuxOptions.user and seLinuxOptions.role must not be set."),),
            (_ALL, ("seLinuxOptions", f"[{pod_sc}.?seLinuxOptions.orValue({{}})] + "
                                      f"variables.allContainers.map(c, {sc}.?seLinuxOptions.orValue({{}}))"))),
        _Rule("restrict-sysctls", "Restrict sysctls", _BASELINE, (
            (f"{pod_sc}.?sysctls.orValue([]).all(s, s.name in {_cel_list(SAFE_SYSCTLS)})",
             "Only the sysctls Pod Security calls safe may be set in securityContext.sysctls."),)),
        _Rule("restrict-apparmor", "Restrict AppArmor profiles", _BASELINE, (
            ("variables.appArmorTypes.all(t, t in ['RuntimeDefault', 'Localhost'])",
             "AppArmor may not be turned off: appArmorProfile.type must be RuntimeDefault or Localhost."),),
            (_ALL, ("appArmorTypes", f"[{pod_sc}.?appArmorProfile.?type.orValue('RuntimeDefault')] + "
                                     f"variables.allContainers.map(c, {sc}.?appArmorProfile.?type.orValue('RuntimeDefault'))"))),
        # Autogen reads `object.metadata` from the pod template, which a CronJob may leave out (the lookup
        # would then be a policy error); a CronJob's annotations are checked on its Jobs and Pods instead.
        _Rule("restrict-apparmor-annotations", "Restrict AppArmor annotations", _BASELINE, (
            ("object.metadata.?annotations.orValue({}).all(k, !k.startsWith('container.apparmor.security.beta.kubernetes.io/')"
             " || object.metadata.annotations[k] == 'runtime/default' || object.metadata.annotations[k].startsWith('localhost/'))",
             "AppArmor annotations may only name runtime/default or localhost/ profiles."),),
            controllers=tuple(c for c in AUTOGEN_CONTROLLERS if c != "cronjobs")),
        _Rule("disallow-host-process", "Disallow Windows host processes", _BASELINE, (
            (f"{pod_sc}.?windowsOptions.?hostProcess.orValue(false) == false && "
             f"variables.allContainers.all(c, {sc}.?windowsOptions.?hostProcess.orValue(false) == false)",
             "Windows host processes are not allowed: windowsOptions.hostProcess must be unset or false."),), (_ALL,)),
        _Rule("require-requests-limits", "Require CPU and memory requests and limits", _PLATFORM, (
            ("variables.workContainers.all(c, ['cpu', 'memory'].all(r, r in c.?resources.?requests.orValue({})))",
             "CPU and memory requests are required on every container."),
            ("variables.workContainers.all(c, ['cpu', 'memory'].all(r, r in c.?resources.?limits.orValue({})))",
             "CPU and memory limits are required on every container."),), (_WORK,)),
        _Rule("require-read-only-root-filesystem", "Require a read-only root filesystem", _PLATFORM, (
            (f"variables.workContainers.all(c, {sc}.?readOnlyRootFilesystem.orValue(false) == true)",
             "The root filesystem must be read-only: securityContext.readOnlyRootFilesystem must be true; "
             "mount an emptyDir where the app writes."),), (_WORK,)),
        _Rule("disallow-latest-tag", "Disallow latest and untagged images", _PLATFORM, (
            ("variables.allContainers.all(c, c.image.contains('@') || c.image.lastIndexOf(':') > c.image.lastIndexOf('/'))",
             "An image must name a version tag or a digest: an untagged image means ':latest'."),
            ("variables.allContainers.all(c, !c.image.split('@')[0].endsWith(':latest'))",
             "The ':latest' tag is not allowed: pin a version tag or a digest."),), (_ALL,)),
        # A repository admits its own tags and digests only: a pull-through mirror serves any public image, so a
        # mirror is never a registry prefix here, only the repositories the platform pulls through it.
        _Rule("restrict-image-registries", "Restrict image registries", _PLATFORM, (
            ("variables.allContainers.all(c, variables.registries.exists(r, c.image.startsWith(r + '/')) || "
             "variables.repositories.exists(r, c.image == r || c.image.startsWith(r + ':') || c.image.startsWith(r + '@')))",
             "Images must come from the platform's registries: "
             + ", ".join([*registries, *([f"the {len(repositories)} repositories this policy lists"] if repositories else [])])
             + "."),),
            (_ALL, ("registries", _cel_list(registries)), ("repositories", _cel_list(repositories)))),
        _Rule("disallow-default-namespace", "Disallow the default namespace", _PLATFORM, (
            # `object.metadata.namespace` exactly: Kyverno's autogen keeps that spelling on the controller.
            ("has(object.metadata.namespace) && object.metadata.namespace != 'default'",
             "Workloads may not run in the default namespace: use the team's namespace."),)),
        _Rule("disallow-default-service-account", "Disallow the default ServiceAccount", _PLATFORM, (
            ("object.spec.?serviceAccountName.orValue('default') != 'default'",
             "Workloads may not use the default ServiceAccount: give each workload its own."),)),
        _Rule("restrict-service-types", "Disallow NodePort and unapproved LoadBalancer Services", _PLATFORM, (
            ("object.spec.?type.orValue('ClusterIP') != 'NodePort'",
             "NodePort Services are not allowed: expose apps through the ingress controller."),
            ("object.spec.?type.orValue('ClusterIP') != 'LoadBalancer' || "
             "(object.metadata.namespace + '/' + object.metadata.name) in variables.approvedLoadBalancers",
             "LoadBalancer Services need the platform team's approval: expose apps through the ingress controller."),),
            (("approvedLoadBalancers", _cel_list(load_balancers)),), resource="services"),
        # CVE-2020-8554: a Service's externalIPs make the cluster route that address to it, for every pod.
        _Rule("disallow-external-ips", "Disallow Service external IPs", _PLATFORM, (
            ("object.spec.?externalIPs.orValue([]).size() == 0",
             "Services may not set externalIPs (CVE-2020-8554: they capture traffic for that address cluster-wide)."),),
            resource="services"),
        # A pod reaches a volume through its claim, and a policy on the pod cannot see the volume behind it
        # (that needs a lookup at admission). So the volumes themselves carry no host source, and a claim cannot
        # pick a pre-made volume: it is provisioned by a StorageClass's CSI driver.
        _Rule("restrict-persistent-volumes", "Restrict PersistentVolume sources", _BASELINE, (
            (f"object.spec.all(k, k in {_cel_list(PV_SPEC_FIELDS)})",
             "PersistentVolumes must be CSI volumes: hostPath, local and the other in-tree sources reach the node "
             "or storage outside the platform's StorageClasses."),), resource="persistentvolumes"),
        _Rule("restrict-volume-claims", "Claims are provisioned, never bound to a chosen volume", _PLATFORM, (
            ("!has(object.spec.volumeName) && !has(object.spec.selector) && "
             "object.spec.?storageClassName.orValue('') != ''",
             "PersistentVolumeClaims must name a StorageClass and may not pick a volume (volumeName, selector, "
             "an empty storageClassName): volumes come from the platform's StorageClasses."),),
            resource="persistentvolumeclaims"),
        # `kubectl debug` adds ephemeral containers through the pods/ephemeralcontainers subresource, which the pod
        # rules do not match: in a namespace whose pods are exempt, a debug container would run with its pod's
        # exemptions. No exception may name this policy (see `add_exception`).
        _Rule("disallow-ephemeral-containers", "Disallow ephemeral (debug) containers", _PLATFORM, (
            ("object.spec.?ephemeralContainers.orValue([]).size() == 0",
             "Ephemeral containers (kubectl debug) are not allowed: debug a copy of the pod "
             "(kubectl debug --copy-to) in the team's namespace."),),
            subresources=("pods/ephemeralcontainers",), operations=("UPDATE",)),
    ]


# -- constructs -----------------------------------------------------------------------------------


class Guardrails(Construct):
    """The environment's Kyverno policies. Child ids: the policy names (and 'verify-<rule>' for signature
    rules); exceptions use their own names. `policy_names` lists every policy an exception may name."""

    def __init__(self, scope: Construct, id: str, *, props: GuardrailsProps):
        with unique_id(scope, id, "Guardrails"):
            super().__init__(scope, id)
        _validate(props, self)
        self.env = props.env
        self._exception_namespace = props.exception_namespace
        self._kinds: dict[str, str] = {}
        self._labels = {"app.kubernetes.io/managed-by": "cdk8s", "app.kubernetes.io/part-of": "guardrails",
                        "platform.example.com/environment": props.env.name}
        action = "Deny" if props.env.policy_action is PolicyAction.ENFORCE else "Audit"
        for rule in _catalogue(list(props.allowed_registries), list(props.approved_load_balancers),
                               list(props.allowed_repositories)):
            self._policy(rule, action)
            if rule.pod_template:
                self._policy(rule, action, templates=True)
        if props.env.verify_image_signatures:
            for sig in props.signatures:
                self._signature_policy(sig, action)
        for exception in props.exceptions:
            self.add_exception(exception)

    @property
    def policy_names(self) -> tuple[str, ...]:
        """Names of the policies this construct renders (Rollout twins included)."""
        return tuple(self._kinds)

    def add_exception(self, props: PolicyExceptionProps) -> Construct:
        """Exempt one resource from named policies until `props.expires`. Returns the rendered object."""
        v = Problems("PolicyException", f"{self.node.path}/{props.name}")
        v.check(is_dns1123_label(props.name), "name", props.name, DNS1123_RULE)
        v.check(self.node.try_find_child(props.name) is None, "name", props.name,
                "a name no other exception or policy of these guardrails has")
        v.check(isinstance(props.kind, ExemptKind), "kind", props.kind, f"an ExemptKind: {', '.join(k.value for k in ExemptKind)}")
        v.check(is_dns1123_label(props.namespace), "namespace", props.namespace, DNS1123_RULE)
        v.check(is_dns1123_label(props.resource_name), "resource_name", props.resource_name, DNS1123_RULE)
        v.check(bool(props.policies), "policies", list(props.policies), "at least one policy name")
        exemptable = sorted(n for n in self._kinds if n not in UNEXEMPTABLE)
        for i, name in enumerate(props.policies):
            v.check(name in exemptable, f"policies[{i}]", name, f"one of the guardrail policies: {', '.join(exemptable)}")
        if props.kind is not ExemptKind.SERVICE:
            v.check(is_dns1123_label(props.service_account), "service_account", props.service_account,
                    "the ServiceAccount the exempt pods run as (the chart's own), " + DNS1123_RULE)
        v.check(isinstance(props.reason, str) and bool(props.reason.strip()), "reason", props.reason,
                "a written reason: why the resource cannot comply, and what will end the exception")
        v.check(isinstance(props.expires, datetime.date) and not isinstance(props.expires, datetime.datetime),
                "expires", props.expires, "a datetime.date, the last day the exception holds")
        v.raise_if_any()
        refs = []
        for name in dict.fromkeys(props.policies):
            refs.append({"name": name, "kind": self._kinds[name]})
            twin = name + TEMPLATE_SUFFIX
            if props.kind is ExemptKind.ROLLOUT and twin in self._kinds:
                refs.append({"name": twin, "kind": self._kinds[twin]})
        assert isinstance(props.expires, datetime.date)
        return emit(self, props.name, {
            "apiVersion": POLICY_API, "kind": "PolicyException",
            "metadata": {"name": props.name, "namespace": self._exception_namespace, "labels": self._labels,
                         "annotations": {REASON_ANNOTATION: props.reason.strip(),
                                         EXPIRES_ANNOTATION: props.expires.isoformat()}},
            "spec": {"policyRefs": refs, "matchConditions": [
                {"name": "exempt-resource", "expression": _exempt_expression(props)}]},
        })

    # -- rendering ----------------------------------------------------------------------------------

    def _meta(self, name: str, kind: str, title: str, category: str, subject: str) -> ApiObjectMetadata:
        self._kinds[name] = kind
        return ApiObjectMetadata(name=name, labels=self._labels, annotations={
            "policies.kyverno.io/title": title, "policies.kyverno.io/category": category,
            "policies.kyverno.io/subject": subject})

    def _policy(self, rule: _Rule, action: str, *, templates: bool = False) -> None:
        name = rule.name + (TEMPLATE_SUFFIX if templates else "")
        text = (lambda s: _cel.point_at_template(s, "spec.template")) if templates else (lambda s: s)
        targets = TEMPLATE_KINDS if templates else (("", "v1", rule.resource),)
        vpol.ValidatingPolicy(
            self, name, metadata=self._meta(name, "ValidatingPolicy", rule.title, rule.category,
                                            "Rollout, ReplicationController" if templates else _SUBJECTS[rule.resource]),
            spec=vpol.ValidatingPolicySpec(
                validation_actions=[vpol.ValidatingPolicySpecValidationActions(action.upper())],
                failure_policy=vpol.ValidatingPolicySpecFailurePolicy.FAIL,
                evaluation=vpol.ValidatingPolicySpecEvaluation(
                    admission=vpol.ValidatingPolicySpecEvaluationAdmission(enabled=True),
                    background=vpol.ValidatingPolicySpecEvaluationBackground(enabled=True)),
                match_constraints=vpol.ValidatingPolicySpecMatchConstraints(resource_rules=[
                    vpol.ValidatingPolicySpecMatchConstraintsResourceRules(
                        api_groups=[group], api_versions=[version], operations=list(rule.operations),
                        resources=[resource, *(() if templates else rule.subresources)])
                    for group, version, resource in targets]),
                # A Rollout that points at a Deployment (workloadRef) has no template: the Deployment is checked.
                match_conditions=[vpol.ValidatingPolicySpecMatchConditions(
                    name="has-pod-template", expression="has(object.spec.template)")] if templates else None,
                autogen=vpol.ValidatingPolicySpecAutogen(pod_controllers=vpol.ValidatingPolicySpecAutogenPodControllers(
                    controllers=list(rule.controllers))) if rule.pod_template and not templates else None,
                variables=[vpol.ValidatingPolicySpecVariables(name=n, expression=text(e)) for n, e in rule.variables] or None,
                validations=[vpol.ValidatingPolicySpecValidations(expression=text(e), message=m) for e, m in rule.checks]))

    def _signature_policy(self, sig: SignatureRule, action: str) -> None:
        name = f"verify-{sig.name}"
        # Only this rule's repositories, whatever else the pod runs (other images have their own rules).
        variables = [ivpol.ImageValidatingPolicySpecVariables(name="repositories", expression=_cel_list(sig.repositories)),
                     ivpol.ImageValidatingPolicySpecVariables(name="covered", expression=(
                         "(images.containers + images.?initContainers.orValue([]) + images.?ephemeralContainers.orValue([]))"
                         ".filter(i, variables.repositories.exists(r, i.startsWith(r + ':') || i.startsWith(r + '@')))"))]
        images = "variables.covered"
        validations = [ivpol.ImageValidatingPolicySpecValidations(
            expression=f"{images}.map(image, verifyImageSignatures(image, [attestors.ci])).all(n, n > 0)",
            message=f"Images from {', '.join(sig.repositories)} must be signed by {sig.subject}.")]
        attestations = None
        if sig.require_sbom:
            attestations = [ivpol.ImageValidatingPolicySpecAttestations(
                name="sbom", intoto=ivpol.ImageValidatingPolicySpecAttestationsIntoto(type=CYCLONEDX_PREDICATE))]
            validations.append(ivpol.ImageValidatingPolicySpecValidations(
                expression=f"{images}.map(image, verifyAttestationSignatures(image, attestations.sbom, [attestors.ci]))"
                           ".all(n, n > 0)",
                message=f"Images from {', '.join(sig.repositories)} must carry a CycloneDX SBOM attestation "
                        f"signed by {sig.subject}."))
        ivpol.ImageValidatingPolicy(
            self, name, metadata=self._meta(name, "ImageValidatingPolicy", f"Verify signatures of {sig.name}", "Supply chain", "Pod"),
            spec=ivpol.ImageValidatingPolicySpec(
                validation_actions=[ivpol.ImageValidatingPolicySpecValidationActions(action.upper())],
                failure_policy=ivpol.ImageValidatingPolicySpecFailurePolicy.FAIL,
                match_constraints=ivpol.ImageValidatingPolicySpecMatchConstraints(resource_rules=[
                    ivpol.ImageValidatingPolicySpecMatchConstraintsResourceRules(
                        api_groups=[""], api_versions=["v1"], operations=["CREATE", "UPDATE"], resources=["pods"])]),
                match_image_references=[ivpol.ImageValidatingPolicySpecMatchImageReferences(glob=f"{repo}{sep}*")
                                        for repo in sig.repositories for sep in (":", "@")],
                attestors=[ivpol.ImageValidatingPolicySpecAttestors(name="ci", cosign=ivpol.ImageValidatingPolicySpecAttestorsCosign(
                    keyless=ivpol.ImageValidatingPolicySpecAttestorsCosignKeyless(identities=[
                        ivpol.ImageValidatingPolicySpecAttestorsCosignKeylessIdentities(issuer=sig.issuer, subject=sig.subject)])))],
                attestations=attestations,
                variables=variables,
                # Argo CD owns the manifests: no digest mutation (it would show as drift); the pins carry digests.
                validation_configurations=ivpol.ImageValidatingPolicySpecValidationConfigurations(
                    mutate_digest=False, verify_digest=True, required=True),
                validations=validations))


# Where each exempt kind keeps its pods' ServiceAccount, and the kind that owns its pods (and the objects between).
_SA_PATH = {ExemptKind.CRON_JOB: "object.spec.jobTemplate.spec.template.spec", ExemptKind.POD: "object.spec"}
_POD_OWNER = {ExemptKind.DEPLOYMENT: "ReplicaSet", ExemptKind.ROLLOUT: "ReplicaSet", ExemptKind.CRON_JOB: "Job"}
_BETWEEN = {ExemptKind.DEPLOYMENT: "ReplicaSet", ExemptKind.ROLLOUT: "ReplicaSet", ExemptKind.CRON_JOB: "Job"}
# Policies no exception may name: ephemeral containers would inherit their pod's exemptions.
UNEXEMPTABLE = frozenset({"disallow-ephemeral-containers"})


def _exempt_expression(p: PolicyExceptionProps) -> str:
    """The named resource, the objects its controller creates, and their pods, all running as its ServiceAccount.

    Whoever creates a pod writes its ownerReferences, so an owner's name (or kind, or uid) proves nothing by
    itself, and the exception does not rest on it. It rests on what the pod's creator cannot choose: the
    namespace (only Argo CD's add-ons project and the add-on's own controllers may create pods in an add-on's
    namespace) and the chart's ServiceAccount (a pod that names it runs with that add-on's own token and nothing
    more). Within that, only pods whose controller reference is of the kind that creates them (DaemonSet,
    StatefulSet, ReplicaSet, Job) match, so a stray pod or one owned by another kind of object does not.
    """
    ns = f"object.metadata.?namespace.orValue('') == {_cel_str(p.namespace)}"
    itself = f"object.kind == {_cel_str(p.kind.value)} && object.metadata.?name.orValue('') == {_cel_str(p.resource_name)}"
    if p.kind is ExemptKind.SERVICE:
        return f"{ns} && {itself}"

    def runs_as(spec: str) -> str:
        return f"{spec}.?serviceAccountName.orValue('default') == {_cel_str(p.service_account)}"

    def owned_by(kind: str, name: str) -> str:
        return (f"object.metadata.?ownerReferences.orValue([]).exists(o, o.kind == {_cel_str(kind)} && "
                f"o.?controller.orValue(false) == true && o.name.matches({_cel_str(name)}))")

    own, generated = f"^{re.escape(p.resource_name)}$", f"^{re.escape(p.resource_name)}-[a-z0-9]+$"
    forms = [f"{itself} && {runs_as(_SA_PATH.get(p.kind, 'object.spec.template.spec'))}"]
    if p.kind is not ExemptKind.POD:
        if p.kind in _BETWEEN:  # the ReplicaSets of a Deployment or Rollout, the Jobs of a CronJob
            forms.append(f"object.kind == {_cel_str(_BETWEEN[p.kind])} && {owned_by(p.kind.value, own)} && "
                         f"{runs_as('object.spec.template.spec')}")
        forms.append(f"object.kind == 'Pod' && {owned_by(_POD_OWNER.get(p.kind, p.kind.value), generated if p.kind in _POD_OWNER else own)}"
                     f" && {runs_as('object.spec')}")
    return f"{ns} && ({' || '.join(f'({f})' for f in forms)})"


def _validate(p: GuardrailsProps, at: Construct) -> None:
    v = Problems("Guardrails", at)
    v.extend("env.", p.env.problems())
    registries, repositories = list(p.allowed_registries), list(p.allowed_repositories)
    v.check(bool(registries or repositories), "allowed_registries", registries,
            "at least one registry, such as the environment's ECR registry '<account>.dkr.ecr.<region>.amazonaws.com', "
            "or some allowed_repositories")
    for i, r in enumerate(registries):
        v.check(isinstance(r, str) and bool(re.fullmatch(r"[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)*", r or "")),
                f"allowed_registries[{i}]", r, "a registry host, optionally with a path, without a scheme or trailing '/'")
    for i, r in enumerate(repositories):
        v.check(isinstance(r, str) and bool(re.fullmatch(r"[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+", r or "")),
                f"allowed_repositories[{i}]", r, "a repository with its registry host, without a tag or digest")
    for i, lb in enumerate(p.approved_load_balancers):
        ns, _, name = lb.partition("/") if isinstance(lb, str) else ("", "", "")
        v.check(is_dns1123_label(ns) and is_dns1123_label(name), f"approved_load_balancers[{i}]", lb, "'namespace/name'")
    v.check(is_dns1123_label(p.exception_namespace), "exception_namespace", p.exception_namespace, DNS1123_RULE)
    if p.env.verify_image_signatures and not p.signatures:
        v.add("signatures", [], f"at least one signature rule: {p.env.name} verifies image signatures")
    for i, s in enumerate(p.signatures):
        at_ = f"signatures[{i}]"
        v.check(is_dns1123_label(s.name) and len(s.name) <= 56, f"{at_}.name", s.name, DNS1123_RULE + " (56 at most)")
        v.check(bool(s.repositories) and all(isinstance(r, str) and r and not r.endswith("/") for r in s.repositories),
                f"{at_}.repositories", list(s.repositories), "one or more image repositories such as 'registry/app'")
        v.check(isinstance(s.issuer, str) and s.issuer.startswith("https://"), f"{at_}.issuer", s.issuer,
                f"the OIDC issuer URL of the signing identity, such as '{GITHUB_ACTIONS_ISSUER}'")
        v.check(isinstance(s.subject, str) and bool(s.subject.strip()), f"{at_}.subject", s.subject,
                "the signing identity, such as 'https://github.com/<org>/<repo>/.github/workflows/ci.yaml@refs/heads/main'")
    v.raise_if_any()


# -- evaluation -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Violation:
    """A resource that a policy refuses (action 'Deny') or reports (action 'Audit')."""

    policy: str
    resource: str
    message: str
    action: str = "Deny"
    where: str = field(default="", compare=False)

    def __str__(self) -> str:
        at = f" ({self.where})" if self.where else ""
        return f"{self.policy}: {self.resource}{at}: {self.message} [{self.action}]"


def _describe(m: Mapping) -> str:
    meta = m.get("metadata") or {}
    ns = meta.get("namespace")
    return f"{m.get('kind')} {ns + '/' if ns else ''}{meta.get('name')}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What one policy says of one resource it applies to, as Kyverno reports it: 'pass', 'fail', 'skip' (a
    PolicyException, named in `exception`, exempts it, or its match conditions do not hold) or 'error' (the
    policy could not be evaluated). `messages` are the failed
    validations' messages, in the policy's order (Kyverno reports the first)."""

    policy: str
    resource: Mapping = field(compare=False, repr=False)
    result: str
    messages: tuple[str, ...] = ()
    action: str = "Deny"
    where: str = ""
    exception: str = ""


def judge(policies: Iterable[Mapping], resources: Iterable[Mapping], *, today: datetime.date,
          operation: str = "CREATE") -> tuple[list[Violation], list[Verdict]]:
    """Run every ValidatingPolicy in `policies` on every resource it matches, as Kyverno would admit them on
    `operation`: the problems (the exceptions' own, as violations of 'policy-exception', and each resource of a
    kind that carries a pod the emulation cannot unwrap, as 'unknown-pod-kind') and one verdict per
    (resource, applicable policy), resources in order, policies by name.

    `policies` may hold any manifests: ValidatingPolicies and PolicyExceptions (policies.kyverno.io) are
    used, the rest ignored. An exception that has expired by `today`, lacks its reason or expiry, or names
    a policy that is not there exempts nothing. ImageValidatingPolicies need the registry and transparency
    log, so they are left to Kyverno.
    """
    policies = list(policies)
    rules = {p["metadata"]["name"]: p for p in policies
             if p.get("kind") == "ValidatingPolicy" and str(p.get("apiVersion", "")).startswith("policies.kyverno.io/")}
    known = {p["metadata"]["name"] for p in policies if str(p.get("apiVersion", "")).startswith("policies.kyverno.io/")
             and p.get("kind") in ("ValidatingPolicy", "ImageValidatingPolicy")}
    problems_found: list[Violation] = []
    exceptions: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for ex in (p for p in policies if p.get("kind") == "PolicyException" and p.get("apiVersion") == POLICY_API):
        problems = exception_problems(ex, known, today=today)
        problems_found += [Violation("policy-exception", _describe(ex), msg) for msg in problems]
        if not problems:
            conditions = [c["expression"] for c in ex["spec"].get("matchConditions") or []]
            for ref in ex["spec"]["policyRefs"]:
                exceptions[ref["name"]].append((ex["metadata"]["name"], conditions))
    verdicts: list[Verdict] = []
    for resource in resources:
        if resource.get("kind") not in _cel.RESOURCES and _cel.carries_pod(resource):
            # Refused, never passed in silence: the policies may well match it in the cluster.
            problems_found.append(Violation("unknown-pod-kind", _describe(resource), (
                f"the guardrails' emulation cannot judge kind {resource.get('kind')!r}: it carries a pod, and "
                f"only {', '.join(sorted(_cel.RESOURCES))} are unwrapped; judge it with the Kyverno CLI")))
            continue
        for name, policy in sorted(rules.items()):
            spec = policy.get("spec") or {}
            how = _cel.matches(spec, str(resource.get("kind")), operation)
            if how is None:
                continue
            action = "Deny" if "Deny" in (spec.get("validationActions") or []) else "Audit"
            where = "" if how == "direct" else f"pod template at {how}"
            verdict = functools.partial(Verdict, name, resource, action=action, where=where)
            try:
                if not _cel.applies(spec, resource, how, operation):  # Kyverno reports a skip: its match conditions do not hold
                    verdicts.append(verdict("skip"))
                    continue
                exempt = [ex for ex, conds in exceptions.get(name, []) if all(_cel.condition_holds(c, resource) for c in conds)]
                if exempt:
                    verdicts.append(verdict("skip", exception=", ".join(exempt)))
                    continue
                messages = tuple(f.message for f in _cel.failures(spec, resource, how, operation))
            except _cel.CelError as e:
                verdicts.append(verdict("error", (f"policy error: {e}",)))
                continue
            verdicts.append(verdict("fail" if messages else "pass", messages))
    return problems_found, verdicts


def evaluate(policies: Iterable[Mapping], resources: Iterable[Mapping], *, today: datetime.date,
             operation: str = "CREATE") -> list[Violation]:
    """`judge`, as violations: its problems, then each failed validation (and each policy error) of each resource."""
    problems, verdicts = judge(policies, resources, today=today, operation=operation)
    return problems + [Violation(v.policy, _describe(v.resource), m, v.action, v.where)
                       for v in verdicts if v.result in ("fail", "error") for m in v.messages]


def exception_problems(exception: Mapping, policy_names: Iterable[str], *, today: datetime.date) -> list[str]:
    """Why a rendered PolicyException must not stand: expired, no reason or expiry, or an unknown policy."""
    meta = exception.get("metadata") or {}
    notes = meta.get("annotations") or {}
    out = []
    if not str(notes.get(REASON_ANNOTATION, "")).strip():
        out.append(f"has no written reason (annotation {REASON_ANNOTATION})")
    try:
        expires = datetime.date.fromisoformat(str(notes.get(EXPIRES_ANNOTATION)))
    except ValueError:
        out.append(f"has no expiry date (annotation {EXPIRES_ANNOTATION}, YYYY-MM-DD)")
    else:
        if expires < today:
            out.append(f"expired on {expires.isoformat()}: renew it with a new reason or fix the resource")
    known = set(policy_names)
    for ref in (exception.get("spec") or {}).get("policyRefs") or []:
        if ref.get("name") not in known:
            out.append(f"names policy {ref.get('name')!r}, which this environment does not have")
    return out


def evaluate_tree(docs: Iterable[tuple[str, Mapping]], *, today: datetime.date, env: str = "prod",
                  policies_for: Callable[[str], Iterable[Mapping]] | None = None) -> list[Violation]:
    """`evaluate` per environment over a rendered tree given as (relative path, manifest) pairs (as
    `platform_constructs.validate` loads it).

    An object's environment comes from its place in the GitOps layout (`traffic.environment_of`); an object
    outside it (a team repository's output, a file at the top) belongs to `env`. Each environment is judged by
    the policies (and exceptions) of its own part of the tree; one whose part holds no ValidatingPolicy is
    judged by `policies_for(name)`, and without that callable it is a violation ('no-policies'): a tree is never
    passed for want of policies to judge it by.
    """
    by_env: dict[str, list[Mapping]] = defaultdict(list)
    for path, doc in docs:
        by_env[environment_of(path) or env].append(doc)
    out: list[Violation] = []
    for name in sorted(by_env):
        manifests = by_env[name]
        policies: Iterable[Mapping] = manifests
        if not any(d.get("kind") == "ValidatingPolicy" and str(d.get("apiVersion", "")).startswith("policies.kyverno.io/")
                   for d in manifests):
            if policies_for is None:
                out.append(Violation("no-policies", name, f"the tree holds no guardrail policies for {name!r} "
                                     f"({len(manifests)} objects) and none were given"))
                continue
            policies = policies_for(name)
        out += [Violation(v.policy, f"{name}: {v.resource}", v.message, v.action, v.where)
                for v in evaluate(policies, manifests, today=today)]
    return out
