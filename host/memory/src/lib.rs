//! The agent's memory: one rooted, in-memory file tree per episode, with quotas.
//!
//! This is the only state the model carries from step to step. Paths are canonicalized by
//! [`path::canonicalize`]; a write that would break a [`Quotas`] limit fails with a message the
//! model can act on and changes nothing. Every change is journaled as it happens ([`Journal`]):
//! streamed to a file by `automem run` and `serve`, so memory holds the files and nothing else.
//!
//! It knows nothing of WebAssembly: the runtime serves it to schemas through the WIT `memory`
//! interface and converts these types to WIT's at that boundary.
#![deny(missing_docs)]

pub mod disk;
pub mod path;

use automem_runfile::{Actor, Budget, Change, Entry, Journal, JournalReader, Part, Stamp};
use std::collections::BTreeMap;

/// Why a memory call failed. Each message is written for the model to read and act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemoryError {
    /// The path is not allowed: it escapes the memory, has forbidden characters or is too long.
    InvalidPath(String),
    /// No such file.
    NotFound(String),
    /// The file already exists (create, rename onto an existing file).
    AlreadyExists(String),
    /// A quota (files, bytes per file, total bytes, line length) would be exceeded.
    QuotaExceeded(String),
    /// This call site may only read memory.
    ReadOnly,
    /// An edit could not be applied, e.g. str-replace found no or several matches.
    InvalidEdit(String),
}

impl std::fmt::Display for MemoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MemoryError::InvalidPath(m)
            | MemoryError::NotFound(m)
            | MemoryError::AlreadyExists(m)
            | MemoryError::QuotaExceeded(m)
            | MemoryError::InvalidEdit(m) => f.write_str(m),
            MemoryError::ReadOnly => f.write_str("memory is read-only in this phase"),
        }
    }
}

impl std::error::Error for MemoryError {}

/// One memory file as the file index shows it to the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Path inside the episode's memory, e.g. "map_notes.txt" or "notes/caves.txt".
    pub path: String,
    /// Number of lines.
    pub lines: u32,
    /// Size in bytes (UTF-8).
    pub bytes: u32,
}

/// One line that matched a memory search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The file.
    pub path: String,
    /// 1-based line number.
    pub line_number: u32,
    /// The line.
    pub text: String,
}

/// Limits on one episode's memory.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Quotas {
    /// Most files.
    pub max_files: usize,
    /// Largest file, in bytes.
    pub max_file_bytes: usize,
    /// All files together, in bytes.
    pub max_total_bytes: usize,
    /// Longest line, in bytes.
    pub max_line_bytes: usize,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas { max_files: 64, max_file_bytes: 64 << 10, max_total_bytes: 1 << 20, max_line_bytes: 2048 }
    }
}

/// One episode's memory files, and the journal of every change made to them.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Memory {
    files: BTreeMap<String, String>,
    quotas: Quotas,
    total_bytes: usize,
    #[serde(skip)]
    journal: Journal,
    stamp: Stamp,
    /// Files changed since [`Memory::take_touched`] was last called.
    #[serde(skip)]
    touched: BTreeMap<String, Touched>,
}

/// How a file changed since the last [`Memory::take_touched`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    /// Only appended to: these lines (each with its line break). Never longer than the file.
    Appended(String),
    /// Written, created, removed or renamed: its content now is what counts.
    Changed,
}

/// Two memories are equal when they hold the same files under the same quotas.
impl PartialEq for Memory {
    fn eq(&self, other: &Self) -> bool {
        self.files == other.files && self.quotas == other.quotas
    }
}

/// A line a search found, borrowed from the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The file.
    pub path: &'a str,
    /// 1-based line number.
    pub line_number: u32,
    /// The line, without its line break.
    pub text: &'a str,
}

/// A copy of the files of a memory at one moment.
pub type Snapshot = BTreeMap<String, String>;

impl Memory {
    /// An empty memory with these quotas.
    pub fn new(quotas: Quotas) -> Self {
        Memory { quotas, ..Memory::default() }
    }

    /// Journal every change from now on to `journal` (e.g. [`Journal::streaming`] to a file).
    pub fn with_journal(mut self, journal: Journal) -> Self {
        self.journal = journal;
        self
    }

