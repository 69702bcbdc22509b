"""Failover drills: three members running the rendered Patroni configuration on real PostgreSQL 15, with the real
kube-apiserver as the lock and state store, under a steady write load. The tests of one environment run in order
and share one cluster, like a game day: lose the leader, bring it back, cut the leader off the API server, switch
over on purpose, then restore the backups taken across all of it. Each prints what it measured.

prod renders synchronous replication (RecoveryObjective.zero_loss_failover): a failover must lose no acknowledged
commit. dev renders asynchronous replication: the drill prints the commits a failover lost.
"""
import time

import pytest
import yaml
from patroni_drill import NAME, Load, PatroniCluster, commits_on, missing_failover_prerequisites
from pg_drill import free_port

from platform_constructs.postgres import LOOP_WAIT_SECONDS, RETRY_TIMEOUT_SECONDS, TTL_SECONDS

pytestmark = [pytest.mark.drill, pytest.mark.failover]
RTO_GOAL = 30.0
# Documented in docs/runbooks/failover.md: a planned switchover stops writes for at most this long.
SWITCHOVER_PAUSE = 10.0


def start(env: str) -> PatroniCluster:
    reason = missing_failover_prerequisites()
    if reason:
        print(f"failover drill skipped: {reason}")
        pytest.skip(reason)
    cluster = PatroniCluster(env)
    began = time.monotonic()
    for m in cluster.members:
        cluster.start(m)
    leader = cluster.wait_for("a leader", cluster.leader, 120)
    cluster.wait_for("two streaming replicas", lambda: len(streaming(cluster, leader)) == 2, 120)
    cluster.wait_for("both replicas labelled for -ro", lambda: len(cluster.service_members(f"{NAME}-ro")) == 2, 60)
    print(f"\n{env}: 3 members up, {leader.name} leads, in {time.monotonic() - began:.1f}s")
    return cluster


@pytest.fixture(scope="module")
def prod():
    cluster = start("prod")
    try:
        yield cluster
    finally:
        cluster.close()


def streaming(cluster: PatroniCluster, leader) -> list[str]:
    # Members only: a replica's clone (pg_basebackup) streams too while it runs.
    out = cluster.sql(leader, "SELECT application_name FROM pg_stat_replication WHERE state = 'streaming' "
                              f"AND application_name LIKE '{NAME}-%'", check=False)
    return sorted(out.split()) if out else []


