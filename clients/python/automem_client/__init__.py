"""automem_client: a dependency-free Python client for `automem serve`.

The server runs games and memory schemas and hands out prompts (`Turn`) and rewards (`Result`);
the caller's model writes the replies. See README.md for a GRPO-style loop.
"""

from ._client import AutomemError, Client, Group, Message, Result, Session, TooManySessions, Turn

__all__ = ["AutomemError", "Client", "Group", "Message", "Result", "Session", "TooManySessions", "Turn"]
__version__ = "0.1.0"
