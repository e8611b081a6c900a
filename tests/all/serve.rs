//! `automem serve` end to end over real HTTP on loopback: sessions equal `automem run`, groups,
//! hot-swap under load, refused uploads, limits and idle expiry.
use crate::support::component;
use automem::registry::Registry;
use automem::serve::{AppState, ServeConfig, serve};
use automem::{Runtime, SandboxConfig};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

pub(crate) struct Server {
    pub(crate) rt: tokio::runtime::Runtime,
    pub(crate) base: String,
    pub(crate) http: reqwest::Client,
    pub(crate) dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    done: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl Server {
    fn start(max_sessions: usize, idle_timeout: Duration) -> Server {
        Server::start_watching(max_sessions, idle_timeout, None)
    }

    fn start_watching(max_sessions: usize, idle_timeout: Duration, watch_dir: Option<std::path::PathBuf>) -> Server {
        Server::start_with(automem::registry::RegistryLimits::default(), |config| {
            config.max_sessions = max_sessions;
            config.idle_timeout = idle_timeout;
            config.watch_dir = watch_dir;
        })
    }

    /// A server on corridor and crafter with generic-v0 published; validation plays seeds 1 and
    /// 2, and the admin routes are open unless `configure` says otherwise.
    pub(crate) fn start_with(
        limits: automem::registry::RegistryLimits,
        configure: impl FnOnce(&mut ServeConfig),
    ) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let config = SandboxConfig { call_timeout_ms: 300, pool_instances: 600, ..SandboxConfig::default() };
        let runtime = Runtime::new(config, Some(dir.path().join("cache"))).unwrap();
        let games =
            vec![runtime.load_game(&component("corridor")).unwrap(), runtime.load_game(&component("crafter")).unwrap()];
        let registry = Arc::new(Registry::open_with(&dir.path().join("registry"), runtime, limits).unwrap());
        let mut config = ServeConfig::new(dir.path().to_path_buf());
        config.max_sessions = 16;
        config.idle_timeout = Duration::from_secs(60);
        config.validation =
            automem::serve::Validation { seeds: vec![1, 2], random_seeds: 0, budget: Duration::from_secs(20) };
        config.admin = automem::serve::AdminAuth::Open;
        configure(&mut config);
        let state = AppState::new(config, games, registry.clone());
        let bytes = std::fs::read(component("generic-v0")).unwrap();
        registry.submit("generic-v0", &bytes, None, None, None).unwrap();
        state.publish("generic-v0", &bytes).unwrap();
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(512).build().unwrap();
        let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let done = rt.spawn(serve(state, listener, async move {
            let _ = stopped.await;
        }));
        Server { rt, base, http: reqwest::Client::new(), dir, stop: Some(stop), done: Some(done) }
    }

    /// Ask the server to shut down and wait (at most `limit`) until `serve` returned; how long
    /// it took, or None if it did not return in time.
    pub(crate) fn stop(&mut self, limit: Duration) -> Option<Duration> {
        let started = std::time::Instant::now();
        let _ = self.stop.take()?.send(());
        let done = self.done.take()?;
        self.rt.block_on(async { tokio::time::timeout(limit, done).await.ok().map(|_| started.elapsed()) })
    }

    pub(crate) async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    pub(crate) fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.rt.block_on(self.call(reqwest::Method::POST, path, Some(body)))
    }

    pub(crate) fn get(&self, path: &str) -> (u16, Value) {
        self.rt.block_on(self.call(reqwest::Method::GET, path, None))
    }

    pub(crate) fn upload(&self, name: &str, bytes: Vec<u8>) -> (u16, Value) {
        self.upload_with(name, bytes, "created_by=test", None)
    }

    /// Upload with `query` (after `wait=true&`) and, if given, a bearer token.
    pub(crate) fn upload_with(&self, name: &str, bytes: Vec<u8>, query: &str, token: Option<&str>) -> (u16, Value) {
        self.rt.block_on(async {
            let url = format!("{}/v1/schemas/{name}/versions?wait=true&{query}", self.base);
            let mut request = self.http.post(url).body(bytes);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
        })
    }
}

