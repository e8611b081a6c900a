//! The commands a model can write, and their kinds.

use std::ops::Range;

/// A memory operation (or phase control) read from a model's reply, ready for the host to check
/// against the phase and convert into a WIT `memory-op`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Command {
    /// `<|SEARCH|>file|keyword<|END|>`: lines containing `query` (case-insensitive) in one file, or
    /// in every file when `path` is `None` (written `*|keyword` or `|keyword`).
    Search {
        /// The file to search, as written; `None` means every file.
        path: Option<String>,
        /// The substring to look for.
        query: String,
    },
    /// `<|READ|>file<|END|>`: the whole file.
    Read {
        /// The file, as written.
        path: String,
    },
    /// `<|TAIL|>file|N<|END|>`: the last `lines` lines of a file.
    Tail {
        /// The file, as written.
        path: String,
        /// How many lines, 1 to [`crate::MAX_TAIL_LINES`].
        lines: u32,
    },
    /// `<|COUNT|>file|keyword<|END|>`: how many lines contain `query`, in one file or every file.
    Count {
        /// The file, as written; `None` means every file.
        path: Option<String>,
        /// The substring to count.
        query: String,
    },
    /// `<|APPEND|>file|text<|END|>`: add one line to a file.
    Append {
        /// The file, as written.
        path: String,
        /// The line to add; it may itself contain `|`.
        text: String,
    },
    /// `<|WRITE|>file|content<|END|>`: replace a file's content.
    Write {
        /// The file, as written.
        path: String,
        /// The new content (possibly empty); it may itself contain `|`.
        text: String,
    },
    /// `<|CREATE|>file<|END|>` (an empty file) or the memory tool's `create` (with content).
    Create {
        /// The file, as written.
        path: String,
        /// The initial content, when one was given (`<|CREATE|>file|text<|END|>` or `file_text`).
        text: Option<String>,
    },
    /// `<|DONE|>`: the LOG phase is finished.
    Done,
    /// `<|ACTION|>x<|END|>`, `<ACTION>x</ACTION>` or a line `ACTION: x`: commit a game action.
    Action(String),
    /// An operation the schema declared, e.g. `<|UPSERT_MAP|>3,4|tree<|END|>`.
    Custom {
        /// The operation's name as the schema declared it (e.g. "UPSERT_MAP").
        name: String,
        /// The `|`-separated arguments, as written (the whole argument is trimmed, parts are not);
        /// empty when nothing was written between the tags.
        args: Vec<String>,
    },
    /// Memory tool `view` or `<|VIEW|>file|start-end<|END|>`: a file with numbered lines.
    View {
        /// The file (or directory), as written.
        path: String,
        /// Only lines `start..=end` (1-based); `end` is `u32::MAX` for "to the end" (JSON `-1`).
        range: Option<(u32, u32)>,
    },
    /// Memory tool `str_replace` or `<|STR_REPLACE|>file|old|new<|END|>`: replace the one
    /// occurrence of `old` with `new`.
    StrReplace {
        /// The file, as written.
        path: String,
        /// The text to find (in the tag form it cannot contain `|`).
        old: String,
        /// The replacement (it may contain `|`).
        new: String,
    },
    /// Memory tool `insert` or `<|INSERT|>file|line|text<|END|>`: put `text` after line `line`
    /// (0 = at the top).
    Insert {
        /// The file, as written.
        path: String,
        /// The line after which to insert; 0 inserts at the top.
        line: u32,
        /// The text to insert (it may contain `|`).
        text: String,
    },
    /// Memory tool `delete` or `<|DELETE|>file<|END|>`: remove a file.
    Delete {
        /// The file, as written.
        path: String,
    },
    /// Memory tool `rename` or `<|RENAME|>from|to<|END|>`: move a file to a new path.
    Rename {
        /// The current path, as written.
        from: String,
        /// The new path, as written.
        to: String,
    },
    /// Something that looked like a command but could not be read; the host shows `reason` to the
    /// model so it can write the command again.
    Malformed {
        /// The command's name as far as it could be told (upper case), e.g. "SEARCH" or "FOO".
        tag: String,
        /// What was wrong, written for the model to read and act on.
        reason: String,
    },
}

