//! The reply parser (tags, JSON memory-tool calls, `ACTION:` lines) and the training-data cleaner
//! on any text: never panics, stays within its command cap, spans are ordered char ranges, and a
//! parsed command's canonical tag reads back as one command.
#![no_main]
use automem_protocol::{Command, ParseOptions, parse_reply, postprocess};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = ParseOptions { custom_ops: vec!["UPSERT_MAP".into(), "NOTE".into()], max_commands: 8 };
    let parsed = parse_reply(text, &options);
    assert!(parsed.len() <= options.max_commands + 1);
    let mut last_end = 0;
    for p in &parsed {
        assert!(p.span.start <= p.span.end && p.span.end <= text.len());
        assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end));
        assert!(p.span.start >= last_end || matches!(p.command, Command::Malformed { .. }));
        last_end = last_end.max(p.span.end);
        if let Some(tag) = p.command.to_tag() {
            let again = parse_reply(&tag, &options);
            assert!(!again.is_empty(), "{tag:?} read back as nothing");
        }
    }
    let _ = postprocess::strip_actions(text, &options);
});
