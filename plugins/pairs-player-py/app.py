"""pairs-player-py: a scripted Pairs player, in Python, that plays from its memory.

LOG: it appends every card the last step showed to cards.txt. PLAN: it reads cards.txt back and
flips the partner of an open card, or one card of a known pair, or the first card it has never
seen. With no memory (no schema) it can only flip unseen cards in order. The same rules as
plugins/pairs-player-js, so both give the same traces.
"""

import json
import re

from automem_sdk import fail, protocol, settings
from wit_world import exports
from wit_world.exports import agent
from wit_world.imports import types

POSITIONS = [r + c for r in "ABCD" for c in "1234"]
CARD = re.compile(r"\b([A-D][1-4]) ([a-z]+)\b")


def choose(info, known):
    """The flip to make: the open card's partner, a known pair, else the first unseen card."""
    matched = set(info.get("matched", []))
    open_pos = info.get("open")
    live = {p: w for p, w in known.items() if p not in matched}
    if open_pos is not None:
        word = next((s["word"] for s in info.get("seen", []) if s["pos"] == open_pos), live.get(open_pos))
        partner = next((p for p, w in live.items() if w == word and p != open_pos), None)
        if partner:
            return partner
    else:
        by_word = {}
        for p, w in live.items():
            by_word.setdefault(w, []).append(p)
        pair = next((ps for ps in by_word.values() if len(ps) >= 2), None)
        if pair:
            return pair[0]
    unseen = [p for p in POSITIONS if p not in matched and p not in live and p != open_pos]
    if unseen:
        return unseen[0]
    return next(p for p in POSITIONS if p not in matched and p != open_pos)


class Agent(exports.Agent):
    """The policy world's export."""

    def configure(self, seed, pairs):
        try:
            settings(pairs, allowed=("none",))
        except ValueError as e:
            fail(f"pairs-player-py takes no settings: {e}")

    def respond(self, messages, context):
        try:
            info = json.loads(context.observation.info)
        except ValueError:
            info = {}
        allowed = set(context.allowed_ops)
        if context.phase == types.Phase.LOG:
            lines = [
                protocol.op("APPEND", "cards.txt", f"{s['pos']} {s['word']}")
                for s in info.get("seen", [])
                if s["pos"] not in info.get("matched", [])
            ]
            text = "\n".join(lines if "APPEND" in allowed else []) + "\n" + protocol.DONE
            return agent.Reply(text.strip(), 0, 0)
        read = [r for r in context.results if r.op.startswith("READ")]
        if "READ" in allowed and not read:
            return agent.Reply(protocol.op("READ", "cards.txt"), 0, 0)
        known = {}
        for result in read:
            for pos, word in CARD.findall(result.text):
                known[pos] = word
        return agent.Reply(protocol.action(f"flip {choose(info, known)}"), 0, 0)
