//! The `info` JSON of an observation: NLE's blstats by name, the tty lines, the message, the
//! cursor, and the episode's counters.
use crate::Episode;
use crate::ffi::{COLS, Obs, ROWS};

/// Append `s` as a JSON string literal.
fn push_quoted(out: &mut String, s: &str) {
    // Runs of characters that need no escape are copied whole. Every character that does is
    // ASCII, so the bytes can be scanned: a UTF-8 sequence's bytes are all 0x80 or above.
    let special = |b: &u8| *b == b'"' || *b == b'\\' || *b < 0x20 || *b == 0x7f;
    out.push('"');
    let mut rest = s;
    while let Some(i) = rest.bytes().position(|b| special(&b)) {
        out.push_str(&rest[..i]);
        push_escaped(out, char::from(rest.as_bytes()[i]));
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// Whether none of eight bytes (a little-endian word) needs more than a copy: each is printable
/// ASCII other than `"` and `\\`. Word-at-a-time tests that can say "maybe" but never miss one.
fn plain_word(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0;
    let high = (w | w.wrapping_add(ONES)) & HIGH != 0; // 0x7f and above
    !(control || high || zero(w ^ (ONES * u64::from(b'"'))) || zero(w ^ (ONES * u64::from(b'\\'))))
}

/// Append screen bytes, decoded as latin-1 (as [`crate::text::latin1`] does), as a JSON string
/// literal: the same text as `push_quoted(out, &text::latin1(bytes))`, without the copy. Runs of
/// plain ASCII are copied whole, found eight bytes at a time (this runs on 1,920 bytes a step).
fn push_quoted_latin1(out: &mut String, bytes: &[u8]) {
    let plain = |b: u8| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\';
    out.push('"');
    let mut start = 0;
    for (c, chunk) in bytes.chunks(8).enumerate() {
        if chunk.len() == 8 && plain_word(u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]))) {
            continue;
        }
        for (j, &b) in chunk.iter().enumerate() {
            if !plain(b) {
                let i = c * 8 + j;
                out.push_str(std::str::from_utf8(&bytes[start..i]).unwrap_or_default());
                push_escaped(out, char::from(b));
                start = i + 1;
            }
        }
    }
    out.push_str(std::str::from_utf8(&bytes[start..]).unwrap_or_default());
    out.push('"');
}

/// Append a whole number as JSON (and Rust's `Display`) writes it.
fn push_int(out: &mut String, v: i64) {
    let mut digits = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
}

/// One character that JSON (or our reader) wants escaped.
fn push_escaped(out: &mut String, c: char) {
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
    use std::fmt::Write;
    // One buffer, written in place (this runs every step): 27 numbers, 24 lines of 80, the message.
    let mut out = String::with_capacity(1024 + ROWS * (COLS + 4) + ep.message.len());
    out.push_str("{\"blstats\":{");
    for (i, (k, v)) in BLSTATS.iter().zip(obs.blstats.iter()).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(k);
        out.push_str("\":");
        push_int(&mut out, *v);
    }
    out.push_str("},\"tty_lines\":[");
    for r in 0..ROWS {
        if r > 0 {
            out.push(',');
        }
        push_quoted_latin1(&mut out, &obs.tty_chars[r * COLS..(r + 1) * COLS]);
    }
    out.push_str("],\"message\":");
    push_quoted(&mut out, &ep.message);
    let _ = write!(
        out,
        ",\"cursor\":{{\"row\":{},\"col\":{}}},\"steps\":{},\"progression\":{},\"done\":{},\"end_reason\":",
        obs.tty_cursor[0], obs.tty_cursor[1], ep.steps, ep.progression, ep.done
    );
    match ep.end_reason.as_deref() {
        Some(why) => push_quoted(&mut out, why),
        None => out.push_str("null"),
    }
    out.push('}');
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    #[test]
    fn quoting() {
        let mut out = String::new();
        super::push_quoted(&mut out, "a\"b\\c\nd\u{1b}");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u001b\"");
    }

    #[test]
    fn screen_bytes_quote_as_their_latin1_text() {
        let bytes: Vec<u8> = (0u8..=255).chain(*b"plain \"text\" \\ end").collect();
        let (mut fast, mut slow) = (String::new(), String::new());
        super::push_quoted_latin1(&mut fast, &bytes);
        super::push_quoted(&mut slow, &crate::text::latin1(&bytes));
        assert_eq!(fast, slow);
    }

    #[test]
    fn random_screen_bytes_quote_as_their_latin1_text() {
        let mut x: u64 = 1;
        for _ in 0..20_000 {
            let mut bytes = Vec::new();
            for _ in 0..x % 40 {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let r = (x >> 33) as u8;
                bytes.push(if r.is_multiple_of(3) { r } else { b' ' + r % 90 });
            }
            let (mut fast, mut slow) = (String::new(), String::new());
            super::push_quoted_latin1(&mut fast, &bytes);
            super::push_quoted(&mut slow, &crate::text::latin1(&bytes));
            assert_eq!(fast, slow, "{bytes:?}");
        }
    }

    #[test]
    fn plain_words() {
        assert!(super::plain_word(u64::from_le_bytes(*b"Hello, @")));
        for bad in [b'"', b'\\', 0, 0x1f, 0x7f, 0x80, 0xff] {
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = bad;
                assert!(!super::plain_word(u64::from_le_bytes(w)), "{bad:#x} at {at}");
            }
        }
    }

    #[test]
    fn numbers_as_display_writes_them() {
        for v in [0i64, 7, -7, 10, 99, -100, 1234567890, i64::MAX, i64::MIN] {
            let mut out = String::new();
            super::push_int(&mut out, v);
            assert_eq!(out, v.to_string());
        }
    }
}
