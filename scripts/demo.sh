#!/usr/bin/env bash
# The demo: build the plugins, then play Crafter with the evolved memory schema and the scripted
# policy (which manages its memory through the same text protocol an LLM uses), print BALROG's
# summary and say where the traces are. Then the same seeds with memory off, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --quiet -p automem
./target/debug/automem build
out=runs/demo
rm -rf "$out" # a fresh demo every time (a re-run into the same folder would resume instead)
./target/debug/automem run --game crafter --schema crafter-evolved --policy scripted-crafter \
  --seeds 42..46 --max-steps 2000 --out "$out/memory-on"
./target/debug/automem run --game crafter --schema crafter-evolved --policy scripted-crafter \
  --policy-setting memory=off --seeds 42..46 --max-steps 2000 --out "$out/memory-off"
echo "Step-by-step traces (prompts, replies, memory operations, memory diffs): $out/*/episode-*.jsonl"
# Loop 1, offline: the search reviewer revises crafter-evolved's tunable defaults; a revision is
# built into a new component and kept only if it strictly beats the best on the fixed seeds.
./target/debug/automem refine --game crafter --schema crafter-evolved --policy scripted-crafter \
  --seeds 42..51 --max-steps 1000 --rounds 3 --attempts 1 --reviewer search --out "$out/refine"
echo "The refine ledger (every attempt, its verdict and metrics): $out/refine/ledger.jsonl; best version: $out/refine/best.wasm"
