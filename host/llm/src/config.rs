//! Endpoint settings: defaults, validation, the one-line spec form and the TOML file form.
//!
//! URL rule: the base URL is taken as given (with or without `/v1`), one or more trailing slashes
//! are stripped and `/chat/completions` is appended; `http://h:8000/v1` posts to
//! `http://h:8000/v1/chat/completions`.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use serde_json::{Map, Value};
use thiserror::Error;

/// How the model is asked to act: plain text replies, or OpenAI tool calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CallMode {
    /// Plain text replies; tools passed to `chat` are not sent.
    #[default]
    Text,
    /// Tools passed to `chat` are sent with `tool_choice: "auto"`, and tool calls come back raw.
    Tools,
}

/// Everything needed to talk to one OpenAI-compatible endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointConfig {
    /// A label for logs and summaries (the TOML table name, or the spec's `name=`, or the model).
    pub name: String,
    /// Base URL, e.g. `http://127.0.0.1:8000/v1`; requests go to `{base_url}/chat/completions`.
    pub base_url: String,
    /// The model name sent in every request.
    pub model: String,
    /// Name of the environment variable holding the API key, read when the endpoint is built.
    pub api_key_env: Option<String>,
    /// Sampling temperature, 0 to 2.
    pub temperature: f32,
    /// Nucleus sampling mass, in (0, 1]; not sent when unset.
    pub top_p: Option<f32>,
    /// Most tokens the model may generate per reply.
    pub max_tokens: u32,
    /// Stop sequences; not sent when empty.
    pub stop: Vec<String>,
    /// Sampling seed, sent as `seed` when set (vLLM, SGLang, llama.cpp and OpenAI honor it).
    pub seed: Option<u64>,
    /// Per-attempt limit from sending the request to the end of the answer's body.
    pub timeout: Duration,
    /// Most requests in flight to this endpoint at once.
    pub concurrency: usize,
    /// Retries after the first attempt (so at most `max_retries + 1` attempts).
    pub max_retries: u32,
    /// Backoff ceiling of the first retry; it doubles per retry up to `backoff_max` (full jitter below it).
    pub backoff_initial: Duration,
    /// Largest backoff, also the cap on a server's `Retry-After`.
    pub backoff_max: Duration,
    /// Biggest answer body accepted; bigger answers fail with `too-large`.
    pub max_response_bytes: usize,
    /// Text replies or tool calls.
    pub mode: CallMode,
    /// Extra top-level request fields (vLLM's `top_k`, `chat_template_kwargs`, ...); they may not
    /// repeat a field this crate sets itself.
    pub extra_body: Map<String, Value>,
}

/// Request fields the client sets itself, which `extra_body` may not override.
pub const RESERVED_BODY_KEYS: &[&str] =
    &["model", "messages", "temperature", "top_p", "max_tokens", "stop", "seed", "tools", "tool_choice", "stream"];

/// Keys accepted after `?` in a spec.
const SPEC_KEYS: &str = "name, temperature, top_p, max_tokens, api_key_env, timeout, concurrency, retries, backoff, \
backoff_max, max_response_bytes, stop (repeatable), seed, mode, extra.<field>";

impl EndpointConfig {
    /// A config with the defaults: temperature 0.7, 512 max tokens, 120 s timeout, 64 in flight,
    /// 4 retries with backoff from 0.5 s up to 30 s, 8 MiB answers, text mode.
    pub fn new(name: impl Into<String>, base_url: impl Into<String>, model: impl Into<String>) -> Self {
        EndpointConfig {
            name: name.into(),
            base_url: base_url.into(),
            model: model.into(),
            api_key_env: None,
            temperature: 0.7,
            top_p: None,
            max_tokens: 512,
            stop: Vec::new(),
            seed: None,
            timeout: Duration::from_secs(120),
            concurrency: 64,
            max_retries: 4,
            backoff_initial: Duration::from_millis(500),
            backoff_max: Duration::from_secs(30),
            max_response_bytes: 8 << 20,
            mode: CallMode::Text,
            extra_body: Map::new(),
        }
    }

