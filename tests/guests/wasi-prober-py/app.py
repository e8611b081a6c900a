"""Test guest: reports, as `key=value` lines in reset's observation, what a Python guest reaches."""

import os
import random
import sys
import time

from wit_world import exports
from wit_world.exports import environment as env
from wit_world.imports import types


def attempt(fn):
    try:
        fn()
        return "ok"
    except Exception:
        return "denied"


def connect():
    import socket

    socket.create_connection(("127.0.0.1", 80), timeout=1)


def write():
    with open("/tmp/automem-probe", "w") as f:
        f.write("x")


def report(seed):
    start = time.monotonic_ns()
    lines = {
        "env": str(len(os.environ)),
        "args": str(len(sys.argv)),
        "read-etc-passwd": attempt(lambda: open("/etc/passwd").read()),
        "list-root": attempt(lambda: os.listdir("/")),
        "write-file": attempt(write),
        "connect": attempt(connect),
        "wall-clock-secs": str(int(time.time())),
        "monotonic-elapsed-ns": str(time.monotonic_ns() - start),
        "urandom": os.urandom(8).hex(),
        "random": repr(random.random()),
    }
    return "\n".join(f"{k}={v}" for k, v in lines.items())


class Environment(exports.Environment):
    def info(self):
        return env.GameInfo("wasi-prober-py", "0.1.0", ["probe"], ["wait"], "wait", 1, "Reports what it can reach.")

    def task_info(self, task):
        return self.info()

    def reset(self, seed, options):
        return types.Observation(report(seed), "", "{}")

    def step(self, action):
        obs = types.Observation("", "", "{}")
        return env.StepResult(obs, 0.0, True, False, 0.0, True, [])

    def draw(self):
        return None
