"""TLS for the platform's public names: the ACME ClusterIssuer cert-manager issues every Ingress certificate from;
and for its databases: the private CA (`DatabaseCa`) their server and client certificates come from.

`AcmeIssuer` renders one cluster-scoped `ClusterIssuer` that answers ACME DNS-01 challenges through Route 53 in the
environment's public zone (`DnsZone`), with cert-manager's own Pod Identity role (its ambient credentials: no key in
the cluster). SecureApp's Ingress names a Secret and renders the `Certificate` that writes it from this issuer
(`IngressOptions.cluster_issuer`). DNS-01 needs nothing reachable from the internet, so certificates are issued
before the first record points at the load balancer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ._errors import Problem, Problems, unique_id
from ._k8s import DNS1123_RULE, is_dns1123_label
from .imports.cert_manager_certificates.io import cert_manager as certificates_api
from .imports.cert_manager_clusterissuers.io import cert_manager as issuers_api

LETS_ENCRYPT = "https://acme-v02.api.letsencrypt.org/directory"
"""Let's Encrypt's production directory: certificates browsers trust."""
LETS_ENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"
"""Let's Encrypt's staging directory: higher rate limits, certificates nobody trusts (for trying an issuer out)."""
DEFAULT_ISSUER = "letsencrypt"
"""The ClusterIssuer SecureApp's Ingress certificates come from unless IngressOptions says otherwise."""
DATABASE_CA = "database-ca"
"""The ClusterIssuer (a DatabaseCa) PostgresCluster's server certificates and its clients' certificates come from."""
CERT_MANAGER_NAMESPACE = "cert-manager"
"""The ClusterIssuer SecureApp's Ingress certificates come from unless IngressOptions says otherwise."""

_ZONE_ID = re.compile(r"^Z[A-Z0-9]{1,31}\Z", re.ASCII)
_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d\Z", re.ASCII)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z")


def in_zone(host: str, zone: str) -> bool:
    """Whether DNS name `host` is `zone` or lies below it."""
    return host == zone or host.endswith(f".{zone}")


def _is_dns_name(name: object) -> bool:
    return isinstance(name, str) and len(name.split(".")) >= 2 and all(is_dns1123_label(x) for x in name.split("."))


@dataclass(frozen=True, kw_only=True, slots=True)
class DnsZone:
    """The environment's public Route 53 hosted zone, from the AWS CDK app's config (`platform_values(env).dns_zone`):
    every Ingress host lies in it, external-dns writes its records and cert-manager its DNS-01 challenges there."""

    name: str
    """The zone's domain, such as 'dev.example.com' (no trailing dot)."""
    zone_id: str
    """Its Route 53 hosted zone id, such as 'Z0123456789ABCDEFGHIJ'."""

    def problems(self, prefix: str) -> list[Problem]:
        out = []
        if not _is_dns_name(self.name):
            out.append(Problem(f"{prefix}.name", self.name, "a DNS name made of DNS-1123 labels, such as 'dev.example.com'"))
        if not (isinstance(self.zone_id, str) and _ZONE_ID.match(self.zone_id)):
            out.append(Problem(f"{prefix}.zone_id", self.zone_id, "a Route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'"))
        return out


@dataclass(frozen=True, kw_only=True, slots=True)
class AcmeIssuerProps:
    """An ACME ClusterIssuer answering DNS-01 challenges in one Route 53 zone."""

    zone: DnsZone
    """The zone the challenges are written to; the issuer's solver serves names in it only."""
    region: str
    """AWS region of the cluster (cert-manager's Route 53 client; Route 53 itself is global)."""
    email: str | None = None
    """Contact the ACME server warns about expiring certificates and account problems. Default: none."""
    name: str = DEFAULT_ISSUER
    """Default: 'letsencrypt', the issuer IngressOptions name by default."""
    server: str = LETS_ENCRYPT
    """ACME directory URL. Default: Let's Encrypt production (LETS_ENCRYPT_STAGING to try an issuer out)."""


class AcmeIssuer(Construct):
    """The cert-manager `ClusterIssuer` (child id `Resource`): ACME account key in Secret '<name>-account-key' of
    cert-manager's namespace, one DNS-01 solver through Route 53 for the zone, with cert-manager's Pod Identity role
    (ambient credentials, which cert-manager grants ClusterIssuers only). Put it in the platform chart: it syncs at
    wave 0, after cert-manager installed its CRDs."""

    def __init__(self, scope: Construct, id: str, *, props: AcmeIssuerProps):
        with unique_id(scope, id, "AcmeIssuer"):
            super().__init__(scope, id)
        p = Problems("AcmeIssuer", self)
        p.extend("", props.zone.problems("zone"))
        p.check(bool(_REGION.match(props.region or "")), "region", props.region, "an AWS region such as 'eu-west-1'")
        p.check(props.email is None or bool(_EMAIL.match(props.email)), "email", props.email, "an email address or none")
        p.check(is_dns1123_label(props.name), "name", props.name, DNS1123_RULE)
        p.check(isinstance(props.server, str) and props.server.startswith("https://"), "server", props.server,
                "an https:// ACME directory URL")
        p.raise_if_any()
        self.name = props.name
        self.zone = props.zone
        self.resource = issuers_api.ClusterIssuer(self, "Resource", metadata=ApiObjectMetadata(name=props.name),
                                                  spec=issuers_api.ClusterIssuerSpec(acme=issuers_api.ClusterIssuerSpecAcme(
            server=props.server, email=props.email,
            private_key_secret_ref=issuers_api.ClusterIssuerSpecAcmePrivateKeySecretRef(name=f"{props.name}-account-key"),
            solvers=[issuers_api.ClusterIssuerSpecAcmeSolvers(
                selector=issuers_api.ClusterIssuerSpecAcmeSolversSelector(dns_zones=[props.zone.name]),
                dns01=issuers_api.ClusterIssuerSpecAcmeSolversDns01(route53=issuers_api.ClusterIssuerSpecAcmeSolversDns01Route53(
                    hosted_zone_id=props.zone.zone_id, region=props.region)))])))


