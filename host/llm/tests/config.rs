//! Spec and TOML parsing: good inputs give the intended settings, and every bad input gives an
//! error naming the key (and file and table), what is wrong and what is accepted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use automem_llm::{CallMode, EndpointConfig, LlmFile};
use serde_json::json;

#[test]
fn minimal_spec_takes_defaults() {
    let c = EndpointConfig::parse_spec("openai:http://127.0.0.1:8000/v1#Qwen2.5-32B-Instruct").unwrap();
    assert_eq!(c.model, "Qwen2.5-32B-Instruct");
    assert_eq!(c.name, "Qwen2.5-32B-Instruct");
    assert_eq!(c.chat_url(), "http://127.0.0.1:8000/v1/chat/completions");
    assert_eq!(c, EndpointConfig::new("Qwen2.5-32B-Instruct", "http://127.0.0.1:8000/v1", "Qwen2.5-32B-Instruct"));
}

#[test]
fn full_spec_sets_every_key() {
    let spec = "ollama:http://localhost:11434/v1/#qwen2.5:0.5b?temperature=0.2&max_tokens=256\
                &api_key_env=OPENAI_API_KEY&timeout=30s&concurrency=64&retries=5&stop=</ACTION>&stop=%26end\
                &seed=7&mode=tools&top_p=0.9&backoff=100ms&backoff_max=2m&max_response_bytes=65536&name=mem\
                &extra.top_k=20&extra.chat_template_kwargs={\"enable_thinking\":false}&extra.note=plain";
    let c = EndpointConfig::parse_spec(spec).unwrap();
    assert_eq!(c.name, "mem");
    assert_eq!(c.model, "qwen2.5:0.5b");
    assert_eq!(c.chat_url(), "http://localhost:11434/v1/chat/completions");
    assert_eq!(c.temperature, 0.2);
    assert_eq!(c.top_p, Some(0.9));
    assert_eq!(c.max_tokens, 256);
    assert_eq!(c.api_key_env.as_deref(), Some("OPENAI_API_KEY"));
    assert_eq!(c.timeout, Duration::from_secs(30));
    assert_eq!(c.concurrency, 64);
    assert_eq!(c.max_retries, 5);
    assert_eq!(c.stop, vec!["</ACTION>".to_string(), "&end".to_string()]);
    assert_eq!(c.seed, Some(7));
    assert_eq!(c.mode, CallMode::Tools);
    assert_eq!(c.backoff_initial, Duration::from_millis(100));
    assert_eq!(c.backoff_max, Duration::from_secs(120));
    assert_eq!(c.max_response_bytes, 65536);
    assert_eq!(c.extra_body["top_k"], json!(20));
    assert_eq!(c.extra_body["chat_template_kwargs"], json!({"enable_thinking": false}));
    assert_eq!(c.extra_body["note"], json!("plain"));
}

#[test]
fn base_url_without_v1_is_used_as_given() {
    let c = EndpointConfig::parse_spec("openai:http://gpu-box:30000#m?timeout=1.5").unwrap();
    assert_eq!(c.chat_url(), "http://gpu-box:30000/chat/completions");
    assert_eq!(c.timeout, Duration::from_millis(1500));
}

