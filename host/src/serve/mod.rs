//! `automem serve`: the environment as an HTTP service for RL trainers, with a schema registry
//! whose new versions are validated in the background and swapped in without a restart.
//!
//! The trainer's model writes the replies: a session hands out each model turn (the prompt
//! messages and which model must answer) and takes the reply, until the episode's result. The
//! episode is played by the same engine as `automem run` (`runner::play_with`), so a session's
//! trace equals `run`'s for the same seed and replies. Sessions and groups keep the schema
//! version they started with; "latest" moves only after a new version compiled, passed the world
//! check and played a short smoke episode.
pub mod admin;
pub mod api;
pub mod http;
pub mod metrics;
pub mod session;
pub mod stream;
pub mod validate;
pub mod watch;

use crate::error::PluginError;
use crate::game::GamePlugin;
use crate::policy::PolicySource;
use crate::registry::{Registry, Status};
use crate::runner::Setup;
pub use admin::AdminAuth;
use api::{ApiError, CreateSession, ReplyBody, SchemaRef, SessionState};
use automem_memory::Memory;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
pub use http::HttpLimits;
use metrics::Metrics;
use session::Session;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
pub use validate::{Validation, smoke_test};
pub use watch::{Seen, scan_watch_dir};

/// Largest schema component an upload may carry (the default of `ServeConfig::max_upload_bytes`).
pub const MAX_UPLOAD_BYTES: usize = 64 << 20;
/// Uploads received at once; more get 429 (each is spooled to disk until validated).
const UPLOAD_SLOTS: usize = 4;
/// Most steps a session may ask for.
pub const MAX_STEPS: u32 = 1_000_000;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Most sessions whose episode is not over; more get 429.
    pub max_sessions: usize,
    /// A session nobody touched for this long is closed.
    pub idle_timeout: Duration,
    /// Where sessions' traces, records and memory go (`DIR/sessions/<id>/`).
    pub data_dir: PathBuf,
    /// A folder watched for new schema components (`<name>[@anything].wasm`).
    pub watch_dir: Option<PathBuf>,
    /// Steps of each validation episode a new version must play.
    pub smoke_steps: u32,
    /// The seeds and time budget of validation.
    pub validation: Validation,
    /// Who may upload and promote versions over HTTP.
    pub admin: AdminAuth,
    /// Timeouts and the connection limit.
    pub http: HttpLimits,
    /// Largest component an upload or a watched file may be.
    pub max_upload_bytes: u64,
    /// Put before every session and group id (`--instance-id NAME` makes it `NAME-`), so ids
    /// are unique across replicas and say which one holds them.
    pub id_prefix: String,
}

impl ServeConfig {
    /// The defaults, with `data_dir` (admin over HTTP disabled until a token is set).
    pub fn new(data_dir: PathBuf) -> ServeConfig {
        ServeConfig {
            max_sessions: 1024,
            idle_timeout: Duration::from_secs(600),
            data_dir,
            watch_dir: None,
            smoke_steps: 5,
            validation: Validation::default(),
            admin: AdminAuth::Disabled,
            http: HttpLimits::default(),
            max_upload_bytes: MAX_UPLOAD_BYTES as u64,
            id_prefix: String::new(),
        }
    }
}

/// Everything the handlers share.
pub struct AppState {
    config: ServeConfig,
    games: BTreeMap<String, GamePlugin>,
    registry: Arc<Registry>,
    sessions: Mutex<HashMap<String, Arc<Session>>>,
    /// Places held by sessions being started (see `reserve`).
    starting: Mutex<usize>,
    next_id: AtomicU64,
    metrics: Metrics,
    /// `GET /v1/games`'s answer: the games are fixed at start, so it is computed once.
    games_listing: std::sync::OnceLock<serde_json::Value>,
    /// `GET /v1/schemas`'s answer and the registry generation it was built at.
    schemas_listing: Mutex<Option<(u64, Bytes)>>,
    /// Held while a version is read and validated: one upload's bytes in memory at a time.
    validating: Mutex<()>,
    /// Uploads being received.
    uploads: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    /// A server over these games and registry.
    pub fn new(config: ServeConfig, games: Vec<GamePlugin>, registry: Arc<Registry>) -> Arc<AppState> {
        let config_dir = config.data_dir.join("sessions");
        let first_id = first_free_id(&config_dir, &config.id_prefix);
        Arc::new(AppState {
            config,
            games: games.into_iter().map(|g| (g.name().to_string(), g)).collect(),
            registry,
            sessions: Mutex::new(HashMap::new()),
            starting: Mutex::new(0),
            next_id: AtomicU64::new(first_id),
            metrics: Metrics::default(),
            games_listing: std::sync::OnceLock::new(),
            schemas_listing: Mutex::new(None),
            validating: Mutex::new(()),
            uploads: Arc::new(tokio::sync::Semaphore::new(UPLOAD_SLOTS)),
        })
    }

