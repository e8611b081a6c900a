#!/usr/bin/env bash
# The demo: build the plugins, then play a few episodes and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --quiet -p automem
./target/debug/automem build
./target/debug/automem run --game corridor --policy random --seeds 42..46 --max-steps 100
