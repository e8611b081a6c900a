//! Memory-tool calls written as JSON objects in the reply, e.g.
//! `{"command": "view", "path": "/memories/x.txt", "view_range": [1, 10]}`.
//!
//! Only flat objects are calls (string, number, `null`/boolean values and one level of arrays), so
//! the extent of a candidate is found with a small scanner whose total work per reply is capped by a
//! budget the caller holds: parsing stays linear in the reply whatever it contains.

use serde_json::{Map, Value};

use crate::args::parse_number;
use crate::command::Command;

/// The memory-tool commands, in the order error messages list them.
const KNOWN: &str = "view, create, str_replace, insert, delete, rename";

/// Tag reported for JSON that could not be read as a call.
const JSON_TAG: &str = "JSON";

/// What a `{` turned out to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// Not a memory-tool call: prose, other JSON, or too broken to tell.
    Nothing,
    /// A call (possibly malformed) ending at byte `end`.
    Call {
        /// Byte offset just past the closing `}`.
        end: usize,
        /// The command read.
        command: Command,
    },
}

/// Reads the memory-tool call that may start at byte `start` (a `{`) of `text`, spending at most
/// `budget` bytes of scanning, which is reduced by what was spent.
pub(crate) fn call_at(text: &str, start: usize, budget: &mut usize) -> Found {
    let Some(end) = object_end(text.as_bytes(), start, budget) else {
        return Found::Nothing;
    };
    let Some(source) = text.get(start..end) else {
        return Found::Nothing;
    };
    let command = match serde_json::from_str::<Map<String, Value>>(source) {
        Ok(object) => match call(&object) {
            Some(command) => command,
            None => return Found::Nothing,
        },
        Err(error) if source.contains("\"command\"") => Command::Malformed {
            tag: JSON_TAG.to_owned(),
            reason: format!("could not read the JSON memory-tool call: {error}"),
        },
        Err(_) => return Found::Nothing,
    };
    Found::Call { end, command }
}

/// The end (past the `}`) of the flat JSON object starting at `start`, if it is one. Costs one unit
/// of `budget` per byte looked at; fails once the budget is spent.
fn object_end(bytes: &[u8], start: usize, budget: &mut usize) -> Option<usize> {
    if bytes.get(start) != Some(&b'{') {
        return None;
    }
    let mut seen_key = false;
    let mut in_string = false;
    let mut escaped = false;
    let mut in_array = false;
    let mut i = start + 1;
    while i < bytes.len() {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        let b = bytes[i];
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !seen_key {
            // Between `{` and the first key only whitespace may come.
            match b {
                b'"' => {
                    seen_key = true;
                    in_string = true;
                }
                b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => return None,
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' => return None,
                b'[' if in_array => return None,
                b'[' => in_array = true,
                b']' if !in_array => return None,
                b']' => in_array = false,
                b'}' if in_array => return None,
                b'}' => return Some(i + 1),
                _ => {}
            }
        }
        i += 1;
    }
    None
}

/// The command a decoded object denotes; `None` when it has no `"command"` key (not a call).
fn call(object: &Map<String, Value>) -> Option<Command> {
    let command = object.get("command")?;
    let Some(name) = command.as_str() else {
        return Some(malformed(JSON_TAG, "\"command\" must be a string naming a memory-tool command".to_owned()));
    };
    let lower = name.to_ascii_lowercase();
    let tag = lower.to_ascii_uppercase();
    let result = match lower.as_str() {
        "view" => view(object),
        "create" => {
            string(object, "path").map(|path| Command::Create { path, text: optional_string(object, "file_text") })
        }
        "str_replace" => str_replace(object),
        "insert" => insert(object),
        "delete" => string(object, "path").map(|path| Command::Delete { path }),
        "rename" => string(object, "old_path")
            .and_then(|from| string(object, "new_path").map(|to| Command::Rename { from, to })),
        _ => {
            let shown: String = name.chars().take(40).collect();
            return Some(malformed(JSON_TAG, format!("unknown memory-tool command '{shown}'; known: {KNOWN}")));
        }
    };
    Some(result.unwrap_or_else(|reason| malformed(&tag, reason)))
}

/// A malformed command with this tag and reason.
fn malformed(tag: &str, reason: String) -> Command {
    Command::Malformed { tag: tag.to_owned(), reason }
}

/// A required, non-empty string field, passed through untouched.
fn string(object: &Map<String, Value>, key: &str) -> Result<String, String> {
    match object.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::String(_)) => Err(format!("\"{key}\" is empty")),
        Some(_) => Err(format!("\"{key}\" must be a string")),
        None => Err(format!("missing \"{key}\"")),
    }
}

/// An optional string field (`null` or absent is `None`; other types are ignored as absent).
fn optional_string(object: &Map<String, Value>, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A whole number field value: a JSON integer or a string of digits.
fn number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => {
            let s = s.trim();
            match s.strip_prefix('-') {
                Some(rest) => parse_number(rest).and_then(|n| i64::try_from(n).ok()).map(|n| -n),
                None => parse_number(s).and_then(|n| i64::try_from(n).ok()),
            }
        }
        _ => None,
    }
}