#[test]
fn bad_specs_name_the_problem() {
    let base = "openai:http://127.0.0.1:8000/v1#m";
    let cases: Vec<(String, &[&str])> = vec![
        ("http://127.0.0.1:8000/v1#m".into(), &["unknown provider `http`", "openai:"]),
        ("vllm:http://127.0.0.1:8000/v1#m".into(), &["unknown provider `vllm`"]),
        ("openai".into(), &["expected `openai:BASE_URL#MODEL"]),
        ("openai:http://127.0.0.1:8000/v1".into(), &["missing `#MODEL`"]),
        ("openai:http://127.0.0.1:8000/v1#".into(), &["model name after `#` is empty"]),
        ("openai:http://127.0.0.1:8000/v1#?temperature=1".into(), &["model name after `#` is empty"]),
        ("openai:ftp://127.0.0.1/v1#m".into(), &["scheme `ftp`", "http or https"]),
        ("openai:not a url#m".into(), &["`base_url`", "is not a URL"]),
        (format!("{base}?temprature=1"), &["unknown key `temprature`", "accepted:", "temperature"]),
        (format!("{base}?temperature=hot"), &["`temperature`", "`hot`", "0 to 2"]),
        (format!("{base}?temperature=3"), &["`temperature` 3 is out of range", "0 to 2"]),
        (format!("{base}?top_p=0"), &["`top_p`", "at most 1"]),
        (format!("{base}?max_tokens=-5"), &["`max_tokens`", "positive integer"]),
        (format!("{base}?max_tokens=0"), &["`max_tokens` is 0"]),
        (format!("{base}?timeout=soon"), &["`timeout`", "`soon`", "30s"]),
        (format!("{base}?timeout=0s"), &["`timeout` is 0"]),
        (format!("{base}?concurrency=0"), &["`concurrency` 0", "1 to 65536"]),
        (format!("{base}?retries=many"), &["`retries`", "non-negative integer"]),
        (format!("{base}?max_tokens"), &["`max_tokens` has no value"]),
        (format!("{base}?mode=chat"), &["`mode`", "accepted: text, tools"]),
        (format!("{base}?stop="), &["`stop` is empty"]),
        (format!("{base}?stop=%2"), &["`stop`", "truncated %-escape"]),
        (format!("{base}?backoff=10s&backoff_max=1s"), &["`backoff`", "larger than `backoff_max`"]),
        (format!("{base}?max_response_bytes=10"), &["`max_response_bytes` 10", "at least 1024"]),
        (format!("{base}?extra.model=x"), &["`model` is set by the client itself"]),
        (format!("{base}?extra.=1"), &["unknown key `extra.`"]),
        (format!("{base}?seed=-1"), &["`seed`"]),
    ];
    for (spec, wanted) in cases {
        let error = EndpointConfig::parse_spec(&spec).expect_err(&spec).to_string();
        for piece in wanted {
            assert!(error.contains(piece), "spec {spec:?}: error {error:?} lacks {piece:?}");
        }
        assert!(error.contains(&format!("`{spec}`")), "error {error:?} does not quote the spec");
    }
}

#[test]
fn https_needs_the_tls_feature() {
    let result = EndpointConfig::parse_spec("openai:https://api.openai.com/v1#gpt-4o-mini");
    if cfg!(feature = "tls") {
        assert!(result.is_ok());
    } else {
        assert!(result.unwrap_err().to_string().contains("`tls` feature"));
    }
}

const GOOD_FILE: &str = r#"
[memory]            # the memory specialist
base_url = "http://127.0.0.1:8000/v1"
model = "Qwen2.5-32B-Instruct"
api_key_env = "VLLM_API_KEY"
temperature = 0.7
max_tokens = 512
timeout_secs = 60
concurrency = 64
stop = ["</LOG>", "</PLAN>"]
seed = 3
mode = "tools"
max_retries = 2
backoff_initial_ms = 50
backoff_max_ms = 2000
max_response_bytes = 100000

[memory.extra_body]
top_k = 20
chat_template_kwargs = { enable_thinking = false }

[gameplay]          # optional, two-model mode
base_url = "http://127.0.0.1:8001/v1/"
model = "Qwen2.5-7B-Instruct"
timeout_secs = 2.5
"#;

#[test]
fn toml_file_with_both_tables() {
    let file = LlmFile::from_toml_str(GOOD_FILE, "llm.toml").unwrap();
    let m = &file.memory;
    assert_eq!((m.name.as_str(), m.model.as_str()), ("memory", "Qwen2.5-32B-Instruct"));
    assert_eq!(m.api_key_env.as_deref(), Some("VLLM_API_KEY"));
    assert_eq!((m.temperature, m.max_tokens, m.concurrency, m.max_retries), (0.7, 512, 64, 2));
    assert_eq!(m.timeout, Duration::from_secs(60));
    assert_eq!(m.stop, vec!["</LOG>", "</PLAN>"]);
    assert_eq!((m.seed, m.mode, m.max_response_bytes), (Some(3), CallMode::Tools, 100_000));
    assert_eq!((m.backoff_initial, m.backoff_max), (Duration::from_millis(50), Duration::from_secs(2)));
    assert_eq!(m.extra_body["top_k"], json!(20));
    assert_eq!(m.extra_body["chat_template_kwargs"], json!({"enable_thinking": false}));
    let g = file.gameplay.as_ref().unwrap();
    assert_eq!((g.name.as_str(), g.chat_url().as_str()), ("gameplay", "http://127.0.0.1:8001/v1/chat/completions"));
    assert_eq!(g.timeout, Duration::from_millis(2500));
    assert_eq!(g.temperature, 0.7, "unset keys take the defaults");
}

