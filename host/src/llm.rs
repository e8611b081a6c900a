//! Policies backed by an OpenAI-compatible endpoint (vLLM, SGLang, llama.cpp, Ollama, hosted
//! APIs): the engine's synchronous [`Policy`] on top of `automem-llm`'s async client.
//!
//! Episodes run on blocking threads of the run's tokio runtime; each model turn is sent from
//! there with `Handle::block_on`, so hundreds of episodes can wait on one endpoint at once while
//! its concurrency limit decides how many requests are in flight. A call that still fails after
//! the client's retries, or a reply that is empty, or cut off with no complete command, becomes a
//! [`PolicyError`]: the engine records it, counts it by kind and falls back. An interrupted run
//! abandons the call at once.
use crate::bindings::policy_api::{Message, Reply, Role, TurnContext};
use crate::episode::{Policy, PolicyError};
use automem_llm::{ChatMessage, Endpoint, EndpointConfig};
use automem_protocol::{ParseOptions, parse_reply};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::runtime::Handle;

/// One endpoint, shared by every episode of a run (they share its connection pool and limit).
#[derive(Clone)]
pub struct LlmSource {
    endpoint: Endpoint,
    handle: Handle,
}

impl LlmSource {
    /// Connect `config` (reading its API key variable) on the runtime behind `handle`.
    pub fn new(config: EndpointConfig, handle: Handle) -> anyhow::Result<Self> {
        let name = config.name.clone();
        let endpoint =
            Endpoint::new(config).map_err(|e| anyhow::anyhow!("cannot set up the LLM endpoint `{name}`: {e}"))?;
        Ok(LlmSource { endpoint, handle })
    }

    /// How records name it: `openai:BASE_URL#MODEL`.
    pub fn name(&self) -> String {
        let c = self.endpoint.config();
        format!("openai:{}#{}", c.base_url, c.model)
    }

    /// The sampling settings that pin its replies down, for records.
    pub fn settings(&self) -> Vec<(String, String)> {
        let c = self.endpoint.config();
        let mut settings = vec![
            ("model".to_string(), c.model.clone()),
            ("temperature".to_string(), c.temperature.to_string()),
            ("max_tokens".to_string(), c.max_tokens.to_string()),
        ];
        if let Some(seed) = c.seed {
            settings.push(("seed".into(), seed.to_string()));
        }
        settings
    }

    /// The endpoint (for health checks and benchmarks).
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// A policy for one episode; `cancel` abandons its in-flight call when set.
    pub fn policy(&self, cancel: Arc<AtomicBool>) -> LlmPolicy {
        LlmPolicy { source: self.clone(), cancel }
    }
}

/// The policy of one episode: each turn is one chat call.
pub struct LlmPolicy {
    source: LlmSource,
    cancel: Arc<AtomicBool>,
}

impl Policy for LlmPolicy {
    fn respond(&mut self, messages: &[Message], _context: &TurnContext) -> Result<Reply, PolicyError> {
        let chat: Vec<ChatMessage> = messages.iter().map(to_chat).collect();
        let endpoint = &self.source.endpoint;
        let cancel = &self.cancel;
        let answer = self.source.handle.block_on(async {
            tokio::select! {
                answer = endpoint.chat(&chat, None) => Some(answer),
                () = cancelled(cancel) => None,
            }
        });
        let completion = match answer {
            None => return Err(error("interrupted", "the run was interrupted during the call".into())),
            Some(Err(failure)) => return Err(error(failure.kind(), failure.to_string())),
            Some(Ok(completion)) => completion,
        };
        let spent = |kind: &str, message: String| PolicyError {
            raw_response: completion.text.clone(),
            prompt_tokens: completion.prompt_tokens,
            completion_tokens: completion.completion_tokens,
            ..error(kind, message)
        };
        if completion.text.trim().is_empty() {
            return Err(spent(
                "empty-reply",
                format!("the model answered nothing (finish_reason {:?})", completion.finish_reason),
            ));
        }
        if completion.truncated() && parse_reply(&completion.text, &ParseOptions::default()).is_empty() {
            return Err(spent(
                "truncated",
                format!(
                    "the reply hit max_tokens ({}) before any complete command; raise max_tokens",
                    endpoint.config().max_tokens
                ),
            ));
        }
        Ok(Reply {
            text: completion.text,
            prompt_tokens: completion.prompt_tokens,
            completion_tokens: completion.completion_tokens,
        })
    }
}

fn to_chat(message: &Message) -> ChatMessage {
    let role = match message.role {
        Role::System => automem_llm::Role::System,
        Role::User => automem_llm::Role::User,
        Role::Assistant => automem_llm::Role::Assistant,
    };
    ChatMessage { role, content: message.content.clone() }
}

fn error(kind: &str, message: String) -> PolicyError {
    PolicyError::new(kind, message)
}

/// Resolves when `cancel` is set (checked every 50 ms: interruption is rare and not urgent).
async fn cancelled(cancel: &AtomicBool) {
    while !cancel.load(Ordering::Relaxed) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Whether a `--policy` value names an endpoint rather than a plugin.
pub fn is_endpoint_spec(value: &str) -> bool {
    value.starts_with("openai:") || value.starts_with("ollama:")
}
