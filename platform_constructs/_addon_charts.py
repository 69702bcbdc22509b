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
    """Values path of the switch that turns this container on ('redis-ha.enabled'). Empty: always runs."""


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
    "https://argoproj.github.io/argo-helm", "argo-cd", "10.4.2",
    "argo-helm charts/argo-cd/values.yaml: 10.4.2 is not stored; read at chart 9.6.1 (@aa6978d5) and checked "
    "against the 9.7-10.4.2 release notes (redis-ha 4.38.0, Argo CD v3.5.2, no key renames); redis-ha values @2ff178d0",
    _keys("global.domain", "crds.keep", "dex.enabled", "redis-ha.enabled", "configs.cm.*", "configs.params.*",
          "controller.replicas", "server.replicas", "repoServer.replicas", "applicationSet.replicas"),
    # Every Argo CD component and the redis-secret-init hook Job use the global image. Off here: dex, the
    # redis exporters (redis.exporter, redis-ha.exporter) and redis-ha's sysctl init container.
    images=(ChartImage("global.image.repository", "quay.io/argoproj/argocd"),
            # 'ecr-public.aws.com' is the chart's spelling of public.ecr.aws
            ChartImage("redis.image.repository", "ecr-public.aws.com/docker/library/redis",
                       "public.ecr.aws/docker/library/redis"),
            ChartImage("redis-ha.image.repository", "ecr-public.aws.com/docker/library/redis",
                       "public.ecr.aws/docker/library/redis"),
            ChartImage("redis-ha.haproxy.image.repository", "ecr-public.aws.com/docker/library/haproxy",
                       "public.ecr.aws/docker/library/haproxy")),
    # Each component's pod securityContext is global.securityContext ({}); its containers carry runAsNonRoot and
    # seccomp themselves. copyutil (repo-server's init container) shares repo-server's securityContext. redis-ha
    # (stage and prod) shares one securityContext across its StatefulSet's containers; values @2ff178d0.
    containers=(
        *(ChartContainer(c, f"{c}.resources", f"{c}.containerSecurityContext")
          for c in ("controller", "server", "repoServer", "applicationSet", "notifications")),
        ChartContainer("copyutil", "repoServer.copyutil.resources", "repoServer.containerSecurityContext"),
        ChartContainer("redis", "redis.resources", "redis.containerSecurityContext", "redis.securityContext"),  # dev
        ChartContainer("redis-secret-init", "redisSecretInit.resources", "redisSecretInit.containerSecurityContext",
                       "redisSecretInit.securityContext"),
        *(ChartContainer(f"redis-ha {c}", f"redis-ha.{key}.resources", "redis-ha.containerSecurityContext",
                         "redis-ha.securityContext", only_if="redis-ha.enabled")
          for c, key in (("config-init", "init"), ("redis", "redis"), ("sentinel", "sentinel"),
                         ("split-brain-fix", "splitBrainDetection"))),
        *(ChartContainer(f"redis-ha haproxy{c}", f"redis-ha.haproxy{key}.resources",
                         "redis-ha.haproxy.containerSecurityContext", "redis-ha.haproxy.securityContext",
                         only_if="redis-ha.enabled")
          for c, key in (("", ""), (" config-init", ".init")))))

