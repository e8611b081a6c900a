#!/usr/bin/env bash
# Install what automem needs on a fresh machine: the wasm32 Rust target for guest plugins, and
# (setup-guest-tools.sh) the pinned tools for Python and JavaScript guests in .tools/.
# Safe to run again: it only does what is missing.
set -euo pipefail

bash "$(dirname "$0")/setup-guest-tools.sh"

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is not installed; install Rust with rustup (https://rustup.rs)" >&2
  exit 1
fi

# NetHack's C side (work in progress under wip/nethack; see wip/README.md): Debian's clang, lld,
# wasi-libc, libc++ for wasm32 and binaryen (wasm-opt, for asyncify). Nothing built today needs
# them yet, so a failed install only warns.
nethack_pkgs="clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32 libc++-16-dev-wasm32 libc++abi-16-dev-wasm32 binaryen"
if ! { command -v clang-16 && command -v wasm-ld-16 && command -v wasm-opt && [ -f /usr/lib/wasm32-wasi/libc++.a ]; } >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $nethack_pkgs ||
      echo "setup: could not install $nethack_pkgs (only wip/nethack needs them)" >&2
  else
    echo "setup: wip/nethack needs these Debian packages: $nethack_pkgs" >&2
  fi
fi

have() {
  local libdir
  libdir=$(rustc --print target-libdir --target "$1" 2>/dev/null || true)
  [ -n "$libdir" ] && ls "$libdir"/libcore-*.rlib >/dev/null 2>&1
}

target=wasm32-unknown-unknown
# wasm32-wasip2 is only for guests that import WASI (the test suite has one); it is optional.
if have "$target" && have wasm32-wasip2; then
  exit 0
fi
if command -v rustup >/dev/null 2>&1 && rustup target add "$target" wasm32-wasip2; then
  exit 0
fi
# Offline fallback (see README): Debian's rustc-web builds std for wasm32 from source.
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: rustup could not add $target; installing Debian's rustc-web as a fallback" >&2
  apt-get update -qq && apt-get install -y -qq rustc-web cargo-web rust-web-src lld-22 && exit 0
fi
echo "setup: cannot install the $target target; run 'rustup target add $target'" >&2
exit 1
