#!/usr/bin/env bash
# Parity of games/minihack with the real MiniHack 1.0.2 on the `nle` 1.3.0 wheel (both in their
# own venv, kept in ~/.cache/automem/venvs; PyPI only):
#   1. identical 24x80 frames and rewards for the same seeds and random actions, on the six
#      tasks whose level is fixed or made inside NetHack (Boxoban's puzzle is drawn in Python);
#   2. on all eight, a random policy's success rate and episode length within sampling error of
#      MiniHack's, with reset latency and steps/s of both, in the same run.
#   scripts/minihack-parity.sh [SEEDS_PER_TASK] [EPISODES_PER_TASK]   defaults: 20 and 200
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${1:-20}
episodes=${2:-200}
work=$root/target/minihack-parity
mkdir -p "$work"
venv=$(bash "$root/scripts/nle-venv.sh" minihack)
cd "$root"
six=MiniHack-MazeWalk-9x9-v0,MiniHack-MazeWalk-15x15-v0,MiniHack-Corridor-R3-v0,MiniHack-CorridorBattle-Dark-v0,MiniHack-Quest-Easy-v0,MiniHack-Quest-Medium-v0
echo "minihack parity: frames of $seeds random episodes on each of six tasks"
MINIHACK_FRAMES_OUT=$work/frames.jsonl MINIHACK_TASKS=$six MINIHACK_SEEDS="0..$seeds" \
  cargo test -q -p automem --test all minihack::minihack_frames_dump -- --ignored --exact >/dev/null
"$venv/bin/python" scripts/minihack_parity.py frames "$work/frames.jsonl"
echo "minihack parity: a random policy over $episodes episodes a task, ours and MiniHack's"
MINIHACK_STATS_OUT=$work/stats.jsonl MINIHACK_EPISODES=$episodes \
  cargo test -q -p automem --test all minihack::minihack_random_stats -- --ignored --exact >/dev/null
"$venv/bin/python" scripts/minihack_parity.py stats "$work/stats.jsonl" "$episodes"
