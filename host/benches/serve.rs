//! `automem serve` under load (issue 6): turns per second through the HTTP API with a client that
//! answers at once, p50/p99 turn latency at 64 concurrent sessions, and a schema swap in the
//! middle: upload-to-latest time and the longest turn any session saw while it happened.
//! Crafter with crafter-v0 (real prompts). Run with `cargo bench -p automem --bench serve`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::build::{BuildOptions, build, components_dir};
use automem::registry::Registry;
use automem::serve::{AppState, ServeConfig, serve};
use automem::{Runtime, SandboxConfig};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SESSIONS: usize = 64;

fn reply_for(turn: &Value) -> &'static str {
    if turn["phase"] == "log" { "<|DONE|>" } else { "<|ACTION|>noop<|END|>" }
}

/// One session's loop: `turns` replies, each timed (start time, latency).
async fn drive(http: reqwest::Client, base: String, seed: u64, turns: usize) -> Vec<(Instant, Duration)> {
    let body = json!({"game": "crafter", "seed": seed, "schema": "crafter-v0", "max_steps": 10_000});
    let mut state: Value =
        http.post(format!("{base}/v1/sessions")).json(&body).send().await.unwrap().json().await.unwrap();
    let id = state["session"]["id"].as_str().unwrap().to_string();
    let mut times = Vec::with_capacity(turns);
    for _ in 0..turns {
        if state["turn"].is_null() {
            break;
        }
        let start = Instant::now();
        let response = http
            .post(format!("{base}/v1/sessions/{id}/reply"))
            .json(&json!({"turn": state["turn"]["id"], "text": reply_for(&state["turn"])}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        state = response.json().await.unwrap();
        times.push((start, start.elapsed()));
    }
    let _ = http.delete(format!("{base}/v1/sessions/{id}")).send().await;
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let turns = if quick { 5 } else { 300 };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut options = BuildOptions::new(&root);
    options.only = vec!["crafter".into(), "crafter-v0".into()];
    build(&options).expect("building the plugins");
    let components = components_dir(&root);
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig { pool_instances: 400, ..SandboxConfig::default() };
    let runtime = Runtime::new(config, Some(dir.path().join("cache"))).unwrap();
    let games = vec![runtime.load_game(&components.join("crafter.wasm")).unwrap()];
    let registry = Arc::new(Registry::open(&dir.path().join("registry"), runtime).unwrap());
    let mut serve_config = ServeConfig::new(dir.path().to_path_buf());
    serve_config.admin = automem::serve::AdminAuth::Token("bench-admin-token".into());
    let state = AppState::new(serve_config, games, registry.clone());
    let schema = std::fs::read(components.join("crafter-v0.wasm")).unwrap();
    registry.submit("crafter-v0", &schema, None, None, None).unwrap();
    state.publish("crafter-v0", &schema).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(512).build().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(serve(state, listener, std::future::pending()));
    let http = reqwest::Client::builder().pool_max_idle_per_host(SESSIONS).build().unwrap();

    // The new version: the same component plus a custom section (another hash, same behaviour).
    let mut new_version = schema.clone();
    new_version.extend([0u8, 9, 5]);
    new_version.extend(b"bench");
    new_version.extend(b"v2\0");

    let start = Instant::now();
    let (times, swap) = rt.block_on(async {
        let mut sessions = tokio::task::JoinSet::new();
        for seed in 0..SESSIONS as u64 {
            sessions.spawn(drive(http.clone(), base.clone(), seed, turns));
        }
        // Swap once the sessions are well under way.
        tokio::time::sleep(if quick { Duration::from_millis(50) } else { Duration::from_millis(800) }).await;
        let swap_start = Instant::now();
        let response = http
            .post(format!("{base}/v1/schemas/crafter-v0/versions?wait=true"))
            .bearer_auth("bench-admin-token")
            .body(new_version)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201, "{}", response.text().await.unwrap_or_default());
        let swap = (swap_start, swap_start.elapsed());
        let mut times = Vec::new();
        while let Some(t) = sessions.join_next().await {
            times.extend(t.unwrap());
        }
        (times, swap)
    });
    let wall = start.elapsed();
    let mut all: Vec<Duration> = times.iter().map(|t| t.1).collect();
    all.sort();
    let (swap_start, swap_time) = swap;
    let overlaps = |(s, d): &(Instant, Duration)| *s < swap_start + swap_time && *s + *d > swap_start;
    let mut during: Vec<Duration> = times.iter().filter(|t| overlaps(t)).map(|t| t.1).collect();
    let mut outside: Vec<Duration> = times.iter().filter(|t| !overlaps(t)).map(|t| t.1).collect();
    during.sort();
    outside.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{} turns over {SESSIONS} concurrent sessions in {:.2} s: {:.0} turns/s; turn latency p50 {:.2} ms, p99 {:.2} ms",
        all.len(),
        wall.as_secs_f64(),
        all.len() as f64 / wall.as_secs_f64(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.99)),
    );
    println!(
        "swap: upload to latest {:.1} ms (spool, compile, world check, validation episodes on 4 seeds, atomic publish)",
        ms(swap_time)
    );
    if let (Some(d), Some(o)) = (during.last(), outside.last()) {
        println!(
            "  {} turns overlapped it: p99 {:.2} ms, longest {:.2} ms; the {} others: p99 {:.2} ms, longest {:.2} ms",
            during.len(),
            ms(percentile(&during, 0.99)),
            ms(*d),
            outside.len(),
            ms(percentile(&outside, 0.99)),
            ms(*o),
        );
    }
}