/// The replies a deterministic "model" gives for the corridor under generic-v0, with the token
/// counts the loopback LLM server reports for them (10 in, one per word out).
pub(crate) fn answer(turn: &Value) -> (String, u32, u32) {
    let system = turn["messages"][0]["content"].as_str().unwrap_or("");
    let text = if system.contains("Memory is read-only now") {
        "<|SEARCH|>notes.txt|east<|END|>\n<|ACTION|>east<|END|>"
    } else {
        "<|APPEND|>notes.txt|walking east works<|END|>\n<|DONE|>"
    };
    (text.to_string(), 10, text.split_whitespace().count() as u32)
}

/// Reply to `state`'s turn; returns the next state.
pub(crate) fn step(server: &Server, state: &Value) -> Value {
    let id = state["session"]["id"].as_str().unwrap();
    let (text, pt, ct) = answer(&state["turn"]);
    let body = json!({"turn": state["turn"]["id"], "text": text, "prompt_tokens": pt, "completion_tokens": ct});
    let (status, next) = server.post(&format!("/v1/sessions/{id}/reply"), body);
    assert_eq!(status, 200, "{next}");
    next
}

fn play_to_end(server: &Server, mut state: Value) -> Value {
    while state["result"].is_null() {
        state = step(server, &state);
    }
    state
}

