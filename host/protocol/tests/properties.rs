//! Property tests: the parser never panics, spans are sound, and well-formed replies round-trip.

use automem_protocol::postprocess::clean_item_with;
use automem_protocol::{Command, ParseOptions, Parsed, Phase, parse_reply, protocol_order};
use proptest::prelude::*;
use serde_json::json;

const CUSTOM: [&str; 2] = ["UPSERT_MAP", "MARK_GOAL"];

fn options() -> ParseOptions {
    ParseOptions { custom_ops: CUSTOM.iter().map(|s| (*s).to_owned()).collect(), max_commands: 10_000 }
}

/// Checks what must hold for any reply: spans in bounds, on char boundaries, in written order and
/// not overlapping; at most `max_commands + 1` commands.
fn check_spans(text: &str, parsed: &[Parsed], max: usize) {
    assert!(parsed.len() <= max.saturating_add(1));
    let mut previous_end = 0;
    for p in parsed {
        assert!(p.span.start <= p.span.end, "{:?}", p.span);
        assert!(p.span.end <= text.len(), "{:?} past {}", p.span, text.len());
        assert!(text.is_char_boundary(p.span.start));
        assert!(text.is_char_boundary(p.span.end));
        assert!(p.span.start >= previous_end, "overlapping spans in {parsed:?}");
        previous_end = p.span.end;
    }
}

/// Text that is a trimmed, non-empty rendering of `pattern`.
fn trimmed(pattern: &'static str) -> impl Strategy<Value = String> {
    pattern.prop_filter_map("blank", |s| {
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_owned())
    })
}

/// Like [`trimmed`], but may be empty.
fn trimmed_or_empty(pattern: &'static str) -> impl Strategy<Value = String> {
    pattern.prop_map(|s| s.trim().to_owned())
}

fn path() -> impl Strategy<Value = String> {
    "[a-zé地/][a-z0-9_./é地-]{0,12}"
}

fn keyword() -> impl Strategy<Value = String> {
    trimmed("[a-zA-Z0-9é木 ,.()|-]{1,16}")
}

/// Free text: may hold `|`, newlines, colons and non-ASCII.
fn text() -> impl Strategy<Value = String> {
    trimmed("[a-zA-Z0-9 é→🌲|,.:;!?()\n-]{1,40}")
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        (prop::option::of(path()), keyword()).prop_map(|(path, query)| Command::Search { path, query }),
        (prop::option::of(path()), keyword()).prop_map(|(path, query)| Command::Count { path, query }),
        path().prop_map(|path| Command::Read { path }),
        (path(), 1u32..=1000).prop_map(|(path, lines)| Command::Tail { path, lines }),
        (path(), text()).prop_map(|(path, text)| Command::Append { path, text }),
        (path(), trimmed_or_empty("[a-z |\n]{0,20}")).prop_map(|(path, text)| Command::Write { path, text }),
        (path(), prop::option::of(trimmed_or_empty("[a-z |\n]{0,20}")))
            .prop_map(|(path, text)| Command::Create { path, text }),
        Just(Command::Done),
        trimmed("[a-zA-Z_ ]{1,40}").prop_map(Command::Action),
        (prop::sample::select(CUSTOM.to_vec()), prop::collection::vec("[a-z0-9,() ]{0,8}", 1..4)).prop_filter_map(
            "not trim-stable",
            |(name, args)| {
                let joined = args.join("|");
                (joined.trim() == joined && !joined.is_empty()).then(|| Command::Custom { name: name.to_owned(), args })
            }
        ),
        (path(), prop::option::of((1u32..1000, 0u32..1000).prop_map(|(s, len)| (s, s.saturating_add(len)))))
            .prop_map(|(path, range)| Command::View { path, range }),
        (path(), trimmed("[a-z .é]{1,12}"), trimmed_or_empty("[a-z |é]{0,12}"))
            .prop_map(|(path, old, new)| Command::StrReplace { path, old, new }),
        (path(), any::<u32>(), trimmed_or_empty("[a-z |\né]{0,20}")).prop_map(|(path, line, text)| Command::Insert {
            path,
            line,
            text
        }),
        path().prop_map(|path| Command::Delete { path }),
        (path(), path()).prop_map(|(from, to)| Command::Rename { from, to }),
    ]
}

/// How a command is written: the canonical tag, a variant spelling, or another syntax.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    open: u8,
    case: u8,
    close: u8,
    pad: u8,
    other: bool,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    (0u8..4, 0u8..3, 0u8..6, 0u8..3, any::<bool>()).prop_map(|(open, case, close, pad, other)| Spelling {
        open,
        case,
        close,
        pad,
        other,
    })
}

