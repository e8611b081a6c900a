//! BALROG's text views of an NLE observation: the message (nle_language_obsv's `text_message`),
//! the inventory, the map and the cursor line.
use crate::ffi::{COLS, INV, INV_STR, ROWS};

/// nle_language_obsv's `trim`: its whitespace set is " \x1a" (the C string stops at its "\0"),
/// and a string whose only non-space is its last character trims to nothing.
fn trim(input: &[u8]) -> &[u8] {
    let ws = |c: &u8| *c == b' ' || *c == 0x1a;
    let Some(start) = input.iter().position(|c| !ws(c)) else {
        return &[];
    };
    if start + 1 == input.len() {
        return &[];
    }
    let end = input.iter().rposition(|c| !ws(c)).unwrap_or(start);
    &input[start..=end]
}

fn multipage(row: &[u8]) -> bool {
    // Every marker holds a '(' or a '-': most rows have neither and need no search.
    if !row.iter().any(|c| *c == b'(' || *c == b'-') {
        return false;
    }
    let find = |needle: &[u8]| row.windows(needle.len()).position(|w| w == needle);
    let page = find(b" of ").is_some_and(|p| p >= 2 && row.get(p - 2) == Some(&b'(') && row.get(p + 5) == Some(&b')'));
    page || find(b"--More--").is_some() || find(b"(end)").is_some()
}

/// The message as nle_language_obsv's `text_message` reads it from the screen: the top line, or,
/// when the screen holds a multi-line message or menu ending in --More--, (end) or (n of m),
/// every line down to that one.
pub fn message(tty: &[u8; ROWS * COLS]) -> String {
    let first = &tty[..COLS];
    let Some(indent) = first.iter().position(|c| *c != b' ') else {
        return String::new();
    };
    let first_trimmed = trim(first);
    if first_trimmed.is_empty() {
        return String::new();
    }
    // Nearly always no row ends a multi-page message: look for that row before copying any.
    let row = |r: usize| trim(&tty[r * COLS + indent..(r + 1) * COLS]);
    let Some(last) = (0..ROWS).find(|r| multipage(row(*r))) else {
        return latin1(first_trimmed);
    };
    let mut out = Vec::new();
    for r in 0..last {
        out.extend_from_slice(row(r));
        out.push(b'\n');
    }
    out.extend_from_slice(row(last));
    latin1(&out)
}

/// Bytes as NLE's Python side decodes them (latin-1).
pub fn latin1(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    push_latin1(&mut out, bytes);
    out
}

/// Append `bytes` decoded as latin-1 (ASCII, nearly all of a screen, is copied as it is).
pub fn push_latin1(out: &mut String, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(text) if bytes.is_ascii() => out.push_str(text),
        _ => out.extend(bytes.iter().map(|b| char::from(*b))),
    }
}

/// A NUL-terminated field.
pub fn cstr(bytes: &[u8]) -> String {
    latin1(bytes.split(|b| *b == 0).next().unwrap_or(&[]))
}

/// `text_inventory`: "a: a +1 long sword (weapon in hand)" lines.
pub fn inventory(strs: &[u8; INV * INV_STR], letters: &[u8; INV]) -> String {
    let mut lines = Vec::new();
    for (i, letter) in letters.iter().enumerate() {
        if *letter == 0 {
            break;
        }
        lines.push(format!("{}: {}", char::from(*letter), cstr(&strs[i * INV_STR..(i + 1) * INV_STR])));
    }
    lines.join("\n")
}

/// The screen without its top line, as BALROG's hybrid `map:` shows it (status lines included;
/// every row ends in a newline, the last one too).
pub fn map(tty: &[u8; ROWS * COLS]) -> String {
    let mut out = String::with_capacity((ROWS - 1) * (COLS + 1));
    for r in 1..ROWS {
        push_latin1(&mut out, &tty[r * COLS..(r + 1) * COLS]);
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn screen(rows: &[&str]) -> [u8; ROWS * COLS] {
        let mut s = [b' '; ROWS * COLS];
        for (r, text) in rows.iter().enumerate() {
            s[r * COLS..r * COLS + text.len()].copy_from_slice(text.as_bytes());
        }
        s
    }

    #[test]
    fn top_line_message() {
        let s = screen(&["Hello Agent, welcome to NetHack!", "", " ---"]);
        assert_eq!(message(&s), "Hello Agent, welcome to NetHack!");
        assert_eq!(message(&screen(&[""])), "");
    }

    #[test]
    fn multi_line_message_until_more() {
        let s = screen(&["       Things that are here:", "       a dagger", "       --More--", "x"]);
        assert_eq!(message(&s), "Things that are here:\na dagger\n--More--");
        let menu = screen(&["  Weapons", "  a - a sword", "  (1 of 2)"]);
        assert_eq!(message(&menu), "Weapons\na - a sword\n(1 of 2)");
    }

    #[test]
    fn trim_quirks() {
        assert_eq!(trim(b"  ab  "), b"ab");
        assert_eq!(trim(b"   a"), b"");
        assert_eq!(trim(b"    "), b"");
    }

    #[test]
    fn inventory_lines() {
        let mut strs = [0u8; INV * INV_STR];
        let mut letters = [0u8; INV];
        strs[..7].copy_from_slice(b"a sword");
        letters[0] = b'a';
        strs[INV_STR..INV_STR + 6].copy_from_slice(b"a food");
        letters[1] = b'd';
        assert_eq!(inventory(&strs, &letters), "a: a sword\nd: a food");
    }
}