#[test]
fn a_session_plays_the_same_episode_as_run() {
    let server = Server::start(16, Duration::from_secs(60));
    let (status, created) =
        server.post("/v1/sessions", json!({"game": "corridor", "seed": 7, "schema": "generic-v0", "max_steps": 12}));
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["turn"]["phase"], "plan");
    assert_eq!(created["turn"]["responder"], "single");
    let done = play_to_end(&server, created);
    assert_eq!(done["session"]["status"], "finished");
    assert_eq!(done["result"]["steps"], 12);
    let id = done["session"]["id"].as_str().unwrap().to_string();
    let api_trace = server.rt.block_on(async {
        reqwest::get(format!("{}/v1/sessions/{id}/trace", server.base)).await.unwrap().text().await.unwrap()
    });
    assert_eq!(api_trace.lines().count(), 12);

    // The same seed and replies through `automem run`, the replies coming from an LLM endpoint.
    let mock = server.rt.block_on(automem_llm::mock::MockServer::start()).unwrap();
    mock.set_responder(|request| {
        let turn = json!({"messages": request.body_json["messages"]});
        automem_llm::mock::Behavior::reply(answer(&turn).0)
    });
    let out = server.dir.path().join("run");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(["run", "--game", component("corridor").to_str().unwrap()])
        .args(["--schema", component("generic-v0").to_str().unwrap()])
        .args(["--policy", &format!("openai:{}#m", mock.base_url()), "--seeds", "7", "--max-steps", "12"])
        .args(["--out", out.to_str().unwrap()])
        .env("AUTOMEM_CACHE_DIR", server.dir.path().join("cache"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let run_trace = crate::support::trace_text(&out, 7);
    assert!(api_trace == run_trace, "the API's trace differs from run's");
}

/// A different component with the same behaviour: the same bytes plus a custom section.
pub(crate) fn new_version(bytes: &[u8], tag: &str) -> Vec<u8> {
    let name = b"automem-test-tag";
    let payload = tag.as_bytes();
    let size = 1 + name.len() + payload.len();
    assert!(size < 128 && name.len() < 128);
    let mut out = bytes.to_vec();
    out.extend([0u8, size as u8, name.len() as u8]);
    out.extend(name);
    out.extend(payload);
    out
}

#[test]
fn a_swap_while_64_sessions_play_fails_no_turn_and_pins_versions() {
    let server = Server::start(256, Duration::from_secs(60));
    let (_, schemas) = server.get("/v1/schemas");
    let old = schemas["schemas"][0]["latest"].as_str().unwrap().to_string();
    let (status, group) = server.post(
        "/v1/groups",
        json!({"size": 64, "game": "corridor", "seed": 11, "schema": "generic-v0@latest", "max_steps": 30}),
    );
    assert_eq!(status, 201, "{group}");
    assert_eq!(group["schema"]["hash"], old.as_str());
    let mut states: Vec<Value> = group["sessions"].as_array().unwrap().clone();
    assert!(states.iter().all(|s| s["session"]["seed"] == 11 && s["session"]["schema"]["hash"] == old.as_str()));
    // Everyone plays a few turns, then a new version is uploaded while they keep playing.
    for _ in 0..3 {
        states = states.iter().map(|s| step(&server, s)).collect();
    }
    let bytes = new_version(&std::fs::read(component("generic-v0")).unwrap(), "v2");
    let (upload, played) = server.rt.block_on(async {
        let uploading = async {
            let url = format!("{}/v1/schemas/generic-v0/versions?wait=true", server.base);
            let response = server.http.post(url).body(bytes).send().await.unwrap();
            (response.status().as_u16(), response.json::<Value>().await.unwrap())
        };
        let server = &server;
        let playing = join_all(states.iter().map(|s| {
            let s = s.clone();
            async move {
                let mut s = s;
                for _ in 0..5 {
                    if !s["result"].is_null() {
                        break;
                    }
                    let id = s["session"]["id"].as_str().unwrap().to_string();
                    let (text, pt, ct) = answer(&s["turn"]);
                    let body =
                        json!({"turn": s["turn"]["id"], "text": text, "prompt_tokens": pt, "completion_tokens": ct});
                    let (status, next) =
                        server.call(reqwest::Method::POST, &format!("/v1/sessions/{id}/reply"), Some(body)).await;
                    assert_eq!(status, 200, "a turn failed during the swap: {next}");
                    s = next;
                }
                s
            }
        }));
        tokio::join!(uploading, playing)
    });
    assert_eq!(upload.0, 201, "{}", upload.1);
    let new = upload.1["version"]["hash"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert_eq!(upload.1["version"]["parent"], Value::Null);
    // Running sessions kept the old version to the end; a new session gets the new one.
    for state in played {
        assert_eq!(state["session"]["schema"]["hash"], old.as_str());
        let end = play_to_end(&server, state);
        assert_eq!(end["session"]["status"], "finished", "{end}");
    }
    let (_, fresh) = server.post("/v1/sessions", json!({"game": "corridor", "seed": 1, "schema": "generic-v0"}));
    assert_eq!(fresh["session"]["schema"]["hash"], new.as_str());
    // Rollback is one call; pinning an exact version works too.
    let (status, rolled) = server.post("/v1/schemas/generic-v0/latest", json!({"hash": old}));
    assert_eq!(status, 200, "{rolled}");
    let (_, again) = server.post("/v1/sessions", json!({"game": "corridor", "seed": 1, "schema": "generic-v0"}));
    assert_eq!(again["session"]["schema"]["hash"], old.as_str());
    let pinned = format!("generic-v0@{}", &new[..10]);
    let (_, exact) = server.post("/v1/sessions", json!({"game": "corridor", "seed": 1, "schema": pinned}));
    assert_eq!(exact["session"]["schema"]["hash"], new.as_str());
    let (_, metrics) = server.get("/metrics");
    let metrics = metrics.as_str().unwrap().to_string();
    assert!(metrics.contains("automem_schema_swaps_total 2"), "{metrics}");
    assert!(!metrics.contains("automem_errors_total{"), "{metrics}");
}

/// Poll futures concurrently on the current task; their outputs in order.
pub(crate) async fn join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    use std::task::Poll;
    let mut futures: Vec<_> = futures.map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    Poll::Ready(v) => *output = Some(v),
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending { Poll::Pending } else { Poll::Ready(()) }
    })
    .await;
    outputs.into_iter().map(|o| o.unwrap()).collect()
}

