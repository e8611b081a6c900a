//! The client against the mock server over real loopback HTTP: what a request carries, what an
//! answer yields, and which failures are retried how often.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use automem_llm::mock::{Behavior, MockServer};
use automem_llm::{CallMode, ChatMessage, Endpoint, LlmError, ToolCall, ToolSpec};
use common::{endpoint, fast_config, prompt};
use serde_json::json;

#[tokio::test]
async fn reply_carries_text_and_usage_and_request_carries_settings() {
    let server = MockServer::start().await.unwrap();
    server.push(Behavior::Reply { text: "hello world".into(), prompt_tokens: 12, completion_tokens: 2 });
    let mut config = fast_config(&server);
    config.temperature = 0.2;
    config.max_tokens = 64;
    config.stop = vec!["</ACTION>".into()];
    config.seed = Some(42);
    config.top_p = Some(0.5);
    config.extra_body.insert("top_k".into(), json!(20));
    let ep = Endpoint::builder(config).api_key(Some("sekrit".into())).build().unwrap();
    let messages = [ChatMessage::system("You play Crafter."), ChatMessage::user("What now?")];
    let reply = ep.chat(&messages, None).await.unwrap();

    assert_eq!(reply.text, "hello world");
    assert_eq!((reply.prompt_tokens, reply.completion_tokens, reply.usage_known), (12, 2, true));
    assert_eq!((reply.attempts, reply.finish_reason.as_deref(), reply.truncated()), (1, Some("stop"), false));
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/v1/chat/completions"));
    assert_eq!(r.header("authorization"), Some("Bearer sekrit"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.body_json,
        json!({
            "model": "mock-model",
            "messages": [{"role": "system", "content": "You play Crafter."}, {"role": "user", "content": "What now?"}],
            "temperature": 0.2, "top_p": 0.5, "max_tokens": 64, "stop": ["</ACTION>"], "seed": 42,
            "stream": false, "top_k": 20,
        })
    );
}

#[tokio::test]
async fn unset_options_are_not_sent_and_no_key_means_no_authorization() {
    let server = MockServer::start().await.unwrap();
    let ep = endpoint(fast_config(&server));
    ep.chat(&prompt("hi"), None).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("authorization"), None);
    let body = r.body_json.as_object().unwrap();
    for absent in ["top_p", "stop", "seed", "tools", "tool_choice"] {
        assert!(!body.contains_key(absent), "{absent} sent: {body:?}");
    }
}

#[tokio::test]
async fn missing_key_variable_is_a_config_error_naming_it() {
    let server = MockServer::start().await.unwrap();
    let mut config = fast_config(&server);
    config.api_key_env = Some("AUTOMEM_LLM_TEST_SURELY_UNSET_VAR".into());
    let error = Endpoint::new(config).unwrap_err();
    assert_eq!(error.kind(), "config");
    assert!(error.to_string().contains("AUTOMEM_LLM_TEST_SURELY_UNSET_VAR"), "{error}");
}

#[tokio::test]
async fn retry_after_on_429_is_honored() {
    let server = MockServer::start().await.unwrap();
    server.push(Behavior::Status { code: 429, retry_after: Some("1".into()), body: "slow down".into() });
    let ep = endpoint(fast_config(&server));
    let start = Instant::now();
    let reply = ep.chat(&prompt("hi"), None).await.unwrap();
    assert_eq!(reply.attempts, 2);
    assert!(start.elapsed() >= Duration::from_millis(900), "waited only {:?}", start.elapsed());
    assert!(reply.latency >= Duration::from_millis(900));
}

#[tokio::test]
async fn retry_after_is_capped_at_backoff_max() {
    let server = MockServer::start().await.unwrap();
    server.push(Behavior::Status { code: 503, retry_after: Some("3600".into()), body: String::new() });
    let mut config = fast_config(&server);
    config.backoff_max = Duration::from_millis(200);
    let start = Instant::now();
    let reply = endpoint(config).chat(&prompt("hi"), None).await.unwrap();
    assert_eq!(reply.attempts, 2);
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(200) && waited < Duration::from_secs(2), "waited {waited:?}");
}

#[tokio::test]
async fn server_errors_are_retried_until_success() {
    let server = MockServer::start().await.unwrap();
    server.push_all([Behavior::status(500, "oops"), Behavior::status(502, "bad gateway")]);
    let reply = endpoint(fast_config(&server)).chat(&prompt("hi"), None).await.unwrap();
    assert_eq!((reply.attempts, server.served()), (3, 3));
    assert_eq!(reply.text, "ok");
}

