// pairs-notes-js: a memory schema for Pairs, in JavaScript (StarlingMonkey).
//
// The model keeps cards.txt (one line per card seen: "B3 owl"); the schema keeps matched.txt
// itself after each step and prunes matched cards from cards.txt, refuses model writes to its
// own file, and gates flips of cards already matched. The same rules as schemas/pairs-notes-py.
import { fail, settings } from "automem";
import * as memory from "automem/memory";

const CARDS = "cards.txt";
const MATCHED = "matched.txt";
const LOG_GUIDE =
  "Your memory is a set of files. Record every card you saw this step in cards.txt, one line " +
  "each as 'POSITION WORD' (e.g. <|APPEND|>cards.txt|B3 owl<|END|>). End with <|DONE|>.";
const PLAN_GUIDE =
  "Memory is read-only now. Look up cards you saw with <|READ|>cards.txt<|END|> or " +
  "<|SEARCH|>cards.txt|owl<|END|>, then commit one action with <|ACTION|>flip B3<|END|>.";

const episode = { instructions: "", actions: "" };

function infoOf(context) {
  try {
    return JSON.parse(context.observation.info);
  } catch {
    return {};
  }
}

function filesIndex(index) {
  if (index.length === 0) return "(no files)";
  return index.map((f) => `- ${f.path} (${f.lines} lines)`).join("\n");
}

export const scaffold = {
  describe() {
    return {
      name: "pairs-notes-js",
      version: "0.1.0",
      description: "Pairs: the model notes the cards it saw; code keeps the matched ones.",
      game: "*",
      files: [
        { path: CARDS, description: "One line per card seen: its position and word, e.g. 'B3 owl'.", initialContent: "" },
        { path: MATCHED, description: "Kept by the schema: the positions already matched.", initialContent: "" },
      ],
      logOps: ["SEARCH", "READ", "APPEND", "WRITE", "DONE"],
      planOps: ["SEARCH", "READ", "ACTION"],
      customOps: [],
      maxLogCalls: 3,
      maxPlanCalls: 3,
      maxGateRejections: 2,
      tunables: [],
      fallbackAction: undefined,
    };
  },

  start(start) {
    try {
      settings(start.settings, ["none"]);
    } catch (e) {
      fail(`pairs-notes-js has no tunables: ${e.message}`);
    }
    episode.instructions = start.instructions;
    episode.actions = start.actions.join(", ");
  },

  buildPrompt(context) {
    const guide = context.phase === "log" ? LOG_GUIDE : PLAN_GUIDE;
    const obs = context.observation;
    return {
      system: `${episode.instructions}\n\nValid actions: ${episode.actions}\n\n${guide}`,
      user:
        `Step ${context.step}.\n\nMemory files:\n${filesIndex(context.memoryIndex)}\n\n` +
        `Observation:\n${obs.longTermContext}\n\n${obs.shortTermContext}`,
    };
  },

  checkOp(phase, op) {
    if ((op.tag === "write" || op.tag === "append") && op.val.path === MATCHED) {
      return { tag: "reject", val: `${MATCHED} is kept by the schema; note cards in ${CARDS}` };
    }
    return { tag: "allow" };
  },

  runCustomOp(phase, op) {
    fail(`pairs-notes-js has no operation named ${op.name}`);
  },

  gateAction(context, action) {
    const matched = infoOf(context).matched ?? [];
    if (action.startsWith("flip ") && matched.includes(action.slice(5))) {
      return { tag: "reject", val: `${action.slice(5)} is already matched; flip a face-down card` };
    }
    return { tag: "accept" };
  },

  afterStep(context) {
    const matched = infoOf(context).matched ?? [];
    const notes = [];
    const text = matched.map((p) => `${p}\n`).join("");
    try {
      if (memory.read(MATCHED, "") !== text) {
        memory.write(MATCHED, text);
        notes.push(`${MATCHED}: ${matched.length} positions`);
      }
      const lines = memory.read(CARDS, "").split("\n").filter((l) => l !== "");
      const kept = lines.filter((l) => !matched.includes(l.split(" ")[0]));
      if (kept.length !== lines.length) {
        memory.write(CARDS, kept.map((l) => `${l}\n`).join(""));
        notes.push(`pruned matched cards from ${CARDS}`);
      }
    } catch (e) {
      notes.push(`memory: ${e.message}`);
    }
    return notes;
  },
};
