//! AutoMem's deterministic cleanup of a training item's last assistant message (automem.md 1.9.3).
//!
//! [`clean_item`] applies the rules in AutoMem's order:
//! 1. [`unwrap_fences`]: code fences around commands are removed (the commands stay);
//! 2. LOG items: [`truncate_at_done`]; PLAN items: [`strip_actions`] (the memory model never commits
//!    a game action);
//! 3. an item left without a memory op ([`has_memory_op`]) is rejected;
//! 4. [`trim_after_last_terminator`]: prose after the last command is cut;
//! 5. an item still holding a code fence ([`has_fence`]) is rejected;
//! 6. then the result is validated: no ACTION may remain (a LOG item that commits one is rejected,
//!    as AutoMem's verifier does), and no malformed command (beyond AutoMem: a malformed command,
//!    including one over [`ParseOptions::max_commands`], would teach the model a broken syntax).
//!
//! The rules read commands with [`parse_reply`], so every spelling the parser accepts counts.
//! Custom ops count as memory ops only when passed in the [`ParseOptions`].

use std::fmt;

use crate::command::{Command, OpKind, Parsed};
use crate::parse::{ParseOptions, parse_reply};
use crate::phase::Phase;

/// Why [`clean_item`] dropped an item: which rule it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reject {
    /// After truncation or action stripping, no memory op was left.
    NoMemoryOp,
    /// A code fence that does not wrap commands was still there.
    FenceRemains,
    /// A game action was still there (a LOG item that commits an action).
    ActionRemains,
    /// A command could not be read; training on it would teach a broken syntax.
    MalformedCommand {
        /// The malformed command's tag.
        tag: String,
        /// What was wrong with it.
        reason: String,
    },
}

impl Reject {
    /// A short, stable name for the rule, for statistics and decision logs.
    pub fn rule(&self) -> &'static str {
        match self {
            Reject::NoMemoryOp => "no_memory_op",
            Reject::FenceRemains => "fence_remains",
            Reject::ActionRemains => "action_remains",
            Reject::MalformedCommand { .. } => "malformed_command",
        }
    }
}

impl fmt::Display for Reject {
    /// One sentence saying which rule dropped the item.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reject::NoMemoryOp => f.write_str("no memory operation is left in the last reply"),
            Reject::FenceRemains => f.write_str("a code fence that does not wrap commands is left in the last reply"),
            Reject::ActionRemains => f.write_str("the last reply still commits a game action"),
            Reject::MalformedCommand { tag, reason } => {
                write!(f, "the last reply holds a malformed {tag} command: {reason}")
            }
        }
    }
}

impl std::error::Error for Reject {}

/// Cleans a training item's last assistant message with the default options (no custom ops).
///
/// # Errors
/// [`Reject`] names the rule that dropped the item.
pub fn clean_item(phase: Phase, text: &str) -> Result<String, Reject> {
    clean_item_with(phase, text, &ParseOptions::default())
}

/// Cleans a training item's last assistant message, knowing the schema's custom ops.
///
/// # Errors
/// [`Reject`] names the rule that dropped the item.
pub fn clean_item_with(phase: Phase, text: &str, options: &ParseOptions) -> Result<String, Reject> {
    let text = unwrap_fences(text, options);
    let text = match phase {
        Phase::Log => truncate_at_done(&text, options).to_owned(),
        Phase::Plan => strip_actions(&text, options),
    };
    if !has_memory_op(&text, options) {
        return Err(Reject::NoMemoryOp);
    }
    let text = trim_after_last_terminator(&text, options);
    if has_fence(text) {
        return Err(Reject::FenceRemains);
    }
    for parsed in parse_reply(text, options) {
        if is_action(&parsed.command) {
            return Err(Reject::ActionRemains);
        }
        if let Command::Malformed { tag, reason } = parsed.command {
            return Err(Reject::MalformedCommand { tag, reason });
        }
    }
    Ok(text.to_owned())
}

/// Every command in `text`, with no limit on how many.
fn all_commands(text: &str, options: &ParseOptions) -> Vec<Parsed> {
    let unlimited = ParseOptions { custom_ops: options.custom_ops.clone(), max_commands: usize::MAX };
    parse_reply(text, &unlimited)
}

