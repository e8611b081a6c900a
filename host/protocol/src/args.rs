//! Reading a tag's arguments (the text between `<|NAME|>` and `<|END|>`) into a [`Command`].

use crate::command::{Command, OpKind};

/// Most lines a TAIL may ask for; larger numbers are capped to this.
pub const MAX_TAIL_LINES: u32 = 1000;

/// Lines a TAIL returns when no `|N` is written (AutoMem's default).
pub const DEFAULT_TAIL_LINES: u32 = 10;

/// An action must be shorter than this many characters (AutoMem's limit).
pub const MAX_ACTION_CHARS: usize = 60;

/// Which operation a tag named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op<'o> {
    /// A built-in tag.
    BuiltIn(OpKind),
    /// A custom op, by its declared name.
    Custom(&'o str),
}

impl Op<'_> {
    /// The name to report in a malformed command.
    pub fn name(self) -> String {
        match self {
            Op::BuiltIn(kind) => kind.name().to_owned(),
            Op::Custom(name) => name.to_owned(),
        }
    }

    /// True when the last argument is free text that may span several lines.
    pub fn takes_text(self) -> bool {
        match self {
            Op::BuiltIn(kind) => {
                matches!(kind, OpKind::Append | OpKind::Write | OpKind::Create | OpKind::StrReplace | OpKind::Insert)
            }
            Op::Custom(_) => true,
        }
    }
}

/// The command `op` with argument text `raw` (untrimmed) denotes, or a malformed command saying why
/// not.
pub(crate) fn build(op: Op<'_>, raw: &str) -> Command {
    let result = match op {
        Op::Custom(name) => Ok(custom(name, raw)),
        Op::BuiltIn(kind) => built_in(kind, raw.trim()),
    };
    result.unwrap_or_else(|reason| Command::Malformed { tag: op.name(), reason })
}

/// A custom op's arguments: the trimmed argument split on every `|`, parts as written.
fn custom(name: &str, raw: &str) -> Command {
    let raw = raw.trim();
    let args = if raw.is_empty() { Vec::new() } else { raw.split('|').map(str::to_owned).collect() };
    Command::Custom { name: name.to_owned(), args }
}