    /// Push the journal's writes to its file; the first write error, if any.
    pub fn flush_journal(&mut self) -> Result<(), String> {
        self.journal.flush()
    }

    /// Flush the journal and close its file: an episode's memory handed back holds no writer.
    pub fn finish_journal(&mut self) -> Result<(), String> {
        self.journal.finish()
    }

    /// The files changed since the last call (the engine's per-step memory diff), and forget them.
    pub fn take_touched(&mut self) -> BTreeMap<String, Touched> {
        std::mem::take(&mut self.touched)
    }

    /// Say who makes the next changes and when; they are journaled with this stamp.
    pub fn set_stamp(&mut self, step: u32, phase: Part, actor: Actor) {
        self.stamp = Stamp { step, phase, actor };
    }

    /// Journal an operation that changed nothing: a look-up and what it found, or a failure and
    /// why. Results are cut to their first line (at most 200 bytes): the trace has them whole.
    pub fn note(&mut self, call: &str, outcome: Result<&str, &str>) {
        if !self.journal.has_room() {
            return;
        }
        let first_line = |text: &str| {
            let line = text.lines().next().unwrap_or("");
            let mut end = line.len().min(200);
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            line[..end].to_string()
        };
        let change = match outcome {
            Ok(result) => Change::Looked { call: call.to_string(), result: first_line(result) },
            Err(error) => Change::Failed { call: call.to_string(), error: first_line(error) },
        };
        self.record(change, self.total_bytes);
    }

    /// Every change so far, in order, when the journal is kept in RAM; empty when it streams to a
    /// file (read that back with [`JournalReader`], or rebuild with [`Memory::replay_file`]).
    pub fn journal(&self) -> &[Entry] {
        self.journal.entries()
    }

