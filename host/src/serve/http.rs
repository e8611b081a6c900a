//! The server's HTTP/1 connections, driven with hyper directly: a header read timeout (which
//! also ends idle keep-alive connections), a deadline for each request body, a limit on open
//! connections, and a shutdown that closes idle connections at once and busy ones after a grace.
use super::api::{ApiError, kind_for};
use axum::Router;
use axum::body::{Body, Bytes, HttpBody};
use axum::http::{HeaderValue, Request, Response, header};
use http_body::{Frame, SizeHint};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

/// Limits of the HTTP layer.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// A request's headers (and, between requests, the next request's first bytes) must arrive
    /// within this; otherwise the connection is closed.
    pub header_timeout: Duration,
    /// A request's whole body must arrive within this from its headers.
    pub body_timeout: Duration,
    /// Most connections open at once; further clients wait in the listen queue.
    pub max_connections: usize,
    /// On shutdown, how long a connection with a request in flight may take to finish it.
    pub shutdown_grace: Duration,
}

impl Default for HttpLimits {
    /// 10 s for headers, 120 s for a body, 4,096 connections, 10 s of shutdown grace.
    fn default() -> Self {
        HttpLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(120),
            max_connections: 4096,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Raise this process's soft limit on open files to its hard limit (a server needs one per
/// connection); returns the limit now in force.
pub fn raise_fd_limit() -> u64 {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit only read and write the struct we pass.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit { rlim_cur: limit.rlim_max, rlim_max: limit.rlim_max };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur
}

/// Accept connections on `listener` and serve `app` on each until `shutdown` resolves; then stop
/// accepting, close idle connections, give busy ones `shutdown_grace`, and return.
pub async fn serve_connections(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: HttpLimits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let (closing_tx, closing) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        while connections.try_join_next().is_some() {}
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of descriptors or a connection reset before accept: wait a moment.
                    tracing::warn!("accept: {e}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let (app, limits, closing) = (app.clone(), limits.clone(), closing.clone());
        connections.spawn(async move {
            let _permit = permit;
            serve_one(stream, app, limits, closing).await;
        });
    }
    drop(listener);
    let _ = closing_tx.send(true);
    let grace = limits.shutdown_grace + Duration::from_secs(1);
    if tokio::time::timeout(grace, async { while connections.join_next().await.is_some() {} }).await.is_err() {
        connections.abort_all();
    }
}

/// One connection: HTTP/1 with the header timeout; each request's body gets its deadline and its
/// response body counts as in flight until it is sent.
async fn serve_one(
    stream: tokio::net::TcpStream,
    app: Router,
    limits: HttpLimits,
    mut closing: tokio::sync::watch::Receiver<bool>,
) {
    let busy = Arc::new(AtomicUsize::new(0));
    let service = {
        let busy = busy.clone();
        let body_timeout = limits.body_timeout;
        hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
            let mut app = app.clone();
            let guard = InFlight::new(busy.clone());
            async move {
                let read = Arc::new(AtomicBool::new(request.body().is_end_stream()));
                let request = request.map(|b| Body::new(DeadlineBody::new(b, body_timeout, read.clone())));
                let mut response = match tower_service::Service::call(&mut app, request).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                };
                if !read.load(Ordering::Acquire) {
                    // Answered before its body was read (refused early): the rest of the body is
                    // still on the wire, so this connection cannot carry another request. Say so,
                    // or a pooling client reuses it and loses its next request.
                    response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
                }
                Ok::<_, Infallible>(response.map(|b| Body::new(Guarded { inner: b, _guard: guard })))
            }
        })
    };
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(limits.header_timeout).keep_alive(true);
    let connection = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
    let mut connection = std::pin::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => return,
        _ = closing.wait_for(|c| *c) => {}
    }
    connection.as_mut().graceful_shutdown();
    if busy.load(Ordering::Acquire) == 0 {
        // Idle (keep-alive, or a client that never finished its headers): close now.
        return;
    }
    let _ = tokio::time::timeout(limits.shutdown_grace, connection).await;
}

/// Counts a request as in flight on its connection while alive.
struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn new(count: Arc<AtomicUsize>) -> InFlight {
        count.fetch_add(1, Ordering::AcqRel);
        InFlight(count)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A response body that keeps its request in flight until it is sent or dropped.
struct Guarded {
    inner: Body,
    _guard: InFlight,
}

impl HttpBody for Guarded {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The message a request body that missed its deadline fails with.
pub const BODY_TIMEOUT: &str = "the request body did not arrive in time";

/// A request body that fails once its deadline has passed, and records when it was read to
/// its end.
struct DeadlineBody {
    inner: hyper::body::Incoming,
    deadline: Pin<Box<tokio::time::Sleep>>,
    read: Arc<AtomicBool>,
}

impl DeadlineBody {
    fn new(inner: hyper::body::Incoming, timeout: Duration, read: Arc<AtomicBool>) -> DeadlineBody {
        DeadlineBody { inner, deadline: Box::pin(tokio::time::sleep(timeout)), read }
    }
}

impl HttpBody for DeadlineBody {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::BoxError>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.inner).poll_frame(cx) {
            if frame.is_none() || self.inner.is_end_stream() {
                self.read.store(true, Ordering::Release);
            }
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        if self.deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(BODY_TIMEOUT.into())));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Middleware: every error answer is `{"error": {"kind", "message"}}`, also axum's own
/// rejections (bad JSON, wrong content type, body too large), unknown routes and methods.
pub async fn json_errors(mut response: Response<Body>) -> Response<Body> {
    let status = response.status();
    if status == axum::http::StatusCode::UNAUTHORIZED && !response.headers().contains_key(header::WWW_AUTHENTICATE) {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    let is_json =
        response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&text).trim().to_string();
    let mut error = ApiError {
        status,
        kind: kind_for(status),
        message: if text.is_empty() { format!("{status}; the routes are in GET /openapi.json") } else { text.clone() },
    };
    if text.contains(BODY_TIMEOUT) {
        error.status = axum::http::StatusCode::REQUEST_TIMEOUT;
        error.kind = "timeout";
        error.message = format!("{BODY_TIMEOUT}; send the whole body within the server's body timeout");
    }
    let mut answer = axum::response::IntoResponse::into_response(error);
    for name in [header::ALLOW, header::WWW_AUTHENTICATE, header::RETRY_AFTER] {
        if let Some(value) = parts.headers.get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// Largest JSON body a route takes.
pub const MAX_JSON_BODY: usize = 2 << 20;

/// Middleware: a body declared larger than its route takes is refused (413) before any of it is
/// read (uploads have their own, larger cap).
pub async fn declared_length(request: Request<Body>, next: axum::middleware::Next) -> Response<Body> {
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let upload = request.uri().path().ends_with("/versions");
    match declared {
        Some(n) if !upload && n > MAX_JSON_BODY as u64 => axum::response::IntoResponse::into_response(
            ApiError::too_large(format!("the body is {n} bytes; this route takes at most {MAX_JSON_BODY}")),
        ),
        _ => next.run(request).await,
    }
}