/// A JSON memory-tool rendering of the command, when it has one.
fn as_json(command: &Command) -> Option<String> {
    let value = match command {
        Command::View { path, range } => match range {
            None => json!({"command": "view", "path": path}),
            Some((s, e)) => json!({"command": "view", "path": path, "view_range": [s, e]}),
        },
        Command::Create { path, text } => match text {
            None => json!({"command": "create", "path": path}),
            Some(t) => json!({"command": "create", "path": path, "file_text": t}),
        },
        Command::StrReplace { path, old, new } => {
            json!({"command": "str_replace", "path": path, "old_str": old, "new_str": new})
        }
        Command::Insert { path, line, text } => {
            json!({"command": "insert", "path": path, "insert_line": line, "insert_text": text})
        }
        Command::Delete { path } => json!({"command": "delete", "path": path}),
        Command::Rename { from, to } => {
            json!({"command": "rename", "old_path": from, "new_path": to})
        }
        _ => return None,
    };
    Some(value.to_string())
}

/// Writes `command` the way `spelling` says.
fn write(command: &Command, spelling: Spelling) -> String {
    let canonical = command.to_tag().unwrap_or_default();
    if spelling.other {
        if let Some(json) = as_json(command) {
            return json;
        }
        if let Command::Action(action) = command {
            return if spelling.pad == 0 {
                format!("<ACTION>{action}</ACTION>")
            } else {
                format!("\nACTION: {action}\n")
            };
        }
    }
    let name = command.name();
    let name = match spelling.case {
        0 => name.to_owned(),
        1 => name.to_ascii_lowercase(),
        _ => name.chars().enumerate().map(|(i, c)| if i % 2 == 0 { c.to_ascii_lowercase() } else { c }).collect(),
    };
    let open = match spelling.open {
        0 => format!("<|{name}|>"),
        1 => format!("<{name}>"),
        2 => format!("<|{name}>"),
        _ => format!("<{name}|>"),
    };
    if *command == Command::Done {
        return open;
    }
    let prefix = format!("<|{}|>", command.name());
    let args = &canonical[prefix.len()..canonical.len() - "<|END|>".len()];
    let args = match spelling.pad {
        0 => args.to_owned(),
        1 => format!(" {args} "),
        _ => format!("\n{args}\n"),
    };
    let close = match spelling.close {
        0 => "<|END|>".to_owned(),
        1 => "<|END|}".to_owned(),
        2 => "<END>".to_owned(),
        3 => "<end|>".to_owned(),
        4 => format!("</{name}>"),
        _ => "<|END>".to_owned(),
    };
    format!("{open}{args}{close}")
}

/// Prose that cannot start a command: no `<`, `{`, backticks or colons.
fn prose() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,;!?'|\n-]{0,30}"
}

fn reply() -> impl Strategy<Value = (String, Vec<Command>)> {
    (prop::collection::vec((prose(), command(), spelling()), 0..12), prose()).prop_map(|(parts, end)| {
        let mut text = String::new();
        let mut commands = Vec::new();
        for (prose, command, spelling) in parts {
            text.push_str(&prose);
            text.push_str(&write(&command, spelling));
            commands.push(command);
        }
        text.push_str(&end);
        (text, commands)
    })
}

