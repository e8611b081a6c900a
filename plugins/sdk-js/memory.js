// The episode's memory, for schemas (world `memory-schema`): `import * as memory from
// "automem/memory";`. Calls throw a MemoryFailure with a readable message instead of the raw
// `memory-error` variant; `rename(src, dst)` names what WIT calls `from` and `to`.
import * as raw from "automem:plugin/memory@0.1.0";

/** A memory call failed; `kind` is the WIT case (e.g. "read-only"), `message` says why. */
export class MemoryFailure extends Error {
  constructor(kind, detail) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.kind = kind;
  }
}

function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (e) {
    // Both backends throw the error case: as the variant itself or wrapped in `payload`.
    const v = e && e.payload !== undefined ? e.payload : e;
    if (v && typeof v.tag === "string") throw new MemoryFailure(v.tag, typeof v.val === "string" ? v.val : "");
    throw new MemoryFailure("error", String(e));
  }
}

/** Every file as {path, lines, bytes}, sorted by path. */
export const listFiles = () => raw.listFiles();
/** A file's content; `fallback` (if given) when it does not exist. */
export function read(path, fallback) {
  try {
    return call(raw.read, path);
  } catch (e) {
    if (fallback !== undefined && e.kind === "not-found") return fallback;
    throw e;
  }
}
/** Replace a file's content (creating it). */
export const write = (path, content) => call(raw.write, path, content);
/** Append one line (creating the file). */
export const append = (path, line) => call(raw.append, path, line);
/** Delete a file. */
export const remove = (path) => call(raw.remove, path);
/** Move a file to a path that does not exist yet. */
export const rename = (src, dst) => call(raw.rename, src, dst);
/** Case-insensitive substring search: the last `limit` hits as {path, lineNumber, text}. */
export const search = (query, path, limit = 20) => call(raw.search, path, query, limit);