ARGO_ROLLOUTS = PinnedChart(
    "https://argoproj.github.io/argo-helm", "argo-rollouts", "2.41.1",
    "argo-helm charts/argo-rollouts/values.yaml: 2.41.1 is not stored; read at 2.41.0 (@6f2eecb2, Argo Rollouts "
    "v1.9.0); 2.41.1 only moves the app to v1.9.1, the CRDs in cdk8s.yaml",
    _keys("installCRDs", "keepCRDs", "dashboard.enabled", "controller.replicas", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled"),
    images=(ChartImage("controller.image.registry", "quay.io", repositories=("argoproj/argo-rollouts",)),
            # the dashboard runs only when asked for
            ChartImage("dashboard.image.registry", "quay.io", repositories=("argoproj/kubectl-argo-rollouts",))),
    containers=(ChartContainer("controller", "controller.resources", "containerSecurityContext", "podSecurityContext"),
                ChartContainer("dashboard", "dashboard.resources", "containerSecurityContext", "podSecurityContext",
                               only_if="dashboard.enabled")))

KYVERNO = PinnedChart(
    "https://kyverno.github.io/kyverno", "kyverno", "3.9.2",
    "kyverno charts/kyverno/values.yaml and _helpers.tpl: no 3.9.x copy is stored; read on main after 1.17 "
    "(@8191af10, helpers @d4665e8d); Kyverno v1.19, the CRDs in cdk8s.yaml",
    _keys("config.webhooks.*", "features.forceFailurePolicyIgnore.enabled",
          "admissionController.replicas", "admissionController.container.extraArgs.*",
          "admissionController.serviceMonitor.enabled", "backgroundController.replicas",
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
    # contexts meet it. Resources are the platform's.
    containers=(ChartContainer("admission-controller", "admissionController.container.resources"),
                *(ChartContainer(c, f"{c}.resources")
                  for c in ("backgroundController", "cleanupController", "reportsController"))))

VELERO = PinnedChart(
    "https://vmware-tanzu.github.io/helm-charts", "velero", "12.2.0",
    "vmware-tanzu/helm-charts charts/velero/values.yaml @07be062a (image v1.18.2: chart 12.2.0 or just after; "
    "12.1.0 is v1.18.1) and values.schema.json @081defe3",
    _keys("configuration.backupStorageLocation", "configuration.volumeSnapshotLocation", "configuration.features",
          "snapshotsEnabled", "deployNodeAgent", "credentials.useSecret", "initContainers",
          "serviceAccount.server.create", "serviceAccount.server.name", "serviceAccount.server.annotations.*",
          "metrics.enabled", "metrics.serviceMonitor.enabled"),
    # The server (and the node agent, when asked for) plus the upgrade-CRDs hook Job, which also runs kubectl.
    # The AWS plugin is the catalogue's own init container, mirrored the same way.
    images=(ChartImage("image.repository", "docker.io/velero/velero"),
            ChartImage("kubectl.image.repository", "registry.k8s.io/kubectl")),
    # The upgrade-CRDs hook Job (upgradeJobResources, PR #514) runs the velero image with the server's
    # securityContext after a kubectl init container. The node agent, when asked for, carries an exception.
    containers=(ChartContainer("velero", "resources", "containerSecurityContext", "podSecurityContext"),
                ChartContainer("upgrade-crds", "upgradeJobResources", "containerSecurityContext", "podSecurityContext"),
                ChartContainer("upgrade-crds kubectl", "kubectl.resources", "kubectl.containerSecurityContext",
                               "podSecurityContext")))

EXTERNAL_SECRETS = PinnedChart(
    "https://charts.external-secrets.io", "external-secrets", "2.9.0",
    "external-secrets deploy/charts/external-secrets/values.yaml: 2.9.0 is not stored; read at 2.0.0 (@0060da0b); "
    "v2.9.0 is the version of the CRDs in cdk8s.yaml",
    _keys("installCRDs", "replicaCount", "leaderElect", "serviceAccount.create", "serviceAccount.name",
          "serviceAccount.annotations.*", "webhook.replicaCount", "certController.replicaCount"),
    images=tuple(ChartImage(f"{c}image.repository", "ghcr.io/external-secrets/external-secrets")
                 for c in ("", "webhook.", "certController.")),
    containers=tuple(ChartContainer(name, f"{p}resources", f"{p}securityContext", f"{p}podSecurityContext")
                     for name, p in (("controller", ""), ("webhook", "webhook."), ("cert-controller", "certController."))))

KUBE_PROMETHEUS_STACK = PinnedChart(
    "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "90.2.0",
    "prometheus-community charts/kube-prometheus-stack: 90.2.0 (prometheus-operator v0.93, the CRDs in cdk8s.yaml; "
    "91.0.0 moved to v0.94) is not stored; values.yaml read at ~75-77 (@001f3a6d), templates @023264b5/@00a8c667, "
    "grafana chart 13.1.0 (@03968120), kube-state-metrics 7.0.1 (@09707f6a), node-exporter @01931990; the "
    "certgen image moved to ghcr.io/jkroepke/kube-webhook-certgen by 85 (third-party renders of 85-90)",
    _keys("crds.enabled", "alertmanager.enabled", "alertmanager.alertmanagerSpec.replicas",
          "prometheus.prometheusSpec.replicas", "prometheus.prometheusSpec.retention",
          "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.podMonitorSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues",
          "prometheus.prometheusSpec.probeSelectorNilUsesHelmValues",
          "grafana.enabled", "grafana.admin.existingSecret", "grafana.admin.userKey", "grafana.admin.passwordKey",
          "grafana.sidecar.dashboards.enabled", "grafana.sidecar.dashboards.label",
          "grafana.sidecar.dashboards.labelValue", "grafana.sidecar.dashboards.searchNamespace",
          "nodeExporter.enabled"),
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
                       "prometheusOperator.securityContext"),
        *(ChartContainer(f"admission {job}", "prometheusOperator.admissionWebhooks.patch.resources",
                         f"prometheusOperator.admissionWebhooks.{job}.securityContext",
                         "prometheusOperator.admissionWebhooks.patch.securityContext")
          for job in ("createSecretJob", "patchWebhookJob")),
        ChartContainer("prometheus", "prometheus.prometheusSpec.resources", "", "prometheus.prometheusSpec.securityContext"),
        ChartContainer("alertmanager", "alertmanager.alertmanagerSpec.resources", "",
                       "alertmanager.alertmanagerSpec.securityContext"),
        ChartContainer("config-reloader", "prometheusOperator.prometheusConfigReloader.resources"),
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
    "kubernetes/ingress-nginx charts/ingress-nginx/values.yaml: 4.14.1 is not stored; read at 4.14.2 (@f7ab38b8)",
    _keys("controller.replicaCount", "controller.ingressClassResource.name", "controller.ingressClassResource.default",
          "controller.allowSnippetAnnotations", "controller.service.annotations.*", "controller.metrics.enabled",
          "controller.metrics.serviceMonitor.enabled"),
    # Each image's own registry is commented out in values.yaml; they all default to global.image.registry
    # (the controller, the admission-webhook certgen Job, the default backend, which is off).
    images=(ChartImage("global.image.registry", "registry.k8s.io",
                       repositories=("ingress-nginx/controller", "ingress-nginx/kube-webhook-certgen")),),
    # The controller's securityContext is computed by the chart (runAsUser 101, NET_BIND_SERVICE); it writes
    # nginx.conf, hence its read-only-root exception. The certgen hook Jobs have their own keys.
    containers=(ChartContainer("controller", "controller.resources"),
                *(ChartContainer(job, f"controller.admissionWebhooks.{job}.resources",
                                 f"controller.admissionWebhooks.{job}.securityContext",
                                 "controller.admissionWebhooks.patch.securityContext")
                  for job in ("createSecretJob", "patchWebhookJob"))))

AWS_LOAD_BALANCER_CONTROLLER = PinnedChart(
    "https://aws.github.io/eks-charts", "aws-load-balancer-controller", "3.6.0",
    "aws/eks-charts release v0.0.246 (aws-load-balancer-controller v3.6.0); kubernetes-sigs/aws-load-balancer-"
    "controller helm/aws-load-balancer-controller/values.yaml: 3.6.0 is not stored; read at v3.4.0 (@a93d1ab5)",
    _keys("clusterName", "region", "vpcTags.*", "replicaCount", "enableServiceMutatorWebhook",
          "serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*"),
    images=(ChartImage("image.repository", "public.ecr.aws/eks/aws-load-balancer-controller"),),
    containers=(ChartContainer("controller", "resources", "securityContext", "podSecurityContext"),))

CLUSTER_AUTOSCALER = PinnedChart(
    "https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.52.1",
    "kubernetes/autoscaler cluster-autoscaler/charts/cluster-autoscaler (values table in README.md): 9.52.1 is "
    "not stored; read at 9.52.0 (@34cfc531, cluster-autoscaler 1.34.1)",
    _keys("cloudProvider", "awsRegion", "autoDiscovery.clusterName", "replicaCount", "extraArgs.*",
          "rbac.serviceAccount.create", "rbac.serviceAccount.name", "rbac.serviceAccount.annotations.*"),
    images=(ChartImage("image.repository", "registry.k8s.io/autoscaling/cluster-autoscaler"),),
    containers=(ChartContainer("cluster-autoscaler", "resources", "containerSecurityContext", "securityContext"),))

FLUENT_BIT = PinnedChart(
    "https://fluent.github.io/helm-charts", "fluent-bit", "0.58.2",
    "fluent/helm-charts charts/fluent-bit/values.yaml: 0.58.2 (Fluent Bit 5.1) is not stored; read at 0.54.0 "
    "(@7d053eb7), the CHANGELOG to 0.57.9 (@0191c5ab) renames no key",
    _keys("serviceAccount.create", "serviceAccount.name", "serviceAccount.annotations.*", "tolerations",
          "config.inputs", "config.filters", "config.outputs",
          "podSecurityContext.*", "securityContext.*"),
    # cr.fluentbit.io is an alias of Docker Hub's fluent/fluent-bit (fluent/helm-charts#223); the hot-reload
    # sidecar is off.
    images=(ChartImage("image.repository", "cr.fluentbit.io/fluent/fluent-bit", "docker.io/fluent/fluent-bit"),),
    # Root, to read every container's log files (its exception); everything else restricted.
    containers=(ChartContainer("fluent-bit", "resources", "securityContext", "podSecurityContext",
                               keep=("runAsNonRoot",)),))

FALCO = PinnedChart(
    "https://falcosecurity.github.io/charts", "falco", "7.2.1",
    "falcosecurity/charts charts/falco/values.yaml: 7.2.1 (Falco 0.42.1, falcoctl 0.12.1 per CHANGELOG @8d52d3d9) "
    "is not stored; read at ~7.0.1 (@ceca89e8) and 8.0.x (@026862c7), same keys; falcosidekick values @2ab92f04",
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
    containers=(ChartContainer("falco", "resources"),
                ChartContainer("falcoctl-artifact-install", "falcoctl.artifact.install.resources"),
                ChartContainer("falcoctl-artifact-follow", "falcoctl.artifact.follow.resources"),
                ChartContainer("falcosidekick", "falcosidekick.resources", "falcosidekick.securityContext",
                               "falcosidekick.podSecurityContext")))

ALL: tuple[PinnedChart, ...] = (ARGO_CD, ARGO_ROLLOUTS, KYVERNO, VELERO, EXTERNAL_SECRETS, KUBE_PROMETHEUS_STACK, INGRESS_NGINX,
       AWS_LOAD_BALANCER_CONTROLLER, CLUSTER_AUTOSCALER, FLUENT_BIT, FALCO)
BY_NAME = {c.chart: c for c in ALL}
