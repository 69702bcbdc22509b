#!/usr/bin/env python3
"""Synth benchmarks: prints a Markdown table of wall time and peak memory (Python + its Node/jsii child).

    python tools/bench.py [--repeat 3]

Each case runs in a fresh process, as `cdk8s synth` would run main.py, and reports the median run.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

WORKER = textwrap.dedent("""
    import json, os, pathlib, sys, tempfile
    case, n, canary = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "canary"
    import cdk8s, cdk8s_plus_27, yaml
    if case != "import":
        sys.path.insert(0, {root!r})
        import main
        from platform_constructs import write_tree
        from platform_constructs.catalogue import Catalogue, Service, Team
        catalogue, releases = main.load_catalogue(main.CATALOGUE), pathlib.Path({root!r}) / "releases"
        if case == "apps":
            tmp = pathlib.Path(tempfile.mkdtemp())
            # BENCH_CHANGE: app-0 listens on another port, the change "one service changed" measures.
            catalogue = Catalogue(tuple(Team(name=f"team-{{t}}") for t in range((n + 9) // 10)),
                                  tuple(Service(name=f"app-{{i}}", team=f"team-{{i // 10}}", repository=f"example-org/app-{{i}}",
                                                port=8081 if i == 0 and os.environ.get("BENCH_CHANGE") else 8080,
                                                canary=canary) for i in range(n)))
            digest = "sha256:" + "c" * 64
            for env in ("dev", "stage", "prod"):
                registry = main.platform_values(env, catalogue).registry
                lines = "".join(f"  app-{{i}}:\\n    image: {{registry}}/app-{{i}}:1.0.{{i}}@{{digest}}\\n" for i in range(n))
                (tmp / f"{{env}}.yaml").write_text("apps:\\n" + lines)
            releases = tmp
        cache = main.synth_cache(pathlib.Path(os.environ["BENCH_CACHE"])) if os.environ.get("BENCH_CACHE") else None
        files = main.synth(releases=releases, catalogue=catalogue, cache=cache)
        write_tree(files, pathlib.Path(tempfile.mkdtemp()) / "dist")
        print(len(files), file=sys.stderr)
        if len(sys.argv) > 4:  # the same objects, for the native peer
            pathlib.Path(sys.argv[4]).write_text(json.dumps([yaml.safe_load(t) for t in files.values()]))

    def hwm(pid):
        try:
            for line in open(f"/proc/{{pid}}/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def descendants(pid):
        # jsii starts a Node launcher that starts the Node kernel: walk the whole tree.
        out = []
        for task in os.listdir(f"/proc/{{pid}}/task"):
            try:
                kids = [int(c) for c in open(f"/proc/{{pid}}/task/{{task}}/children").read().split()]
            except OSError:
                continue
            for kid in kids:
                out += [kid, *descendants(kid)]
        return out

    me = os.getpid()
    print(json.dumps({{"peak": hwm(me) + sum(hwm(c) for c in descendants(me))}}))
""")


# Measure a developer's machine, where Python caches compiled modules: a shell that sets
# PYTHONDONTWRITEBYTECODE would recompile the multi-megabyte generated bindings on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PATH"] = f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{ENV.get('PATH', '')}"


def run(case: str, n: int = 0, kind: str = "canary", *extra: str, **env: str) -> tuple[float, int]:
    """Wall time and peak memory: the largest sum of the resident sets of the whole process tree at one moment
    (sampled, so worker processes that have exited count), or the sum of the live processes' peaks at the end."""
    start = time.perf_counter()
    # -O as in cdk8s.yaml's `app` command (it turns off jsii's per-argument typeguard checks).
    proc = subprocess.Popen([sys.executable, "-O", "-c", WORKER.format(root=str(ROOT)), case, str(n), kind, *extra], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**ENV, **env})
    sampled = [0]
    sampler = threading.Thread(target=_sample, args=(proc, sampled), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"bench case {case} {n} {kind} failed:\n{err}")
    return wall, max(sampled[0], json.loads(out.strip().splitlines()[-1])["peak"])


def _tree(pid: int) -> list[int]:
    out = [pid]
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            out += [d for kid in open(f"/proc/{pid}/task/{task}/children").read().split() for d in _tree(int(kid))]
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        return next(int(line.split()[1]) * 1024 for line in open(f"/proc/{pid}/status") if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def _sample(proc: subprocess.Popen, peak: list[int]) -> None:
    while proc.poll() is None:
        try:
            peak[0] = max(peak[0], sum(_rss(p) for p in _tree(proc.pid)))
        except OSError:
            pass  # the tree changed under the walk: the next sample counts
        time.sleep(0.02)


def run_changed(n: int) -> tuple[float, int]:
    """n canaries after changing one: a synth fills a cache (not timed), then one with app-0 changed is timed."""
    with tempfile.TemporaryDirectory() as cache:
        run("apps", n, "canary", BENCH_CACHE=cache)
        return run("apps", n, "canary", BENCH_CACHE=cache, BENCH_CHANGE="1")


def run_cli() -> tuple[float, int]:
    """`cdk8s synth` end to end (Node CLI + main.py), into a scratch dist/, without the synth cache like the in-process
    row; peak is the largest single process."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**ENV, "PLATFORM_DIST": str(pathlib.Path(tmp) / "dist"), "PLATFORM_SYNTH_CACHE": "off"}
        start = time.perf_counter()
        # GNU time reports the largest resident set of the process tree it waited for.
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", str(ROOT / "node_modules" / ".bin" / "cdk8s"), "synth",
                               "--no-check-upgrade"], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
        wall = time.perf_counter() - start
    return wall, int(proc.stderr.strip().splitlines()[-1]) * 1024


# The native peer: the same objects created as ApiObjects by cdk8s itself in Node, then synthesized to YAML. It uses
# the very cdk8s and constructs the Python packages carry (their jsii tarballs), unpacked into build/bench-peer.
PEER = """
const {App, Chart, ApiObject} = require('cdk8s');
const objects = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const app = new App({outdir: process.argv[3]});
const charts = new Map();
objects.forEach((o, i) => {
  const key = (o.metadata.namespace || '_cluster');
  if (!charts.has(key)) charts.set(key, new Chart(app, 'c' + charts.size));
  new ApiObject(charts.get(key), 'o' + i, o);
});
app.synth();
"""


def peer_dir() -> pathlib.Path:
    import cdk8s
    import constructs

    out = ROOT / "build" / "bench-peer"
    for package in (cdk8s, constructs):
        tarball = next((pathlib.Path(str(package.__file__)).parent / "_jsii").glob("*.jsii.tgz"))
        target = out / "node_modules" / package.__name__
        if not (target / tarball.name).exists():
            subprocess.run(["rm", "-rf", str(target)], check=True)
            target.mkdir(parents=True)
            subprocess.run(["tar", "-xzf", str(tarball), "-C", str(target), "--strip-components=1"], check=True)
            (target / tarball.name).touch()
    (out / "peer.js").write_text(PEER)
    return out


def run_peer(objects: pathlib.Path) -> tuple[float, int]:
    """Node: require cdk8s, create every object as an ApiObject, synth to YAML; peak is the Node process."""
    peer = peer_dir()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "node", str(peer / "peer.js"), str(objects), tmp], cwd=peer,
                              env=ENV, check=True, capture_output=True, text=True)
        wall = time.perf_counter() - start
        assert any(pathlib.Path(tmp).iterdir()), "the peer wrote nothing"
    return wall, int(proc.stderr.strip().splitlines()[-1]) * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = [("bare `import cdk8s, cdk8s_plus_27`", "import", 0, ""), ("full synth of this repository (3 envs)", "repo", 0, "")]
    cases += [(f"{n} generated {kind}{'s' if n > 1 else ''} x 3 envs", "apps", n, kind)
              for kind in ("SecureApp", "CanaryRollout") for n in (1, 10, 100)]
    rows = []
    for label, case, n, kind in cases:
        mode = "canary" if kind == "CanaryRollout" else "plain"
        run(case, n, mode)  # warm-up: compiles and caches bytecode, fills the OS file cache
        runs = [run(case, n, mode) for _ in range(args.repeat)]
        wall = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        rows.append((label, wall, peak))
    cli = [run_cli() for _ in range(args.repeat + 1)][1:]
    rows.insert(2, ("`cdk8s synth` CLI end to end (repository, 3 envs)", statistics.median(r[0] for r in cli), max(r[1] for r in cli)))
    changed = [run_changed(100) for _ in range(args.repeat)]
    rows.append(("100 generated CanaryRollouts x 3 envs, one changed (synth cache)", statistics.median(r[0] for r in changed),
                 max(r[1] for r in changed)))
    with tempfile.TemporaryDirectory() as tmp:
        objects = pathlib.Path(tmp) / "objects.json"
        run("apps", 100, "canary", str(objects))
        count = len(json.loads(objects.read_text()))
        peer = [run_peer(objects) for _ in range(args.repeat + 1)][1:]
    rows.append((f"native cdk8s in Node, the same {count} objects (peer of 100 CanaryRollouts)",
                 statistics.median(r[0] for r in peer), max(r[1] for r in peer)))
    walls = {label: w for label, w, _ in rows}
    peaks = {label: p for label, _, p in rows}
    base = rows[0][1]
    print(f"| case | wall (median of {args.repeat}) | x bare import | peak memory (Python + Node) |")
    print("| --- | ---: | ---: | ---: |")
    for label, w, p in rows:
        print(f"| {label} | {w:.2f} s | {w / base:.2f} | {p / 2**20:.0f} MiB |")
    canaries, repo = "100 generated CanaryRollouts x 3 envs", "full synth of this repository (3 envs)"
    cli_label = "`cdk8s synth` CLI end to end (repository, 3 envs)"
    goals = [
        ("100 CanaryRollouts x 3 envs, cold, against native cdk8s", walls[canaries] / rows[-1][1], "x", 1.5),
        ("the same, one service changed, against the bare import", walls[rows[-2][0]] / base, "x", 2.0),
        ("full synth of this repository against the bare import", walls[repo] / base, "x", 2.0),
        ("`cdk8s synth` end to end minus the in-process synth", walls[cli_label] - walls[repo], " s", 1.0),
        ("peak memory, 100 services (Python + Node)", max(peaks[canaries], peaks["100 generated SecureApps x 3 envs"]) / 2**20,
         " MiB", 600),
    ]
    print("\n| goal | measured | at most | met |\n| --- | ---: | ---: | --- |")
    for label, value, unit, limit in goals:
        print(f"| {label} | {value:.2f}{unit} | {limit:g}{unit} | {'yes' if value <= limit else 'no'} |")

if __name__ == "__main__":
    main()
