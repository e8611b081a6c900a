"""automem-ray: `automem serve` replicas as Ray actors (one per node, or beside a trainer's
workers) and sharded `automem run` evaluation as Ray tasks. Trainers reach the replicas over
HTTP with `automem_client.Fleet`; Ray only places and restarts them."""

from .replicas import ReplicaSet, ServeReplica
from .sharded import ShardError, sharded_run, split

__all__ = ["ReplicaSet", "ServeReplica", "ShardError", "sharded_run", "split"]
__version__ = "0.1.0"
