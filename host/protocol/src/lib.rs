//! The text protocol between an LLM and its memory, as AutoMem speaks it.
//!
//! A model manages its memory by writing commands in its reply. This crate reads them
//! ([`parse_reply`]), shows their results back the way AutoMem does ([`render`]), and cleans the
//! replies that become fine-tuning data ([`postprocess`]). It is pure text: no I/O, no memory of its
//! own. The host checks each [`Command`] against the phase, converts it to a WIT `memory-op`, runs it
//! and renders the result.
//!
//! # Syntax
//!
//! AutoMem's tags, read leniently:
//!
//! | Command | Written |
//! |---|---|
//! | SEARCH | `<\|SEARCH\|>file\|keyword<\|END\|>`; `*\|keyword` or `\|keyword` searches every file |
//! | READ | `<\|READ\|>file<\|END\|>` |
//! | TAIL | `<\|TAIL\|>file\|N<\|END\|>`; N from 1, capped at 1000; no `\|N` means 10 |
//! | COUNT | `<\|COUNT\|>file\|keyword<\|END\|>` |
//! | APPEND | `<\|APPEND\|>file\|text<\|END\|>` |
//! | WRITE | `<\|WRITE\|>file\|content<\|END\|>` |
//! | CREATE | `<\|CREATE\|>file<\|END\|>`, or `file\|content` |
//! | DONE | `<\|DONE\|>` |
//! | ACTION | `<\|ACTION\|>x<\|END\|>`, `<ACTION>x</ACTION>`, or a line `ACTION: x`; under 60 characters |
//! | custom | `<\|UPSERT_MAP\|>3,4\|tree<\|END\|>` for each name in [`ParseOptions::custom_ops`] |
//! | VIEW | `<\|VIEW\|>file<\|END\|>` or `file\|start-end` |
//! | STR_REPLACE | `<\|STR_REPLACE\|>file\|old\|new<\|END\|>` |
//! | INSERT | `<\|INSERT\|>file\|line\|text<\|END\|>` (line 0 = top) |
//! | DELETE | `<\|DELETE\|>file<\|END\|>` |
//! | RENAME | `<\|RENAME\|>from\|to<\|END\|>` |
//!
//! - Either pipe of a tag may be left out (`<SEARCH>`, `<|SEARCH>`), names are case-insensitive,
//!   and the closer may be `<|END|>`, `<|END|}`, `<END>` (any pipe mix) or `</NAME>`.
//! - Arguments are split on `|` and trimmed. APPEND, WRITE, CREATE, STR_REPLACE and INSERT split
//!   only as often as they need, so their text may contain `|`; so may a SEARCH or COUNT keyword.
//!   Custom ops split on every `|` and keep the parts as written. Paths are passed through untouched.
//! - Memory-tool calls may also be written as JSON objects: `{"command": "view", "path": ...,
//!   "view_range": [1, 10]}`, `create` (`file_text`), `str_replace` (`old_str`, `new_str`),
//!   `insert` (`insert_line`, `insert_text`), `delete`, `rename` (`old_path`, `new_path`).
//! - Tools mode turns each function call into exactly one command ([`tools::call_to_text`]);
//!   a refused call reads `<|TOOL_ERROR|>code|NAME<|END|>`, one malformed command with a fixed reason.
//! - Code fences are ignored: commands inside them are read like any others.
//! - A tag left unclosed (a model stopped by the stop string `<|END|>` never writes it) takes the
//!   text up to the next command tag or the end of the reply, cut at a code fence and trimmed. For
//!   the ops without free text (all but APPEND, WRITE, CREATE, STR_REPLACE, INSERT and custom ops)
//!   that text must be one line; otherwise the command is malformed.
//! - An argument cannot contain a command tag: one met before the closer ends the arguments.
//! - An unknown tag that looks like a command (`<|FOO|>`: at least one pipe and no lower-case
//!   letter) is malformed; other unknown tags (`<b>`, `<|im_end|>`) and stray closers are prose.
//!
//! ```
//! use automem_protocol::{Command, ParseOptions, parse_reply};
//!
//! let reply = "Let me check.\n<|SEARCH|>map_notes.txt|tree<|END|>\n<|APPEND|>log.txt|Step 3: a | b";
//! let commands: Vec<Command> =
//!     parse_reply(reply, &ParseOptions::default()).into_iter().map(|p| p.command).collect();
//! assert_eq!(commands, [
//!     Command::Search { path: Some("map_notes.txt".into()), query: "tree".into() },
//!     Command::Append { path: "log.txt".into(), text: "Step 3: a | b".into() },
//! ]);
//! ```

#![deny(missing_docs)]

mod args;
mod command;
mod json;
mod parse;
mod phase;
pub mod postprocess;
pub mod render;
mod tag;
pub mod tools;

pub use args::{DEFAULT_TAIL_LINES, MAX_ACTION_CHARS, MAX_TAIL_LINES};
pub use command::{Command, OpKind, Parsed};
pub use parse::{DEFAULT_MAX_COMMANDS, ParseOptions, first_action, parse_reply, protocol_order};
pub use phase::Phase;
