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
