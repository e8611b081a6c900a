//! Table tests of the parser: every spelling, and malformed and adversarial replies.

use automem_protocol::{
    Command, DEFAULT_MAX_COMMANDS, OpKind, ParseOptions, Parsed, first_action, parse_reply, protocol_order,
};

/// What one command in a reply should be.
#[derive(Debug)]
enum Expect {
    /// Exactly this command.
    Is(Command),
    /// A malformed command with this tag whose reason contains this text.
    Bad(&'static str, &'static str),
}

use Expect::{Bad, Is};

fn read(path: &str) -> Expect {
    Is(Command::Read { path: path.into() })
}

fn search(path: Option<&str>, query: &str) -> Expect {
    Is(Command::Search { path: path.map(Into::into), query: query.into() })
}

fn append(path: &str, text: &str) -> Expect {
    Is(Command::Append { path: path.into(), text: text.into() })
}

fn action(text: &str) -> Expect {
    Is(Command::Action(text.into()))
}

fn tail(path: &str, lines: u32) -> Expect {
    Is(Command::Tail { path: path.into(), lines })
}

fn custom(name: &str, args: &[&str]) -> Expect {
    Is(Command::Custom { name: name.into(), args: args.iter().map(|a| (*a).to_owned()).collect() })
}

fn check(name: &str, text: &str, options: &ParseOptions, expected: &[Expect]) {
    let parsed = parse_reply(text, options);
    assert_eq!(parsed.len(), expected.len(), "case {name:?}: {text:?} gave {parsed:#?}");
    for (got, want) in parsed.iter().zip(expected) {
        assert!(
            text.is_char_boundary(got.span.start) && text.is_char_boundary(got.span.end),
            "case {name:?}: span {:?} not on char boundaries",
            got.span
        );
        match (want, &got.command) {
            (Is(command), got_command) => {
                assert_eq!(got_command, command, "case {name:?}: {text:?}");
            }
            (Bad(tag, reason), Command::Malformed { tag: t, reason: r }) => {
                assert_eq!(t, tag, "case {name:?}: {r}");
                assert!(r.contains(reason), "case {name:?}: reason {r:?} lacks {reason:?}");
            }
            (Bad(..), other) => panic!("case {name:?}: expected malformed, got {other:?}"),
        }
    }
}

