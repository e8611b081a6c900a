// pairs-js: Pairs (Concentration) on a 4x4 board, in JavaScript: a game where remembering pays.
//
// Sixteen face-down cards hold eight pairs of words. Each step flips one card; two flips make a
// turn. A pair stays face up; a miss turns both cards back face down, and only memory of what
// was seen finds their partners. The same rules and the same SplitMix64 as games/pairs-py, so a
// seed deals the same board in both.
import { Rng, fail, settings } from "automem";

const ROWS = "ABCD";
const COLS = "1234";
const POSITIONS = [...ROWS].flatMap((r) => [...COLS].map((c) => r + c));
const DECKS = {
  animals: ["cat", "dog", "owl", "fox", "bee", "elk", "yak", "emu"],
  fruits: ["fig", "kiwi", "lime", "pear", "plum", "date", "apple", "mango"],
};
const MAX_STEPS = 80;
const WAIT = "wait";
const ACTIONS = [...POSITIONS.map((p) => `flip ${p}`), WAIT];
const INSTRUCTIONS =
  "Pairs: 16 face-down cards on a 4x4 board (rows A-D, columns 1-4) hide 8 pairs of words. " +
  "Flip one card per step with 'flip B3'; two flips make a turn. If the two cards match they " +
  "stay face up; if not, both turn face down again. Find all 8 pairs in as few steps as you can. " +
  "Cards you have seen are not shown again once they turn back: remember them. " +
  "'wait' turns an open card back down.";

let game = null;

function pairs(g) {
  return g.matched.filter(Boolean).length / 2;
}

function observe(g, message, seen) {
  const rows = [...ROWS].map((row, r) => {
    const cells = [0, 1, 2, 3].map((c) => {
      const i = r * 4 + c;
      return (g.matched[i] || i === g.open ? g.cards[i] : "??").padEnd(5);
    });
    return `${row}  ${cells.join(" ").trimEnd()}`;
  });
  const board = `    ${[...COLS].join("     ")}\n${rows.join("\n")}`;
  // The same JSON as Python's json.dumps(sort_keys=True): keys sorted, ", " and ": " separators.
  const info =
    `{"matched": [${POSITIONS.filter((_, i) => g.matched[i]).map((p) => `"${p}"`).join(", ")}], ` +
    `"open": ${g.open === null ? "null" : `"${POSITIONS[g.open]}"`}, ` +
    `"seen": [${seen.map((i) => `{"pos": "${POSITIONS[i]}", "word": "${g.cards[i]}"}`).join(", ")}]}`;
  return {
    longTermContext: `Board (?? = face down):\n${board}\n${message}`,
    shortTermContext: `Pairs found: ${pairs(g)}/8. Step ${g.step}/${g.maxSteps}.`,
    info,
  };
}

// The board as 4x4 tiles: each face-up card by its word, "face-down" for the others.
function picture(g) {
  const cells = g.cards.map((word, i) => (g.matched[i] || i === g.open ? word : "face-down"));
  return { tag: "tiles", val: { width: 4, height: 4, cells } };
}

function play(g, requested) {
  const valid = ACTIONS.includes(requested);
  const act = valid ? requested : WAIT;
  g.step += 1;
  let reward = 0;
  const events = [];
  let seen = [];
  let message;
  if (act === WAIT) {
    message = g.open === null ? "You wait." : `You turn ${POSITIONS[g.open]} back down.`;
    g.open = null;
  } else {
    const i = POSITIONS.indexOf(act.split(" ")[1]);
    const word = g.cards[i];
    if (g.matched[i]) {
      message = `${POSITIONS[i]} is already matched (${word}); nothing happens.`;
    } else if (i === g.open) {
      message = `${POSITIONS[i]} is already face up (${word}); flip another card.`;
    } else if (g.open === null) {
      g.open = i;
      seen = [i];
      message = `You flip ${POSITIONS[i]}: ${word}. Flip another card to find its pair.`;
    } else {
      const first = g.open;
      g.open = null;
      seen = [first, i];
      if (g.cards[first] === word) {
        g.matched[first] = g.matched[i] = true;
        reward = 1 / 8;
        events.push({ kind: "achievement", name: `pair_${word}` });
        message = `You flip ${POSITIONS[i]}: ${word}. A pair! ${POSITIONS[first]} and ${POSITIONS[i]} stay face up.`;
      } else {
        message = `You flip ${POSITIONS[i]}: ${word}. No pair (${POSITIONS[first]} was ${g.cards[first]}); both turn face down.`;
      }
    }
  }
  if (!valid) message = `That was not a valid action; '${WAIT}' ran instead. ` + message;
  const done = g.matched.every(Boolean);
  const truncated = !done && g.step >= g.maxSteps;
  g.over = done || truncated;
  return {
    observation: observe(g, message, seen),
    reward,
    done: g.over,
    truncated,
    progression: pairs(g) / 8,
    actionValid: valid,
    events,
  };
}

export const environment = {
  info() {
    return {
      name: "pairs-js",
      version: "0.1.0",
      tasks: ["pairs"],
      actions: [...ACTIONS],
      defaultAction: WAIT,
      maxSteps: MAX_STEPS,
      instructions: INSTRUCTIONS,
    };
  },

  taskInfo(task) {
    if (task !== "" && task !== "pairs") {
      fail({ tag: "unknown-task", val: `unknown task '${task}'; this game has one task, 'pairs'` });
    }
    return environment.info();
  },

  reset(seed, options) {
    if (options.task !== "" && options.task !== "pairs") {
      fail({ tag: "unknown-task", val: `unknown task '${options.task}'; this game has one task, 'pairs'` });
    }
    let chosen;
    try {
      chosen = settings(options.settings, ["deck"]);
    } catch (e) {
      fail({ tag: "invalid-setting", val: e.message });
    }
    const deck = chosen.deck ?? "animals";
    if (!Object.prototype.hasOwnProperty.call(DECKS, deck)) {
      fail({ tag: "invalid-setting", val: `deck '${deck}' is not one of ${Object.keys(DECKS).sort().join(", ")}` });
    }
    const maxSteps = options.maxSteps ?? MAX_STEPS;
    game = {
      cards: new Rng(seed).shuffle([...DECKS[deck], ...DECKS[deck]]),
      matched: new Array(16).fill(false),
      open: null,
      step: 0,
      maxSteps,
      over: false,
    };
    return observe(game, `A new game with the ${deck} deck: 16 cards face down.`, []);
  },

  step(action) {
    if (game === null) fail({ tag: "not-started" });
    if (game.over) fail({ tag: "episode-over" });
    return play(game, action);
  },

  draw() {
    return game === null ? null : picture(game);
  },
};
