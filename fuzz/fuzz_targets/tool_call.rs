//! Tools mode: any tool name and argument text becomes exactly one command (the call's, or a
//! refusal), never two.
#![no_main]
use arbitrary::Arbitrary;
use automem_protocol::{ParseOptions, parse_reply, tools};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Call {
    name: String,
    arguments: String,
    /// Build the arguments as a JSON object of these fields instead of taking `arguments` raw.
    fields: Option<Vec<(String, String)>>,
    args: Option<Vec<String>>,
}

const OFFERED: [&str; 11] =
    ["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE", "ACTION", "UPSERT_MAP", "RENAME"];

fuzz_target!(|call: Call| {
    let arguments = match (&call.fields, &call.args) {
        (_, Some(args)) => format!("{{\"args\": {}}}", json_strings(args)),
        (Some(fields), None) => {
            let body: Vec<String> =
                fields.iter().map(|(k, v)| format!("{}: {}", json_string(k), json_string(v))).collect();
            format!("{{{}}}", body.join(", "))
        }
        (None, None) => call.arguments.clone(),
    };
    let offered: Vec<String> = OFFERED.iter().map(|s| s.to_string()).collect();
    let text = tools::call_to_text(&call.name, &arguments, &offered);
    let parsed = parse_reply(&text, &ParseOptions::with_custom_ops(["UPSERT_MAP"]));
    assert_eq!(parsed.len(), 1, "{call:?} -> {text:?} -> {parsed:?}");
    assert_eq!(parsed[0].span, 0..text.len(), "{text:?}");
});

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_strings(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|s| json_string(s)).collect::<Vec<_>>().join(", "))
}
