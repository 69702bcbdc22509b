"""Cross-layer contracts of the backups: the databases, backup jobs and Velero Schedules in dist/ read together with
the IAM roles, Pod Identity associations and buckets the CDK app synthesizes (issue 17 item 7, issue 18 item 9)."""

from __future__ import annotations

import fnmatch
import json

import pytest
from platform_infra import ENVIRONMENTS
from test_contracts import _role_policies, dist_objects, of_type

ENV_NAMES = tuple(ENVIRONMENTS)

#: Actions that remove an object or one of its versions (a delete marker hides it; a version delete erases it).
DELETE_ACTIONS = ("s3:DeleteObject", "s3:DeleteObjectVersion")
#: Actions that read or write an object's content.
OBJECT_ACTIONS = ("s3:GetObject", "s3:PutObject", *DELETE_ACTIONS)


def _list(value) -> list:
    return value if isinstance(value, list) else [value]


def resolve(template: dict, value) -> str:
    """A policy resource as a plain ARN: bucket ARNs (Fn::GetAtt), joins and the partition resolved."""
    if isinstance(value, str):
        return value
    if "Ref" in value:
        assert value["Ref"] == "AWS::Partition", value
        return "aws"
    if "Fn::Join" in value:
        sep, parts = value["Fn::Join"]
        return sep.join(resolve(template, p) for p in parts)
    if "Fn::GetAtt" in value:
        resource, attribute = value["Fn::GetAtt"]
        r = template["Resources"][resource]
        assert attribute == "Arn", value
        if r["Type"] == "AWS::S3::Bucket":
            return f"arn:aws:s3:::{r['Properties']['BucketName']}"
        return f"<{resource}.Arn>"  # roles and keys: compared by logical id
    raise AssertionError(f"cannot resolve {value}")


def grants(template: dict, statements: list[dict], actions: tuple[str, ...], arn: str) -> bool:
    """Whether any Allow statement grants one of `actions` (wildcards count) on the object `arn`."""
    return any(s["Effect"] == "Allow" and any(fnmatch.fnmatchcase(a, pattern) for a in actions for pattern in _list(s["Action"]))
               and any(fnmatch.fnmatchcase(arn, resolve(template, r)) for r in _list(s["Resource"]))
               for s in statements)


def all_policies(template: dict) -> dict[str, list[dict]]:
    """Role name -> statements, inline policies and customer managed policies alike."""
    out = _role_policies(template)
    names = {lid: r["Properties"].get("RoleName") for lid, r in of_type(template, "AWS::IAM::Role").items()}
    for policy in of_type(template, "AWS::IAM::ManagedPolicy").values():
        for ref in policy["Properties"].get("Roles", ()):
            out[names[ref["Ref"]]] += policy["Properties"]["PolicyDocument"]["Statement"]
    return out


def associations(template: dict) -> dict[tuple[str, str], list[str]]:
    """(namespace, service account) -> the role names EKS Pod Identity gives its pods."""
    names = {lid: r["Properties"].get("RoleName") for lid, r in of_type(template, "AWS::IAM::Role").items()}
    out: dict[tuple[str, str], list[str]] = {}
    for a in of_type(template, "AWS::EKS::PodIdentityAssociation").values():
        p = a["Properties"]
        out.setdefault((p["Namespace"], p["ServiceAccount"]), []).append(names[p["RoleArn"]["Fn::GetAtt"][0]])
    return out


def _env(container: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container.get("env") or () if "value" in e}


def databases(env: str, objects=dist_objects) -> dict[str, dict]:
    """Each rendered PostgresCluster: its namespace, bucket, prefix, service accounts (pods and backup jobs), its
    scripts, and the retention settings its backup agent runs with. `objects(env, kind)`: dist/'s by default."""
    out: dict[str, dict] = {}
    for _, sts in objects(env, "StatefulSet"):
        pod = sts["spec"]["template"]["spec"]
        agent = next((c for c in pod["containers"] if c["name"] == "backup-agent"), None)
        if agent is None:
            continue
        settings = _env(agent)
        bucket, _, prefix = settings["BACKUP_DESTINATION"].removeprefix("s3://").partition("/")
        out[settings["BACKUP_SERVER_NAME"]] = {"namespace": sts["metadata"]["namespace"], "bucket": bucket, "prefix": prefix,
                                               "service_accounts": {pod["serviceAccountName"]}, "settings": settings,
                                               "retention_days": [settings["RETENTION_DAYS"]]}
    for _, job in objects(env, "CronJob"):
        pod = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        for c in pod["containers"]:
            if (name := (settings := _env(c)).get("BACKUP_SERVER_NAME")) in out:
                out[name]["service_accounts"].add(pod["serviceAccountName"])
                out[name]["retention_days"] += [settings["RETENTION_DAYS"]] if "RETENTION_DAYS" in settings else []
    for _, cm in objects(env, "ConfigMap"):
        name = cm["metadata"]["name"].removesuffix("-scripts")
        if name in out and cm["metadata"]["name"].endswith("-scripts"):
            out[name]["scripts"] = cm["data"]
    assert out, f"{env}: no database in dist/"
    return out


