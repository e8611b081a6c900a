//! `--memory-from` on any folder the fuzzer can lay out (files, folders, symlinks, hard links,
//! FIFOs, odd names): import either refuses it or takes in only regular files of the folder, and
//! never the canary file outside it.
#![no_main]
use arbitrary::Arbitrary;
use automem_memory::Quotas;
use automem_memory::disk::import;
use libfuzzer_sys::fuzz_target;
use std::path::{Component, Path};

const CANARY: &str = "CANARY-outside-the-memory-folder";

#[derive(Debug, Arbitrary)]
enum Kind {
    File(Vec<u8>),
    Dir,
    Symlink(String),
    SymlinkToCanary,
    HardLinkToCanary,
    Fifo,
}

#[derive(Debug, Arbitrary)]
struct Layout {
    entries: Vec<(String, Kind)>,
    top_is_symlink: bool,
}

fn inside(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\0')
        && Path::new(path).components().all(|c| matches!(c, Component::Normal(_)))
        && path.split('/').count() <= 8
}

fuzz_target!(|layout: Layout| {
    let Ok(tmp) = tempfile::tempdir() else { return };
    let canary = tmp.path().join("canary.txt");
    if std::fs::write(&canary, CANARY).is_err() {
        return;
    }
    let folder = tmp.path().join("mem");
    if std::fs::create_dir(&folder).is_err() {
        return;
    }
    for (path, kind) in layout.entries.iter().take(16) {
        if !inside(path) {
            continue;
        }
        let at = folder.join(path);
        // Lay each path out once: writing to a FIFO laid out before would block the harness.
        if at.symlink_metadata().is_ok() {
            continue;
        }
        if let Some(parent) = at.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = match kind {
            Kind::File(bytes) => std::fs::write(&at, &bytes[..bytes.len().min(4096)]),
            Kind::Dir => std::fs::create_dir_all(&at),
            Kind::Symlink(target) => std::os::unix::fs::symlink(target, &at),
            Kind::SymlinkToCanary => std::os::unix::fs::symlink(&canary, &at),
            Kind::HardLinkToCanary => std::fs::hard_link(&canary, &at),
            Kind::Fifo => {
                let Ok(c) = std::ffi::CString::new(at.as_os_str().as_encoded_bytes()) else { continue };
                // SAFETY: `c` is a valid NUL-terminated path.
                unsafe { libc_mkfifo(c.as_ptr(), 0o600) };
                Ok(())
            }
        };
    }
    let top = if layout.top_is_symlink {
        let link = tmp.path().join("link");
        if std::os::unix::fs::symlink(&folder, &link).is_err() {
            return;
        }
        link
    } else {
        folder.clone()
    };
    let quotas = Quotas { max_files: 8, max_file_bytes: 2048, max_total_bytes: 8192, max_line_bytes: 512 };
    if let Ok(memory) = import(&top, quotas) {
        assert!(!layout.top_is_symlink, "a symlinked top folder was imported");
        for (path, content) in memory.snapshot() {
            assert!(!content.contains(CANARY), "{path} brought in the file outside the folder");
        }
    }
});

unsafe extern "C" {
    #[link_name = "mkfifo"]
    fn libc_mkfifo(path: *const std::ffi::c_char, mode: u32) -> i32;
}