#[test]
fn toml_file_memory_only_and_from_disk() {
    let text = "[memory]\nbase_url = \"http://127.0.0.1:8000/v1\"\nmodel = \"m\"\n";
    let path = std::env::temp_dir().join(format!("automem-llm-test-{}.toml", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let file = LlmFile::from_toml_file(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(file.memory.model, "m");
    assert!(file.gameplay.is_none());
    let missing = LlmFile::from_toml_file(&path).unwrap_err().to_string();
    assert!(missing.contains(&path.display().to_string()) && missing.contains("cannot read"), "{missing}");
}

#[test]
fn bad_toml_files_name_file_table_and_key() {
    let memory = "[memory]\nbase_url = \"http://127.0.0.1:8000/v1\"\nmodel = \"m\"\n";
    let cases: Vec<(String, &[&str])> = vec![
        (format!("{memory}temprature = 0.1\n"), &["llm.toml:4 [memory]", "unknown field `temprature`", "temperature"]),
        (
            format!("{memory}[gameplay]\nbase_url = \"http://x/v1\"\nmodel = \"g\"\ntemperature = \"hot\"\n"),
            &["llm.toml:7 [gameplay]", "invalid type", "`temperature = \"hot\"`"],
        ),
        (format!("{memory}concurrency = 0\n"), &["llm.toml [memory]", "`concurrency` 0", "1 to 65536"]),
        (format!("{memory}temperature = 9.0\n"), &["llm.toml [memory]", "`temperature` 9", "0 to 2"]),
        (format!("{memory}mode = \"chat\"\n"), &["[memory]", "unknown variant `chat`", "expected `text` or `tools`"]),
        (format!("{memory}extra_body = {{ stream = true }}\n"), &["[memory]", "`stream` is set by the client itself"]),
        (format!("{memory}timeout_secs = -1\n"), &["[memory]", "`timeout_secs` -1"]),
        ("[memory]\nmodel = \"m\"\n".into(), &["llm.toml:1 [memory]", "missing field `base_url`"]),
        ("[gameplay]\nbase_url = \"http://x/v1\"\nmodel = \"g\"\n".into(), &["llm.toml", "no [memory] table"]),
        (format!("{memory}[player]\nmodel = \"p\"\n"), &["llm.toml", "unknown field `player`", "memory", "gameplay"]),
        ("[memory\n".into(), &["llm.toml:1"]),
    ];
    for (text, wanted) in cases {
        let error = LlmFile::from_toml_str(&text, "llm.toml").expect_err(&text).to_string();
        for piece in wanted {
            assert!(error.contains(piece), "file {text:?}: error {error:?} lacks {piece:?}");
        }
    }
}

#[test]
fn api_key_resolution_names_the_variable() {
    let mut c = EndpointConfig::new("mem", "http://127.0.0.1:1/v1", "m");
    assert_eq!(c.resolve_api_key(|_| None), Ok(None), "no variable named, no key");
    c.api_key_env = Some("MY_KEY".into());
    assert_eq!(c.resolve_api_key(|v| (v == "MY_KEY").then(|| " k1 \n".into())), Ok(Some("k1".into())));
    let missing = c.resolve_api_key(|_| None).unwrap_err();
    assert!(missing.contains("`MY_KEY`") && missing.contains("not set") && missing.contains("`mem`"), "{missing}");
    assert!(c.resolve_api_key(|_| Some(String::new())).unwrap_err().contains("empty"));
}
