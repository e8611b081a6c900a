//! Text edits the schema makes on memory files: the map upsert, pruning, duplicate detection.
//! Pure functions of the file content; the glue in `lib.rs` reads and writes the files.

/// Parse a coordinate key: "3,-5", "(3,-5)", " ( 3 , -5 ) ".
pub fn parse_coords(text: &str) -> Option<(i64, i64)> {
    let t = text.trim();
    let t = t.strip_prefix('(').map_or(t, |rest| rest.strip_suffix(')').unwrap_or(rest)).trim();
    let (x, y) = t.split_once(',')?;
    Some((x.trim().parse().ok()?, y.trim().parse().ok()?))
}

/// A map line of the form "(x,y): description", as `(x, y, description)`.
pub fn parse_map_line(line: &str) -> Option<(i64, i64, String)> {
    let t = line.trim();
    if !t.starts_with('(') {
        return None;
    }
    let close = t.find(')')?;
    let (x, y) = parse_coords(&t[..=close])?;
    let description = t[close + 1..].trim_start().strip_prefix(':')?.trim();
    if description.is_empty() {
        return None;
    }
    Some((x, y, description.to_string()))
}

/// Outcome of an upsert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upsert {
    /// The new file content.
    pub content: String,
    /// True when an entry for the coordinates existed and was replaced.
    pub replaced: bool,
    /// Entries in the file afterwards.
    pub entries: usize,
}

/// In a map file, replace the line for `(x,y)` (any line starting "(x,y):") with
/// "(x,y): description", in place of the first such line; or append it.
pub fn upsert_map(content: &str, x: i64, y: i64, description: &str) -> Upsert {
    let key = format!("({x},{y}):");
    let entry = format!("({x},{y}): {}", description.trim());
    let mut lines: Vec<String> = Vec::new();
    let mut replaced = false;
    for line in content.lines() {
        if line.trim_start().starts_with(&key) || parse_map_line(line).is_some_and(|(lx, ly, _)| (lx, ly) == (x, y)) {
            if !replaced {
                lines.push(entry.clone());
                replaced = true;
            }
        } else {
            lines.push(line.to_string());
        }
    }
    if !replaced {
        lines.push(entry);
    }
    let entries = lines.iter().filter(|l| parse_map_line(l).is_some()).count();
    let mut content = lines.join("\n");
    content.push('\n');
    Upsert { content, replaced, entries }
}

/// If `content` has more than `above` lines, the last `keep` lines (with a final newline) and the
/// line count before pruning.
pub fn prune(content: &str, above: usize, keep: usize) -> Option<(String, usize)> {
    let lines: Vec<&str> = content.lines().collect();
    if lines.len() <= above {
        return None;
    }
    let start = lines.len().saturating_sub(keep);
    let mut kept = lines[start..].join("\n");
    if !kept.is_empty() {
        kept.push('\n');
    }
    Some((kept, lines.len()))
}

/// The 1-based number of a line of `content` equal to `line` (ignoring case and outer spaces).
pub fn find_duplicate(content: &str, line: &str) -> Option<usize> {
    let wanted = line.trim().to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    content.lines().position(|l| l.trim().to_lowercase() == wanted).map(|i| i + 1)
}

/// The last `n` lines of `content`.
pub fn tail(content: &str, n: usize) -> Vec<&str> {
    let lines: Vec<&str> = content.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].to_vec()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_and_map_lines() {
        assert_eq!(parse_coords("3,-5"), Some((3, -5)));
        assert_eq!(parse_coords(" ( 3 , -5 ) "), Some((3, -5)));
        assert_eq!(parse_coords("3;5"), None);
        assert_eq!(parse_coords("a,b"), None);
        assert_eq!(parse_map_line("(32,30): tree cluster"), Some((32, 30, "tree cluster".into())));
        assert_eq!(parse_map_line("( 1, 2 ) : water"), Some((1, 2, "water".into())));
        assert_eq!(parse_map_line("(1,2):"), None);
        assert_eq!(parse_map_line("Step 3: (1,2): x"), None);
    }

    #[test]
    fn upsert_replaces_in_place_or_appends() {
        let file = "(1,2): tree\n(3,4): water\n";
        let up = upsert_map(file, 3, 4, "water, sand beach");
        assert_eq!(up.content, "(1,2): tree\n(3,4): water, sand beach\n");
        assert!(up.replaced);
        assert_eq!(up.entries, 2);
        let add = upsert_map(file, 31, 4, "stone");
        assert_eq!(add.content, "(1,2): tree\n(3,4): water\n(31,4): stone\n");
        assert!(!add.replaced);
        // (3,4) must not match (31,4) or (3,40); duplicates collapse into one entry.
        let tricky = "(31,4): a\n(3,40): b\n(3,4): c\n( 3, 4 ): d\n";
        let up = upsert_map(tricky, 3, 4, "e");
        assert_eq!(up.content, "(31,4): a\n(3,40): b\n(3,4): e\n");
        let empty = upsert_map("", 0, 0, "start");
        assert_eq!(empty.content, "(0,0): start\n");
        assert_eq!(empty.entries, 1);
    }

    #[test]
    fn prune_keeps_the_tail() {
        let content: String = (1..=201).map(|i| format!("line {i}\n")).collect();
        let (kept, before) = prune(&content, 200, 100).unwrap();
        assert_eq!(before, 201);
        assert_eq!(kept.lines().count(), 100);
        assert!(kept.starts_with("line 102\n") && kept.ends_with("line 201\n"));
        assert_eq!(prune(&content, 201, 100), None);
        assert_eq!(prune("", 0, 10), None);
    }

    #[test]
    fn duplicates_and_tail() {
        let file = "Step 1 action 'Do': got wood\nStep 2: nothing\n";
        assert_eq!(find_duplicate(file, "  step 2: NOTHING "), Some(2));
        assert_eq!(find_duplicate(file, "Step 3"), None);
        assert_eq!(find_duplicate(file, "  "), None);
        assert_eq!(tail("a\nb\n\nc\n", 2), ["b", "c"]);
        assert_eq!(tail("a\n", 5), ["a"]);
        assert!(tail("", 3).is_empty());
    }
}
