#!/usr/bin/env bash
# A venv with the reference NetHack, the `nle` 1.3.0 wheel (PyPI), for the parity tests and the
# benchmarks; with `minihack`, also MiniHack 1.0.2 (an sdist: setuptools pinned below 81, which
# still has the pkg_resources it imports). Kept in ~/.cache/automem/venvs by its pinned
# requirements, so a fresh clone reuses it. Prints the venv's folder.
#   scripts/nle-venv.sh [minihack]
set -euo pipefail
requirements="nle==1.3.0 numpy==2.4.6 gymnasium==1.2.0"
extra=""
if [ "${1:-}" = "minihack" ]; then
  requirements="$requirements setuptools==80.9.0 zstandard==0.23.0"
  extra="minihack==1.0.2"
fi
key=$(printf '%s|%s' "$requirements" "$extra" | sha256sum | cut -c1-16)
[ -z "$extra" ] && key=$(printf '%s' "$requirements" | sha256sum | cut -c1-16)
name=nle
[ -n "$extra" ] && name=minihack
venv=${XDG_CACHE_HOME:-$HOME/.cache}/automem/venvs/$name-$key
if [ ! -f "$venv/.complete" ]; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2 || {
    echo "nle-venv: python3 -m venv failed; install Debian's python3-venv (scripts/setup.sh does)" >&2
    exit 1
  }
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $requirements >&2
  if [ -n "$extra" ]; then
    # MiniHack's setup.py needs setuptools at build time; the one pinned above.
    "$venv/bin/pip" install -q --disable-pip-version-check --no-build-isolation "$extra" >&2
    # The Boxoban puzzles MiniHack loads from its package (it downloads them; we ship them):
    # the medium training set as one file, the hard set as published.
    "$venv/bin/python" -W ignore - "$(cd "$(dirname "$0")/.." && pwd)/games/minihack/data/boxoban" >&2 <<'PY'
import os, shutil, sys, zstandard, minihack
src = sys.argv[1]
dst = os.path.join(os.path.dirname(minihack.__file__), "dat", "boxoban-levels-master")
os.makedirs(os.path.join(dst, "medium", "train"), exist_ok=True)
os.makedirs(os.path.join(dst, "hard"), exist_ok=True)
with open(os.path.join(src, "medium-train.txt.zst"), "rb") as f, open(os.path.join(dst, "medium", "train", "000.txt"), "wb") as out:
    zstandard.ZstdDecompressor().copy_stream(f, out)
for name in sorted(os.listdir(os.path.join(src, "hard"))):
    shutil.copy(os.path.join(src, "hard", name), os.path.join(dst, "hard", name))
PY
  fi
  "$venv/bin/python" -c "import nle" >&2
  touch "$venv/.complete"
fi
echo "$venv"
