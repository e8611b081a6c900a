"""Drive groups exactly as GRPO does: G rollouts per prompt (one seed, one pinned version, one
replica), stepped together so each round's turns can be batched on the inference engine, then
group-relative advantages. A group that loses sessions with its replica is refilled on another
replica with the same seed and version."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from .._client import Message
from ..fleet import Fleet, FleetGroup, FleetSession, ReplicaDown

#: `generate(batch of chats) -> replies`, one per chat, in order: the text, or a dict with
#: `"text"` and whatever the trainer needs back (token ids, logprobs), kept in `turns`.
BatchGenerate = Callable[[List[List[Message]]], List[Any]]


@dataclass
class GroupResult:
    """One prompt's G rollouts: rewards, advantages (reward - group mean, over std when `scale`)."""

    seed: int
    schema: Dict[str, str]
    sessions: List[FleetSession]
    rewards: List[float]
    advantages: List[float]
    refilled: int = 0  # rollouts started again after their replica was lost
    turns: List[List[Dict[str, Any]]] = field(default_factory=list)  # per rollout: {"messages", "reply", "output"}


def advantages(rewards: Sequence[float], scale: bool = True) -> List[float]:
    """GRPO's group-relative advantages: (r - mean) / (std + 1e-6), or r - mean without `scale`."""
    n = len(rewards)
    if n == 0:
        return []
    mean = sum(rewards) / n
    std = (sum((r - mean) ** 2 for r in rewards) / n) ** 0.5
    return [(r - mean) / (std + 1e-6) if scale else r - mean for r in rewards]


def run_groups(fleet: Fleet, prompts: Sequence[Dict[str, Any]], group_size: int, generate: BatchGenerate,
               scale: bool = True, max_refills: int = 2, keep_turns: bool = False) -> List[GroupResult]:
    """Play one group of `group_size` per prompt (`{"game", "seed", "schema", ...}`: the options
    of `Fleet.create_group`) to the end and return each group's rewards and advantages.

    Every round, the pending turn of every live session (all groups) goes to one `generate`
    call. When a replica dies, its sessions are dropped from their group and as many new ones
    start elsewhere with the same seed and pinned version (at most `max_refills` times per group)."""
    groups: List[FleetGroup] = [fleet.create_group(group_size, **dict(p)) for p in prompts]
    members: List[List[FleetSession]] = [list(g.sessions) for g in groups]
    refills = [0] * len(groups)
    history: Dict[int, List[Dict[str, Any]]] = {}
    while True:
        live = [(gi, s) for gi, ss in enumerate(members) for s in ss if not s.done]
        if not live:
            break
        chats = [s.turn.messages if s.turn else [] for _, s in live]
        replies = generate(chats)
        if len(replies) != len(chats):
            raise ValueError(f"generate answered {len(replies)} replies for {len(chats)} chats")
        for (gi, s), chat, output in zip(live, chats, replies):
            if s.done:  # lost with its replica earlier in this round
                continue
            text = output if isinstance(output, str) else str(output["text"])
            try:
                s.reply(text)
            except ReplicaDown:
                pass  # handled below for every group that lost sessions
            if keep_turns:
                history.setdefault(id(s), []).append({"messages": chat, "reply": text, "output": output})
        for gi, g in enumerate(groups):
            lost = [s for s in members[gi] if s.lost is not None]
            if not lost:
                continue
            if refills[gi] >= max_refills:
                raise ReplicaDown(g.replica, fleet.replicas[g.replica].url, f"group {g.id} lost sessions "
                                  f"{max_refills + 1} times", [s.id for s in lost])
            refills[gi] += 1
            spec = f"{g.schema['name']}@{g.schema['hash']}"
            options = {k: v for k, v in prompts[gi].items() if k not in ("schema", "seed")}
            again = fleet.create_group(len(lost), seed=g.seed, schema=spec, **options)
            members[gi] = [s for s in members[gi] if s.lost is None] + list(again.sessions)
    out = []
    for gi, g in enumerate(groups):
        rewards = [s.result.reward if s.result else 0.0 for s in members[gi]]
        out.append(GroupResult(g.seed, g.schema, members[gi], rewards, advantages(rewards, scale), refills[gi],
                               [history.get(id(s), []) for s in members[gi]]))
    return out


def close_all(results: Sequence[GroupResult]) -> None:
    """Close every session of the results (frees their places on the replicas)."""
    for r in results:
        for s in r.sessions:
            s.close()


def single_prompt(game: str, seed: int, schema: str, max_steps: Optional[int] = None, **options: Any) -> Dict[str, Any]:
    """A prompt row for `run_groups`."""
    row: Dict[str, Any] = {"game": game, "seed": seed, "schema": schema, **options}
    if max_steps is not None:
        row["max_steps"] = max_steps
    return row