#[tokio::test]
async fn server_errors_exhaust_the_retries() {
    let server = MockServer::start().await.unwrap();
    server.set_default(Behavior::status(503, "overloaded"));
    let mut config = fast_config(&server);
    config.max_retries = 2;
    let failure = endpoint(config).chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts, server.served()), ("http-5xx", 3, 3));
    assert!(failure.to_string().contains("overloaded"), "{failure}");
}

#[tokio::test]
async fn client_errors_fail_at_once_with_the_body() {
    let server = MockServer::start().await.unwrap();
    let ep = endpoint(fast_config(&server));
    for code in [400u16, 401, 403, 404, 422] {
        let long_tail = "x".repeat(2000);
        server.push(Behavior::status(code, format!("{{\"error\":\"context too long {code}\"}}{long_tail}")));
        let before = server.served();
        let failure = ep.chat(&prompt("hi"), None).await.unwrap_err();
        assert_eq!((failure.kind(), failure.attempts, server.served() - before), ("http-4xx", 1, 1), "status {code}");
        let LlmError::Http { status, body, .. } = &failure.error else { panic!("{failure}") };
        assert_eq!(*status, code);
        assert!(body.contains(&format!("context too long {code}")), "{body}");
        assert!(body.len() <= 503, "error body kept whole: {} bytes", body.len());
    }
}

#[tokio::test]
async fn timeouts_are_retried_then_reported() {
    let server = MockServer::start().await.unwrap();
    server.set_default(Behavior::delay(Duration::from_secs(2), Behavior::reply("late")));
    let mut config = fast_config(&server);
    config.timeout = Duration::from_millis(150);
    config.max_retries = 2;
    let start = Instant::now();
    let failure = endpoint(config).chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("timeout", 3));
    assert!(start.elapsed() >= Duration::from_millis(450) && start.elapsed() < Duration::from_secs(2));
    assert!(failure.elapsed >= Duration::from_millis(450));
}

#[tokio::test]
async fn a_slow_answer_within_the_timeout_is_fine() {
    let server = MockServer::start().await.unwrap();
    server.push(Behavior::delay(Duration::from_millis(100), Behavior::reply("slow")));
    let reply = endpoint(fast_config(&server)).chat(&prompt("hi"), None).await.unwrap();
    assert_eq!((reply.text.as_str(), reply.attempts), ("slow", 1));
}

#[tokio::test]
async fn dropped_and_cut_connections_are_retried() {
    let server = MockServer::start().await.unwrap();
    let ep = endpoint(fast_config(&server));
    for broken in [Behavior::DropConnection, Behavior::CutBody] {
        server.push(broken.clone());
        let reply = ep.chat(&prompt("hi"), None).await.unwrap();
        assert_eq!((reply.text.as_str(), reply.attempts), ("ok", 2), "{broken:?}");
    }
    server.set_default(Behavior::DropConnection);
    let failure = ep.chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("transport", 4));
}

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut config = automem_llm::EndpointConfig::new("gone", format!("http://127.0.0.1:{port}/v1"), "m");
    config.max_retries = 1;
    config.backoff_initial = Duration::from_millis(5);
    let failure = endpoint(config).chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("connect", 2));
}

#[tokio::test]
async fn malformed_json_is_retried_once() {
    let server = MockServer::start().await.unwrap();
    server.push(Behavior::MalformedJson);
    let ep = endpoint(fast_config(&server));
    let reply = ep.chat(&prompt("hi"), None).await.unwrap();
    assert_eq!(reply.attempts, 2);

    server.set_default(Behavior::MalformedJson);
    let failure = ep.chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("malformed", 2), "max_retries is 3, but garbage is retried once");

    server.push(Behavior::Raw { status: 200, body: r#"{"object":"chat.completion","choices":[]}"#.into() });
    server.set_default(Behavior::reply("ok"));
    assert_eq!(ep.chat(&prompt("hi"), None).await.unwrap().attempts, 2, "no choices counts as malformed");
}

#[tokio::test]
async fn oversized_answers_are_refused_without_retry() {
    let server = MockServer::start().await.unwrap();
    let mut config = fast_config(&server);
    config.max_response_bytes = 1 << 20;
    let ep = endpoint(config);
    // Chunked, so only reading shows the size.
    server.push(Behavior::Huge(8 << 20));
    let failure = ep.chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("too-large", 1));
    // With Content-Length, refused before reading.
    server.push(Behavior::Raw { status: 200, body: "x".repeat(2 << 20) });
    let failure = ep.chat(&prompt("hi"), None).await.unwrap_err();
    assert_eq!((failure.kind(), failure.attempts), ("too-large", 1));
    assert_eq!(ep.chat(&prompt("hi"), None).await.unwrap().text, "ok", "the endpoint still works");
}

