//! A small Rust lexer: identifiers (raw ones unprefixed), punctuation, string literals with their
//! contents, other literals and lifetimes, with comments and whitespace dropped. Enough to find
//! macro calls and attributes in a revision's source without being fooled by strings, comments,
//! raw strings (`r#"..."#`, `br"..."`, `cr"..."`) or char literals. A byte it cannot place is a
//! punctuation token of its own, so nothing is ever skipped silently.

/// One token.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// An identifier or keyword (`r#name` gives `name`, with `raw` set).
    Ident {
        /// The name, without `r#`.
        name: String,
        /// Written as a raw identifier.
        raw: bool,
    },
    /// One punctuation character.
    Punct(char),
    /// A string literal: its contents as written (escapes not decoded), and whether it was a
    /// plain `"..."` string without escapes.
    Str {
        /// The text between the quotes.
        text: String,
        /// `"..."` with no backslash in it.
        plain: bool,
    },
    /// A char or byte literal (`'a'`, `b'x'`): wording, like a string.
    Char,
    /// Any other literal (numbers), as written.
    Lit(String),
    /// A lifetime or loop label, as written (`'a`).
    Lifetime(String),
}

/// A token and the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// Its line.
    pub line: usize,
}

/// Split `src` into tokens.
pub fn tokens(src: &str) -> Vec<Token> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut push = |tok: Tok, start: usize, line: &mut usize, end: usize| {
        out.push(Token { tok, line: *line });
        *line += b[start..end.min(b.len())].iter().filter(|&&c| c == b'\n').count();
    };
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                line += 1;
            }
            i += 1;
        } else if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0usize;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if let Some((end, text)) = prefixed_string(src, i) {
            push(Tok::Str { text, plain: false }, start, &mut line, end);
            i = end;
        } else if c == b'"' {
            let end = quoted_end(b, i + 1, b'"');
            let text = src.get(i + 1..end.saturating_sub(1).max(i + 1)).unwrap_or("").to_string();
            let plain = !text.contains('\\');
            push(Tok::Str { text, plain }, start, &mut line, end);
            i = end;
        } else if c == b'b' && b.get(i + 1) == Some(&b'\'') {
            let end = quoted_end(b, i + 2, b'\'');
            push(Tok::Char, start, &mut line, end);
            i = end;
        } else if c == b'\'' {
            if let Some(end) = char_literal_end(b, i) {
                push(Tok::Char, start, &mut line, end);
                i = end;
            } else {
                i += 1;
                while i < b.len() && is_ident_byte(b[i]) {
                    i += 1;
                }
                push(Tok::Lifetime(src[start..i].to_string()), start, &mut line, i);
            }
        } else if c.is_ascii_digit() {
            while i < b.len() && (is_ident_byte(b[i]) || (b[i] == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            push(Tok::Lit(src[start..i].to_string()), start, &mut line, i);
        } else if c == b'r' && b.get(i + 1) == Some(&b'#') && b.get(i + 2).is_some_and(|&x| is_ident_start(x)) {
            i += 2;
            let name_start = i;
            while i < b.len() && is_ident_byte(b[i]) {
                i += 1;
            }
            push(Tok::Ident { name: src[name_start..i].to_string(), raw: true }, start, &mut line, i);
        } else if is_ident_start(c) {
            while i < b.len() && is_ident_byte(b[i]) {
                i += 1;
            }
            push(Tok::Ident { name: src[start..i].to_string(), raw: false }, start, &mut line, i);
        } else {
            let ch = src[i..].chars().next().unwrap_or('\u{FFFD}');
            i += ch.len_utf8().max(1);
            push(Tok::Punct(ch), start, &mut line, i);
        }
    }
    out
}

/// Bytes of an identifier: ASCII letters, digits, `_`, and any non-ASCII byte (Unicode
/// identifiers are whole UTF-8 sequences of such bytes).
fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

/// End of a char literal (`'a'`, `'\n'`, `'\u{1F600}'`, `'é'`) at `i`; `None` for a lifetime.
fn char_literal_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i + 1) == Some(&b'\\') {
        let close = b.get(i + 2..)?.iter().take(12).position(|&x| x == b'\'')?;
        return Some(i + 2 + close + 1);
    }
    // One character (up to 4 UTF-8 bytes) and a closing quote.
    (2..=5)
        .find(|&len| {
            b.get(i + len) == Some(&b'\'')
                && b.get(i + 1..i + len)
                    .and_then(|s| std::str::from_utf8(s).ok())
                    .is_some_and(|s| s.chars().count() == 1)
        })
        .map(|len| i + len + 1)
}

/// The end (past the closing quote) of a literal whose body starts at `i`, with backslash
/// escapes; the end of the source when it is not closed.
fn quoted_end(b: &[u8], mut i: usize, quote: u8) -> usize {
    while i < b.len() && b[i] != quote {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    (i + 1).min(b.len())
}

/// A string literal with a prefix at `i`: raw (`r`, `br`, `cr` with any number of `#`) or
/// escaped (`b"..."`, `c"..."`); its end and contents.
fn prefixed_string(src: &str, i: usize) -> Option<(usize, String)> {
    let b = src.as_bytes();
    if i > 0 && is_ident_byte(b[i - 1]) {
        return None;
    }
    let mut j = i;
    if matches!(b.get(j), Some(b'b' | b'c')) {
        j += 1;
        if b.get(j) == Some(&b'"') {
            let end = quoted_end(b, j + 1, b'"');
            return Some((end, src.get(j + 1..end.saturating_sub(1).max(j + 1)).unwrap_or("").to_string()));
        }
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = b[j..].iter().take_while(|&&x| x == b'#').count();
    j += hashes;
    if b.get(j) != Some(&b'"') {
        return None;
    }
    let body = j + 1;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    let mut k = body;
    while k < b.len() {
        if b[k..].starts_with(&closing) {
            return Some((k + closing.len(), src.get(body..k).unwrap_or("").to_string()));
        }
        k += 1;
    }
    Some((b.len(), src.get(body..).unwrap_or("").to_string()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn idents(src: &str) -> Vec<String> {
        tokens(src)
            .into_iter()
            .filter_map(|t| match t.tok {
                Tok::Ident { name, .. } => Some(name),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn strings_comments_and_raw_forms_hide_nothing_and_show_nothing() {
        assert_eq!(idents("let s = \"include_str!\"; // env!\n/* a /* nested */ option_env */ x"), ["let", "s", "x"]);
        // A raw C string whose body holds a quote must not end early and swallow code after it.
        let tricky = "let a = cr#\"x\"y\"#; include_str!(\"/etc/passwd\");";
        assert!(idents(tricky).contains(&"include_str".to_string()), "{:?}", tokens(tricky));
        let tricky = "let a = br##\"q\"# \"##; env!(\"K\");";
        assert!(idents(tricky).contains(&"env".to_string()));
        assert_eq!(idents("r#include_str ! (x)")[0], "include_str");
        assert_eq!(
            idents("let c = 'a'; let d = '\\''; fn f<'a>() {} let e = b'\"'; env"),
            ["let", "c", "let", "d", "fn", "f", "let", "e", "env"]
        );
        let t = tokens("a\n\"two\nlines\"\nb");
        assert_eq!(t.last().unwrap().line, 4);
        assert_eq!(t[1].tok, Tok::Str { text: "two\nlines".into(), plain: true });
    }

    proptest::proptest! {
        #[test]
        fn lexing_never_panics(src in "\\PC{0,200}") {
            let _ = tokens(&src);
        }
    }
}
