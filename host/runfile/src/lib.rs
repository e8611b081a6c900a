//! The run folder: what `automem run`, `serve` and `refine` leave on disk, and the one place that
//! writes and reads it back.
//!
//! - [`layout`]: the file names (records, traces, journals, memory exports, summary).
//! - [`record`]: one finished episode's record; [`summary`]: BALROG's summary of a run.
//! - [`trace`]: the step records of a trace, their writer (zstd or plain) and typed reader.
//! - [`journal`]: the memory journal, every change to an episode's memory, written and read.
//! - [`read`]: bounded reading of files anyone may have put in a run folder.
//! - [`stats`]: per-episode statistics read back from a run folder.
//!
//! It knows nothing of WebAssembly: `mine`, `stats` and any reader of runs depend on this alone.
#![deny(missing_docs)]

pub mod journal;
pub mod layout;
pub mod read;
pub mod record;
pub mod stats;
pub mod summary;
pub mod trace;

pub use journal::{Actor, Budget, Change, Entry, Journal, JournalReader, Part, Stamp};
pub use layout::TraceFormat;
pub use record::{EpisodeRecord, PluginRef};
pub use summary::{Summary, TaskSummary};
pub use trace::{
    FileChange, GameEvent, OpOutcome, PhaseRecord, Picture, PlanRecord, StepRecord, TraceReader, TraceWriter, Turn,
};
