//! Reading commands out of a model's reply, in one left-to-right pass.
//!
//! The reply is read as prose until something command-like starts: an opening tag of a known
//! command, a piped upper-case tag (an unknown command), a line `ACTION: x`, or a JSON object with a
//! `"command"` key. A tag's arguments run to the first closer (`<|END|>` in any spelling, or
//! `</NAME>`); a command tag (or any `<|x|>`) met before the closer means the closer was left out.
//! Each byte is looked at a bounded number of times, so parsing is linear in the reply's length.

use std::ops::Range;

use crate::args::{self, Op};
use crate::command::{Command, OpKind, Parsed};
use crate::json::{self, Found};
use crate::tag::{Tag, TagKind, match_tag};
use crate::tools;

/// How many commands one reply may hold by default; the rest are ignored.
pub const DEFAULT_MAX_COMMANDS: usize = 32;

/// What the parser needs to know beyond the built-in syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// The custom ops the schema declares, by upper-case name (e.g. "UPSERT_MAP"); names are ASCII
    /// letters, digits and `_`, matched case-insensitively. A built-in name always wins.
    pub custom_ops: Vec<String>,
    /// At most this many commands are returned; if there were more, one malformed command says how
    /// many were ignored.
    pub max_commands: usize,
}

impl Default for ParseOptions {
    /// No custom ops, at most [`DEFAULT_MAX_COMMANDS`] commands.
    fn default() -> Self {
        ParseOptions { custom_ops: Vec::new(), max_commands: DEFAULT_MAX_COMMANDS }
    }
}

impl ParseOptions {
    /// Default options plus the custom ops a schema declares.
    pub fn with_custom_ops<I, S>(ops: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        ParseOptions { custom_ops: ops.into_iter().map(Into::into).collect(), ..ParseOptions::default() }
    }
}

/// Every command in `text`, in the order written (see the crate docs for the syntax). Never panics;
/// anything that looks like a command but cannot be read comes back as [`Command::Malformed`].
pub fn parse_reply(text: &str, options: &ParseOptions) -> Vec<Parsed> {
    let mut parser = Parser {
        text,
        options,
        out: Collector::new(options.max_commands),
        // JSON candidates may not cost more than a few passes over the reply in total.
        json_budget: text.len().saturating_mul(4).saturating_add(4096),
    };
    parser.run();
    parser.out.finish()
}

/// Sorts commands, stably, into protocol order: look-ups (SEARCH, READ, TAIL, COUNT, VIEW), then
/// writes (CREATE, WRITE, APPEND, STR_REPLACE, INSERT, custom ops, RENAME, DELETE), then malformed
/// commands, then DONE and ACTION. Commands of one kind keep their written order.
pub fn protocol_order(commands: &mut [Parsed]) {
    commands.sort_by_key(|parsed| parsed.command.kind().protocol_rank());
}

/// The action a reply commits: its first ACTION, in written order (AutoMem commits one action and
/// ignores the rest).
pub fn first_action(commands: &[Parsed]) -> Option<&str> {
    commands.iter().find_map(|parsed| match &parsed.command {
        Command::Action(action) => Some(action.as_str()),
        _ => None,
    })
}

/// Gathers commands up to the limit and counts what goes over it.
struct Collector {
    out: Vec<Parsed>,
    max: usize,
    ignored: usize,
    ignored_span: Range<usize>,
    first_ignored: String,
}

impl Collector {
    fn new(max: usize) -> Self {
        Collector { out: Vec::new(), max, ignored: 0, ignored_span: 0..0, first_ignored: String::new() }
    }

    /// Records a command; `build` runs only when the command is kept (or is the first one over).
    fn push(&mut self, span: Range<usize>, build: impl FnOnce() -> Command) {
        if self.out.len() < self.max {
            self.out.push(Parsed { command: build(), span });
            return;
        }
        if self.ignored == 0 {
            self.first_ignored = build().name().to_owned();
            self.ignored_span.start = span.start;
        }
        self.ignored += 1;
        self.ignored_span.end = span.end;
    }