def _bucket(template: dict, name: str) -> dict:
    found = [r for r in of_type(template, "AWS::S3::Bucket").values() if r["Properties"].get("BucketName") == name]
    assert len(found) == 1, f"no bucket {name} in the template"
    return found[0]["Properties"]


@pytest.mark.parametrize("env", ENV_NAMES)
def test_each_database_archive_is_reachable_by_exactly_its_own_role(env: str, templates: dict) -> None:
    """Issue 17, item 7: for each database, exactly one role reads or writes its prefix, and that role is the one its
    pods and backup jobs get; it reaches no other database's prefix (nor the rest of the bucket)."""
    t = templates[env]
    policies, bound = all_policies(t), associations(t)
    dbs = databases(env)
    for name, db in dbs.items():
        probe = f"arn:aws:s3:::{db['bucket']}/{db['prefix']}/{name}/wals/probe"
        reaching = {role for role, statements in policies.items() if grants(t, statements, OBJECT_ACTIONS, probe)}
        (sa,) = db["service_accounts"]  # the pods and every backup job of the database share one ServiceAccount
        assert bound.get((db["namespace"], sa), []) == sorted(reaching) and len(reaching) == 1, (
            f"{env}: {name}'s archive is reachable by {sorted(reaching)}, its service account {db['namespace']}/{sa} "
            f"is bound to {bound.get((db['namespace'], sa))}")
        role = reaching.pop()
        for other in ("the-rest-of-the-bucket", *(f"{o['prefix']}/{n}" for n, o in dbs.items() if n != name)):
            assert not grants(t, policies[role], OBJECT_ACTIONS, f"arn:aws:s3:::{db['bucket']}/{other}/x"), (
                f"{env}: {role} (of {name}) reaches {other}")


@pytest.mark.parametrize("env", ENV_NAMES)
def test_each_backup_service_account_has_its_own_pod_identity_role(env: str, templates: dict) -> None:
    """Issue 17, item 7: every ServiceAccount a database or its backup jobs run as is rendered, belongs to that database
    alone, and has exactly one Pod Identity association, to a role no other service account has."""
    own_service_accounts_and_roles(env, templates[env], dist_objects)


def own_service_accounts_and_roles(env: str, template: dict, objects) -> None:
    bound = associations(template)
    rendered = {(sa["metadata"]["namespace"], sa["metadata"]["name"]) for _, sa in objects(env, "ServiceAccount")}
    owners: dict[tuple[str, str], list[str]] = {}
    for name, db in databases(env, objects).items():
        for sa in db["service_accounts"]:
            owners.setdefault((db["namespace"], sa), []).append(name)
    for key, names in owners.items():
        assert key in rendered, f"{env}: {key} is not rendered"
        assert len(names) == 1, f"{env}: databases {names} share the service account {key}"
        assert len(bound.get(key, [])) == 1, f"{env}: {key} has associations {bound.get(key)}"
    roles = [bound[key][0] for key in owners]
    assert len(set(roles)) == len(roles), f"{env}: databases share a role: {roles}"


