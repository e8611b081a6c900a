//! The memory journal: every change to an episode's memory, in order, with who made it and when,
//! so that the memory at any step can be rebuilt and every memory decision exported later.
use serde::{Deserialize, Serialize};

/// Who changed memory.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    /// The host (declared files at the start of an episode).
    #[default]
    Host,
    /// The model, through a memory operation.
    Model,
    /// The schema plugin (set-up, custom operations, after-step hook).
    Schema,
}

/// The part of a game step in which memory was touched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// Before the first step: declared files and the schema's start hook.
    #[default]
    Setup,
    /// The LOG phase.
    Log,
    /// The PLAN phase.
    Plan,
    /// The schema's after-step hook.
    AfterStep,
}

/// When memory was touched: the game step and the part of it, and by whom.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The game step.
    pub step: u32,
    /// The part of the step.
    pub phase: Part,
    /// Who did it.
    pub actor: Actor,
}

/// One operation on memory: a change with enough arguments to apply it again, or a look-up or a
/// failed operation (kept so every memory decision can be exported; replay skips them).
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
    /// A read-only operation (READ, SEARCH, VIEW, ...) and the first line of what it returned.
    Looked {
        /// The operation, compactly (e.g. "SEARCH map.txt|tree").
        call: String,
        /// The first line of its result, shortened.
        result: String,
    },
    /// An operation that changed nothing because it failed, and why.
    Failed {
        /// The operation, compactly.
        call: String,
        /// The reason.
        error: String,
    },
}

impl Change {
    /// Whether replaying this entry changes memory.
    pub fn is_mutation(&self) -> bool {
        !matches!(self, Change::Looked { .. } | Change::Failed { .. })
    }
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
