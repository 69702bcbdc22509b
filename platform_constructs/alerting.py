"""Alert routing: who each alert reaches, with the receivers' credentials kept out of Git.

`AlertRouting` builds Alertmanager's configuration (kube-prometheus-stack's `alertmanager.config`): critical
alerts page, warnings go to chat, alerts of a team's namespace go to that team's receivers, Falco's events
(from Falcosidekick, `source="falco"`) go to the platform's security receivers, and the always-firing `Watchdog`
goes to a dead man's switch, an outside service that raises the alarm when the heartbeat stops (so a broken
Alertmanager is noticed too). No alert ends at a null receiver but the chart's `InfoInhibitor`, which only
mutes info alerts.

Every credential is a file (`routing_key_file`, `api_url_file`, `url_file`) in the Secret `secret_name`, which
Alertmanager mounts (`alertmanagerSpec.secrets`) and `AlertReceivers` syncs from AWS Secrets Manager with an
ExternalSecret: Git holds only the names. The Secrets Manager secret `remote_key` holds one property per file
(`AlertRouting.properties()`), created once per environment (docs/bootstrap.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import cdk8s
from constructs import Construct

from ._errors import Problem, Problems, unique_id
from .imports.external_secrets_externalsecrets.io import external_secrets as eso

SECRETS_DIR = "/etc/alertmanager/secrets"
"""Where prometheus-operator mounts each Secret of `alertmanagerSpec.secrets` (one folder per Secret)."""
_NAME = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?\Z", re.ASCII)


@dataclass(frozen=True, kw_only=True, slots=True)
class AlertRouting:
    """Where alerts go in one environment; see the module's docstring."""

    remote_key: str
    """AWS Secrets Manager secret with the receivers' credentials, such as 'platform/prod/alertmanager-receivers'."""
    teams: tuple[str, ...] = ()
    """Teams whose namespace (named like the team) routes to receivers of their own: '<team>-paging', '<team>-chat'."""
    secret_name: str = "alertmanager-receivers"
    """Default: 'alertmanager-receivers', the Secret in the monitoring namespace holding the credential files."""
    namespace: str = "monitoring"
    """Default: 'monitoring', Alertmanager's namespace."""
    store: str = "aws-secrets-manager"
    """Default: 'aws-secrets-manager', the ClusterSecretStore the ExternalSecret reads through."""

    def problems(self, prefix: str = "alerts") -> list[Problem]:
        out = []
        if not isinstance(self.remote_key, str) or not self.remote_key.strip():
            out.append(Problem(f"{prefix}.remote_key", self.remote_key, "the name of an AWS Secrets Manager secret"))
        for i, team in enumerate(self.teams):
            if not isinstance(team, str) or not _NAME.match(team) or team in ("platform", "security"):
                out.append(Problem(f"{prefix}.teams[{i}]", team, "a DNS-1123 team name other than 'platform' and 'security'"))
        if len(set(self.teams)) != len(self.teams):
            out.append(Problem(f"{prefix}.teams", list(self.teams), "distinct team names"))
        return out

    def _receivers(self) -> list[str]:
        return ["platform", "security", *self.teams]

    def properties(self) -> list[str]:
        """The properties the Secrets Manager secret must hold, one credential file each."""
        return ["deadmans-switch-url", *(f"{r}-{kind}" for r in self._receivers()
                                         for kind in ("pagerduty-routing-key", "slack-webhook-url"))]

    def _file(self, prop: str) -> str:
        return f"{SECRETS_DIR}/{self.secret_name}/{prop}"

    def config(self) -> dict:
        """Alertmanager's configuration (kube-prometheus-stack's `alertmanager.config`)."""
        receivers = [{"name": "null"},
                     {"name": "deadmans-switch", "webhook_configs": [
                         {"url_file": self._file("deadmans-switch-url"), "send_resolved": False}]}]
        for r in self._receivers():
            receivers += [
                {"name": f"{r}-paging", "pagerduty_configs": [
                    {"routing_key_file": self._file(f"{r}-pagerduty-routing-key"), "send_resolved": True}]},
                {"name": f"{r}-chat", "slack_configs": [
                    {"api_url_file": self._file(f"{r}-slack-webhook-url"), "send_resolved": True,
                     "title": '{{ .CommonLabels.severity }}: {{ .CommonLabels.alertname }}',
                     "text": '{{ range .Alerts }}{{ .Annotations.summary }} {{ .Annotations.description }}\n{{ end }}'}]}]

        def split(name: str, match: list[str]) -> dict:
            # Within a receiver group: critical pages, everything else is chat.
            return {"receiver": f"{name}-chat", "matchers": match, "continue": False,
                    "routes": [{"receiver": f"{name}-paging", "matchers": ['severity = "critical"']}]}

        return {
            "route": {
                "receiver": "platform-chat",  # anything no route below claims: never dropped
                "group_by": ["alertname", "namespace"],
                "group_wait": "30s", "group_interval": "5m", "repeat_interval": "4h",
                "routes": [
                    # The heartbeat: sent every minute, so the switch notices within minutes when it stops.
                    {"receiver": "deadmans-switch", "matchers": ['alertname = "Watchdog"'],
                     "group_wait": "0s", "group_interval": "1m", "repeat_interval": "1m"},
                    {"receiver": "null", "matchers": ['alertname = "InfoInhibitor"']},
                    split("security", ['source = "falco"']),
                    *(split(team, [f'namespace = "{team}"']) for team in self.teams),
                    split("platform", []),
                ],
            },
            # A critical alert mutes the warning of the same name and place.
            "inhibit_rules": [{"source_matchers": ['severity = "critical"'], "target_matchers": ['severity = "warning"'],
                               "equal": ["alertname", "namespace"]}],
            "receivers": receivers,
        }


class AlertReceivers(Construct):
    """The ExternalSecret that syncs the receivers' credentials into `routing.secret_name`.

    Children: `Resource` (the ExternalSecret)."""

    def __init__(self, scope: Construct, id: str, *, routing: AlertRouting):
        with unique_id(scope, id, "AlertReceivers"):
            super().__init__(scope, id)
        p = Problems("AlertReceivers", self)
        p.extend("", routing.problems("routing"))
        p.raise_if_any()
        self.resource = eso.ExternalSecret(self, "Resource", metadata=cdk8s.ApiObjectMetadata(
            name=routing.secret_name, namespace=routing.namespace,
            labels={"app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/component": "alert-receivers"}),
            spec=eso.ExternalSecretSpec(
                refresh_interval="1h",
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                    kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=routing.store),
                target=eso.ExternalSecretSpecTarget(name=routing.secret_name,
                                                    creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER),
                data=[eso.ExternalSecretSpecData(secret_key=prop, remote_ref=eso.ExternalSecretSpecDataRemoteRef(
                    key=routing.remote_key, property=prop)) for prop in routing.properties()]))


__all__ = ["AlertReceivers", "AlertRouting"]
