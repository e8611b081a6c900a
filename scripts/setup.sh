#!/usr/bin/env bash
# Install what automem needs on a fresh machine: the wasm32 Rust target for guest plugins, and
# the C toolchain NetHack's component is built with, and (setup-guest-tools.sh) the pinned tools
# for Python and JavaScript guests in .tools/.
# Safe to run again: it only does what is missing.
set -euo pipefail

bash "$(dirname "$0")/setup-guest-tools.sh"

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is not installed; install Rust with rustup (https://rustup.rs)" >&2
  exit 1
fi

# NetHack's C side (games/nethack): Debian's clang, lld, wasi-libc, libc++ for wasm32 and binaryen
# (wasm-opt, for asyncify); python3-venv for the parity test's reference venv (scripts/nle-venv.sh);
# g++ and python3-dev to build nle-language-wrapper's C++ module (scripts/langwrap-venv.sh).
nethack_pkgs="clang-16 lld-16 llvm-16 wasi-libc libclang-rt-16-dev-wasm32 libc++-16-dev-wasm32 libc++abi-16-dev-wasm32 binaryen python3-venv g++ python3-dev"
if ! { command -v clang-16 && command -v llvm-ar-16 && command -v wasm-opt && [ -f /usr/lib/wasm32-wasi/libc++.a ] &&
  python3 -c "import ensurepip" && command -v g++ &&
  python3 -c 'import os, sysconfig, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; } >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $nethack_pkgs || {
      echo "setup: could not install $nethack_pkgs (games/nethack needs them)" >&2
      exit 1
    }
  else
    echo "setup: games/nethack needs these Debian packages: $nethack_pkgs (run as root, or install them)" >&2
    exit 1
  fi
fi

# automem view's browser test (scripts/view-browser-test.sh): Debian's headless chromium and its
# WebDriver. Only the test needs them; automem view itself needs no browser side build.
if ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1 && [ "${AUTOMEM_SKIP_VIEW:-}" != 1 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver || {
      echo "setup: could not install chromium chromium-driver (the viewer's browser test needs them; AUTOMEM_SKIP_VIEW=1 skips it)" >&2
      exit 1
    }
  else
    echo "setup: the viewer's browser test needs Debian's chromium and chromium-driver (run as root, or AUTOMEM_SKIP_VIEW=1)" >&2
    exit 1
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
