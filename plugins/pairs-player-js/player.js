// pairs-player-js: a scripted Pairs player, in JavaScript (QuickJS), that plays from memory.
//
// LOG: it appends every card the last step showed to cards.txt. PLAN: it reads cards.txt back
// and flips the partner of an open card, or one card of a known pair, or the first card it has
// never seen. The same rules as plugins/pairs-player-py, so both give the same traces.
import { DONE, action, fail, op, settings } from "automem";

const POSITIONS = [..."ABCD"].flatMap((r) => [..."1234"].map((c) => r + c));
const CARD = /\b([A-D][1-4]) ([a-z]+)\b/g;

function choose(info, known) {
  const matched = new Set(info.matched ?? []);
  const open = info.open ?? null;
  const live = new Map([...known].filter(([p]) => !matched.has(p)));
  if (open !== null) {
    const seen = (info.seen ?? []).find((s) => s.pos === open);
    const word = seen ? seen.word : live.get(open);
    const partner = [...live].find(([p, w]) => w === word && p !== open);
    if (partner) return partner[0];
  } else {
    const byWord = new Map();
    for (const [p, w] of live) byWord.set(w, [...(byWord.get(w) ?? []), p]);
    const pair = [...byWord.values()].find((ps) => ps.length >= 2);
    if (pair) return pair[0];
  }
  const unseen = POSITIONS.filter((p) => !matched.has(p) && !live.has(p) && p !== open);
  if (unseen.length > 0) return unseen[0];
  return POSITIONS.find((p) => !matched.has(p) && p !== open);
}

export const agent = {
  configure(seed, pairs) {
    try {
      settings(pairs, ["none"]);
    } catch (e) {
      fail(`pairs-player-js takes no settings: ${e.message}`);
    }
  },

  respond(messages, context) {
    let info;
    try {
      info = JSON.parse(context.observation.info);
    } catch {
      info = {};
    }
    const allowed = new Set(context.allowedOps);
    const reply = (text) => ({ text, promptTokens: 0, completionTokens: 0 });
    if (context.phase === "log") {
      const matched = info.matched ?? [];
      const lines = allowed.has("APPEND")
        ? (info.seen ?? []).filter((s) => !matched.includes(s.pos)).map((s) => op("APPEND", "cards.txt", `${s.pos} ${s.word}`))
        : [];
      return reply([...lines, DONE].join("\n"));
    }
    const read = context.results.filter((r) => r.op.startsWith("READ"));
    if (allowed.has("READ") && read.length === 0) return reply(op("READ", "cards.txt"));
    const known = new Map();
    for (const result of read) {
      for (const m of result.text.matchAll(CARD)) known.set(m[1], m[2]);
    }
    return reply(action(`flip ${choose(info, known)}`));
  },
};