    fn active(&self) -> usize {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner()).values().filter(|s| !s.is_over()).count()
    }

    fn session(&self, id: &str) -> Result<Arc<Session>, ApiError> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner()).get(id).cloned().ok_or_else(|| {
            ApiError::not_found(format!("no session `{id}` (ended sessions are forgotten after four idle timeouts)"))
        })
    }

    /// Close sessions idle for longer than the timeout; forget those over for four times as
    /// long (their files stay on disk).
    pub fn reap(&self) {
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        let idle = self.config.idle_timeout;
        sessions.retain(|_, s| {
            if !s.is_over() && s.idle_for() >= idle {
                s.close();
                self.metrics.error("idle-timeout");
            }
            !s.is_over() || s.idle_for() < idle.saturating_mul(4)
        });
    }

    /// Close every session (shutdown).
    pub fn close_all(&self) {
        for session in self.sessions.lock().unwrap_or_else(|e| e.into_inner()).values() {
            session.close();
        }
    }

    /// Validate `bytes` as a new version of `name` and, if it passes, make it latest. Returns
    /// the version as it ended (published or refused).
    pub fn publish(&self, name: &str, bytes: &[u8]) -> Result<crate::registry::VersionMeta, ApiError> {
        let _one = self.validating.lock().unwrap_or_else(|e| e.into_inner());
        self.publish_locked(name, bytes)
    }

    /// [`AppState::publish`] of an upload spooled to `path`, read only once its turn to be
    /// validated comes.
    pub fn publish_file(&self, name: &str, path: &std::path::Path) -> Result<crate::registry::VersionMeta, ApiError> {
        let _one = self.validating.lock().unwrap_or_else(|e| e.into_inner());
        let bytes = std::fs::read(path).map_err(|e| ApiError::internal(format!("reading the upload back: {e}")))?;
        self.publish_locked(name, &bytes)
    }

    fn publish_locked(&self, name: &str, bytes: &[u8]) -> Result<crate::registry::VersionMeta, ApiError> {
        let start = Instant::now();
        let seeds = self.config.validation.draw();
        let smoke = |plugin: &crate::schema::SchemaPlugin| {
            let (declared, version) = validate::validate_episodes(
                plugin,
                &self.games,
                self.config.smoke_steps,
                &seeds,
                self.config.validation.budget,
            )?;
            anyhow::ensure!(
                declared == name,
                "the component says it is schema `{declared}`, not `{name}`; upload it under its own name"
            );
            Ok(version)
        };
        let meta = self.registry.validate_and_publish(name, bytes, &smoke)?;
        if meta.status == Status::Published {
            self.metrics.swapped(start.elapsed().as_secs_f64());
            tracing::info!(schema = name, hash = %meta.hash, "published as latest in {:?}", start.elapsed());
        } else {
            self.metrics.error("upload-refused");
            tracing::warn!(schema = name, seeds = ?seeds, reason = ?meta.reason, "upload refused");
        }
        Ok(meta)
    }
}

/// The first session/group number not used by an earlier run in `sessions` (ids stay unique
/// across restarts, so no session's files are ever overwritten).
fn first_free_id(sessions: &std::path::Path, prefix: &str) -> u64 {
    let used = std::fs::read_dir(sessions).into_iter().flatten().flatten().filter_map(|e| {
        let name = e.file_name();
        name.to_str()?.strip_prefix(prefix)?.strip_prefix("s-")?.parse::<u64>().ok()
    });
    used.max().map_or(1, |n| n.saturating_add(1))
}

