//! Memory exported to a real folder and imported back, through cap-std: round trips, and hostile
//! folders (symlinks out, bad names, binary files, over-quota files) refused with the file named.
use automem_memory::disk::{MARKER, export, import};
use automem_memory::{Memory, Quotas};
use automem_runfile::Change;

fn memory_with(files: &[(&str, &str)]) -> Memory {
    let mut memory = Memory::new(Quotas::default());
    for (path, content) in files {
        memory.write(path, content).unwrap();
    }
    memory
}

#[test]
fn export_then_import_gives_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mem");
    let memory = memory_with(&[("notes.txt", "a\nb\n"), ("maps/level1.txt", "x=1\n"), ("empty.txt", "")]);
    export(&memory.snapshot(), &folder).unwrap();
    assert!(folder.join(MARKER).is_file());
    assert_eq!(std::fs::read_to_string(folder.join("maps/level1.txt")).unwrap(), "x=1\n");
    let back = import(&folder, Quotas::default()).unwrap();
    assert_eq!(back.snapshot(), memory.snapshot());
    // Imported files are journaled as writes, in a stable order.
    let paths: Vec<String> = back
        .journal()
        .iter()
        .map(|e| match &e.change {
            Change::Write { path, .. } => path.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(paths, ["empty.txt", "maps/level1.txt", "notes.txt"]);
    // A second export replaces the first: a file gone from memory is gone from the folder.
    export(&memory_with(&[("notes.txt", "c\n")]).snapshot(), &folder).unwrap();
    assert!(!folder.join("maps").exists());
    assert_eq!(import(&folder, Quotas::default()).unwrap().snapshot().len(), 1);
}

#[test]
fn a_folder_that_is_not_an_export_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let err = export(&memory_with(&[("notes.txt", "x")]).snapshot(), dir.path()).unwrap_err();
    assert!(err.to_string().contains("not an automem memory export"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.path().join("keep.txt")).unwrap(), "mine");
}

#[cfg(unix)]
#[test]
fn import_refuses_a_symlink_out_of_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "password").unwrap();
    let folder = dir.path().join("mem");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("ok.txt"), "fine").unwrap();
    std::os::unix::fs::symlink(&secret, folder.join("link.txt")).unwrap();
    let err = import(&folder, Quotas::default()).unwrap_err().to_string();
    assert!(err.contains("link.txt") && err.contains("symbolic link"), "{err}");
    // A symlinked folder is refused the same way.
    std::fs::remove_file(folder.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), folder.join("up")).unwrap();
    let err = import(&folder, Quotas::default()).unwrap_err().to_string();
    assert!(err.contains("up") && err.contains("symbolic link"), "{err}");
}

#[test]
fn import_names_the_file_that_breaks_the_rules() {
    let cases: [(&str, &[u8], &str); 3] = [
        ("binary.txt", &[0xff, 0xfe, 0x00], "not UTF-8 text"),
        (".hidden", b"x", "hidden"),
        ("big.txt", &[b'a'; 70_000], "over the"),
    ];
    for (name, content, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(name), content).unwrap();
        let err = import(dir.path(), Quotas::default()).unwrap_err().to_string();
        assert!(err.contains(name) && err.contains(expected), "{name}: {err}");
    }
    let err = import(std::path::Path::new("/definitely/not/here"), Quotas::default()).unwrap_err().to_string();
    assert!(err.contains("/definitely/not/here"), "{err}");
}

#[test]
fn export_cannot_be_steered_outside_the_folder_by_memory_paths() {
    // Memory paths are canonical already; a snapshot forged with a hostile path is refused.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mem");
    let mut forged = automem_memory::Snapshot::new();
    forged.insert("../escape.txt".into(), "x".into());
    let err = export(&forged, &folder).unwrap_err().to_string();
    assert!(err.contains("..") || err.contains("outside"), "{err}");
    assert!(!dir.path().join("escape.txt").exists());
}
