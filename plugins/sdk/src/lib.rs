//! Write automem plugins in Rust.
//!
//! A plugin is a WebAssembly component of one of three worlds, declared in the repository's `wit/`:
//! a [`game`], a memory [`schema`] or a [`policy`]. Implement the world's `Guest` trait on a type
//! and register it with the matching macro:
//!
//! ```ignore
//! use automem_sdk::game::*;
//! struct MyGame;
//! impl Guest for MyGame { /* info, reset, step */ }
//! automem_sdk::export_game!(MyGame);
//! ```
//!
//! Build with `automem build`, which compiles the crate for `wasm32-unknown-unknown` and turns it
//! into a component. Guests get no clock, no files and no randomness but the seed the host passes,
//! so the same seed always gives the same episode.
#![deny(missing_docs)]

// The generated code names the crate by its public path, also from inside it.
extern crate self as automem_sdk;

#[cfg(feature = "bindings")]
#[doc(hidden)]
pub use wit_bindgen;

pub mod quote;

#[cfg(feature = "bindings")]
/// Generated bindings; use the [`game`], [`schema`], [`policy`] and [`types`] modules instead.
#[doc(hidden)]
#[allow(missing_docs, clippy::all)]
pub mod bindings {
    /// Bindings of world `game` (and of the shared `types` interface).
    pub mod game {
        wit_bindgen::generate!({
            world: "game",
            path: "../../wit",
            runtime_path: "automem_sdk::wit_bindgen::rt",
            pub_export_macro: true,
            export_macro_name: "export_game",
            default_bindings_module: "automem_sdk::bindings::game",
        });
    }
    /// Bindings of world `memory-schema`.
    pub mod schema {
        wit_bindgen::generate!({
            world: "memory-schema",
            path: "../../wit",
            runtime_path: "automem_sdk::wit_bindgen::rt",
            pub_export_macro: true,
            export_macro_name: "export_schema",
            default_bindings_module: "automem_sdk::bindings::schema",
            with: { "automem:plugin/types@0.1.0": crate::bindings::game::automem::plugin::types },
        });
    }
    /// Bindings of world `policy`.
    pub mod policy {
        wit_bindgen::generate!({
            world: "policy",
            path: "../../wit",
            runtime_path: "automem_sdk::wit_bindgen::rt",
            pub_export_macro: true,
            export_macro_name: "export_policy",
            default_bindings_module: "automem_sdk::bindings::policy",
            with: { "automem:plugin/types@0.1.0": crate::bindings::game::automem::plugin::types },
        });
    }
}

#[cfg(feature = "bindings")]
/// Register a type implementing [`game::Guest`] as the component's game.
///
/// The export exists only in wasm32 builds: a native build of the same crate (for tests and
/// benchmarks) cannot carry WIT export names, and needs none.
#[macro_export]
macro_rules! export_game {
    ($t:ident) => {
        #[cfg(target_arch = "wasm32")]
        $crate::bindings::game::export_game!($t);
    };
}

#[cfg(feature = "bindings")]
/// Register a type implementing [`schema::Guest`] as the component's memory schema (wasm32 only).
#[macro_export]
macro_rules! export_schema {
    ($t:ident) => {
        #[cfg(target_arch = "wasm32")]
        $crate::bindings::schema::export_schema!($t);
    };
}

#[cfg(feature = "bindings")]
/// Register a type implementing [`policy::Guest`] as the component's policy (wasm32 only).
#[macro_export]
macro_rules! export_policy {
    ($t:ident) => {
        #[cfg(target_arch = "wasm32")]
        $crate::bindings::policy::export_policy!($t);
    };
}

#[cfg(feature = "bindings")]
/// Types shared by every world: observations, events, memory files and operations.
pub mod types {
    pub use crate::bindings::game::automem::plugin::types::*;
}

#[cfg(feature = "bindings")]
/// Everything a game plugin implements: [`game::Guest`], registered with [`export_game!`].
pub mod game {
    pub use crate::bindings::game::exports::automem::plugin::environment::*;
    pub use crate::types;

    /// `task-info` of a game whose tasks all play alike: `info` itself for the default task
    /// (empty) or any task it lists, else `unknown-task` naming the tasks there are.
    pub fn same_for_every_task(info: GameInfo, task: &str) -> Result<GameInfo, GameError> {
        if task.is_empty() || info.tasks.iter().any(|t| t == task) {
            Ok(info)
        } else {
            Err(GameError::UnknownTask(format!("unknown task '{task}'; {} has: {}", info.name, info.tasks.join(", "))))
        }
    }
}

#[cfg(feature = "bindings")]
/// Everything a memory-schema plugin implements ([`schema::Guest`], registered with
/// [`export_schema!`]) and the episode memory it may use ([`schema::memory`]).
pub mod schema {
    pub use crate::bindings::schema::exports::automem::plugin::scaffold::*;
    pub use crate::types;
    /// The episode's memory, served by the host.
    pub mod memory {
        pub use crate::bindings::schema::automem::plugin::memory::*;
    }

    /// The memory file index as prompts show it, one `- path (N lines)` a file, with `note(file)`
    /// after the count when it is not empty (e.g. ", kept by code"); "(no files)" for none.
    pub fn file_index(index: &[FileEntry], note: impl Fn(&FileEntry) -> &'static str) -> String {
        if index.is_empty() {
            return "(no files)".into();
        }
        let lines: Vec<String> = index
            .iter()
            .map(|f| format!("- {} ({} line{}{})", f.path, f.lines, if f.lines == 1 { "" } else { "s" }, note(f)))
            .collect();
        lines.join("\n")
    }

    /// The observation as prompts show it: the long-term context, a blank line, the short-term
    /// context (either alone when the other is empty), trimmed.
    pub fn observation_text(observation: &Observation) -> String {
        let long = observation.long_term_context.trim();
        let short = observation.short_term_context.trim();
        match (long.is_empty(), short.is_empty()) {
            (true, _) => short.to_string(),
            (_, true) => long.to_string(),
            _ => format!("{long}\n\n{short}"),
        }
    }

    /// The phase's name as prompts write it: "LOG" or "PLAN".
    pub fn phase_name(phase: Phase) -> &'static str {
        match phase {
            Phase::Log => "LOG",
            Phase::Plan => "PLAN",
        }
    }
}

#[cfg(feature = "bindings")]
/// Everything a policy plugin implements: [`policy::Guest`], registered with [`export_policy!`].
pub mod policy {
    pub use crate::bindings::policy::exports::automem::plugin::agent::*;
    pub use crate::types;
}

/// A schema's tunable defaults kept as data, in `tunables.toml` beside its `Cargo.toml`
/// (embedded with `include_str!`), so a search can change them without touching code.
pub mod tunables;

/// A small, fast, seedable random number generator for guests (SplitMix64).
///
/// Guests have no entropy source; seed this from the episode seed so runs repeat exactly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose whole future is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A uniform integer in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}
