//! Crafter steps per second of random play: native Rust versus the component through the host.
//!
//! Both sides play the same action sequence from the same seeds; an episode that ends is reset
//! with the next seed, so resets are included at the rate random play needs them. Run with
//! `cargo bench -p automem --bench crafter`; compare the two `steps` lines (ratio in one run).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::bindings::game_api::TaskOptions;
use automem::build::{BuildOptions, build, components_dir};
use automem::{Runtime, SandboxConfig};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

const STEPS: usize = 2000;

fn actions() -> Vec<&'static str> {
    let mut state = 7u64;
    (0..STEPS)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            crafter::ACTIONS[((state >> 33) % 17) as usize]
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut options = BuildOptions::new(&root);
    options.only = vec!["crafter".into()];
    build(&options).expect("building crafter");
    let actions = actions();
    let cache = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(SandboxConfig::default(), Some(cache.path().to_path_buf())).unwrap();
    let game = runtime.load_game(&components_dir(&root).join("crafter.wasm")).unwrap();
    let task = TaskOptions { task: String::new(), max_steps: Some(10_000), settings: vec![] };

    let mut group = c.benchmark_group("crafter-random-play");
    group.throughput(Throughput::Elements(STEPS as u64));
    group.sample_size(20);
    group.bench_function("native", |b| {
        let mut env = crafter::Env::new(crafter::Config::default());
        b.iter(|| {
            let mut seed = 0;
            env.reset(seed);
            for action in &actions {
                let out = env.step(action);
                if out.done {
                    seed += 1;
                    env.reset(seed);
                }
                black_box(out);
            }
        })
    });
    group.bench_function("component", |b| {
        let mut instance = game.instantiate(0).unwrap();
        b.iter(|| {
            let mut seed = 0;
            instance.reset(seed, &task).unwrap();
            for action in &actions {
                let out = instance.step(action).unwrap();
                if out.done {
                    seed += 1;
                    instance.reset(seed, &task).unwrap();
                }
                black_box(out);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
