#!/usr/bin/env bash
# A venv with the reference NetHack, the `nle` 1.3.0 wheel (PyPI), for the parity test and the
# benchmark; kept in ~/.cache/automem/venvs by its pinned requirements, so a fresh clone reuses it.
# Prints the venv's folder.
set -euo pipefail
requirements="nle==1.3.0 numpy==2.4.6 gymnasium==1.2.0"
key=$(printf '%s' "$requirements" | sha256sum | cut -c1-16)
venv=${XDG_CACHE_HOME:-$HOME/.cache}/automem/venvs/nle-$key
if [ ! -f "$venv/.complete" ]; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2 || {
    echo "nle-venv: python3 -m venv failed; install Debian's python3-venv (scripts/setup.sh does)" >&2
    exit 1
  }
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $requirements >&2
  "$venv/bin/python" -c "import nle" >&2
  touch "$venv/.complete"
fi
echo "$venv"
