//! Adversarial replies of a megabyte parse without panicking and with bounded output.

use automem_protocol::postprocess::clean_item;
use automem_protocol::{ParseOptions, Phase, parse_reply};

const MB: usize = 1 << 20;

/// `piece` repeated to about `bytes` bytes.
fn fill(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

fn adversarial(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("<|", fill("<|", bytes)),
        ("<|<|<|", fill("<|<|<|", bytes)),
        ("<|READ|>", fill("<|READ|>", bytes)),
        ("<|FOO|>", fill("<|FOO|>", bytes)),
        ("long unclosed line", format!("<|READ|>{}", fill("x", bytes))),
        ("long unclosed lines", format!("<|READ|>{}", fill("a\n", bytes))),
        ("unclosed text op over tags", format!("<|APPEND|>f|{}", fill("<b>", bytes))),
        ("unclosed over named closers", format!("<|SEARCH|>a|b{}", fill("</x>", bytes))),
        ("JSON keys", fill("{\"a\":\"", bytes)),
        ("JSON opens", fill("{\"", bytes)),
        ("JSON arrays", fill("{\"a\":[", bytes)),
        ("JSON spaces", fill("{ ", bytes)),
        ("JSON unterminated string", format!("{{\"command\": \"view\", \"path\": \"{}", fill("x", bytes))),
        ("JSON strings with braces", fill("{\"command\": \"x{\", \"p\": \"{\"", bytes)),
        ("JSON calls", fill("{\"command\":\"view\",\"path\":\"a\"}", bytes)),
        ("ACTION lines", fill("\nACTION:", bytes)),
        ("long ACTION line", format!("ACTION: {}", fill("x", bytes))),
        ("ACTION lines over tags", fill("ACTION: <b>\n", bytes)),
        ("spaces", fill(" ", bytes)),
        ("fenced commands", fill("```\n<|READ|>a<|END|>\n```\n", bytes)),
        ("fences", fill("```\n", bytes)),
        ("cut-short closers", fill("<|READ|>a<|END|", bytes)),
        ("NUL", fill("\0", bytes)),
        ("unicode", fill("地🌲é", bytes)),
    ]
}

/// Every adversarial megabyte parses and cleans without panicking, with bounded output. How fast
/// (and that time grows linearly) is measured by `examples/parse_speed.rs`, not asserted here:
/// wall-clock assertions flake on loaded machines.
#[test]
fn megabyte_replies_parse() {
    let options = ParseOptions::with_custom_ops(["UPSERT_MAP"]);
    for (name, text) in adversarial(MB) {
        let parsed = parse_reply(&text, &options);
        assert!(parsed.len() <= options.max_commands + 1, "{name}");
        for p in &parsed {
            assert!(p.span.end <= text.len() && text.is_char_boundary(p.span.start), "{name}");
        }
        let _ = clean_item(Phase::Log, &text);
        let _ = clean_item(Phase::Plan, &text);
    }
}
