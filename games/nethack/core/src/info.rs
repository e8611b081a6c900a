//! The `info` JSON of an observation: NLE's blstats by name, the tty lines, the message, the
//! cursor, and the episode's counters.
use crate::Episode;
use crate::ffi::Obs;
use crate::text;

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// NLE's blstats names (nle/nethack/nethack.py), in index order.
const BLSTATS: [&str; 27] = [
    "x",
    "y",
    "strength_percentage",
    "strength",
    "dexterity",
    "constitution",
    "intelligence",
    "wisdom",
    "charisma",
    "score",
    "hitpoints",
    "max_hitpoints",
    "depth",
    "gold",
    "energy",
    "max_energy",
    "armor_class",
    "monster_level",
    "experience_level",
    "experience_points",
    "time",
    "hunger_state",
    "carrying_capacity",
    "dungeon_number",
    "level_number",
    "condition",
    "alignment",
];

/// The info object of the current state.
pub fn json(ep: &Episode, obs: &Obs) -> String {
    let blstats: Vec<String> = BLSTATS.iter().zip(obs.blstats.iter()).map(|(k, v)| format!("\"{k}\":{v}")).collect();
    let lines: Vec<String> = text::lines(&obs.tty_chars).iter().map(|l| quote(l)).collect();
    format!(
        "{{\"blstats\":{{{}}},\"tty_lines\":[{}],\"message\":{},\"cursor\":{{\"row\":{},\"col\":{}}},\"steps\":{},\"progression\":{},\"done\":{},\"end_reason\":{}}}",
        blstats.join(","),
        lines.join(","),
        quote(&ep.message),
        obs.tty_cursor[0],
        obs.tty_cursor[1],
        ep.steps,
        ep.progression,
        ep.done,
        ep.end_reason.as_deref().map(quote).unwrap_or_else(|| "null".into())
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    #[test]
    fn quoting() {
        assert_eq!(super::quote("a\"b\\c\nd\u{1b}"), "\"a\\\"b\\\\c\\nd\\u001b\"");
    }
}
