#!/usr/bin/env bash
# The demo: build the plugins, then play five episodes of Crafter with the random policy and print
# BALROG's summary. (The LOG/PLAN memory engine and the scripted policy replace the random one later.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --quiet -p automem
./target/debug/automem build
./target/debug/automem run --game crafter --policy random --seeds 42..46 --max-steps 2000
