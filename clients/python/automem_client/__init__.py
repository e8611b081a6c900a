"""automem_client: a dependency-free Python client for `automem serve`.

The server runs games and memory schemas and hands out prompts (`Turn`) and rewards (`Result`);
the caller's model writes the replies. `Fleet` spreads sessions over many servers. See README.md
for a GRPO-style loop.
"""

from ._client import AutomemError, Client, Group, Message, Result, Session, TooManySessions, Turn
from .fleet import Fleet, FleetFull, FleetGroup, FleetSession, ReplicaDown, VersionMissing, parse_metrics

__all__ = ["AutomemError", "Client", "Fleet", "FleetFull", "FleetGroup", "FleetSession", "Group", "Message",
           "ReplicaDown", "Result", "Session", "TooManySessions", "Turn", "VersionMissing", "parse_metrics"]
__version__ = "0.1.0"
