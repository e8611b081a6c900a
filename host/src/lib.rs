//! automem: a runtime in which LLM agents learn to manage their own memory on long-horizon games.
//!
//! Games, memory schemas and policies are WebAssembly components (the worlds in `wit/`), run in
//! a sandbox with memory, stack, time and output limits. The main types:
//! - [`Runtime`]: the engine, one linker per world, the compiled-component cache; loads plugins.
//! - [`game::GamePlugin`] / [`game::GameInstance`], [`schema::SchemaPlugin`] /
//!   [`schema::SchemaInstance`], [`policy::PolicyPlugin`] / [`policy::PolicyInstance`].
//! - `automem_memory::Memory`: one episode's memory files (its own crate; served to schemas by
//!   [`memory_host`]).
//! - [`build`]: compiles guest crates into components (`automem build`).
#![deny(missing_docs)]

pub mod bindings;
pub mod build;
pub mod cache;
pub mod cli;
pub mod deny_http;
pub mod episode;
pub mod error;
pub mod evaluate;
pub mod game;
mod instance;
pub mod llm;
pub mod memory_host;
pub mod picture;
pub mod policy;
pub mod refine;
pub mod registry;
pub mod results;
pub mod runner;
pub mod runtime;
pub mod sandbox;
pub mod schema;
pub mod serve;

pub use error::{PluginError, PluginErrorKind};
pub use runtime::{Runtime, World};
pub use sandbox::SandboxConfig;
