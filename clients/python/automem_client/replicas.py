"""Start and stop local `automem serve` processes (the fleet tests, the benchmark and the Ray
actors use this): each on a free port it prints, its log in its data folder, killed with its
parent on Linux."""

from __future__ import annotations

import ctypes
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from typing import Dict, List, Optional, Sequence

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


class ServeProcess:
    """One `automem serve --addr 127.0.0.1:0` child. `url` is set once it listens.

    The child gets SIGKILL when the thread that started it exits (Linux `PR_SET_PDEATHSIG`), so
    a replica never outlives its owner; start it from a thread that lives as long as the owner."""

    def __init__(self, binary: str, data_dir: str, games: Sequence[str], schemas: Sequence[str],
                 extra_args: Sequence[str] = (), host: str = "127.0.0.1",
                 env: Optional[Dict[str, str]] = None) -> None:
        self.binary, self.data_dir = binary, data_dir
        self.args: List[str] = [binary, "serve", "--addr", f"{host}:0", "--data", data_dir]
        for g in games:
            self.args += ["--game", g]
        for s in schemas:
            self.args += ["--schema", s]
        self.args += list(extra_args)
        self.env = env
        self.proc: Optional[subprocess.Popen] = None
        self.url: Optional[str] = None
        self._drainer: Optional[threading.Thread] = None

    @property
    def log_path(self) -> str:
        """The server's log (its stderr), in its data folder."""
        return os.path.join(self.data_dir, "serve.log")

    def start(self, timeout: float = 120.0) -> "ServeProcess":
        """Start it and wait until it prints its address (`timeout` seconds at most)."""
        if not os.path.isfile(self.binary):
            raise FileNotFoundError(f"no automem binary at {self.binary}; build it with `cargo build -p automem`")
        os.makedirs(self.data_dir, exist_ok=True)
        env = dict(os.environ if self.env is None else self.env)
        log = open(self.log_path, "ab")
        try:
            self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                         env=env, preexec_fn=_die_with_parent)
        finally:
            log.close()
        assert self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline, buf = time.monotonic() + timeout, b""
        try:
            while b"\n" not in buf:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    self.kill()
                    raise RuntimeError(f"automem serve did not start within {timeout:.0f} s "
                                       f"(exit {self.proc.returncode}); see {self.log_path}: {self._log_tail()}")
                if sel.select(min(left, 0.5)):
                    chunk = os.read(self.proc.stdout.fileno(), 4096)
                    if not chunk:
                        continue
                    buf += chunk
                    if len(buf) > 65536:
                        self.kill()
                        raise RuntimeError("automem serve printed too much before its address")
        finally:
            sel.close()
        line = buf.split(b"\n", 1)[0].decode("utf-8", "replace")
        marker = "listening on "
        if marker not in line:
            self.kill()
            raise RuntimeError(f"unexpected first line from automem serve: {line!r}")
        self.url = line.split(marker, 1)[1].strip()
        self._drainer = threading.Thread(target=self._drain, daemon=True)
        self._drainer.start()
        return self

    def _drain(self) -> None:
        out = self.proc.stdout if self.proc else None
        while out is not None and out.read(65536):
            pass

    def _log_tail(self) -> str:
        try:
            with open(self.log_path, "rb") as f:
                f.seek(max(0, os.path.getsize(self.log_path) - 2000))
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    @property
    def pid(self) -> int:
        """The server's process id (0 before start)."""
        return self.proc.pid if self.proc else 0

    def alive(self) -> bool:
        """Still running."""
        return self.proc is not None and self.proc.poll() is None

    def stop(self, grace: float = 10.0) -> None:
        """Ctrl-C (the server finishes running requests and closes its sessions), then SIGKILL."""
        if not self.alive():
            self._close_pipe()
            return
        assert self.proc is not None
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._close_pipe()

    def kill(self) -> None:
        """SIGKILL (a crash, for failure tests) and reap it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._close_pipe()

    def _close_pipe(self) -> None:
        if self._drainer is not None:
            self._drainer.join(timeout=2)
        if self.proc is not None and self.proc.stdout is not None and not self.proc.stdout.closed:
            self.proc.stdout.close()

    def __enter__(self) -> "ServeProcess":
        return self.start() if self.url is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()
