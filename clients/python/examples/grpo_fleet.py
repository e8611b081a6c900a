"""A trainer loop that trains nothing but drives groups exactly as GRPO does, over a fleet of
`automem serve` replicas: per step, B prompts (seeds) x G rollouts, each group on one replica
and one pinned version, every round's turns batched into one "generate" call, group-relative
advantages, lost replicas' rollouts refilled elsewhere.

    python3 clients/python/examples/grpo_fleet.py --local 3              # starts 3 replicas here
    python3 clients/python/examples/grpo_fleet.py --urls http://a:8080,http://b:8080 --game crafter --schema crafter-v0
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from automem_client import Fleet  # noqa: E402
from automem_client.adapters.grpo import close_all, run_groups, single_prompt  # noqa: E402
from automem_client.replicas import ServeProcess  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def policy(rng):
    """A stand-in for the model: notes in LOG, a random move in PLAN."""

    def generate(chats):
        out = []
        for messages in chats:
            if "Memory is read-only now" in messages[0]["content"]:
                out.append(f"<|ACTION|>{rng.choice(['east', 'west', 'pick up', 'open door'])}<|END|>")
            else:
                out.append("<|APPEND|>notes.txt|tried a move<|END|>\n<|DONE|>")
        return out

    return generate


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--urls", help="comma-separated replica addresses")
    ap.add_argument("--local", type=int, default=0, help="start this many local replicas instead")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "automem"))
    ap.add_argument("--game", default="corridor")
    ap.add_argument("--schema", default="generic-v0")
    ap.add_argument("--steps", type=int, default=3, help="trainer steps")
    ap.add_argument("--batch", type=int, default=4, help="prompts (seeds) per step")
    ap.add_argument("--group", type=int, default=8, help="rollouts per prompt (GRPO's G)")
    ap.add_argument("--max-steps", type=int, default=20)
    a = ap.parse_args()
    procs, tmp = [], tempfile.mkdtemp(prefix="automem-grpo-")
    try:
        if a.local:
            comps = os.path.join(ROOT, "target", "components")
            for i in range(a.local):
                procs.append(ServeProcess(a.bin, os.path.join(tmp, f"r{i}"), [os.path.join(comps, f"{a.game}.wasm")],
                                          [os.path.join(comps, f"{a.schema}.wasm")],
                                          ["--random-validation-seeds", "0"]).start())
            urls = [p.url for p in procs]
        elif a.urls:
            urls = a.urls.split(",")
        else:
            ap.error("give --urls or --local N")
        fleet = Fleet(urls, timeout=120)
        print(f"fleet of {len(urls)} replica(s); {fleet.pin(a.schema)}")
        rng = random.Random(0)
        for step in range(a.steps):
            t = time.perf_counter()
            prompts = [single_prompt(a.game, step * a.batch + b, a.schema, max_steps=a.max_steps) for b in range(a.batch)]
            results = run_groups(fleet, prompts, a.group, policy(rng))
            turns = sum(s.info.get("turns", 0) for r in results for s in r.sessions)
            mean = sum(sum(r.rewards) for r in results) / (a.batch * a.group)
            where = sorted({r.sessions[0].replica for r in results})
            print(f"step {step}: {a.batch}x{a.group} rollouts on replicas {where}, mean reward {mean:.3f}, "
                  f"{turns} turns in {time.perf_counter() - t:.2f} s, refilled {sum(r.refilled for r in results)}")
            close_all(results)
    finally:
        for p in procs:
            p.stop(grace=5)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
