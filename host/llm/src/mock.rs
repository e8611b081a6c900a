//! A scriptable OpenAI-compatible server on loopback, for tests and benchmarks (feature `mock`).
//!
//! It speaks just enough HTTP/1.1 on raw tokio sockets (keep-alive, `Content-Length` request
//! bodies) to serve `POST /v1/chat/completions` and `GET /v1/models`, so it can also misbehave
//! the way real servers and proxies do: drop a connection, cut a body short, stall, send garbage.
//! What it does per chat request comes from, in order: a queue of [`Behavior`]s, a responder
//! closure, a default behavior. It records every request and counts how many it handles at once.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};

use crate::wire::ToolCall;

/// Largest request head and body the mock accepts.
const MAX_HEAD: usize = 64 << 10;
const MAX_BODY: usize = 32 << 20;

/// What the mock does with one chat request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behavior {
    /// A normal reply with usage.
    Reply {
        /// The reply text.
        text: String,
        /// Reported prompt tokens.
        prompt_tokens: u32,
        /// Reported completion tokens.
        completion_tokens: u32,
    },
    /// A reply with tool calls and null content (`finish_reason: "tool_calls"`).
    ToolCalls(Vec<ToolCall>),
    /// Waits, then behaves as the inner behavior (counts as in flight while waiting).
    Delay(Duration, Box<Behavior>),
    /// Holds the request until `in_flight` requests have been in flight at once (or `max_wait`
    /// passes), then behaves as `then`: proves a client reaches a concurrency level without
    /// depending on how fast a loaded machine opens connections.
    Gate {
        /// The in-flight count to wait for.
        in_flight: usize,
        /// The longest hold.
        max_wait: Duration,
        /// What to do once released.
        then: Box<Behavior>,
    },
    /// An error status, with an optional `Retry-After` header value and a body.
    Status {
        /// HTTP status code.
        code: u16,
        /// `Retry-After` header value, sent as is.
        retry_after: Option<String>,
        /// Response body.
        body: String,
    },
    /// 200 with a body that is not valid JSON.
    MalformedJson,
    /// Closes the connection without answering.
    DropConnection,
    /// Sends headers with the full `Content-Length`, half the body, then closes.
    CutBody,
    /// 200 with a chunked body of this many bytes (no `Content-Length`, so only reading shows its size).
    Huge(usize),
    /// A reply cut by the token limit (`finish_reason: "length"`).
    Truncated(String),
    /// A reply with empty content and no tool calls.
    Empty,
    /// Any status with any body sent as JSON (e.g. an answer without usage, or a server's own fields).
    Raw {
        /// HTTP status code.
        status: u16,
        /// Response body, sent verbatim with `Content-Length`.
        body: String,
    },
}

impl Behavior {
    /// A reply of `text`, with 10 prompt tokens and one completion token per whitespace-separated word.
    pub fn reply(text: impl Into<String>) -> Behavior {
        let text = text.into();
        let words = text.split_whitespace().count() as u32;
        Behavior::Reply { text, prompt_tokens: 10, completion_tokens: words.max(1) }
    }

    /// Holds until `in_flight` requests are in flight at once (at most 10 s), then behaves as `then`.
    pub fn gate(in_flight: usize, then: Behavior) -> Behavior {
        Behavior::Gate { in_flight, max_wait: Duration::from_secs(10), then: Box::new(then) }
    }

    /// `inner` after waiting `delay`.
    pub fn delay(delay: Duration, inner: Behavior) -> Behavior {
        Behavior::Delay(delay, Box::new(inner))
    }

    /// A status code with a body and no `Retry-After`.
    pub fn status(code: u16, body: impl Into<String>) -> Behavior {
        Behavior::Status { code, retry_after: None, body: body.into() }
    }
}

/// One request as the mock received it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request target, e.g. `/v1/chat/completions`.
    pub path: String,
    /// Header names lowercased, values as sent, in order.
    pub headers: Vec<(String, String)>,
    /// The body parsed as JSON (`Null` when empty or not JSON).
    pub body_json: Value,
}

