//! Memory on disk: an episode's files exported to a real folder (where a user reads them, and
//! from where a later run can start), and imported back.
//!
//! All access goes through a `cap_std` directory handle, so nothing outside the folder can be
//! touched, whatever the memory paths or a symlink planted in the folder say. Imported files pass
//! the same path rules and quotas as the model's own writes.
use super::{Memory, Quotas, Snapshot, path};
use cap_std::ambient_authority;
use cap_std::fs::Dir;
use std::path::{Path, PathBuf};

/// The file that marks a folder as an automem memory export (so re-exporting may replace it).
pub const MARKER: &str = ".automem-memory";

/// Why memory could not be exported or imported.
#[derive(Debug, thiserror::Error)]
pub enum DiskError {
    /// The folder could not be used.
    #[error("{folder}: {message}")]
    Folder {
        /// The folder.
        folder: PathBuf,
        /// What went wrong and what to do.
        message: String,
    },
    /// One file could not be written or taken in.
    #[error("{folder}: file '{file}': {message}")]
    File {
        /// The folder.
        folder: PathBuf,
        /// The file, relative to the folder.
        file: String,
        /// What went wrong.
        message: String,
    },
}

/// Write every file of `files` under `folder`, creating it. A folder that exists must be empty
/// or an earlier export (it then is replaced); anything else is refused, so no user folder is
/// ever overwritten by mistake.
pub fn export(files: &Snapshot, folder: &Path) -> Result<(), DiskError> {
    let folder_err = |message: String| DiskError::Folder { folder: folder.to_path_buf(), message };
    std::fs::create_dir_all(folder).map_err(|e| folder_err(format!("cannot create it: {e}")))?;
    let dir =
        Dir::open_ambient_dir(folder, ambient_authority()).map_err(|e| folder_err(format!("cannot open it: {e}")))?;
    let mut entries = dir.entries().map_err(|e| folder_err(format!("cannot list it: {e}")))?.peekable();
    if entries.peek().is_some() {
        if !dir.exists(MARKER) {
            return Err(folder_err(
                "it is not empty and is not an automem memory export; choose an empty or new folder".into(),
            ));
        }
        for entry in entries {
            let entry = entry.map_err(|e| folder_err(format!("cannot list it: {e}")))?;
            let name = entry.file_name();
            let kind = entry.file_type().map_err(|e| folder_err(format!("cannot inspect {name:?}: {e}")))?;
            let removed = if kind.is_dir() { dir.remove_dir_all(&name) } else { dir.remove_file(&name) };
            removed.map_err(|e| folder_err(format!("cannot clear the earlier export ({name:?}): {e}")))?;
        }
    }
    dir.write(MARKER, "automem memory export: one file per memory file; safe to delete\n")
        .map_err(|e| folder_err(format!("cannot write in it: {e}")))?;
    for (file, content) in files {
        let file_err = |message: String| DiskError::File { folder: folder.to_path_buf(), file: file.clone(), message };
        let canonical = path::canonicalize(file).map_err(file_err)?;
        if let Some((parent, _)) = canonical.rsplit_once('/') {
            dir.create_dir_all(parent).map_err(|e| file_err(format!("cannot create its folder: {e}")))?;
        }
        dir.write(&canonical, content).map_err(|e| file_err(format!("cannot write it: {e}")))?;
    }
    Ok(())
}

/// Read every file under `folder` into a memory with these quotas (journaled as the host's
/// set-up writes). Refuses symlinks, files that are not UTF-8 text, names the memory would
/// refuse, and anything over the quotas, naming the file.
pub fn import(folder: &Path, quotas: Quotas) -> Result<Memory, DiskError> {
    let dir = Dir::open_ambient_dir(folder, ambient_authority()).map_err(|e| DiskError::Folder {
        folder: folder.to_path_buf(),
        message: format!("cannot open it as a memory folder: {e}"),
    })?;
    let mut memory = Memory::new(quotas);
    walk(&dir, folder, "", 0, &mut memory)?;
    Ok(memory)
}

fn walk(dir: &Dir, folder: &Path, prefix: &str, depth: usize, memory: &mut Memory) -> Result<(), DiskError> {
    let folder_err = |message: String| DiskError::Folder { folder: folder.to_path_buf(), message };
    let mut entries = Vec::new();
    for entry in dir.entries().map_err(|e| folder_err(format!("cannot list {prefix:?}: {e}")))? {
        let entry = entry.map_err(|e| folder_err(format!("cannot list {prefix:?}: {e}")))?;
        entries.push(entry);
    }
    // A stable order, so the journal of an import does not depend on the file system.
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let raw_name = entry.file_name();
        let name = raw_name.to_str().map(str::to_string);
        let shown = format!("{prefix}{}", raw_name.to_string_lossy());
        let file_err = |message: String| DiskError::File { folder: folder.to_path_buf(), file: shown.clone(), message };
        let Some(name) = name else {
            return Err(file_err("the name is not UTF-8; rename it".into()));
        };
        if depth == 0 && name == MARKER {
            continue;
        }
        let kind = entry.file_type().map_err(|e| file_err(format!("cannot inspect it: {e}")))?;
        let relative = format!("{prefix}{name}");
        if kind.is_symlink() {
            return Err(file_err("it is a symbolic link; memory folders hold plain files only".into()));
        } else if kind.is_dir() {
            if depth + 1 >= path::MAX_DEPTH {
                return Err(file_err(format!("folders nest deeper than {} levels", path::MAX_DEPTH)));
            }
            let sub = dir.open_dir(&name).map_err(|e| file_err(format!("cannot open it: {e}")))?;
            walk(&sub, folder, &format!("{relative}/"), depth + 1, memory)?;
        } else if kind.is_file() {
            let limit = memory.quotas().max_file_bytes as u64;
            let size = entry.metadata().map_err(|e| file_err(format!("cannot inspect it: {e}")))?.len();
            if size > limit {
                return Err(file_err(format!("it is {size} bytes, over the {limit} allowed per file")));
            }
            let bytes = dir.read(&name).map_err(|e| file_err(format!("cannot read it: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|_| file_err("it is not UTF-8 text".into()))?;
            memory.write(&relative, &text).map_err(|e| file_err(crate::episode::ops::describe(&e)))?;
        } else {
            return Err(file_err("it is neither a file nor a folder".into()));
        }
    }
    Ok(())
}
