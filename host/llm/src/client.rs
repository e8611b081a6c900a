//! `Endpoint`: a cheap-to-clone handle that sends chat requests to one server, with a concurrency
//! limit, a per-attempt timeout, a body size cap and retries.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use reqwest::{StatusCode, Url};
use tokio::sync::Semaphore;

use crate::config::{CallMode, EndpointConfig};
use crate::error::{CallFailure, LlmError};
use crate::retry::{Jitter, backoff, parse_retry_after};
use crate::wire::{self, ChatMessage, ChatRequest, Parsed, ToolCall, ToolSpec, WireTool};

/// How many bytes of an error answer's body are kept to show what the server said.
const ERROR_BODY_BYTES: usize = 500;

/// A successful chat call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The reply text (empty when the model only called tools or said nothing).
    pub text: String,
    /// Tool calls, in the order the server listed them (tools mode).
    pub tool_calls: Vec<ToolCall>,
    /// Prompt tokens as the server counted them (0 when it did not say).
    pub prompt_tokens: u32,
    /// Generated tokens as the server counted them (0 when it did not say).
    pub completion_tokens: u32,
    /// Whether the server reported both token counts.
    pub usage_known: bool,
    /// The server's `finish_reason` (`stop`, `length`, `tool_calls`, ...), when given.
    pub finish_reason: Option<String>,
    /// Attempts made, this successful one included.
    pub attempts: u32,
    /// Wall time of the whole call: queueing for a permit, failed attempts and backoff included.
    pub latency: Duration,
}

impl Completion {
    /// Whether generation stopped at `max_tokens` (`finish_reason == "length"`), so the reply is cut.
    pub fn truncated(&self) -> bool {
        self.finish_reason.as_deref() == Some("length")
    }
}

/// A handle on one OpenAI-compatible endpoint; clones share the connection pool, permits and jitter.
#[derive(Debug, Clone)]
pub struct Endpoint {
    inner: Arc<Inner>,
}

/// What clones of an `Endpoint` share.
#[derive(Debug)]
struct Inner {
    config: EndpointConfig,
    url: Url,
    auth: Option<HeaderValue>,
    http: reqwest::Client,
    permits: Semaphore,
    jitter: Jitter,
}

/// Options for building an [`Endpoint`] beyond its config: a given API key, a jitter seed.
#[derive(Debug)]
pub struct EndpointBuilder {
    config: EndpointConfig,
    api_key: Option<Option<String>>,
    jitter_seed: Option<u64>,
}

impl EndpointBuilder {
    /// Uses `key` (or no key) instead of reading the variable named by `api_key_env`; for tests and embedding.
    pub fn api_key(mut self, key: Option<String>) -> Self {
        self.api_key = Some(key);
        self
    }

    /// Seeds the backoff jitter so retry timing is reproducible; unseeded endpoints seed from the clock.
    pub fn jitter_seed(mut self, seed: u64) -> Self {
        self.jitter_seed = Some(seed);
        self
    }

    /// Validates the config, resolves the API key and builds the HTTP client.
    pub fn build(self) -> Result<Endpoint, LlmError> {
        let config = self.config;
        config.validate().map_err(|e| LlmError::Config(format!("endpoint `{}`: {e}", config.name)))?;
        let key = match self.api_key {
            Some(key) => key,
            None => config.resolve_api_key(|var| std::env::var(var).ok()).map_err(LlmError::Config)?,
        };
        let auth = key
            .map(|key| {
                let mut value = HeaderValue::try_from(format!("Bearer {key}")).map_err(|_| {
                    LlmError::Config(format!(
                        "the API key of endpoint `{}` has characters not allowed in a header",
                        config.name
                    ))
                })?;
                value.set_sensitive(true);
                Ok::<_, LlmError>(value)
            })
            .transpose()?;
        let url = Url::parse(&config.chat_url())
            .map_err(|e| LlmError::Config(format!("endpoint `{}`: bad URL {}: {e}", config.name, config.chat_url())))?;
        let mut http = reqwest::Client::builder()
            .pool_max_idle_per_host(config.concurrency)
            .pool_idle_timeout(Duration::from_secs(60))
            .tcp_nodelay(true)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("automem-llm/", env!("CARGO_PKG_VERSION")));
        if is_loopback(&url) {
            // An HTTP(S)_PROXY from the environment cannot reach this machine's loopback.
            http = http.no_proxy();
        }
        let http = http
            .build()
            .map_err(|e| LlmError::Config(format!("endpoint `{}`: HTTP client: {}", config.name, error_chain(&e))))?;
        let seed = self.jitter_seed.unwrap_or_else(clock_seed);
        Ok(Endpoint {
            inner: Arc::new(Inner {
                permits: Semaphore::new(config.concurrency),
                jitter: Jitter::new(seed),
                config,
                url,
                auth,
                http,
            }),
        })
    }
}