/// The kind of a [`Command`], without its arguments, so the host can check which ops a phase allows
/// and the parser can sort commands into protocol order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpKind {
    /// [`Command::Search`].
    Search,
    /// [`Command::Read`].
    Read,
    /// [`Command::Tail`].
    Tail,
    /// [`Command::Count`].
    Count,
    /// [`Command::View`].
    View,
    /// [`Command::Create`].
    Create,
    /// [`Command::Write`].
    Write,
    /// [`Command::Append`].
    Append,
    /// [`Command::StrReplace`].
    StrReplace,
    /// [`Command::Insert`].
    Insert,
    /// [`Command::Custom`].
    Custom,
    /// [`Command::Rename`].
    Rename,
    /// [`Command::Delete`].
    Delete,
    /// [`Command::Malformed`].
    Malformed,
    /// [`Command::Done`].
    Done,
    /// [`Command::Action`].
    Action,
}

impl OpKind {
    /// Every kind, in protocol order (the order [`crate::protocol_order`] sorts into).
    pub const PROTOCOL_ORDER: [OpKind; 16] = [
        OpKind::Search,
        OpKind::Read,
        OpKind::Tail,
        OpKind::Count,
        OpKind::View,
        OpKind::Create,
        OpKind::Write,
        OpKind::Append,
        OpKind::StrReplace,
        OpKind::Insert,
        OpKind::Custom,
        OpKind::Rename,
        OpKind::Delete,
        OpKind::Malformed,
        OpKind::Done,
        OpKind::Action,
    ];

    /// The built-in tag names, in the order they are listed to the model in error messages.
    pub const BUILT_IN: [OpKind; 14] = [
        OpKind::Search,
        OpKind::Read,
        OpKind::Tail,
        OpKind::Count,
        OpKind::Append,
        OpKind::Write,
        OpKind::Create,
        OpKind::Done,
        OpKind::Action,
        OpKind::View,
        OpKind::StrReplace,
        OpKind::Insert,
        OpKind::Delete,
        OpKind::Rename,
    ];

    /// The kind's tag name ("SEARCH", "STR_REPLACE", ...); "CUSTOM" and "MALFORMED" for the two
    /// kinds that have no tag of their own.
    pub fn name(self) -> &'static str {
        match self {
            OpKind::Search => "SEARCH",
            OpKind::Read => "READ",
            OpKind::Tail => "TAIL",
            OpKind::Count => "COUNT",
            OpKind::Append => "APPEND",
            OpKind::Write => "WRITE",
            OpKind::Create => "CREATE",
            OpKind::Done => "DONE",
            OpKind::Action => "ACTION",
            OpKind::View => "VIEW",
            OpKind::StrReplace => "STR_REPLACE",
            OpKind::Insert => "INSERT",
            OpKind::Delete => "DELETE",
            OpKind::Rename => "RENAME",
            OpKind::Custom => "CUSTOM",
            OpKind::Malformed => "MALFORMED",
        }
    }

    /// The built-in kind whose tag name is `name` (ASCII case-insensitive), if any.
    pub fn from_tag_name(name: &str) -> Option<OpKind> {
        OpKind::BUILT_IN.into_iter().find(|kind| kind.name().eq_ignore_ascii_case(name))
    }

    /// The kind's rank in protocol order: look-ups, then writes, then malformed, DONE and ACTION.
    pub fn protocol_rank(self) -> usize {
        // PROTOCOL_ORDER lists every kind, so the fallback is never used.
        OpKind::PROTOCOL_ORDER.iter().position(|&kind| kind == self).unwrap_or(OpKind::PROTOCOL_ORDER.len())
    }

    /// True for the read-only look-ups (SEARCH, READ, TAIL, COUNT, VIEW), the ops a PLAN phase
    /// usually allows.
    pub fn is_lookup(self) -> bool {
        matches!(self, OpKind::Search | OpKind::Read | OpKind::Tail | OpKind::Count | OpKind::View)
    }
}

