//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use automem_llm::mock::MockServer;
use automem_llm::{ChatMessage, Endpoint, EndpointConfig};

/// A config for `server` with fast timeouts and backoff, so failure tests finish quickly.
pub fn fast_config(server: &MockServer) -> EndpointConfig {
    let mut c = EndpointConfig::new("test", server.base_url(), "mock-model");
    c.timeout = Duration::from_secs(5);
    c.max_retries = 3;
    c.backoff_initial = Duration::from_millis(5);
    c.backoff_max = Duration::from_secs(5);
    c
}

/// An endpoint with no API key and a fixed jitter seed.
pub fn endpoint(config: EndpointConfig) -> Endpoint {
    Endpoint::builder(config).api_key(None).jitter_seed(1).build().unwrap()
}

/// A one-message prompt.
pub fn prompt(text: &str) -> Vec<ChatMessage> {
    vec![ChatMessage::user(text)]
}
