"""Pinned Helm charts for the platform add-ons and the values keys checked against each chart's defaults.

Each entry records the exact chart version, where the version was seen, and the key paths of the chart's
default values (`values.yaml`) that the add-on catalogue sets. Only the keys we set are recorded, not the
whole file: a test flattens every rendered `valuesObject` and fails on a path that is not listed here, so
a typo (or a key the chart renamed) fails in CI instead of being ignored by Helm. Each entry also lists the
images the chart runs (`ChartImage`, pointed at the ECR mirrors) and its containers (`ChartContainer`, given
resources and a restricted securityContext); their values paths count as recorded keys.

Notation: 'a.b.c' is a key path; a path ending in '.*' is a free-form map or list in the chart (labels,
annotations, argocd-cm entries, extra args) under which any key is accepted. Lists are leaves.

To upgrade a chart: change its version, re-read that version's values.yaml (and `helm template` output, where
available), update `checked`, the key set, `images` and `containers`, run the tests.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChartImage:
    """One container image a chart runs with the catalogue's values, and the values key that moves it."""

    key: str
    """Values path naming the image's registry ('image.registry') or its repository including the registry."""
    default: str
    """The chart's value for `key`: a registry host ('quay.io') or a repository with its host ('quay.io/argoproj/argocd')."""
    pull_from: str = ""
    """The same image under a registry that has an ECR pull-through cache, when `default`'s has none (e.g.
    'cr.fluentbit.io/fluent/fluent-bit' is 'docker.io/fluent/fluent-bit'). Empty: pull `default` through the cache."""
    only_if: str = ""
    """Values path of the switch that makes the chart run this image ('dashboard.enabled'; '!path' when the switch
    turns it off). Empty: always runs."""
    repositories: tuple[str, ...] = ()
    """Where `default` is only a registry host: the repositories under it that `key` moves (values.yaml), such as
    ('argoproj/argo-rollouts',). The guardrails admit exactly these through the mirror, no other image on it."""

    def mirrored(self, mirrors: Mapping[str, str]) -> str | None:
        """The value pointing at the environment's mirror of the image's registry, or None without one."""
        return through_mirror(self.pull_from or self.default, mirrors)

    def pulled(self, mirrors: Mapping[str, str]) -> tuple[str, ...]:
        """The full repositories the chart pulls for this key: through the environment's mirror where it has one."""
        source = self.pull_from or self.default
        full = [f"{source}/{r}" for r in self.repositories] if self.repositories else [source]
        return tuple(through_mirror(r, mirrors) or r for r in full)


def value_at(values: Mapping, path: str) -> object:
    """The value at dotted `path` in a values tree, or {} where it is not set."""
    node: object = values
    for part in path.split("."):
        node = node.get(part, {}) if isinstance(node, Mapping) else {}
    return node


def runs(only_if: str, values: Mapping) -> bool:
    """Whether an image or container switched by `only_if` runs with `values`."""
    if not only_if:
        return True
    on = bool(value_at(values, only_if.removeprefix("!")))
    return not on if only_if.startswith("!") else on


def through_mirror(image: str, mirrors: Mapping[str, str]) -> str | None:
    """`image` (or a bare registry host) under its registry's pull-through mirror, or None when it has none."""
    host, _, rest = image.partition("/")
    return f"{mirrors[host]}/{rest}".rstrip("/") if host in mirrors else None


@dataclass(frozen=True, slots=True)
class ChartContainer:
    """A container the chart runs (hook Jobs and init containers included), and the values keys that give it
    resources and a restricted securityContext, so it passes the platform's guardrails."""

    name: str
    resources: str
    """Values path of its resources; several containers may share one."""
    container_context: str = ""
    """Values path of its container securityContext. Empty: set by an operator (Prometheus, Alertmanager and their
    config reloaders get a restricted one from prometheus-operator) or left to an exception (see `keep`)."""
    pod_context: str = ""
    """Values path of its pod's securityContext. Empty: the chart has none, or the pod is shared with a container
    that needs an exception."""
    keep: tuple[str, ...] = ()
    """securityContext fields the platform must not force here, because the pod carries a RequiredException for
    them (e.g. 'runAsNonRoot' for Fluent Bit, which reads the node's log files as root)."""
    only_if: str = ""
    """Values path of the switch that turns this container on ('redis-ha.enabled'; '!redis-ha.enabled' for one the
    switch turns off). Empty: always runs."""
    rendered: str = ""
    """'<workload>/<container>' in the chart's `helm template` output (release named like the add-on), where the
    render tests find it; '<Kind>/<name>' (a capital first letter) for a container an operator runs from that
    rendered object (prometheus-operator's Prometheus and Alertmanager, and its config reloaders, which the
    operator's Deployment configures). Empty only for containers of subcharts the chart source lacks (see
    `checked`), which the render tests cannot find."""


