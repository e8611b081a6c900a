//! Memory operations as the model issues them (issue 4): SEARCH over a 1,000-line file and
//! APPEND, per operation. Run with `cargo bench -p automem --bench memory`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::memory::{Memory, Quotas};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let quotas = Quotas { max_file_bytes: 1 << 20, max_total_bytes: 8 << 20, ..Quotas::default() };
    let mut memory = Memory::new(quotas.clone());
    for i in 0..1000 {
        let kind = ["tree", "stone", "water", "coal", "iron"][i % 5];
        memory
            .append("map_notes.txt", &format!("step {i}: {kind} at ({}, {}) seen while heading north", i % 64, i / 64))
            .unwrap();
    }
    let mut group = c.benchmark_group("memory");
    group.bench_function("search-1000-lines", |b| {
        b.iter(|| black_box(memory.search(Some("map_notes.txt"), black_box("Iron"), 1000).unwrap()))
    });
    group.bench_function("search-1000-lines-no-match", |b| {
        b.iter(|| black_box(memory.search(Some("map_notes.txt"), black_box("diamond"), 1000).unwrap()))
    });
    group.bench_function("append-to-500-lines", |b| {
        b.iter_batched_ref(
            || {
                let mut m = Memory::new(quotas.clone());
                m.write("log.txt", &"step 1: moved west, found nothing new\n".repeat(500)).unwrap();
                m
            },
            |m| m.append("log.txt", black_box("step 12: moved west, found a tree")).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
