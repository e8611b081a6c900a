//! What AutoMem's v0 NetHack scaffold computes from the observation text: the map analysis around
//! the hero (`parse_nle_map`) and the language observation with distance words as step counts
//! (its `env_wrapper.py`).

/// The eight neighbours in the order the analysis lists them: (name, dx, dy), y down.
const NEIGHBOURS: [(&str, i32, i32); 8] = [
    ("north", 0, -1),
    ("northeast", 1, -1),
    ("east", 1, 0),
    ("southeast", 1, 1),
    ("south", 0, 1),
    ("southwest", -1, 1),
    ("west", -1, 0),
    ("northwest", -1, -1),
];

/// The lines of a `name:` section of BALROG's text (up to the next blank line, or the end).
pub fn section<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let head = format!("{name}:\n");
    let start = if text.starts_with(&head) { head.len() } else { text.find(&format!("\n{head}"))? + head.len() + 1 };
    let rest = &text[start..];
    if name == "map" {
        return Some(rest);
    }
    Some(rest.split("\n\n").next().unwrap_or(rest))
}

/// The cursor's (x, y) from "cursor:\n...\n(x=12, y=5)".
pub fn cursor(text: &str) -> Option<(i32, i32)> {
    let c = section(text, "cursor")?;
    let open = c.rfind("(x=")?;
    let inner = &c[open + 3..];
    let (x, rest) = inner.split_once(", y=")?;
    let y = rest.split(')').next()?;
    Some((x.trim().parse().ok()?, y.trim().parse().ok()?))
}

fn classify(c: char) -> &'static str {
    match c {
        '.' | '#' | '<' | '>' | '{' | '_' | '`' | ',' | '$' | '"' | '(' | ')' | '[' | '%' | '?' | '!' | '/' | '='
        | '*' => "passable",
        '|' | '-' => "wall",
        ' ' => "rock",
        '+' => "door",
        '}' | '^' => "dangerous",
        c if c.is_ascii_alphabetic() || c == '@' || c == '&' || c == ':' || c == ';' || c == '\'' => "monster",
        _ => "passable",
    }
}

/// AutoMem's "=== MAP ANALYSIS ===" block: what each neighbour of the hero is, and stairs seen.
pub fn map_analysis(text: &str) -> Option<String> {
    let map: Vec<Vec<char>> = section(text, "map")?.lines().map(|l| l.chars().collect()).collect();
    let (x, y) = cursor(text)?;
    // The map section is the screen without its top line.
    let at = |cx: i32, cy: i32| -> char {
        usize::try_from(cy - 1)
            .ok()
            .and_then(|r| map.get(r))
            .and_then(|row| usize::try_from(cx).ok().and_then(|c| row.get(c)))
            .copied()
            .unwrap_or(' ')
    };
    if at(x, y) != '@' {
        return None;
    }
    let mut can = Vec::new();
    let mut blocked = Vec::new();
    let mut notes = Vec::new();
    for (name, dx, dy) in NEIGHBOURS {
        let c = at(x + dx, y + dy);
        match classify(c) {
            "passable" => can.push(format!("{name} ('{c}')")),
            "door" => can.push(format!("{name} (door '+', open it first)")),
            "dangerous" => blocked.push(format!("{name} (dangerous '{c}')")),
            "monster" => blocked.push(format!("{name} (monster '{c}': moving there attacks it)")),
            kind => blocked.push(format!("{name} ({kind} '{c}')")),
        }
        if c == '>' {
            notes.push(format!("*** STAIRS DOWN ADJACENT: {name} ***"));
        }
    }
    let mut stairs = Vec::new();
    for (r, row) in map.iter().enumerate().take(21) {
        for (c, ch) in row.iter().enumerate() {
            if *ch == '>' {
                stairs.push(format!("(x={c}, y={})", r + 1));
            }
        }
    }
    let mut s = String::from("=== MAP ANALYSIS ===\n");
    s.push_str(&format!("You (@) are at (x={x}, y={y}).\n"));
    s.push_str(&format!("CAN MOVE: {}\n", if can.is_empty() { "nowhere".into() } else { can.join(", ") }));
    s.push_str(&format!("BLOCKED: {}\n", if blocked.is_empty() { "nothing".into() } else { blocked.join(", ") }));
    for n in notes {
        s.push_str(&n);
        s.push('\n');
    }
    if !stairs.is_empty() {
        s.push_str(&format!("Stairs down (>) seen at: {}\n", stairs.join(", ")));
    }
    Some(s.trim_end().to_string())
}

/// AutoMem's distance words as step counts, and compound bearings spelled out.
pub fn step_counts(line: &str) -> String {
    let mut out = line.to_string();
    for (word, steps) in [
        ("very far", "9+ steps away"),
        ("very near", "2 steps away"),
        ("adjacent", "1 step away (directly reachable)"),
        (" far ", " 5-8 steps away "),
        (" near ", " 3-4 steps away "),
    ] {
        out = out.replace(word, steps);
    }
    for (compound, a, b) in [
        ("northnortheast", "north", "northeast"),
        ("eastnortheast", "east", "northeast"),
        ("eastsoutheast", "east", "southeast"),
        ("southsoutheast", "south", "southeast"),
        ("southsouthwest", "south", "southwest"),
        ("westsouthwest", "west", "southwest"),
        ("westnorthwest", "west", "northwest"),
        ("northnorthwest", "north", "northwest"),
    ] {
        out = out.replace(compound, &format!("between {a} and {b}"));
    }
    out
}

/// The observation text with the language observation rewritten into step counts.
pub fn rewrite_distances(text: &str) -> String {
    let Some(lang) = section(text, "language observation") else { return text.to_string() };
    let rewritten: Vec<String> = lang.lines().map(step_counts).collect();
    text.replacen(lang, &rewritten.join("\n"), 1)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const OBS: &str = "message:\nHello\n\nlanguage observation:\nvertical wall far east\nstairs down very near northnortheast\n\ncursor:\nYourself a monk\n(x=3, y=2)\n\nmap:\n ---- \n |.@>|\n |.+.|\n ---- \n";

    #[test]
    fn analysis_around_the_hero() {
        let a = map_analysis(OBS).unwrap();
        assert!(a.contains("You (@) are at (x=3, y=2)."), "{a}");
        assert!(a.contains("east ('>')") && a.contains("STAIRS DOWN ADJACENT: east"), "{a}");
        assert!(a.contains("south (door '+', open it first)"), "{a}");
        assert!(a.contains("north (wall '-')"), "{a}");
        assert!(a.contains("Stairs down (>) seen at: (x=4, y=2)"), "{a}");
    }

    #[test]
    fn distances_become_steps() {
        let t = rewrite_distances(OBS);
        assert!(t.contains("vertical wall 5-8 steps away east"), "{t}");
        assert!(t.contains("stairs down 2 steps away between north and northeast"), "{t}");
        assert!(t.contains("cursor:\nYourself a monk"));
    }
}