    /// Rebuild a memory by applying journal entries to an empty one with these quotas.
    pub fn replay<'a>(quotas: Quotas, entries: impl IntoIterator<Item = &'a Entry>) -> Result<Memory, MemoryError> {
        let mut memory = Memory::new(quotas);
        for entry in entries {
            memory.apply(entry)?;
        }
        Ok(memory)
    }

    /// Rebuild a memory from an on-disk journal (`episode-<seed>.memory.jsonl`), reading one
    /// entry at a time and keeping none (the rebuilt memory's own journal is empty).
    pub fn replay_file(quotas: Quotas, path: &std::path::Path) -> anyhow::Result<Memory> {
        let mut reader = JournalReader::open(path)?;
        let discard = Journal::streaming(Box::new(std::io::sink()), Budget::default());
        let mut memory = Memory::new(quotas).with_journal(discard);
        let mut n = 0usize;
        while let Some(entry) = reader.next_entry()? {
            n += 1;
            memory
                .apply(&entry)
                .map_err(|e| anyhow::anyhow!("{} entry {n} cannot be replayed: {e}", path.display()))?;
        }
        memory.journal = Journal::default();
        memory.touched.clear();
        Ok(memory)
    }

    /// Apply one journal entry again (look-ups and failures change nothing): one step of
    /// [`Memory::replay`], for readers that replay a journal as it grows.
    pub fn apply(&mut self, entry: &Entry) -> Result<(), MemoryError> {
        self.stamp = entry.stamp;
        match &entry.change {
            Change::Write { path, content } => self.write(path, content),
            Change::Append { path, line } => self.append(path, line),
            Change::Create { path } => self.create(path),
            Change::Remove { path } => self.remove(path),
            Change::Rename { from, to } => self.rename(from, to),
            Change::Looked { .. } | Change::Failed { .. } => Ok(()),
        }
    }

    /// The files as they are now.
    pub fn snapshot(&self) -> Snapshot {
        self.files.clone()
    }

    /// Put the files back as they were in `snapshot` (journaled as writes and removals).
    pub fn restore(&mut self, snapshot: &Snapshot) -> Result<(), MemoryError> {
        let gone: Vec<String> = self.files.keys().filter(|p| !snapshot.contains_key(*p)).cloned().collect();
        for path in gone {
            self.remove(&path)?;
        }
        for (path, content) in snapshot {
            if self.files.get(path) != Some(content) {
                self.write(path, content)?;
            }
        }
        Ok(())
    }

    /// Replace the one occurrence of `old` in a file with `new` (the memory tool's str_replace).
    pub fn str_replace(&mut self, path: &str, old: &str, new: &str) -> Result<(), MemoryError> {
        let content = self.read(path)?;
        let count = if old.is_empty() { 0 } else { content.matches(old).count() };
        match count {
            1 => {
                let updated = content.replacen(old, new, 1);
                self.write(path, &updated)
            }
            0 => Err(MemoryError::InvalidEdit(format!("the text to replace was not found in '{path}'"))),
            n => Err(MemoryError::InvalidEdit(format!(
                "the text to replace occurs {n} times in '{path}'; include more context so it is unique"
            ))),
        }
    }

    /// Insert `text` after line `line` of a file (0 puts it first; the memory tool's insert).
    pub fn insert(&mut self, path: &str, line: u32, text: &str) -> Result<(), MemoryError> {
        let content = self.read(path)?;
        let mut lines: Vec<&str> = content.lines().collect();
        if line as usize > lines.len() {
            return Err(MemoryError::InvalidEdit(format!(
                "'{path}' has {} lines; insert after a line from 0 to {}",
                lines.len(),
                lines.len()
            )));
        }
        let text = text.trim_end_matches(['\n', '\r']);
        lines.insert(line as usize, text);
        let updated = lines.join("\n") + "\n";
        self.write(path, &updated)
    }

    /// The quotas in force.
    pub fn quotas(&self) -> &Quotas {
        &self.quotas
    }

    /// Bytes used by all files.
    pub fn total_bytes(&self) -> usize {
        self.total_bytes
    }

    /// Every file with its line and byte counts, sorted by path.
    pub fn index(&self) -> Vec<FileEntry> {
        self.files
            .iter()
            .map(|(path, text)| FileEntry {
                path: path.clone(),
                lines: text.lines().count() as u32,
                bytes: text.len() as u32,
            })
            .collect()
    }

    /// The content of a file.
    pub fn read(&self, path: &str) -> Result<&str, MemoryError> {
        let path = canonical(path)?;
        self.files.get(&path).map(String::as_str).ok_or_else(|| not_found(&path))
    }

    /// Whether a file exists.
    pub fn exists(&self, path: &str) -> bool {
        canonical(path).map(|p| self.files.contains_key(&p)).unwrap_or(false)
    }

    /// Replace a file's content, creating it if needed.
    pub fn write(&mut self, path: &str, content: &str) -> Result<(), MemoryError> {
        self.room()?;
        let path = canonical(path)?;
        let before = self.total_bytes;
        // Headroom, so the APPENDs that usually follow a WRITE do not copy the whole file.
        let mut stored = String::with_capacity(content.len() + content.len() / 4 + 256);
        stored.push_str(content);
        self.store(path.clone(), stored)?;
        self.record(Change::Write { path, content: content.to_string() }, before);
        Ok(())
    }

    /// Create an empty file; fails if it exists.
    pub fn create(&mut self, path: &str) -> Result<(), MemoryError> {
        self.room()?;
        let path = canonical(path)?;
        if self.files.contains_key(&path) {
            return Err(MemoryError::AlreadyExists(format!("file '{path}' already exists")));
        }
        let before = self.total_bytes;
        self.store(path.clone(), String::new())?;
        self.record(Change::Create { path }, before);
        Ok(())
    }

    /// Append one line: trailing newlines are stripped and one is added. Costs the line, not
    /// the file: the quotas are checked on sizes, then the text is added in place.
    pub fn append(&mut self, path: &str, line: &str) -> Result<(), MemoryError> {
        self.room()?;
        let path = canonical(path)?;
        let text = line.trim_end_matches(['\n', '\r']);
        let existing = self.files.get(&path);
        let separator = usize::from(existing.is_some_and(|c| !c.is_empty() && !c.ends_with('\n')));
        let old_len = existing.map_or(0, String::len);
        let new_len = old_len + separator + text.len() + 1;
        self.check_quotas(&path, text, existing.is_some(), old_len, new_len)?;
        let before = self.total_bytes;
        let content = self.files.entry(path.clone()).or_default();
        if separator == 1 {
            content.push('\n');
        }
        content.push_str(text);
        content.push('\n');
        self.total_bytes = before - old_len + new_len;
        self.record(Change::Append { path, line: line.to_string() }, before);
        Ok(())
    }

    /// Delete a file.
    pub fn remove(&mut self, path: &str) -> Result<(), MemoryError> {
        self.room()?;
        let path = canonical(path)?;
        let old = self.files.remove(&path).ok_or_else(|| not_found(&path))?;
        let before = self.total_bytes;
        self.total_bytes -= old.len();
        self.record(Change::Remove { path }, before);
        Ok(())
    }

    /// Move a file to a path that does not exist yet.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), MemoryError> {
        self.room()?;
        let from = canonical(from)?;
        let to = canonical(to)?;
        if self.files.contains_key(&to) {
            return Err(MemoryError::AlreadyExists(format!("file '{to}' already exists")));
        }
        if !self.files.contains_key(&from) {
            return Err(not_found(&from));
        }
        self.refuse_case_twin(&to, Some(&from))?;
        let text = self.files.remove(&from).ok_or_else(|| not_found(&from))?;
        self.files.insert(to.clone(), text);
        self.record(Change::Rename { from, to }, self.total_bytes);
        Ok(())
    }

    /// Refuse a change once the episode's trace and journal budget is spent (or the journal
    /// cannot be written): a change that could not be journaled would make the journal lie.
    fn room(&self) -> Result<(), MemoryError> {
        if self.journal.has_room() {
            return Ok(());
        }
        Err(MemoryError::QuotaExceeded(format!(
            "this episode has written its limit of {} bytes of trace and memory journal; memory cannot change \
             any more and the episode ends after this step",
            self.journal.budget().max()
        )))
    }

    fn record(&mut self, change: Change, bytes_before: usize) {
        self.touch(&change);
        self.journal.record(Entry { stamp: self.stamp, change, bytes_before, bytes_after: self.total_bytes });
    }

    /// Remember which file a change touched, for [`Memory::take_touched`]: appended lines while a
    /// file is only appended to (never more than the file holds), else just that it changed.
    fn touch(&mut self, change: &Change) {
        match change {
            Change::Append { path, line } => {
                let line = line.trim_end_matches(['\n', '\r']);
                match self.touched.get_mut(path) {
                    Some(Touched::Appended(text)) => {
                        text.push_str(line);
                        text.push('\n');
                    }
                    Some(Touched::Changed) => {}
                    None => {
                        self.touched.insert(path.clone(), Touched::Appended(format!("{line}\n")));
                    }
                }
            }
            Change::Write { path, .. } | Change::Create { path } | Change::Remove { path } => {
                self.touched.insert(path.clone(), Touched::Changed);
            }
            Change::Rename { from, to } => {
                self.touched.insert(from.clone(), Touched::Changed);
                self.touched.insert(to.clone(), Touched::Changed);
            }
            Change::Looked { .. } | Change::Failed { .. } => {}
        }
    }

    /// Case-insensitive substring search in one file or all; returns the last `limit` hits and
    /// the total number of hits.
    pub fn search(
        &self,
        path: Option<&str>,
        query: &str,
        limit: usize,
    ) -> Result<(Vec<SearchHit>, usize), MemoryError> {
        let (hits, total) = self.search_lines(path, query, limit)?;
        let hits = hits
            .into_iter()
            .map(|h| SearchHit { path: h.path.to_string(), line_number: h.line_number, text: h.text.to_string() })
            .collect();
        Ok((hits, total))
    }

    /// As [`Memory::search`], borrowing the lines instead of copying them (the model's SEARCH).
    pub fn search_lines(
        &self,
        path: Option<&str>,
        query: &str,
        limit: usize,
    ) -> Result<(Vec<Hit<'_>>, usize), MemoryError> {
        let needle = query.to_lowercase();
        let mut hits = Vec::new();
        match path {
            Some(p) => {
                let p = canonical(p)?;
                let (path, text) = self.files.get_key_value(&p).ok_or_else(|| not_found(&p))?;
                scan_file(path, text, &needle, &mut hits);
            }
            None => self.files.iter().for_each(|(p, t)| scan_file(p, t, &needle, &mut hits)),
        }
        let total = hits.len();
        if total > limit {
            hits.drain(..total - limit);
        }
        Ok((hits, total))
    }

    /// Put content at a canonical path, enforcing every quota first.
    fn store(&mut self, path: String, content: String) -> Result<(), MemoryError> {
        let old = self.files.get(&path).map(String::len);
        self.check_quotas(&path, &content, old.is_some(), old.unwrap_or(0), content.len())?;
        self.total_bytes = self.total_bytes - old.unwrap_or(0) + content.len();
        self.files.insert(path, content);
        Ok(())
    }

    /// Would a file at `path` going from `old_len` to `new_len` bytes, with `added` the new
    /// text, keep every quota? Says which one it breaks, in words the model can act on.
    fn check_quotas(
        &self,
        path: &str,
        added: &str,
        exists: bool,
        old_len: usize,
        new_len: usize,
    ) -> Result<(), MemoryError> {
        if !exists {
            self.refuse_case_twin(path, None)?;
        }
        let q = &self.quotas;
        if let Some(long) = added.lines().find(|l| l.len() > q.max_line_bytes) {
            return Err(MemoryError::QuotaExceeded(format!(
                "a line of {} bytes is longer than the {} allowed; split it or say it shorter",
                long.len(),
                q.max_line_bytes
            )));
        }
        if new_len > q.max_file_bytes {
            return Err(MemoryError::QuotaExceeded(format!(
                "'{path}' would be {new_len} bytes, over the {} allowed per file; summarize it with WRITE or remove old lines",
                q.max_file_bytes
            )));
        }
        if !exists && self.files.len() >= q.max_files {
            return Err(MemoryError::QuotaExceeded(format!(
                "memory already holds {} files, the most allowed; reuse or remove one",
                q.max_files
            )));
        }
        let total = self.total_bytes - old_len + new_len;
        if total > q.max_total_bytes {
            return Err(MemoryError::QuotaExceeded(format!(
                "memory would hold {total} bytes, over the {} allowed in all; shorten or remove files",
                q.max_total_bytes
            )));
        }
        Ok(())
    }
}

