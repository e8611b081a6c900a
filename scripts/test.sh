#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what is missing, builds every plugin
# (including the test suite's hostile ones), then runs every test in the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Build the tests first: this also builds the `automem` binary with the tests' feature set, so
# the dependencies (wasmtime above all) compile once, not once for the binary and once for tests.
cargo test --workspace --no-run --quiet
./target/debug/automem build --tests
cargo test --workspace "$@"
