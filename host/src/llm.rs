//! Policies backed by an OpenAI-compatible endpoint (vLLM, SGLang, llama.cpp, Ollama, hosted
//! APIs): the engine's synchronous [`Policy`] on top of `automem-llm`'s async client.
//!
//! Episodes run on blocking threads of the run's tokio runtime; each model turn is sent from
//! there with `Handle::block_on`, so hundreds of episodes can wait on one endpoint at once while
//! its concurrency limit decides how many requests are in flight. A call that still fails after
//! the client's retries, or a reply that is empty, or cut off with no complete command, becomes a
//! [`PolicyError`]: the engine records it, counts it by kind and falls back. An interrupted run
//! abandons the call at once. With `mode=tools` the phase's operations are offered as functions
//! and the model's calls are turned back into protocol text ([`tools`]).
use crate::bindings::policy_api::{Message, Reply, Role, TurnContext};
use crate::episode::{Policy, PolicyError};
use automem_llm::{CallMode, ChatMessage, Endpoint, EndpointConfig};
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
    fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        let chat: Vec<ChatMessage> = messages.iter().map(to_chat).collect();
        let endpoint = &self.source.endpoint;
        let cancel = &self.cancel;
        let specs =
            (endpoint.config().mode == CallMode::Tools).then(|| tools::specs(&context.allowed_ops, &context.actions));
        let answer = self.source.handle.block_on(async {
            tokio::select! {
                answer = endpoint.chat(&chat, specs.as_deref()) => Some(answer),
                () = cancelled(cancel) => None,
            }
        });
        let mut completion = match answer {
            None => return Err(PolicyError::new("interrupted", "the run was interrupted during the call")),
            Some(Err(failure)) => return Err(PolicyError::new(failure.kind(), failure.to_string())),
            Some(Ok(completion)) => completion,
        };
        for call in &completion.tool_calls {
            if !completion.text.is_empty() {
                completion.text.push('\n');
            }
            completion.text.push_str(&tools::to_text(call, &context.allowed_ops));
        }
        let spent = |kind: &str, message: String| PolicyError {
            raw_response: completion.text.clone(),
            prompt_tokens: completion.prompt_tokens,
            completion_tokens: completion.completion_tokens,
            ..PolicyError::new(kind, message)
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

/// Resolves when `cancel` is set (checked every 50 ms: interruption is rare and not urgent).
async fn cancelled(cancel: &AtomicBool) {
    while !cancel.load(Ordering::Relaxed) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Tools mode: the phase's operations offered as functions, and the model's calls turned back
/// into the text protocol (so traces and mined training data read the same in both modes).
pub mod tools {
    use automem_llm::{ToolCall, ToolSpec};
    use serde_json::{Value, json};

    fn spec(name: &str, description: &str, properties: Value, required: &[&str]) -> ToolSpec {
        ToolSpec {
            name: name.to_ascii_lowercase(),
            description: description.to_string(),
            parameters: json!({"type": "object", "properties": properties, "required": required}),
        }
    }

    /// The functions for the operations allowed now (`allowed`, upper-case names as the schema
    /// gives them), with the game's `actions` as the enum of `action`.
    pub fn specs(allowed: &[String], actions: &[String]) -> Vec<ToolSpec> {
        let s = |d: &str| json!({"type": "string", "description": d});
        let file = s("memory file, e.g. notes.txt");
        allowed
            .iter()
            .map(|op| match op.to_ascii_uppercase().as_str() {
                "SEARCH" => spec(
                    op,
                    "Lines containing a keyword (any case), in one file or all.",
                    json!({"file": file, "query": s("keyword")}),
                    &["query"],
                ),
                "COUNT" => spec(
                    op,
                    "How many lines contain a keyword.",
                    json!({"file": file, "query": s("keyword")}),
                    &["query"],
                ),
                "READ" => spec(op, "A whole file.", json!({"file": file}), &["file"]),
                "TAIL" => spec(
                    op,
                    "The last lines of a file.",
                    json!({"file": file, "lines": {"type": "integer", "minimum": 1}}),
                    &["file", "lines"],
                ),
                "APPEND" => spec(
                    op,
                    "Add one line at the end of a file.",
                    json!({"file": file, "text": s("the line")}),
                    &["file", "text"],
                ),
                "WRITE" => spec(
                    op,
                    "Replace a file's whole content.",
                    json!({"file": file, "text": s("the new content")}),
                    &["file", "text"],
                ),
                "CREATE" => spec(op, "Create a file.", json!({"file": file, "text": s("initial content")}), &["file"]),
                "DONE" => spec(op, "End this phase.", json!({}), &[]),
                "ACTION" => spec(
                    op,
                    "Commit the game action.",
                    json!({"action": {"type": "string", "enum": actions}}),
                    &["action"],
                ),
                _ => spec(
                    op,
                    "A schema operation; its arguments in order.",
                    json!({"args": {"type": "array", "items": {"type": "string"}}}),
                    &["args"],
                ),
            })
            .collect()
    }

    /// A tool call as protocol text: exactly one command, the call's (`<|NAME|>args<|END|>`, tags in
    /// its text escaped) or, for a name not in `offered` or arguments that cannot be carried, a
    /// refusal the engine shows the model as malformed (`automem_protocol::tools`).
    pub fn to_text(call: &ToolCall, offered: &[String]) -> String {
        automem_protocol::tools::call_to_text(&call.name, &call.arguments, offered)
    }
}
