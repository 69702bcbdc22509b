"""AcmeIssuer: the ClusterIssuer every Ingress certificate comes from (issue 17, item 4)."""
import pytest
from support import manifests, one

from platform_constructs import AcmeIssuer, AcmeIssuerProps, DnsZone, PropsError
from platform_constructs.tls import LETS_ENCRYPT_STAGING, in_zone

ZONE = DnsZone(name="dev.example.com", zone_id="Z01111111111DEVZONE")


def test_default_snapshot(chart, snapshot):
    AcmeIssuer(chart, "issuer", props=AcmeIssuerProps(zone=ZONE, region="eu-west-1"))
    assert manifests(chart) == snapshot


def test_dns01_through_the_zone_only_with_ambient_credentials(chart):
    """One DNS-01 solver, for names in the zone, writing into it by id; no key or role in the object: cert-manager's
    own Pod Identity role is the credential (ambient credentials are allowed for ClusterIssuers only)."""
    AcmeIssuer(chart, "issuer", props=AcmeIssuerProps(zone=ZONE, region="eu-west-1", email="ops@example.com",
                                                      server=LETS_ENCRYPT_STAGING))
    issuer = one(manifests(chart), "ClusterIssuer")
    acme = issuer["spec"]["acme"]
    assert (issuer["metadata"]["name"], acme["server"], acme["email"]) == ("letsencrypt", LETS_ENCRYPT_STAGING, "ops@example.com")
    assert acme["privateKeySecretRef"] == {"name": "letsencrypt-account-key"}
    assert acme["solvers"] == [{"selector": {"dnsZones": ["dev.example.com"]},
                                "dns01": {"route53": {"hostedZoneID": "Z01111111111DEVZONE", "region": "eu-west-1"}}}]


def test_every_problem_is_reported_at_once(chart):
    with pytest.raises(PropsError) as err:
        AcmeIssuer(chart, "issuer", props=AcmeIssuerProps(
            zone=DnsZone(name="example", zone_id="z1"), region="eu", email="nobody", name="LE", server="http://acme"))
    assert str(err.value).splitlines() == [
        "invalid AcmeIssuer at 'test/issuer':",
        "  - zone.name: 'example' is not allowed: a DNS name made of DNS-1123 labels, such as 'dev.example.com'",
        "  - zone.zone_id: 'z1' is not allowed: a Route 53 hosted zone id such as 'Z0123456789ABCDEFGHIJ'",
        "  - region: 'eu' is not allowed: an AWS region such as 'eu-west-1'",
        "  - email: 'nobody' is not allowed: an email address or none",
        "  - name: 'LE' is not allowed: a DNS-1123 label: lower-case letters, digits and '-', starting and ending "
        "alphanumeric, at most 63 characters",
        "  - server: 'http://acme' is not allowed: an https:// ACME directory URL"]


@pytest.mark.parametrize(("host", "zone", "inside"), [
    ("api.dev.example.com", "dev.example.com", True), ("dev.example.com", "dev.example.com", True),
    ("api.example.com", "dev.example.com", False), ("api.notdev.example.com", "dev.example.com", False),
    ("xdev.example.com", "dev.example.com", False)])
def test_in_zone_means_the_zone_or_below_it(host, zone, inside):
    assert in_zone(host, zone) is inside
