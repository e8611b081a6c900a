#!/usr/bin/env bash
# A venv with Selenium (PyPI, pinned) for the viewer's browser test (scripts/view-browser-test.sh),
# which drives Debian's headless chromium through chromium-driver (scripts/setup.sh installs
# both). Kept in ~/.cache/automem/venvs by its pinned requirements. Prints the venv's folder.
#   scripts/view-venv.sh
set -euo pipefail
requirements="selenium==4.27.1"
key=$(printf '%s' "$requirements" | sha256sum | cut -c1-16)
venv=${XDG_CACHE_HOME:-$HOME/.cache}/automem/venvs/view-$key
if [ ! -f "$venv/.complete" ]; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2 || {
    echo "view-venv: python3 -m venv failed; install Debian's python3-venv (scripts/setup.sh does)" >&2
    exit 1
  }
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $requirements >&2
  "$venv/bin/python" -c "import selenium" >&2
  touch "$venv/.complete"
fi
echo "$venv"
