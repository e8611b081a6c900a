//! Memory on disk: an episode's files exported to a real folder (where a user reads them, and
//! from where a later run can start), and imported back.
//!
//! All access goes through a `cap_std` directory handle, so nothing outside the folder can be
//! touched, whatever the memory paths or a symlink planted in the folder say. Imported files pass
//! the same path rules and quotas as the model's own writes.
//!
//! An import takes in regular files only, each opened with `O_NOFOLLOW | O_NONBLOCK` relative to
//! its folder's handle and checked on the open file (so a swap after listing changes nothing):
//! symlinks (the top folder too), FIFOs, devices and sockets are refused, and so is a file with
//! more than one hard link, because a hard link to `/etc/passwd` looks like any other file and
//! nothing tells whether its other names are inside the folder (copy such a file instead). A file
//! is read up to the per-file quota and no further.
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
/// set-up writes). Refuses a symlinked `folder`, symlinks, hard-linked files, anything but plain
/// files and folders, files that are not UTF-8 text, names the memory would refuse, and anything
/// over the quotas, naming the file.
pub fn import(folder: &Path, quotas: Quotas) -> Result<Memory, DiskError> {
    let dir = open_top(folder)?;
    let mut memory = Memory::new(quotas);
    walk(&dir, folder, "", 0, &mut memory)?;
    Ok(memory)
}

/// The top folder itself: a symlink is refused (`O_NOFOLLOW`; trailing slashes, which would make
/// the kernel follow it, are dropped first), and so is anything that is not a directory.
fn open_top(folder: &Path) -> Result<Dir, DiskError> {
    let folder_err = |message: String| DiskError::Folder { folder: folder.to_path_buf(), message };
    let clean: PathBuf = folder.components().collect();
    let meta =
        std::fs::symlink_metadata(&clean).map_err(|e| folder_err(format!("cannot open it as a memory folder: {e}")))?;
    if meta.file_type().is_symlink() {
        return Err(folder_err(
            "it is a symbolic link; memory folders are read only where they are, so name the folder itself".into(),
        ));
    }
    if !meta.is_dir() {
        return Err(folder_err("it is not a folder; --memory-from takes a folder of memory files".into()));
    }
    let file =
        open_nofollow(&clean, true).map_err(|e| folder_err(format!("cannot open it as a memory folder: {e}")))?;
    Ok(Dir::from_std_file(file))
}

#[cfg(unix)]
fn open_nofollow(path: &Path, directory: bool) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let flags = libc::O_NOFOLLOW | libc::O_NONBLOCK | if directory { libc::O_DIRECTORY } else { 0 };
    std::fs::OpenOptions::new().read(true).custom_flags(flags).open(path)
}

#[cfg(not(unix))]
fn open_nofollow(path: &Path, _directory: bool) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Opens `name`, one name in `dir` (never a path), without following a symlink and without
/// blocking on a FIFO.
#[cfg(unix)]
fn open_in(dir: &Dir, name: &str, directory: bool) -> std::io::Result<std::fs::File> {
    use std::os::fd::{AsFd, AsRawFd, FromRawFd};
    if name.contains('/') || name == ".." || name == "." {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a single name"));
    }
    let c_name = std::ffi::CString::new(name)?;
    let flags = libc::O_RDONLY
        | libc::O_NOFOLLOW
        | libc::O_NONBLOCK
        | libc::O_NOCTTY
        | libc::O_CLOEXEC
        | if directory { libc::O_DIRECTORY } else { 0 };
    // SAFETY: the directory descriptor is open for the duration of the call (borrowed from `dir`)
    // and `c_name` is a NUL-terminated string that outlives it.
    let fd = unsafe { libc::openat(dir.as_fd().as_raw_fd(), c_name.as_ptr(), flags) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` was just returned by openat, is valid and owned by nobody else.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

#[cfg(not(unix))]
fn open_in(dir: &Dir, name: &str, _directory: bool) -> std::io::Result<std::fs::File> {
    Ok(dir.open(name)?.into_std())
}

/// The hard links of an open file (1 where the system has no such count).
fn link_count(meta: &std::fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// A regular file's text: opened without following links, checked on the open handle, read up to
/// `limit` bytes.
fn read_regular(dir: &Dir, name: &str, limit: u64) -> Result<String, String> {
    use std::io::Read;
    let file = open_in(dir, name, false).map_err(|e| match e.raw_os_error() {
        #[cfg(unix)]
        Some(libc::ELOOP) => "it is a symbolic link; memory folders hold plain files only".to_string(),
        _ => format!("cannot open it: {e}"),
    })?;
    let meta = file.metadata().map_err(|e| format!("cannot inspect it: {e}"))?;
    if !meta.is_file() {
        return Err("it is not a plain file (a FIFO, device or socket); memory folders hold plain files only".into());
    }
    let links = link_count(&meta);
    if links > 1 {
        return Err(format!(
            "it has {links} hard links, so it may be a file from outside the folder; memory folders hold \
             plain files only: copy it (cp) instead of linking it"
        ));
    }
    if meta.len() > limit {
        return Err(format!("it is {} bytes, over the {limit} allowed per file", meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("it grew past the {limit} bytes allowed per file while being read"));
    }
    String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".into())
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
            let sub = open_in(dir, &name, true).map_err(|e| file_err(format!("cannot open it: {e}")))?;
            walk(&Dir::from_std_file(sub), folder, &format!("{relative}/"), depth + 1, memory)?;
        } else if kind.is_file() {
            let limit = memory.quotas().max_file_bytes as u64;
            let text = read_regular(dir, &name, limit).map_err(file_err)?;
            memory.write(&relative, &text).map_err(|e| file_err(e.to_string()))?;
        } else {
            return Err(file_err("it is neither a file nor a folder".into()));
        }
    }
    Ok(())
}
