#!/usr/bin/env bash
# Parity of games/nethack's language observation with nle-language-wrapper 0.2.0 (the module
# BALROG's NLELanguageWrapper calls): for the same seeds and actions, our `language observation:`
# and `cursor:` texts equal its text_glyphs and text_cursor computed from the `nle` 1.3.0 wheel's
# glyphs, blstats and tty_cursor. The wrapper is built from its PyPI sdist by
# scripts/langwrap-venv.sh (kept in ~/.cache/automem/venvs); our frames come through the host
# (tests/all/nethack.rs, nethack_frames_dump with NETHACK_LANGUAGE=1). scripts/test.sh runs it
# after the frame parity (AUTOMEM_SKIP_LANGWRAP=1 skips it there).
#
#   scripts/nethack-langwrap-parity.sh [FIRST_SEEDS] [EPISODES]   defaults: 200 first frames, 20 episodes
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
first=${1:-200}
episodes=${2:-20}
work=$root/target/nethack-langwrap-parity
mkdir -p "$work"
venv=$(bash "$root/scripts/langwrap-venv.sh")
cd "$root"
dump() {
  NETHACK_LANGUAGE=1 NETHACK_FRAMES_OUT=$1 NETHACK_SEEDS=$2 NETHACK_STEPS=$3 \
    cargo test -q -p automem --test all nethack::nethack_frames_dump -- --ignored --exact >/dev/null
}
check() {
  "$venv/bin/python" scripts/nethack_langwrap_parity.py "$1" games/nethack/core/src/actions.rs
}
echo "nethack language parity: first frames of seeds 0..$first"
dump "$work/first.jsonl" "0..$first" 0
check "$work/first.jsonl"
echo "nethack language parity: $episodes random episodes to their end (seeds 1000..$((1000 + episodes)))"
dump "$work/episodes.jsonl" "1000..$((1000 + episodes))" 100000
check "$work/episodes.jsonl"
