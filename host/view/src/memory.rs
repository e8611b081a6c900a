//! An episode's memory at any step, rebuilt from its journal (`episode-<seed>.memory.jsonl`):
//! indexed once (with a copy of the files every [`CHECKPOINT_EVERY`] steps, so a scrub replays
//! at most that many steps), plus every line a change added (for "read later") and the files'
//! sizes after each step (for the plots).
use crate::lines::{open_range, whole_lines};
use automem_memory::{Memory, Quotas, Snapshot};
use automem_runfile::{Budget, Change, Entry, Journal};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Steps between two copies of the files.
pub const CHECKPOINT_EVERY: u32 = 32;
/// Most added lines kept for the "written, then read" list.
const MAX_WRITES: usize = 200_000;
/// Longest text of an added line kept in that list.
const MAX_WRITE_TEXT: usize = 400;

/// A line a change added to memory.
#[derive(Debug, Clone, Serialize)]
pub struct Written {
    /// The step.
    pub step: u32,
    /// "log", "plan", "after-step", "setup".
    pub phase: String,
    /// "model", "schema", "host".
    pub actor: String,
    /// The file.
    pub path: String,
    /// The line (shortened).
    pub text: String,
}

/// A copy of the files after a step, and where the journal's next step starts.
struct Checkpoint {
    after_step: u32,
    files: Snapshot,
    offset: u64,
}

/// The index of one journal.
pub struct MemoryIndex {
    path: PathBuf,
    scanned: u64,
    seen_len: u64,
    /// The memory after every entry read so far.
    memory: Memory,
    /// The step of the last entry read, and where its step began.
    current: Option<(u32, u64)>,
    checkpoints: Vec<Checkpoint>,
    /// File names seen, in order; sizes refer to them by index.
    pub files: Vec<String>,
    /// Each file's size after each step that changed memory: (step, sizes by file index).
    pub sizes: Vec<(u32, Vec<usize>)>,
    /// Lines added, in order.
    pub writes: Vec<Written>,
    /// Entries that could not be replayed (the first few).
    pub errors: Vec<String>,
}

/// The files at a step and what that step changed.
#[derive(Debug, Clone, Serialize)]
pub struct MemoryAt {
    /// The step.
    pub step: u32,
    /// The files after the step.
    pub files: BTreeMap<String, String>,
    /// For each file the step changed, the 1-based numbers of the lines it added or changed.
    pub changed: BTreeMap<String, Vec<u32>>,
    /// Files the step removed.
    pub removed: Vec<String>,
    /// The step's journal entries, compactly ("log model append notes.txt", ...).
    pub entries: Vec<String>,
}

fn empty_memory() -> Memory {
    // The entries succeeded when they were made; a replay needs no quota of its own.
    let quotas =
        Quotas { max_files: 1 << 20, max_file_bytes: 1 << 30, max_total_bytes: 1 << 40, max_line_bytes: 1 << 30 };
    Memory::new(quotas).with_journal(Journal::streaming(Box::new(std::io::sink()), Budget::default()))
}

fn kebab<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