impl RecordedRequest {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The text of the last message of a chat request, handy for responders.
    pub fn last_message(&self) -> &str {
        self.body_json["messages"].as_array().and_then(|m| m.last()).and_then(|m| m["content"].as_str()).unwrap_or("")
    }
}

/// A closure choosing the behavior for a request when the queue is empty.
pub type Responder = Arc<dyn Fn(&RecordedRequest) -> Behavior + Send + Sync>;

/// State shared by the server's tasks and the test's handle.
struct Shared {
    queue: Mutex<VecDeque<Behavior>>,
    default: Mutex<Behavior>,
    responder: Mutex<Option<Responder>>,
    requests: Mutex<Vec<RecordedRequest>>,
    served: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    connections: AtomicUsize,
    /// Woken whenever a request enters, for `Gate`.
    entered: Notify,
}

/// Locks a mutex, ignoring poisoning (a panicking responder must not wedge the server).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    /// The behavior for a chat request: queued, else the responder's, else the default.
    fn next_behavior(&self, request: &RecordedRequest) -> Behavior {
        if let Some(behavior) = lock(&self.queue).pop_front() {
            return behavior;
        }
        let responder = lock(&self.responder).clone();
        match responder {
            Some(responder) => responder(request),
            None => lock(&self.default).clone(),
        }
    }
}

/// Counts a request as in flight until dropped.
struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn enter(shared: &'a Shared) -> Self {
        let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
        shared.entered.notify_waiters();
        InFlight(shared)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A running mock server; it stops (all connections closed) when dropped.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl MockServer {
    /// Binds 127.0.0.1 on a free port and starts serving; the default behavior replies "ok".
    pub async fn start() -> io::Result<MockServer> {
        // tokio's `bind` listens with a backlog of 128: a burst of 256 connects would overflow it and
        // the dropped SYNs come back only after the kernel's 1 s retransmit. Real servers use more.
        let socket = TcpSocket::new_v4()?;
        socket.bind(SocketAddr::from(([127, 0, 0, 1], 0)))?;
        let listener = socket.listen(4096)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            queue: Mutex::new(VecDeque::new()),
            default: Mutex::new(Behavior::reply("ok")),
            responder: Mutex::new(None),
            requests: Mutex::new(Vec::new()),
            served: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            connections: AtomicUsize::new(0),
            entered: Notify::new(),
        });
        let task = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(MockServer { addr, shared, task })
    }

    /// The base URL to configure a client with: `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queues a behavior for the next chat request.
    pub fn push(&self, behavior: Behavior) {
        lock(&self.shared.queue).push_back(behavior);
    }

    /// Queues several behaviors, in order.
    pub fn push_all(&self, behaviors: impl IntoIterator<Item = Behavior>) {
        lock(&self.shared.queue).extend(behaviors);
    }

    /// Sets what to do when the queue is empty and no responder is set.
    pub fn set_default(&self, behavior: Behavior) {
        *lock(&self.shared.default) = behavior;
    }

    /// Sets a closure deciding each request's behavior when the queue is empty.
    pub fn set_responder(&self, responder: impl Fn(&RecordedRequest) -> Behavior + Send + Sync + 'static) {
        *lock(&self.shared.responder) = Some(Arc::new(responder));
    }

    /// Every request received so far (chat and others), in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// How many requests have been received.
    pub fn served(&self) -> usize {
        self.shared.served.load(Ordering::SeqCst)
    }

    /// Requests being handled right now (received, answer not yet started).
    pub fn in_flight(&self) -> usize {
        self.shared.in_flight.load(Ordering::SeqCst)
    }

    /// The most requests handled at once since the start (or the last reset).
    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// Connections accepted so far (keep-alive reuse keeps this below `served`).
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Forgets recorded requests and zeroes the counters (between benchmark rounds).
    pub fn reset_stats(&self) {
        lock(&self.shared.requests).clear();
        self.shared.served.store(0, Ordering::SeqCst);
        self.shared.max_in_flight.store(self.in_flight(), Ordering::SeqCst);
        self.shared.connections.store(0, Ordering::SeqCst);
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Accepts connections; each is served by its own task, aborted with this one.
async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    shared.connections.fetch_add(1, Ordering::SeqCst);
                    let _ = stream.set_nodelay(true);
                    connections.spawn(serve_connection(stream, shared.clone()));
                }
                // Out of file descriptors and the like: back off instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// A parsed request head and body.
