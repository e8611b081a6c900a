"""SkyRL's text environment (`skyrl_gym.envs.base_text_env.BaseTextEnv`): `init` starts a session
on a Fleet from the row's `extras` (`game`, `seed`, `schema`, ...), `step(action)` replies.

    from skyrl_gym.envs.base_text_env import BaseTextEnv
    AutomemEnv = define_text_env(BaseTextEnv, lambda: Fleet([...]))

SkyRL keeps one growing chat and appends `observations`. Within a phase automem's next chat
extends the last one, so the observations are just the new messages; when a new phase starts
its chat does not, and the observations are that whole new chat with `metadata["phase_reset"]`
set (a generator that honours it restarts the chat there, as automem's own prompts do). The
reward is the episode's, on the last step."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from ..fleet import Fleet

_OPTIONS = ("game", "seed", "schema", "mode", "task", "max_steps", "schema_settings")


def define_text_env(BaseTextEnv: Any, fleet_factory: Callable[[], Fleet]) -> Any:
    """Define the environment class over SkyRL's base class; returns it (register it with
    `skyrl_gym.envs.register(id="automem", entry_point=...)`)."""
    fleets: Dict[str, Fleet] = {}

    def fleet() -> Fleet:
        if "f" not in fleets:
            fleets["f"] = fleet_factory()
        return fleets["f"]

    class AutomemTextEnv(BaseTextEnv):  # type: ignore[misc, valid-type]
        """One automem episode; each step is one model turn."""

        def __init__(self, env_config: Any = None, extras: Optional[Dict[str, Any]] = None) -> None:
            super().__init__()
            self.options = {k: v for k, v in (extras or {}).items() if k in _OPTIONS}
            self.max_turns = int((extras or {}).get("max_turns", 1_000_000))
            self.session: Any = None
            self.chat: List[Dict[str, str]] = []

        def init(self, prompt: Any) -> Tuple[List[Dict[str, str]], Dict[str, Any]]:
            self.session = fleet().create_session(**self.options)
            self.chat = list(self.session.turn.messages) if self.session.turn else []
            return list(self.chat), {"automem_session": self.session.id}

        def step(self, action: str) -> Dict[str, Any]:
            self.turns += 1
            s = self.session
            s.reply(action)
            if s.done or s.turn is None:
                reward = s.result.reward if s.result else 0.0
                end = s.result.end_reason if s.result else s.status
                return {"observations": [], "reward": reward, "done": True,
                        "metadata": {"automem_session": s.id, "end_reason": end}, "postprocessed_action": None}
            before = self.chat + [{"role": "assistant", "content": action}]
            now = list(s.turn.messages)
            reset = now[: len(before)] != before
            self.chat = now
            return {"observations": now if reset else now[len(before):], "reward": 0.0, "done": False,
                    "metadata": {"automem_session": s.id, "phase_reset": reset, "phase": s.turn.phase},
                    "postprocessed_action": None}

        def close(self) -> None:
            if self.session is not None:
                self.session.close()

    return AutomemTextEnv
