//! automem's integration tests: one binary, one module per capability.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod build;
mod cache;
mod crafter_parity;
mod episode;
mod guests;
mod hostile;
mod llm_policy;
mod loading;
mod memory_disk;
mod memory_paths;
mod mine;
mod minihack;
mod nethack;
mod picture;
mod refine;
mod run_cli;
mod security;
mod serve;
mod support;
mod view;
mod wasi;
