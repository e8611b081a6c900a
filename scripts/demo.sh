#!/usr/bin/env bash
# The demo: build the plugins, then play Crafter with the evolved memory schema and the scripted
# policy (which manages its memory through the same text protocol an LLM uses), print BALROG's
# summary and say where the traces are. Then the same seeds with memory off, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The same build as scripts/test.sh (so wasmtime compiles once for both): ~10 minutes the first time.
echo "demo: building automem and its plugins (the first build takes about 10 minutes)"
cargo test --workspace --no-run --quiet
./target/debug/automem build
out=runs/demo
rm -rf "$out" # a fresh demo every time (a re-run into the same folder would resume instead)
./target/debug/automem run --game crafter --schema crafter-evolved --policy scripted-crafter \
  --seeds 42..46 --max-steps 2000 --out "$out/memory-on"
./target/debug/automem run --game crafter --schema crafter-evolved --policy scripted-crafter \
  --policy-setting memory=off --seeds 42..46 --max-steps 2000 --out "$out/memory-off"
# NetHack (the real game, as a component) with AutoMem's v0 scaffold: the scripted explorer notes
# each level's stairs in dungeon_map.txt and finds them again there.
./target/debug/automem run --game nethack --schema nethack-v0 --policy scripted-nethack \
  --seeds 4..6 --max-steps 3000 --out "$out/nethack"
echo "NetHack memory of seed 4 at its end:" && cat "$out/nethack/memory-4/dungeon_map.txt" "$out/nethack/memory-4/actions_log.txt"
echo "Step-by-step traces (prompts, replies, memory operations, memory diffs; zstd -dc to read): $out/*/episode-*.jsonl.zst"
# Loop 1, offline: the search reviewer revises crafter-evolved's tunable defaults; a revision is
# built into a new component and kept only if it strictly beats the best on the fixed seeds.
./target/debug/automem refine --game crafter --schema crafter-evolved --policy scripted-crafter \
  --seeds 42..51 --max-steps 1000 --rounds 3 --attempts 1 --reviewer search --out "$out/refine"
echo "The refine ledger (every attempt, its verdict and metrics): $out/refine/ledger.jsonl; best version: $out/refine/best.wasm"
# Watch it all in the browser: memory step by step, the game, plots, memory on vs off compared.
echo "To watch these runs in your browser: ./target/debug/automem view $out   (then open http://127.0.0.1:8090/)"