impl MemoryIndex {
    /// An empty index of the journal at `path`; [`MemoryIndex::refresh`] reads it.
    pub fn new(path: &Path) -> MemoryIndex {
        MemoryIndex {
            path: path.to_path_buf(),
            scanned: 0,
            seen_len: 0,
            memory: empty_memory(),
            current: None,
            checkpoints: Vec::new(),
            files: Vec::new(),
            sizes: Vec::new(),
            writes: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Read what was added to the journal since the last look.
    pub fn refresh(&mut self) -> anyhow::Result<()> {
        let len = match std::fs::symlink_metadata(&self.path) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => anyhow::bail!("cannot inspect {}: {e}", self.path.display()),
        };
        if len == self.seen_len {
            return Ok(());
        }
        self.seen_len = len;
        let reader = open_range(&self.path, self.scanned, len)?;
        let what = self.path.display().to_string();
        let mut entries = Vec::new();
        self.scanned = whole_lines(reader, self.scanned, &what, |at, line| {
            if !line.iter().all(u8::is_ascii_whitespace) {
                entries.push((at, serde_json::from_slice::<Entry>(line)));
            }
            Ok(())
        })?;
        for (at, entry) in entries {
            match entry {
                Ok(entry) => self.add(at, &entry),
                Err(e) => self.error(format!("byte {at}: not a journal entry ({e})")),
            }
        }
        self.note_sizes();
        Ok(())
    }

    fn error(&mut self, message: String) {
        if self.errors.len() < 20 {
            self.errors.push(message);
        }
    }

    fn add(&mut self, at: u64, entry: &Entry) {
        let step = entry.stamp.step;
        match self.current {
            Some((current, _)) if current == step => {}
            Some((current, _)) => {
                self.note_sizes();
                let last = self.checkpoints.last().map_or(0, |c| c.after_step + 1);
                if current + 1 >= last + CHECKPOINT_EVERY {
                    self.checkpoints.push(Checkpoint {
                        after_step: current,
                        files: self.memory.snapshot(),
                        offset: at,
                    });
                }
                self.current = Some((step, at));
            }
            None => self.current = Some((step, at)),
        }
        let before = match &entry.change {
            Change::Write { path, .. } => self.memory.read(path).ok().map(str::to_string),
            _ => None,
        };
        if let Err(e) = self.memory.apply(entry) {
            self.error(format!("step {step}: {} cannot be replayed: {e}", entry.change.name()));
            return;
        }
        let added: Vec<(String, String)> = match &entry.change {
            Change::Append { path, line } => line.lines().map(|l| (path.clone(), l.to_string())).collect(),
            Change::Write { path, content } => {
                added_lines(before.as_deref().unwrap_or(""), content).into_iter().map(|l| (path.clone(), l)).collect()
            }
            _ => Vec::new(),
        };
        for (path, text) in added {
            if self.writes.len() >= MAX_WRITES || text.trim().is_empty() {
                continue;
            }
            self.writes.push(Written {
                step,
                phase: kebab(&entry.stamp.phase),
                actor: kebab(&entry.stamp.actor),
                path,
                text: shorten(&text, MAX_WRITE_TEXT),
            });
        }
    }

    /// Record each file's size after the current step (once per step).
    fn note_sizes(&mut self) {
        let Some((step, _)) = self.current else { return };
        let index = self.memory.index();
        for file in &index {
            if !self.files.contains(&file.path) {
                self.files.push(file.path.clone());
            }
        }
        let mut sizes = vec![0usize; self.files.len()];
        for file in &index {
            if let Some(i) = self.files.iter().position(|f| *f == file.path) {
                sizes[i] = file.bytes as usize;
            }
        }
        match self.sizes.last_mut() {
            Some((last, s)) if *last == step => *s = sizes,
            _ => self.sizes.push((step, sizes)),
        }
    }

    /// The memory after step `n`, what step `n` changed, from the nearest copy before it.
    pub fn at(&self, n: u32) -> anyhow::Result<MemoryAt> {
        let start = self.checkpoints.iter().rev().find(|c| c.after_step < n);
        let mut memory = empty_memory();
        let offset = match start {
            Some(c) => {
                for (path, content) in &c.files {
                    memory.write(path, content).map_err(|e| anyhow::anyhow!("cannot restore {path}: {e}"))?;
                }
                c.offset
            }
            None => 0,
        };
        let mut before: Option<Snapshot> = None;
        let mut entries = Vec::new();
        let what = self.path.display().to_string();
        let reader = open_range(&self.path, offset, self.scanned)?;
        let stop = std::cell::Cell::new(false);
        whole_lines(reader, offset, &what, |_, line| {
            if stop.get() || line.iter().all(u8::is_ascii_whitespace) {
                return Ok(());
            }
            let Ok(entry) = serde_json::from_slice::<Entry>(line) else { return Ok(()) };
            if entry.stamp.step > n {
                stop.set(true);
                return Ok(());
            }
            if entry.stamp.step == n {
                if before.is_none() {
                    before = Some(memory.snapshot());
                }
                entries.push(describe(&entry));
            }
            let _ = memory.apply(&entry);
            Ok(())
        })?;
        let files = memory.snapshot();
        let before = before.unwrap_or_else(|| files.clone());
        let mut changed = BTreeMap::new();
        for (path, now) in &files {
            let old = before.get(path).map_or("", String::as_str);
            if old != now {
                changed.insert(path.clone(), changed_line_numbers(old, now));
            }
        }
        let removed = before.keys().filter(|p| !files.contains_key(*p)).cloned().collect();
        Ok(MemoryAt { step: n, files, changed, removed, entries })
    }
}

fn describe(entry: &Entry) -> String {
    let who = format!("{} {}", kebab(&entry.stamp.phase), kebab(&entry.stamp.actor));
    let what = match &entry.change {
        Change::Write { path, .. } => format!("write {path}"),
        Change::Append { path, line } => format!("append {path}: {}", shorten(line, 120)),
        Change::Create { path } => format!("create {path}"),
        Change::Remove { path } => format!("remove {path}"),
        Change::Rename { from, to } => format!("rename {from} -> {to}"),
        Change::Looked { call, result } => format!("looked {}: {}", shorten(call, 80), shorten(result, 80)),
        Change::Failed { call, error } => format!("FAILED {}: {}", shorten(call, 80), shorten(error, 120)),
    };
    format!("{who}: {what}")
}

fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// `text` ending in a line break, so a last line without one diffs equal to the same line with one.
fn terminated(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_empty() || text.ends_with('\n') { text.into() } else { format!("{text}\n").into() }
}

/// The lines of `new` that a line diff from `old` inserts.
fn added_lines(old: &str, new: &str) -> Vec<String> {
    let (old, new) = (terminated(old), terminated(new));
    let (old, new) = (old.as_ref(), new.as_ref());
    let diff = similar::TextDiff::configure().timeout(std::time::Duration::from_millis(50)).diff_lines(old, new);
    diff.iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Insert)
        .map(|c| c.value().trim_end_matches(['\n', '\r']).to_string())
        .collect()
}