/// True for an ACTION, well-formed or not.
fn is_action(command: &Command) -> bool {
    match command {
        Command::Action(_) => true,
        Command::Malformed { tag, .. } => tag == OpKind::Action.name(),
        _ => false,
    }
}

/// A line that opens or closes a code fence: ``` (or more backticks) and an optional info string.
fn is_fence_line(line: &str) -> bool {
    let line = line.trim();
    let rest = line.trim_start_matches('`');
    line.len() - rest.len() >= 3
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'.'))
}

/// True when `text` holds a command (ACTION and DONE included; malformed ones not).
fn holds_command(text: &str, options: &ParseOptions) -> bool {
    let probe = ParseOptions { custom_ops: options.custom_ops.clone(), max_commands: 1 };
    parse_reply(text, &probe).iter().any(|parsed| !matches!(parsed.command, Command::Malformed { .. }))
}

/// Removes the code fences that wrap commands, keeping what they wrap: a fenced block whose content
/// holds a command loses its two fence lines, an unclosed fence before commands loses its opening
/// line, and a one-line fence (```` ```<|READ|>x<|END|>``` ````) loses its backticks. Other fences
/// stay.
pub fn unwrap_fences(text: &str, options: &ParseOptions) -> String {
    // Each line with its byte range, newline included.
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        lines.push(start..start + piece.len());
        start += piece.len();
    }
    let line = |i: usize| text.get(lines[i].clone()).unwrap_or_default();
    let mut drop = vec![false; lines.len()];
    let mut inline: Vec<Option<&str>> = vec![None; lines.len()];
    let mut open: Option<usize> = None;
    for i in 0..lines.len() {
        let current = line(i);
        if is_fence_line(current) {
            match open.take() {
                None => open = Some(i),
                Some(opener) => {
                    let inner = text.get(lines[opener].end..lines[i].start).unwrap_or_default();
                    if holds_command(inner, options) {
                        drop[opener] = true;
                        drop[i] = true;
                    }
                }
            }
        } else if open.is_none() {
            let trimmed = current.trim();
            if let Some(middle) = trimmed.strip_prefix("```").and_then(|rest| rest.strip_suffix("```"))
                && holds_command(middle, options)
            {
                inline[i] = Some(middle);
            }
        }
    }
    if let Some(opener) = open {
        let rest = text.get(lines[opener].end..).unwrap_or_default();
        if holds_command(rest, options) {
            drop[opener] = true;
        }
    }
    let mut out = String::with_capacity(text.len());
    for i in 0..lines.len() {
        if drop[i] {
            continue;
        }
        match inline[i] {
            Some(middle) => {
                out.push_str(middle);
                if line(i).ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line(i)),
        }
    }
    out
}

/// A LOG item ends at its first DONE, which is kept; text without DONE is returned whole.
pub fn truncate_at_done<'t>(text: &'t str, options: &ParseOptions) -> &'t str {
    all_commands(text, options)
        .iter()
        .find(|parsed| parsed.command == Command::Done)
        .and_then(|parsed| text.get(..parsed.span.end))
        .unwrap_or(text)
}

/// Removes every ACTION, in every spelling the parser accepts (and malformed ones), from a PLAN item.
pub fn strip_actions(text: &str, options: &ParseOptions) -> String {
    let mut out = String::with_capacity(text.len());
    let mut kept_from = 0;
    for parsed in all_commands(text, options) {
        if is_action(&parsed.command) {
            out.push_str(text.get(kept_from..parsed.span.start).unwrap_or_default());
            kept_from = parsed.span.end;
        }
    }
    out.push_str(text.get(kept_from..).unwrap_or_default());
    out
}

/// True when `text` holds a memory op: any well-formed command but ACTION (DONE counts, as in
/// AutoMem).
pub fn has_memory_op(text: &str, options: &ParseOptions) -> bool {
    all_commands(text, options).iter().any(|parsed| parsed.command.is_memory_op())
}

/// Cuts everything after the last command (and trailing whitespace); text without commands is
/// returned whole.
pub fn trim_after_last_terminator<'t>(text: &'t str, options: &ParseOptions) -> &'t str {
    all_commands(text, options)
        .iter()
        .map(|parsed| parsed.span.end)
        .max()
        .and_then(|end| text.get(..end))
        .map_or(text, str::trim_end)
}

/// True when `text` still holds a code fence (```).
pub fn has_fence(text: &str) -> bool {
    text.contains("```")
}
