#!/usr/bin/env bash
# A venv with Ray (PyPI, pinned) for automem-ray (clients/ray) and its multi-node test. Kept in
# ~/.cache/automem/venvs by its pinned requirements, so a fresh clone reuses it; the two
# automem packages are installed into it from this checkout each time (quick, no network).
# Prints the venv's folder.
#   scripts/ray-venv.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
requirements="ray==2.60.0"
key=$(printf '%s' "$requirements" | sha256sum | cut -c1-16)
venv=${XDG_CACHE_HOME:-$HOME/.cache}/automem/venvs/ray-$key
if [ ! -f "$venv/.complete" ]; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2 || {
    echo "ray-venv: python3 -m venv failed; install Debian's python3-venv (scripts/setup.sh does)" >&2
    exit 1
  }
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $requirements >&2
  "$venv/bin/python" -c "import ray" >&2
  touch "$venv/.complete"
fi
# This checkout's client and Ray layer, as plain paths (no build step, no network).
"$venv/bin/python" - "$root" >&2 <<'PY'
import os, site, sys
root = sys.argv[1]
pth = os.path.join(site.getsitepackages()[0], "automem-checkout.pth")
with open(pth, "w") as f:
    f.write(os.path.join(root, "clients", "python") + "\n" + os.path.join(root, "clients", "ray") + "\n")
PY
echo "$venv"