    /// The URL chat requests are posted to: the base URL without trailing slashes, plus `/chat/completions`.
    pub fn chat_url(&self) -> String {
        format!("{}/chat/completions", self.base_url.trim_end_matches('/'))
    }

    /// The URL listing the served models (`GET {base}/models`), for health checks.
    pub fn models_url(&self) -> String {
        format!("{}/models", self.base_url.trim_end_matches('/'))
    }

    /// Parses `openai:http://host:8000/v1#model?key=value&...` (`ollama:` is an alias: same wire format).
    ///
    /// Keys: `name`, `temperature`, `top_p`, `max_tokens`, `api_key_env`, `timeout` (`30s`, `500ms`,
    /// `2m` or seconds), `concurrency`, `retries`, `backoff`, `backoff_max`, `max_response_bytes`,
    /// `stop` (repeatable), `seed`, `mode` (`text`/`tools`), `extra.<field>` (a JSON value, or else a
    /// string, merged into the request body). Values may be percent-encoded (`%26` for `&`); `+` stays `+`.
    pub fn parse_spec(spec: &str) -> Result<EndpointConfig, ConfigError> {
        let err = |message: String| ConfigError { origin: format!("endpoint spec `{spec}`"), message };
        let Some((provider, rest)) = spec.split_once(':') else {
            return Err(err("expected `openai:BASE_URL#MODEL[?key=value&...]`".into()));
        };
        if !matches!(provider, "openai" | "ollama") {
            return Err(err(format!(
                "unknown provider `{provider}`; accepted: `openai:` or `ollama:` followed by the base URL, \
                 e.g. openai:http://127.0.0.1:8000/v1#MODEL"
            )));
        }
        let Some((base_url, model_and_query)) = rest.split_once('#') else {
            return Err(err("missing `#MODEL` after the base URL".into()));
        };
        let (model, query) = model_and_query.split_once('?').unwrap_or((model_and_query, ""));
        if model.is_empty() {
            return Err(err("the model name after `#` is empty".into()));
        }
        let mut config = EndpointConfig::new(model, base_url, model);
        let mut stops = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let Some((key, raw)) = pair.split_once('=') else {
                return Err(err(format!("`{pair}` has no value; write `{pair}=VALUE`")));
            };
            let value = percent_decode(raw).map_err(|problem| err(format!("`{key}`: {problem}")))?;
            apply_spec_key(&mut config, &mut stops, key, &value).map_err(err)?;
        }
        if !stops.is_empty() {
            config.stop = stops;
        }
        config.validate().map_err(err)?;
        Ok(config)
    }

    /// Checks ranges and shapes; the message names the key, what is wrong and what is accepted.
    pub fn validate(&self) -> Result<(), String> {
        let url = reqwest::Url::parse(&self.base_url).map_err(|e| {
            format!("`base_url` `{}` is not a URL ({e}); expected e.g. http://127.0.0.1:8000/v1", self.base_url)
        })?;
        match url.scheme() {
            "http" => {}
            "https" if cfg!(feature = "tls") => {}
            "https" => {
                return Err(format!(
                    "`base_url` `{}` is https, but automem-llm was built without its `tls` feature; use http or enable `tls`",
                    self.base_url
                ));
            }
            other => return Err(format!("`base_url` scheme `{other}` is not supported; expected http or https")),
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(format!(
                "`base_url` `{}` has a query or fragment; give only scheme, host, port and path",
                self.base_url
            ));
        }
        if self.model.trim().is_empty() {
            return Err("`model` is empty; give the model name the server serves".into());
        }
        if !(0.0..=2.0).contains(&self.temperature) {
            return Err(format!("`temperature` {} is out of range; expected 0 to 2", self.temperature));
        }
        if let Some(top_p) = self.top_p
            && !(top_p > 0.0 && top_p <= 1.0)
        {
            return Err(format!("`top_p` {top_p} is out of range; expected more than 0 and at most 1"));
        }
        if self.max_tokens == 0 {
            return Err("`max_tokens` is 0; expected at least 1".into());
        }
        if self.timeout.is_zero() {
            return Err("`timeout` is 0; expected a positive duration such as 30s".into());
        }
        if !(1..=65_536).contains(&self.concurrency) {
            return Err(format!("`concurrency` {} is out of range; expected 1 to 65536", self.concurrency));
        }
        if self.backoff_initial > self.backoff_max {
            return Err(format!(
                "`backoff` {:?} is larger than `backoff_max` {:?}; expected backoff <= backoff_max",
                self.backoff_initial, self.backoff_max
            ));
        }
        if self.max_response_bytes < 1024 {
            return Err(format!(
                "`max_response_bytes` {} is too small; expected at least 1024",
                self.max_response_bytes
            ));
        }
        if let Some(var) = &self.api_key_env
            && (var.is_empty() || var.contains('=') || var.contains('\0'))
        {
            return Err(format!("`api_key_env` `{var}` is not an environment variable name"));
        }
        if self.stop.iter().any(String::is_empty) {
            return Err("`stop` contains an empty string; stop sequences must be non-empty".into());
        }
        if let Some(key) = self.extra_body.keys().find(|key| RESERVED_BODY_KEYS.contains(&key.as_str())) {
            return Err(format!(
                "extra body field `{key}` is set by the client itself and cannot be overridden (reserved: {})",
                RESERVED_BODY_KEYS.join(", ")
            ));
        }
        Ok(())
    }

    /// Reads the API key from the variable named by `api_key_env` through `lookup` (the product path
    /// passes `std::env::var`); `None` when no variable is named, an error naming it when unset or empty.
    pub fn resolve_api_key(&self, lookup: impl Fn(&str) -> Option<String>) -> Result<Option<String>, String> {
        let Some(var) = &self.api_key_env else { return Ok(None) };
        match lookup(var) {
            Some(key) if !key.trim().is_empty() => Ok(Some(key.trim().to_string())),
            Some(_) => Err(format!("environment variable `{var}` (api_key_env of endpoint `{}`) is empty", self.name)),
            None => Err(format!("environment variable `{var}` (api_key_env of endpoint `{}`) is not set", self.name)),
        }
    }
}