/// The API's routes.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(|| async { Json(serde_json::json!({"status": "ok"})) }))
        .route("/openapi.json", get(openapi))
        .route("/metrics", get(metrics_text))
        .route("/v1/games", get(list_games))
        .route("/v1/schemas", get(list_schemas))
        .route("/v1/schemas/{name}/versions", post(upload_schema))
        .route("/v1/schemas/{name}/versions/{hash}", get(get_version))
        .route("/v1/schemas/{name}/latest", post(set_latest))
        .route("/v1/sessions", post(create_session))
        .route("/v1/groups", post(create_group))
        .route("/v1/sessions/{id}", get(get_session).delete(close_session))
        .route("/v1/sessions/{id}/reply", post(reply))
        .route("/v1/sessions/{id}/trace", get(trace))
        .fallback(|| async { ApiError::not_found("no such route; the routes are in GET /openapi.json") })
        .method_not_allowed_fallback(|| async {
            ApiError {
                status: StatusCode::METHOD_NOT_ALLOWED,
                kind: "method-not-allowed",
                message: "this route does not take that method; see GET /openapi.json".into(),
            }
        })
        .layer(axum::extract::DefaultBodyLimit::max(http::MAX_JSON_BODY))
        .layer(axum::middleware::from_fn(http::declared_length))
        .layer(axum::middleware::map_response(http::json_errors))
        .with_state(state)
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("openapi.json"))
}

async fn metrics_text(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.metrics.render(state.active()))
}

async fn list_games(State(state): State<Arc<AppState>>) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(games_listing(&state)?.clone()))
}

/// Every game with its actions and tasks, computed once.
fn games_listing(state: &AppState) -> Result<&serde_json::Value, ApiError> {
    if let Some(listing) = state.games_listing.get() {
        return Ok(listing);
    }
    let mut games = Vec::new();
    for game in state.games.values() {
        let failed = |e: PluginError| ApiError::internal(format!("game `{}`: {e}", game.name()));
        let mut instance = game.instantiate(0).map_err(failed)?;
        let info = instance.info().map_err(failed)?;
        // Each task's own actions and limits (a MiniHack maze has eight moves, a quest thirty).
        let mut per_task = serde_json::Map::new();
        for task in &info.tasks {
            let t = instance.task_info(task).map_err(failed)?;
            per_task.insert(
                task.clone(),
                serde_json::json!({
                    "actions": t.actions, "default_action": t.default_action, "max_steps": t.max_steps,
                }),
            );
        }
        games.push(serde_json::json!({
            "name": game.name(), "hash": game.hash(), "actions": info.actions,
            "default_action": info.default_action, "tasks": info.tasks, "task_info": per_task,
        }));
    }
    let _ = state.games_listing.set(serde_json::json!({ "games": games }));
    state.games_listing.get().ok_or_else(|| ApiError::internal("the games listing"))
}

/// `GET /v1/schemas`, rebuilt only when the registry changed since it was last built.
async fn list_schemas(State(state): State<Arc<AppState>>) -> Result<impl IntoResponse, ApiError> {
    let generation = state.registry.generation();
    let cached = state.schemas_listing.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let body = match cached {
        Some((g, body)) if g == generation => body,
        _ => {
            let schemas: Vec<serde_json::Value> = state
                .registry
                .list()
                .into_iter()
                .map(|(name, latest, versions)| serde_json::json!({"name": name, "latest": latest, "versions": versions}))
                .collect();
            let body = Bytes::from(
                serde_json::to_vec(&serde_json::json!({ "schemas": schemas }))
                    .map_err(|e| ApiError::internal(format!("the schema listing: {e}")))?,
            );
            *state.schemas_listing.lock().unwrap_or_else(|e| e.into_inner()) = Some((generation, body.clone()));
            body
        }
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body))
}

/// Query of an upload.
#[derive(Debug, serde::Deserialize)]
struct UploadQuery {
    parent: Option<String>,
    created_by: Option<String>,
    description: Option<String>,
    #[serde(default)]
    wait: bool,
}

