#!/usr/bin/env bash
# Install the pinned tools for Python and JavaScript guests into the project's .tools/ (gitignored):
#   .tools/venv        componentize-py 0.25.1 (PyPI), for guests with toolchain = "componentize-py"
#   .tools/js          componentize-js 0.23.0 (StarlingMonkey), componentize-qjs 0.4.5 (QuickJS) and
#                      rolldown 1.3.3 (bundles plugins/sdk-js into a guest), from npm, as locked in
#                      scripts/guest-tools/package-lock.json. preview2-shim 0.25.0 is pinned at the
#                      top too: componentize-js imports it at run time but lists it only as a dev
#                      dependency, and with 0.26 its splicer cannot read the WIT folder.
# Safe to run again: it only installs what is missing or at another version. Needs python3 (with
# venv) and node/npm; without them it says so and exits 0, and `automem build` skips those guests.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=.tools
pins=scripts/guest-tools
mkdir -p "$tools"

py_version=$(sed -n 's/^componentize-py==//p' "$pins/requirements.txt")
if [ "$("$tools/venv/bin/componentize-py" --version 2>/dev/null | awk '{print $NF}')" != "$py_version" ]; then
  if command -v python3 >/dev/null 2>&1 && python3 -m venv --help >/dev/null 2>&1; then
    echo "setup-guest-tools: installing componentize-py $py_version into $tools/venv" >&2
    python3 -m venv "$tools/venv"
    "$tools/venv/bin/pip" install --quiet --disable-pip-version-check -r "$pins/requirements.txt"
  else
    echo "setup-guest-tools: python3 with venv is missing; Python guests will not build (apt-get install python3-venv)" >&2
  fi
fi

js_ok() {
  local dir=$tools/js/node_modules
  grep -q '"version": "0.23.0"' "$dir/@bytecodealliance/componentize-js/package.json" 2>/dev/null &&
    grep -q '"version": "0.4.5"' "$dir/componentize-qjs/package.json" 2>/dev/null &&
    grep -q '"version": "1.3.3"' "$dir/rolldown/package.json" 2>/dev/null &&
    cmp -s "$pins/package-lock.json" "$tools/js/package-lock.json"
}
if ! js_ok; then
  if command -v npm >/dev/null 2>&1; then
    echo "setup-guest-tools: installing componentize-js, componentize-qjs and rolldown into $tools/js" >&2
    mkdir -p "$tools/js"
    cp "$pins/package.json" "$pins/package-lock.json" "$tools/js/"
    (cd "$tools/js" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "setup-guest-tools: npm is missing; JavaScript guests will not build (apt-get install nodejs npm)" >&2
  fi
fi
