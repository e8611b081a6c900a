"""Sharded offline evaluation: `automem run` over shards of the seeds as Ray tasks (retried
when a worker or node is lost), merged into one run folder. A last local `automem run` over
all the seeds into that folder skips every finished episode and writes `summary.json`, so the
folder is exactly what one `automem run` would have written."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import tarfile
import tempfile
from typing import Any, Dict, List, Optional, Sequence

import ray

#: Most bytes one shard may send back (its traces and memory folders, compressed).
MAX_SHARD_BYTES = 1 << 30

_EPISODE_FILE = re.compile(r"^(?:episode-(\d+)\.(?:jsonl\.zst|jsonl|memory\.jsonl|json)|memory-(\d+)(?:/.*)?)$")


class ShardError(RuntimeError):
    """A shard failed after all its retries; the merged folder holds the other shards (a re-run resumes)."""


def _seed_list(seeds: Sequence[int]) -> str:
    return ",".join(str(int(s)) for s in seeds)


@ray.remote(num_cpus=1)
def _run_shard(binary: str, run_args: List[str], seeds: List[int], die_once: Optional[str]) -> bytes:
    """Play `seeds` into a fresh folder on this node; return that folder as a .tar.gz."""
    if die_once and not os.path.exists(die_once):
        # Failure drill for tests: the first attempt's worker dies mid-shard, as on a lost node.
        open(die_once, "w").close()
        os._exit(1)
    with tempfile.TemporaryDirectory(prefix="automem-shard-") as tmp:
        out = os.path.join(tmp, "out")
        cmd = [binary, "run", *run_args, "--seeds", _seed_list(seeds), "--out", out]
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            tail = done.stderr[-2000:].decode("utf-8", "replace")
            raise RuntimeError(f"automem run of seeds {_seed_list(seeds)} exited {done.returncode}: {tail}")
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for name in sorted(os.listdir(out)):
                if name != "summary.json":  # the merge writes the one summary
                    tar.add(os.path.join(out, name), arcname=name)
        data = buf.getvalue()
        if len(data) > MAX_SHARD_BYTES:
            raise RuntimeError(f"shard of seeds {_seed_list(seeds)} is {len(data)} bytes, over {MAX_SHARD_BYTES}")
        return data


def _unpack(data: bytes, seeds: Sequence[int], out: str) -> None:
    """Extract a shard into `out`: only its own seeds' episode files and memory folders, as
    plain files and folders (no links, nothing outside `out`)."""
    if not hasattr(tarfile, "data_filter"):
        raise ShardError("unpacking shards needs tarfile's extraction filters (Python 3.9.17+, 3.10.12+, 3.11.4+)")
    allowed = {int(s) for s in seeds}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        members = tar.getmembers()
        for m in members:
            match = _EPISODE_FILE.match(m.name)
            seed = match and int(match.group(1) or match.group(2))
            if not match or seed not in allowed or not (m.isfile() or m.isdir()) or ".." in m.name.split("/"):
                raise ShardError(f"shard of seeds {_seed_list(seeds)} holds an unexpected entry {m.name!r}")
        tar.extractall(out, members=members, filter="data")


def split(seeds: Sequence[int], shards: int) -> List[List[int]]:
    """`seeds` in `shards` contiguous parts of nearly equal size (none empty)."""
    seeds = list(seeds)
    shards = max(1, min(shards, len(seeds)))
    size, extra = divmod(len(seeds), shards)
    parts, start = [], 0
    for i in range(shards):
        end = start + size + (1 if i < extra else 0)
        parts.append(seeds[start:end])
        start = end
    return parts


def sharded_run(binary: str, out: str, run_args: Sequence[str], seeds: Sequence[int], shards: int,
                retries: int = 3, die_once: Optional[str] = None) -> Dict[str, Any]:
    """Play `seeds` with `automem run RUN_ARGS` as `shards` Ray tasks (each retried `retries`
    times), merge them into `out` and write its `summary.json` (returned). `run_args` are the
    flags other than `--seeds`/`--out` (`--game`, `--schema`, `--policy`, ...), with paths that
    exist on every node. Seeds already finished in `out` are not played again. `die_once`: a
    path; the first shard to find it missing kills its worker (a failure drill for tests)."""
    if not seeds:
        raise ValueError("sharded_run needs at least one seed")
    os.makedirs(out, exist_ok=True)
    todo = [s for s in seeds if not _finished(out, s)]
    parts = split(todo, shards) if todo else []
    task = _run_shard.options(max_retries=retries, retry_exceptions=True)
    pending = {task.remote(binary, list(run_args), part, die_once): part for part in parts}
    failed: List[str] = []
    while pending:
        ready, _ = ray.wait(list(pending), num_returns=1)
        part = pending.pop(ready[0])
        try:
            _unpack(ray.get(ready[0]), part, out)
        except (ray.exceptions.RayError, ShardError) as e:
            failed.append(f"seeds {_seed_list(part)}: {e}")
    if failed:
        raise ShardError(f"{len(failed)} shard(s) failed after {retries} retries; {out} holds the others "
                         "(run again to finish): " + "; ".join(failed))
    cmd = [binary, "run", *run_args, "--seeds", _seed_list(seeds), "--out", out]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise ShardError(f"the merge run exited {done.returncode}: {done.stderr[-2000:].decode('utf-8', 'replace')}")
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        return dict(json.load(f))


def _finished(out: str, seed: int) -> bool:
    """An episode record without `error` (what `automem run` skips on a re-run)."""
    try:
        with open(os.path.join(out, f"episode-{seed}.json"), encoding="utf-8") as f:
            return "error" not in json.load(f)
    except (OSError, ValueError):
        return False