/// Applies one `key=value` of a spec; `stop` values are collected separately (repeatable).
fn apply_spec_key(config: &mut EndpointConfig, stops: &mut Vec<String>, key: &str, value: &str) -> Result<(), String> {
    match key {
        "name" if !value.is_empty() => config.name = value.to_string(),
        "temperature" => config.temperature = parse_num(key, value, "a number from 0 to 2")?,
        "top_p" => config.top_p = Some(parse_num(key, value, "a number in (0, 1]")?),
        "max_tokens" => config.max_tokens = parse_num(key, value, "a positive integer")?,
        "api_key_env" => config.api_key_env = Some(value.to_string()),
        "timeout" => config.timeout = parse_duration(key, value)?,
        "concurrency" => config.concurrency = parse_num(key, value, "an integer from 1 to 65536")?,
        "retries" => config.max_retries = parse_num(key, value, "a non-negative integer")?,
        "backoff" => config.backoff_initial = parse_duration(key, value)?,
        "backoff_max" => config.backoff_max = parse_duration(key, value)?,
        "max_response_bytes" => config.max_response_bytes = parse_num(key, value, "an integer of at least 1024")?,
        "stop" if !value.is_empty() => stops.push(value.to_string()),
        "seed" => config.seed = Some(parse_num(key, value, "a non-negative integer")?),
        "mode" => {
            config.mode = match value {
                "text" => CallMode::Text,
                "tools" => CallMode::Tools,
                _ => return Err(format!("`mode`: `{value}` is not a mode; accepted: text, tools")),
            }
        }
        "name" | "stop" => return Err(format!("`{key}` is empty; expected a non-empty string")),
        _ => match key.strip_prefix("extra.") {
            Some(field) if !field.is_empty() => {
                let json = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
                config.extra_body.insert(field.to_string(), json);
            }
            _ => return Err(format!("unknown key `{key}`; accepted: {SPEC_KEYS}")),
        },
    }
    Ok(())
}

