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
    /// The operation's name as the journal stores it (its `op` field): "write", "append", ...
    pub fn name(&self) -> &'static str {
        match self {
            Change::Write { .. } => "write",
            Change::Append { .. } => "append",
            Change::Create { .. } => "create",
            Change::Remove { .. } => "remove",
            Change::Rename { .. } => "rename",
            Change::Looked { .. } => "looked",
            Change::Failed { .. } => "failed",
        }
    }

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

/// What an episode may write to its trace and memory journal together, shared by both writers:
/// the journal refuses changes once it is spent, and the engine ends the episode after that step.
#[derive(Debug, Clone)]
pub struct Budget {
    used: std::sync::Arc<std::sync::atomic::AtomicU64>,
    max: u64,
}

impl Default for Budget {
    /// No limit.
    fn default() -> Self {
        Budget::new(u64::MAX)
    }
}

impl Budget {
    /// A budget of `max` bytes, none spent.
    pub fn new(max: u64) -> Self {
        Budget { used: std::sync::Arc::default(), max }
    }

    /// Count `bytes` written.
    pub fn spend(&self, bytes: u64) {
        self.used.fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    /// Bytes written so far.
    pub fn used(&self) -> u64 {
        self.used.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The limit.
    pub fn max(&self) -> u64 {
        self.max
    }

    /// Whether the limit is reached.
    pub fn exhausted(&self) -> bool {
        self.used() >= self.max
    }
}

/// Where journal entries go as they happen: kept in RAM (tests, short episodes, replay), or
/// streamed to a writer as one JSON line each (`automem run` and `serve`), so that a long
/// episode holds none of them.
#[derive(Default)]
pub struct Journal {
    kept: Vec<Entry>,
    /// In a mutex only so an empty memory can be a shared static; never locked by two threads.
    out: Option<std::sync::Mutex<Box<dyn std::io::Write + Send>>>,
    line: Vec<u8>,
    budget: Budget,
    error: Option<String>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal")
            .field("kept", &self.kept.len())
            .field("streaming", &self.out.is_some())
            .field("budget", &self.budget)
            .finish_non_exhaustive()
    }
}

/// A copy keeps the entries held in RAM, never the writer: only the original streams.
impl Clone for Journal {
    fn clone(&self) -> Self {
        Journal {
            kept: self.kept.clone(),
            out: None,
            line: Vec::new(),
            budget: self.budget.clone(),
            error: self.error.clone(),
        }
    }
}

impl Journal {
    /// A journal that writes each entry to `out` as it happens and keeps none, spending `budget`.
    pub fn streaming(out: Box<dyn std::io::Write + Send>, budget: Budget) -> Self {
        Journal { out: Some(std::sync::Mutex::new(out)), budget, ..Journal::default() }
    }

    /// A journal that keeps its entries in RAM, spending `budget` as if it wrote them.
    pub fn in_memory(budget: Budget) -> Self {
        Journal { budget, ..Journal::default() }
    }

    /// Whether another entry may be written: the budget is not spent and no write failed.
    pub fn has_room(&self) -> bool {
        self.error.is_none() && !self.budget.exhausted()
    }

    /// The budget it spends.
    pub fn budget(&self) -> &Budget {
        &self.budget
    }

    /// The entries held in RAM (none when streaming).
    pub fn entries(&self) -> &[Entry] {
        &self.kept
    }

    /// Write (or keep) one entry. A write error is kept and reported by [`Journal::flush`]; no
    /// entry is written after it.
    pub fn record(&mut self, entry: Entry) {
        self.line.clear();
        if let Err(e) = serde_json::to_writer(&mut self.line, &entry) {
            self.error.get_or_insert_with(|| format!("cannot encode a journal entry: {e}"));
            return;
        }
        self.line.push(b'\n');
        self.budget.spend(self.line.len() as u64);
        match &mut self.out {
            Some(out) => {
                let out = out.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner);
                if self.error.is_none()
                    && let Err(e) = out.write_all(&self.line)
                {
                    self.error = Some(format!("cannot write the memory journal: {e}"));
                }
            }
            None => self.kept.push(entry),
        }
        // The buffer is for one line: do not keep a large one's capacity for the whole episode.
        if self.line.capacity() > 1 << 16 {
            self.line = Vec::new();
        }
    }

    /// Push what was written to the file; the first write error, if any, in words.
    pub fn flush(&mut self) -> Result<(), String> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        if let Some(out) = &mut self.out
            && let Err(e) = out.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner).flush()
        {
            let error = format!("cannot write the memory journal: {e}");
            self.error = Some(error.clone());
            return Err(error);
        }
        Ok(())
    }

    /// Flush and close the writer (the journal keeps nothing more after this).
    pub fn finish(&mut self) -> Result<(), String> {
        let flushed = self.flush();
        self.out = None;
        flushed
    }
}

/// Read an on-disk journal (`episode-<seed>.memory.jsonl`) back, one entry at a time, with the
/// bounded reader of [`crate::read`].
pub struct JournalReader {
    lines: crate::read::Lines,
}

impl JournalReader {
    /// Open a journal file (a regular file; see [`crate::read::open`]).
    pub fn open(path: &std::path::Path) -> anyhow::Result<Self> {
        Ok(JournalReader { lines: crate::read::Lines::open(path)? })
    }

    /// As [`JournalReader::open`], `None` when there is no file.
    pub fn open_if_exists(path: &std::path::Path) -> anyhow::Result<Option<Self>> {
        Ok(crate::read::Lines::open_if_exists(path)?.map(|lines| JournalReader { lines }))
    }

    /// The next entry, or `None` at the end; a line that is not an entry is an error naming the
    /// file and the line.
    pub fn next_entry(&mut self) -> anyhow::Result<Option<Entry>> {
        self.lines.next_record("a memory-journal entry")
    }
}

impl Iterator for JournalReader {
    type Item = anyhow::Result<Entry>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_entry().transpose()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_named_as_its_op_field() {
        let all = [
            Change::Write { path: "a".into(), content: "x".into() },
            Change::Append { path: "a".into(), line: "x".into() },
            Change::Create { path: "a".into() },
            Change::Remove { path: "a".into() },
            Change::Rename { from: "a".into(), to: "b".into() },
            Change::Looked { call: "READ a".into(), result: "x".into() },
            Change::Failed { call: "READ a".into(), error: "no".into() },
        ];
        for change in all {
            let json = serde_json::to_value(&change).unwrap();
            assert_eq!(json["op"], change.name(), "{change:?}");
        }
    }
}