#[tokio::test]
async fn truncated_empty_and_usage_free_answers() {
    let server = MockServer::start().await.unwrap();
    let ep = endpoint(fast_config(&server));

    server.push(Behavior::Truncated("I will go to the tr".into()));
    let reply = ep.chat(&prompt("hi"), None).await.unwrap();
    assert!(reply.truncated());
    assert_eq!(reply.text, "I will go to the tr");

    server.push(Behavior::Empty);
    let reply = ep.chat(&prompt("hi"), None).await.unwrap();
    assert_eq!((reply.text.as_str(), reply.finish_reason.as_deref(), reply.truncated()), ("", Some("stop"), false));
    assert!(reply.tool_calls.is_empty());

    // llama.cpp-style extras, no usage at all.
    let body = json!({"choices": [{"message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
                      "timings": {"predicted_ms": 3.2}, "system_fingerprint": "b1"});
    server.push(Behavior::Raw { status: 200, body: body.to_string() });
    let reply = ep.chat(&prompt("hi"), None).await.unwrap();
    assert_eq!((reply.text.as_str(), reply.prompt_tokens, reply.completion_tokens), ("hi", 0, 0));
    assert!(!reply.usage_known);
}

fn move_tool() -> ToolSpec {
    ToolSpec {
        name: "act".into(),
        description: "Take a game action".into(),
        parameters: json!({"type": "object", "properties": {"action": {"type": "string"}}, "required": ["action"]}),
    }
}

#[tokio::test]
async fn tool_calls_come_back_parsed_in_tools_mode() {
    let server = MockServer::start().await.unwrap();
    let calls = vec![
        ToolCall { id: None, name: "act".into(), arguments: r#"{"action":"noop"}"#.into() },
        ToolCall { id: Some("c7".into()), name: "memory_append".into(), arguments: r#"{"path":"log.md"}"#.into() },
    ];
    server.push(Behavior::ToolCalls(calls));
    let mut config = fast_config(&server);
    config.mode = CallMode::Tools;
    let tools = [move_tool()];
    let reply = endpoint(config).chat(&prompt("hi"), Some(&tools)).await.unwrap();
    assert_eq!(reply.text, "");
    assert_eq!(reply.finish_reason.as_deref(), Some("tool_calls"));
    assert_eq!(reply.tool_calls.len(), 2);
    assert_eq!(
        (reply.tool_calls[0].name.as_str(), reply.tool_calls[0].arguments.as_str()),
        ("act", r#"{"action":"noop"}"#)
    );
    assert_eq!(reply.tool_calls[1].id.as_deref(), Some("c7"));
    let body = &server.requests()[0].body_json;
    assert_eq!(body["tool_choice"], "auto");
    assert_eq!(body["tools"][0]["type"], "function");
    assert_eq!(body["tools"][0]["function"]["name"], "act");
    assert_eq!(body["tools"][0]["function"]["parameters"]["required"][0], "action");
}

#[tokio::test]
async fn text_mode_does_not_send_tools() {
    let server = MockServer::start().await.unwrap();
    let tools = [move_tool()];
    endpoint(fast_config(&server)).chat(&prompt("hi"), Some(&tools)).await.unwrap();
    let body = server.requests()[0].body_json.clone();
    assert!(body.get("tools").is_none() && body.get("tool_choice").is_none(), "{body}");
}

#[tokio::test]
async fn responder_answers_from_the_request() {
    let server = MockServer::start().await.unwrap();
    server.set_responder(|r| Behavior::reply(format!("{} says {}", r.body_json["model"], r.last_message())));
    let ep = endpoint(fast_config(&server));
    assert_eq!(ep.chat(&prompt("ping"), None).await.unwrap().text, "\"mock-model\" says ping");
    server.push(Behavior::reply("queued first"));
    assert_eq!(ep.chat(&prompt("x"), None).await.unwrap().text, "queued first");
}

#[tokio::test]
async fn connections_are_kept_alive() {
    let server = MockServer::start().await.unwrap();
    let ep = endpoint(fast_config(&server));
    for _ in 0..10 {
        ep.chat(&prompt("hi"), None).await.unwrap();
    }
    assert_eq!((server.served(), server.connections()), (10, 1));
}

#[tokio::test]
async fn model_list_answers() {
    let server = MockServer::start().await.unwrap();
    let models = endpoint(fast_config(&server)).list_models().await.unwrap();
    assert_eq!(models, vec!["mock".to_string()]);
}
