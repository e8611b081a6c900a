//! How command results are shown to the model, in AutoMem's words.
//!
//! The next user turn starts "Command results:" (LOG) or "Search results:" (PLAN), then one block per
//! command headed `── READ map_notes.txt ──`. The body formatters give AutoMem's texts for empty
//! files, missing files, no matches and long match lists, and the memory tool's numbered view.

use crate::command::Command;
use crate::phase::Phase;

/// The heading of a results turn: "Command results:" for LOG, "Search results:" for PLAN.
pub fn results_heading(phase: Phase) -> &'static str {
    match phase {
        Phase::Log => "Command results:",
        Phase::Plan => "Search results:",
    }
}

/// One result block: `── header ──`, a newline, then the body.
pub fn block(header: &str, body: &str) -> String {
    format!("── {header} ──\n{body}")
}

/// A results turn: the phase's heading, then each `(header, body)` as a block, blocks separated by a
/// blank line; "(no commands)" when there are none.
pub fn render_results(phase: Phase, results: &[(String, String)]) -> String {
    let heading = results_heading(phase);
    if results.is_empty() {
        return format!("{heading}\n(no commands)");
    }
    let blocks: Vec<String> = results.iter().map(|(header, body)| block(header, body)).collect();
    format!("{heading}\n{}", blocks.join("\n\n"))
}

/// The header AutoMem puts above a command's result, e.g. "READ map_notes.txt",
/// "SEARCH map_notes.txt for 'tree'", "APPEND to log.txt".
pub fn op_header(command: &Command) -> String {
    let scope = |path: &Option<String>| path.as_deref().unwrap_or("all files").to_owned();
    match command {
        Command::Search { path, query } => format!("SEARCH {} for '{query}'", scope(path)),
        Command::Count { path, query } => format!("COUNT {} for '{query}'", scope(path)),
        Command::Read { path } => format!("READ {path}"),
        Command::Tail { path, lines } => format!("TAIL {path} (last {lines} lines)"),
        Command::Append { path, .. } => format!("APPEND to {path}"),
        Command::Write { path, .. } => format!("WRITE to {path}"),
        Command::Create { path, .. } => format!("CREATE {path}"),
        Command::View { path, range: None } => format!("VIEW {path}"),
        Command::View { path, range: Some((start, u32::MAX)) } => format!("VIEW {path} (lines {start}-end)"),
        Command::View { path, range: Some((start, end)) } => format!("VIEW {path} (lines {start}-{end})"),
        Command::StrReplace { path, .. } => format!("STR_REPLACE in {path}"),
        Command::Insert { path, line, .. } => format!("INSERT into {path} after line {line}"),
        Command::Delete { path } => format!("DELETE {path}"),
        Command::Rename { from, to } => format!("RENAME {from} to {to}"),
        Command::Malformed { tag, .. } => format!("{tag} (malformed)"),
        Command::Custom { .. } | Command::Done | Command::Action(_) => command.compact(),
    }
}

/// The body of a SEARCH in one file: the matching lines as they are, AutoMem's texts when there are
/// none, and a "[Showing last N of M matches for 'kw']" header when only the last `max` are shown.
/// `hits` are the matches the host has (their last `max` are shown), `total` how many there were.
pub fn search_body<P: AsRef<str>, T: AsRef<str>>(
    query: &str,
    hits: &[(P, u32, T)],
    total: usize,
    file_empty: bool,
    max: usize,
) -> String {
    matches_body(query, hits, total, file_empty, max, |out, (_, _, text)| out.push_str(text.as_ref()))
}

/// The body of a SEARCH over every file: as [`search_body`], but each line reads
/// `path:line: text` so the model can tell where it is.
pub fn search_all_body<P: AsRef<str>, T: AsRef<str>>(
    query: &str,
    hits: &[(P, u32, T)],
    total: usize,
    file_empty: bool,
    max: usize,
) -> String {
    matches_body(query, hits, total, file_empty, max, |out, (path, line, text)| {
        out.push_str(path.as_ref());
        out.push(':');
        out.push_str(&line.to_string());
        out.push_str(": ");
        out.push_str(text.as_ref());
    })
}

