//! Full-protocol steps per second on one thread: Crafter, a schema, the scripted policy, memory
//! operations and trace writing, exactly as `automem run` plays an episode, and the share of the
//! time each part takes. Run with `cargo bench -p automem --bench episode` (a bench binary: one
//! episode per seed, the figures printed at the end). `AUTOMEM_BENCH_SCHEMA` picks the schema
//! (default crafter-v0), `AUTOMEM_BENCH_SEEDS` how many seeds (default 5).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::build::{BuildOptions, build, components_dir};
use automem::episode::timing::Timings;
use automem::policy::PolicySource;
use automem::runner::{Played, Setup, play};
use automem::{Runtime, SandboxConfig};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

const MAX_STEPS: u32 = 2000;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing and wants it quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let schema_name = std::env::var("AUTOMEM_BENCH_SCHEMA").unwrap_or_else(|_| "crafter-v0".into());
    let seeds: u64 = std::env::var("AUTOMEM_BENCH_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut options = BuildOptions::new(&root);
    options.only = vec!["crafter".into(), schema_name.clone(), "scripted-crafter".into()];
    build(&options).expect("building the plugins");
    let components = components_dir(&root);
    let cache = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(SandboxConfig::default(), Some(cache.path().to_path_buf())).unwrap();
    let out = tempfile::tempdir().unwrap();
    let max_steps = if quick { 20 } else { MAX_STEPS };
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        ..Setup::new(
            runtime.load_game(&components.join("crafter.wasm")).unwrap(),
            Some(runtime.load_schema(&components.join(format!("{schema_name}.wasm"))).unwrap()),
            PolicySource::Plugin(runtime.load_policy(&components.join("scripted-crafter.wasm")).unwrap()),
            max_steps,
        )
    };
    let cancel = std::sync::Arc::new(AtomicBool::new(false));
    let mut total = Timings::default();
    let mut steps = 0u64;
    let wall = std::time::Instant::now();
    for seed in 42..42 + if quick { 1 } else { seeds } {
        match play(&setup, seed, &cancel, &|| {}) {
            Played::Finished(record, timings) => {
                steps += u64::from(record.steps);
                total.add(&timings);
            }
            Played::Failed(record) => panic!("seed {seed} failed: {:?}", record.error),
            Played::Interrupted => unreachable!(),
        }
    }
    let wall = wall.elapsed();
    let trace_bytes: u64 = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".jsonl"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    println!("schema {schema_name}, scripted-crafter, {steps} steps over {} episode(s)", if quick { 1 } else { seeds });
    println!(
        "full protocol: {:.0} steps/s on one thread ({:.1} µs per step; {:.1} MB of traces and journals, the traces compressed)",
        steps as f64 / wall.as_secs_f64(),
        wall.as_secs_f64() * 1e6 / steps as f64,
        trace_bytes as f64 / 1e6
    );
    for (part, share) in total.shares() {
        println!("  {part:<13} {share:5.1}%");
    }
}