async fn upload_schema(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<impl IntoResponse, ApiError> {
    state.config.admin.check(&headers)?;
    crate::registry::check_name(&name)?;
    let cap = state.config.max_upload_bytes;
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cap) {
        return Err(ApiError::too_large(format!("the component is over the upload limit of {cap} bytes")));
    }
    let slot = state.uploads.clone().try_acquire_owned().map_err(|_| ApiError {
        status: StatusCode::TOO_MANY_REQUESTS,
        kind: "too-many-uploads",
        message: format!("{UPLOAD_SLOTS} uploads are being received already; retry when one is done"),
    })?;
    let spooled = stream::spool(body, &state.config.data_dir.join("uploads"), cap).await?;
    let meta = state.registry.submit_hash(&name, &spooled.hash, q.parent, q.created_by, q.description)?;
    if meta.status != Status::Validating {
        return Ok((StatusCode::OK, Json(serde_json::json!({ "version": meta }))));
    }
    let work = {
        let state = state.clone();
        // The slot and the spooled file are held until validation is done.
        tokio::task::spawn_blocking(move || {
            let published = state.publish_file(&name, spooled.file.path());
            drop((spooled, slot));
            published
        })
    };
    if !q.wait {
        return Ok((StatusCode::ACCEPTED, Json(serde_json::json!({ "version": meta }))));
    }
    let meta = work.await.map_err(|e| ApiError::internal(format!("validation task: {e}")))??;
    if meta.status == Status::Refused {
        return Err(ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            kind: "refused",
            message: meta.reason.unwrap_or_default(),
        });
    }
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "version": meta }))))
}

async fn get_version(
    State(state): State<Arc<AppState>>,
    Path((name, hash)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(serde_json::json!({ "version": state.registry.version(&name, &hash)? })))
}

#[derive(Debug, serde::Deserialize)]
struct LatestBody {
    hash: String,
}

async fn set_latest(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
    headers: HeaderMap,
    Json(body): Json<LatestBody>,
) -> Result<Json<serde_json::Value>, ApiError> {
    state.config.admin.check(&headers)?;
    let meta = state.registry.set_latest(&name, &body.hash)?;
    Ok(Json(serde_json::json!({ "name": name, "latest": meta.hash })))
}

