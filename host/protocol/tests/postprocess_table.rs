//! Table tests of the training-item cleanup: each rule, and each rejection.

use automem_protocol::postprocess::{
    Reject, clean_item, clean_item_with, has_fence, has_memory_op, strip_actions, trim_after_last_terminator,
    truncate_at_done, unwrap_fences,
};
use automem_protocol::{ParseOptions, Phase};

fn opts() -> ParseOptions {
    ParseOptions::default()
}

#[test]
fn unwrap_fences_rule() {
    let cases = [
        ("fenced command", "```\n<|READ|>a<|END|>\n```", "<|READ|>a<|END|>\n"),
        (
            "fence with language",
            "Now:\n```text\n<|SEARCH|>a|b<|END|>\n<|DONE|>\n```\nok",
            "Now:\n<|SEARCH|>a|b<|END|>\n<|DONE|>\nok",
        ),
        (
            "code is left alone",
            "```python\nprint(1)\n```\n<|READ|>a<|END|>",
            "```python\nprint(1)\n```\n<|READ|>a<|END|>",
        ),
        ("one-line fence", "```<|READ|>a<|END|>```\nthen", "<|READ|>a<|END|>\nthen"),
        ("unclosed fence before commands", "Let me:\n```\n<|SEARCH|>a|b<|END|>", "Let me:\n<|SEARCH|>a|b<|END|>"),
        ("fenced action", "```\n<|ACTION|>noop<|END|>\n```", "<|ACTION|>noop<|END|>\n"),
        (
            "fenced JSON call",
            "```json\n{\"command\": \"delete\", \"path\": \"a\"}\n```",
            "{\"command\": \"delete\", \"path\": \"a\"}\n",
        ),
        (
            "fence around a malformed command stays",
            "```\n<|SEARCH|>tree<|END|>\n```",
            "```\n<|SEARCH|>tree<|END|>\n```",
        ),
        ("no fence", "<|READ|>a<|END|>", "<|READ|>a<|END|>"),
    ];
    for (name, input, expected) in cases {
        assert_eq!(unwrap_fences(input, &opts()), expected, "case {name:?}");
    }
}

#[test]
fn truncate_at_done_rule() {
    let cases = [
        (
            "prose after DONE",
            "<|APPEND|>a|b<|END|>\n<|DONE|>\nThanks! <|READ|>x<|END|>",
            "<|APPEND|>a|b<|END|>\n<|DONE|>",
        ),
        ("first DONE wins", "<DONE> x <|DONE|>", "<DONE>"),
        ("lower case", "<|READ|>a<|END|><|done|> more", "<|READ|>a<|END|><|done|>"),
        ("no DONE", "<|READ|>a<|END|> more", "<|READ|>a<|END|> more"),
        ("DONE inside an argument ends it", "<|APPEND|>a|b <|DONE|> c", "<|APPEND|>a|b <|DONE|>"),
    ];
    for (name, input, expected) in cases {
        assert_eq!(truncate_at_done(input, &opts()), expected, "case {name:?}");
    }
}

#[test]
fn strip_actions_rule() {
    let cases = [
        ("tag", "<|SEARCH|>a|b<|END|>\n<|ACTION|>noop<|END|>", "<|SEARCH|>a|b<|END|>\n"),
        ("brace closer", "x <|ACTION|>noop<|END|} y", "x  y"),
        ("element", "x <ACTION>noop</ACTION> y", "x  y"),
        ("line", "x\nACTION: noop\ny", "x\n\ny"),
        ("unclosed", "<|READ|>a<|END|> <|action|>noop", "<|READ|>a<|END|> "),
        ("too long", &format!("a <|ACTION|>{}<|END|>", "z".repeat(80)), "a "),
        ("two actions", "<ACTION>a</ACTION><|READ|>r<|END|>ACTION: no\n", "<|READ|>r<|END|>ACTION: no\n"),
        ("two actions, both on lines", "ACTION: a\n<|READ|>r<|END|>\nACTION: b", "\n<|READ|>r<|END|>\n"),
        ("none", "<|READ|>a<|END|>", "<|READ|>a<|END|>"),
    ];
    for (name, input, expected) in cases {
        assert_eq!(strip_actions(input, &opts()), expected, "case {name:?}");
    }
}

#[test]
fn has_memory_op_rule() {
    let yes = ["<|SEARCH|>a|b<|END|>", "<|DONE|>", "{\"command\": \"view\", \"path\": \"a\"}", "<|READ|>a"];
    let no = [
        "",
        "just prose",
        "<|ACTION|>noop<|END|>",
        "ACTION: noop",
        "<|SEARCH|>tree<|END|>",
        "<|UPSERT_MAP|>1,2|x<|END|>",
        "```\n```",
    ];
    for text in yes {
        assert!(has_memory_op(text, &opts()), "{text:?}");
    }
    for text in no {
        assert!(!has_memory_op(text, &opts()), "{text:?}");
    }
    let custom = ParseOptions::with_custom_ops(["UPSERT_MAP"]);
    assert!(has_memory_op("<|UPSERT_MAP|>1,2|x<|END|>", &custom));
}

#[test]
fn trim_after_last_terminator_rule() {
    let cases = [
        ("prose after", "<|READ|>a<|END|> I'll wait.", "<|READ|>a<|END|>"),
        ("prose between kept", "Hi <|READ|>a<|END|> and <|DONE|>\n\n bye", "Hi <|READ|>a<|END|> and <|DONE|>"),
        ("after a JSON call", "{\"command\":\"delete\",\"path\":\"a\"} ok", "{\"command\":\"delete\",\"path\":\"a\"}"),
        ("unclosed last", "<|APPEND|>a|b  \n", "<|APPEND|>a|b"),
        ("no command", "nothing here  ", "nothing here  "),
    ];
    for (name, input, expected) in cases {
        assert_eq!(trim_after_last_terminator(input, &opts()), expected, "case {name:?}");
    }
}

