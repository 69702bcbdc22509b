"""Checks on rendered manifests that team repos can run in their own tests.

`pod_security_violations` applies Pod Security `restricted` (plus the platform's read-only root
filesystem and resource rules) to every pod template, whatever object carries it: admission
controllers see Rollouts' and CronJobs' pods only once they exist, and scanners skip custom kinds.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping

# Volume types `restricted` allows.
ALLOWED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected",
                   "secret"}


def pod_specs(manifest: Mapping) -> Iterator[tuple[str, Mapping]]:
    """(where, pod spec) for each pod template in a manifest: Pod, workload controllers, CronJob, Rollout."""
    spec = manifest.get("spec") or {}
    kind = manifest.get("kind")
    if kind == "Pod":
        yield "spec", spec
    elif kind == "CronJob":
        yield "spec.jobTemplate.spec.template.spec", spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec", {})
    elif isinstance(spec.get("template"), Mapping) and "spec" in spec["template"]:
        yield "spec.template.spec", spec["template"]["spec"]


def pod_security_violations(manifest: Mapping) -> list[str]:
    out: list[str] = []
    for where, pod in pod_specs(manifest):
        psc = pod.get("securityContext") or {}
        for flag in ("hostNetwork", "hostPID", "hostIPC"):
            if pod.get(flag):
                out.append(f"{where}.{flag} is true")
        for vol in pod.get("volumes") or []:
            for key in vol.keys() - {"name"}:
                if key not in ALLOWED_VOLUMES:
                    out.append(f"{where}.volumes[{vol.get('name')}] uses disallowed type {key}")
        if psc.get("sysctls"):
            out.append(f"{where}.securityContext.sysctls is set")
        containers = [("containers", c) for c in pod.get("containers") or []]
        containers += [("initContainers", c) for c in pod.get("initContainers") or []]
        if not pod.get("containers"):
            out.append(f"{where} has no containers")
        for group, c in containers:
            at = f"{where}.{group}[{c.get('name')}]"
            sc = c.get("securityContext") or {}
            merged = {**psc, **sc}
            if sc.get("privileged"):
                out.append(f"{at} is privileged")
            if sc.get("allowPrivilegeEscalation") is not False:
                out.append(f"{at}.securityContext.allowPrivilegeEscalation is not false")
            caps = sc.get("capabilities") or {}
            if "ALL" not in (caps.get("drop") or []):
                out.append(f"{at}.securityContext.capabilities.drop lacks ALL")
            if set(caps.get("add") or []) - {"NET_BIND_SERVICE"}:
                out.append(f"{at}.securityContext.capabilities.add has {sorted(set(caps['add']) - {'NET_BIND_SERVICE'})}")
            if merged.get("runAsNonRoot") is not True:
                out.append(f"{at}: runAsNonRoot is not true")
            if merged.get("runAsUser") == 0:
                out.append(f"{at}: runAsUser is 0")
            if (merged.get("seccompProfile") or {}).get("type") not in ("RuntimeDefault", "Localhost"):
                out.append(f"{at}: seccompProfile is not RuntimeDefault or Localhost")
            if sc.get("readOnlyRootFilesystem") is not True:
                out.append(f"{at}.securityContext.readOnlyRootFilesystem is not true")
            for port in c.get("ports") or []:
                if port.get("hostPort"):
                    out.append(f"{at} uses hostPort {port['hostPort']}")
            res = c.get("resources") or {}
            for kind in ("requests", "limits"):
                missing = {"cpu", "memory"} - set(res.get(kind) or {})
                if missing:
                    out.append(f"{at}.resources.{kind} lacks {', '.join(sorted(missing))}")
    return out
