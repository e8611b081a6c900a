#!/usr/bin/env bash
# Parity of games/nethack with the `nle` 1.3.0 wheel: identical 24x80 tty frames for the same
# seeds and actions. Installs the wheel into its own venv (kept in ~/.cache/automem/venvs, so a
# fresh clone does not download it again; PyPI only), dumps our frames through the host
# (tests/all/nethack.rs, nethack_frames_dump) and replays them on the wheel. scripts/test.sh runs it.
#
#   scripts/nethack-parity.sh [FIRST_SEEDS] [EPISODES]   defaults: 200 first frames, 20 episodes
#   NETHACK_PARITY_COLOURS=1 also compares every episode frame's colours with NLE's tty_colors (minutes).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
first=${1:-200}
episodes=${2:-20}
work=$root/target/nethack-parity
mkdir -p "$work"
venv=$(bash "$root/scripts/nle-venv.sh")
cd "$root"
dump() {
  NETHACK_COLOURS=${colours:-0} NETHACK_FRAMES_OUT=$1 NETHACK_SEEDS=$2 NETHACK_STEPS=$3 \
    cargo test -q -p automem --test all nethack::nethack_frames_dump -- --ignored --exact >/dev/null
}
echo "nethack parity: first frames of seeds 0..$first"
# The first frames also carry the colours of the game's picture, which must equal NLE's
# tty_colors (the episodes' 545 million cells agreed when last run with colours=1; comparing them
# in Python takes minutes, so CI checks the first frames' colours only).
colours=1 dump "$work/first.jsonl" "0..$first" 0
"$venv/bin/python" scripts/nethack_parity.py "$work/first.jsonl" games/nethack/core/src/actions.rs
echo "nethack parity: $episodes random episodes to their end (seeds 1000..$((1000 + episodes)))"
colours=${NETHACK_PARITY_COLOURS:-0} dump "$work/episodes.jsonl" "1000..$((1000 + episodes))" 100000
"$venv/bin/python" scripts/nethack_parity.py "$work/episodes.jsonl" games/nethack/core/src/actions.rs