/// Check a create request and pin its schema version.
fn prepare(state: &AppState, req: &CreateSession) -> Result<(Setup, SchemaRef, bool), ApiError> {
    let game = state.games.get(&req.game).ok_or_else(|| {
        ApiError::bad_request(format!(
            "no game `{}`; this server has: {}",
            req.game,
            state.games.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    })?;
    let two_model = match req.mode.as_str() {
        "single" => false,
        "two-model" => true,
        other => return Err(ApiError::bad_request(format!("mode `{other}`: use `single` or `two-model`"))),
    };
    if let Some(n) = req.max_steps
        && (n == 0 || n > MAX_STEPS)
    {
        return Err(ApiError::bad_request(format!("max_steps is {n}; give 1 to {MAX_STEPS}")));
    }
    let tasks: Vec<String> = games_listing(state)?["games"]
        .as_array()
        .and_then(|games| games.iter().find(|g| g["name"] == req.game.as_str()))
        .and_then(|g| g["tasks"].as_array())
        .map(|t| t.iter().filter_map(|t| t.as_str().map(String::from)).collect())
        .unwrap_or_default();
    if !req.task.is_empty() && !tasks.contains(&req.task) {
        return Err(ApiError::bad_request(format!(
            "game `{}` has no task `{}`; its tasks: {} (or \"\" for the default)",
            req.game,
            req.task.escape_debug().take(64).collect::<String>(),
            tasks.join(", ")
        )));
    }
    let (meta, schema) = state.registry.resolve(&req.schema)?;
    check_settings(&schema, &req.schema_settings)?;
    // The game checks its own settings: a throwaway reset, before any session exists.
    let settings: Vec<(String, String)> = req.game_settings.clone().into_iter().collect();
    let (task, max_steps) = game
        .task_options(&req.task, req.max_steps, settings)
        .map_err(|e| ApiError::bad_request(format!("game `{}` refused these options: {}", req.game, e.message)))?;
    let setup = Setup {
        gameplay: two_model.then(|| PolicySource::Remote("client".into())),
        schema_settings: req.schema_settings.clone().into_iter().collect(),
        task,
        max_steps: max_steps.min(MAX_STEPS),
        ..Setup::new(game.clone(), Some(schema), PolicySource::Remote("client".into()), max_steps)
    };
    Ok((setup, SchemaRef { name: meta.name, hash: meta.hash }, two_model))
}

/// Settings must name the schema's tunables, with one of their choices when they list some.
fn check_settings(schema: &crate::schema::SchemaPlugin, settings: &BTreeMap<String, String>) -> Result<(), ApiError> {
    if settings.is_empty() {
        return Ok(());
    }
    let info = schema
        .instantiate(0, Memory::default())
        .and_then(|mut s| s.describe())
        .map_err(|e| ApiError::internal(format!("describing the schema: {e}")))?;
    for (key, value) in settings {
        let Some(tunable) = info.tunables.iter().find(|t| &t.name == key) else {
            let names: Vec<&str> = info.tunables.iter().map(|t| t.name.as_str()).collect();
            return Err(ApiError::bad_request(format!(
                "schema `{}` has no setting `{}`; its settings: {}",
                info.name,
                key.escape_debug().take(64).collect::<String>(),
                if names.is_empty() { "none".to_string() } else { names.join(", ") }
            )));
        };
        if value.len() > 1024 || (!tunable.choices.is_empty() && !tunable.choices.contains(value)) {
            return Err(ApiError::bad_request(format!(
                "setting `{key}` = `{}` is not one of: {}",
                value.escape_debug().take(64).collect::<String>(),
                tunable.choices.join(", ")
            )));
        }
    }
    Ok(())
}

async fn start_session(
    state: &Arc<AppState>,
    mut setup: Setup,
    req: &CreateSession,
    schema: SchemaRef,
    two_model: bool,
    group: Option<String>,
) -> Result<Arc<Session>, ApiError> {
    let id = format!("{}s-{}", state.config.id_prefix, state.next_id.fetch_add(1, Ordering::Relaxed));
    let dir = state.config.data_dir.join("sessions").join(&id);
    let parent = state.config.data_dir.join("sessions");
    std::fs::create_dir_all(&parent).map_err(|e| ApiError::internal(format!("{}: {e}", parent.display())))?;
    // A new folder, never an old one: sessions' files are not overwritten.
    std::fs::create_dir(&dir).map_err(|e| ApiError::internal(format!("{}: {e}", dir.display())))?;
    setup.out = Some(dir);
    state.metrics.session_created(&schema.name, &schema.hash);
    let session = Session::start(id.clone(), group, setup, req.seed, schema, two_model).await;
    state.sessions.lock().unwrap_or_else(|e| e.into_inner()).insert(id, session.clone());
    Ok(session)
}

/// Places held for sessions being started; released when dropped (started sessions then count
/// as active themselves).
struct Reservation<'a> {
    state: &'a AppState,
    places: usize,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut starting = self.state.starting.lock().unwrap_or_else(|e| e.into_inner());
        *starting = starting.saturating_sub(self.places);
    }
}

/// Hold `wanted` places under the session limit, or say it is full (HTTP 429). Checking and
/// holding happen under one lock, so creates at the same moment cannot pass the limit together.
fn reserve(state: &AppState, wanted: usize) -> Result<Reservation<'_>, ApiError> {
    let mut starting = state.starting.lock().unwrap_or_else(|e| e.into_inner());
    let active = state.active() + *starting;
    if active + wanted > state.config.max_sessions {
        state.metrics.error("too-many-sessions");
        return Err(ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            kind: "too-many-sessions",
            message: format!(
                "{active} session(s) running and {wanted} asked for, over the limit of {}; finish or close some",
                state.config.max_sessions
            ),
        });
    }
    *starting += wanted;
    Ok(Reservation { state, places: wanted })
}

async fn create_session(
    State(state): State<Arc<AppState>>,
    Json(req): Json<CreateSession>,
) -> Result<(StatusCode, Json<SessionState>), ApiError> {
    let _places = reserve(&state, 1)?;
    let (setup, schema, two_model) = prepare(&state, &req)?;
    let session = start_session(&state, setup, &req, schema, two_model, None).await?;
    Ok((StatusCode::CREATED, Json(session.state())))
}

