//! The HTTP side: a JSON API over the run folders and the front end, whose files are inside the
//! binary. Runs are named by opaque ids and episodes by seed, so no path from the browser is
//! opened; a request whose `Host` is not this loopback server is refused (a web page elsewhere
//! cannot read runs through DNS rebinding).
use crate::catalog::{self, RunDetail, RunRef};
use crate::episode::Episode;
use axum::Router;
use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Episodes kept indexed at once (the least recently used one is dropped first).
const MAX_OPEN_EPISODES: usize = 16;
/// Most writes listed in an episode's overview.
const MAX_OVERVIEW_WRITES: usize = 5_000;

/// An indexed episode: its run folder, its seed, its indexes.
type OpenEpisode = (PathBuf, u64, Arc<Mutex<Episode>>);

/// The viewer: the folders it serves and the episodes it has indexed.
pub struct View {
    roots: Vec<PathBuf>,
    runs: Mutex<HashMap<String, RunRef>>,
    episodes: Mutex<Vec<OpenEpisode>>,
    /// `Host` header values accepted (none: any, when bound to a non-loopback address).
    hosts: Mutex<Option<Vec<String>>>,
}

/// An error as the API returns it: a status and a sentence.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(serde_json::json!({ "error": self.1 }))).into_response()
    }
}

fn not_found(what: String) -> ApiError {
    ApiError(StatusCode::NOT_FOUND, what)
}

fn internal(e: anyhow::Error) -> ApiError {
    ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
}

impl View {
    /// A viewer of the run folders under `dirs`: each must be a folder; they are canonicalised.
    pub fn new(dirs: &[PathBuf]) -> anyhow::Result<View> {
        anyhow::ensure!(!dirs.is_empty(), "name at least one folder of runs to view (e.g. automem view runs/)");
        let mut roots = Vec::new();
        for dir in dirs {
            let canonical = std::fs::canonicalize(dir).map_err(|e| {
                anyhow::anyhow!("cannot open {}: {e}; name a folder that holds run folders", dir.display())
            })?;
            anyhow::ensure!(
                canonical.is_dir(),
                "{} is not a folder; name a folder that holds run folders",
                dir.display()
            );
            roots.push(canonical);
        }
        Ok(View { roots, runs: Mutex::default(), episodes: Mutex::default(), hosts: Mutex::new(None) })
    }

    /// Accept only requests whose `Host` is this address under a loopback name.
    pub fn accept_hosts_for(&self, addr: std::net::SocketAddr) {
        let port = addr.port();
        let hosts = if addr.ip().is_loopback() {
            Some(vec![
                format!("127.0.0.1:{port}"),
                format!("localhost:{port}"),
                format!("[::1]:{port}"),
                addr.to_string(),
            ])
        } else {
            None
        };
        *self.hosts.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = hosts;
    }

    /// Every run under the folders, found again now (a run being written appears).
    pub fn discover(&self) -> Vec<RunRef> {
        let runs = catalog::discover(&self.roots);
        let mut known = self.runs.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for run in &runs {
            known.insert(run.id.clone(), run.clone());
        }
        runs
    }

    /// The run with this id.
    pub fn run(&self, id: &str) -> Result<RunRef, ApiError> {
        let known = |v: &View| v.runs.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(id).cloned();
        if let Some(run) = known(self) {
            return Ok(run);
        }
        self.discover();
        known(self).ok_or_else(|| not_found(format!("no run with id {id} under the folders being viewed")))
    }

    /// The episode `seed` of `run`, indexed up to now.
    pub fn episode(&self, run: &RunRef, seed: u64) -> Result<Arc<Mutex<Episode>>, ApiError> {
        let has_files = automem_runfile::layout::existing_trace(&run.dir, seed).is_some()
            || automem_runfile::layout::episode_record_path(&run.dir, seed).exists()
            || automem_runfile::layout::journal_path(&run.dir, seed).exists();
        if !has_files {
            return Err(not_found(format!("run {} has no episode {seed}", run.label)));
        }
        let episode = {
            let mut open = self.episodes.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            match open.iter().position(|(d, s, _)| *d == run.dir && *s == seed) {
                Some(i) => {
                    let entry = open.remove(i);
                    let episode = entry.2.clone();
                    open.push(entry);
                    episode
                }
                None => {
                    if open.len() >= MAX_OPEN_EPISODES {
                        open.remove(0);
                    }
                    let episode = Arc::new(Mutex::new(Episode::new(&run.dir, seed)));
                    open.push((run.dir.clone(), seed, episode.clone()));
                    episode
                }
            }
        };
        episode.lock().unwrap_or_else(std::sync::PoisonError::into_inner).refresh().map_err(internal)?;
        Ok(episode)
    }
}

/// Run blocking work (file reads, indexing) off the async threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("the request's work failed: {e}")))?
}

fn json_bytes(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], bytes).into_response()
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Response, ApiError> {
    serde_json::to_vec(value).map(json_bytes).map_err(|e| internal(e.into()))
}

async fn api_runs(State(view): State<Arc<View>>) -> Result<Response, ApiError> {
    blocking(move || {
        let details: Vec<RunDetail> = view.discover().iter().map(catalog::detail).collect();
        to_json(&details)
    })
    .await
}

async fn api_run(State(view): State<Arc<View>>, UrlPath(id): UrlPath<String>) -> Result<Response, ApiError> {
    blocking(move || to_json(&catalog::detail(&view.run(&id)?))).await
}

