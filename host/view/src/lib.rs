//! `automem view`: a local web viewer of run folders. It indexes each episode's trace and memory
//! journal once and serves one step at a time (never a whole trace), with the front end's files
//! inside the binary.
//!
//! - [`catalog`]: the run folders under the given folders, their summaries and episodes.
//! - [`trace`]: a trace's index (step offsets, per-step summaries, what look-ups returned).
//! - [`memory`]: the memory at any step, rebuilt from the journal with checkpoints.
//! - [`episode`]: one episode's overview and steps; [`export`]: one episode as a single HTML file.
//! - [`server`]: the HTTP API and the front end.
//!
//! It knows nothing of WebAssembly: it reads run folders through `automem-runfile`.
#![deny(missing_docs)]

mod assets;
pub mod catalog;
pub mod episode;
pub mod export;
mod lines;
pub mod memory;
pub mod server;
pub mod trace;

pub use server::{View, router, run_blocking, serve};