async fn create_group(
    State(state): State<Arc<AppState>>,
    Json(req): Json<CreateSession>,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    let size = req.size.ok_or_else(|| ApiError::bad_request("a group needs `size`"))?;
    if size == 0 || size > state.config.max_sessions {
        return Err(ApiError::bad_request(format!("size must be 1 to {}", state.config.max_sessions)));
    }
    let _places = reserve(&state, size)?;
    // Pin one version for the whole group, even if latest moves while it starts.
    let (setup, schema, two_model) = prepare(&state, &req)?;
    let group_id = format!("{}g-{}", state.config.id_prefix, state.next_id.fetch_add(1, Ordering::Relaxed));
    let mut sessions = Vec::with_capacity(size);
    for _ in 0..size {
        match start_session(&state, setup.clone(), &req, schema.clone(), two_model, Some(group_id.clone())).await {
            Ok(session) => sessions.push(session),
            Err(err) => {
                // All or nothing: a half-started group is closed, not left to idle out.
                for session in &sessions {
                    session.close();
                }
                return Err(err);
            }
        }
    }
    let states: Vec<SessionState> = sessions.iter().map(|s| s.state()).collect();
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"group_id": group_id, "seed": req.seed, "schema": schema, "sessions": states})),
    ))
}

async fn get_session(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<SessionState>, ApiError> {
    Ok(Json(state.session(&id)?.state()))
}

async fn close_session(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    state.session(&id)?.close();
    Ok(Json(serde_json::json!({"closed": true})))
}

async fn reply(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Json(body): Json<ReplyBody>,
) -> Result<Json<SessionState>, ApiError> {
    let session = state.session(&id)?;
    // On its own task: a client that hangs up mid-request must not leave the session between
    // its reply and its next turn.
    let s = session.clone();
    let (pt, ct) = (body.prompt_tokens.unwrap_or(0), body.completion_tokens.unwrap_or(0));
    let replied = tokio::spawn(async move { s.reply(body.turn, body.text, pt, ct).await })
        .await
        .map_err(|e| ApiError::internal(format!("reply task: {e}")))?;
    replied.map_err(|m| {
        state.metrics.error("conflict");
        ApiError::conflict(m)
    })?;
    state.metrics.turn();
    Ok(Json(session.state()))
}

async fn trace(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Result<impl IntoResponse, ApiError> {
    let session = state.session(&id)?;
    // Only whole lines, streamed from disk: the step being written is not part of the trace yet.
    let (len, body) = stream::trace_body(session.trace_path.clone()).await?;
    let mut response = (StatusCode::OK, [(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response();
    if let Some(len) = len {
        response.headers_mut().insert(header::CONTENT_LENGTH, len.into());
    }
    Ok(response)
}

/// Serve on `listener` until Ctrl-C (or `shutdown` resolves): stop accepting, close idle
/// connections, let running requests finish (within the shutdown grace), close the sessions
/// (their traces are on disk).
pub async fn serve(
    state: Arc<AppState>,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let reaper = {
        let state = state.clone();
        tokio::spawn(async move {
            let tick = (state.config.idle_timeout / 4).clamp(Duration::from_millis(50), Duration::from_secs(5));
            loop {
                tokio::time::sleep(tick).await;
                state.reap();
            }
        })
    };
    let watcher = state.config.watch_dir.clone().map(|dir| {
        let state = state.clone();
        tokio::spawn(async move {
            let mut memo = (Seen::new(), Seen::new());
            loop {
                let (s, d) = (state.clone(), dir.clone());
                let (mut seen, mut taken) = std::mem::take(&mut memo);
                memo = tokio::task::spawn_blocking(move || {
                    scan_watch_dir(&s, &d, &mut seen, &mut taken);
                    (seen, taken)
                })
                .await
                .unwrap_or_default();
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        })
    });
    http::serve_connections(listener, router(state.clone()), state.config.http.clone(), shutdown).await;
    reaper.abort();
    if let Some(w) = watcher {
        w.abort();
    }
    state.close_all();
    Ok(())
}
