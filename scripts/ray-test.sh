#!/usr/bin/env bash
# automem-ray's tests on a local 3-node Ray cluster (ray.cluster_utils.Cluster, one machine):
# replica actors behind a Fleet, restarts, a node joining later, a sharded run. Installs Ray
# into a cached venv (scripts/ray-venv.sh) and builds the binary and components if needed.
# About 70 s and at most 1.7 GB (summed RSS) here.
#   scripts/ray-test.sh [unittest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(bash scripts/ray-venv.sh)
[ -x target/debug/automem ] || cargo build -p automem --quiet
for c in corridor generic-v0 random; do
  [ -f "target/components/$c.wasm" ] || ./target/debug/automem build "$c"
done
export AUTOMEM_BIN="$PWD/target/debug/automem" RAY_DISABLE_USAGE_STATS=1 RAY_USAGE_STATS_ENABLED=0
cd clients/ray
exec "$venv/bin/python" -m unittest discover -s tests -v "$@"