/// `view`: path and an optional `[start, end]` range (`end` -1 means to the end of the file).
fn view(object: &Map<String, Value>) -> Result<Command, String> {
    let path = string(object, "path")?;
    let range = match object.get("view_range") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let bad = || "\"view_range\" must be [start, end] with 1 <= start <= end (end -1 = to the end)".to_owned();
            let items = value.as_array().ok_or_else(bad)?;
            let [start, end] = items.as_slice() else {
                return Err(bad());
            };
            let start = number(start).and_then(|n| u32::try_from(n).ok()).filter(|&n| n >= 1).ok_or_else(bad)?;
            let end = match number(end) {
                Some(-1) => u32::MAX,
                Some(n) => u32::try_from(n).ok().filter(|&n| n >= start).ok_or_else(bad)?,
                None => return Err(bad()),
            };
            Some((start, end))
        }
    };
    Ok(Command::View { path, range })
}

/// `str_replace`: path, a non-empty `old_str`, and `new_str` (absent means delete the text).
fn str_replace(object: &Map<String, Value>) -> Result<Command, String> {
    let path = string(object, "path")?;
    let old = string(object, "old_str")?;
    let new = optional_string(object, "new_str").unwrap_or_default();
    Ok(Command::StrReplace { path, old, new })
}

/// `insert`: path, `insert_line` (0 = top) and `insert_text` (or `new_str`, the text editor's name).
fn insert(object: &Map<String, Value>) -> Result<Command, String> {
    let path = string(object, "path")?;
    let line = object
        .get("insert_line")
        .and_then(number)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| "\"insert_line\" must be a line number, 0 for the top".to_owned())?;
    let text = optional_string(object, "insert_text")
        .or_else(|| optional_string(object, "new_str"))
        .ok_or_else(|| "missing \"insert_text\"".to_owned())?;
    Ok(Command::Insert { path, line, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Found {
        let mut budget = usize::MAX;
        call_at(text, 0, &mut budget)
    }

    fn command(text: &str) -> Option<Command> {
        match read(text) {
            Found::Call { end, command } => {
                assert_eq!(end, text.len());
                Some(command)
            }
            Found::Nothing => None,
        }
    }

    #[test]
    fn reads_each_command() {
        assert_eq!(
            command(r#"{"command": "view", "path": "/memories/x.txt", "view_range": [1, 10]}"#),
            Some(Command::View { path: "/memories/x.txt".into(), range: Some((1, 10)) })
        );
        assert_eq!(
            command(r#"{"command":"view","path":"/memories","view_range":[3,-1]}"#),
            Some(Command::View { path: "/memories".into(), range: Some((3, u32::MAX)) })
        );
        assert_eq!(
            command(r#"{"command":"create","path":"a","file_text":"x\ny"}"#),
            Some(Command::Create { path: "a".into(), text: Some("x\ny".into()) })
        );
        assert_eq!(
            command(r#"{"command":"str_replace","path":"a","old_str":"x","new_str":"}{"}"#),
            Some(Command::StrReplace { path: "a".into(), old: "x".into(), new: "}{".into() })
        );
        assert_eq!(
            command(r#"{"command":"insert","path":"a","insert_line":0,"insert_text":"t"}"#),
            Some(Command::Insert { path: "a".into(), line: 0, text: "t".into() })
        );
        assert_eq!(command(r#"{"command":"delete","path":"a"}"#), Some(Command::Delete { path: "a".into() }));
        assert_eq!(
            command(r#"{"command":"rename","old_path":"a","new_path":"b"}"#),
            Some(Command::Rename { from: "a".into(), to: "b".into() })
        );
    }

    #[test]
    fn bad_calls_are_malformed() {
        for text in [
            r#"{"command":"view"}"#,
            r#"{"command":"view","path":"a","view_range":[5,2]}"#,
            r#"{"command":"view","path":"a","view_range":[0,2]}"#,
            r#"{"command":"view","path":"a","view_range":"1-2"}"#,
            r#"{"command":"insert","path":"a","insert_line":-1,"insert_text":"t"}"#,
            r#"{"command":"str_replace","path":"a","old_str":""}"#,
            r#"{"command":"undo_edit","path":"a"}"#,
            r#"{"command":7}"#,
            r#"{"command":"view","path":"a",}"#,
        ] {
            assert!(matches!(command(text), Some(Command::Malformed { .. })), "{text}");
        }
    }

    #[test]
    fn not_calls() {
        for text in [
            r#"{"path":"a"}"#,
            "{}",
            "{ x }",
            r#"{"a":{"command":"view"}}"#,
            r#"{"command":"view","path":"a""#,
            r#"{"a":[[1]]}"#,
        ] {
            assert_eq!(read(text), Found::Nothing, "{text}");
        }
    }

    #[test]
    fn budget_is_respected() {
        let text = format!("{{\"a\": \"{}\"}}", "x".repeat(100));
        let mut budget = 10;
        assert_eq!(call_at(&text, 0, &mut budget), Found::Nothing);
        assert_eq!(budget, 0);
    }
}