@dataclass(frozen=True, slots=True)
class PinnedChart:
    repo_url: str
    chart: str
    version: str
    checked: str
    """What the version and keys were checked against (search tool, code/docs corpus)."""
    keys: frozenset[str]
    images: tuple[ChartImage, ...] = ()
    """Every image the chart runs with the catalogue's values (helm test pods excluded: Applications skip them)."""
    containers: tuple[ChartContainer, ...] = ()
    """Every container the chart runs with the catalogue's values (helm test pods excluded)."""

    def __post_init__(self) -> None:
        keys = set(self.keys) | {i.key for i in self.images}
        for c in self.containers:
            keys |= _under(c.resources, _RESOURCES)
            keys |= _under(c.container_context, _RESTRICTED_CONTAINER) if c.container_context else set()
            keys |= _under(c.pod_context, _RESTRICTED_POD) if c.pod_context else set()
        object.__setattr__(self, "keys", frozenset(keys))


_RESTRICTED_POD = ("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup", "seccompProfile.type")
_RESTRICTED_CONTAINER = ("allowPrivilegeEscalation", "privileged", "readOnlyRootFilesystem", "runAsNonRoot",
                         "runAsUser", "runAsGroup", "capabilities.drop", "seccompProfile.type")
_RESOURCES = ("requests.cpu", "requests.memory", "limits.cpu", "limits.memory")


def _under(prefix: str, leaves: tuple[str, ...]) -> set[str]:
    return {f"{prefix}.{leaf}" for leaf in leaves}


def _keys(*paths: str) -> frozenset[str]:
    """Key paths the add-on builders set besides images and containers (those come from the inventories)."""
    return frozenset(paths)


