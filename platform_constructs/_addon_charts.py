"""Pinned Helm charts for the platform add-ons and the values keys checked against each chart's defaults.

Each entry records the exact chart version, where the version was seen, and the key paths of the chart's
default values (`values.yaml`) that the add-on catalogue sets. Only the keys we set are recorded, not the
whole file: a test flattens every rendered `valuesObject` and fails on a path that is not listed here, so
a typo (or a key the chart renamed) fails in CI instead of being ignored by Helm.

Notation: 'a.b.c' is a key path; a path ending in '.*' is a free-form map or list in the chart (labels,
annotations, argocd-cm entries, extra args) under which any key is accepted. Lists are leaves.

To upgrade a chart: change its version, re-read that version's values.yaml with the search tool, update
`checked` and the key set, run the tests.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PinnedChart:
    repo_url: str
    chart: str
    version: str
    checked: str
    """What the version and keys were checked against (search tool, code/docs corpus)."""
    keys: frozenset[str]


_RESTRICTED_POD = ("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup", "seccompProfile.type")
_RESTRICTED_CONTAINER = ("allowPrivilegeEscalation", "privileged", "readOnlyRootFilesystem", "runAsNonRoot",
                         "runAsUser", "runAsGroup", "capabilities.drop", "seccompProfile.type")
_RESOURCES = ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")


def _under(prefix: str, leaves: tuple[str, ...]) -> set[str]:
    return {f"{prefix}.{leaf}" for leaf in leaves}


def _keys(*paths: str, pods: tuple[str, ...] = (), containers: tuple[str, ...] = (),
          resources: tuple[str, ...] = ()) -> frozenset[str]:
    out = set(paths)
    for p in pods:
        out |= _under(p, _RESTRICTED_POD)
    for c in containers:
        out |= _under(c, _RESTRICTED_CONTAINER)
    for r in resources:
        out |= _under(r, _RESOURCES)
    return frozenset(out)


ARGO_CD = PinnedChart(
    "https://argoproj.github.io/argo-helm", "argo-cd", "10.4.2",
    "argo-helm tag argo-cd-10.4.2 (Argo CD v3.5, the CRDs in cdk8s.yaml); keys from charts/argo-cd/values.yaml",
    _keys("global.domain", "crds.keep", "dex.enabled", "redis-ha.enabled", "configs.cm.*", "configs.params.*",
          "controller.replicas", "server.replicas", "repoServer.replicas", "applicationSet.replicas",
          # image keys: argo-helm charts/argo-cd/values.yaml @004041de (global.image.repository, redis.image.*,
          # redis-ha.image.tag); not re-read at 10.4.2
          "global.image.repository", "redis.image.repository", "redis-ha.image.repository",
          resources=("controller.resources", "server.resources", "repoServer.resources",
                     "applicationSet.resources", "redis.resources", "notifications.resources")))

ARGO_ROLLOUTS = PinnedChart(
    "https://argoproj.github.io/argo-helm", "argo-rollouts", "2.41.1",
    "argo-helm release argo-rollouts-2.41.1 (Argo Rollouts v1.9.1, the CRDs in cdk8s.yaml); charts/argo-rollouts/values.yaml",
    _keys("installCRDs", "keepCRDs", "dashboard.enabled", "controller.replicas", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled",
          "controller.image.registry",  # argo-helm charts/argo-rollouts/values.yaml @0071700f
          pods=("podSecurityContext",), containers=("containerSecurityContext",), resources=("controller.resources",)))

KYVERNO = PinnedChart(
    "https://kyverno.github.io/kyverno", "kyverno", "3.9.2",
    "kyverno chart 3.9.2 (Kyverno v1.19, the CRDs in cdk8s.yaml); charts/kyverno/values.yaml",
    _keys("config.webhooks.*", "features.forceFailurePolicyIgnore.enabled",
          "admissionController.replicas", "admissionController.container.extraArgs.*",
          "admissionController.serviceMonitor.enabled", "backgroundController.replicas",
          "cleanupController.replicas", "reportsController.replicas",
          # used by every image template as (dict "globalRegistry" .Values.global.image.registry ...), seen in
          # kyverno chart templates (reports-server/_helpers.tpl); values.yaml at 3.9.2 not re-read
          "global.image.registry",
          resources=("admissionController.container.resources", "backgroundController.resources",
                     "cleanupController.resources", "reportsController.resources")))

VELERO = PinnedChart(
    "https://vmware-tanzu.github.io/helm-charts", "velero", "12.2.0",
    "vmware-tanzu/helm-charts velero-12.2.0 (Velero v1.18); charts/velero/values.yaml and values.schema.json",
    _keys("configuration.backupStorageLocation", "configuration.volumeSnapshotLocation", "configuration.features",
          "snapshotsEnabled", "deployNodeAgent", "credentials.useSecret", "initContainers",
          "serviceAccount.server.create", "serviceAccount.server.name", "serviceAccount.server.annotations.*",
          "metrics.enabled", "metrics.serviceMonitor.enabled",
          pods=("podSecurityContext",), containers=("containerSecurityContext",), resources=("resources",)))

EXTERNAL_SECRETS = PinnedChart(
    "https://charts.external-secrets.io", "external-secrets", "2.9.0",
    "external-secrets helm-chart-2.9.0 (v2.9.0, the CRDs in cdk8s.yaml); deploy/charts/external-secrets/values.yaml",
    _keys("installCRDs", "replicaCount", "leaderElect", "serviceAccount.create", "serviceAccount.name",
          "serviceAccount.annotations.*", "webhook.replicaCount", "certController.replicaCount",
          # deploy/charts/external-secrets/values.yaml @00c5cec5
          "image.repository", "webhook.image.repository", "certController.image.repository",
          pods=("podSecurityContext", "webhook.podSecurityContext", "certController.podSecurityContext"),
          containers=("securityContext", "webhook.securityContext", "certController.securityContext"),
          resources=("resources", "webhook.resources", "certController.resources")))

KUBE_PROMETHEUS_STACK = PinnedChart(
    "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "90.2.0",
    "prometheus-community kube-prometheus-stack-90.2.0 (prometheus-operator v0.93, the CRDs in cdk8s.yaml; "
    "91.0.0 moved to v0.94); charts/kube-prometheus-stack/values.yaml",
    _keys("crds.enabled", "alertmanager.enabled", "alertmanager.alertmanagerSpec.replicas",
          "prometheus.prometheusSpec.replicas", "prometheus.prometheusSpec.retention",
          "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.probeSelectorNilUsesHelmValues",
          "grafana.enabled", "grafana.admin.existingSecret", "grafana.admin.userKey", "grafana.admin.passwordKey",
          "grafana.sidecar.dashboards.enabled", "grafana.sidecar.dashboards.label",
          "grafana.sidecar.dashboards.labelValue", "grafana.sidecar.dashboards.searchNamespace",
          "nodeExporter.enabled",
          resources=("prometheus.prometheusSpec.resources", "alertmanager.alertmanagerSpec.resources",
                     "grafana.resources", "prometheusOperator.resources")))

INGRESS_NGINX = PinnedChart(
    "https://kubernetes.github.io/ingress-nginx", "ingress-nginx", "4.14.1",
    "kubernetes/ingress-nginx helm-chart-4.14.1 (controller v1.14.1); charts/ingress-nginx/values.yaml",
    _keys("controller.replicaCount", "controller.ingressClassResource.name", "controller.ingressClassResource.default",
          "controller.allowSnippetAnnotations", "controller.service.annotations.*", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled",
          # charts/ingress-nginx/values.yaml @0039cc19 (registry + image + digest layout)
          "controller.image.registry", "controller.admissionWebhooks.patch.image.registry",
          resources=("controller.resources",)))

AWS_LOAD_BALANCER_CONTROLLER = PinnedChart(
    "https://aws.github.io/eks-charts", "aws-load-balancer-controller", "3.6.0",
    "aws/eks-charts release v0.0.246 (aws-load-balancer-controller v3.6.0); "
    "kubernetes-sigs/aws-load-balancer-controller helm/aws-load-balancer-controller/values.yaml",
    _keys("clusterName", "region", "vpcTags.*", "replicaCount", "enableServiceMutatorWebhook",
          "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*",
          "image.repository",  # helm/aws-load-balancer-controller/values.yaml @00793771
          pods=("podSecurityContext",), containers=("securityContext",), resources=("resources",)))

CLUSTER_AUTOSCALER = PinnedChart(
    "https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.52.1",
    "kubernetes/autoscaler cluster-autoscaler-chart-9.52.1; charts/cluster-autoscaler/values.yaml",
    _keys("cloudProvider", "awsRegion", "autoDiscovery.clusterName", "replicaCount", "extraArgs.*",
          "rbac.serviceAccount.create", "rbac.serviceAccount.name", "rbac.serviceAccount.annotations.*",
          "image.repository",  # charts/cluster-autoscaler/values.yaml @028eaaf3
          pods=("securityContext",), containers=("containerSecurityContext",), resources=("resources",)))

FLUENT_BIT = PinnedChart(
    "https://fluent.github.io/helm-charts", "fluent-bit", "0.58.2",
    "fluent/helm-charts fluent-bit-0.58.2 (Fluent Bit 5.1); charts/fluent-bit/values.yaml",
    _keys("serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*", "tolerations",
          "config.inputs", "config.filters", "config.outputs",
          "podSecurityContext.*", "securityContext.*", resources=("resources",)))

FALCO = PinnedChart(
    "https://falcosecurity.github.io/charts", "falco", "7.2.1",
    "falcosecurity/charts falco-7.2.1 (Falco 0.42.1); charts/falco/values.yaml",
    _keys("driver.kind", "driver.modernEbpf.leastPrivileged", "tty", "customRules.*",
          "falco.json_output", "falcosidekick.enabled", "falcosidekick.config.alertmanager.hostport",
          "falcosidekick.config.alertmanager.minimumpriority",
          "image.registry",  # charts/falco/values.yaml @026862c7
          resources=("resources",)))

ALL = (ARGO_CD, ARGO_ROLLOUTS, KYVERNO, VELERO, EXTERNAL_SECRETS, KUBE_PROMETHEUS_STACK, INGRESS_NGINX,
       AWS_LOAD_BALANCER_CONTROLLER, CLUSTER_AUTOSCALER, FLUENT_BIT, FALCO)