/// Shared by the two search bodies; `line` writes one hit.
fn matches_body<H>(
    query: &str,
    hits: &[H],
    total: usize,
    file_empty: bool,
    max: usize,
    line: impl Fn(&mut String, &H),
) -> String {
    if file_empty {
        return "[FILE IS EMPTY — no matches]".to_owned();
    }
    let total = total.max(hits.len());
    if total == 0 {
        return format!("[No lines matching '{query}']");
    }
    let shown = &hits[hits.len().saturating_sub(max)..];
    let mut out = String::new();
    if total > shown.len() {
        out.push_str(&format!("[Showing last {} of {total} matches for '{query}']\n", shown.len()));
    }
    for (i, hit) in shown.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        line(&mut out, hit);
    }
    out
}

/// The body of a READ: the content, or "[FILE IS EMPTY]" when it is blank.
pub fn read_body(content: &str) -> String {
    if content.trim().is_empty() { "[FILE IS EMPTY]".to_owned() } else { content.to_owned() }
}

/// The body of a TAIL: the last `lines` lines, or "[FILE IS EMPTY]" when the file is blank.
pub fn tail_body(content: &str, lines: u32) -> String {
    if content.trim().is_empty() {
        return "[FILE IS EMPTY]".to_owned();
    }
    let all: Vec<&str> = content.lines().collect();
    let keep = usize::try_from(lines).unwrap_or(usize::MAX);
    all[all.len().saturating_sub(keep)..].join("\n")
}

/// The body for an op on a file that does not exist: "[ERROR: file 'x' does not exist]".
pub fn missing_file(path: &str) -> String {
    format!("[ERROR: file '{path}' does not exist]")
}

/// The body of a COUNT: "[k line(s) matching 'kw']".
pub fn count_body(count: usize, query: &str) -> String {
    format!("[{count} line(s) matching '{query}']")
}

/// The body of a COUNT on a blank file: "[0 matches for 'kw' — file is empty]".
pub fn count_empty_file_body(query: &str) -> String {
    format!("[0 matches for '{query}' — file is empty]")
}

/// The body of a successful APPEND: "[Appended to x]".
pub fn appended(path: &str) -> String {
    format!("[Appended to {path}]")
}

/// The body of a successful WRITE: "[Wrote to x]".
pub fn wrote(path: &str) -> String {
    format!("[Wrote to {path}]")
}

/// The body of a successful CREATE: "[Created x]".
pub fn created(path: &str) -> String {
    format!("[Created {path}]")
}

/// The body of a CREATE of a file that is already there: "[File 'x' already exists]".
pub fn already_exists(path: &str) -> String {
    format!("[File '{path}' already exists]")
}

/// The body of a failed or rejected op, e.g. a malformed command's reason: "[ERROR: reason]".
pub fn error_body(reason: &str) -> String {
    format!("[ERROR: {reason}]")
}

/// The memory tool's line above a viewed file: "Here's the content of x with line numbers:".
pub fn view_heading(path: &str) -> String {
    format!("Here's the content of {path} with line numbers:")
}

/// A file's lines numbered like `cat -n` (number right-aligned in 6 columns, a tab, the line),
/// only lines `start..=end` (1-based) when a range is given.
pub fn view_body(content: &str, range: Option<(u32, u32)>) -> String {
    let (start, end) = range.unwrap_or((1, u32::MAX));
    if end < start {
        return String::new();
    }
    let skip = usize::try_from(start.saturating_sub(1)).unwrap_or(usize::MAX);
    let take = usize::try_from(end.saturating_sub(start.max(1))).unwrap_or(usize::MAX).saturating_add(1);
    let numbered: Vec<String> =
        content.lines().enumerate().skip(skip).take(take).map(|(i, line)| format!("{:>6}\t{line}", i + 1)).collect();
    numbered.join("\n")
}

/// What every line of quoted text starts with ([`automem_sdk::quote::PREFIX`]).
pub const QUOTE_PREFIX: &str = automem_sdk::quote::PREFIX;

