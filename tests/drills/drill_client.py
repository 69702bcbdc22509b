"""Clients the failover drills run in the drill venv (psycopg2), as the `postgres` user, one line per event on stdout.

    drill_client.py write DSN STOP_FILE FIRST  # 'ok <id> <t> <port>' per acknowledged commit (ids from FIRST), 'fail <t> <error>',
                                               # 'landed <id> <t> <port>' for a commit in doubt that had committed
    drill_client.py sample STOP_FILE PORT... # 'sample <t> <writable ports>' every 0.2 s

The writer connects like an application through the -rw Service: libpq's host list with
target_session_attrs=read-write finds the one member that takes writes. Each commit is one row; a commit counts
as acknowledged only when COMMIT returned. A commit whose connection broke before it returned is in doubt: it may
have committed (in synchronous mode, on the standby that then took over). The writer retries the same id; the
primary key refusing it means the commit in doubt had landed, which the writer says ('landed') before going on.
The sampler asks every member whether it takes writes.
"""
import os
import sys
import time

import psycopg2
import psycopg2.errors


def write(dsn: str, stop: str, first: int) -> None:
    n, conn, in_doubt = first - 1, None, False
    while not os.path.exists(stop):
        try:
            if conn is None:
                conn = psycopg2.connect(dsn)
                conn.autocommit = True
                with conn.cursor() as cur:
                    cur.execute("CREATE TABLE IF NOT EXISTS drill_writes (id bigint PRIMARY KEY, at timestamptz DEFAULT clock_timestamp())")
            with conn.cursor() as cur:
                cur.execute("INSERT INTO drill_writes (id) VALUES (%s)", (n + 1,))
            n, in_doubt = n + 1, False
            print(f"ok {n} {time.time():.3f} {conn.info.port}", flush=True)
            time.sleep(0.02)
        except psycopg2.errors.UniqueViolation:
            if not in_doubt:  # only this writer writes these ids: a row it never tried to write is someone else's
                raise
            n, in_doubt = n + 1, False
            print(f"landed {n} {time.time():.3f} {conn.info.port}", flush=True)
        except psycopg2.Error as e:
            in_doubt = True
            print(f"fail {time.time():.3f} {str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__}", flush=True)
            if conn is not None:
                try:
                    conn.close()
                except psycopg2.Error:
                    pass
            conn = None
            time.sleep(0.1)


def sample(stop: str, ports: list[str]) -> None:
    conns: dict[str, object] = {}
    while not os.path.exists(stop):
        writable = []
        for port in ports:
            try:
                if port not in conns:
                    conns[port] = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres",
                                                   password=os.environ["PGPASSWORD"], connect_timeout=1,
                                                   options="-c statement_timeout=1000")
                    conns[port].autocommit = True
                with conns[port].cursor() as cur:
                    cur.execute("SELECT pg_is_in_recovery()")
                    if cur.fetchone()[0] is False:
                        writable.append(port)
            except psycopg2.Error:
                conns.pop(port, None)
        print(f"sample {time.time():.3f} {','.join(writable)}", flush=True)
        time.sleep(0.2)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sample(sys.argv[2], sys.argv[3:])