struct Request {
    recorded: RecordedRequest,
    keep_alive: bool,
}

/// Serves requests on one connection until the client closes it or a behavior does.
async fn serve_connection(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut buffer = Vec::with_capacity(8192);
    loop {
        let request = match read_request(&mut stream, &mut buffer).await {
            Ok(Some(request)) => request,
            Ok(None) => return,
            Err(_) => {
                let _ = stream.write_all(&response(400, &[], b"bad request", false)).await;
                return;
            }
        };
        shared.served.fetch_add(1, Ordering::SeqCst);
        let guard = InFlight::enter(&shared);
        lock(&shared.requests).push(request.recorded.clone());
        let r = &request.recorded;
        let keep_open = match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/v1/chat/completions") => {
                let behavior = shared.next_behavior(r);
                act(&mut stream, behavior, r, request.keep_alive, guard).await
            }
            ("GET", "/v1/models") => {
                let body =
                    json!({"object": "list", "data": [{"id": "mock", "object": "model", "owned_by": "automem"}]});
                drop(guard);
                write(&mut stream, &response(200, &[], body.to_string().as_bytes(), request.keep_alive)).await
            }
            _ => {
                drop(guard);
                let body = json!({"error": {"message": format!("no route {} {}", r.method, r.path)}});
                write(&mut stream, &response(404, &[], body.to_string().as_bytes(), request.keep_alive)).await
            }
        };
        if !keep_open || !request.keep_alive {
            return;
        }
    }
}

/// Carries out a behavior; the in-flight guard is dropped just before the answer starts, so a
/// client can never see its answer while the server still counts the request. Returns whether
/// the connection stays usable.
async fn act(
    stream: &mut TcpStream,
    mut next: Behavior,
    request: &RecordedRequest,
    keep_alive: bool,
    guard: InFlight<'_>,
) -> bool {
    let behavior = loop {
        next = match next {
            Behavior::Delay(delay, inner) => {
                tokio::time::sleep(delay).await;
                *inner
            }
            Behavior::Gate { in_flight, max_wait, then } => {
                let shared = guard.0;
                let _ = tokio::time::timeout(max_wait, async {
                    loop {
                        let entered = shared.entered.notified();
                        if shared.max_in_flight.load(Ordering::SeqCst) >= in_flight {
                            return;
                        }
                        entered.await;
                    }
                })
                .await;
                *then
            }
            other => break other,
        };
    };
    let model = request.body_json["model"].as_str().unwrap_or("mock");
    let ok = |body: Value| response(200, &[], body.to_string().as_bytes(), keep_alive);
    let bytes = match behavior {
        Behavior::Reply { text, prompt_tokens, completion_tokens } => {
            ok(completion(model, json!(text), None, "stop", Some((prompt_tokens, completion_tokens))))
        }
        Behavior::Truncated(text) => ok(completion(model, json!(text), None, "length", Some((10, 1)))),
        Behavior::Empty => ok(completion(model, json!(""), None, "stop", Some((10, 0)))),
        Behavior::ToolCalls(calls) => {
            let calls: Vec<Value> = calls
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let id = c.id.clone().unwrap_or_else(|| format!("call_{i}"));
                    json!({"id": id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}})
                })
                .collect();
            ok(completion(model, Value::Null, Some(calls), "tool_calls", Some((10, 5))))
        }
        Behavior::Status { code, retry_after, body } => {
            let headers: Vec<(&str, &str)> = retry_after.as_deref().map(|v| ("Retry-After", v)).into_iter().collect();
            response(code, &headers, body.as_bytes(), keep_alive)
        }
        Behavior::Raw { status, body } => response(status, &[], body.as_bytes(), keep_alive),
        Behavior::MalformedJson => response(200, &[], br#"{"choices": [{"message": {"content": "cut"#, keep_alive),
        Behavior::DropConnection => {
            drop(guard);
            return false;
        }
        Behavior::CutBody => {
            let full = ok(completion(model, json!("this answer will not arrive whole"), None, "stop", Some((10, 7))));
            drop(guard);
            let _ = stream.write_all(&full[..full.len() - 20]).await;
            let _ = stream.flush().await;
            return false;
        }
        Behavior::Huge(size) => {
            drop(guard);
            return send_huge(stream, size).await;
        }
        Behavior::Delay(..) | Behavior::Gate { .. } => return false,
    };
    drop(guard);
    write(stream, &bytes).await
}

