"""`automem serve` replicas as Ray actors: one actor owns one server process. The process dies
with the actor (Linux `PR_SET_PDEATHSIG`), and the actor exits if the process dies, so Ray
restarts both. Trainers talk HTTP straight to the replicas (`ReplicaSet.fleet()`), not
through Ray."""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Dict, List, Optional, Sequence

import ray
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from automem_client import Fleet
from automem_client.replicas import ServeProcess


class _Replica:
    """The actor's body (see `ServeReplica`)."""

    def __init__(self, binary: str, data_dir: str, games: Sequence[str], schemas: Sequence[str],
                 extra_args: Sequence[str] = (), env: Optional[Dict[str, str]] = None,
                 host: str = "127.0.0.1", start_timeout: float = 120.0) -> None:
        full_env = dict(os.environ)
        full_env.update(env or {})
        # Started from the actor's main thread, which lives as long as the actor.
        self.proc = ServeProcess(binary, data_dir, games, schemas, extra_args, host=host, env=full_env)
        self.proc.start(start_timeout)
        url = str(self.proc.url)
        if "//0.0.0.0:" in url or "//[::]:" in url:  # listening on every address: name this node's
            port = url.rsplit(":", 1)[1]
            url = f"http://{ray.util.get_node_ip_address()}:{port}"
        self.public_url = url
        self.stopping = False
        threading.Thread(target=self._exit_with_server, daemon=True).start()

    def _exit_with_server(self) -> None:
        while self.proc.alive():
            time.sleep(0.2)
        if not self.stopping:
            os._exit(1)  # the server died: so does the actor, and Ray restarts it (a new server)

    def url(self) -> str:
        """The server's address, e.g. `http://127.0.0.1:40123` (it changes when Ray restarts the actor)."""
        return self.public_url

    def info(self) -> Dict[str, Any]:
        """Address, server pid, node id and data folder."""
        return {"url": self.public_url, "pid": self.proc.pid, "node": ray.get_runtime_context().get_node_id(),
                "data": self.proc.data_dir}

    def stop_server(self) -> None:
        """Stop the server (Ctrl-C: running requests finish, sessions close); the actor stays
        until killed (`ReplicaSet.stop` does both)."""
        self.stopping = True
        self.proc.stop()


#: The actor class: restarted by Ray for ever when it dies (its server died, or its node).
ServeReplica = ray.remote(num_cpus=0, max_restarts=-1, max_task_retries=-1)(_Replica)


class ReplicaSet:
    """Replica actors, one per node (or where the caller puts them), and the Fleet over them."""

    def __init__(self, binary: str, games: Sequence[str], schemas: Sequence[str],
                 extra_args: Sequence[str] = (), data_root: str = "/tmp/automem-ray",
                 env: Optional[Dict[str, str]] = None, host: str = "127.0.0.1") -> None:
        """`binary` and the components must exist at these paths on every node. Each replica's
        folder is `data_root/<name>` on its node (kept across restarts: the registry is durable).
        `host`: the address the servers listen on (a node's own IP for a real multi-host cluster)."""
        self.binary, self.games, self.schemas = binary, list(games), list(schemas)
        self.extra_args, self.data_root, self.env, self.host = list(extra_args), data_root, env, host
        self.actors: List[Any] = []
        self.names: List[str] = []

    def start_on(self, node_id: str, name: Optional[str] = None) -> int:
        """Start a replica pinned to `node_id` (a node that joined later takes work this way).
        Returns its index."""
        strategy = NodeAffinitySchedulingStrategy(node_id=node_id, soft=False)
        return self.start(name, scheduling_strategy=strategy)

    def start(self, name: Optional[str] = None, **options: Any) -> int:
        """Start a replica with Ray actor `options` (e.g. a placement group beside a trainer's
        workers). Returns its index."""
        name = name or f"replica-{len(self.actors)}"  # 1-32 letters, digits, dashes (--instance-id)
        # The replica's name prefixes its session ids (`replica-0-s-12`): unique across the set.
        args = [*self.extra_args, "--instance-id", name]
        actor = ServeReplica.options(**options).remote(
            self.binary, os.path.join(self.data_root, name), self.games, self.schemas, args, self.env, self.host)
        self.actors.append(actor)
        self.names.append(name)
        return len(self.actors) - 1

    def start_per_node(self) -> List[int]:
        """One replica on every alive node that has none yet."""
        have = {i["node"] for i in self.infos()} if self.actors else set()
        started = []
        for node in ray.nodes():
            if node.get("Alive") and node["NodeID"] not in have:
                started.append(self.start_on(node["NodeID"]))
        return started

    def infos(self, timeout: float = 180.0) -> List[Dict[str, Any]]:
        """Each replica's `info()` (waits for them to be up)."""
        return list(ray.get([a.info.remote() for a in self.actors], timeout=timeout))

    def urls(self, timeout: float = 180.0) -> List[str]:
        """Each replica's address."""
        return [str(i["url"]) for i in self.infos(timeout)]

    def fleet(self, **options: Any) -> Fleet:
        """A Fleet over the replicas (Fleet's options, e.g. `admin_token`)."""
        return Fleet(self.urls(), **options)

    def refresh(self, fleet: Fleet) -> List[int]:
        """Point the fleet at restarted replicas' new addresses and add new replicas; returns
        the indices whose address changed or that were added."""
        changed = []
        for i, url in enumerate(self.urls()):
            if i >= len(fleet.replicas):
                fleet.add_replica(url)
                changed.append(i)
            elif fleet.replicas[i].client.base_url != url.rstrip("/"):
                fleet.replicas[i].client.base_url = url.rstrip("/")
                fleet.replicas[i].down_since = None
                changed.append(i)
        return changed

    def stop(self) -> None:
        """Stop every replica and its server."""
        for a in self.actors:
            try:
                ray.get(a.stop_server.remote(), timeout=30)
            except (ray.exceptions.RayActorError, ray.exceptions.GetTimeoutError):
                pass  # killed below; its server dies with it
            ray.kill(a, no_restart=True)
        self.actors, self.names = [], []