    fn finish(mut self) -> Vec<Parsed> {
        if self.ignored > 0 {
            let (max, ignored) = (self.max, self.ignored);
            let reason = format!(
                "too many commands in one reply: only the first {max} are run, the {ignored} \
                 after them were ignored; send them again in your next reply"
            );
            self.out.push(Parsed {
                command: Command::Malformed { tag: self.first_ignored, reason },
                span: self.ignored_span,
            });
        }
        self.out
    }
}

/// Where a tag's arguments ended.
struct Arguments {
    /// The argument text's byte range (from after the opening tag).
    content: Range<usize>,
    /// The end of the closing tag, or `None` when there was none.
    closer_end: Option<usize>,
}

/// The state of one pass over a reply.
struct Parser<'t, 'o> {
    text: &'t str,
    options: &'o ParseOptions,
    out: Collector,
    json_budget: usize,
}

impl<'t, 'o> Parser<'t, 'o> {
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut pos = 0;
        let mut line_start = true;
        while pos < bytes.len() {
            if line_start {
                line_start = false;
                if let Some(end) = self.action_line(pos) {
                    pos = end;
                    continue;
                }
            }
            pos = match bytes[pos] {
                b'\n' => {
                    line_start = true;
                    pos + 1
                }
                b'<' => match match_tag(self.text, pos) {
                    Some(tag) => self.tag(tag),
                    None => pos + 1,
                },
                b'{' => self.json(pos),
                _ => pos + 1,
            };
        }
    }

    /// The op an opening tag names, if it is a known command.
    fn op(&self, name: &str) -> Option<Op<'o>> {
        if let Some(kind) = OpKind::from_tag_name(name) {
            return Some(Op::BuiltIn(kind));
        }
        self.options
            .custom_ops
            .iter()
            .find(|custom| custom.eq_ignore_ascii_case(name))
            .map(|custom| Op::Custom(custom.as_str()))
    }

    /// True for an opening tag that starts a command (known, or piped and upper-case).
    fn command_like(&self, tag: &Tag<'_>) -> bool {
        tag.kind == TagKind::Open && (self.op(tag.name).is_some() || (tag.piped && tag.upper_case()))
    }

    /// Handles a tag met in prose; returns where to continue.
    fn tag(&mut self, tag: Tag<'t>) -> usize {
        if tag.kind != TagKind::Open {
            // A stray closer is not a command.
            return tag.end;
        }
        match self.op(tag.name) {
            Some(Op::BuiltIn(OpKind::Done)) => {
                self.out.push(tag.start..tag.end, || Command::Done);
                tag.end
            }
            Some(op) => self.command(tag, op),
            None if tag.piped && tag.upper_case() => self.unknown(tag),
            None => tag.end,
        }
    }

    /// Reads a known command's arguments; returns where to continue.
    fn command(&mut self, tag: Tag<'t>, op: Op<'o>) -> usize {
        let arguments = self.arguments(&tag);
        let text = self.text;
        let raw = text.get(arguments.content.clone()).unwrap_or_default();
        if let Some(end) = arguments.closer_end {
            self.out.push(tag.start..end, || args::build(op, raw));
            return end;
        }
        // Unclosed: a closing code fence is never part of the arguments, nor is what follows it,
        // nor a closer cut short (`<|END|` at the end of a truncated reply).
        let raw = raw.find("```").map_or(raw, |fence| &raw[..fence]);
        let raw = without_partial_closer(raw);
        let content_end = arguments.content.start + raw.trim_end().len();
        if !op.takes_text() && raw.trim().contains('\n') {
            let name = op.name();
            self.out.push(tag.start..tag.end, || Command::Malformed {
                reason: format!(
                    "<|{name}|> is not closed with <|END|>, and the text after it runs over \
                     several lines, so where its arguments end is unclear"
                ),
                tag: name,
            });
            return tag.end;
        }
        self.out.push(tag.start..content_end, || args::build(op, raw));
        content_end
    }

    /// Reports an unknown piped upper-case tag, consuming its arguments when it was closed.
    fn unknown(&mut self, tag: Tag<'t>) -> usize {
        let arguments = self.arguments(&tag);
        let end = arguments.closer_end.unwrap_or(tag.end);
        let options = self.options;
        let text = self.text;
        self.out.push(tag.start..end, || {
            let name = tag.name.to_ascii_uppercase();
            if name == tools::TOOL_ERROR {
                // A refused tool call (tools mode): fixed text per code, nothing echoed but a valid name.
                let args = text.get(tag.end..arguments.content.end).unwrap_or_default();
                return Command::Malformed { reason: tools::refusal_reason(args), tag: name };
            }
            let mut known: Vec<&str> = OpKind::BUILT_IN.iter().map(|kind| kind.name()).collect();
            known.extend(options.custom_ops.iter().map(String::as_str));
            Command::Malformed { reason: format!("unknown command {name}; known: {}", known.join(", ")), tag: name }
        });
        end
    }

    /// Finds where the arguments of the command opened by `tag` end.
    fn arguments(&self, tag: &Tag<'_>) -> Arguments {
        let bytes = self.text.as_bytes();
        let mut j = tag.end;
        while let Some(offset) = bytes.get(j..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
            let k = j + offset;
            if let Some(inner) = match_tag(self.text, k) {
                // `</NAME>` closes its own tag, and any command's (`<|READ|>a.txt</SEARCH>`).
                let closes = inner.kind == TagKind::End
                    || (inner.kind == TagKind::Close
                        && (inner.name.eq_ignore_ascii_case(tag.name) || self.op(inner.name).is_some()));
                if closes {
                    return Arguments { content: tag.end..k, closer_end: Some(inner.end) };
                }
                if inner.kind == TagKind::Open && (inner.fully_piped || self.command_like(&inner)) {
                    return Arguments { content: tag.end..k, closer_end: None };
                }
            }
            j = k + 1;
        }
        Arguments { content: tag.end..bytes.len(), closer_end: None }
    }

    /// A line `ACTION: x` starting at `pos` (a line start); returns where to continue.
    fn action_line(&mut self, pos: usize) -> Option<usize> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = pos;
        while matches!(bytes.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let keyword = bytes.get(i..i + 7)?;
        if !keyword.eq_ignore_ascii_case(b"action:") {
            return None;
        }
        let value_start = i + 7;
        // The value runs to the end of the line, or to a tag on it (a closer is swallowed).
        let mut value_end = value_start;
        let mut resume = None;
        while value_end < bytes.len() && bytes[value_end] != b'\n' {
            if bytes[value_end] == b'<'
                && let Some(tag) = match_tag(text, value_end)
            {
                if tag.kind == TagKind::End {
                    resume = Some(tag.end);
                    break;
                }
                if self.command_like(&tag) {
                    break;
                }
            }
            value_end += 1;
        }
        let raw = text.get(value_start..value_end)?;
        let value = raw.trim();
        if value.is_empty() {
            return None;
        }
        let value_end = value_start + raw.trim_end().len();
        let end = resume.unwrap_or(value_end);
        self.out.push(i..end, || {
            args::action(value)
                .map(Command::Action)
                .unwrap_or_else(|reason| Command::Malformed { tag: OpKind::Action.name().to_owned(), reason })
        });
        Some(end)
    }

    /// A JSON memory-tool call that may start at `pos` (a `{`); returns where to continue.
    fn json(&mut self, pos: usize) -> usize {
        match json::call_at(self.text, pos, &mut self.json_budget) {
            Found::Call { end, command } => {
                self.out.push(pos..end, || command);
                end
            }
            Found::Nothing => pos + 1,
        }
    }
}

/// `raw` without a trailing closer that was cut short (`<|END|`, `<|END`, `<END|`, `<END`).
fn without_partial_closer(raw: &str) -> &str {
    let trimmed = raw.trim_end();
    for closer in ["<|END|", "<|END", "<END|", "<END"] {
        let cut = trimmed.len().saturating_sub(closer.len());
        if let (Some(kept), Some(tail)) = (trimmed.get(..cut), trimmed.get(cut..))
            && tail.eq_ignore_ascii_case(closer)
        {
            return kept;
        }
    }
    raw
}
