//! The concurrency limit holds exactly, and 256 requests can be in flight at once.
//!
//! The server holds requests at a gate until the expected number are in flight at once, so
//! reaching the level does not depend on how fast a loaded 2-core machine opens connections;
//! a client that could not reach it would leave the peak below it (the gate gives up after 10 s).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use automem_llm::mock::{Behavior, MockServer};
use common::{endpoint, fast_config, prompt};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrency_limit_is_exact() {
    let server = MockServer::start().await.unwrap();
    // Past the gate, each request still takes 50 ms, so a client ignoring the limit would pile up.
    server.set_default(Behavior::gate(4, Behavior::delay(Duration::from_millis(50), Behavior::reply("ok"))));
    let mut config = fast_config(&server);
    config.concurrency = 4;
    let ep = endpoint(config);
    let calls: Vec<_> = (0..32)
        .map(|i| {
            let ep = ep.clone();
            tokio::spawn(async move { ep.chat(&prompt(&format!("call {i}")), None).await })
        })
        .collect();
    let mut peak_seen_by_client = 0;
    while calls.iter().any(|c| !c.is_finished()) {
        peak_seen_by_client = peak_seen_by_client.max(ep.in_flight());
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().attempts, 1);
    }
    assert_eq!(server.served(), 32);
    assert_eq!(server.max_in_flight(), 4, "the server saw more or fewer than 4 at once");
    assert!(peak_seen_by_client <= 4);
    assert_eq!(ep.in_flight(), 0, "permits are returned");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_fifty_six_in_flight() {
    let server = MockServer::start().await.unwrap();
    server.set_default(Behavior::gate(256, Behavior::delay(Duration::from_millis(200), Behavior::reply("ok"))));
    let mut config = fast_config(&server);
    config.concurrency = 256;
    config.max_retries = 0;
    config.timeout = Duration::from_secs(20);
    let start = std::time::Instant::now();
    let ep = endpoint(config);
    let calls: Vec<_> = (0..256)
        .map(|i| {
            let ep = ep.clone();
            tokio::spawn(async move { ep.chat(&prompt(&format!("call {i}")), None).await })
        })
        .collect();
    let mut errors = Vec::new();
    for call in calls {
        if let Err(failure) = call.await.unwrap() {
            errors.push(failure.to_string());
        }
    }
    assert!(errors.is_empty(), "{} errors, e.g. {:?}", errors.len(), errors.first());
    assert_eq!(server.served(), 256);
    assert_eq!(server.max_in_flight(), 256);
    assert!(start.elapsed() < Duration::from_secs(9), "the gate timed out: {:?}", start.elapsed());
}
