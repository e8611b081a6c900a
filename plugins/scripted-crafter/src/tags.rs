//! AutoMem's command tags, written the canonical way (`<|NAME|>args<|END|>`).

/// `<|SEARCH|>file|keyword<|END|>`.
pub fn search(file: &str, keyword: &str) -> String {
    format!("<|SEARCH|>{file}|{keyword}<|END|>")
}

/// `<|READ|>file<|END|>`.
pub fn read(file: &str) -> String {
    format!("<|READ|>{file}<|END|>")
}

/// `<|APPEND|>file|line<|END|>`.
pub fn append(file: &str, line: &str) -> String {
    format!("<|APPEND|>{file}|{line}<|END|>")
}

/// `<|WRITE|>file|content<|END|>`.
pub fn write(file: &str, content: &str) -> String {
    format!("<|WRITE|>{file}|{content}<|END|>")
}

/// `<|ACTION|>action<|END|>`.
pub fn action(action: &str) -> String {
    format!("<|ACTION|>{action}<|END|>")
}

/// `<|DONE|>`.
pub const DONE: &str = "<|DONE|>";

/// The actions committed in `text` with `<|ACTION|>x<|END|>` (or `<ACTION>x</ACTION>`).
pub fn actions_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [("<|ACTION|>", "<|END|>"), ("<ACTION>", "</ACTION>")] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            rest = &rest[start + open.len()..];
            let end = rest.find(close).unwrap_or(rest.len());
            out.push(rest[..end].trim().to_string());
            rest = &rest[end..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_committed_actions() {
        let text = format!("Plan.\n{}\nand {}", action("Move West"), "<ACTION>Do</ACTION>");
        assert_eq!(actions_in(&text), ["Move West", "Do"]);
        assert!(actions_in("no tags").is_empty());
    }
}
