//! Against a real OpenAI-compatible server (e.g. `scripts/real-llm.sh start` with SmolLM2-135M):
//! set `AUTOMEM_REAL_LLM_URL=http://127.0.0.1:8089/v1` and run with `--ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use automem_llm::{ChatMessage, Endpoint, EndpointConfig};

#[tokio::test]
#[ignore = "needs a real server: set AUTOMEM_REAL_LLM_URL (see scripts/real-llm.sh)"]
async fn real_server_answers() {
    let Ok(url) = std::env::var("AUTOMEM_REAL_LLM_URL") else {
        eprintln!("AUTOMEM_REAL_LLM_URL is not set; start a server with scripts/real-llm.sh start and set it");
        return;
    };
    let mut config = EndpointConfig::new("real", url, "placeholder");
    config.timeout = Duration::from_secs(120);
    config.max_tokens = 32;
    config.temperature = 0.0;
    config.seed = Some(1);
    let probe = Endpoint::builder(config.clone()).api_key(None).build().unwrap();
    // Use the served model's name (llama.cpp's server reports the GGUF path), or the override.
    config.model = match std::env::var("AUTOMEM_REAL_LLM_MODEL") {
        Ok(model) => model,
        Err(_) => probe.list_models().await.unwrap().into_iter().next().expect("the server lists no model"),
    };
    let endpoint = Endpoint::builder(config).api_key(None).build().unwrap();
    let messages = [ChatMessage::system("You are a helpful assistant."), ChatMessage::user("Name one color.")];
    let reply = endpoint.chat(&messages, None).await.unwrap();
    eprintln!(
        "reply: {:?} ({} + {} tokens, {:?})",
        reply.text, reply.prompt_tokens, reply.completion_tokens, reply.latency
    );
    assert!(!reply.text.trim().is_empty(), "empty reply: {reply:?}");
    assert!(reply.usage_known && reply.prompt_tokens > 0 && reply.completion_tokens > 0, "{reply:?}");
}
