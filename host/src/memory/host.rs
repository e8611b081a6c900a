//! The `memory` interface as schemas see it, served from the instance's store data.
//!
//! A call site the host marked read-only gets `read-only` for any write; a schema instance
//! with no memory attached sees an empty, read-only memory.
use crate::bindings::memory_api::{Host, MemoryError};
use crate::bindings::types::{FileEntry, SearchHit};
use crate::sandbox::HostState;

impl HostState {
    fn writable(&mut self) -> Result<&mut super::Memory, MemoryError> {
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
        self.memory.as_ref().map(super::Memory::index).unwrap_or_default()
    }

    fn read(&mut self, path: String) -> Result<String, MemoryError> {
        match &self.memory {
            Some(memory) => memory.read(&path).map(str::to_string),
            None => Err(MemoryError::NotFound(format!("file '{path}' does not exist"))),
        }
    }

    fn write(&mut self, path: String, content: String) -> Result<(), MemoryError> {
        self.writable()?.write(&path, &content)
    }

    fn append(&mut self, path: String, line: String) -> Result<(), MemoryError> {
        self.writable()?.append(&path, &line)
    }

    fn remove(&mut self, path: String) -> Result<(), MemoryError> {
        self.writable()?.remove(&path)
    }

    fn rename(&mut self, from: String, to: String) -> Result<(), MemoryError> {
        self.writable()?.rename(&from, &to)
    }

    fn search(&mut self, path: Option<String>, query: String, limit: u32) -> Result<Vec<SearchHit>, MemoryError> {
        match &self.memory {
            Some(memory) => {
                memory.search(path.as_deref(), &query, limit.min(MAX_SEARCH_LIMIT) as usize).map(|(hits, _)| hits)
            }
            None => Ok(Vec::new()),
        }
    }
}
