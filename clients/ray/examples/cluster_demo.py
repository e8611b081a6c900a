"""automem on Ray end to end: a replica actor on every node, the GRPO-shaped trainer loop driving
groups over them through a Fleet (HTTP straight to the replicas), a publish reaching every
replica, and a sharded `automem run` merged into one folder.

    # a local 3-node cluster on this machine (ray.cluster_utils.Cluster):
    $(scripts/ray-venv.sh)/bin/python clients/ray/examples/cluster_demo.py --local-nodes 3
    # or a running cluster (`ray start --head` on one host, `ray start --address HEAD:6379` on
    # the others; the binary and components at the same paths on every node):
    $(scripts/ray-venv.sh)/bin/python clients/ray/examples/cluster_demo.py --address auto --host 0.0.0.0
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time

import ray

from automem_client.adapters.grpo import close_all, run_groups, single_prompt
from automem_ray import ReplicaSet, sharded_run

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def generate_for(rng):
    def generate(chats):
        return [f"<|ACTION|>{rng.choice(['east', 'west', 'pick up', 'open door'])}<|END|>"
                if "Memory is read-only now" in m[0]["content"] else "<|APPEND|>notes.txt|tried<|END|>\n<|DONE|>"
                for m in chats]
    return generate


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--local-nodes", type=int, default=0)
    ap.add_argument("--address", default=None)
    ap.add_argument("--host", default="127.0.0.1", help="address the replicas listen on")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "automem"))
    ap.add_argument("--seeds", type=int, default=30, help="seeds of the sharded run")
    a = ap.parse_args()
    comps = os.path.join(ROOT, "target", "components")
    game, schema, policy = (os.path.join(comps, f"{n}.wasm") for n in ("corridor", "generic-v0", "random"))
    cluster = None
    t = time.perf_counter()
    if a.local_nodes:
        from ray.cluster_utils import Cluster
        cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
        for _ in range(a.local_nodes - 1):
            cluster.add_node(num_cpus=1)
        ray.init(address=cluster.address, logging_level="ERROR", log_to_driver=False)
        cluster.wait_for_nodes()
    else:
        ray.init(address=a.address or "auto", logging_level="ERROR", log_to_driver=False)
    nodes = [n for n in ray.nodes() if n["Alive"]]
    print(f"{len(nodes)} node(s) up in {time.perf_counter() - t:.1f} s")
    tmp = tempfile.mkdtemp(prefix="automem-ray-demo-")
    replicas = ReplicaSet(a.bin, [game], [schema], data_root=os.path.join(tmp, "replicas"), host=a.host,
                          extra_args=["--random-validation-seeds", "0", "--insecure-open-admin"])
    try:
        t = time.perf_counter()
        replicas.start_per_node()
        fleet = replicas.fleet(timeout=120)
        print(f"{len(fleet.replicas)} replica actor(s), one per node, up in {time.perf_counter() - t:.1f} s: "
              + ", ".join(r.url for r in fleet.replicas))
        rng = random.Random(0)
        for step in range(3):
            t = time.perf_counter()
            prompts = [single_prompt("corridor", step * 6 + b, "generic-v0", max_steps=30) for b in range(6)]
            results = run_groups(fleet, prompts, 8, generate_for(rng))
            turns = sum(s.info.get("turns", 0) for r in results for s in r.sessions)
            dt = time.perf_counter() - t
            print(f"trainer step {step}: 6 groups x 8 on replicas {sorted({r.sessions[0].replica for r in results})}, "
                  f"{turns} turns in {dt:.2f} s ({turns / dt:.0f} turns/s)")
            close_all(results)
        with open(schema, "rb") as f:
            wasm = f.read() + bytes([0, 21, 16]) + b"automem-test-tagdemo"
        t = time.perf_counter()
        new = fleet.publish("generic-v0", wasm)
        print(f"published generic-v0@{new[:12]} to every replica in {time.perf_counter() - t:.2f} s; "
              f"missing on: {fleet.missing('generic-v0') or 'none'}")
        t = time.perf_counter()
        summary = sharded_run(a.bin, os.path.join(tmp, "run"), ["--game", game, "--schema", schema, "--policy", policy,
                                                                "--max-steps", "50"],
                              list(range(1, a.seeds + 1)), shards=len(nodes))
        print(f"sharded run: {summary['episodes_played']} episodes in {len(nodes)} shards, merged with summary.json, "
              f"in {time.perf_counter() - t:.1f} s (progression {summary['progression_percentage']:.1f}%)")
    finally:
        replicas.stop()
        ray.shutdown()
        if cluster:
            cluster.shutdown()


if __name__ == "__main__":
    sys.exit(main())