/// A built-in op's arguments, already trimmed.
fn built_in(kind: OpKind, args: &str) -> Result<Command, String> {
    let name = kind.name();
    let split2 = |usage: &str| {
        args.split_once('|')
            .map(|(a, b)| (a.trim(), b.trim()))
            .ok_or_else(|| format!("expected <|{name}|>{usage}<|END|>"))
    };
    match kind {
        OpKind::Search | OpKind::Count => {
            let (path, query) = split2("file|keyword (or *|keyword for every file)")?;
            if query.is_empty() {
                return Err(format!("{name} needs a keyword after the '|'"));
            }
            let path = (!path.is_empty() && path != "*").then(|| path.to_owned());
            let query = query.to_owned();
            Ok(if kind == OpKind::Search { Command::Search { path, query } } else { Command::Count { path, query } })
        }
        OpKind::Read => Ok(Command::Read { path: path(name, args)? }),
        OpKind::Delete => Ok(Command::Delete { path: path(name, args)? }),
        OpKind::Tail => {
            let (file, n) = match args.split_once('|') {
                Some((file, n)) => (file.trim(), Some(n.trim())),
                None => (args, None),
            };
            let lines = match n {
                None => DEFAULT_TAIL_LINES,
                Some(n) => match parse_number(n) {
                    Some(0) | None => {
                        return Err(format!("TAIL needs a positive whole number of lines after the '|', got '{n}'"));
                    }
                    Some(n) => u32::try_from(n.min(u64::from(MAX_TAIL_LINES))).unwrap_or(MAX_TAIL_LINES),
                },
            };
            Ok(Command::Tail { path: path(name, file)?, lines })
        }
        OpKind::Append => {
            let (file, text) = split2("file|text")?;
            if text.is_empty() {
                return Err("APPEND needs text to append after the '|'".to_owned());
            }
            Ok(Command::Append { path: path(name, file)?, text: text.to_owned() })
        }
        OpKind::Write => {
            let (file, text) = split2("file|content")?;
            Ok(Command::Write { path: path(name, file)?, text: text.to_owned() })
        }
        OpKind::Create => {
            let (file, text) = match args.split_once('|') {
                Some((file, text)) => (file.trim(), Some(text.trim().to_owned())),
                None => (args, None),
            };
            Ok(Command::Create { path: path(name, file)?, text })
        }
        OpKind::View => {
            let (file, range) = match args.split_once('|') {
                Some((file, range)) => (file.trim(), Some(view_range(range.trim())?)),
                None => (args, None),
            };
            Ok(Command::View { path: path(name, file)?, range })
        }
        OpKind::StrReplace => {
            let mut parts = args.splitn(3, '|').map(str::trim);
            let (Some(file), Some(old), Some(new)) = (parts.next(), parts.next(), parts.next()) else {
                return Err("expected <|STR_REPLACE|>file|old text|new text<|END|>".to_owned());
            };
            if old.is_empty() {
                return Err("STR_REPLACE needs the text to replace".to_owned());
            }
            Ok(Command::StrReplace { path: path(name, file)?, old: old.to_owned(), new: new.to_owned() })
        }
        OpKind::Insert => {
            let mut parts = args.splitn(3, '|').map(str::trim);
            let (Some(file), Some(line), Some(text)) = (parts.next(), parts.next(), parts.next()) else {
                return Err("expected <|INSERT|>file|line number|text<|END|>".to_owned());
            };
            let line = parse_number(line)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| format!("INSERT needs a line number (0 for the top of the file), got '{line}'"))?;
            Ok(Command::Insert { path: path(name, file)?, line, text: text.to_owned() })
        }
        OpKind::Rename => {
            let (from, to) = split2("old path|new path")?;
            Ok(Command::Rename { from: path(name, from)?, to: path(name, to)? })
        }
        OpKind::Action => action(args).map(Command::Action),
        OpKind::Done => Ok(Command::Done),
        OpKind::Custom | OpKind::Malformed => Err(format!("{name} is not a command")),
    }
}

/// A non-empty path, passed through untouched (the host validates it).
fn path(name: &str, path: &str) -> Result<String, String> {
    if path.is_empty() { Err(format!("{name} needs a file name")) } else { Ok(path.to_owned()) }
}

/// A committed action: non-empty and under [`MAX_ACTION_CHARS`] characters.
pub(crate) fn action(text: &str) -> Result<String, String> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars == 0 {
        Err("ACTION is empty: write the game action between the tags".to_owned())
    } else if chars >= MAX_ACTION_CHARS {
        Err(format!("an action must be under {MAX_ACTION_CHARS} characters; this one has {chars}"))
    } else {
        Ok(text.to_owned())
    }
}

/// A whole number written with ASCII digits (an optional leading `+`), saturating at `u64::MAX`.
pub(crate) fn parse_number(text: &str) -> Option<u64> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.bytes().fold(0u64, |n, d| n.saturating_mul(10).saturating_add(u64::from(d - b'0'))))
}