/// Strings made of the protocol's own pieces, to reach deep parser states.
fn protocol_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<|",
        "|>",
        "<",
        ">",
        "|",
        "}",
        "{",
        "/",
        "END",
        "end",
        "SEARCH",
        "READ",
        "TAIL",
        "COUNT",
        "APPEND",
        "WRITE",
        "CREATE",
        "DONE",
        "ACTION",
        "VIEW",
        "STR_REPLACE",
        "INSERT",
        "DELETE",
        "RENAME",
        "UPSERT_MAP",
        "FOO",
        "im_end",
        "ACTION:",
        "action: ",
        "\n",
        " ",
        "```",
        "*",
        "1",
        "-1",
        "0",
        "99999999999",
        "a.txt",
        "é",
        "🌲",
        "\0",
        "\"",
        ":",
        ",",
        "[",
        "]",
        "{\"command\": ",
        "\"view\"",
        "\"path\": ",
        "\"old_str\"",
        "\\",
        "\r\n",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let parsed = parse_reply(&text, &ParseOptions::default());
        check_spans(&text, &parsed, ParseOptions::default().max_commands);
    }

    #[test]
    fn protocol_soup_never_panics(text in protocol_soup(), max in 0usize..6) {
        let options = ParseOptions { custom_ops: vec!["UPSERT_MAP".into()], max_commands: max };
        let parsed = parse_reply(&text, &options);
        check_spans(&text, &parsed, max);
        let mut ordered = parsed.clone();
        protocol_order(&mut ordered);
        prop_assert_eq!(ordered.len(), parsed.len());
        for phase in [Phase::Log, Phase::Plan] {
            if let Ok(cleaned) = clean_item_with(phase, &text, &options) {
                prop_assert!(!cleaned.contains("```"));
                let again = clean_item_with(phase, &cleaned, &options);
                prop_assert_eq!(again, Ok(cleaned));
            }
        }
    }

    #[test]
    fn well_formed_replies_round_trip((text, commands) in reply()) {
        let options = options();
        let parsed = parse_reply(&text, &options);
        check_spans(&text, &parsed, options.max_commands);
        let got: Vec<Command> = parsed.iter().map(|p| p.command.clone()).collect();
        prop_assert_eq!(&got, &commands, "reply: {:?}", text);
        for p in &parsed {
            let alone = parse_reply(&text[p.span.clone()], &options);
            prop_assert_eq!(alone.len(), 1);
            prop_assert_eq!(&alone[0].command, &p.command);
        }
    }

    #[test]
    fn unclosed_last_command_is_read((text, mut commands) in reply(), last in command()) {
        prop_assume!(!matches!(last, Command::Done));
        let tag = last.to_tag().unwrap_or_default();
        let unclosed = &tag[..tag.len() - "<|END|>".len()];
        let text = format!("{text}\n{unclosed}");
        commands.push(last);
        let parsed = parse_reply(&text, &options());
        let got: Vec<Command> = parsed.into_iter().map(|p| p.command).collect();
        prop_assert_eq!(got, commands, "reply: {:?}", text);
    }

    #[test]
    fn protocol_order_sorts_stably((text, _) in reply()) {
        let parsed = parse_reply(&text, &options());
        let mut ordered = parsed.clone();
        protocol_order(&mut ordered);
        let ranks: Vec<usize> =
            ordered.iter().map(|p| p.command.kind().protocol_rank()).collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
        // Stable: within a kind, spans keep their written order.
        for w in ordered.windows(2) {
            if w[0].command.kind() == w[1].command.kind() {
                prop_assert!(w[0].span.start < w[1].span.start);
            }
        }
        let mut a = parsed.clone();
        let mut b = ordered;
        a.sort_by_key(|p| p.span.start);
        b.sort_by_key(|p| p.span.start);
        prop_assert_eq!(a, b);
    }
}

/// The tools offered in the tool-call properties.
fn offered() -> Vec<String> {
    ["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE", "ACTION", "UPSERT_MAP", "RENAME"]
        .map(String::from)
        .to_vec()
}

/// A tool-call argument value: protocol soup, any string, or an ordinary word.
fn tool_value() -> impl Strategy<Value = String> {
    prop_oneof![protocol_soup(), any::<String>(), "[a-z_.]{1,12}".prop_map(|s| s)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Tools mode: whatever name and arguments a model sends, its call becomes exactly one command
    /// spanning the whole text (the call's or a refusal), never two.
    #[test]
    fn a_tool_call_is_exactly_one_command(
        name in prop_oneof![
            prop::sample::select(offered()).prop_map(|s| s.to_lowercase()),
            protocol_soup(),
            any::<String>(),
        ],
        keys in prop::collection::vec(
            prop::sample::select(vec!["file", "query", "text", "action", "lines", "x"]), 0..4),
        values in prop::collection::vec(tool_value(), 0..4),
        args in prop::option::of(prop::collection::vec(tool_value(), 0..4)),
        raw in prop::option::of(protocol_soup()),
    ) {
        let mut object = serde_json::Map::new();
        for (k, v) in keys.iter().zip(values) {
            object.insert((*k).to_owned(), if *k == "lines" { json!(v.len()) } else { json!(v) });
        }
        if let Some(args) = args {
            object.insert("args".into(), json!(args));
        }
        let arguments = raw.unwrap_or_else(|| serde_json::Value::Object(object).to_string());
        let text = automem_protocol::tools::call_to_text(&name, &arguments, &offered());
        let parsed = parse_reply(&text, &options());
        prop_assert_eq!(parsed.len(), 1, "{:?} -> {:?}", text, parsed);
        prop_assert_eq!(parsed[0].span.clone(), 0..text.len());
    }

    /// Quoted text: every line after the label starts with the prefix, whatever breaks it holds.
    #[test]
    fn quoted_lines_all_carry_the_prefix(text in prop_oneof![protocol_soup(), any::<String>()]) {
        let quoted = automem_protocol::render::quote("memory model", &text);
        let mut lines = quoted.split(['\n', '\r', '\u{0b}', '\u{0c}', '\u{85}', '\u{2028}', '\u{2029}']);
        prop_assert_eq!(lines.next(), Some("[memory model, quoted]"));
        for line in lines {
            prop_assert!(line.starts_with('│'), "{:?} in {:?}", line, quoted);
        }
    }
}
