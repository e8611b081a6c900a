//! The agent's memory: one rooted, in-memory file tree per episode, with quotas.
//!
//! This is the only state the model carries from step to step. Paths are canonicalized by
//! [`path::canonicalize`]; a write that would break a [`Quotas`] limit fails with a message the
//! model can act on and changes nothing.
pub mod path;

mod host;

use crate::bindings::memory_api::MemoryError;
use crate::bindings::types::{FileEntry, SearchHit};
use std::collections::BTreeMap;

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

/// One episode's memory files.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Memory {
    files: BTreeMap<String, String>,
    quotas: Quotas,
    total_bytes: usize,
}

impl Memory {
    /// An empty memory with these quotas.
    pub fn new(quotas: Quotas) -> Self {
        Memory { files: BTreeMap::new(), quotas, total_bytes: 0 }
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
        let path = canonical(path)?;
        self.store(path, content.to_string())
    }

    /// Create an empty file; fails if it exists.
    pub fn create(&mut self, path: &str) -> Result<(), MemoryError> {
        let path = canonical(path)?;
        if self.files.contains_key(&path) {
            return Err(MemoryError::AlreadyExists(format!("file '{path}' already exists")));
        }
        self.store(path, String::new())
    }

    /// Append one line: trailing newlines are stripped and one is added.
    pub fn append(&mut self, path: &str, line: &str) -> Result<(), MemoryError> {
        let path = canonical(path)?;
        let mut content = self.files.get(&path).cloned().unwrap_or_default();
        if !content.is_empty() && !content.ends_with('\n') {
            content.push('\n');
        }
        content.push_str(line.trim_end_matches(['\n', '\r']));
        content.push('\n');
        self.store(path, content)
    }

    /// Delete a file.
    pub fn remove(&mut self, path: &str) -> Result<(), MemoryError> {
        let path = canonical(path)?;
        let old = self.files.remove(&path).ok_or_else(|| not_found(&path))?;
        self.total_bytes -= old.len();
        Ok(())
    }

    /// Move a file to a path that does not exist yet.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), MemoryError> {
        let from = canonical(from)?;
        let to = canonical(to)?;
        if self.files.contains_key(&to) {
            return Err(MemoryError::AlreadyExists(format!("file '{to}' already exists")));
        }
        let text = self.files.remove(&from).ok_or_else(|| not_found(&from))?;
        self.files.insert(to, text);
        Ok(())
    }

    /// Case-insensitive substring search in one file or all; returns the last `limit` hits and
    /// the total number of hits.
    pub fn search(
        &self,
        path: Option<&str>,
        query: &str,
        limit: usize,
    ) -> Result<(Vec<SearchHit>, usize), MemoryError> {
        let needle = query.to_lowercase();
        let mut hits = Vec::new();
        let mut scan = |path: &str, text: &str| {
            for (i, line) in text.lines().enumerate() {
                if contains_ignore_case(line, &needle) {
                    hits.push(SearchHit { path: path.to_string(), line_number: i as u32 + 1, text: line.to_string() });
                }
            }
        };
        match path {
            Some(p) => {
                let p = canonical(p)?;
                let text = self.files.get(&p).ok_or_else(|| not_found(&p))?;
                scan(&p, text);
            }
            None => self.files.iter().for_each(|(p, t)| scan(p, t)),
        }
        let total = hits.len();
        if total > limit {
            hits.drain(..total - limit);
        }
        Ok((hits, total))
    }

    /// Put content at a canonical path, enforcing every quota first.
    fn store(&mut self, path: String, content: String) -> Result<(), MemoryError> {
        let q = &self.quotas;
        if let Some(long) = content.lines().find(|l| l.len() > q.max_line_bytes) {
            return Err(MemoryError::QuotaExceeded(format!(
                "a line of {} bytes is longer than the {} allowed; split it or say it shorter",
                long.len(),
                q.max_line_bytes
            )));
        }
        if content.len() > q.max_file_bytes {
            return Err(MemoryError::QuotaExceeded(format!(
                "'{path}' would be {} bytes, over the {} allowed per file; summarize it with WRITE or remove old lines",
                content.len(),
                q.max_file_bytes
            )));
        }
        let old = self.files.get(&path).map_or(0, String::len);
        if old == 0 && !self.files.contains_key(&path) && self.files.len() >= q.max_files {
            return Err(MemoryError::QuotaExceeded(format!(
                "memory already holds {} files, the most allowed; reuse or remove one",
                q.max_files
            )));
        }
        let total = self.total_bytes - old + content.len();
        if total > q.max_total_bytes {
            return Err(MemoryError::QuotaExceeded(format!(
                "memory would hold {total} bytes, over the {} allowed in all; shorten or remove files",
                q.max_total_bytes
            )));
        }
        self.total_bytes = total;
        self.files.insert(path, content);
        Ok(())
    }
}

fn canonical(path: &str) -> Result<String, MemoryError> {
    path::canonicalize(path).map_err(MemoryError::InvalidPath)
}

fn not_found(path: &str) -> MemoryError {
    MemoryError::NotFound(format!("file '{path}' does not exist"))
}

fn contains_ignore_case(line: &str, lowered_needle: &str) -> bool {
    if line.is_ascii() && lowered_needle.is_ascii() {
        let (h, n) = (line.as_bytes(), lowered_needle.as_bytes());
        n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        line.to_lowercase().contains(lowered_needle)
    }
}