@dataclass(frozen=True, kw_only=True, slots=True)
class DatabaseCaProps:
    """The private certificate authority of the platform's databases."""

    name: str = DATABASE_CA
    """Default: 'database-ca': the ClusterIssuer's name, and the CA certificate's Secret."""
    namespace: str = CERT_MANAGER_NAMESPACE
    """cert-manager's cluster resource namespace, where a ClusterIssuer's CA Secret must live. Default: 'cert-manager'."""


class DatabaseCa(Construct):
    """A private CA for in-cluster TLS to PostgreSQL: a self-signed root (`Root`, ClusterIssuer '<name>-root') signs
    the CA certificate (`Certificate`, Secret '<name>' in cert-manager's namespace), and the ClusterIssuer '<name>'
    (`Resource`) issues from it: each PostgresCluster's server certificate, and each client app's certificate, whose
    Secret also carries the CA certificate the app verifies the server with (sslmode verify-full). Public CAs cannot
    sign in-cluster names (`<cluster>-rw.<namespace>.svc`); this one signs nothing else.

    The CA key is kept on renewal (rotationPolicy Never), so certificates issued before a renewal still verify; the
    key never leaves cert-manager's namespace. Put it in the platform chart, beside the AcmeIssuer."""

    def __init__(self, scope: Construct, id: str, *, props: DatabaseCaProps | None = None):
        with unique_id(scope, id, "DatabaseCa"):
            super().__init__(scope, id)
        props = props or DatabaseCaProps()
        p = Problems("DatabaseCa", self)
        p.check(is_dns1123_label(props.name) and len(props.name) <= 58, "name", props.name, DNS1123_RULE.replace("63", "58"))
        p.check(is_dns1123_label(props.namespace), "namespace", props.namespace, DNS1123_RULE)
        p.raise_if_any()
        self.name = props.name
        root = f"{props.name}-root"
        issuers_api.ClusterIssuer(self, "Root", metadata=ApiObjectMetadata(name=root),
                                  spec=issuers_api.ClusterIssuerSpec(self_signed=issuers_api.ClusterIssuerSpecSelfSigned()))
        certificates_api.Certificate(self, "Certificate", metadata=ApiObjectMetadata(
            name=props.name, namespace=props.namespace), spec=certificates_api.CertificateSpec(
            secret_name=props.name, common_name=f"{props.name} (platform databases)", is_ca=True,
            duration="87600h", renew_before="720h",  # ten years, renewed a month ahead with the same key
            private_key=certificates_api.CertificateSpecPrivateKey(
                algorithm=certificates_api.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256,
                rotation_policy=certificates_api.CertificateSpecPrivateKeyRotationPolicy.NEVER),
            usages=[certificates_api.CertificateSpecUsages.CERT_SIGN, certificates_api.CertificateSpecUsages.CRL_SIGN],
            issuer_ref=certificates_api.CertificateSpecIssuerRef(kind="ClusterIssuer", name=root, group="cert-manager.io")))
        self.resource = issuers_api.ClusterIssuer(self, "Resource", metadata=ApiObjectMetadata(name=props.name),
                                                  spec=issuers_api.ClusterIssuerSpec(
            ca=issuers_api.ClusterIssuerSpecCa(secret_name=props.name)))


def database_certificate(scope: Construct, id: str, *, name: str, namespace: str, labels: dict[str, str], secret: str,
                         issuer: str, common_name: str, dns_names: list[str] | None = None, client: bool) -> None:
    """A certificate from a DatabaseCa: the server's (its DNS names) or a client's (its role as common name)."""
    usage = certificates_api.CertificateSpecUsages
    certificates_api.Certificate(scope, id, metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels),
                                 spec=certificates_api.CertificateSpec(
        secret_name=secret, common_name=common_name, dns_names=dns_names, duration="2160h", renew_before="720h",
        private_key=certificates_api.CertificateSpecPrivateKey(
            algorithm=certificates_api.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256,
            rotation_policy=certificates_api.CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
        usages=[usage.DIGITAL_SIGNATURE, usage.CLIENT_AUTH if client else usage.SERVER_AUTH],
        issuer_ref=certificates_api.CertificateSpecIssuerRef(kind="ClusterIssuer", name=issuer, group="cert-manager.io")))


__all__ = ["DATABASE_CA", "DEFAULT_ISSUER", "LETS_ENCRYPT", "LETS_ENCRYPT_STAGING", "AcmeIssuer", "AcmeIssuerProps",
           "DatabaseCa", "DatabaseCaProps", "DnsZone", "in_zone"]