@pytest.mark.parametrize("env", ENV_NAMES)
def test_no_role_can_delete_archive_objects_and_the_lifecycle_expires_them(env: str, templates: dict) -> None:
    """Issue 17, item 7: nothing the cluster runs may delete a database's backups; the bucket's lifecycle rule expires
    them once the rendered retention (plus the base backup interval a restore at the window's start needs) is over, and
    Object Lock, where the environment has it, keeps every version at least the retention. The rendered scripts call
    no delete, so they work with these roles."""
    t = templates[env]
    config, policies = ENVIRONMENTS[env], all_policies(t)
    for name, db in databases(env).items():
        probe = f"arn:aws:s3:::{db['bucket']}/{db['prefix']}/{name}/base/probe/data.tar.gz"
        deleting = sorted(role for role, statements in policies.items() if grants(t, statements, DELETE_ACTIONS, probe))
        assert not deleting, f"{env}: {deleting} may delete {name}'s backups"
        for script, text in sorted(db["scripts"].items()):
            for call in ("delete_object", "barman-cloud-backup-delete", "s3:Delete", "DeleteObject"):
                assert call not in text, f"{env}: the rendered {script} of {name} deletes ({call!r}): the role forbids it"

        bucket = _bucket(t, db["bucket"])
        retention = max(int(days) for days in db["retention_days"]) * 86400
        interval = int(db["settings"]["BASE_BACKUP_INTERVAL_SECONDS"])
        expiring = [r for r in bucket["LifecycleConfiguration"]["Rules"] if r["Status"] == "Enabled" and "ExpirationInDays" in r
                    and f"{db['prefix']}/".startswith(r.get("Prefix", "") or r.get("Filter", {}).get("Prefix", ""))]
        assert len(expiring) == 1, f"{env}: no single lifecycle rule expires {name}'s archive: {expiring}"
        days = expiring[0]["ExpirationInDays"] * 86400
        assert retention + interval <= days <= retention + interval + 2 * 86400, (
            f"{env}: {name}'s archive expires after {days // 86400} days; the window needs {(retention + interval) / 86400}")
        if config.backup_object_lock:
            lock = bucket["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]
            assert lock == {"Mode": config.backup_object_lock.value, "Days": retention // 86400}, lock


@pytest.mark.parametrize("env", ENV_NAMES)
def test_velero_schedules_move_snapshot_data_to_a_bucket_velero_can_write(env: str, templates: dict) -> None:
    """Issue 18, item 9: a CSI snapshot lives next to its volume; every Schedule that snapshots volumes moves the data
    to the backup storage location (the data mover, run by the node agent), and Velero's role may write there."""
    t = templates[env]
    velero = next(a for _, a in dist_objects(env, "Application") if a["metadata"]["name"] == "velero")
    values = velero["spec"]["source"]["helm"]["valuesObject"]
    locations = {loc["name"]: loc["bucket"] for loc in values["configuration"]["backupStorageLocation"]}
    snapshotting = [s for _, s in dist_objects(env, "Schedule") if s["spec"]["template"].get("snapshotVolumes")]
    assert snapshotting, f"{env}: no Schedule snapshots volumes"
    for schedule in snapshotting:
        spec = schedule["spec"]["template"]
        assert spec.get("snapshotMoveData") is True, f"{env}: {schedule['metadata']['name']} keeps its data in the snapshot only"
        assert spec["storageLocation"] in locations, f"{env}: {schedule['metadata']['name']} names no storage location"
    assert values["deployNodeAgent"] is True, f"{env}: the data mover runs in the node agent, which is not deployed"
    assert values["nodeAgent"]["disableHostPath"] is True, f"{env}: the data mover needs no host path; fs-backup is off"
    sa = values["serviceAccount"]["server"]["name"]
    (role,) = associations(t)[(velero["spec"]["destination"]["namespace"], sa)]
    statements = all_policies(t)[role]
    for bucket in {locations[s["spec"]["template"]["storageLocation"]] for s in snapshotting}:
        # The data mover's Kopia repository lives under 'kopia/<namespace>/' of the location's bucket.
        assert grants(t, statements, ("s3:PutObject",), f"arn:aws:s3:::{bucket}/kopia/databases/probe"), (
            f"{env}: {role} cannot write the moved snapshot data to {bucket}")


def _environment(synth, stack: str) -> tuple[str, str]:
    """(account, region) a synthesized stack deploys to, from the cloud assembly's manifest."""
    _, outdir = synth
    artifact = json.loads((outdir / "manifest.json").read_text())["artifacts"][stack]
    account, region = artifact["environment"].removeprefix("aws://").split("/")
    return account, region


def test_prod_backups_are_copied_to_a_second_region_under_a_key_there(templates: dict, synth) -> None:
    """Issue 18, item 9: the prod database's backups (its archive and Velero's) survive a region loss: both buckets
    replicate every object to buckets of another region, encrypted with a KMS key of that region, through a role
    that may read the source and write the copy; the copy expires and locks like the source (lifecycle actions are
    not replicated)."""
    from platform_infra import platform_values

    config, t, values = ENVIRONMENTS["prod"], templates["prod"], platform_values("prod")
    replicated = {}
    for name in (values.velero_bucket, values.db_backup_bucket):
        bucket = _bucket(t, name)
        assert "ReplicationConfiguration" in bucket, f"prod: {name} is not copied anywhere: a region loss takes the backups"
        (rule,) = bucket["ReplicationConfiguration"]["Rules"]
        assert rule["Status"] == "Enabled" and rule["Filter"] == {"Prefix": ""}, rule
        # Source objects are SSE-KMS: S3 skips them unless the rule selects KMS-encrypted objects.
        assert rule["SourceSelectionCriteria"] == {"SseKmsEncryptedObjects": {"Status": "Enabled"}}
        replicated[name] = (rule, bucket["ReplicationConfiguration"]["Role"])

    from platform_infra.application import replica_stack_id, stack_id

    _, source_region = _environment(synth, stack_id(config))
    account, region = _environment(synth, replica_stack_id(config))
    assert region != source_region and account == config.account
    copy = json.loads((synth[1] / f"{replica_stack_id(config)}.template.json").read_text())
    aliases = {a["Properties"]["AliasName"]: a["Properties"]["TargetKeyId"]["Fn::GetAtt"][0]
               for a in of_type(copy, "AWS::KMS::Alias").values()}
    roles = {lid: r["Properties"].get("RoleName") for lid, r in of_type(t, "AWS::IAM::Role").items()}
    for name, (rule, role_ref) in replicated.items():
        destination = rule["Destination"]["Bucket"].removeprefix("arn:aws:s3:::")
        target = _bucket(copy, destination)
        key_arn = rule["Destination"]["EncryptionConfiguration"]["ReplicaKmsKeyID"]
        assert key_arn.startswith(f"arn:aws:kms:{region}:{account}:alias/"), key_arn
        key = aliases["alias/" + key_arn.split(":alias/", 1)[1]]
        assert copy["Resources"][key]["Properties"]["EnableKeyRotation"] is True
        sse = target["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
        assert sse == {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": {"Fn::GetAtt": [key, "Arn"]}}
        assert target["VersioningConfiguration"] == {"Status": "Enabled"}
        source = _bucket(t, name)
        assert target.get("ObjectLockConfiguration") == source.get("ObjectLockConfiguration")
        expiring = [r["ExpirationInDays"] for r in source["LifecycleConfiguration"]["Rules"] if "ExpirationInDays" in r]
        assert expiring == [r["ExpirationInDays"] for r in target["LifecycleConfiguration"]["Rules"] if "ExpirationInDays" in r]

        statements = all_policies(t)[roles[role_ref["Fn::GetAtt"][0]]]
        assert grants(t, statements, ("s3:GetObjectVersionForReplication",), f"arn:aws:s3:::{name}/x")
        assert grants(t, statements, ("s3:ReplicateObject",), f"arn:aws:s3:::{destination}/x")
        assert grants(t, statements, ("kms:Encrypt",), f"arn:aws:kms:{region}:{account}:key/x")
        assert not grants(t, statements, OBJECT_ACTIONS, f"arn:aws:s3:::{name}/x"), "the replication role reads versions only"


def test_a_second_database_gets_its_own_service_account_and_role(tmp_path) -> None:
    """Issue 17, item 7, with two databases (dist/ has one): the catalogue plus a second service with a database, both
    released, rendered by main.py and synthesized by the CDK app. Each database runs as its own ServiceAccount, bound to
    its own role, which reaches its own prefix and not the other's (a shared ServiceAccount or role fails here)."""
    import shutil

    import yaml as yaml_
    from cdk_support import synth_app
    from platform_infra import platform_values

    import main
    from platform_constructs import environment
    from platform_constructs.catalogue import load_catalogue

    text = (main.ROOT / "catalogue.yaml").read_text()
    (tmp_path / "catalogue.yaml").write_text(text.rstrip("\n") + "\n  orders-api:\n    team: shop\n"
                                             "    repository: example-org/orders-api\n    port: 3000\n    database: true\n")
    catalogue = load_catalogue(tmp_path / "catalogue.yaml")
    shutil.copytree(main.ROOT / "releases", tmp_path / "releases")
    env = "prod"
    pins = tmp_path / "releases" / f"{env}.yaml"
    doc = yaml_.safe_load(pins.read_text())
    doc["apps"]["orders-api"] = {"image": f"{platform_values(env, catalogue).repositories['orders-api']}:1.0.0@sha256:{'1' * 64}"}
    pins.write_text(yaml_.safe_dump(doc))
    (tmp_path / "releases" / main.REPOSITORIES_FILE).write_text(main.repositories_file(catalogue))
    files = main.synth(envs=[environment(env)], catalogue=catalogue, releases=tmp_path / "releases")

    def objects(env: str, kind: str) -> list[tuple[str, dict]]:
        return [(path, d) for path, text in sorted(files.items()) if f"/{env}/" in path
                for d in yaml_.safe_load_all(text) if d and d.get("kind") == kind]

    _, templates = synth_app(tmp_path / "cdk.out", catalogue)
    dbs = databases(env, objects)
    assert sorted(dbs) == ["demo-api-db", "orders-api-db"]
    own_service_accounts_and_roles(env, templates[env], objects)
    t = templates[env]
    policies, bound = all_policies(t), associations(t)
    for name, db in dbs.items():
        (role,) = bound[(db["namespace"], *db["service_accounts"])]
        for other, o in dbs.items():
            probe = f"arn:aws:s3:::{o['bucket']}/{o['prefix']}/{other}/wals/probe"
            assert grants(t, policies[role], OBJECT_ACTIONS, probe) is (other == name), (role, other)