/// The 1-based numbers of `new`'s lines that a line diff from `old` inserts.
fn changed_line_numbers(old: &str, new: &str) -> Vec<u32> {
    let (old, new) = (terminated(old), terminated(new));
    let (old, new) = (old.as_ref(), new.as_ref());
    let diff = similar::TextDiff::configure().timeout(std::time::Duration::from_millis(50)).diff_lines(old, new);
    diff.iter_all_changes()
        .filter(|c| c.tag() == similar::ChangeTag::Insert)
        .filter_map(|c| c.new_index().map(|i| i as u32 + 1))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use automem_runfile::{Actor, Part, Stamp};
    use std::io::Write;

    fn entry(step: u32, change: Change) -> Entry {
        Entry { stamp: Stamp { step, phase: Part::Log, actor: Actor::Model }, change, bytes_before: 0, bytes_after: 0 }
    }

    #[test]
    fn memory_at_a_step_equals_a_full_replay_across_checkpoints() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("episode-1.memory.jsonl");
        let mut file = std::fs::File::create(&path).unwrap();
        let mut all = Vec::new();
        for step in 0..200u32 {
            let e = entry(step, Change::Append { path: "log.txt".into(), line: format!("step {step}") });
            all.push(e.clone());
            if step % 7 == 0 {
                all.push(entry(step, Change::Write { path: "plan.txt".into(), content: format!("plan {step}\nkeep") }));
            }
        }
        for e in &all {
            writeln!(file, "{}", serde_json::to_string(e).unwrap()).unwrap();
        }
        // A half-written last line is left for later.
        write!(file, "{{\"step\":200,").unwrap();
        drop(file);
        let mut index = MemoryIndex::new(&path);
        index.refresh().unwrap();
        assert!(index.checkpoints.len() >= 5);
        for n in [0u32, 31, 32, 33, 64, 150, 199] {
            let expected = Memory::replay(Quotas::default(), all.iter().filter(|e| e.stamp.step <= n)).unwrap();
            let got = index.at(n).unwrap();
            assert_eq!(got.files, expected.snapshot(), "step {n}");
            assert_eq!(got.changed["log.txt"], vec![n + 1], "step {n}");
        }
        assert!(index.writes.iter().any(|w| w.text == "plan 7" && w.step == 7));
        assert!(!index.writes.iter().any(|w| w.text == "keep" && w.step == 7), "an unchanged line is no write");
    }

    #[test]
    fn rewriting_a_file_with_one_more_line_adds_only_that_line() {
        assert_eq!(added_lines("a\nb", "a\nb\nc"), ["c"]);
        assert_eq!(changed_line_numbers("a\nb", "a\nb\nc"), [3]);
    }
}
