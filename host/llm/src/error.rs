//! Errors of one chat call, and the failure record a caller gets after all retries.

use std::time::Duration;

use thiserror::Error;

/// Why one attempt (or the whole call) failed; `kind()` names the class for counting in summaries.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LlmError {
    /// The endpoint is misconfigured (bad URL, missing API key variable, ...); never retried.
    #[error("configuration: {0}")]
    Config(String),
    /// No complete answer within the per-request timeout; retried.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// Could not open a connection (refused, unreachable, DNS); retried.
    #[error("connect: {0}")]
    Connect(String),
    /// The connection broke after the request was sent (closed before or during the answer); retried.
    #[error("connection broke: {0}")]
    Transport(String),
    /// The server answered with a non-success status; retried for 408, 429, 500, 502, 503 and 504.
    #[error("HTTP {status}: {body}")]
    Http {
        /// The HTTP status code.
        status: u16,
        /// The first ~500 bytes of the server's body (lossy UTF-8), to show what it complained about.
        body: String,
        /// The wait the server asked for with `Retry-After` (429 and 503 only), before capping.
        retry_after: Option<Duration>,
    },
    /// A success status with a body that is not a chat completion (bad JSON, no choices); retried
    /// once (a flaky proxy or a restarting server), not more: a server that keeps sending garbage won't stop.
    #[error("malformed answer: {0}")]
    Malformed(String),
    /// The answer's body was bigger than `max_response_bytes`; never retried.
    #[error("answer larger than {limit} bytes")]
    TooLarge {
        /// The configured limit that was exceeded.
        limit: usize,
    },
}

impl LlmError {
    /// A short stable name of the error class: "config", "timeout", "connect", "transport",
    /// "http-429", "http-5xx", "http-4xx", "http-other", "malformed" or "too-large".
    pub fn kind(&self) -> &'static str {
        match self {
            LlmError::Config(_) => "config",
            LlmError::Timeout(_) => "timeout",
            LlmError::Connect(_) => "connect",
            LlmError::Transport(_) => "transport",
            LlmError::Http { status: 429, .. } => "http-429",
            LlmError::Http { status: 500..=599, .. } => "http-5xx",
            LlmError::Http { status: 400..=499, .. } => "http-4xx",
            LlmError::Http { .. } => "http-other",
            LlmError::Malformed(_) => "malformed",
            LlmError::TooLarge { .. } => "too-large",
        }
    }

    /// Whether another attempt may succeed: timeouts, connection trouble, 408/429/500/502/503/504
    /// and malformed bodies (a flaky proxy or a server restarting mid-answer) are worth retrying;
    /// configuration errors, other statuses (400, 401, 403, 404, 422, ...) and oversized bodies are not.
    pub fn is_retryable(&self) -> bool {
        match self {
            LlmError::Timeout(_) | LlmError::Connect(_) | LlmError::Transport(_) | LlmError::Malformed(_) => true,
            LlmError::Http { status, .. } => matches!(status, 408 | 429 | 500 | 502 | 503 | 504),
            LlmError::Config(_) | LlmError::TooLarge { .. } => false,
        }
    }
}

/// A call that failed for good: the last error, how many attempts were made and the time spent in all.
#[derive(Debug, Clone, Error)]
#[error("{error} (after {attempts} attempt(s), {elapsed:?})")]
pub struct CallFailure {
    /// The error of the last attempt.
    pub error: LlmError,
    /// Attempts made, the first included (0 when the call failed before any request, e.g. a closed endpoint).
    pub attempts: u32,
    /// Wall time from the call to the failure, queueing and backoff included.
    pub elapsed: Duration,
}

impl CallFailure {
    /// The error class of the last attempt (see [`LlmError::kind`]).
    pub fn kind(&self) -> &'static str {
        self.error.kind()
    }
}
