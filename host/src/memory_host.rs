//! The `memory` interface as schemas see it, served from the instance's store data: the one
//! place the episode's memory (automem-memory, no WebAssembly) meets its WIT types.
//!
//! A call site the host marked read-only gets `read-only` for any write; a schema instance
//! with no memory attached sees an empty, read-only memory.
use crate::bindings::memory_api::{Host, MemoryError};
use crate::bindings::types::{FileEntry, SearchHit};
use crate::sandbox::HostState;
use automem_memory::Memory;

/// A memory error as the WIT interface carries it.
pub fn wit_error(err: automem_memory::MemoryError) -> MemoryError {
    use automem_memory::MemoryError as E;
    match err {
        E::InvalidPath(m) => MemoryError::InvalidPath(m),
        E::NotFound(m) => MemoryError::NotFound(m),
        E::AlreadyExists(m) => MemoryError::AlreadyExists(m),
        E::QuotaExceeded(m) => MemoryError::QuotaExceeded(m),
        E::ReadOnly => MemoryError::ReadOnly,
        E::InvalidEdit(m) => MemoryError::InvalidEdit(m),
    }
}

/// The file index as the WIT interface carries it.
pub fn wit_index(memory: &Memory) -> Vec<FileEntry> {
    memory.index().into_iter().map(|f| FileEntry { path: f.path, lines: f.lines, bytes: f.bytes }).collect()
}

impl HostState {
    fn writable(&mut self) -> Result<&mut Memory, MemoryError> {
        match (&mut self.memory, self.memory_writable) {
            (Some(memory), true) => Ok(memory),
            _ => Err(MemoryError::ReadOnly),
        }
    }
}

// The shared `types` interface has no functions; its host trait is empty.
impl crate::bindings::types::Host for HostState {}

/// The most search hits a schema may ask for in one call.
const MAX_SEARCH_LIMIT: u32 = 10_000;

impl Host for HostState {
    fn list_files(&mut self) -> Vec<FileEntry> {
        self.memory.as_ref().map(wit_index).unwrap_or_default()
    }

    fn read(&mut self, path: String) -> Result<String, MemoryError> {
        match &self.memory {
            Some(memory) => memory.read(&path).map(str::to_string).map_err(wit_error),
            None => Err(MemoryError::NotFound(format!("file '{path}' does not exist"))),
        }
    }

    fn write(&mut self, path: String, content: String) -> Result<(), MemoryError> {
        self.writable()?.write(&path, &content).map_err(wit_error)
    }

    fn append(&mut self, path: String, line: String) -> Result<(), MemoryError> {
        self.writable()?.append(&path, &line).map_err(wit_error)
    }

    fn remove(&mut self, path: String) -> Result<(), MemoryError> {
        self.writable()?.remove(&path).map_err(wit_error)
    }

    fn rename(&mut self, from: String, to: String) -> Result<(), MemoryError> {
        self.writable()?.rename(&from, &to).map_err(wit_error)
    }

    fn search(&mut self, path: Option<String>, query: String, limit: u32) -> Result<Vec<SearchHit>, MemoryError> {
        match &self.memory {
            Some(memory) => memory
                .search(path.as_deref(), &query, limit.min(MAX_SEARCH_LIMIT) as usize)
                .map(|(hits, _)| {
                    hits.into_iter()
                        .map(|h| SearchHit { path: h.path, line_number: h.line_number, text: h.text })
                        .collect()
                })
                .map_err(wit_error),
            None => Ok(Vec::new()),
        }
    }
}
