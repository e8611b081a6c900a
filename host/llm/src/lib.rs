//! automem-llm: an OpenAI-compatible chat-completions client for vLLM, SGLang, llama.cpp's server,
//! Ollama and hosted APIs, with per-endpoint concurrency limits, timeouts, retries with jittered
//! backoff and a body size cap; plus (feature `mock`) a scriptable loopback server for tests.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use automem_llm::{ChatMessage, Endpoint, EndpointConfig};
//! let config = EndpointConfig::parse_spec("openai:http://127.0.0.1:8000/v1#Qwen2.5-32B-Instruct?max_tokens=256")?;
//! let endpoint = Endpoint::new(config)?;
//! let reply = endpoint.chat(&[ChatMessage::user("Say hi.")], None).await?;
//! println!("{} ({} tokens)", reply.text, reply.completion_tokens);
//! # Ok(()) }
//! ```

pub mod client;
pub mod config;
pub mod error;
#[cfg(feature = "mock")]
pub mod mock;
pub mod retry;
pub mod wire;

pub use client::{Completion, Endpoint, EndpointBuilder};
pub use config::{CallMode, ConfigError, EndpointConfig, LlmFile, is_endpoint_spec};
pub use error::{CallFailure, LlmError};
pub use wire::{ChatMessage, Role, ToolCall, ToolSpec};
