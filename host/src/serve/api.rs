//! The API's JSON shapes and its error answer. The OpenAPI document (`openapi.json`) describes
//! the same shapes for clients.
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `POST /v1/sessions` (and, with `size`, `POST /v1/groups`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateSession {
    /// A loaded game's name.
    pub game: String,
    /// The game's task ("" for its default).
    #[serde(default)]
    pub task: String,
    /// The episode seed.
    pub seed: u64,
    /// `name`, `name@latest` or `name@HASH`.
    pub schema: String,
    /// "single" (one model) or "two-model" (memory specialist + gameplay model).
    #[serde(default = "single")]
    pub mode: String,
    /// Steps after which the episode is cut (default: the game's own episode length).
    #[serde(default)]
    pub max_steps: Option<u32>,
    /// Values for the schema's tunables.
    #[serde(default)]
    pub schema_settings: BTreeMap<String, String>,
    /// The game's settings, e.g. `{"area": "32x32"}` for Crafter.
    #[serde(default)]
    pub game_settings: BTreeMap<String, String>,
    /// Group size (groups only).
    #[serde(default)]
    pub size: Option<usize>,
}

fn single() -> String {
    "single".into()
}

/// `POST /v1/sessions/{id}/reply`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyBody {
    /// The `id` of the turn this answers (required: a retry or a late duplicate then gets 409
    /// instead of answering a turn the client never saw).
    pub turn: u32,
    /// The model's reply text.
    pub text: String,
    /// Tokens the model read, if known.
    #[serde(default)]
    pub prompt_tokens: Option<u32>,
    /// Tokens it wrote, if known.
    #[serde(default)]
    pub completion_tokens: Option<u32>,
}

/// A chat message of a turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// "system", "user" or "assistant".
    pub role: String,
    /// The text.
    pub content: String,
}

/// A model turn waiting for its reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// The session's number for this turn (1, 2, ...); a reply names it.
    pub id: u32,
    /// "log" or "plan".
    pub phase: String,
    /// "single", "memory" or "gameplay": which model must answer.
    pub responder: String,
    /// The game step.
    pub step: u32,
    /// Index of this call within the phase.
    pub call_index: u32,
    /// The phase's chat so far; the model continues it.
    pub messages: Vec<ChatMessage>,
}

/// How an episode ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpisodeResult {
    /// Sum of rewards.
    pub reward: f64,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Steps played.
    pub steps: u32,
    /// "done", "truncated", "max-steps", "failed" or "closed".
    pub end_reason: String,
    /// Achievements unlocked, in order.
    pub achievements: Vec<String>,
    /// Why it failed, when it did.
    pub error: Option<String>,
}

/// A schema version as sessions pin it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchemaRef {
    /// Its name.
    pub name: String,
    /// Its SHA-256.
    pub hash: String,
}

/// A session's public state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    /// "s-…" ("NAME-s-…" on a server started with `--instance-id NAME`).
    pub id: String,
    /// "g-…" when created in a group.
    pub group_id: Option<String>,
    /// The game.
    pub game: String,
    /// The seed.
    pub seed: u64,
    /// The pinned schema version.
    pub schema: SchemaRef,
    /// "single" or "two-model".
    pub mode: String,
    /// "awaiting-reply", "running", "finished", "failed" or "closed".
    pub status: String,
    /// The current game step.
    pub step: u32,
    /// Model turns so far.
    pub turns: u32,
}

/// A session with its pending turn or its result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionState {
    /// The session.
    pub session: SessionView,
    /// The turn waiting for a reply, if any.
    pub turn: Option<Turn>,
    /// The episode's result, once it ended.
    pub result: Option<EpisodeResult>,
}

/// An API error: a status and `{"error": {"kind", "message"}}`.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A stable name, e.g. "not-found", "too-many-sessions".
    pub kind: &'static str,
    /// What was wrong and what to do.
    pub message: String,
}

impl ApiError {
    /// 400: the request is wrong.
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::BAD_REQUEST, kind: "bad-request", message: message.into() }
    }

    /// 404: no such thing.
    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::NOT_FOUND, kind: "not-found", message: message.into() }
    }

    /// 409: not now (e.g. a reply to a session that is not waiting for one).
    pub fn conflict(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::CONFLICT, kind: "conflict", message: message.into() }
    }

    /// 401: no credentials where they are needed.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::UNAUTHORIZED, kind: "unauthorized", message: message.into() }
    }

    /// 403: credentials given but wrong, or the action is disabled on this server.
    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::FORBIDDEN, kind: "forbidden", message: message.into() }
    }

    /// 413: the body is over a limit.
    pub fn too_large(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::PAYLOAD_TOO_LARGE, kind: "too-large", message: message.into() }
    }

    /// 500: our fault.
    pub fn internal(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, kind: "internal", message: message.into() }
    }
}

impl From<crate::registry::RegistryError> for ApiError {
    fn from(err: crate::registry::RegistryError) -> Self {
        use crate::registry::RegistryError::*;
        match err {
            NotFound(m) => ApiError::not_found(m),
            Invalid(m) => ApiError { status: StatusCode::UNPROCESSABLE_ENTITY, kind: "invalid", message: m },
            Full(m) => ApiError { status: StatusCode::CONFLICT, kind: "registry-full", message: m },
            Io(m) => ApiError::internal(m),
        }
    }
}

/// The stable error kind for a status, for errors that did not come from our handlers (axum's
/// rejections, unknown routes, timeouts).
pub fn kind_for(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad-request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not-found",
        405 => "method-not-allowed",
        408 => "timeout",
        409 => "conflict",
        413 => "too-large",
        415 => "unsupported-media-type",
        422 => "invalid",
        429 => "too-many-requests",
        402 | 406 | 407 | 410..=412 | 414 | 416..=421 | 423..=428 | 430..=499 => "client-error",
        _ => "internal",
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"kind": self.kind, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}
