//! The chat-completions wire format: what we send, and a lenient reading of what servers answer.
//!
//! Servers differ: content may be null (tool calls) or a list of parts, usage may be missing, tool
//! arguments may be a JSON string (OpenAI, vLLM) or an object (some Ollama versions), and llama.cpp
//! and Ollama add fields of their own, which are ignored.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Who speaks a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Instructions.
    System,
    /// The prompt.
    User,
    /// A model reply (for multi-turn prompts).
    Assistant,
}

/// One chat message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// Who says it.
    pub role: Role,
    /// What is said.
    pub content: String,
}

impl ChatMessage {
    /// A system message.
    pub fn system(content: impl Into<String>) -> Self {
        ChatMessage { role: Role::System, content: content.into() }
    }

    /// A user message.
    pub fn user(content: impl Into<String>) -> Self {
        ChatMessage { role: Role::User, content: content.into() }
    }

    /// An assistant message.
    pub fn assistant(content: impl Into<String>) -> Self {
        ChatMessage { role: Role::Assistant, content: content.into() }
    }
}

/// A function the model may call in tools mode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolSpec {
    /// Function name.
    pub name: String,
    /// What it does, for the model.
    pub description: String,
    /// JSON schema of the arguments object.
    pub parameters: Value,
}

/// A tool call from the model, arguments kept raw (a JSON text) for the caller to interpret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolCall {
    /// The server's call id, when it gives one.
    pub id: Option<String>,
    /// Function name.
    pub name: String,
    /// Arguments as JSON text (objects some servers send are re-serialized).
    pub arguments: String,
}

/// The request body; `extra` is flattened in (its keys never collide: the config forbids it).
#[derive(Serialize)]
pub(crate) struct ChatRequest<'a> {
    pub model: &'a str,
    pub messages: &'a [ChatMessage],
    pub temperature: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f32>,
    pub max_tokens: u32,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub stop: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<WireTool<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_choice: Option<&'static str>,
    pub stream: bool,
    #[serde(flatten)]
    pub extra: &'a Map<String, Value>,
}

/// `{"type": "function", "function": {...}}` as tools are sent.
#[derive(Serialize)]
pub(crate) struct WireTool<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub function: &'a ToolSpec,
}

/// The parts of a chat-completions answer we read.
#[derive(Deserialize)]
pub(crate) struct ChatResponse {
    #[serde(default)]
    pub choices: Vec<Choice>,
    #[serde(default)]
    pub usage: Option<Usage>,
    /// Some gateways answer 200 with `{"error": ...}`; shown in the malformed-answer error.
    #[serde(default)]
    pub error: Option<Value>,
}

/// One choice; only the first is used.
#[derive(Deserialize)]
pub(crate) struct Choice {
    #[serde(default)]
    pub message: Option<ResponseMessage>,
    #[serde(default)]
    pub finish_reason: Option<String>,
}

/// The assistant message of a choice.
#[derive(Deserialize)]
pub(crate) struct ResponseMessage {
    /// A string, null, or a list of `{"type": "text", "text": ...}` parts.
    #[serde(default)]
    pub content: Value,
    #[serde(default)]
    pub tool_calls: Option<Vec<WireToolCall>>,
}

/// A tool call as sent by servers.
#[derive(Deserialize)]
pub(crate) struct WireToolCall {
    #[serde(default)]
    pub id: Option<String>,
    pub function: WireFunction,
}

/// The function part of a tool call.
#[derive(Deserialize)]
pub(crate) struct WireFunction {
    pub name: String,
    #[serde(default)]
    pub arguments: Value,
}

/// Token counts; either may be missing.
#[derive(Deserialize)]
pub(crate) struct Usage {
    #[serde(default)]
    pub prompt_tokens: Option<u64>,
    #[serde(default)]
    pub completion_tokens: Option<u64>,
}

/// What one answer says, independent of how it was fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub text: String,
    pub tool_calls: Vec<ToolCall>,
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
    pub usage_known: bool,
    pub finish_reason: Option<String>,
}

/// Reads an answer body; `Err` describes why it is not a usable chat completion.
pub(crate) fn parse_response(body: &[u8]) -> Result<Parsed, String> {
    let response: ChatResponse = serde_json::from_slice(body).map_err(|e| format!("not chat-completion JSON: {e}"))?;
    let Some(choice) = response.choices.into_iter().next() else {
        return Err(match response.error {
            Some(error) => format!("no choices; the server says: {}", clip(&error.to_string(), 500)),
            None => "no choices in the answer".to_string(),
        });
    };
    let (text, tool_calls) = match choice.message {
        Some(message) => (content_text(message.content), message.tool_calls.unwrap_or_default()),
        None => return Err("the first choice has no message".to_string()),
    };
    let tool_calls = tool_calls
        .into_iter()
        .map(|call| ToolCall {
            id: call.id,
            name: call.function.name,
            arguments: match call.function.arguments {
                Value::String(s) => s,
                Value::Null => "{}".to_string(),
                other => other.to_string(),
            },
        })
        .collect();
    let (prompt, completion) = match &response.usage {
        Some(usage) => (usage.prompt_tokens, usage.completion_tokens),
        None => (None, None),
    };
    let saturate = |n: Option<u64>| n.map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX));
    Ok(Parsed {
        text,
        tool_calls,
        prompt_tokens: saturate(prompt),
        completion_tokens: saturate(completion),
        usage_known: prompt.is_some() && completion.is_some(),
        finish_reason: choice.finish_reason,
    })
}

/// The text of a message's content: a string, nothing for null, or the text parts joined.
fn content_text(content: Value) -> String {
    match content {
        Value::String(s) => s,
        Value::Array(parts) => parts.iter().filter_map(|part| part.get("text").and_then(Value::as_str)).collect(),
        _ => String::new(),
    }
}

/// At most `max` bytes of `s`, cut at a character boundary.
pub(crate) fn clip(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}...", &s[..end])
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn lenient_answers_parse() {
        let p = parse_response(br#"{"choices":[{"message":{"content":null,"tool_calls":[{"function":{"name":"move","arguments":{"dir":"up"}}}]},"finish_reason":"tool_calls"}],"timings":{}}"#).unwrap();
        assert_eq!(p.text, "");
        assert_eq!(p.tool_calls[0].arguments, r#"{"dir":"up"}"#);
        assert!(!p.usage_known);
        let p = parse_response(br#"{"choices":[{"message":{"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}"#).unwrap();
        assert_eq!((p.text.as_str(), p.prompt_tokens, p.completion_tokens, p.usage_known), ("ab", 3, 2, true));
        assert!(parse_response(br#"{"error":{"message":"overloaded"}}"#).unwrap_err().contains("overloaded"));
        assert!(parse_response(b"<html>").is_err());
    }

    #[test]
    fn clip_respects_char_boundaries() {
        assert_eq!(clip("héllo", 2), "h...");
        assert_eq!(clip("abc", 5), "abc");
    }
}