impl Endpoint {
    /// Builds an endpoint from `config`, reading the API key from the variable `api_key_env` names.
    pub fn new(config: EndpointConfig) -> Result<Endpoint, LlmError> {
        Endpoint::builder(config).build()
    }

    /// Starts building an endpoint with options (a given key, a jitter seed).
    pub fn builder(config: EndpointConfig) -> EndpointBuilder {
        EndpointBuilder { config, api_key: None, jitter_seed: None }
    }

    /// The endpoint's settings.
    pub fn config(&self) -> &EndpointConfig {
        &self.inner.config
    }

    /// Requests in flight right now through this endpoint (all clones).
    pub fn in_flight(&self) -> usize {
        self.inner.config.concurrency.saturating_sub(self.inner.permits.available_permits())
    }

    /// Sends one chat request, retrying what may get better (see [`LlmError::is_retryable`]).
    ///
    /// `tools` are sent only in tools mode. A concurrency permit is held per attempt, not during
    /// backoff, so waiting retries do not block other calls.
    pub async fn chat(&self, messages: &[ChatMessage], tools: Option<&[ToolSpec]>) -> Result<Completion, CallFailure> {
        let start = Instant::now();
        let config = &self.inner.config;
        let body = self.encode(messages, tools).map_err(|error| CallFailure {
            error,
            attempts: 0,
            elapsed: start.elapsed(),
        })?;
        let mut attempts = 0u32;
        let mut malformed = 0u32;
        loop {
            attempts += 1;
            let error = match self.attempt(body.clone()).await {
                Ok(parsed) => return Ok(completion(parsed, attempts, start.elapsed())),
                Err(error) => error,
            };
            if matches!(error, LlmError::Malformed(_)) {
                malformed += 1;
            }
            if !error.is_retryable() || attempts > config.max_retries || malformed > 1 {
                return Err(CallFailure { error, attempts, elapsed: start.elapsed() });
            }
            let retry_after = match &error {
                LlmError::Http { status: 429 | 503, retry_after, .. } => *retry_after,
                _ => None,
            };
            let wait = backoff(&self.inner.jitter, attempts, config.backoff_initial, config.backoff_max, retry_after);
            tracing::debug!(endpoint = %config.name, attempt = attempts, kind = error.kind(), ?wait, %error, "retrying chat call");
            tokio::time::sleep(wait).await;
        }
    }

