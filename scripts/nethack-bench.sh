#!/usr/bin/env bash
# NetHack benchmark and soak: our component through the host vs the `nle` 1.3.0 wheel's gym
# NetHackChallenge-v0 in the same run (random movement, steps/s), reset latency, component size,
# first compile and cached load; then NETHACK_SOAK_STEPS (default 1,000,000) random steps.
#   scripts/nethack-bench.sh [--no-soak]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=$(bash "$root/scripts/nle-venv.sh")
nice cargo test -q -p automem --test all nethack::nethack_bench -- --ignored --exact --nocapture | grep '^bench:'
nice "$venv/bin/python" - <<'PY'
import time, random
import gymnasium as gym
import nle  # noqa: F401
env = gym.make("NetHackChallenge-v0")
moves = list(range(16))
steps, t0, resets = 0, time.time(), []
random.seed(0)
while time.time() - t0 < 20:
    r = time.time(); env.reset(); resets.append(time.time() - r)
    for _ in range(2000):
        steps += 1
        _, _, terminated, truncated, _ = env.step(random.choice(moves))
        if terminated or truncated:
            break
secs = time.time() - t0 - sum(resets)
resets.sort()
print(f"nle gym NetHackChallenge-v0: reset median {resets[len(resets)//2]*1e3:.2f} ms, random movement {steps/secs:.0f} steps/s ({steps} steps)")
PY
if [ "${1:-}" != "--no-soak" ]; then
  nice cargo test -q -p automem --test all nethack::nethack_soak -- --ignored --exact --nocapture | grep '^soak:'
fi