#[test]
fn broken_uploads_are_refused_and_serving_goes_on() {
    let server = Server::start(16, Duration::from_secs(60));
    let (_, before) = server.get("/v1/schemas");
    let latest = before["schemas"][0]["latest"].clone();
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("generic-v0", b"not a component at all".to_vec(), "component"),
        ("generic-v0", std::fs::read(component("random")).unwrap(), "automem:plugin/scaffold"),
        ("hostile-schema", std::fs::read(component("hostile-schema")).unwrap(), "smoke episode"),
        ("other-name", std::fs::read(component("generic-v0")).unwrap(), "says it is schema `generic-v0`"),
    ];
    for (name, bytes, expected) in cases {
        let (status, answer) = server.upload(name, bytes);
        assert_eq!(status, 422, "{name}: {answer}");
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{name}: {message}");
    }
    let (_, after) = server.get("/v1/schemas");
    let generic = after["schemas"].as_array().unwrap().iter().find(|s| s["name"] == "generic-v0").unwrap();
    assert_eq!(generic["latest"], latest, "latest did not move");
    assert!(generic["versions"].as_array().unwrap().iter().any(|v| v["status"] == "refused"));
    let (status, session) = server.post("/v1/sessions", json!({"game": "corridor", "seed": 3, "schema": "generic-v0"}));
    assert_eq!(status, 201, "{session}");
    // A refused version cannot be made latest or played.
    let refused = generic["versions"].as_array().unwrap().iter().find(|v| v["status"] == "refused").unwrap();
    let hash = refused["hash"].as_str().unwrap();
    let (status, _) = server.post("/v1/schemas/generic-v0/latest", json!({"hash": hash}));
    assert_eq!(status, 422);
    // Bad requests say what is wrong.
    let (status, bad) = server.post("/v1/sessions", json!({"game": "chess", "seed": 3, "schema": "generic-v0"}));
    assert_eq!(status, 400);
    assert!(bad["error"]["message"].as_str().unwrap().contains("corridor"), "{bad}");
    let (status, _) = server.post("/v1/sessions/s-999/reply", json!({"turn": 1, "text": "hi"}));
    assert_eq!(status, 404);
}

#[test]
fn sessions_are_bounded_and_idle_ones_expire() {
    let server = Server::start(2, Duration::from_millis(400));
    let create = || server.post("/v1/sessions", json!({"game": "corridor", "seed": 5, "schema": "generic-v0"}));
    let (a, first) = create();
    let (b, _) = create();
    assert_eq!((a, b), (201, 201));
    let (status, refused) = create();
    assert_eq!(status, 429);
    assert_eq!(refused["error"]["kind"], "too-many-sessions");
    // Nobody touches them: they are closed after the idle timeout (and kept a while to be read).
    let id = first["session"]["id"].as_str().unwrap();
    std::thread::sleep(Duration::from_millis(900));
    let (_, state) = server.get(&format!("/v1/sessions/{id}"));
    assert_eq!(state["session"]["status"], "closed", "{state}");
    // A reply to a session waiting for none is a conflict, not a crash.
    let (status, _) = server.post(&format!("/v1/sessions/{id}/reply"), json!({"turn": 1, "text": "late"}));
    assert_eq!(status, 409);
    let (status, _) = create();
    assert_eq!(status, 201, "idle sessions freed their places");
}

#[test]
fn a_component_dropped_in_the_watched_folder_becomes_latest_and_the_api_is_documented() {
    let watch = tempfile::tempdir().unwrap();
    let server = Server::start_watching(8, Duration::from_secs(60), Some(watch.path().to_path_buf()));
    let latest = || server.get("/v1/schemas").1["schemas"][0]["latest"].as_str().unwrap().to_string();
    let before = latest();
    let bytes = new_version(&std::fs::read(component("generic-v0")).unwrap(), "dropped");
    std::fs::write(watch.path().join("generic-v0@dropped.wasm"), &bytes).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while latest() == before && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(latest(), automem::cache::sha256_hex(&bytes), "{}", server.get("/v1/schemas").1);
    // The OpenAPI document names every route the server has.
    let (status, doc) = server.get("/openapi.json");
    assert_eq!(status, 200);
    for path in [
        "/v1/sessions",
        "/v1/groups",
        "/v1/sessions/{id}/reply",
        "/v1/sessions/{id}/trace",
        "/v1/schemas/{name}/versions",
        "/v1/schemas/{name}/latest",
        "/metrics",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is not documented");
    }
}