/// Run `f` on episode `seed` of run `id`, indexed up to now and held for the call.
fn with_episode<T>(
    view: &View,
    id: &str,
    seed: u64,
    f: impl FnOnce(&RunRef, &Episode) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let run = view.run(id)?;
    let episode = view.episode(&run, seed)?;
    let episode = episode.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    f(&run, &episode)
}

async fn api_episode(
    State(view): State<Arc<View>>,
    UrlPath((id, seed)): UrlPath<(String, u64)>,
) -> Result<Response, ApiError> {
    blocking(move || {
        with_episode(&view, &id, seed, |run, episode| {
            let mut overview =
                serde_json::to_value(episode.overview(MAX_OVERVIEW_WRITES)).map_err(|e| internal(e.into()))?;
            overview["run"] = serde_json::json!({ "id": run.id, "label": run.label, "path": run.path });
            to_json(&overview)
        })
    })
    .await
}

async fn api_step(
    State(view): State<Arc<View>>,
    UrlPath((id, seed, n)): UrlPath<(String, u64, usize)>,
) -> Result<Response, ApiError> {
    blocking(move || {
        with_episode(&view, &id, seed, |_, episode| {
            if n >= episode.len() {
                return Err(not_found(format!(
                    "episode {seed} has {} step(s) so far; there is no step {n}",
                    episode.len()
                )));
            }
            to_json(&episode.step(n).map_err(internal)?)
        })
    })
    .await
}

async fn export(
    State(view): State<Arc<View>>,
    UrlPath((id, seed)): UrlPath<(String, u64)>,
) -> Result<Response, ApiError> {
    blocking(move || {
        with_episode(&view, &id, seed, |run, episode| {
            let html = crate::export::episode_html(episode, run).map_err(internal)?;
            Ok(attachment(&format!("automem-episode-{seed}.html"), html))
        })
    })
    .await
}

async fn export_compare(
    State(view): State<Arc<View>>,
    UrlPath((a, b)): UrlPath<(String, String)>,
) -> Result<Response, ApiError> {
    blocking(move || {
        let (a, b) = (catalog::detail(&view.run(&a)?), catalog::detail(&view.run(&b)?));
        let html = crate::export::compare_html(&a, &b).map_err(internal)?;
        Ok(attachment("automem-compare.html", html))
    })
    .await
}

/// An HTML file to save, named `name`.
fn attachment(name: &str, html: String) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        html,
    )
        .into_response()
}

/// The front end's Content-Security-Policy: its own scripts and styles only, no inline script.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                   base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], body).into_response()
}

async fn guard(State(view): State<Arc<View>>, headers: HeaderMap, request: Request, next: Next) -> Response {
    let allowed = view.hosts.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    if let Some(allowed) = allowed {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        if !allowed.iter().any(|a| a.eq_ignore_ascii_case(host)) {
            return ApiError(
                StatusCode::FORBIDDEN,
                format!("this viewer answers only requests to {}; open that address", allowed[0]),
            )
            .into_response();
        }
    }
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// The viewer's routes.
pub fn router(view: Arc<View>) -> Router {
    use crate::assets;
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", assets::INDEX_HTML) }))
        .route("/app.js", get(|| async { asset("text/javascript; charset=utf-8", assets::APP_JS) }))
        .route("/draw.js", get(|| async { asset("text/javascript; charset=utf-8", assets::DRAW_JS) }))
        .route("/style.css", get(|| async { asset("text/css; charset=utf-8", assets::STYLE_CSS) }))
        .route("/api/runs", get(api_runs))
        .route("/api/runs/{id}", get(api_run))
        .route("/api/runs/{id}/episodes/{seed}", get(api_episode))
        .route("/api/runs/{id}/episodes/{seed}/steps/{n}", get(api_step))
        .route("/api/runs/{id}/episodes/{seed}/export.html", get(export))
        .route("/api/compare/{a}/{b}/export.html", get(export_compare))
        .layer(axum::middleware::from_fn_with_state(view.clone(), guard))
        .with_state(view)
}

/// Serve `view` on `listener` until the process ends.
pub async fn serve(view: Arc<View>, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    let addr = listener.local_addr()?;
    view.accept_hosts_for(addr);
    axum::serve(listener, router(view)).await?;
    Ok(())
}

/// `automem view DIR... --addr ADDR`: bind, print the URL, serve until Ctrl-C.
pub fn run_blocking(dirs: &[PathBuf], addr: &str) -> anyhow::Result<()> {
    let view = Arc::new(View::new(dirs)?);
    let tokio = tokio::runtime::Builder::new_multi_thread().enable_all().worker_threads(2).build()?;
    tokio.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}; pick another --addr"))?;
        let local = listener.local_addr()?;
        if !local.ip().is_loopback() {
            eprintln!("warning: {local} is not a loopback address: anyone who can reach it can read these runs");
        }
        let runs = view.discover().len();
        println!("automem view: {runs} run(s) under {}; open http://{local}/ (Ctrl-C to stop)", dirs_line(&view.roots));
        tokio::select! {
            served = serve(view, listener) => served,
            _ = tokio::signal::ctrl_c() => Ok(()),
        }
    })
}

fn dirs_line(roots: &[PathBuf]) -> String {
    roots.iter().map(|r| r.display().to_string()).collect::<Vec<_>>().join(", ")
}
