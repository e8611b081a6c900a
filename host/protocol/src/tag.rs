//! Recognising one tag (`<|NAME|>`, `<NAME>`, `</NAME>`, `<|END|>`, `<|END|}`) at a position.

/// Longest tag name looked at; longer runs of letters are not tags. Bounds the work per `<`.
const MAX_NAME_LEN: usize = 64;

/// What sort of tag was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TagKind {
    /// An opening tag `<|NAME|>` or `<NAME>` (either pipe may be missing).
    Open,
    /// A named closing tag `</NAME>`.
    Close,
    /// The generic closer: `<|END|>`, `<|END|}`, `<END>` and the other pipe/brace mixes.
    End,
}

/// A tag found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    /// Byte offset of the `<`.
    pub start: usize,
    /// Byte offset just past the `>` (or `}`).
    pub end: usize,
    /// The name as written.
    pub name: &'a str,
    /// Opening, named closing or END.
    pub kind: TagKind,
    /// Whether the name was written between two pipes, `<|NAME|>`.
    pub fully_piped: bool,
    /// Whether the name had at least one pipe next to it.
    pub piped: bool,
}

impl Tag<'_> {
    /// True when the name has no lower-case letter, so an unknown one looks like a command.
    pub fn upper_case(&self) -> bool {
        !self.name.bytes().any(|b| b.is_ascii_lowercase())
    }
}

/// The tag starting at byte `i` of `text`, if there is one. Looks at no more than
/// `MAX_NAME_LEN + 5` bytes.
pub(crate) fn match_tag(text: &str, i: usize) -> Option<Tag<'_>> {
    let bytes = text.as_bytes();
    if bytes.get(i) != Some(&b'<') {
        return None;
    }
    let mut j = i + 1;
    let pipe_left = bytes.get(j) == Some(&b'|');
    if pipe_left {
        j += 1;
    }
    let slash = !pipe_left && bytes.get(j) == Some(&b'/');
    if slash {
        j += 1;
    }
    let name_start = j;
    if !bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while j < bytes.len() && j - name_start < MAX_NAME_LEN && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
        j += 1;
    }
    // The name is ASCII, so these offsets are char boundaries.
    let name = text.get(name_start..j)?;
    let pipe_right = !slash && bytes.get(j) == Some(&b'|');
    if pipe_right {
        j += 1;
    }
    let is_end = name.eq_ignore_ascii_case("END");
    let closed = match bytes.get(j) {
        Some(b'>') => true,
        Some(b'}') => is_end,
        _ => false,
    };
    if !closed {
        return None;
    }
    let kind = if is_end {
        TagKind::End
    } else if slash {
        TagKind::Close
    } else {
        TagKind::Open
    };
    Some(Tag { start: i, end: j + 1, name, kind, fully_piped: pipe_left && pipe_right, piped: pipe_left || pipe_right })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_and_name(text: &str) -> Option<(TagKind, &str, usize)> {
        match_tag(text, 0).map(|t| (t.kind, t.name, t.end))
    }

    #[test]
    fn recognises_every_spelling() {
        assert_eq!(kind_and_name("<|SEARCH|>x"), Some((TagKind::Open, "SEARCH", 10)));
        assert_eq!(kind_and_name("<SEARCH>"), Some((TagKind::Open, "SEARCH", 8)));
        assert_eq!(kind_and_name("<|read>"), Some((TagKind::Open, "read", 7)));
        assert_eq!(kind_and_name("<READ|>"), Some((TagKind::Open, "READ", 7)));
        assert_eq!(kind_and_name("<|END|>"), Some((TagKind::End, "END", 7)));
        assert_eq!(kind_and_name("<|END|}"), Some((TagKind::End, "END", 7)));
        assert_eq!(kind_and_name("<END>"), Some((TagKind::End, "END", 5)));
        assert_eq!(kind_and_name("<end}"), Some((TagKind::End, "end", 5)));
        assert_eq!(kind_and_name("</ACTION>"), Some((TagKind::Close, "ACTION", 9)));
        assert_eq!(kind_and_name("<|UPSERT_MAP|>"), Some((TagKind::Open, "UPSERT_MAP", 14)));
    }

    #[test]
    fn rejects_non_tags() {
        for text in [
            "<",
            "<|",
            "<|<|",
            "< READ>",
            "<|READ|}",
            "<1abc>",
            "<|READ",
            "</|READ|>",
            "<>",
            "<|_x|>",
            "<READ |>",
            "<-->",
        ] {
            assert_eq!(match_tag(text, 0), None, "{text:?}");
        }
        let long = format!("<{}>", "A".repeat(MAX_NAME_LEN + 1));
        assert_eq!(match_tag(&long, 0), None);
    }
}