#[test]
fn the_registry_finds_every_version_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (runtime, _cache) = crate::support::runtime();
    let bytes = std::fs::read(component("generic-v0")).unwrap();
    let second = new_version(&bytes, "two");
    let games = std::collections::BTreeMap::from([(
        "corridor".to_string(),
        runtime.load_game(&component("corridor")).unwrap(),
    )]);
    let smoke = |p: &automem::schema::SchemaPlugin| Ok(automem::serve::smoke_test(p, &games, 3)?.1);
    {
        let registry = Registry::open(dir.path(), runtime.clone()).unwrap();
        for (b, by) in [(&bytes, "first"), (&second, "second")] {
            registry.submit("generic-v0", b, None, Some(by.into()), Some("test".into())).unwrap();
            let meta = registry.validate_and_publish("generic-v0", b, &smoke).unwrap();
            assert_eq!(meta.status, automem::registry::Status::Published, "{meta:?}");
        }
        registry
            .set_evaluation("generic-v0", &automem::cache::sha256_hex(&second), json!({"progression": 0.5}))
            .unwrap();
        registry.set_latest("generic-v0", &automem::cache::sha256_hex(&bytes)).unwrap();
    }
    let reopened = Registry::open(dir.path(), runtime).unwrap();
    let (name, latest, versions) = reopened.list().remove(0);
    assert_eq!(name, "generic-v0");
    assert_eq!(latest.as_deref(), Some(automem::cache::sha256_hex(&bytes).as_str()));
    assert_eq!(versions.len(), 2);
    assert!(versions.iter().any(|v| v.evaluation == Some(json!({"progression": 0.5}))));
    assert!(versions.iter().all(|v| v.description.as_deref() == Some("test") && v.version == "0.1.0"));
    let (meta, _plugin) = reopened.resolve("generic-v0@latest").unwrap();
    assert_eq!(meta.created_by.as_deref(), Some("first"));
}

#[test]
fn creates_at_the_same_moment_never_pass_the_session_limit() {
    let server = Server::start(3, Duration::from_secs(60));
    let statuses = server.rt.block_on(join_all((0..12).map(|seed| {
        let body = json!({"game": "corridor", "seed": seed, "schema": "generic-v0"});
        let server = &server;
        async move { server.call(reqwest::Method::POST, "/v1/sessions", Some(body)).await.0 }
    })));
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 3, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 9, "{statuses:?}");
    // A group too big for what is left is refused whole.
    let (status, _) =
        server.post("/v1/groups", json!({"size": 2, "game": "corridor", "seed": 1, "schema": "generic-v0"}));
    assert_eq!(status, 429);
}

#[test]
fn a_rollback_is_not_overtaken_by_an_upload_submitted_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let (runtime, _cache) = crate::support::runtime();
    let a = std::fs::read(component("generic-v0")).unwrap();
    let (b, c, d) = (new_version(&a, "b"), new_version(&a, "c"), new_version(&a, "d"));
    let games = std::collections::BTreeMap::from([(
        "corridor".to_string(),
        runtime.load_game(&component("corridor")).unwrap(),
    )]);
    let smoke = |p: &automem::schema::SchemaPlugin| Ok(automem::serve::smoke_test(p, &games, 3)?.1);
    let registry = Registry::open(dir.path(), runtime).unwrap();
    let latest = || registry.list().remove(0).1.unwrap();
    for v in [&a, &c] {
        registry.submit("generic-v0", v, None, None, None).unwrap();
        registry.validate_and_publish("generic-v0", v, &smoke).unwrap();
    }
    // B is uploaded, then the user rolls back to A while B is still being validated.
    registry.submit("generic-v0", &b, None, None, None).unwrap();
    registry.set_latest("generic-v0", &automem::cache::sha256_hex(&a)).unwrap();
    registry.validate_and_publish("generic-v0", &b, &smoke).unwrap();
    assert_eq!(latest(), automem::cache::sha256_hex(&a), "the rollback stands");
    // An upload after the rollback becomes latest as usual.
    registry.submit("generic-v0", &d, None, None, None).unwrap();
    registry.validate_and_publish("generic-v0", &d, &smoke).unwrap();
    assert_eq!(latest(), automem::cache::sha256_hex(&d));
}

#[test]
fn game_settings_reach_the_game_and_its_own_length_is_the_default() {
    let server = Server::start(16, Duration::from_secs(60));
    // No max_steps: the game's own (corridor: 100 steps), not the 2,000 that used to be sent.
    let body = json!({"game": "corridor", "seed": 7, "schema": "generic-v0", "game_settings": {"length": "5"}});
    let (status, created) = server.post("/v1/sessions", body);
    assert_eq!(status, 201, "{created}");
    let done = play_to_end(&server, created);
    assert_eq!(done["result"]["steps"], 100, "{done}");
    // A setting the game refuses is a 400 with the game's reason, before any session exists.
    let body = json!({"game": "corridor", "seed": 7, "schema": "generic-v0", "game_settings": {"length": "1"}});
    let (status, refused) = server.post("/v1/sessions", body);
    assert_eq!(status, 400, "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("length must be a whole number from 4 to 10000"), "{message}");
}
