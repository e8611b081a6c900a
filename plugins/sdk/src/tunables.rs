//! The format of `tunables.toml`: one `name = "value"` per line (a bare number or word is read
//! as its text), `#` starts a comment. It is the subset of TOML that `automem refine`'s search
//! reviewer rewrites, read here without a TOML parser so guests stay small.

/// The file's conventional name, beside the schema's `Cargo.toml`.
pub const FILE_NAME: &str = "tunables.toml";

/// The `(name, value)` pairs of a `tunables.toml`, in file order; a malformed line is an error
/// naming its line number.
pub fn parse(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = index + 1;
        let (name, rest) =
            line.split_once('=').ok_or_else(|| format!("{FILE_NAME} line {at}: expected `name = \"value\"`"))?;
        let name = name.trim();
        let good_name = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !good_name {
            return Err(format!("{FILE_NAME} line {at}: `{name}` is not a tunable name (a-z, 0-9, _ and -)"));
        }
        let rest = rest.trim();
        let (value, after) = match rest.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').ok_or_else(|| format!("{FILE_NAME} line {at}: unclosed quote"))?;
                if quoted[..end].contains('\\') {
                    return Err(format!("{FILE_NAME} line {at}: escapes are not supported in values"));
                }
                (&quoted[..end], quoted[end + 1..].trim())
            }
            None => match rest.find('#') {
                Some(hash) => (rest[..hash].trim(), ""),
                None => (rest, ""),
            },
        };
        if !after.is_empty() && !after.starts_with('#') {
            return Err(format!("{FILE_NAME} line {at}: unexpected `{after}` after the value"));
        }
        if value.is_empty() {
            return Err(format!("{FILE_NAME} line {at}: `{name}` has no value"));
        }
        if pairs.iter().any(|(n, _)| n == name) {
            return Err(format!("{FILE_NAME} line {at}: `{name}` is set twice"));
        }
        pairs.push((name.to_string(), value.to_string()));
    }
    Ok(pairs)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::parse;

    #[test]
    fn reads_quoted_and_bare_values_and_skips_comments() {
        let text = "# defaults\ngates = \"on\"  # the gates\n\nprune_above = 200\nname-x = off # bare\n";
        let pairs = parse(text).unwrap();
        let flat: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(flat, [("gates", "on"), ("prune_above", "200"), ("name-x", "off")]);
    }

    #[test]
    fn malformed_lines_are_named() {
        for (text, wanted) in [
            ("gates\n", "line 1: expected"),
            ("x = 1\nGates = \"on\"\n", "line 2: `Gates`"),
            ("gates = \"on\n", "unclosed"),
            ("gates = \"on\" extra\n", "unexpected"),
            ("gates = \n", "no value"),
            ("a = 1\na = 2\n", "set twice"),
            ("a = \"x\\n\"\n", "escapes"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.contains(wanted), "{text:?}: {err}");
        }
    }
}