    /// Lists the model names the server serves (`GET {base}/models`), a cheap health check.
    pub async fn list_models(&self) -> Result<Vec<String>, LlmError> {
        let url = self.inner.config.models_url();
        let mut request = self.inner.http.get(&url);
        if let Some(auth) = &self.inner.auth {
            request = request.header(AUTHORIZATION, auth.clone());
        }
        let timeout = self.inner.config.timeout;
        let exchange = async {
            let mut response = request.send().await.map_err(classify)?;
            let status = response.status();
            if !status.is_success() {
                let body = read_prefix(&mut response, ERROR_BODY_BYTES).await;
                return Err(http_error(status, &body, None));
            }
            let body = read_body(&mut response, self.inner.config.max_response_bytes).await?;
            let json: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| LlmError::Malformed(format!("model list: {e}")))?;
            let data = json.get("data").and_then(|d| d.as_array()).cloned().unwrap_or_default();
            Ok(data.iter().filter_map(|m| m.get("id").and_then(|id| id.as_str()).map(str::to_string)).collect())
        };
        tokio::time::timeout(timeout, exchange).await.unwrap_or(Err(LlmError::Timeout(timeout)))
    }

    /// Serializes the request body once per call.
    fn encode(&self, messages: &[ChatMessage], tools: Option<&[ToolSpec]>) -> Result<Vec<u8>, LlmError> {
        let config = &self.inner.config;
        let tools = match (config.mode, tools) {
            (CallMode::Tools, Some(tools)) if !tools.is_empty() => {
                Some(tools.iter().map(|function| WireTool { kind: "function", function }).collect::<Vec<_>>())
            }
            _ => None,
        };
        let request = ChatRequest {
            model: &config.model,
            messages,
            temperature: config.temperature,
            top_p: config.top_p,
            max_tokens: config.max_tokens,
            stop: &config.stop,
            seed: config.seed,
            tool_choice: tools.as_ref().map(|_| "auto"),
            tools,
            stream: false,
            extra: &config.extra_body,
        };
        serde_json::to_vec(&request).map_err(|e| LlmError::Config(format!("cannot encode the request: {e}")))
    }

    /// One attempt: wait for a permit, then send and read the answer within the timeout.
    async fn attempt(&self, body: Vec<u8>) -> Result<Parsed, LlmError> {
        let _permit = self
            .inner
            .permits
            .acquire()
            .await
            .map_err(|_| LlmError::Config(format!("endpoint `{}` is closed", self.inner.config.name)))?;
        let timeout = self.inner.config.timeout;
        tokio::time::timeout(timeout, self.exchange(body)).await.unwrap_or(Err(LlmError::Timeout(timeout)))
    }

    /// Sends the request and reads the answer, refusing bodies over the size cap.
    async fn exchange(&self, body: Vec<u8>) -> Result<Parsed, LlmError> {
        let mut request =
            self.inner.http.post(self.inner.url.clone()).header(CONTENT_TYPE, "application/json").body(body);
        if let Some(auth) = &self.inner.auth {
            request = request.header(AUTHORIZATION, auth.clone());
        }
        let mut response = request.send().await.map_err(classify)?;
        let status = response.status();
        if !status.is_success() {
            let retry_after = match status {
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                    response.headers().get(RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(parse_retry_after)
                }
                _ => None,
            };
            // The body is only for the message: a short read, and a broken one still reports the status.
            let body = read_prefix(&mut response, ERROR_BODY_BYTES).await;
            return Err(http_error(status, &body, retry_after));
        }
        let body = read_body(&mut response, self.inner.config.max_response_bytes).await?;
        wire::parse_response(&body).map_err(LlmError::Malformed)
    }
}

/// Reads a body chunk by chunk, failing with `TooLarge` past `limit` bytes (checked against
/// `Content-Length` first, when the server sends one).
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Vec<u8>, LlmError> {
    if let Some(length) = response.content_length()
        && length > limit as u64
    {
        return Err(LlmError::TooLarge { limit });
    }
    let mut body = Vec::with_capacity(response.content_length().map_or(8192, |n| n as usize).min(limit));
    while let Some(chunk) = response.chunk().await.map_err(classify)? {
        if body.len() + chunk.len() > limit {
            return Err(LlmError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Reads at most the first `limit` bytes of a body, best effort (for error messages).
async fn read_prefix(response: &mut reqwest::Response, limit: usize) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < limit {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk[..chunk.len().min(limit - body.len())]),
            Ok(None) | Err(_) => break,
        }
    }
    body
}

/// An `Http` error with the start of the server's body.
fn http_error(status: StatusCode, body: &[u8], retry_after: Option<Duration>) -> LlmError {
    let text = String::from_utf8_lossy(body);
    LlmError::Http { status: status.as_u16(), body: wire::clip(text.trim(), ERROR_BODY_BYTES), retry_after }
}

/// Sorts a reqwest error into connect (including reqwest's connect timeout) or a broken
/// connection, keeping the cause chain; the per-attempt timeout is applied around the exchange.
fn classify(error: reqwest::Error) -> LlmError {
    let message = error_chain(&error);
    if error.is_connect() { LlmError::Connect(message) } else { LlmError::Transport(message) }
}

/// An error and its sources, joined with ": " (reqwest's own message says little).
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// Whether the URL points at this machine.
fn is_loopback(url: &Url) -> bool {
    match url.host_str() {
        Some(host) if host.eq_ignore_ascii_case("localhost") => true,
        Some(host) => host.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}

/// A seed for unseeded endpoints: clock nanoseconds mixed with the process id.
fn clock_seed() -> u64 {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    nanos ^ (u64::from(std::process::id()) << 32)
}

/// A `Completion` from a parsed answer and the call's bookkeeping.
fn completion(parsed: Parsed, attempts: u32, latency: Duration) -> Completion {
    Completion {
        text: parsed.text,
        tool_calls: parsed.tool_calls,
        prompt_tokens: parsed.prompt_tokens,
        completion_tokens: parsed.completion_tokens,
        usage_known: parsed.usage_known,
        finish_reason: parsed.finish_reason,
        attempts,
        latency,
    }
}