/// Streams a chunked 200 body of `size` bytes; false (close) when done or when the client hangs up.
async fn send_huge(stream: &mut TcpStream, size: usize) -> bool {
    let head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    if stream.write_all(head.as_bytes()).await.is_err() {
        return false;
    }
    let prefix = br#"{"choices":[{"message":{"role":"assistant","content":""#;
    let block = vec![b'a'; 64 << 10];
    let mut sent = 0usize;
    let mut first = true;
    while sent < size {
        let data: &[u8] = if first { prefix } else { &block[..block.len().min(size - sent)] };
        first = false;
        let chunk = [format!("{:x}\r\n", data.len()).as_bytes(), data, b"\r\n"].concat();
        if stream.write_all(&chunk).await.is_err() {
            return false;
        }
        sent += data.len();
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    false
}

/// A chat-completion body.
fn completion(
    model: &str,
    content: Value,
    tool_calls: Option<Vec<Value>>,
    finish: &str,
    usage: Option<(u32, u32)>,
) -> Value {
    let mut message = json!({"role": "assistant", "content": content});
    if let Some(calls) = tool_calls {
        message["tool_calls"] = Value::Array(calls);
    }
    let mut body = json!({
        "id": "chatcmpl-mock",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    });
    if let Some((prompt, completion)) = usage {
        body["usage"] =
            json!({"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion});
    }
    body
}

/// A full HTTP/1.1 response with `Content-Length`.
fn response(status: u16, headers: &[(&str, &str)], body: &[u8], keep_alive: bool) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: {}\r\n",
        reason(status),
        body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Writes a whole response; false when the client is gone.
async fn write(stream: &mut TcpStream, bytes: &[u8]) -> bool {
    stream.write_all(bytes).await.is_ok()
}

/// The reason phrase of common statuses.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// Reads one request (head and `Content-Length` body); `None` when the client closed cleanly between requests.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> io::Result<Option<Request>> {
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_string());
    let mut chunk = [0u8; 16 << 10];
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buffer.len() > MAX_HEAD {
            return Err(bad("request head too large"));
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return if buffer.is_empty() { Ok(None) } else { Err(io::ErrorKind::UnexpectedEof.into()) };
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buffer[..head_end]).map_err(|_| bad("head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let mut start = lines.next().unwrap_or("").split(' ');
    let (method, path) = (start.next().unwrap_or("").to_string(), start.next().unwrap_or("").to_string());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let find = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    if find("transfer-encoding").is_some() {
        return Err(bad("chunked request bodies are not supported"));
    }
    let length: usize = find("content-length").map_or(Ok(0), |v| v.parse()).map_err(|_| bad("bad content-length"))?;
    if length > MAX_BODY {
        return Err(bad("request body too large"));
    }
    let keep_alive = !find("connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
    let total = head_end + 4 + length;
    while buffer.len() < total {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body_json = serde_json::from_slice(&buffer[head_end + 4..total]).unwrap_or(Value::Null);
    buffer.drain(..total);
    Ok(Some(Request { recorded: RecordedRequest { method, path, headers, body_json }, keep_alive }))
}
