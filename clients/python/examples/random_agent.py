"""Play one episode against a running `automem serve` with fixed protocol replies (an end-to-end check).

    AUTOMEM_URL=http://127.0.0.1:8080 AUTOMEM_MAX_STEPS=50 python3 examples/random_agent.py [SEED] [SCHEMA]

In the LOG phase the agent writes nothing (`<|DONE|>`); in PLAN it always commits `noop`.
"""

import os
import sys
from typing import Dict, List

from automem_client import AutomemError, Client


def main() -> int:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    schema = sys.argv[2] if len(sys.argv) > 2 else "crafter-v0"
    client = Client(os.environ.get("AUTOMEM_URL", "http://127.0.0.1:8080"))
    try:
        print("health:", client.health())
        session = client.create_session(game="crafter", seed=seed, schema=schema, max_steps=int(os.environ.get("AUTOMEM_MAX_STEPS", "50")))
    except AutomemError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1

    def generate(messages: List[Dict[str, str]]) -> str:
        assert session.turn is not None
        return "<|DONE|>" if session.turn.phase == "log" else "<|ACTION|>noop<|END|>"

    try:
        result = client.play(session, generate)
        print(f"trace: {len(session.trace())} step records")
    finally:
        session.close()
    print(f"session {session.id}: {result}")
    return 0 if result.error is None else 1


if __name__ == "__main__":
    sys.exit(main())
