"""Run a standalone wasm32 trace build of the NetHack C side (c/game.c with -DNH_STANDALONE and
-DNH_RNG_TRACE, asyncified) under Python's wasmtime: plays SEED with KEYS, writes the screens to
stdout and the RNG draws (file:line arg result) to the file RNG_OUT.

    python3 scripts/nethack_trace_run.py MODULE NHDAT SEED KEYS RNG_OUT
"""
import sys

import wasmtime

module, nhdat_path, seed, keys, rng_out = sys.argv[1:6]
OPTS = ("autopickup,color,disclose:+i +a +v +g +c +o,mention_walls,nobones,nocmdassist,nolegacy,"
        "nosparkle,pickup_burden:unencumbered,pickup_types:$?!/,runmode:teleport,showexp,showscore,"
        "time,name:Agent-@,race:random,gender:random,align:random")
engine = wasmtime.Engine()
store = wasmtime.Store(engine)
inst = wasmtime.Instance(store, wasmtime.Module.from_file(engine, module), [])
ex = inst.exports(store)
mem = ex["memory"]


def call(name, *args):
    return ex[name](store, *args)


def put(b):
    p = call("sa_alloc", len(b) + 1)
    mem.write(store, b + b"\0", p)
    return p


def screen():
    o = call("sa_obs")
    b = bytes(mem.read(store, o + 12, o + 12 + 24 * 80))
    return "\n".join(b[r * 80:(r + 1) * 80].decode("latin1") for r in range(24)) + "\n--"


call("sa_init")
nhdat = open(nhdat_path, "rb").read()
assert call("sa_add", put(b"nhdat"), put(nhdat), len(nhdat)) == 0
call("sa_start", int(seed), put(OPTS.encode()))
print(screen())
for k in keys.encode("latin1"):
    if not call("sa_step", k):
        break
print(screen())
p = call("sa_stderr")
n = call("sa_len")
open(rng_out, "wb").write(bytes(mem.read(store, p, p + n)) if n else b"")
