"""pairs-py: Pairs (Concentration) on a 4x4 board, in Python: a game where remembering pays.

Sixteen face-down cards hold eight pairs of words. Each step flips one card; two flips make a
turn. A pair stays face up; a miss turns both cards back face down, and only memory of what was
seen finds their partners. Everything follows from the seed (SplitMix64, as in every automem
SDK), so this game gives the same episodes as `games/pairs-js`.
"""

import json

from automem_sdk import Rng, fail, settings
from wit_world import exports
from wit_world.exports import environment as env
from wit_world.imports import types

ROWS = "ABCD"
COLS = "1234"
POSITIONS = [r + c for r in ROWS for c in COLS]
DECKS = {
    "animals": ["cat", "dog", "owl", "fox", "bee", "elk", "yak", "emu"],
    "fruits": ["fig", "kiwi", "lime", "pear", "plum", "date", "apple", "mango"],
}
MAX_STEPS = 80
WAIT = "wait"
ACTIONS = [f"flip {p}" for p in POSITIONS] + [WAIT]
INSTRUCTIONS = (
    "Pairs: 16 face-down cards on a 4x4 board (rows A-D, columns 1-4) hide 8 pairs of words. "
    "Flip one card per step with 'flip B3'; two flips make a turn. If the two cards match they "
    "stay face up; if not, both turn face down again. Find all 8 pairs in as few steps as you can. "
    "Cards you have seen are not shown again once they turn back: remember them. "
    "'wait' turns an open card back down."
)


class Game:
    """One episode's state."""

    def __init__(self, seed, deck, max_steps):
        words = DECKS[deck] * 2
        self.cards = Rng(seed).shuffle(words)
        self.matched = [False] * 16
        self.open = None
        self.step = 0
        self.max_steps = max_steps
        self.over = False

    def pairs(self):
        return sum(self.matched) // 2

    def observe(self, message, seen):
        rows = []
        for r, row in enumerate(ROWS):
            cells = []
            for c in range(4):
                i = r * 4 + c
                if self.matched[i] or i == self.open:
                    cells.append(self.cards[i].ljust(5))
                else:
                    cells.append("??".ljust(5))
            rows.append(f"{row}  " + " ".join(cells).rstrip())
        board = "    " + "     ".join(COLS) + "\n" + "\n".join(rows)
        long = f"Board (?? = face down):\n{board}\n{message}"
        short = f"Pairs found: {self.pairs()}/8. Step {self.step}/{self.max_steps}."
        info = {
            "open": POSITIONS[self.open] if self.open is not None else None,
            "seen": [{"pos": POSITIONS[i], "word": self.cards[i]} for i in seen],
            "matched": [POSITIONS[i] for i in range(16) if self.matched[i]],
        }
        return types.Observation(long, short, json.dumps(info, sort_keys=True))

    def picture(self):
        """The board as 4x4 tiles: each face-up card by its word, "face-down" for the others."""
        cells = [self.cards[i] if self.matched[i] or i == self.open else "face-down" for i in range(16)]
        return env.Picture_Tiles(env.TileGrid(4, 4, cells))

    def play(self, action):
        valid = action in ACTIONS
        if not valid:
            action = WAIT
        self.step += 1
        reward = 0.0
        events = []
        seen = []
        if action == WAIT:
            message = "You wait." if self.open is None else f"You turn {POSITIONS[self.open]} back down."
            self.open = None
        else:
            i = POSITIONS.index(action.split(" ", 1)[1])
            word = self.cards[i]
            if self.matched[i]:
                message = f"{POSITIONS[i]} is already matched ({word}); nothing happens."
            elif i == self.open:
                message = f"{POSITIONS[i]} is already face up ({word}); flip another card."
            elif self.open is None:
                self.open = i
                seen = [i]
                message = f"You flip {POSITIONS[i]}: {word}. Flip another card to find its pair."
            else:
                first = self.open
                self.open = None
                seen = [first, i]
                if self.cards[first] == word:
                    self.matched[first] = self.matched[i] = True
                    reward = 1.0 / 8
                    events.append(types.GameEvent("achievement", f"pair_{word}"))
                    message = f"You flip {POSITIONS[i]}: {word}. A pair! {POSITIONS[first]} and {POSITIONS[i]} stay face up."
                else:
                    message = (
                        f"You flip {POSITIONS[i]}: {word}. No pair ({POSITIONS[first]} was "
                        f"{self.cards[first]}); both turn face down."
                    )
        if not valid:
            message = f"That was not a valid action; '{WAIT}' ran instead. " + message
        done = all(self.matched)
        truncated = not done and self.step >= self.max_steps
        self.over = done or truncated
        return env.StepResult(
            observation=self.observe(message, seen),
            reward=reward,
            done=self.over,
            truncated=truncated,
            progression=self.pairs() / 8,
            action_valid=valid,
            events=events,
        )


GAME = None


class Environment(exports.Environment):
    """The game world's export."""

    def info(self):
        return env.GameInfo(
            name="pairs-py",
            version="0.1.0",
            tasks=["pairs"],
            actions=list(ACTIONS),
            default_action=WAIT,
            max_steps=MAX_STEPS,
            instructions=INSTRUCTIONS,
        )

    def task_info(self, task):
        if task not in ("", "pairs"):
            fail(env.GameError_UnknownTask(f"unknown task '{task}'; this game has one task, 'pairs'"))
        return self.info()

    def reset(self, seed, options):
        global GAME
        if options.task not in ("", "pairs"):
            fail(env.GameError_UnknownTask(f"unknown task '{options.task}'; this game has one task, 'pairs'"))
        try:
            chosen = settings(options.settings, allowed=("deck",))
        except ValueError as e:
            fail(env.GameError_InvalidSetting(str(e)))
        deck = chosen.get("deck", "animals")
        if deck not in DECKS:
            fail(env.GameError_InvalidSetting(f"deck '{deck}' is not one of {', '.join(sorted(DECKS))}"))
        max_steps = options.max_steps if options.max_steps is not None else MAX_STEPS
        GAME = Game(seed, deck, max_steps)
        return GAME.observe(f"A new game with the {deck} deck: 16 cards face down.", [])

    def step(self, action):
        if GAME is None:
            fail(env.GameError_NotStarted())
        if GAME.over:
            fail(env.GameError_EpisodeOver())
        return GAME.play(action)

    def draw(self):
        return None if GAME is None else GAME.picture()
