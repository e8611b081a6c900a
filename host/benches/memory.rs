//! Memory operations as the model issues them (issue 4): SEARCH over a 1,000-line file (200
//! lines match "iron") and APPEND, per operation. Run with `cargo bench -p automem --bench memory`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem_memory::{Memory, Quotas};
use automem_protocol::render;
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
    // SEARCH as the model issues it: find the lines, render the result block it is shown.
    let model_search = |query: &str| {
        let (hits, total) = memory.search_lines(Some("map_notes.txt"), query, 1000).unwrap();
        let hits: Vec<(&str, u32, &str)> = hits.into_iter().map(|h| (h.path, h.line_number, h.text)).collect();
        render::search_body(query, &hits, total, false, 1000)
    };
    group.bench_function("search-1000-lines", |b| b.iter(|| black_box(model_search(black_box("Iron")))));
    group.bench_function("search-1000-lines-no-match", |b| b.iter(|| black_box(model_search(black_box("diamond")))));
    // The schema's memory API returns owned hits (they cross into the component).
    group.bench_function("search-1000-lines-owned-hits", |b| {
        b.iter(|| black_box(memory.search(Some("map_notes.txt"), black_box("Iron"), 1000).unwrap()))
    });
    // A model appends to a file that grows through the episode: time appends to a file of 500 to
    // 1,000 lines (the memory is rebuilt, untimed, each time the file reaches 1,000 lines).
    group.bench_function("append-to-500-lines", |b| {
        b.iter_custom(|iters| {
            let fresh = || {
                let mut m = Memory::new(quotas.clone());
                m.write("log.txt", &"step 1: moved west, found nothing new\n".repeat(500)).unwrap();
                m
            };
            let mut memory = fresh();
            let mut lines = 500;
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iters {
                if lines == 1000 {
                    memory = fresh();
                    lines = 500;
                }
                let start = std::time::Instant::now();
                memory.append("log.txt", black_box("step 12: moved west, found a tree")).unwrap();
                spent += start.elapsed();
                lines += 1;
            }
            spent
        })
    });
    // The worst case: the first append after a WRITE, which must grow the file's buffer.
    group.bench_function("first-append-after-write-500-lines", |b| {
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