#[test]
fn has_fence_rule() {
    assert!(has_fence("a ``` b"));
    assert!(has_fence("```"));
    assert!(!has_fence("`code` and ``two``"));
}

#[test]
fn clean_item_keeps() {
    let cases = [
        (
            "LOG: unwrap, truncate at DONE",
            Phase::Log,
            "Logging.\n```\n<|APPEND|>log.txt|Step 3 ok<|END|>\n```\n<|DONE|>\nNow planning.",
            "Logging.\n<|APPEND|>log.txt|Step 3 ok<|END|>\n<|DONE|>",
        ),
        ("LOG: DONE alone", Phase::Log, "Nothing new. <|DONE|>", "Nothing new. <|DONE|>"),
        (
            "LOG: ops after DONE dropped",
            Phase::Log,
            "Nothing new. <|DONE|> <|APPEND|>a|b<|END|>",
            "Nothing new. <|DONE|>",
        ),
        (
            "LOG: trailing prose without DONE",
            Phase::Log,
            "<|SEARCH|>map.txt|tree<|END|>\nLet me see the results.",
            "<|SEARCH|>map.txt|tree<|END|>",
        ),
        (
            "PLAN: action stripped, prose trimmed",
            Phase::Plan,
            "Check.\n<|SEARCH|>map.txt|tree<|END|>\nOk.\n<|ACTION|>move_left<|END|>",
            "Check.\n<|SEARCH|>map.txt|tree<|END|>",
        ),
        (
            "PLAN: every action spelling",
            Phase::Plan,
            "ACTION: a\n<|READ|>r<|END|>\n<ACTION>b</ACTION>\n<|TAIL|>t|3<|END|>\n<|action|>c",
            "\n<|READ|>r<|END|>\n\n<|TAIL|>t|3<|END|>",
        ),
        (
            "PLAN: JSON call kept",
            Phase::Plan,
            "{\"command\": \"view\", \"path\": \"/memories\"}\n<|ACTION|>noop<|END|>",
            "{\"command\": \"view\", \"path\": \"/memories\"}",
        ),
    ];
    for (name, phase, input, expected) in cases {
        assert_eq!(clean_item(phase, input), Ok(expected.to_owned()), "case {name:?}");
    }
}

#[test]
fn clean_item_rejects() {
    let malformed = |tag: &str| Reject::MalformedCommand { tag: tag.to_owned(), reason: String::new() };
    let many = "<|READ|>a<|END|>".repeat(40);
    let cases: Vec<(&str, Phase, String, Reject)> = vec![
        ("PLAN: action only", Phase::Plan, "I'll go left.\n<|ACTION|>move_left<|END|>".into(), Reject::NoMemoryOp),
        ("LOG: prose only", Phase::Log, "Nothing to log.".into(), Reject::NoMemoryOp),
        ("LOG: empty", Phase::Log, String::new(), Reject::NoMemoryOp),
        (
            "fence that wraps code",
            Phase::Log,
            "<|READ|>a<|END|>\n```python\nx = 1\n```\n<|READ|>b<|END|>".into(),
            Reject::FenceRemains,
        ),
        (
            "LOG commits an action",
            Phase::Log,
            "<|APPEND|>a|b<|END|><|ACTION|>noop<|END|><|DONE|>".into(),
            Reject::ActionRemains,
        ),
        ("malformed command", Phase::Log, "<|SEARCH|>tree<|END|><|READ|>a<|END|>".into(), malformed("SEARCH")),
        ("unknown command", Phase::Plan, "<|FOO|>x<|END|><|READ|>a<|END|>".into(), malformed("FOO")),
        ("too many commands", Phase::Plan, many, malformed("READ")),
        ("undeclared custom op", Phase::Log, "<|UPSERT_MAP|>3,4|tree<|END|>".into(), Reject::NoMemoryOp),
    ];
    for (name, phase, input, expected) in cases {
        let got = clean_item(phase, &input);
        match (&got, &expected) {
            (Err(Reject::MalformedCommand { tag, .. }), Reject::MalformedCommand { tag: want, .. }) => {
                assert_eq!(tag, want, "case {name:?}");
            }
            _ => assert_eq!(got, Err(expected), "case {name:?}"),
        }
    }
    let custom = ParseOptions::with_custom_ops(["UPSERT_MAP"]);
    assert_eq!(
        clean_item_with(Phase::Log, "<|UPSERT_MAP|>3,4|tree<|END|> ok", &custom),
        Ok("<|UPSERT_MAP|>3,4|tree<|END|>".to_owned())
    );
}

#[test]
fn rejections_explain_themselves() {
    let all = [
        Reject::NoMemoryOp,
        Reject::FenceRemains,
        Reject::ActionRemains,
        Reject::MalformedCommand { tag: "SEARCH".into(), reason: "expected file|keyword".into() },
    ];
    let rules: Vec<&str> = all.iter().map(Reject::rule).collect();
    assert_eq!(rules, ["no_memory_op", "fence_remains", "action_remains", "malformed_command"]);
    for reject in &all {
        assert!(!reject.to_string().is_empty());
    }
    assert!(all[3].to_string().contains("SEARCH"));
}