ARGO_CD = PinnedChart(
    "https://argoproj.github.io/argo-helm", "argo-cd", "10.1.1",
    "chart source argoproj/argo-helm charts/argo-cd 10.1.1 @af0a9310bacb (Argo CD v3.4.4), redis-ha 4.38.0 "
    "@2e2539a8960e: values.yaml, templates and helm template renders (tests/test_addon_render.py)",
    _keys("global.domain", "crds.keep", "dex.enabled", "redis-ha.enabled", "redis.serviceAccount.create", "configs.cm.*",
          "configs.params.*",
          "controller.replicas", "server.replicas", "repoServer.replicas", "applicationSet.replicas"),
    # Every Argo CD component and the redis-secret-init hook Job use the global image. Off here: dex, the
    # redis exporters (redis.exporter, redis-ha.exporter) and redis-ha's sysctl init container.
    images=(ChartImage("global.image.repository", "quay.io/argoproj/argocd"),
            # 'ecr-public.aws.com' is the chart's spelling of public.ecr.aws
            ChartImage("redis.image.repository", "ecr-public.aws.com/docker/library/redis",
                       "public.ecr.aws/docker/library/redis", only_if="!redis-ha.enabled"),
            ChartImage("redis-ha.image.repository", "ecr-public.aws.com/docker/library/redis",
                       "public.ecr.aws/docker/library/redis", only_if="redis-ha.enabled"),
            ChartImage("redis-ha.haproxy.image.repository", "ecr-public.aws.com/docker/library/haproxy",
                       "public.ecr.aws/docker/library/haproxy", only_if="redis-ha.enabled")),
    # Each component's pod securityContext is global.securityContext ({}); its containers carry runAsNonRoot and
    # seccomp themselves. copyutil (repo-server's init container) shares repo-server's securityContext. redis-ha
    # (stage and prod) shares one securityContext across its StatefulSet's containers; values @2ff178d0.
    containers=(
        *(ChartContainer(c, f"{c}.resources", f"{c}.containerSecurityContext", rendered=f"argo-cd-argocd-{r}/{r}")
          for c, r in (("controller", "application-controller"), ("server", "server"), ("repoServer", "repo-server"),
                       ("applicationSet", "applicationset-controller"), ("notifications", "notifications-controller"))),
        ChartContainer("copyutil", "repoServer.copyutil.resources", "repoServer.containerSecurityContext",
                       rendered="argo-cd-argocd-repo-server/copyutil"),
        ChartContainer("redis", "redis.resources", "redis.containerSecurityContext", "redis.securityContext",
                       only_if="!redis-ha.enabled", rendered="argo-cd-argocd-redis/redis"),
        ChartContainer("redis-secret-init", "redisSecretInit.resources", "redisSecretInit.containerSecurityContext",
                       "redisSecretInit.securityContext", rendered="argo-cd-argocd-redis-secret-init/secret-init"),
        *(ChartContainer(f"redis-ha {c}", f"redis-ha.{key}.resources", "redis-ha.containerSecurityContext",
                         "redis-ha.securityContext", only_if="redis-ha.enabled", rendered=f"argo-cd-redis-ha-server/{c}")
          for c, key in (("config-init", "init"), ("redis", "redis"), ("sentinel", "sentinel"),
                         ("split-brain-fix", "splitBrainDetection"))),
        *(ChartContainer(f"redis-ha haproxy{c}", f"redis-ha.haproxy{key}.resources",
                         "redis-ha.haproxy.containerSecurityContext", "redis-ha.haproxy.securityContext",
                         only_if="redis-ha.enabled", rendered=f"argo-cd-redis-ha-haproxy/{r}")
          for c, key, r in (("", "", "haproxy"), (" config-init", ".init", "config-init")))))