/// Parses a number, or explains which key got what and what was expected.
fn parse_num<T: std::str::FromStr>(key: &str, value: &str, expected: &str) -> Result<T, String> {
    value.trim().parse().map_err(|_| format!("`{key}`: `{value}` is not valid; expected {expected}"))
}

/// Parses `30s`, `500ms`, `2m`, `1.5s` or a bare number of seconds.
pub fn parse_duration(key: &str, value: &str) -> Result<Duration, String> {
    let bad = || format!("`{key}`: `{value}` is not a duration; expected e.g. 30s, 500ms, 2m or a number of seconds");
    let v = value.trim();
    let (number, scale) = if let Some(n) = v.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = v.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = v.strip_suffix('m') {
        (n, 60.0)
    } else {
        (v, 1.0)
    };
    let n: f64 = number.trim().parse().map_err(|_| bad())?;
    Duration::try_from_secs_f64(n * scale).map_err(|_| bad())
}

/// Decodes `%XX` escapes (UTF-8); `+` is left as is, since stop strings may contain it.
fn percent_decode(raw: &str) -> Result<String, String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3).ok_or_else(|| format!("`{raw}` has a truncated %-escape"))?;
            let byte = u8::from_str_radix(hex, 16).map_err(|_| format!("`{raw}` has a bad %-escape `%{hex}`"))?;
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("`{raw}` decodes to invalid UTF-8"))
}

/// A configuration problem: where it is (spec, file and table) and what is wrong with which key.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{origin}: {message}")]
pub struct ConfigError {
    /// Where the problem is: `endpoint spec `...``, or `FILE` / `FILE [table]`.
    pub origin: String,
    /// The key, what is wrong with it and what is accepted.
    pub message: String,
}

/// The endpoints of a run, from a TOML file: the memory specialist and, in two-model mode, the player.
#[derive(Debug, Clone, PartialEq)]
pub struct LlmFile {
    /// `[memory]`: the model that writes LOG/PLAN turns and manages memory (required).
    pub memory: EndpointConfig,
    /// `[gameplay]`: the model that commits actions in two-model mode (optional).
    pub gameplay: Option<EndpointConfig>,
}

/// The top level of an endpoints file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    memory: Option<EndpointToml>,
    gameplay: Option<EndpointToml>,
}

/// One endpoint table of the file; unset keys take [`EndpointConfig::new`]'s defaults.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EndpointToml {
    base_url: String,
    model: String,
    name: Option<String>,
    api_key_env: Option<String>,
    temperature: Option<f32>,
    top_p: Option<f32>,
    max_tokens: Option<u32>,
    stop: Option<Vec<String>>,
    seed: Option<u64>,
    timeout_secs: Option<f64>,
    concurrency: Option<usize>,
    max_retries: Option<u32>,
    backoff_initial_ms: Option<u64>,
    backoff_max_ms: Option<u64>,
    max_response_bytes: Option<usize>,
    mode: Option<CallMode>,
    extra_body: Option<Map<String, Value>>,
}

