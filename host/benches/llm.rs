//! LLM policies through the whole engine (issue 5), against the loopback chat-completions server:
//!
//! 1. Host overhead per model call: episodes of Crafter with crafter-v0 whose every turn goes to a
//!    server that answers at once; per step, (wall time) / (model calls) is one sample. The
//!    samples include the server's own work on the same 2 cores, so they over-state our share.
//! 2. Many episodes on one endpoint: 256 episodes at once, each turn answered after 100 ms; the
//!    server's peak of requests in flight and the errors.
//!
//! Run with `cargo bench -p automem --bench llm` (a bench binary; figures printed at the end).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::bindings::game_api::TaskOptions;
use automem::build::{BuildOptions, build, components_dir};
use automem::episode::{Agents, EpisodeSpec, Policy, run_episode};
use automem::llm::LlmSource;
use automem::policy::PolicySource;
use automem::runner::{Played, Setup, play};
use automem::{Runtime, SandboxConfig};
use automem_llm::EndpointConfig;
use automem_llm::mock::{Behavior, MockServer, RecordedRequest};
use automem_memory::Quotas;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// Plays Crafter by crafter-v0's protocol without thinking: a note in LOG, a look-up and a move
/// in PLAN. The reply text is what matters for the host's parsing and op execution.
fn responder(request: &RecordedRequest) -> Behavior {
    let system = request.body_json["messages"][0]["content"].as_str().unwrap_or("");
    if system.contains("=== PLAN PHASE") {
        Behavior::reply("<|SEARCH|>map_notes.txt|tree<|END|>\n<|ACTION|>move_left<|END|>")
    } else {
        Behavior::reply("<|APPEND|>map_notes.txt|moved left, grass all around<|END|>\n<|DONE|>")
    }
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut options = BuildOptions::new(&root);
    options.only = vec!["crafter".into(), "crafter-v0".into()];
    build(&options).expect("building the plugins");
    let components = components_dir(&root);
    let cache = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(SandboxConfig::default(), Some(cache.path().to_path_buf())).unwrap();
    let game = runtime.load_game(&components.join("crafter.wasm")).unwrap();
    let schema = runtime.load_schema(&components.join("crafter-v0.wasm")).unwrap();
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(300)
        .enable_all()
        .build()
        .unwrap();
    let mock = tokio.block_on(MockServer::start()).unwrap();
    mock.set_responder(responder);
    let mut config = EndpointConfig::new("bench", mock.base_url(), "bench-model");
    config.concurrency = 256;
    let source = LlmSource::new(config, tokio.handle().clone()).unwrap();

    // 1. Overhead per call, one episode at a time, traces written to a file.
    let out = tempfile::tempdir().unwrap();
    let steps = if quick { 10 } else { 400 };
    let mut samples = Vec::new();
    let cancel = Arc::new(AtomicBool::new(false));
    for seed in 0..if quick { 1 } else { 3 } {
        let mut policy = source.policy(cancel.clone());
        let spec = EpisodeSpec {
            seed,
            task: TaskOptions { task: String::new(), max_steps: Some(steps), settings: Vec::new() },
            max_steps: steps,
            schema_settings: Vec::new(),
            quotas: Quotas::default(),
            initial_memory: None,
        };
        let mut trace = std::io::BufWriter::new(std::fs::File::create(out.path().join("trace.jsonl")).unwrap());
        let mut last = Instant::now();
        let agents = Agents { memory: &mut policy as &mut dyn Policy, gameplay: None };
        run_episode(&game, &schema, agents, &spec, &mut |record| {
            serde_json::to_writer(&mut trace, record)?;
            std::io::Write::write_all(&mut trace, b"\n")?;
            let calls = record.log_phase.as_ref().map_or(0, |p| p.turns.len()) + record.plan_phase.phase.turns.len();
            let now = Instant::now();
            samples.push((now - last) / calls.max(1) as u32);
            last = now;
            Ok(())
        })
        .unwrap();
    }
    samples.sort();
    let median = samples[samples.len() / 2];
    let p90 = samples[samples.len() * 9 / 10];
    println!(
        "host overhead per model call (instant server, incl. its work): median {:.0} µs, p90 {:.0} µs over {} steps; \
         {:.2}% of a 100 ms model call",
        median.as_secs_f64() * 1e6,
        p90.as_secs_f64() * 1e6,
        samples.len(),
        median.as_secs_f64() / 0.1 * 100.0
    );

    // 2. 256 episodes at once against one endpoint answering each call after 100 ms.
    let episodes: u64 = if quick { 8 } else { 256 };
    mock.set_responder(|r| Behavior::delay(Duration::from_millis(100), responder(r)));
    mock.reset_stats();
    let setup = Arc::new(Setup::new(game.clone(), Some(schema.clone()), PolicySource::Llm(source.clone()), 5));
    let start = Instant::now();
    let results: Vec<Played> = tokio.block_on(async {
        let mut set = tokio::task::JoinSet::new();
        for seed in 0..episodes {
            let (setup, cancel) = (setup.clone(), cancel.clone());
            set.spawn_blocking(move || play(&setup, seed, &cancel, &|| {}));
        }
        let mut results = Vec::new();
        while let Some(r) = set.join_next().await {
            results.push(r.unwrap());
        }
        results
    });
    let wall = start.elapsed();
    let (mut errors, mut failed) = (0, 0);
    for played in &results {
        match played {
            Played::Finished(record, _) => errors += record.policy_errors,
            _ => failed += 1,
        }
    }
    println!(
        "{episodes} episodes at once on one endpoint: {} requests, peak {} in flight, {errors} failed call(s), \
         {failed} failed episode(s), {:.1} s",
        mock.served(),
        mock.max_in_flight(),
        wall.as_secs_f64()
    );
    assert_eq!((errors, failed), (0, 0));
}
