//! Client overhead against the loopback mock server.
//!
//! - `chat/round_trip_300_tokens`: one call answered at once with a ~300-token reply, for the
//!   per-call cost of HTTP, encoding a ~1.2k-token prompt and parsing the answer.
//! - `chat/256_concurrent_100ms`: 256 calls at once to a server that takes 100 ms each; the wall
//!   time of the batch (ideal: 100 ms). Errors and the server's peak in-flight count are printed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use automem_llm::mock::{Behavior, MockServer};
use automem_llm::{ChatMessage, Endpoint, EndpointConfig};
use criterion::{Criterion, criterion_group, criterion_main};

/// About 300 tokens of text (~4 characters a token).
fn reply_300_tokens() -> String {
    "I will walk to the tree, collect wood, and then place a table near the water. ".repeat(16)
}

/// A system prompt of ~1k tokens and a short observation.
fn messages() -> Vec<ChatMessage> {
    vec![
        ChatMessage::system("You are playing Crafter. Keep notes in memory files. ".repeat(75)),
        ChatMessage::user("You see: grass, tree (2 steps north), water. Inventory: wood 1. What now?"),
    ]
}

fn endpoint(server: &MockServer, concurrency: usize) -> Endpoint {
    let mut config = EndpointConfig::new("bench", server.base_url(), "mock-model");
    config.concurrency = concurrency;
    config.max_retries = 0;
    Endpoint::builder(config).api_key(None).jitter_seed(1).build().unwrap()
}

fn round_trip(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    server.set_default(Behavior::Reply { text: reply_300_tokens(), prompt_tokens: 1200, completion_tokens: 300 });
    let ep = endpoint(&server, 8);
    let messages = messages();
    c.bench_function("chat/round_trip_300_tokens", |b| {
        b.iter(|| rt.block_on(ep.chat(&messages, None)).unwrap());
    });
}

/// Runs one batch of `n` concurrent calls; returns (wall time, errors).
async fn batch(ep: &Endpoint, messages: &[ChatMessage], n: usize) -> (Duration, usize) {
    let start = Instant::now();
    let calls: Vec<_> = (0..n)
        .map(|_| {
            let (ep, messages) = (ep.clone(), messages.to_vec());
            tokio::spawn(async move { ep.chat(&messages, None).await })
        })
        .collect();
    let mut errors = 0;
    for call in calls {
        if !matches!(call.await, Ok(Ok(_))) {
            errors += 1;
        }
    }
    (start.elapsed(), errors)
}

fn concurrent_256(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    server.set_default(Behavior::delay(
        Duration::from_millis(100),
        Behavior::Reply { text: reply_300_tokens(), prompt_tokens: 1200, completion_tokens: 300 },
    ));
    let ep = endpoint(&server, 256);
    let messages = messages();
    // A first batch opens the connections; then one measured batch on warm connections.
    let (cold, cold_errors) = rt.block_on(batch(&ep, &messages, 256));
    let cold_peak = server.max_in_flight();
    server.reset_stats();
    let (warm, warm_errors) = rt.block_on(batch(&ep, &messages, 256));
    eprintln!(
        "256 concurrent, 100 ms server delay: cold batch {cold:?} ({cold_errors} errors, server peak in flight {cold_peak}); \
         warm batch {warm:?} ({warm_errors} errors, peak {}, new connections {})",
        server.max_in_flight(),
        server.connections()
    );
    assert_eq!(cold_errors + warm_errors, 0);
    let mut group = c.benchmark_group("chat");
    group.sample_size(10);
    group.bench_function("256_concurrent_100ms", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let (wall, errors) = rt.block_on(batch(&ep, &messages, 256));
                assert_eq!(errors, 0);
                total += wall;
            }
            total
        });
    });
    group.finish();
    eprintln!("after the measured batches: server peak in flight {}", server.max_in_flight());
}

criterion_group!(benches, round_trip, concurrent_256);
criterion_main!(benches);