impl Command {
    /// The command's kind, for phase checks and ordering.
    pub fn kind(&self) -> OpKind {
        match self {
            Command::Search { .. } => OpKind::Search,
            Command::Read { .. } => OpKind::Read,
            Command::Tail { .. } => OpKind::Tail,
            Command::Count { .. } => OpKind::Count,
            Command::Append { .. } => OpKind::Append,
            Command::Write { .. } => OpKind::Write,
            Command::Create { .. } => OpKind::Create,
            Command::Done => OpKind::Done,
            Command::Action(_) => OpKind::Action,
            Command::Custom { .. } => OpKind::Custom,
            Command::View { .. } => OpKind::View,
            Command::StrReplace { .. } => OpKind::StrReplace,
            Command::Insert { .. } => OpKind::Insert,
            Command::Delete { .. } => OpKind::Delete,
            Command::Rename { .. } => OpKind::Rename,
            Command::Malformed { .. } => OpKind::Malformed,
        }
    }

    /// The command's name as a schema lists allowed ops: the tag name, or a custom op's declared
    /// name ("UPSERT_MAP"); "MALFORMED" for a malformed command.
    pub fn name(&self) -> &str {
        match self {
            Command::Custom { name, .. } => name,
            other => other.kind().name(),
        }
    }

    /// True for commands that read or change memory (everything but ACTION and malformed ones);
    /// DONE counts, as in AutoMem's post-processing.
    pub fn is_memory_op(&self) -> bool {
        !matches!(self, Command::Action(_) | Command::Malformed { .. })
    }

    /// The command in canonical tag form (`<|NAME|>args<|END|>`, `<|DONE|>`), for policies that
    /// speak the protocol; it parses back to the same command when the arguments are trimmed and
    /// hold no tags (as parsed ones do). `None` for a malformed command, which has no tag form.
    pub fn to_tag(&self) -> Option<String> {
        match self {
            Command::Done => Some("<|DONE|>".to_owned()),
            Command::Malformed { .. } => None,
            other => Some(format!("<|{}|>{}<|END|>", other.name(), other.tag_args().unwrap_or_default())),
        }
    }

    /// The command as `NAME args`, e.g. `SEARCH map_notes.txt|tree`, for traces and op-result
    /// records; a malformed command reads `MALFORMED TAG`.
    pub fn compact(&self) -> String {
        match self {
            Command::Malformed { tag, .. } => format!("MALFORMED {tag}"),
            other => match other.tag_args() {
                Some(args) if !args.is_empty() => format!("{} {args}", other.name()),
                _ => other.name().to_owned(),
            },
        }
    }

    /// The text between the tags of the canonical form; `None` for DONE and malformed commands.
    fn tag_args(&self) -> Option<String> {
        let all = |path: &Option<String>| path.as_deref().unwrap_or("*").to_owned();
        Some(match self {
            Command::Search { path, query } | Command::Count { path, query } => {
                format!("{}|{query}", all(path))
            }
            Command::Read { path } | Command::Delete { path } => path.clone(),
            Command::Tail { path, lines } => format!("{path}|{lines}"),
            Command::Append { path, text } | Command::Write { path, text } => {
                format!("{path}|{text}")
            }
            Command::Create { path, text: None } => path.clone(),
            Command::Create { path, text: Some(text) } => format!("{path}|{text}"),
            Command::Action(action) => action.clone(),
            Command::Custom { args, .. } => args.join("|"),
            Command::View { path, range: None } => path.clone(),
            Command::View { path, range: Some((start, end)) } => format!("{path}|{start}-{end}"),
            Command::StrReplace { path, old, new } => format!("{path}|{old}|{new}"),
            Command::Insert { path, line, text } => format!("{path}|{line}|{text}"),
            Command::Rename { from, to } => format!("{from}|{to}"),
            Command::Done | Command::Malformed { .. } => return None,
        })
    }
}

/// One command found in a reply, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Parsed {
    /// The command.
    pub command: Command,
    /// The byte range of the reply it was read from (opening tag to closing tag, the `ACTION:` line,
    /// or the JSON object); always on `char` boundaries.
    pub span: Range<usize>,
}
