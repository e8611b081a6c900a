//! Memory paths: what a model or a schema may name, canonicalized, and nothing outside the memory.
//!
//! A path is relative to the episode's memory root. `/memories/x.txt` (the memory tool's spelling)
//! and `./x.txt` mean `x.txt`. Everything else that could reach outside, or be read two ways, is
//! refused with a reason: `..`, other absolute paths, backslashes, `%` escapes, NUL and control
//! characters, hidden names, over-long names and deep nesting.
//!
//! Names are plain ASCII from a small set ([`NAME_CHARS`]): every file name AutoMem's schemas use
//! is (`map_notes.txt`, `game_knowledge.txt`), and it leaves no room for names that look alike but
//! differ (U+3164 HANGUL FILLER, zero-width and no-break spaces, Cyrillic look-alikes, bidi
//! controls). Windows device names (`CON`, `aux.txt`, `com1`) and names ending in `.` are refused
//! too, so an exported memory opens on every system; case twins (`A.TXT` beside `a.txt`) are
//! refused when the second one would be created ([`case_twin`]).

/// The absolute spelling of the memory root that paths may start with.
pub const ROOT: &str = "/memories";
/// Longest whole path, in bytes.
pub const MAX_PATH_BYTES: usize = 160;
/// Longest single name, in bytes.
pub const MAX_NAME_BYTES: usize = 64;
/// Deepest nesting (number of names in a path).
pub const MAX_DEPTH: usize = 6;
/// The characters a name may hold besides ASCII letters and digits.
pub const NAME_CHARS: &str = "_-.,()+ ";
/// What a name may hold, in words, for error messages.
const ALLOWED: &str = "names use ASCII letters, digits, '_', '-', '.', ',', '(', ')', '+' and spaces, with '/' \
                       between folders (e.g. notes/map_notes.txt)";
/// Windows device names: a name whose part before the first '.' is one of these opens a device there.
const DEVICES: [&str; 4] = ["CON", "PRN", "AUX", "NUL"];

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
        return Err(format!("the path contains the control character {}; {ALLOWED}", code_point(c)));
    }
    if let Some(c) = trimmed.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "the path '{}' contains {}, which is not plain ASCII (invisible and look-alike characters are \
             refused); {ALLOWED}",
            shown(trimmed),
            code_point(c)
        ));
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
            return Err(format!("'{}' is outside the memory; paths start at {ROOT}/ or are relative", shown(trimmed)));
        }
    } else if trimmed.starts_with('/') || trimmed.starts_with('~') {
        return Err(format!("'{}' is outside the memory; paths start at {ROOT}/ or are relative", shown(trimmed)));
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
        return Err(format!("the name '{}…' is longer than {MAX_NAME_BYTES} bytes", shown(prefix(name, 24))));
    }
    if name.starts_with('.') {
        return Err(format!("the name '{}' starts with '.'; hidden names are not allowed", shown(name)));
    }
    if name != name.trim() {
        return Err(format!("the name '{}' starts or ends with a space", shown(name)));
    }
    if let Some(c) = name.chars().find(|&c| !(c.is_ascii_alphanumeric() || NAME_CHARS.contains(c))) {
        return Err(format!("the name '{}' contains {}; {ALLOWED}", shown(name), code_point(c)));
    }
    if name.ends_with('.') {
        return Err(format!(
            "the name '{}' ends with '.', which Windows drops; end it with a letter or digit",
            shown(name)
        ));
    }
    if is_device_name(name) {
        return Err(format!(
            "'{name}' is a Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, with any extension), \
             so the exported memory could not be opened there; choose another name"
        ));
    }
    Ok(())
}

/// True for a Windows device name: its part before the first '.' (spaces dropped) is CON, PRN, AUX,
/// NUL, COM0-9 or LPT0-9, in any case.
fn is_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end().to_ascii_uppercase();
    if DEVICES.contains(&stem.as_str()) {
        return true;
    }
    let bytes = stem.as_bytes();
    bytes.len() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && bytes[3].is_ascii_digit()
}

/// The key two spellings of a canonical path share when they differ only in case.
pub fn fold(path: &str) -> String {
    path.to_ascii_lowercase()
}

/// The existing path among `existing` that `path` (canonical, new) is a case twin of: one of its
/// folders or its name differs from an existing one only in case (`A.TXT` beside `a.txt`,
/// `Notes/x` beside `notes/y`). Memory is case-sensitive, but such a pair cannot be exported to a
/// case-insensitive file system, and is easy to confuse.
pub fn case_twin<'a>(path: &str, existing: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    existing.into_iter().find(|other| {
        for (a, b) in path.split('/').zip(other.split('/')) {
            if a != b {
                return a.eq_ignore_ascii_case(b);
            }
        }
        false
    })
}

/// A name or path as it may be shown back: printable ASCII kept, anything else as `U+XXXX`, at
/// most 80 characters.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(80) {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&code_point(c));
        }
    }
    out
}

/// `U+3164` for a character.
fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn prefix(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
