//! `--watch DIR`: components dropped into a local folder are published like uploads. The folder
//! is local and needs no token, but what lies in it is read carefully: regular files only (no
//! symlinks, FIFOs or devices), opened so that nothing can block, and never more than the upload
//! cap.
use super::AppState;
use crate::registry::Status;
use std::collections::HashMap;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// What the watcher last saw of a file: its modification time and length.
pub type Seen = HashMap<PathBuf, (std::time::SystemTime, u64)>;

/// Read a dropped file: a regular file, not a symlink (`O_NOFOLLOW`), opened with `O_NONBLOCK`
/// (a FIFO cannot hang the watcher), at most `cap` bytes (checked on the open file before
/// reading, and while reading, since a file may grow). The error says why it was refused.
pub fn read_dropped(path: &Path, cap: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => "it is a symbolic link; drop the component file itself".to_string(),
            _ => format!("cannot open it: {e}"),
        })?;
    let meta = file.metadata().map_err(|e| format!("cannot inspect it: {e}"))?;
    if !meta.file_type().is_file() {
        return Err("it is not a regular file (a FIFO, device, socket or folder); drop a .wasm file".into());
    }
    if meta.len() > cap {
        return Err(format!("it is {} bytes, over the upload limit of {cap}", meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(cap + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > cap {
        return Err(format!("it grew past the upload limit of {cap} bytes while being read"));
    }
    Ok(bytes)
}

/// A file name as logs and metadata show it: control characters escaped, at most 120 chars.
pub fn shown(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.escape_debug().take(120).collect()
}

/// Publish every new `.wasm` in `dir` (named `<schema>.wasm` or `<schema>@<anything>.wasm`) once
/// it has stayed the same for two scans, so a file still being copied is not taken half-written.
/// (Writing to another name and renaming is the safe way to drop a file in.) A file refused is
/// logged with the reason once, and tried again only when it changes.
pub fn scan_watch_dir(state: &AppState, dir: &Path, seen: &mut Seen, taken: &mut Seen) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let cap = state.config.max_upload_bytes;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "wasm") {
            continue;
        }
        // lstat: a symlink is seen as itself, never followed.
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        let now = (meta.modified().unwrap_or(std::time::UNIX_EPOCH), meta.len());
        let stable = seen.insert(path.clone(), now) == Some(now);
        if !stable || taken.get(&path) == Some(&now) {
            continue;
        }
        taken.insert(path.clone(), now);
        let file = shown(&path);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let name = stem.split('@').next().unwrap_or_default().to_string();
        let bytes = match read_dropped(&path, cap) {
            Ok(bytes) => bytes,
            Err(why) => {
                tracing::warn!("watch: refused \"{file}\": {why}");
                continue;
            }
        };
        let submitted = state.registry.submit(&name, &bytes, None, Some(format!("watch:{file}")), None);
        match submitted {
            Ok(meta) if meta.status == Status::Validating => match state.publish(&name, &bytes) {
                Ok(meta) if meta.status == Status::Refused => {
                    let reason = meta.reason.unwrap_or_default();
                    tracing::warn!("watch: refused \"{file}\": {}", reason.escape_debug());
                }
                Ok(_) => tracing::info!("watch: published \"{file}\""),
                Err(e) => tracing::warn!("watch: \"{file}\": {}", e.message.escape_debug()),
            },
            Ok(_) => {}
            Err(e) => tracing::warn!("watch: refused \"{file}\": {e}"),
        }
    }
    // Forget files that are gone, so the maps do not grow for ever.
    seen.retain(|p, _| p.exists() || std::fs::symlink_metadata(p).is_ok());
    taken.retain(|p, _| seen.contains_key(p));
}
