"""Policy checks on the synthesized templates: cdk-nag, cfn-lint, checkov, offline synth."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cdk_support import STACK_NAMES, stack_region
from platform_infra import ENVIRONMENTS

CDK_DIR = Path(__file__).resolve().parents[2] / "cdk"
ENV_NAMES = tuple(ENVIRONMENTS)

CHECKOV = CDK_DIR.parent / ".venv-checkov" / "bin" / "checkov"

#: Every checkov skip in the templates, with the reason written next to the resource.
EXPECTED_CHECKOV_SKIPS = {"CKV_AWS_18", "CKV_AWS_111"}

#: cfn-lint warnings that are deliberate: W3010 (zones are explicit so synth needs no
#: lookup), W3005 (aws_eks_v2 adds explicit DependsOn next to Refs).
ACCEPTED_CFN_LINT_WARNINGS = {"W3010", "W3005"}


def test_cdk_nag_and_cloudformation_validation_report_no_findings(synth) -> None:
    _, outdir = synth
    report = json.loads((outdir / "validation-report.json").read_text())
    violations = {p["pluginName"]: p["violations"] for p in report["pluginReports"]}
    assert all(v == [] for v in violations.values()), violations
    assert all(p["conclusion"] == "success" for p in report["pluginReports"])


def acknowledgments(app) -> dict[str, str]:
    """Every acknowledged finding in the app, as 'path: rule' -> reason."""
    import aws_cdk as cdk

    found = {}
    for construct in app.node.find_all():
        for entry in construct.node.metadata:
            if entry.type == cdk.Validations.ACKNOWLEDGED_RULES_METADATA_KEY:
                found.update({f"{construct.node.path}: {rule}": reason for rule, reason in entry.data.items()})
    return found


def test_every_cdk_nag_acknowledgment_has_a_written_reason(synth) -> None:
    app, _ = synth
    # aws-cdk-lib acknowledges one cloudformation-validate rule of its own (F3002 on flow logs).
    ours = {k: v for k, v in acknowledgments(app).items() if "AwsSolutions-" in k or "W3010" in k}
    per_stack = {name: sum(1 for k in ours if k.startswith(f"Platform{name.capitalize()}/")) for name in (*ENV_NAMES, "registry")}
    assert not [k for k in ours if "BackupReplica/" in k], "the backup copy stacks need no acknowledgment"
    from platform_infra import platform_values

    # 23 cdk-nag (5 for mirror prefixes, 1 for Kyverno's ECR token, 1 for Velero's bucket) + 1 W3010, 2 for the DNS
    # roles (cert-manager's Route 53 change ids, external-dns listing zones), one per secret a scope's reader role names
    # and one per database's backup prefix (the catalogue's), and where backups are copied to a second region, the
    # replication role's: source and destination objects of both buckets, and the replica key. The registry's stack
    # has one per CI role (push, release) for its ECR token.
    values = {n: platform_values(n) for n in ENV_NAMES}
    readers = {n: sum(len(r.names) for r in v.secret_readers.values()) for n, v in values.items()}
    replication = {n: 2 * 2 + 1 if v.backup_replica else 0 for n, v in values.items()}
    assert per_stack == {**{name: 26 + readers[name] + len(values[name].db_backups) + replication[name] for name in ENV_NAMES},
                         "registry": 2}
    for key, reason in ours.items():
        # House style: lower-case start, no trailing period (api names keep their case).
        assert len(reason) >= 40 and reason[0].islower() and not reason.endswith("."), key


def test_cdk_nag_is_wired_and_fails_on_a_finding(tmp_path: Path) -> None:
    import aws_cdk as cdk
    from aws_cdk import aws_sqs as sqs
    from platform_infra.application import build_app

    app = build_app(outdir=str(tmp_path), environments=[ENVIRONMENTS["dev"]])
    sqs.Queue(cdk.Stack(app, "Unsafe", env=cdk.Environment(account="111111111111", region="eu-west-1")), "Queue")
    with pytest.raises(RuntimeError, match="ValidationFailed"):
        app.synth()
    report = json.loads((tmp_path / "validation-report.json").read_text())
    rules = {v["ruleName"] for p in report["pluginReports"] if p["pluginName"] == "AwsSolutions" for v in p["violations"]}
    assert "AwsSolutions-SQS3" in rules
    paths = {c["constructPath"] for p in report["pluginReports"] for v in p["violations"] for c in v["violatingConstructs"]}
    assert all(path.startswith("Unsafe/") for path in paths), paths


def test_synth_needs_no_context_lookup(synth) -> None:
    _, outdir = synth
    manifest = json.loads((outdir / "manifest.json").read_text())
    assert not manifest.get("missing"), manifest.get("missing")


@pytest.mark.parametrize("env", STACK_NAMES)
def test_cfn_lint_reports_no_error(env: str, template_files: dict) -> None:
    from cfnlint.api import lint
    matches = lint(template_files[env].read_text(), regions=[stack_region(env)])
    errors = [f"{m.rule.id} {m.message}" for m in matches if m.rule.id.startswith("E")]
    assert errors == []
    unexpected = {m.rule.id for m in matches} - ACCEPTED_CFN_LINT_WARNINGS
    assert unexpected == set(), [f"{m.rule.id} {m.message}" for m in matches if m.rule.id in unexpected]


@pytest.mark.skipif(not CHECKOV.exists(), reason="checkov venv not installed at .venv-checkov")
@pytest.mark.parametrize("env", STACK_NAMES)
def test_checkov_passes_with_justified_skips(env: str, template_files: dict) -> None:
    result = subprocess.run(
        [str(CHECKOV), "-f", str(template_files[env]), "--framework", "cloudformation", "--skip-download", "--compact", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    summary = report["summary"]
    assert summary["failed"] == 0, [c["check_id"] + " " + c["resource"] for c in report["results"]["failed_checks"]]
    # The registry's stack (a key, the repositories, CI's roles) and the backup copy stacks (buckets and a key) are
    # small and need no skip but the copies' access logging (CKV_AWS_18).
    replica, registry = env.endswith("-replica"), env == "registry"
    assert summary["passed"] > (summary["resource_count"] if replica else 30 if registry else 100)
    skipped = report["results"]["skipped_checks"]
    assert {c["check_id"] for c in skipped} == ({"CKV_AWS_18"} if replica else set() if registry else EXPECTED_CHECKOV_SKIPS)
    assert all(len(c["check_result"].get("suppress_comment", "")) >= 40 for c in skipped)
