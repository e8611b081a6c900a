#!/usr/bin/env bash
# Fuzz automem's hostile-input boundaries with cargo-fuzz (libFuzzer, nightly Rust).
#
#   scripts/fuzz.sh setup                 install the nightly toolchain and cargo-fuzz (pinned)
#   scripts/fuzz.sh build [TARGET]        build one target, or all
#   scripts/fuzz.sh run TARGET SECONDS    fuzz TARGET for SECONDS on its corpus, fuzz/corpus/TARGET
#   scripts/fuzz.sh cmin TARGET           minimize TARGET's corpus in place (inputs over 2 KiB dropped)
#   scripts/fuzz.sh list                  the targets
#
# fuzz/ is its own workspace (the root Cargo.toml excludes it), so stable builds never see it.
# Pure targets (the protocol, paths) build in a minute; the host targets (memory import, serve
# bodies, trace and journal readers) need the automem crate and so compile wasmtime once with
# coverage instrumentation: many minutes on two cores. Everything runs under `nice` with one
# build job (FUZZ_JOBS) so other work keeps the cores. CI runs the property-test equivalents
# (host/protocol/tests/properties.rs, tests/all) on stable instead.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.1
TOOLCHAIN=${FUZZ_TOOLCHAIN:-nightly}
JOBS=${FUZZ_JOBS:-1}
# Inputs kept in the committed corpora are at most this many bytes (the corpora stay small).
KEEP_MAX=${FUZZ_KEEP_MAX:-2048}
PURE_TARGETS=(parse_reply tool_call path_canonicalize)
HOST_TARGETS=(memory_import serve_bodies trace_journal)

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"

is_host() {
  local t
  for t in "${HOST_TARGETS[@]}"; do [ "$t" = "$1" ] && return 0; done
  return 1
}

known() {
  local t
  for t in "${PURE_TARGETS[@]}" "${HOST_TARGETS[@]}"; do [ "$t" = "$1" ] && return 0; done
  echo "fuzz: unknown target '$1'; targets: ${PURE_TARGETS[*]} ${HOST_TARGETS[*]}" >&2
  exit 2
}

# Build options of a target: no sanitizer (the code is safe Rust; panics, aborts, timeouts and
# memory blow-ups are what is looked for), debug assertions on, and the host targets in a target
# folder of their own so a long wasmtime build never blocks the pure ones.
opts() {
  if is_host "$1"; then
    echo "--features host --target-dir target-host -s none -a"
  else
    echo "-s none -a"
  fi
}

fuzz() {
  CARGO_BUILD_JOBS=$JOBS nice -n 15 cargo "+$TOOLCHAIN" fuzz "$@"
}

case "${1:-}" in
  setup)
    rustup toolchain install "$TOOLCHAIN" --profile minimal
    if ! cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION\$"; then
      cargo install cargo-fuzz --locked --version "=$CARGO_FUZZ_VERSION"
    fi
    ;;
  build)
    if [ -n "${2:-}" ]; then
      known "$2"
      # shellcheck disable=SC2046
      fuzz build $(opts "$2") "$2"
    else
      fuzz build -s none -a
      fuzz build --features host --target-dir target-host -s none -a
    fi
    ;;
  run)
    target=${2:?usage: fuzz.sh run TARGET SECONDS}
    seconds=${3:?usage: fuzz.sh run TARGET SECONDS}
    known "$target"
    mkdir -p "corpus/$target"
    # shellcheck disable=SC2046
    fuzz run $(opts "$target") "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 -print_final_stats=1
    ;;
  cmin)
    target=${2:?usage: fuzz.sh cmin TARGET}
    known "$target"
    # shellcheck disable=SC2046
    fuzz cmin $(opts "$target") "$target" "corpus/$target"
    find "corpus/$target" -type f -size +"${KEEP_MAX}"c -delete
    echo "fuzz: corpus/$target: $(find "corpus/$target" -type f | wc -l) inputs, $(cat "corpus/$target"/* 2>/dev/null | wc -c) bytes"
    ;;
  list)
    printf '%s\n' "${PURE_TARGETS[@]}" "${HOST_TARGETS[@]}"
    ;;
  *)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
