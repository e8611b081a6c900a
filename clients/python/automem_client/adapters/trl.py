"""TRL's `GRPOTrainer(rollout_func=...)`: each dataset prompt is a JSON row
`{"game", "seed", "schema", ...}`; TRL repeats it `num_generations` times in a row, and each run
of equal prompts becomes one automem group on one replica. The rollout returns TRL's fields
(`prompt_ids`, `completion_ids`, `logprobs`: every turn of an episode concatenated, as TRL's
multi-turn examples do) and `automem_reward`, which `reward_automem` hands back as the reward."""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Sequence

from .._client import AutomemError, Message
from ..fleet import Fleet
from .grpo import run_groups

#: `generate_tokens(trainer, chats) -> [{"text", "prompt_ids", "completion_ids", "logprobs"}]`,
#: e.g. over `trl.experimental.openenv.generate_rollout_completions` with the chat template.
TokenGenerate = Callable[[Any, List[List[Message]]], List[Dict[str, Any]]]


def _runs(prompts: Sequence[str]) -> List[List[int]]:
    """Indices of consecutive equal prompts."""
    runs: List[List[int]] = []
    for i, p in enumerate(prompts):
        if runs and prompts[runs[-1][0]] == p:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _row(prompt: str) -> Dict[str, Any]:
    try:
        row = json.loads(prompt)
    except ValueError:
        row = None
    if not isinstance(row, dict) or "seed" not in row or "schema" not in row:
        raise AutomemError(0, "bad-prompt", f"a prompt must be a JSON object with game, seed and schema, "
                                            f"not {prompt[:80]!r}")
    return row


def make_rollout_func(fleet: Fleet, generate_tokens: TokenGenerate) -> Callable[[List[str], Any], Dict[str, List[Any]]]:
    """A `rollout_func(prompts, trainer)` for TRL's GRPOTrainer, playing on `fleet`."""

    def rollout_func(prompts: List[str], trainer: Any) -> Dict[str, List[Any]]:
        runs = _runs(prompts)
        out: Dict[str, List[Any]] = {"prompt_ids": [], "completion_ids": [], "logprobs": [], "automem_reward": [],
                                     "automem_session": []}
        # One run_groups call per group size (GRPO's are all equal: num_generations).
        sizes = sorted({len(r) for r in runs})
        by_index: Dict[int, Dict[str, Any]] = {}
        for size in sizes:
            chosen = [r for r in runs if len(r) == size]
            results = run_groups(fleet, [_row(prompts[r[0]]) for r in chosen], size,
                                 lambda chats: generate_tokens(trainer, chats), scale=False, keep_turns=True)
            for run, res in zip(chosen, results):
                for i, s, turns, reward in zip(run, res.sessions, res.turns, res.rewards):
                    sample = {"prompt_ids": [], "completion_ids": [], "logprobs": [], "automem_reward": reward,
                              "automem_session": s.id}
                    for t in turns:
                        sample["prompt_ids"] += list(t["output"].get("prompt_ids", []))
                        sample["completion_ids"] += list(t["output"].get("completion_ids", []))
                        sample["logprobs"] += list(t["output"].get("logprobs", []))
                    by_index[i] = sample
                    s.close()
        for i in range(len(prompts)):
            for k in out:
                out[k].append(by_index[i][k])
        return out

    return rollout_func


def reward_automem(completions: List[Any], automem_reward: List[float], **kwargs: Any) -> List[float]:
    """A TRL reward function: the episode's reward from automem (the rollout's extra field)."""
    return [float(r) for r in automem_reward]
