//! Host-side bindings of the three worlds in `wit/`, generated once, here.
//!
//! The `types` interface is generated in [`game`] and shared by the other two worlds, so an
//! observation from a game is the same Rust type a schema or a policy receives. The generated
//! items carry the WIT documentation; `missing_docs` is off for them.
#![allow(missing_docs)]

/// World `game`: a game plugin's exports.
pub mod game {
    wasmtime::component::bindgen!({
        world: "game",
        path: "../wit",
        additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
    });
}

/// World `memory-schema`: a schema plugin's exports and the `memory` interface the host serves.
pub mod schema {
    wasmtime::component::bindgen!({
        world: "memory-schema",
        path: "../wit",
        additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
        with: { "automem:plugin/types": crate::bindings::game::automem::plugin::types },
    });
}

/// World `policy`: a policy plugin's exports.
pub mod policy {
    wasmtime::component::bindgen!({
        world: "policy",
        path: "../wit",
        additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
        with: { "automem:plugin/types": crate::bindings::game::automem::plugin::types },
    });
}

/// The shared types (observation, events, memory files and operations).
pub use game::automem::plugin::types;
/// The game interface's own types.
pub use game::exports::automem::plugin::environment as game_api;
/// The policy interface's own types.
pub use policy::exports::automem::plugin::agent as policy_api;
/// The memory interface the host implements.
pub use schema::automem::plugin::memory as memory_api;
/// The schema interface's own types.
pub use schema::exports::automem::plugin::scaffold as schema_api;
