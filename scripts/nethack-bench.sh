#!/usr/bin/env bash
# NetHack benchmark and soak: our component through the host (host/benches/nethack.rs: random
# movement with BALROG's full text and with the raw frame only, reset latency, component size,
# first compile and cached load) vs the `nle` 1.3.0 wheel's gym NetHackChallenge-v0 in the same run
# (random movement, steps/s), and the ratio; NetHackChallenge-v0 does not skip --More--, so most of a
# random mover's gym steps are keys refused by a --More-- screen (no game time passes): the gym is
# also timed with BALROG's AutoMore, the play our steps do, and that ratio is the comparable one; then NETHACK_SOAK_STEPS (default 1,000,000) random
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
MORE = env.unwrapped.actions.index(13)  # NetHackChallenge-v0 does not skip --More--
moves = list(range(16))

def run(auto_more):
    """Random movement for 20 s; with auto_more, BALROG's AutoMore after each move (Enter while
    the screen shows --More--; the move and its presses are one step, as our component counts)."""
    steps, keys, t0, resets, stuck, cpu = 0, 0, time.time(), [], 0, 0.0
    random.seed(0)
    while time.time() - t0 < 20:
        r = time.time(); obs, _ = env.reset(); resets.append(time.time() - r)
        c = time.thread_time()
        for _ in range(2000):
            steps += 1
            stuck += b"--More--" in obs["tty_chars"].tobytes()
            obs, _, terminated, truncated, _ = env.step(random.choice(moves)); keys += 1
            while auto_more and not (terminated or truncated) and b"--More--" in obs["tty_chars"].tobytes():
                obs, _, terminated, truncated, _ = env.step(MORE); keys += 1
            if terminated or truncated:
                break
        cpu += time.thread_time() - c
    secs = time.time() - t0 - sum(resets)
    resets.sort()
    return steps, keys, secs, cpu, resets[len(resets) // 2], len(resets), stuck

steps, keys, secs, cpu, reset, episodes, stuck = run(False)
print(f"nle gym NetHackChallenge-v0: reset median {reset*1e3:.2f} ms, random movement {steps/secs:.0f} steps/s "
      f"({steps/cpu:.0f} per CPU second; {steps} steps, {episodes} episodes; {stuck/steps:.0%} of the steps were keys on a "
      f"--More-- screen, which a move does not dismiss)")
steps, keys, secs, cpu, reset, episodes, stuck = run(True)
print(f"nle gym NetHackChallenge-v0 with AutoMore: random movement {steps/secs:.0f} steps/s "
      f"({steps/cpu:.0f} per CPU second; {steps} steps, {keys} keys, {episodes} episodes: the same game play as our steps)")
PY
)
echo "$nle"
rate() { grep -o '[0-9]* steps/s' | head -1 | cut -d' ' -f1; }
cpu_rate() { grep -o '[0-9]* per CPU second' | head -1 | cut -d' ' -f1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
plain=$(echo "$nle" | grep -v AutoMore)
fair=$(echo "$nle" | grep AutoMore)
for mode in "full BALROG text" "raw frame"; do
  mine=$(echo "$ours" | grep "$mode")
  echo "ratio ($mode / nle gym): $(ratio "$(echo "$mine" | rate)" "$(echo "$plain" | rate)")x (goal: 1.5x)"
  echo "ratio ($mode / nle gym with AutoMore, the same play): $(ratio "$(echo "$mine" | rate)" "$(echo "$fair" | rate)")x" \
    "(per CPU second: $(ratio "$(echo "$mine" | cpu_rate)" "$(echo "$fair" | cpu_rate)")x)"
done
if [ "${1:-}" != "--no-soak" ]; then
  nice cargo test -q -p automem --test all nethack::nethack_soak -- --ignored --exact --nocapture | grep '^soak:'
fi