def present(cluster: PatroniCluster, member, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    out = cluster.sql(member, f"SELECT string_agg(id::text, ' ') FROM drill_writes WHERE id BETWEEN {min(ids)} AND {max(ids)}",
                      db=cluster.database)
    return {int(i) for i in out.split()}


def one_writer_at_most(samples, what: str) -> None:
    both = [(t, ports) for t, ports in samples if len(ports) > 1]
    print(f"{what}: {len(samples)} samples, at most {max((len(p) for _, p in samples), default=0)} writable member(s) in any")
    assert samples and not both, f"{what}: two writable members at {both[:3]}"


def fail_over(cluster: PatroniCluster, first: int, what: str) -> tuple[object, object, float, list[int]]:
    """SIGKILL the leader under load; returns (old leader, new leader, RTO seconds, acknowledged ids)."""
    old = cluster.leader()
    load = Load(cluster, first)
    time.sleep(3)
    killed_at = time.time()
    cluster.kill(old)
    new = cluster.wait_for("a new leader", lambda: (m := cluster.leader()) is not None and m is not old and m, TTL_SECONDS * 3)
    # A commit after the kill is not enough: one the old leader made as it was being killed may return after it.
    cluster.wait_for("a commit on the new leader", lambda: commits_on(load.writes, new.pg_port), 60)
    time.sleep(2)
    acked, failed, samples = load.stop()
    rto = min(commits_on(load.writes, new.pg_port)) - killed_at
    print(f"{what}: killed {old.name}, {new.name} took over; RTO {rto:.1f}s (goal {RTO_GOAL:.0f}s, TTL {TTL_SECONDS}s, "
          f"loop_wait {LOOP_WAIT_SECONDS}s); {len(acked)} commits acknowledged, {len(failed)} attempts failed")
    one_writer_at_most(samples, what)
    return old, new, rto, [n for n, _ in acked]


def test_the_drill_runs_the_rendered_configuration(prod):
    """Only addresses and paths differ from the pod; TTLs, replication mode and rewind are the rendered text."""
    rendered = yaml.safe_load(prod.config["patroni.yaml"])
    member = prod.member_config(prod.members[0])
    assert member["bootstrap"]["dcs"] == rendered["bootstrap"]["dcs"]
    assert {k: v for k, v in member["kubernetes"].items()} == rendered["kubernetes"]
    dcs = rendered["bootstrap"]["dcs"]
    assert (dcs["ttl"], dcs["loop_wait"], dcs["retry_timeout"]) == (TTL_SECONDS, LOOP_WAIT_SECONDS, RETRY_TIMEOUT_SECONDS)
    assert dcs["synchronous_mode"] is True and dcs["failsafe_mode"] is False  # prod: zero-loss failover
    assert dcs["loop_wait"] + 2 * dcs["retry_timeout"] <= dcs["ttl"]
    changed = {k for k in rendered["postgresql"] if rendered["postgresql"][k] != member["postgresql"][k]}
    assert changed <= {"listen", "data_dir", "custom_conf", "pgpass", "parameters", "recovery_conf", "authentication"}, changed
    container = next(c for c in prod.statefulset["spec"]["template"]["spec"]["containers"] if c["name"] == "postgres")
    assert container["command"] == ["/scripts/pg-patroni.sh"]


def test_members_use_the_rendered_role_and_the_services_follow_the_leader(prod):
    leader = prod.leader()
    assert prod.service_members(f"{NAME}-rw") == [leader.name]
    assert prod.service_members(f"{NAME}-ro") == sorted(m.name for m in prod.members if m is not leader)
    logs = "".join((m.home / "patroni.log").read_text() for m in prod.members)
    assert "Forbidden" not in logs, "Patroni was refused by the rendered Role"  # the API server's 403 reason
    # The token is the rendered ServiceAccount's: the API server says what it may not do.
    sa = f"system:serviceaccount:databases:{prod.service_account}"
    review = lambda verb, resource, name="": prod.plane.request(  # noqa: E731
        "POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", {
            "apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview", "spec": {
                "user": sa, "groups": ["system:serviceaccounts", "system:serviceaccounts:databases", "system:authenticated"],
                "resourceAttributes": {"namespace": "databases", "verb": verb, "resource": resource, "name": name}}})["status"]["allowed"]
    assert review("patch", "pods", f"{NAME}-0") and review("patch", "configmaps", f"{NAME}-leader")
    assert not review("get", "secrets") and not review("patch", "pods", "someone-else") and not review("delete", "pods", f"{NAME}-0")
    # Streaming runs over TLS, each replica having verified the leader's certificate (sslmode verify-full).
    ssl = prod.sql(leader, "SELECT string_agg(s.ssl::text, ' ') FROM pg_stat_replication r JOIN pg_stat_ssl s USING (pid)")
    assert ssl == "true true", f"replication connections without TLS: {ssl}"
    print(f"\n-rw selects {leader.name}, -ro the two replicas; Patroni ran with the rendered Role, no request refused")


def test_killing_the_leader_fails_over_without_losing_a_commit(prod):
    assert streaming(prod, prod.leader())  # a base backup before the failovers, for the last drill
    agent = prod.run([str(prod.scripts / "pg-backup-agent.py"), "--once"], {
        **prod.member_env(prod.leader()), "BASE_BACKUP_INTERVAL_SECONDS": "0"}, check=False)
    assert agent.returncode == 0 and "base backup done" in agent.stdout, agent.stdout + agent.stderr
    old, new, rto, acked = fail_over(prod, 1, "prod kill-leader (synchronous)")
    lost = sorted(set(acked) - present(prod, new, acked))
    print(f"prod kill-leader: RPO {len(lost)} acknowledged commits lost (synchronous mode)")
    assert rto < RTO_GOAL, f"RTO {rto:.1f}s over the {RTO_GOAL:.0f}s goal"
    assert lost == [], f"synchronous mode lost acknowledged commits {lost[:10]}"
    prod.killed = old


def test_the_old_leader_rejoins_as_a_replica(prod):
    old, leader = prod.killed, prod.leader()
    load = Load(prod, 100000)
    began = time.monotonic()
    prod.start(old)
    prod.wait_for(f"{old.name} streaming from {leader.name}", lambda: old.name in streaming(prod, leader), 120)
    took = time.monotonic() - began
    time.sleep(2)
    acked, failed, samples = load.stop()
    assert prod.sql(old, "SELECT pg_is_in_recovery()") == "t"
    timeline = prod.sql(old, "SELECT received_tli FROM pg_stat_wal_receiver")
    log = (old.home / "patroni.log").read_text()
    how = "pg_rewind" if "rewind" in log.lower() else "a restart"
    print(f"\nrejoin: {old.name} streams from {leader.name} {took:.1f}s after it was started again (by {how}), "
          f"timeline {timeline}; {len(acked)} commits, {len(failed)} failed meanwhile")
    one_writer_at_most(samples, "rejoin")
    assert failed == [], f"writes failed while a replica rejoined: {failed[:3]}"
    assert prod.service_members(f"{NAME}-rw") == [leader.name]


def test_a_leader_cut_off_from_the_api_server_demotes_itself(prod):
    leader = prod.leader()
    # Steady state: in synchronous mode a replica takes over only once Patroni has recorded it as the synchronous
    # standby, which it does a loop or two after the leader starts (or a replica rejoins).
    if prod.patroni["bootstrap"]["dcs"]["synchronous_mode"]:
        prod.wait_for("a synchronous standby recorded", prod.sync_standby, 60)
    load = Load(prod, 200000)
    time.sleep(2)
    cut_at = time.time()
    leader.proxy.cut()
    port = str(leader.pg_port)
    prod.wait_for(f"{leader.name} demoted", lambda: prod.sql(leader, "SELECT pg_is_in_recovery()", check=False) != "f",
                  TTL_SECONDS * 2)
    new = prod.wait_for("a new leader", lambda: (m := prod.leader()) is not None and m is not leader and m, TTL_SECONDS * 3)
    # A commit after the cut is not enough: the cut-off leader takes writes until it demotes.
    prod.wait_for("a commit on the new leader", lambda: commits_on(load.writes, new.pg_port), 60)
    time.sleep(2)
    leader.proxy.heal()
    acked, failed, samples = load.stop()
    last_write_on_old = max((t for t, ports in samples if port in ports), default=cut_at)
    demoted_in = last_write_on_old - cut_at
    # The old leader keeps taking writes until it demotes: the outage runs from its last commit to the new leader's first.
    rto = min(commits_on(load.writes, new.pg_port)) - max(commits_on(load.writes, leader.pg_port))
    lost = sorted({n for n, _ in acked} - present(prod, new, [n for n, _ in acked]))
    print(f"\npartition: {leader.name} cut off the API server; it stopped taking writes {demoted_in:.1f}s later "
          f"(TTL {TTL_SECONDS}s), {new.name} leads; RTO {rto:.1f}s (old leader's last commit to the new one's first), "
          f"RPO {len(lost)} acknowledged commits lost")
    one_writer_at_most(samples, "partition")
    assert demoted_in < TTL_SECONDS, f"the cut-off leader took writes {demoted_in:.1f}s, past the {TTL_SECONDS}s TTL"
    assert lost == []
    prod.wait_for(f"{leader.name} back as a replica", lambda: leader.name in streaming(prod, new), 120)


def test_a_planned_switchover_pauses_writes_briefly(prod):
    leader = prod.leader()
    # In synchronous mode Patroni hands over only to the synchronous standby (the one holding every commit).
    candidate = prod.wait_for("a synchronous standby recorded", prod.sync_standby, 60)
    load = Load(prod, 300000)
    time.sleep(2)
    began = time.time()
    # What docs/runbooks/failover.md tells a person to run (in the pod: kubectl exec ... -c postgres -- patronictl ...).
    out = prod.run(["patronictl", "-c", str(leader.home / "patroni.yaml"), "switchover", NAME, "--leader", leader.name,
                    "--candidate", candidate.name, "--force"], prod.member_env(leader), check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    prod.wait_for(f"{candidate.name} leads", lambda: prod.leader() is candidate, 60)
    # A commit after the command is not enough: the old leader takes writes until Patroni stops it.
    prod.wait_for("a commit on the new leader", lambda: commits_on(load.writes, candidate.pg_port), 60)
    time.sleep(2)
    acked, failed, samples = load.stop()
    # The pause is the longest wait between two acknowledged commits (a failed attempt or a commit that hangs both
    # count); it must be the handover, from the old leader's last commit to the new one's first, and hold every failure.
    times = [t for _, t in acked]
    start, end = max(zip(times, times[1:], strict=False), key=lambda gap: gap[1] - gap[0])
    pause = end - start
    handover = (max(commits_on(load.writes, leader.pg_port)), min(commits_on(load.writes, candidate.pg_port)))
    lost = sorted({n for n, _ in acked} - present(prod, candidate, [n for n, _ in acked]))
    print(f"\nswitchover {leader.name} -> {candidate.name}: writes paused {pause:.1f}s, {start - began:.1f}s after the "
          f"command (documented at most {SWITCHOVER_PAUSE:.0f}s), {len(failed)} attempts failed within it, RPO {len(lost)}")
    one_writer_at_most(samples, "switchover")
    assert pause <= SWITCHOVER_PAUSE and lost == []
    assert (start, end) == handover, f"writes paused {start:.3f}-{end:.3f}, not at the handover {handover}"
    assert all(start < t < end for t, _ in failed), f"writes failed outside the pause {start:.3f}-{end:.3f}: {failed[:3]}"
    prod.wait_for(f"{leader.name} back as a replica", lambda: leader.name in streaming(prod, candidate), 120)
    assert prod.service_members(f"{NAME}-rw") == [candidate.name]


def test_backups_follow_the_leader_and_restore_past_the_failovers(prod):
    """The base backup taken before the failovers, the WAL every leader archived on its own timeline: a restore
    to a moment after the last failover returns every acknowledged row."""
    leader = prod.leader()
    agent = prod.run([str(prod.scripts / "pg-backup-agent.py"), "--once"], prod.member_env(leader), check=False)
    assert "platform_pg_backup_agent_is_primary 1" in agent.stdout, agent.stdout + agent.stderr
    replica = next(m for m in prod.members if m is not leader)
    again = prod.run([str(prod.scripts / "pg-backup-agent.py"), "--once"], prod.member_env(replica), check=False)
    assert "platform_pg_backup_agent_is_primary 0" in again.stdout and "taking one" not in again.stdout
    rows = int(prod.sql(leader, "SELECT count(*) FROM drill_writes", db=prod.database))
    timeline = prod.sql(leader, "SELECT timeline_id FROM pg_control_checkpoint()")
    time.sleep(1.1)
    target = prod.sql(leader, "SELECT clock_timestamp()::text")
    time.sleep(1.1)
    # A commit after the target, so replay sees the target passed (pg-pitr-restore.sh proves it reached it).
    prod.sql(leader, "CREATE TABLE after_target ()", db=prod.database)
    wal = prod.sql(leader, "SELECT pg_walfile_name(pg_switch_wal())")
    prod.wait_for(f"WAL {wal} archived", lambda: prod.sql(
        leader, f"SELECT last_archived_wal = '{wal}' OR (length(last_archived_wal) = 24 AND last_archived_wal > '{wal}') "
                "FROM pg_stat_archiver") == "t", 60)
    data = prod.root / "restore" / "data"
    prod.run(["mkdir", "-p", str(data.parent)])
    began = time.monotonic()
    out = prod.run([str(prod.scripts / "pg-pitr-restore.sh"), str(data), target], prod.member_env(leader), timeout=300)
    port = free_port()
    prod.run(["pg_ctl", "-D", str(data), "-l", str(data.parent / "log"), "-w", "-o",
              f"-c listen_addresses='' -c port={port} -c unix_socket_directories='{data.parent}' -c archive_mode=off", "start"])
    try:
        env = {**prod.base_env(), "PGHOST": str(data.parent), "PGPORT": str(port), "PGUSER": "postgres"}
        restored = int(prod.run(["psql", "-X", "-qAt", "-d", prod.database, "-c", "SELECT count(*) FROM drill_writes"],
                                env).stdout.strip())
    finally:
        prod.run(["pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop"], check=False)
    print(f"\nPITR to {target} (after 3 failovers, leader on timeline {timeline}): {restored} of {rows} rows in "
          f"{time.monotonic() - began:.1f}s\n{out.stdout.strip()}")
    assert restored == rows, f"the restore past the failovers returned {restored} of {rows} committed rows"


@pytest.fixture(scope="module")
def dev(prod):
    prod.close()  # one cluster at a time: the machine's cores are shared
    cluster = start("dev")
    try:
        yield cluster
    finally:
        cluster.close()


def test_dev_asynchronous_failover_reports_the_commits_it_lost(dev):
    dcs = yaml.safe_load(dev.config["patroni.yaml"])["bootstrap"]["dcs"]
    assert dcs["synchronous_mode"] is False
    old, new, rto, acked = fail_over(dev, 1, "dev kill-leader (asynchronous)")
    lost = sorted(set(acked) - present(dev, new, acked))
    print(f"dev kill-leader: RPO {len(lost)} acknowledged commits lost (asynchronous mode, at most "
          f"{dcs['maximum_lag_on_failover']} bytes of WAL behind)")
    assert rto < RTO_GOAL, f"RTO {rto:.1f}s over the {RTO_GOAL:.0f}s goal"
    dev.start(old)
    dev.wait_for(f"{old.name} rejoins", lambda: old.name in streaming(dev, new), 120)