/// `text` quoted under `label`: a line `[label, quoted]`, then each of its lines prefixed with
/// [`QUOTE_PREFIX`], every kind of line break (`\r`, U+2028, ...) counted, so no line of `text`
/// can pass for the host's own (e.g. `=== CURRENT OBSERVATION ===`). For what one model hands
/// another in two-model mode; the SDK's [`automem_sdk::quote::file`], which schemas use, so host
/// and guests quote alike.
pub fn quote(label: &str, text: &str) -> String {
    automem_sdk::quote::file(label, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(lines: &[&str]) -> Vec<(String, u32, String)> {
        lines.iter().zip(1..).map(|(text, n)| ("map.txt".to_owned(), n, (*text).to_owned())).collect()
    }

    #[test]
    fn results_turns() {
        let results = vec![
            ("READ map_notes.txt".to_owned(), "[FILE IS EMPTY]".to_owned()),
            ("COUNT a.txt for 'x'".to_owned(), count_body(2, "x")),
        ];
        assert_eq!(
            render_results(Phase::Log, &results),
            "Command results:\n── READ map_notes.txt ──\n[FILE IS EMPTY]\n\n\
             ── COUNT a.txt for 'x' ──\n[2 line(s) matching 'x']"
        );
        assert_eq!(
            render_results(Phase::Plan, &results[..1]),
            "Search results:\n── READ map_notes.txt ──\n[FILE IS EMPTY]"
        );
        assert_eq!(render_results(Phase::Plan, &[]), "Search results:\n(no commands)");
    }

    #[test]
    fn search_bodies() {
        let h = hits(&["tree north", "tree east", "tree west"]);
        assert_eq!(search_body("tree", &h, 3, false, 100), "tree north\ntree east\ntree west");
        assert_eq!(
            search_body("tree", &h, 3, false, 2),
            "[Showing last 2 of 3 matches for 'tree']\ntree east\ntree west"
        );
        assert_eq!(
            search_body("tree", &h[1..], 3, false, 2),
            "[Showing last 2 of 3 matches for 'tree']\ntree east\ntree west"
        );
        assert_eq!(search_body::<&str, &str>("cow", &[], 0, false, 100), "[No lines matching 'cow']");
        assert_eq!(search_body::<&str, &str>("cow", &[], 0, true, 100), "[FILE IS EMPTY — no matches]");
        assert_eq!(search_all_body("tree", &h[..1], 1, false, 100), "map.txt:1: tree north");
    }

    #[test]
    fn file_bodies() {
        assert_eq!(read_body("a\nb\n"), "a\nb\n");
        assert_eq!(read_body(" \n"), "[FILE IS EMPTY]");
        assert_eq!(tail_body("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail_body("a\nb\nc", 10), "a\nb\nc");
        assert_eq!(tail_body("\n\n", 2), "[FILE IS EMPTY]");
        assert_eq!(missing_file("x.txt"), "[ERROR: file 'x.txt' does not exist]");
        assert_eq!(count_body(0, "kw"), "[0 line(s) matching 'kw']");
        assert_eq!(count_empty_file_body("kw"), "[0 matches for 'kw' — file is empty]");
        assert_eq!(appended("a"), "[Appended to a]");
        assert_eq!(wrote("a"), "[Wrote to a]");
        assert_eq!(created("a"), "[Created a]");
        assert_eq!(already_exists("a"), "[File 'a' already exists]");
        assert_eq!(error_body("bad"), "[ERROR: bad]");
    }

    #[test]
    fn views() {
        let content = "one\ntwo\nthree\n";
        assert_eq!(view_body(content, None), "     1\tone\n     2\ttwo\n     3\tthree");
        assert_eq!(view_body(content, Some((2, 2))), "     2\ttwo");
        assert_eq!(view_body(content, Some((2, u32::MAX))), "     2\ttwo\n     3\tthree");
        assert_eq!(view_body(content, Some((5, 9))), "");
        assert_eq!(view_body(content, Some((3, 2))), "");
        assert_eq!(view_body("", None), "");
        let long = "x\n".repeat(1_000_000);
        assert!(view_body(&long, Some((999_999, 1_000_000))).starts_with("999999\tx\n"));
        assert_eq!(view_heading("/memories/a.txt"), "Here's the content of /memories/a.txt with line numbers:");
    }

    #[test]
    fn headers() {
        let h = |c: Command| op_header(&c);
        assert_eq!(h(Command::Read { path: "a".into() }), "READ a");
        assert_eq!(h(Command::Search { path: None, query: "k".into() }), "SEARCH all files for 'k'");
        assert_eq!(h(Command::Tail { path: "a".into(), lines: 5 }), "TAIL a (last 5 lines)");
        assert_eq!(
            h(Command::Custom { name: "UPSERT_MAP".into(), args: vec!["3,4".into(), "tree".into()] }),
            "UPSERT_MAP 3,4|tree"
        );
        assert_eq!(h(Command::View { path: "a".into(), range: Some((3, u32::MAX)) }), "VIEW a (lines 3-end)");
    }
}
