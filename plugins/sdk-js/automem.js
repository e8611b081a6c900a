// automem SDK for JavaScript guests (componentize-js / StarlingMonkey and componentize-qjs /
// QuickJS): the JavaScript side of `plugins/sdk`. `automem build` bundles it into the guest, so a
// guest writes `import { Rng, settings, fail } from "automem";`.
//
// What it smooths over:
// - settings arrive as a list of [key, value] pairs: `settings(pairs, allowed)` makes an object
//   and refuses unknown or repeated keys with a message that names them;
// - u64 values (seeds) arrive as BigInt: `Rng` takes a BigInt or a number;
// - `Rng` is SplitMix64, identical to `automem_sdk::Rng` (Rust) and `automem_sdk.Rng` (Python),
//   so a game's randomness follows from its seed in every language. Under QuickJS, Math.random()
//   comes from the build-time snapshot and is the same in every episode: call
//   `seedMathRandom(seed)` in reset/configure, or use `Rng`;
// - `fail(value)` returns the error case of a WIT `result` (both backends take a thrown value);
// - `op`, `action`, `DONE` write AutoMem's command tags for scripted policies.

const MASK64 = (1n << 64n) - 1n;

/** Return the error case of a WIT `result<_, E>` from an export. */
export function fail(value) {
  throw value;
}

/** The settings list as an object; unknown (not in `allowed`) or repeated keys throw an Error. */
export function settings(pairs, allowed = []) {
  const out = {};
  for (const [key, value] of pairs) {
    if (allowed.length > 0 && !allowed.includes(key)) {
      throw new Error(`unknown setting '${key}'; known settings: ${[...allowed].sort().join(", ")}`);
    }
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      throw new Error(`setting '${key}' is given twice`);
    }
    out[key] = value;
  }
  return out;
}

/** SplitMix64: deterministic from its seed, identical to the Rust and Python SDKs'. */
export class Rng {
  constructor(seed) {
    this.state = (BigInt(seed) ^ 0x9e3779b97f4a7c15n) & MASK64;
  }

  /** The next 64-bit value, as a BigInt. */
  nextU64() {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  }

  /** A uniform integer in [0, n) (0 when n is 0), by multiply-shift as in Rust. */
  below(n) {
    if (n <= 0) return 0;
    return Number((this.nextU64() * BigInt(n)) >> 64n);
  }

  /** Shuffle an array in place (Fisher-Yates from the end), the same order in every SDK. */
  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * Make Math.random() follow `seed` (call it in reset or configure). QuickJS builds take
 * Math.random's state from the build-time snapshot, so without this it returns the same numbers
 * in every episode; StarlingMonkey seeds it from WASI randomness, which automem seeds per episode.
 */
export function seedMathRandom(seed) {
  const rng = new Rng(seed);
  Math.random = () => Number(rng.nextU64() >> 11n) / 9007199254740992;
}

/** One command: `<|NAME|>arg|arg<|END|>` (DONE takes no arguments and no closer). */
export function op(name, ...args) {
  if (name === "DONE") return DONE;
  return `<|${name}|>${args.join("|")}<|END|>`;
}

/** Commit a game action. */
export function action(text) {
  return op("ACTION", text);
}

export const DONE = "<|DONE|>";