impl Memory {
    /// Refuses a new file at `path` whose name or a folder differs from an existing one (other than
    /// `except`, a file being renamed) only in case.
    fn refuse_case_twin(&self, path: &str, except: Option<&str>) -> Result<(), MemoryError> {
        let others = self.files.keys().map(String::as_str).filter(|p| Some(*p) != except);
        match path::case_twin(path, others) {
            Some(twin) => Err(MemoryError::AlreadyExists(format!(
                "'{path}' differs from the existing '{twin}' only in upper/lower case; use '{twin}' or a \
                 different name"
            ))),
            None => Ok(()),
        }
    }
}

fn canonical(path: &str) -> Result<String, MemoryError> {
    path::canonicalize(path).map_err(MemoryError::InvalidPath)
}

fn not_found(path: &str) -> MemoryError {
    MemoryError::NotFound(format!("file '{path}' does not exist"))
}

/// Find the lines of `text` containing `needle` (already lower-case), case-insensitively.
///
/// ASCII text (the common case) is lower-cased once and searched with `memchr::memmem`, so the
/// cost is one pass over the file plus the matching lines, not a comparison per byte per line.
fn scan_file<'a>(path: &'a str, text: &'a str, needle: &str, hits: &mut Vec<Hit<'a>>) {
    if !(text.is_ascii() && needle.is_ascii()) || needle.is_empty() {
        for (i, line) in text.lines().enumerate() {
            if needle.is_empty() || line.to_lowercase().contains(needle) {
                hits.push(Hit { path, line_number: i as u32 + 1, text: line });
            }
        }
        return;
    }
    let lower = text.as_bytes().to_ascii_lowercase();
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let (mut line_number, mut counted_to, mut next_line) = (1u32, 0usize, 0usize);
    for at in finder.find_iter(&lower) {
        if at < next_line {
            continue; // this line is already reported
        }
        let start = memchr::memrchr(b'\n', &lower[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &lower[at..]).map_or(lower.len(), |i| at + i);
        line_number += memchr::memchr_iter(b'\n', &lower[counted_to..start]).count() as u32;
        counted_to = start;
        next_line = end + 1;
        // As `str::lines`: a '\r' is dropped only when a '\n' follows it.
        let raw = &text[start..end];
        let line = if end < text.len() { raw.strip_suffix('\r').unwrap_or(raw) } else { raw };
        hits.push(Hit { path, line_number, text: line });
    }
}
