"""pairs-notes-py: a memory schema for Pairs, in Python.

The model keeps `cards.txt` (one line per card seen: "B3 owl"); the schema keeps `matched.txt`
itself after each step and prunes matched cards from `cards.txt`, refuses model writes to its own
file, and gates flips of cards already matched. It works for any game that reports "matched" in
its observation info (games/pairs-py and games/pairs-js do).
"""

import json

from automem_sdk import fail, memory, settings
from wit_world import exports
from wit_world.exports import scaffold
from wit_world.imports import types

CARDS = "cards.txt"
MATCHED = "matched.txt"
LOG_GUIDE = (
    "Your memory is a set of files. Record every card you saw this step in cards.txt, one line "
    "each as 'POSITION WORD' (e.g. <|APPEND|>cards.txt|B3 owl<|END|>). End with <|DONE|>."
)
PLAN_GUIDE = (
    "Memory is read-only now. Look up cards you saw with <|READ|>cards.txt<|END|> or "
    "<|SEARCH|>cards.txt|owl<|END|>, then commit one action with <|ACTION|>flip B3<|END|>."
)

EPISODE = {}


def info_of(context):
    try:
        return json.loads(context.observation.info)
    except ValueError:
        return {}


def files_index(index):
    if not index:
        return "(no files)"
    return "\n".join(f"- {f.path} ({f.lines} lines)" for f in index)


class Scaffold(exports.Scaffold):
    """The memory-schema world's export."""

    def describe(self):
        return scaffold.SchemaInfo(
            name="pairs-notes-py",
            version="0.1.0",
            description="Pairs: the model notes the cards it saw; code keeps the matched ones.",
            game="*",
            files=[
                scaffold.FileSpec(CARDS, "One line per card seen: its position and word, e.g. 'B3 owl'.", ""),
                scaffold.FileSpec(MATCHED, "Kept by the schema: the positions already matched.", ""),
            ],
            log_ops=["SEARCH", "READ", "APPEND", "WRITE", "DONE"],
            plan_ops=["SEARCH", "READ", "ACTION"],
            custom_ops=[],
            max_log_calls=3,
            max_plan_calls=3,
            max_gate_rejections=2,
            tunables=[],
            fallback_action=None,
        )

    def start(self, episode):
        try:
            settings(episode.settings, allowed=("none",))
        except ValueError as e:
            fail(f"pairs-notes-py has no tunables: {e}")
        EPISODE["instructions"] = episode.instructions
        EPISODE["actions"] = ", ".join(episode.actions)

    def build_prompt(self, context):
        guide = LOG_GUIDE if context.phase == types.Phase.LOG else PLAN_GUIDE
        obs = context.observation
        user = (
            f"Step {context.step}.\n\nMemory files:\n{files_index(context.memory_index)}\n\n"
            f"Observation:\n{obs.long_term_context}\n\n{obs.short_term_context}"
        )
        system = f"{EPISODE.get('instructions', '')}\n\nValid actions: {EPISODE.get('actions', '')}\n\n{guide}"
        return scaffold.Prompt(system, user)

    def check_op(self, phase, op):
        path = getattr(op.value, "path", None) if hasattr(op, "value") else None
        if isinstance(op, (types.MemoryOp_Write, types.MemoryOp_Append)) and path == MATCHED:
            return scaffold.OpVerdict_Reject(f"{MATCHED} is kept by the schema; note cards in {CARDS}")
        return scaffold.OpVerdict_Allow()

    def run_custom_op(self, phase, op):
        fail(f"pairs-notes-py has no operation named {op.name}")

    def gate_action(self, context, action):
        matched = info_of(context).get("matched", [])
        if action.startswith("flip ") and action[5:] in matched:
            return scaffold.ActionVerdict_Reject(f"{action[5:]} is already matched; flip a face-down card")
        return scaffold.ActionVerdict_Accept()

    def after_step(self, context):
        matched = info_of(context).get("matched", [])
        notes = []
        text = "".join(f"{p}\n" for p in matched)
        try:
            if memory.read(MATCHED, default="") != text:
                memory.write(MATCHED, text)
                notes.append(f"{MATCHED}: {len(matched)} positions")
            cards = memory.read(CARDS, default="")
            kept = [line for line in cards.splitlines() if line.split(" ", 1)[0] not in matched]
            if len(kept) != len(cards.splitlines()):
                memory.write(CARDS, "".join(f"{line}\n" for line in kept))
                notes.append(f"pruned matched cards from {CARDS}")
        except memory.MemoryFailure as e:
            notes.append(f"memory: {e}")
        return notes