ARGO_ROLLOUTS = PinnedChart(
    "https://argoproj.github.io/argo-helm", "argo-rollouts", "2.41.0",
    "chart source argoproj/argo-helm charts/argo-rollouts 2.41.0 @8796aeaa8242 (Argo Rollouts v1.9.0): values.yaml, "
    "templates and helm template renders (tests/test_addon_render.py)",
    _keys("installCRDs", "keepCRDs", "dashboard.enabled", "controller.replicas", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled"),
    images=(ChartImage("controller.image.registry", "quay.io", repositories=("argoproj/argo-rollouts",)),
            ChartImage("dashboard.image.registry", "quay.io", only_if="dashboard.enabled",
                       repositories=("argoproj/kubectl-argo-rollouts",))),
    containers=(ChartContainer("controller", "controller.resources", "containerSecurityContext", "podSecurityContext",
                               rendered="argo-rollouts/argo-rollouts"),
                ChartContainer("dashboard", "dashboard.resources", "containerSecurityContext", "podSecurityContext",
                               only_if="dashboard.enabled", rendered="argo-rollouts-dashboard/argo-rollouts-dashboard")))

KYVERNO = PinnedChart(
    "https://kyverno.github.io/kyverno", "kyverno", "3.9.0",
    "chart source kyverno/kyverno charts/kyverno 3.9.0 @ee97ce09538b (Kyverno v1.19.0, the CRDs in cdk8s.yaml), "
    "reports-server 0.1.6 @8c5b5d3c4fa3: values.yaml, _helpers.tpl and helm template renders (tests/test_addon_render.py)",
    _keys("config.webhooks.*", "features.forceFailurePolicyIgnore.enabled",
          "admissionController.replicas", "admissionController.container.extraArgs.*",
          "admissionController.serviceMonitor.enabled", "admissionController.rbac.serviceAccount.name",
          "admissionController.rbac.serviceAccount.annotations.*", "backgroundController.replicas",
          "cleanupController.replicas", "reportsController.replicas"),
    # The kyverno.image helper takes a component's own registry, else global.image.registry, else its
    # defaultRegistry (reg.kyverno.io, which serves ghcr.io/kyverno): the global key moves the admission,
    # background, cleanup and reports controllers, the init container and the CRD migration hook. The
    # pre-delete webhook cleanup sets its registry itself.
    images=(ChartImage("global.image.registry", "reg.kyverno.io", "ghcr.io", repositories=tuple(
                f"kyverno/{r}" for r in ("kyverno", "kyvernopre", "background-controller", "cleanup-controller",
                                         "reports-controller", "kyverno-cli"))),
            ChartImage("webhooksCleanup.image.registry", "ghcr.io", repositories=("kyverno/readiness-checker",))),
    # Kyverno's webhooks skip its own namespace; Pod Security (restricted) still applies there, and the chart's
    # contexts meet it. Resources are the platform's. The render showed the admission controller's init container
    # and the hook Jobs (post-upgrade resource migration; the pre-delete webhook cleanup and scale-to-zero, which
    # only `helm uninstall` runs), sized by the chart until then.
    containers=(ChartContainer("admission-controller", "admissionController.container.resources",
                               rendered="kyverno-admission-controller/kyverno"),
                ChartContainer("admission-controller init", "admissionController.initContainer.resources",
                               rendered="kyverno-admission-controller/kyverno-pre"),
                *(ChartContainer(c, f"{c}.resources", rendered=f"kyverno-{r}-controller/controller")
                  for c, r in (("backgroundController", "background"), ("cleanupController", "cleanup"),
                               ("reportsController", "reports"))),
                ChartContainer("migrate-resources", "crds.migration.podResources",
                               rendered="kyverno-migrate-resources/kyverno-cli"),
                *(ChartContainer(job, "webhooksCleanup.resources", rendered=f"kyverno-{job}/kubectl")
                  for job in ("rm-webhooks", "scale-to-zero"))))

VELERO = PinnedChart(
    "https://vmware-tanzu.github.io/helm-charts", "velero", "12.1.0",
    "chart source vmware-tanzu/helm-charts charts/velero 12.1.0 @84dd2c080519 (Velero v1.18.1, the CRDs in "
    "cdk8s.yaml): values.yaml, values.schema.json and helm template renders (tests/test_addon_render.py)",
    _keys("configuration.backupStorageLocation", "configuration.volumeSnapshotLocation", "configuration.features",
          "snapshotsEnabled", "deployNodeAgent", "credentials.useSecret", "initContainers",
          "nodeAgent.disableHostPath", "nodeAgent.useScratchEmptyDir", "nodeAgent.resources.*",
          "nodeAgent.podSecurityContext.*", "nodeAgent.containerSecurityContext.*",
          "serviceAccount.server.create", "serviceAccount.server.name", "serviceAccount.server.annotations.*",
          "metrics.enabled", "metrics.serviceMonitor.enabled"),
    # The server (and the node agent, when asked for) plus the upgrade-CRDs hook Job. kubectl runs only in the
    # cleanup-CRDs pre-delete Job (`cleanUpCRDs`, off). The AWS plugin is the catalogue's own init container,
    # mirrored the same way.
    images=(ChartImage("image.repository", "docker.io/velero/velero"),
            ChartImage("kubectl.image.repository", "registry.k8s.io/kubectl", only_if="cleanUpCRDs")),
    # The upgrade-CRDs hook Job runs `velero install --crds-only --apply` with the velero image and the server's
    # securityContext (at 12.1.0 no kubectl init container: the render showed it).
    containers=(ChartContainer("velero", "resources", "containerSecurityContext", "podSecurityContext",
                               rendered="velero/velero"),
                # The data mover's node agent runs as root (its RequiredException): its context is set but for that.
                ChartContainer("node-agent", "nodeAgent.resources", "nodeAgent.containerSecurityContext",
                               "nodeAgent.podSecurityContext", keep=("runAsNonRoot", "runAsUser", "runAsGroup"),
                               only_if="deployNodeAgent", rendered="node-agent/node-agent"),
                ChartContainer("upgrade-crds", "upgradeJobResources", "containerSecurityContext", "podSecurityContext",
                               rendered="velero-upgrade-crds/velero"),
                ChartContainer("cleanup-crds kubectl", "kubectl.resources", "kubectl.containerSecurityContext",
                               "podSecurityContext", only_if="cleanUpCRDs", rendered="velero-cleanup-crds/delete-backup")))

EXTERNAL_SECRETS = PinnedChart(
    "https://charts.external-secrets.io", "external-secrets", "2.9.0",
    "chart source external-secrets/external-secrets deploy/charts/external-secrets 2.9.0 @cc5bfbc2234a (v2.9.0, the "
    "CRDs in cdk8s.yaml), bitwarden-sdk-server v0.6.0 @a85829122db4: values.yaml and helm template renders "
    "(tests/test_addon_render.py)",
    _keys("installCRDs", "replicaCount", "leaderElect", "serviceAccount.create", "serviceAccount.name",
          "serviceAccount.annotations.*", "webhook.replicaCount", "certController.replicaCount"),
    images=tuple(ChartImage(f"{c}image.repository", "ghcr.io/external-secrets/external-secrets")
                 for c in ("", "webhook.", "certController.")),
    containers=tuple(ChartContainer(name, f"{p}resources", f"{p}securityContext", f"{p}podSecurityContext",
                                    rendered=f"{workload}/{container}")
                     for name, p, workload, container in (
                         ("controller", "", "external-secrets", "external-secrets"),
                         ("webhook", "webhook.", "external-secrets-webhook", "webhook"),
                         ("cert-controller", "certController.", "external-secrets-cert-controller", "cert-controller"))))

KUBE_PROMETHEUS_STACK = PinnedChart(
    "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "88.5.3",
    "chart source prometheus-community/helm-charts charts/kube-prometheus-stack 88.5.3 @ea930baeebeb "
    "(prometheus-operator v0.93.1; the CRDs in cdk8s.yaml are v0.93.0): values.yaml and templates (certgen image "
    "ghcr.io/jkroepke/kube-webhook-certgen); its dependencies grafana 12.11.1, kube-state-metrics 8.4.0 and "
    "prometheus-node-exporter 4.56.1 are not in the chart source, so their keys are as read at grafana 13.1.0 "
    "(@03968120), kube-state-metrics 7.0.1 (@09707f6a), node-exporter @01931990; the chart is rendered without them",
    _keys("crds.enabled", "alertmanager.enabled", "alertmanager.alertmanagerSpec.replicas",
          "alertmanager.alertmanagerSpec.secrets", "alertmanager.config.*",
          "prometheus.prometheusSpec.replicas", "prometheus.prometheusSpec.retention",
          "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.probeSelectorNilUsesHelmValues",
          "grafana.enabled", "grafana.admin.existingSecret", "grafana.admin.userKey", "grafana.admin.passwordKey",
          "grafana.sidecar.dashboards.enabled", "grafana.sidecar.dashboards.label",
          "grafana.sidecar.dashboards.labelValue", "grafana.sidecar.dashboards.searchNamespace",
          "nodeExporter.enabled", "kubeControllerManager.enabled", "kubeScheduler.enabled", "kubeEtcd.enabled",
          "kubeProxy.enabled"),
    # Each image has its own registry key (global.imageRegistry, unset, would override them all with one host).
    # The config reloader runs beside Prometheus and Alertmanager; the Thanos image is only an operator flag
    # until a Thanos sidecar or ruler is asked for. Off here: the CRD upgrade Job, the admission-webhook
    # Deployment, Grafana's init-chown (no persistence) and dashboard download (no URLs), kube-rbac-proxy.
    images=tuple(ChartImage(f"{key}.registry", host, repositories=(repo,)) for key, host, repo in (
        ("prometheusOperator.image", "quay.io", "prometheus-operator/prometheus-operator"),
        ("prometheusOperator.prometheusConfigReloader.image", "quay.io", "prometheus-operator/prometheus-config-reloader"),
        ("prometheusOperator.admissionWebhooks.patch.image", "ghcr.io", "jkroepke/kube-webhook-certgen"),
        ("prometheusOperator.thanosImage", "quay.io", "thanos/thanos"),
        ("prometheus.prometheusSpec.image", "quay.io", "prometheus/prometheus"),
        ("alertmanager.alertmanagerSpec.image", "quay.io", "prometheus/alertmanager"),
        ("kube-state-metrics.image", "registry.k8s.io", "kube-state-metrics/kube-state-metrics"),
        ("prometheus-node-exporter.image", "quay.io", "prometheus/node-exporter"),
        ("grafana.image", "docker.io", "grafana/grafana"),
        ("grafana.sidecar.image", "quay.io", "kiwigrid/k8s-sidecar"))),
    # prometheus-operator gives Prometheus, Alertmanager and every config reloader a restricted container
    # securityContext itself; their resources come from the CRs and the operator's reloader flags (all four
    # values must be set: one left out is passed as 0, which means none).
    containers=(
        ChartContainer("operator", "prometheusOperator.resources", "prometheusOperator.containerSecurityContext",
                       "prometheusOperator.securityContext", rendered="kube-prometheus-stack-operator/kube-prometheus-stack"),
        *(ChartContainer(f"admission {job}", "prometheusOperator.admissionWebhooks.patch.resources",
                         f"prometheusOperator.admissionWebhooks.{job}.securityContext",
                         "prometheusOperator.admissionWebhooks.patch.securityContext",
                         rendered=f"kube-prometheus-stack-admission-{short}/{short}")
          for job, short in (("createSecretJob", "create"), ("patchWebhookJob", "patch"))),
        ChartContainer("prometheus", "prometheus.prometheusSpec.resources", "", "prometheus.prometheusSpec.securityContext",
                       rendered="Prometheus/kube-prometheus-stack-prometheus"),
        ChartContainer("alertmanager", "alertmanager.alertmanagerSpec.resources", "",
                       "alertmanager.alertmanagerSpec.securityContext", rendered="Alertmanager/kube-prometheus-stack-alertmanager"),
        ChartContainer("config-reloader", "prometheusOperator.prometheusConfigReloader.resources",
                       rendered="Deployment/kube-prometheus-stack-operator"),
        ChartContainer("grafana", "grafana.resources", "grafana.containerSecurityContext", "grafana.securityContext"),
        ChartContainer("grafana sidecars", "grafana.sidecar.resources", "grafana.sidecar.securityContext",
                       "grafana.securityContext"),
        ChartContainer("kube-state-metrics", "kube-state-metrics.resources", "kube-state-metrics.containerSecurityContext",
                       "kube-state-metrics.securityContext"),
        # Host network, PID and filesystem (its exception); the rest is restricted.
        ChartContainer("node-exporter", "prometheus-node-exporter.resources",
                       "prometheus-node-exporter.containerSecurityContext", "prometheus-node-exporter.securityContext")))

INGRESS_NGINX = PinnedChart(
    "https://kubernetes.github.io/ingress-nginx", "ingress-nginx", "4.14.1",
    "chart source kubernetes/ingress-nginx charts/ingress-nginx 4.14.1 @78f593b24494 (controller v1.14.1): values.yaml, "
    "templates and helm template renders (tests/test_addon_render.py)",
    _keys("controller.replicaCount", "controller.ingressClassResource.name", "controller.ingressClassResource.default",
          "controller.allowSnippetAnnotations", "controller.service.annotations.*", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled"),
    # Each image's own registry is commented out in values.yaml; they all default to global.image.registry
    # (the controller, the admission-webhook certgen Job, the default backend, which is off).
    images=(ChartImage("global.image.registry", "registry.k8s.io",
                       repositories=("ingress-nginx/controller", "ingress-nginx/kube-webhook-certgen")),),
    # The controller's securityContext is computed by the chart (runAsUser 101, NET_BIND_SERVICE); it writes
    # nginx.conf, hence its read-only-root exception. The certgen hook Jobs have their own keys.
    containers=(ChartContainer("controller", "controller.resources", rendered="ingress-nginx-controller/controller"),
                *(ChartContainer(job, f"controller.admissionWebhooks.{job}.resources",
                                 f"controller.admissionWebhooks.{job}.securityContext",
                                 "controller.admissionWebhooks.patch.securityContext",
                                 rendered=f"ingress-nginx-admission-{r}/{r}")
                  for job, r in (("createSecretJob", "create"), ("patchWebhookJob", "patch")))))

AWS_LOAD_BALANCER_CONTROLLER = PinnedChart(
    "https://aws.github.io/eks-charts", "aws-load-balancer-controller", "3.5.0",
    "chart source aws/eks-charts stable/aws-load-balancer-controller 3.5.0 @5239609242f3 (controller v3.5.0): "
    "values.yaml, templates and helm template renders (tests/test_addon_render.py)",
    _keys("clusterName", "region", "vpcTags.*", "replicaCount", "enableServiceMutatorWebhook",
          "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*"),
    images=(ChartImage("image.repository", "public.ecr.aws/eks/aws-load-balancer-controller"),),
    containers=(ChartContainer("controller", "resources", "securityContext", "podSecurityContext",
                               rendered="aws-load-balancer-controller/aws-load-balancer-controller"),))

CLUSTER_AUTOSCALER = PinnedChart(
    "https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.52.1",
    "chart source kubernetes/autoscaler cluster-autoscaler/charts/cluster-autoscaler 9.52.1 @006f34a9e1b7 "
    "(cluster-autoscaler 1.34.1): values.yaml, templates and helm template renders (tests/test_addon_render.py)",
    _keys("cloudProvider", "awsRegion", "autoDiscovery.clusterName", "replicaCount", "extraArgs.*",
          "rbac.serviceAccount.create", "rbac.serviceAccount.name", "rbac.serviceAccount.annotations.*"),
    images=(ChartImage("image.repository", "registry.k8s.io/autoscaling/cluster-autoscaler"),),
    containers=(ChartContainer("cluster-autoscaler", "resources", "containerSecurityContext", "securityContext",
                               rendered="cluster-autoscaler-aws-cluster-autoscaler/aws-cluster-autoscaler"),))

FLUENT_BIT = PinnedChart(
    "https://fluent.github.io/helm-charts", "fluent-bit", "0.58.1",
    "chart source fluent/helm-charts charts/fluent-bit 0.58.1 @22a564dc8560 (Fluent Bit 5.1.1): values.yaml, "
    "templates and helm template renders (tests/test_addon_render.py)",
    _keys("serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*", "tolerations",
          "config.inputs", "config.filters", "config.outputs",
          "podSecurityContext.*", "securityContext.*"),
    # cr.fluentbit.io is an alias of Docker Hub's fluent/fluent-bit (fluent/helm-charts#223); the hot-reload
    # sidecar is off.
    images=(ChartImage("image.repository", "cr.fluentbit.io/fluent/fluent-bit", "docker.io/fluent/fluent-bit"),),
    # Root, to read every container's log files (its exception); everything else restricted.
    containers=(ChartContainer("fluent-bit", "resources", "securityContext", "podSecurityContext",
                               keep=("runAsNonRoot",), rendered="fluent-bit/fluent-bit"),))

FALCO = PinnedChart(
    "https://falcosecurity.github.io/charts", "falco", "7.2.1",
    "chart source falcosecurity/charts charts/falco 7.2.1 @e518c8891223 (Falco 0.42.1, falcoctl 0.12.1): values.yaml "
    "and templates; its dependencies falcosidekick 0.11.2, k8s-metacollector 0.1.11 and falco-talon 0.3.1 are not in "
    "the chart source, so falcosidekick's keys are as read @2ab92f04; the chart is rendered without it",
    _keys("driver.kind", "driver.modernEbpf.leastPrivileged", "tty", "customRules.*",
          "falco.json_output", "falcosidekick.enabled", "falcosidekick.config.alertmanager.hostport",
          "falcosidekick.config.alertmanager.minimumpriority"),
    # Falco and Falcosidekick are also published on public.ecr.aws; falcoctl (artifact install and follow) only
    # on Docker Hub. The driver loader does not run with modern_ebpf; the sidekick web UI is off.
    images=(ChartImage("image.registry", "docker.io", "public.ecr.aws", repositories=("falcosecurity/falco",)),
            ChartImage("falcoctl.image.registry", "docker.io", repositories=("falcosecurity/falcoctl",)),
            ChartImage("falcosidekick.image.registry", "docker.io", "public.ecr.aws",
                       repositories=("falcosecurity/falcosidekick",))),
    # The falco pod (falco, falcoctl install and follow) carries the exception; its containers still get resources.
    # Falcosidekick is a Deployment of its own (values @2ab92f04: podSecurityContext runAsUser 1234).
    containers=(ChartContainer("falco", "resources", rendered="falco/falco"),
                ChartContainer("falcoctl-artifact-install", "falcoctl.artifact.install.resources",
                               rendered="falco/falcoctl-artifact-install"),
                ChartContainer("falcoctl-artifact-follow", "falcoctl.artifact.follow.resources",
                               rendered="falco/falcoctl-artifact-follow"),
                ChartContainer("falcosidekick", "falcosidekick.resources", "falcosidekick.securityContext",
                               "falcosidekick.podSecurityContext")))

CERT_MANAGER = PinnedChart(
    "https://charts.jetstack.io", "cert-manager", "v1.21.1",
    "chart source cert-manager/cert-manager deploy/charts/cert-manager v1.21.1 @24e33194fb39 (the CRDs in cdk8s.yaml): "
    "values.yaml, values.schema.json, templates and helm template renders (tests/test_addon_render.py)",
    _keys("crds.enabled", "crds.keep", "global.leaderElection.namespace", "replicaCount", "webhook.replicaCount",
          "cainjector.replicaCount", "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*",
          "prometheus.enabled", "prometheus.servicemonitor.enabled", "networkPolicy.enabled", "networkPolicy.egress",
          "webhook.networkPolicy.enabled", "webhook.networkPolicy.egress", "cainjector.networkPolicy.enabled",
          "cainjector.networkPolicy.egress", "webhook.securePort"),
    # Every image is `imageRegistry`/`imageNamespace`/<name>. The ACME HTTP-01 solver image is only a flag: its pods
    # run for HTTP-01 challenges, and the platform's issuer answers DNS-01 only.
    images=(ChartImage("imageRegistry", "quay.io", repositories=tuple(
        f"jetstack/cert-manager-{c}" for c in ("controller", "webhook", "cainjector", "startupapicheck"))),),
    containers=tuple(ChartContainer(name, f"{p}resources", f"{p}containerSecurityContext", f"{p}securityContext",
                                    rendered=f"{workload}/cert-manager-{container}")
                     for name, p, workload, container in (
                         ("controller", "", "cert-manager", "controller"),
                         ("webhook", "webhook.", "cert-manager-webhook", "webhook"),
                         ("cainjector", "cainjector.", "cert-manager-cainjector", "cainjector"),
                         ("startupapicheck", "startupapicheck.", "cert-manager-startupapicheck", "startupapicheck"))))

EXTERNAL_DNS = PinnedChart(
    "https://kubernetes-sigs.github.io/external-dns", "external-dns", "1.21.1",
    "chart source kubernetes-sigs/external-dns charts/external-dns 1.21.1 @9f2645134677 (external-dns v0.21.0): "
    "values.yaml, values.schema.json, templates and helm template renders (tests/test_addon_render.py)",
    _keys("provider.name", "sources", "policy", "registry", "txtOwnerId", "domainFilters", "extraArgs.*", "env",
          "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*", "serviceMonitor.enabled"),
    images=(ChartImage("image.repository", "registry.k8s.io/external-dns/external-dns"),),
    containers=(ChartContainer("external-dns", "resources", "securityContext", "podSecurityContext",
                               rendered="external-dns/external-dns"),))

ALL: tuple[PinnedChart, ...] = (ARGO_CD, ARGO_ROLLOUTS, KYVERNO, VELERO, EXTERNAL_SECRETS, KUBE_PROMETHEUS_STACK, INGRESS_NGINX,
       AWS_LOAD_BALANCER_CONTROLLER, CLUSTER_AUTOSCALER, FLUENT_BIT, FALCO, CERT_MANAGER, EXTERNAL_DNS)
BY_NAME = {c.chart: c for c in ALL}
