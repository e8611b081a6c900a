"""Turns/s and turn latency of 1, 2, 4 ... local `automem serve` replicas at a fixed total of
sessions, driven through a Fleet by client threads; and the fleet layer's own cost per turn.

    python3 clients/python/examples/fleet_bench.py --replicas 1,2,4 --sessions 64 --threads 8

Each replica is a separate process on this machine (they share its cores with the client):
the figures say what one machine does, and the per-replica rate is the input of a cluster
estimate, not the cluster's."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from automem_client import Fleet  # noqa: E402
from automem_client.fleet import FleetSession  # noqa: E402
from automem_client.replicas import ServeProcess  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def reply_for(messages):
    """A corridor player (any game takes it: an invalid action becomes the fallback)."""
    if "Memory is read-only now" in messages[0]["content"]:
        return "<|SEARCH|>notes.txt|east<|END|>\n<|ACTION|>east<|END|>"
    return "<|APPEND|>notes.txt|walking east works<|END|>\n<|DONE|>"


def cpu_seconds(pid):
    """User + system CPU seconds of a process so far (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def rss_mib(pid):
    """Resident memory of a process in MiB (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else 0.0


def run(binary, components, replicas, sessions, threads, steps, game, schema, group):
    tmp = tempfile.mkdtemp(prefix="automem-bench-")
    procs = []
    try:
        for i in range(replicas):
            procs.append(ServeProcess(binary, os.path.join(tmp, f"r{i}"),
                                      [os.path.join(components, f"{game}.wasm")],
                                      [os.path.join(components, f"{schema}.wasm")],
                                      ["--max-sessions", str(sessions), "--random-validation-seeds", "0"]).start())
        fleet = Fleet([p.url for p in procs], timeout=120, load_ttl=0)
        t0 = time.perf_counter()
        live = []
        for g in range(sessions // group):
            live += fleet.create_group(group, game=game, seed=g, schema=schema, max_steps=steps).sessions
        create_s = time.perf_counter() - t0
        per_replica = [sum(1 for s in live if s.replica == r) for r in range(replicas)]
        rss = round(sum(rss_mib(p.pid) for p in procs), 1)
        latencies, lock = [], threading.Lock()

        def worker(mine):
            local = []
            while True:
                pending = [s for s in mine if not s.done]
                if not pending:
                    break
                for s in pending:
                    text = reply_for(s.turn.messages)
                    t = time.perf_counter()
                    s.reply(text)
                    local.append(time.perf_counter() - t)
            with lock:
                latencies.extend(local)

        chunks = [live[i::threads] for i in range(threads)]
        server0 = sum(cpu_seconds(p.pid) for p in procs)
        t0, cpu0 = time.perf_counter(), time.process_time()
        ts = [threading.Thread(target=worker, args=(c,)) for c in chunks]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        server = sum(cpu_seconds(p.pid) for p in procs) - server0
        assert all(s.status == "finished" for s in live), [s.status for s in live if s.status != "finished"]
        return {"replicas": replicas, "sessions": sessions, "threads": threads, "steps": steps,
                "sessions_per_replica": per_replica, "turns": len(latencies), "seconds": round(wall, 3),
                "turns_per_s": round(len(latencies) / wall, 1),
                "p50_ms": round(1000 * percentile(latencies, 50), 2),
                "p99_ms": round(1000 * percentile(latencies, 99), 2),
                "create_s": round(create_s, 3), "client_cpu_s": round(cpu, 3), "servers_rss_mib": rss,
                "server_cpu_s": round(server, 3), "server_cpu_us_per_turn": round(1e6 * server / max(1, len(latencies)), 1)}
    finally:
        for p in procs:
            p.stop(grace=5)
        shutil.rmtree(tmp, ignore_errors=True)


def fleet_overhead(n=200_000):
    """Seconds the fleet layer adds to one reply: FleetSession.reply over a Session whose reply
    does nothing, minus that Session's own call."""

    class Stub:
        id, done, turn, result, status, info = "s-1", False, None, None, "awaiting-reply", {}

        def reply(self, text, prompt_tokens=None, completion_tokens=None):
            return self

    fleet = Fleet(["http://127.0.0.1:9"], retry_down=3600)
    stub = Stub()
    fs = fleet._track(FleetSession(fleet, 0, stub))
    t = time.perf_counter()
    for _ in range(n):
        stub.reply("x")
    base = time.perf_counter() - t
    t = time.perf_counter()
    for _ in range(n):
        fs.reply("x")
    wrapped = time.perf_counter() - t
    return (wrapped - base) / n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "automem"))
    ap.add_argument("--components", default=os.path.join(ROOT, "target", "components"))
    ap.add_argument("--replicas", default="1,2,4")
    ap.add_argument("--sessions", type=int, default=64)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--group", type=int, default=8)
    ap.add_argument("--game", default="corridor")
    ap.add_argument("--schema", default="generic-v0")
    a = ap.parse_args()
    if a.sessions % a.group:
        ap.error("--sessions must be a multiple of --group")
    print(json.dumps({"load_before": os.getloadavg(), "cpus": os.cpu_count()}), flush=True)
    for r in [int(x) for x in a.replicas.split(",")]:
        print(json.dumps(run(a.bin, a.components, r, a.sessions, a.threads, a.steps, a.game, a.schema, a.group)),
              flush=True)
    print(json.dumps({"fleet_overhead_us_per_turn": round(1e6 * fleet_overhead(), 3),
                      "load_after": os.getloadavg()}), flush=True)


if __name__ == "__main__":
    main()
