//! `automem mine`'s heuristic selection throughput (steps of trace per second): read each
//! episode's trace and memory journal, build the candidate turns with their facts and AutoMem's
//! post-processing verdict, and score them. Over 100 Crafter episodes of up to 300 steps played
//! by the scripted policy with the crafter-evolved schema, generated once into
//! `target/mine-bench-traces/` (reused by later runs). Run with `cargo bench -p automem --bench
//! mine`; `cargo test --benches` runs a quick version on 2 short episodes.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::build::{BuildOptions, build, components_dir};
use automem::policy::PolicySource;
use automem::runner::{Played, Setup, play};
use automem::{Runtime, SandboxConfig};
use automem_mine::candidates::discover;
use automem_mine::score_episodes;
use criterion::{Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// Plays `episodes` seeds into `out` unless they are already there.
fn traces(root: &Path, out: &Path, episodes: u64, max_steps: u32) {
    let have = (1..=episodes).all(|seed| out.join(format!("episode-{seed}.json")).is_file());
    if have {
        return;
    }
    let mut options = BuildOptions::new(root);
    options.only = vec!["crafter".into(), "crafter-evolved".into(), "scripted-crafter".into()];
    build(&options).expect("building the plugins");
    let components = components_dir(root);
    let runtime = Runtime::new(SandboxConfig::default(), None).unwrap();
    std::fs::create_dir_all(out).unwrap();
    let setup = Setup {
        out: Some(out.to_path_buf()),
        ..Setup::new(
            runtime.load_game(&components.join("crafter.wasm")).unwrap(),
            Some(runtime.load_schema(&components.join("crafter-evolved.wasm")).unwrap()),
            PolicySource::Plugin(runtime.load_policy(&components.join("scripted-crafter.wasm")).unwrap()),
            max_steps,
        )
    };
    let cancel = std::sync::Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..2u64 {
            let (setup, cancel) = (&setup, &cancel);
            scope.spawn(move || {
                for seed in (1..=episodes).filter(|s| s % 2 == worker) {
                    if let Played::Failed(record) = play(setup, seed, cancel, &|| {}) {
                        panic!("seed {seed} failed: {:?}", record.error);
                    }
                }
            });
        }
    });
    eprintln!("generated {episodes} episodes in {:.0} s", start.elapsed().as_secs_f64());
}

fn main() {
    let quick = !std::env::args().any(|a| a == "--bench");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let (episodes, max_steps) = if quick { (2, 30) } else { (100, 300) };
    let out = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join(format!("mine-bench-traces/{episodes}x{max_steps}"));
    traces(&root, &out, episodes, max_steps);
    let found = discover(std::slice::from_ref(&out)).unwrap();
    let (steps, scored) = score_episodes(&found).unwrap();
    let bytes: u64 = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".jsonl"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    println!(
        "{} episodes, {steps} steps, {} candidate turns, {:.1} MB of traces and journals",
        found.len(),
        scored.len(),
        bytes as f64 / 1e6
    );
    if quick {
        return;
    }
    let mut criterion = Criterion::default().configure_from_args().sample_size(10);
    let mut group = criterion.benchmark_group("mine");
    group.throughput(Throughput::Elements(steps));
    group.bench_function("heuristic-100-crafter-episodes", |b| b.iter(|| score_episodes(&found).unwrap()));
    group.finish();
    let start = Instant::now();
    let rounds = 3;
    for _ in 0..rounds {
        score_episodes(&found).unwrap();
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "heuristic selection: {:.0} steps/s ({:.1} MB/s of traces) on one thread",
        steps as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    criterion.final_summary();
}
