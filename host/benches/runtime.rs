//! Runtime costs the foundation promises (issue 2):
//! - instantiating a game plus a schema from warm pre-instances with the pooling allocator;
//! - a host->guest call with a short string argument and result;
//! - loading a component from the compiled cache versus compiling it with Cranelift.
//!
//! Run with `cargo bench -p automem --bench runtime`. Components are built first if needed.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::bindings::game_api::TaskOptions;
use automem::build::{BuildOptions, build, components_dir};
use automem::{Runtime, SandboxConfig};
use automem_memory::{Memory, Quotas};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

fn components() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    build(&BuildOptions::new(&root).with_test_guests()).expect("building guests");
    components_dir(&root)
}

fn bench(c: &mut Criterion) {
    let dir = components();
    let cache = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(SandboxConfig::default(), Some(cache.path().to_path_buf())).unwrap();
    assert!(runtime.sandbox().pooling(), "the pooling allocator should be available");
    let game = runtime.load_game(&dir.join("corridor.wasm")).unwrap();
    let schema = runtime.load_schema(&dir.join("generic-v0.wasm")).unwrap();
    let echo = runtime.load_game(&dir.join("hostile-game.wasm")).unwrap();

    let mut group = c.benchmark_group("instantiate");
    group.bench_function("game", |b| b.iter(|| black_box(game.instantiate(1).unwrap())));
    group.bench_function("game+schema", |b| {
        b.iter(|| {
            let g = game.instantiate(1).unwrap();
            let s = schema.instantiate(42, Memory::new(Quotas::default())).unwrap();
            black_box((g, s))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("call");
    let mut instance = echo.instantiate(1).unwrap();
    instance.reset(1, &TaskOptions { task: "echo".into(), max_steps: None, settings: vec![] }).unwrap();
    // step("go") echoes "go": a short string in, the same short string (in a small record) out.
    group.bench_function("short-string", |b| b.iter(|| black_box(instance.step(black_box("go")).unwrap())));
    let mut corridor = game.instantiate(1).unwrap();
    corridor.reset(1, &TaskOptions { task: String::new(), max_steps: Some(u32::MAX), settings: vec![] }).unwrap();
    group.bench_function("corridor-step", |b| b.iter(|| black_box(corridor.step(black_box("wait")).unwrap())));
    group.finish();

    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    let bytes = std::fs::read(dir.join("corridor.wasm")).unwrap();
    group.bench_function("cache-hit", |b| b.iter(|| black_box(runtime.load_game_bytes("corridor", &bytes).unwrap())));
    let uncached = Runtime::new(SandboxConfig::default(), None).unwrap();
    group.bench_function("compile", |b| b.iter(|| black_box(uncached.load_game_bytes("corridor", &bytes).unwrap())));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
