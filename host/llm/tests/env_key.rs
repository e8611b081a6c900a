//! The product path reads the API key from the environment variable the config names.
//! (Its own test binary: it sets a variable, which must not race with other tests' threads.)
#![allow(clippy::unwrap_used, clippy::expect_used)]

use automem_llm::Endpoint;
use automem_llm::mock::MockServer;

#[tokio::test]
async fn key_comes_from_the_named_variable() {
    const VAR: &str = "AUTOMEM_LLM_TEST_ENV_KEY_7F3A";
    // SAFETY: this binary has this single test, and nothing reads the environment concurrently.
    unsafe { std::env::set_var(VAR, "from-env") };
    let server = MockServer::start().await.unwrap();
    let config =
        automem_llm::EndpointConfig::parse_spec(&format!("openai:{}#m?api_key_env={VAR}", server.base_url())).unwrap();
    Endpoint::new(config).unwrap().chat(&[automem_llm::ChatMessage::user("hi")], None).await.unwrap();
    assert_eq!(server.requests()[0].header("authorization"), Some("Bearer from-env"));
}
