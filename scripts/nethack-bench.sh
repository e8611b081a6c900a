#!/usr/bin/env bash
# NetHack benchmark and soak: our component through the host (host/benches/nethack.rs: random
# movement with BALROG's full text and with the raw frame only, reset latency, component size,
# first compile and cached load) vs the `nle` 1.3.0 wheel's gym NetHackChallenge-v0 in the same run
# (random movement, steps/s), and the ratio; then NETHACK_SOAK_STEPS (default 1,000,000) random
# steps. NETHACK_BENCH_PROFILE picks the cargo profile (default dev: the dependencies, wasmtime
# above all, are optimized there too; `bench` is a full release build).
#   scripts/nethack-bench.sh [--no-soak]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=$(bash "$root/scripts/nle-venv.sh")
ours=$(nice cargo bench -q --profile "${NETHACK_BENCH_PROFILE:-dev}" -p automem --bench nethack -- 15 | grep '^bench:')
echo "$ours"
# In a folder of its own: the gym env writes a ttyrec (nle.ttyrec*.bz2) into its working folder.
gymdir=$(mktemp -d)
trap 'rm -rf "$gymdir"' EXIT
nle=$(cd "$gymdir" && nice "$venv/bin/python" - <<'PY'
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
)
echo "$nle"
rate() { grep -o '[0-9]* steps/s' | head -1 | cut -d' ' -f1; }
theirs=$(echo "$nle" | rate)
for mode in "full BALROG text" "raw frame"; do
  mine=$(echo "$ours" | grep "$mode" | rate)
  echo "ratio ($mode / nle gym): $(awk -v a="$mine" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')x (goal: 1.5x)"
done
if [ "${1:-}" != "--no-soak" ]; then
  nice cargo test -q -p automem --test all nethack::nethack_soak -- --ignored --exact --nocapture | grep '^soak:'
fi