impl EndpointToml {
    /// Builds the config of table `table`, with defaults for what is unset.
    fn into_config(self, table: &str) -> Result<EndpointConfig, String> {
        let mut c = EndpointConfig::new(self.name.unwrap_or_else(|| table.to_string()), self.base_url, self.model);
        c.api_key_env = self.api_key_env;
        c.temperature = self.temperature.unwrap_or(c.temperature);
        c.top_p = self.top_p;
        c.max_tokens = self.max_tokens.unwrap_or(c.max_tokens);
        c.stop = self.stop.unwrap_or_default();
        c.seed = self.seed;
        if let Some(secs) = self.timeout_secs {
            c.timeout = Duration::try_from_secs_f64(secs)
                .map_err(|_| format!("`timeout_secs` {secs} is not valid; expected a positive number of seconds"))?;
        }
        c.concurrency = self.concurrency.unwrap_or(c.concurrency);
        c.max_retries = self.max_retries.unwrap_or(c.max_retries);
        c.backoff_initial = self.backoff_initial_ms.map(Duration::from_millis).unwrap_or(c.backoff_initial);
        c.backoff_max = self.backoff_max_ms.map(Duration::from_millis).unwrap_or(c.backoff_max);
        c.max_response_bytes = self.max_response_bytes.unwrap_or(c.max_response_bytes);
        c.mode = self.mode.unwrap_or_default();
        c.extra_body = self.extra_body.unwrap_or_default();
        c.validate()?;
        Ok(c)
    }
}

impl LlmFile {
    /// Parses an endpoints file's text; `origin` names it in errors (usually the file path).
    ///
    /// Tables: `[memory]` (required) and `[gameplay]`; keys: `base_url`, `model` (required), `name`,
    /// `api_key_env`, `temperature`, `top_p`, `max_tokens`, `stop`, `seed`, `timeout_secs`,
    /// `concurrency`, `max_retries`, `backoff_initial_ms`, `backoff_max_ms`, `max_response_bytes`,
    /// `mode` (`"text"`/`"tools"`), `extra_body` (a table merged into requests). Unknown keys are errors.
    pub fn from_toml_str(text: &str, origin: &str) -> Result<LlmFile, ConfigError> {
        let file: FileToml = toml::from_str(text).map_err(|e| {
            let message = e.message().trim();
            match e.span() {
                Some(span) => {
                    let start = span.start.min(text.len());
                    let line = text[..start].matches('\n').count() + 1;
                    let table = table_before(text, start).map(|t| format!(" [{t}]")).unwrap_or_default();
                    let source = text.lines().nth(line - 1).unwrap_or("").trim();
                    ConfigError {
                        origin: format!("{origin}:{line}{table}"),
                        message: format!("{message} (at `{source}`)"),
                    }
                }
                None => ConfigError { origin: origin.to_string(), message: message.to_string() },
            }
        })?;
        let in_table =
            |table: &'static str| move |message: String| ConfigError { origin: format!("{origin} [{table}]"), message };
        let Some(memory) = file.memory else {
            return Err(ConfigError {
                origin: origin.to_string(),
                message: "no [memory] table; it is required (the memory model's endpoint), [gameplay] is optional"
                    .into(),
            });
        };
        let memory = memory.into_config("memory").map_err(in_table("memory"))?;
        let gameplay = file.gameplay.map(|g| g.into_config("gameplay")).transpose().map_err(in_table("gameplay"))?;
        Ok(LlmFile { memory, gameplay })
    }

    /// Reads and parses an endpoints file (see [`LlmFile::from_toml_str`]); errors name the file.
    pub fn from_toml_file(path: &Path) -> Result<LlmFile, ConfigError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError { origin: origin.clone(), message: format!("cannot read: {e}") })?;
        LlmFile::from_toml_str(&text, &origin)
    }
}

/// The name of the `[table]` whose header is on or before the line holding byte `offset` of `text`.
fn table_before(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_end = text.get(offset..)?.find('\n').map_or(text.len(), |i| offset + i);
    let head = text.get(..line_end)?;
    head.lines().rev().map(str::trim).find(|line| line.starts_with('[')).map(|line| {
        let inner = line.trim_start_matches('[');
        inner.split(']').next().unwrap_or(inner).trim().to_string()
    })
}

/// Whether a `--policy` (or `--judge`, `--reviewer`) value names an endpoint (`openai:...`,
/// `ollama:...`) rather than a plugin.
pub fn is_endpoint_spec(value: &str) -> bool {
    value.starts_with("openai:") || value.starts_with("ollama:")
}
