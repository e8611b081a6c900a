//! The memory journal: every change to an episode's memory, in order, with who made it and when,
//! so that the memory at any step can be rebuilt and every memory decision exported later.
use serde::{Deserialize, Serialize};

/// Who changed memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    /// The host (declared files at the start of an episode).
    Host,
    /// The model, through a memory operation.
    Model,
    /// The schema plugin (set-up, custom operations, after-step hook).
    Schema,
}

/// When a change happened: the game step and the part of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The game step.
    pub step: u32,
    /// "setup", "log", "plan" or "after-step".
    pub phase: String,
    /// Who made the change.
    pub actor: Actor,
}

impl Default for Stamp {
    fn default() -> Self {
        Stamp { step: 0, phase: "setup".into(), actor: Actor::Host }
    }
}

/// One successful change, with enough arguments to apply it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Change {
    /// A file's whole content was set.
    Write {
        /// The file.
        path: String,
        /// Its new content.
        content: String,
    },
    /// A line was appended.
    Append {
        /// The file.
        path: String,
        /// The line, as given.
        line: String,
    },
    /// An empty file was created.
    Create {
        /// The file.
        path: String,
    },
    /// A file was deleted.
    Remove {
        /// The file.
        path: String,
    },
    /// A file was moved.
    Rename {
        /// Old path.
        from: String,
        /// New path.
        to: String,
    },
}

/// A change, when it happened, and the memory's total size around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// When and by whom.
    #[serde(flatten)]
    pub stamp: Stamp,
    /// What changed.
    #[serde(flatten)]
    pub change: Change,
    /// Total bytes of memory before the change.
    pub bytes_before: usize,
    /// Total bytes after.
    pub bytes_after: usize,
}
