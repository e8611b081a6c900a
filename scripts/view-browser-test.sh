#!/usr/bin/env bash
# automem view in a real browser: plays small real runs (Crafter, memory on and off), adds a run
# whose memory holds markup and one whose trace has pictures, starts `automem view` on them and
# drives headless chromium through chromium-driver and Selenium (tests/browser/view_test.py).
# Screenshots go to $VIEW_SHOTS (default: a temporary folder). AUTOMEM_SKIP_VIEW=1 skips it.
#   scripts/view-browser-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${AUTOMEM_SKIP_VIEW:-}" = 1 ]; then
  echo "view-browser-test: skipped (AUTOMEM_SKIP_VIEW=1)"
  exit 0
fi
for tool in chromium chromedriver; do
  command -v "$tool" >/dev/null || {
    echo "view-browser-test: $tool is missing; run scripts/setup.sh (it installs chromium and chromium-driver)" >&2
    exit 1
  }
done
venv=$(bash scripts/view-venv.sh)
tmp=$(mktemp -d)
viewer=
cleanup() { [ -n "$viewer" ] && kill "$viewer" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
runs=$tmp/runs
shots=${VIEW_SHOTS:-$tmp/shots}
mkdir -p "$runs" "$shots"
play() { ./target/debug/automem run --game crafter --schema crafter-evolved --policy scripted-crafter "$@" >/dev/null; }
play --seeds 1..2 --max-steps 150 --out "$runs/memory-on"
play --seeds 1..2 --max-steps 150 --policy-setting memory=off --out "$runs/memory-off"
play --seeds 1..1 --max-steps 20 --plain-trace --out "$runs/hostile"
"$venv/bin/python" - "$runs" <<'PY'
import json, os, sys
runs = sys.argv[1]
# A memory file holding markup, written by the schema at the hostile run's last step.
journal = os.path.join(runs, "hostile", "episode-1.memory.jsonl")
last = json.loads(open(journal).read().strip().split("\n")[-1])["step"]
evil = {"step": last, "phase": "after-step", "actor": "schema", "op": "write", "path": "evil.txt",
        "content": "<script>window.__pwned=1</script>\n<img src=x onerror=window.__pwned=2>", "bytes_before": 0, "bytes_after": 0}
open(journal, "a").write(json.dumps(evil) + "\n")
# A trace with pictures (the games' picture export may not be merged yet): tiles, then a terminal.
os.makedirs(os.path.join(runs, "pictures"))
def step(n, picture):
    return {"step": n, "obs_long_term_context": f"step {n}", "obs_short_term_context": "", "raw_action": "Noop",
            "validated_action": "Noop", "action_valid": True, "reward": 0.0, "done": False, "progression": 0.0,
            "events": [], "input_tokens": 0, "output_tokens": 0, "unchanged_count": 0, "log_phase": None,
            "plan_phase": {"system_prompt": None, "initial_prompt": "plan", "turns": [], "ended": "action",
                           "committed_action": "Noop", "final_action": "Noop", "gate_rejections": []},
            "after_step_notes": [], "memory_diff": {}, "picture": picture}
tiles = {"kind": "tiles", "width": 9, "height": 7, "cells": ["grass"] * 31 + ["player-south"] + ["tree"] * 31}
term = {"kind": "terminal", "lines": ["  @..<  ", " -----  "], "colours": ["77bb7777", "77777777"], "cursor": [2, 0]}
with open(os.path.join(runs, "pictures", "episode-9.jsonl"), "w") as f:
    f.write(json.dumps(step(0, tiles)) + "\n" + json.dumps(step(1, term)) + "\n")
open(os.path.join(runs, "pictures", "episode-9.memory.jsonl"), "w").write(json.dumps(
    {"step": 0, "phase": "setup", "actor": "host", "op": "write", "path": "notes.txt", "content": "hello\n",
     "bytes_before": 0, "bytes_after": 6}) + "\n")
PY
./target/debug/automem view "$runs" --addr 127.0.0.1:0 >"$tmp/view.log" 2>&1 &
viewer=$!
url=
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/view.log" || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "view-browser-test: automem view did not start:" >&2; cat "$tmp/view.log" >&2; exit 1; }
"$venv/bin/python" tests/browser/view_test.py "$url" "$runs" "$shots"
if [ -n "${VIEW_SHOTS:-}" ]; then echo "view-browser-test: passed (screenshots in $shots)"; else echo "view-browser-test: passed (set VIEW_SHOTS=DIR to keep its screenshots)"; fi
