//! Memory paths: what a model or a schema may name, canonicalized, and nothing outside the memory.
//!
//! A path is relative to the episode's memory root. `/memories/x.txt` (the memory tool's spelling)
//! and `./x.txt` mean `x.txt`. Everything else that could reach outside, or be read two ways, is
//! refused with a reason: `..`, other absolute paths, backslashes, `%` escapes, NUL and control
//! characters, hidden names, over-long names and deep nesting.

/// The absolute spelling of the memory root that paths may start with.
pub const ROOT: &str = "/memories";
/// Longest whole path, in bytes.
pub const MAX_PATH_BYTES: usize = 160;
/// Longest single name, in bytes.
pub const MAX_NAME_BYTES: usize = 64;
/// Deepest nesting (number of names in a path).
pub const MAX_DEPTH: usize = 6;

/// Canonicalize a path, or say why it is refused.
pub fn canonicalize(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err("the path is empty; name a file such as notes.txt".into());
    }
    if trimmed.len() > MAX_PATH_BYTES * 2 {
        return Err(format!("the path is longer than {MAX_PATH_BYTES} bytes"));
    }
    if let Some(c) = trimmed.chars().find(|c| c.is_control()) {
        return Err(format!("the path contains the control character {:?}", c));
    }
    if trimmed.contains('\\') {
        return Err("the path contains a backslash; separate folders with '/'".into());
    }
    if trimmed.contains('%') {
        return Err("the path contains '%'; escapes are not decoded, write names plainly".into());
    }
    let relative = if let Some(rest) = trimmed.strip_prefix(ROOT) {
        if rest.is_empty() {
            ""
        } else if let Some(rest) = rest.strip_prefix('/') {
            rest
        } else {
            return Err(format!("'{trimmed}' is outside the memory; paths start at {ROOT}/ or are relative"));
        }
    } else if trimmed.starts_with('/') || trimmed.starts_with('~') {
        return Err(format!("'{trimmed}' is outside the memory; paths start at {ROOT}/ or are relative"));
    } else {
        trimmed
    };
    let mut names = Vec::new();
    for name in relative.split('/') {
        match name {
            "" | "." => continue,
            ".." => {
                return Err("the path uses '..'; nothing outside the memory can be named".into());
            }
            _ => {}
        }
        check_name(name)?;
        names.push(name);
    }
    if names.is_empty() {
        return Err("the path names the memory root, not a file".into());
    }
    if names.len() > MAX_DEPTH {
        return Err(format!("the path is nested {} deep; at most {MAX_DEPTH} levels", names.len()));
    }
    let path = names.join("/");
    if path.len() > MAX_PATH_BYTES {
        return Err(format!("the path is {} bytes long; at most {MAX_PATH_BYTES}", path.len()));
    }
    Ok(path)
}

fn check_name(name: &str) -> Result<(), String> {
    if name.len() > MAX_NAME_BYTES {
        return Err(format!("the name '{}…' is longer than {MAX_NAME_BYTES} bytes", prefix(name, 24)));
    }
    if name.starts_with('.') {
        return Err(format!("the name '{name}' starts with '.'; hidden names are not allowed"));
    }
    if name != name.trim() {
        return Err(format!("the name '{name}' starts or ends with a space"));
    }
    if let Some(c) =
        name.chars().find(|c| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | ',' | '(' | ')' | '+')))
    {
        return Err(format!("the name '{name}' contains '{c}'; use letters, digits, '_', '-', '.' and spaces"));
    }
    Ok(())
}

fn prefix(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
