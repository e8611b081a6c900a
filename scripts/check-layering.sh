#!/usr/bin/env bash
# The crates' layering (ARCHITECTURE.md, "Which crate may depend on which"), checked with
# `cargo tree` so a change that breaks it fails the test suite: the run folder, the protocol, the
# LLM client and mine know nothing of WebAssembly, and the lower crates never depend on the
# upper ones.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
# deps CRATE: the crate's normal dependencies (not dev- or build-), one name per line.
deps() { cargo tree --offline -q -p "$1" -e normal --prefix none --format '{p}' 2>/dev/null | cut -d' ' -f1 | sort -u; }
forbid() { # forbid CRATE DEP...
    local crate=$1 have
    shift
    have=$(deps "$crate")
    [ -n "$have" ] || { echo "check-layering: cargo tree knows no crate $crate" >&2; fail=1; return; }
    for dep in "$@"; do
        if grep -qx "$dep" <<<"$have"; then
            echo "check-layering: $crate depends on $dep, which ARCHITECTURE.md does not allow" >&2
            fail=1
        fi
    done
}
wasm=(wasmtime wasmtime-wasi wit-component wit-parser cap-std axum)
forbid automem-protocol "${wasm[@]}" automem-llm automem-runfile automem-mine automem
forbid automem-llm "${wasm[@]}" automem-protocol automem-runfile automem-mine automem
forbid automem-runfile "${wasm[@]}" automem-protocol automem-llm automem-mine automem
forbid automem-mine "${wasm[@]}" automem automem-memory
forbid automem-memory wasmtime wasmtime-wasi wit-component wit-parser axum automem automem-mine automem-llm automem-protocol
forbid automem-view wasmtime wasmtime-wasi wit-component wit-parser automem automem-mine automem-llm automem-protocol
[ "$fail" = 0 ] && echo "check-layering: the crates keep their layering"
exit "$fail"