#[test]
fn spellings_and_adversarial_replies() {
    let default = ParseOptions::default();
    let long_action = format!("<|ACTION|>{}<|END|>", "x".repeat(60));
    let cases: Vec<(&str, String, Vec<Expect>)> = vec![
        ("empty", "".into(), vec![]),
        ("prose only", "I will think about trees.".into(), vec![]),
        ("END alone", "<|END|>".into(), vec![]),
        ("END variants alone", "<END> <|END|} </END> <end|>".into(), vec![]),
        ("canonical", "<|SEARCH|>map.txt|tree<|END|>".into(), vec![search(Some("map.txt"), "tree")]),
        ("no pipes", "<SEARCH>map.txt|tree<END>".into(), vec![search(Some("map.txt"), "tree")]),
        ("lower case, brace closer", "<|search|>map.txt|tree<|END|}".into(), vec![search(Some("map.txt"), "tree")]),
        ("half pipes", "<|READ>a.txt<END|>".into(), vec![read("a.txt")]),
        ("named closer", "<READ>a.txt</READ>".into(), vec![read("a.txt")]),
        ("named closer, other case", "<|READ|>a.txt</read>".into(), vec![read("a.txt")]),
        ("closed by another command's closer", "<|READ|>a.txt</SEARCH> done".into(), vec![read("a.txt")]),
        ("args trimmed", "<|SEARCH|>  map.txt |  tree \n<|END|>".into(), vec![search(Some("map.txt"), "tree")]),
        (
            "every file",
            "<|SEARCH|>*|tree<|END|><|COUNT|>|tree<|END|>".into(),
            vec![search(None, "tree"), Is(Command::Count { path: None, query: "tree".into() })],
        ),
        ("search without file", "<|SEARCH|>tree<|END|>".into(), vec![Bad("SEARCH", "expected <|SEARCH|>file|keyword")]),
        ("empty keyword", "<|SEARCH|>map.txt|<|END|>".into(), vec![Bad("SEARCH", "keyword")]),
        ("empty read", "<|READ|><|END|>".into(), vec![Bad("READ", "needs a file name")]),
        (
            "empty args everywhere",
            "<|APPEND|><|END|><|WRITE|>|<|END|><|CREATE|> <|END|><|DELETE|><|END|>".into(),
            vec![
                Bad("APPEND", "expected"),
                Bad("WRITE", "needs a file name"),
                Bad("CREATE", "needs a file name"),
                Bad("DELETE", "needs a file name"),
            ],
        ),
        ("huge N", "<|TAIL|>log.txt|99999999999999999999999999<|END|>".into(), vec![tail("log.txt", 1000)]),
        (
            "bad N",
            "<|TAIL|>log.txt|0<|END|><|TAIL|>log.txt|-5<|END|><|TAIL|>log.txt|ten<|END|>".into(),
            vec![
                Bad("TAIL", "positive whole number"),
                Bad("TAIL", "positive whole number"),
                Bad("TAIL", "positive whole number"),
            ],
        ),
        ("N left out", "<|TAIL|>log.txt<|END|>".into(), vec![tail("log.txt", 10)]),
        (
            "append keeps pipes",
            "<|APPEND|>map.txt|(3,4): floor | N:wall | E:door<|END|>".into(),
            vec![append("map.txt", "(3,4): floor | N:wall | E:door")],
        ),
        (
            "write multi-line",
            "<|WRITE|>goals.txt|CURRENT GOAL: wood\nNEXT: table\n<|END|>".into(),
            vec![Is(Command::Write { path: "goals.txt".into(), text: "CURRENT GOAL: wood\nNEXT: table".into() })],
        ),
        (
            "write without content",
            "<|WRITE|>goals.txt<|END|>".into(),
            vec![Bad("WRITE", "expected <|WRITE|>file|content")],
        ),
        ("unclosed at end (stop string)", "Checking.\n<|READ|>a.txt".into(), vec![read("a.txt")]),
        (
            "unclosed append at end",
            "<|APPEND|>log.txt|Step 3: saw a tree\nnear water".into(),
            vec![append("log.txt", "Step 3: saw a tree\nnear water")],
        ),
        ("unclosed, prose follows", "<|READ|>a.txt\nThen I will decide.".into(), vec![Bad("READ", "not closed")]),
        (
            "unclosed, ACTION line follows",
            "<|SEARCH|>a.txt|tree\nACTION: noop".into(),
            vec![Bad("SEARCH", "not closed"), action("noop")],
        ),
        (
            "unclosed before next command",
            "<|READ|>a.txt\n<|READ|>b.txt<|END|>".into(),
            vec![read("a.txt"), read("b.txt")],
        ),
        (
            "nested tags",
            "<|APPEND|>log.txt|note <|SEARCH|>map.txt|tree<|END|><|END|>".into(),
            vec![append("log.txt", "note"), search(Some("map.txt"), "tree")],
        ),
        ("tag inside prose", "Remember to use <|SEARCH|> more.".into(), vec![Bad("SEARCH", "expected")]),
        ("cut-short closer", "<|SEARCH|>a.txt|tree<|END|".into(), vec![search(Some("a.txt"), "tree")]),
        ("DONE", "All logged. <|DONE|>".into(), vec![Is(Command::Done)]),
        (
            "DONE in the middle",
            "<|SEARCH|>a|b<|END|><|DONE|><|APPEND|>a|c<|END|>".into(),
            vec![search(Some("a"), "b"), Is(Command::Done), append("a", "c")],
        ),
        (
            "DONE spellings",
            "<DONE> <|done|> <DONE|>".into(),
            vec![Is(Command::Done), Is(Command::Done), Is(Command::Done)],
        ),
        ("two ACTIONs", "<|ACTION|>noop<|END|>\nACTION: move_left".into(), vec![action("noop"), action("move_left")]),
        ("ACTION element", "<ACTION>Move Left</ACTION>".into(), vec![action("Move Left")]),
        ("ACTION line", "I'll go.\n  action:  sleep  \nbye".into(), vec![action("sleep")]),
        ("ACTION line with closer", "ACTION: noop<|END|> more".into(), vec![action("noop")]),
        ("ACTION heading then tag", "ACTION:\n<|ACTION|>noop<|END|>".into(), vec![action("noop")]),
        ("ACTION mid-line is prose", "My ACTION: noop".into(), vec![]),
        ("ACTION too long", long_action.clone(), vec![Bad("ACTION", "under 60")]),
        ("ACTION line too long", format!("ACTION: {}", "y".repeat(70)), vec![Bad("ACTION", "under 60")]),
        ("ACTION empty", "<|ACTION|><|END|>".into(), vec![Bad("ACTION", "empty")]),
        ("ACTION unclosed (stop string)", "<|ACTION|>noop".into(), vec![action("noop")]),
        (
            "unknown command",
            "<|FOO|>bar<|END|> then <|READ|>a<|END|>".into(),
            vec![Bad("FOO", "unknown command FOO; known: SEARCH, READ"), read("a")],
        ),
        ("unknown half-piped", "<|LIST>".into(), vec![Bad("LIST", "unknown command LIST")]),
        ("not command-like tags", "<|im_end|> <b>bold</b> <|Foo|> <FOO>x<END> <br/>".into(), vec![]),
        ("special token ends an argument", "<|ACTION|>noop<|im_end|>".into(), vec![action("noop")]),
        (
            "custom op undeclared",
            "<|UPSERT_MAP|>3,4|tree<|END|>".into(),
            vec![Bad("UPSERT_MAP", "unknown command UPSERT_MAP")],
        ),
        ("NUL bytes", "\0<|READ|>a\0b.txt<|END|>\0<|DONE|>\0".into(), vec![read("a\0b.txt"), Is(Command::Done)]),
        (
            "unicode",
            "Été 🌲 <|APPEND|>notes.txt|été → 🌲<|END|><|SEARCH|>地図.txt|木<|END|>".into(),
            vec![append("notes.txt", "été → 🌲"), search(Some("地図.txt"), "木")],
        ),
        ("pipes and brackets", "<|<|<|<|||>>><<>|END|".into(), vec![]),
        ("bare opening", "<|SEARCH|".into(), vec![]),
        ("fenced", "```\n<|READ|>a.txt<|END|>\n```".into(), vec![read("a.txt")]),
        ("fenced and unclosed", "```text\n<|READ|>a.txt\n```\nDone.".into(), vec![read("a.txt")]),
        ("doubled closers", "<|SEARCH|>a|b<|END|><|END|><|END|>".into(), vec![search(Some("a"), "b")]),
        (
            "memory-tool tags",
            "<|VIEW|>/memories/n.txt|1-10<|END|><|VIEW|>/memories<|END|>\
             <|STR_REPLACE|>n.txt|old|new | text<|END|><|INSERT|>n.txt|0|top|line<|END|>\
             <|DELETE|>n.txt<|END|><|RENAME|>a.txt|b.txt<|END|><|CREATE|>c.txt|x|y<|END|>"
                .into(),
            vec![
                Is(Command::View { path: "/memories/n.txt".into(), range: Some((1, 10)) }),
                Is(Command::View { path: "/memories".into(), range: None }),
                Is(Command::StrReplace { path: "n.txt".into(), old: "old".into(), new: "new | text".into() }),
                Is(Command::Insert { path: "n.txt".into(), line: 0, text: "top|line".into() }),
                Is(Command::Delete { path: "n.txt".into() }),
                Is(Command::Rename { from: "a.txt".into(), to: "b.txt".into() }),
                Is(Command::Create { path: "c.txt".into(), text: Some("x|y".into()) }),
            ],
        ),
        ("huge insert line", "<|INSERT|>n.txt|99999999999|x<|END|>".into(), vec![Bad("INSERT", "line number")]),
        (
            "JSON call",
            r#"Let me look. {"command": "view", "path": "/memories/x.txt", "view_range": [1, 10]}"#.into(),
            vec![Is(Command::View { path: "/memories/x.txt".into(), range: Some((1, 10)) })],
        ),
        (
            "JSON call wrapped in a tool-use object",
            r#"<tool_call>{"name": "memory", "input": {"command": "delete", "path": "/memories/a"}}</tool_call>"#
                .into(),
            vec![Is(Command::Delete { path: "/memories/a".into() })],
        ),
        (
            "JSON call in a fence",
            "```json\n{\"command\": \"rename\", \"old_path\": \"a\", \"new_path\": \"b\"}\n```".into(),
            vec![Is(Command::Rename { from: "a".into(), to: "b".into() })],
        ),
        (
            "JSON unknown command",
            r#"{"command": "north"}"#.into(),
            vec![Bad("JSON", "unknown memory-tool command 'north'")],
        ),
        (
            "JSON missing field",
            r#"{"command": "str_replace", "path": "a"}"#.into(),
            vec![Bad("STR_REPLACE", "missing \"old_str\"")],
        ),
        ("other JSON is prose", r#"{"x": 1} {"path": "a"} {} {{{ }}}"#.into(), vec![]),
        (
            "JSON inside an argument is text",
            r#"<|WRITE|>a.json|{"command": "delete", "path": "b"}<|END|>"#.into(),
            vec![Is(Command::Write { path: "a.json".into(), text: r#"{"command": "delete", "path": "b"}"#.into() })],
        ),
    ];
    for (name, text, expected) in &cases {
        check(name, text, &default, expected);
    }
}

#[test]
fn custom_ops() {
    let options = ParseOptions::with_custom_ops(["UPSERT_MAP"]);
    check(
        "custom op",
        "<|UPSERT_MAP|>3,4|floor | N:wall<|END|><|upsert_map|> <|END|>",
        &options,
        &[custom("UPSERT_MAP", &["3,4", "floor ", " N:wall"]), custom("UPSERT_MAP", &[])],
    );
    check("unknown lists custom ops", "<|FOO|>", &options, &[Bad("FOO", "RENAME, UPSERT_MAP")]);
    let shadow = ParseOptions::with_custom_ops(["SEARCH"]);
    check("built-in wins", "<|SEARCH|>a|b<|END|>", &shadow, &[search(Some("a"), "b")]);
}

#[test]
fn too_many_commands() {
    let text = "<|DONE|>".repeat(40);
    let parsed = parse_reply(&text, &ParseOptions::default());
    assert_eq!(parsed.len(), DEFAULT_MAX_COMMANDS + 1);
    assert!(parsed[..DEFAULT_MAX_COMMANDS].iter().all(|p| p.command == Command::Done));
    let last = &parsed[DEFAULT_MAX_COMMANDS];
    match &last.command {
        Command::Malformed { tag, reason } => {
            assert_eq!(tag, "DONE");
            assert!(reason.contains("first 32"), "{reason}");
            assert!(reason.contains("the 8 after"), "{reason}");
        }
        other => panic!("expected malformed, got {other:?}"),
    }
    assert_eq!(last.span, 32 * 8..40 * 8);

    let none = ParseOptions { max_commands: 0, ..ParseOptions::default() };
    let parsed = parse_reply("<|READ|>a<|END|>", &none);
    assert_eq!(parsed.len(), 1);
    assert!(matches!(parsed[0].command, Command::Malformed { .. }));
}

#[test]
fn spans_cover_the_command() {
    let text = "Hi.\n<|READ|>a.txt<|END|>\nACTION: noop\n{\"command\": \"delete\", \"path\": \"x\"} <|DONE|>";
    let parsed = parse_reply(text, &ParseOptions::default());
    let spans: Vec<&str> = parsed.iter().map(|p| &text[p.span.clone()]).collect();
    assert_eq!(
        spans,
        ["<|READ|>a.txt<|END|>", "ACTION: noop", "{\"command\": \"delete\", \"path\": \"x\"}", "<|DONE|>"]
    );
    let unclosed = "x <|READ|>a.txt  \n";
    let parsed = parse_reply(unclosed, &ParseOptions::default());
    assert_eq!(&unclosed[parsed[0].span.clone()], "<|READ|>a.txt");
}

#[test]
fn first_action_is_the_committed_one() {
    let parsed = parse_reply("ACTION: a\n<|ACTION|>b<|END|>", &ParseOptions::default());
    assert_eq!(first_action(&parsed), Some("a"));
    assert_eq!(first_action(&[]), None);
}

#[test]
fn protocol_order_is_fixed_and_stable() {
    let text = "<|ACTION|>x<|END|><|DONE|><|DELETE|>d<|END|><|RENAME|>a|b<|END|>\
                <|UPSERT_MAP|>1<|END|><|INSERT|>f|1|t<|END|><|STR_REPLACE|>f|a|b<|END|>\
                <|APPEND|>f|1<|END|><|APPEND|>f|2<|END|><|WRITE|>f|w<|END|><|CREATE|>f<|END|>\
                <|VIEW|>f<|END|><|COUNT|>f|k<|END|><|TAIL|>f|2<|END|><|READ|>f<|END|>\
                <|SEARCH|>f|2<|END|><|SEARCH|>f|1<|END|><|FOO|>";
    let mut parsed = parse_reply(text, &ParseOptions::with_custom_ops(["UPSERT_MAP"]));
    protocol_order(&mut parsed);
    let names: Vec<String> = parsed.iter().map(|p| p.command.compact()).collect();
    assert_eq!(
        names,
        [
            "SEARCH f|2",
            "SEARCH f|1",
            "READ f",
            "TAIL f|2",
            "COUNT f|k",
            "VIEW f",
            "CREATE f",
            "WRITE f|w",
            "APPEND f|1",
            "APPEND f|2",
            "STR_REPLACE f|a|b",
            "INSERT f|1|t",
            "UPSERT_MAP 1",
            "RENAME a|b",
            "DELETE d",
            "MALFORMED FOO",
            "DONE",
            "ACTION x",
        ]
    );
    let ranks: Vec<usize> = parsed.iter().map(|p: &Parsed| p.command.kind().protocol_rank()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(OpKind::from_tag_name("str_replace"), Some(OpKind::StrReplace));
    assert_eq!(OpKind::from_tag_name("CUSTOM"), None);
}