/// A VIEW range `start-end` (1-based, inclusive, `start <= end`).
fn view_range(text: &str) -> Result<(u32, u32), String> {
    let bad = || format!("VIEW range must be start-end with 1 <= start <= end, got '{text}'");
    let (start, end) = text.split_once('-').ok_or_else(bad)?;
    let number = |s: &str| parse_number(s.trim()).and_then(|n| u32::try_from(n).ok()).ok_or_else(bad);
    let (start, end) = (number(start)?, number(end)?);
    if start == 0 || end < start {
        return Err(bad());
    }
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(kind: OpKind, raw: &str) -> Command {
        build(Op::BuiltIn(kind), raw)
    }

    fn is_malformed(c: &Command) -> bool {
        matches!(c, Command::Malformed { .. })
    }

    #[test]
    fn search_paths() {
        let s = |raw| b(OpKind::Search, raw);
        assert_eq!(s(" map.txt | tree "), Command::Search { path: Some("map.txt".into()), query: "tree".into() });
        assert_eq!(s("*|tree"), Command::Search { path: None, query: "tree".into() });
        assert_eq!(s("|a|b"), Command::Search { path: None, query: "a|b".into() });
        assert!(is_malformed(&s("tree")));
        assert!(is_malformed(&s("map.txt|")));
        assert!(is_malformed(&s("|")));
    }

    #[test]
    fn tail_numbers() {
        let t = |raw| b(OpKind::Tail, raw);
        let lines = |c: Command| match c {
            Command::Tail { lines, .. } => Some(lines),
            _ => None,
        };
        assert_eq!(lines(t("a|5")), Some(5));
        assert_eq!(lines(t("a|+5")), Some(5));
        assert_eq!(lines(t("a")), Some(DEFAULT_TAIL_LINES));
        assert_eq!(lines(t("a|1000")), Some(1000));
        assert_eq!(lines(t("a|1001")), Some(MAX_TAIL_LINES));
        assert_eq!(lines(t("a|99999999999999999999999999999")), Some(MAX_TAIL_LINES));
        for bad in ["a|0", "a|-3", "a|x", "a|", "a|1.5", "|5", "a|５"] {
            assert!(is_malformed(&t(bad)), "{bad}");
        }
    }

    #[test]
    fn texts_keep_pipes() {
        assert_eq!(
            b(OpKind::Append, "log.txt|a | b"),
            Command::Append { path: "log.txt".into(), text: "a | b".into() }
        );
        assert_eq!(
            b(OpKind::StrReplace, "f|old|new|er"),
            Command::StrReplace { path: "f".into(), old: "old".into(), new: "new|er".into() }
        );
        assert_eq!(b(OpKind::Insert, "f|0|x|y"), Command::Insert { path: "f".into(), line: 0, text: "x|y".into() });
        assert!(is_malformed(&b(OpKind::Append, "log.txt|")));
        assert!(is_malformed(&b(OpKind::Append, "log.txt")));
        assert_eq!(b(OpKind::Write, "f|"), Command::Write { path: "f".into(), text: String::new() });
        assert!(is_malformed(&b(OpKind::StrReplace, "f|old")));
        assert!(is_malformed(&b(OpKind::StrReplace, "f||new")));
        assert!(is_malformed(&b(OpKind::Insert, "f|-1|x")));
    }

    #[test]
    fn views_and_actions() {
        assert_eq!(b(OpKind::View, "f|2-5"), Command::View { path: "f".into(), range: Some((2, 5)) });
        for bad in ["f|5-2", "f|0-2", "f|x", "f|3"] {
            assert!(is_malformed(&b(OpKind::View, bad)), "{bad}");
        }
        assert_eq!(b(OpKind::Action, " noop "), Command::Action("noop".into()));
        assert!(is_malformed(&b(OpKind::Action, "  ")));
        assert!(is_malformed(&b(OpKind::Action, &"x".repeat(60))));
        assert_eq!(b(OpKind::Action, &"é".repeat(59)), Command::Action("é".repeat(59)));
    }

    #[test]
    fn custom_args_as_written() {
        assert_eq!(
            build(Op::Custom("UPSERT_MAP"), " 3,4 | floor | N:wall "),
            Command::Custom {
                name: "UPSERT_MAP".into(),
                args: vec!["3,4 ".into(), " floor ".into(), " N:wall".into()]
            }
        );
        assert_eq!(build(Op::Custom("X"), "  "), Command::Custom { name: "X".into(), args: vec![] });
    }
}
