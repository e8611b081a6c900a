#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what is missing, builds every plugin
# (including the test suite's hostile ones), then runs every test in the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --quiet -p automem
./target/debug/automem build --tests
cargo test --workspace "$@"
