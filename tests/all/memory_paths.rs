//! Hostile paths never leave the episode's memory; quotas refuse writes and change nothing.
use automem_memory::MemoryError;
use automem_memory::path::canonicalize;
use automem_memory::{Memory, Quotas};
use proptest::prelude::*;

#[test]
fn hostile_paths_are_refused_with_a_reason() {
    let hostile = [
        "../secret.txt",
        "notes/../../etc/passwd",
        "..",
        "/etc/passwd",
        "/memories/../x.txt",
        "/memories_backup/x.txt",
        "/memoriesx.txt",
        "~/x.txt",
        "notes\\..\\x.txt",
        "C:\\x.txt",
        "%2e%2e/x.txt",
        "notes%2fx.txt",
        "x\0.txt",
        "x\n.txt",
        "x\u{7f}.txt",
        ".hidden",
        "notes/.git/config",
        "",
        "   ",
        "/memories",
        "/memories/",
        "a/b/c/d/e/f/g.txt",
        "x|y.txt",
        "x:y.txt",
        "x*.txt",
    ];
    for path in hostile {
        let err = canonicalize(path).err().unwrap_or_else(|| panic!("{path:?} was accepted"));
        assert!(!err.is_empty(), "{path:?} refused without a reason");
    }
    let long_name = format!("{}.txt", "a".repeat(80));
    assert!(canonicalize(&long_name).is_err());
    let long_path = (0..6).map(|_| "a".repeat(40)).collect::<Vec<_>>().join("/");
    assert!(canonicalize(&long_path).is_err());
}

#[test]
fn ordinary_paths_are_canonical() {
    assert_eq!(canonicalize("map_notes.txt").unwrap(), "map_notes.txt");
    assert_eq!(canonicalize("/memories/map_notes.txt").unwrap(), "map_notes.txt");
    assert_eq!(canonicalize("./notes//caves.txt").unwrap(), "notes/caves.txt");
    assert_eq!(canonicalize(" strategy.txt ").unwrap(), "strategy.txt");
    assert_eq!(canonicalize("notes/level 2.txt").unwrap(), "notes/level 2.txt");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    /// Whatever a model writes, an accepted path is relative, has no `..` or hidden or empty
    /// names, no separators but `/`, and canonicalizing it again changes nothing.
    #[test]
    fn accepted_paths_stay_inside(raw in prop_oneof![
        ".{0,80}",
        "(/memories|/|\\.\\.|\\.|%2e|~|\\\\|[a-z]{1,6}|/memories_x)(/?(\\.\\.|\\.|[a-z ]{0,5}|%2F|\\\\|\u{0}|/)){0,8}",
        "[a-zA-Z\u{3164}\u{200b}\u{a0}\u{202e}\u{43e}é. ]{1,12}(/[a-zA-Z\u{3164}\u{feff}. ]{1,8}){0,2}",
    ]) {
        if let Ok(path) = canonicalize(&raw) {
            prop_assert!(!path.starts_with('/'));
            prop_assert!(!path.contains('\\') && !path.contains('%') && !path.contains('\0'));
            for name in path.split('/') {
                prop_assert!(!name.is_empty() && name != ".." && name != "." && !name.starts_with('.'));
                // Plain ASCII from the allowed set: nothing invisible or look-alike.
                prop_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-.,()+ ".contains(&b)), "{name:?}");
            }
            prop_assert_eq!(canonicalize(&path), Ok(path.clone()));
        }
    }
}

#[test]
fn quotas_refuse_writes_and_change_nothing() {
    let quotas = Quotas { max_files: 2, max_file_bytes: 100, max_total_bytes: 100, max_line_bytes: 40 };
    let mut memory = Memory::new(quotas);
    memory.write("a.txt", "first line").unwrap();
    let before = memory.clone();
    let line = "x".repeat(41);
    assert!(matches!(memory.append("a.txt", &line), Err(MemoryError::QuotaExceeded(m)) if m.contains("40")));
    assert!(
        matches!(memory.write("a.txt", &"y\n".repeat(60)), Err(MemoryError::QuotaExceeded(m)) if m.contains("per file"))
    );
    memory.write("b.txt", &"z\n".repeat(45)).unwrap();
    assert!(matches!(memory.create("c.txt"), Err(MemoryError::QuotaExceeded(m)) if m.contains("2 files")));
    assert!(
        matches!(memory.write("b.txt", &"z\n".repeat(49)), Err(MemoryError::QuotaExceeded(m)) if m.contains("in all"))
    );
    memory.remove("b.txt").unwrap();
    assert_eq!(memory, before);
}

#[test]
fn memory_ops_behave_like_files() {
    let mut memory = Memory::new(Quotas::default());
    memory.append("log.txt", "saw a tree north\n\n").unwrap();
    memory.append("log.txt", "Tree cut; got wood").unwrap();
    assert_eq!(memory.read("log.txt").unwrap(), "saw a tree north\nTree cut; got wood\n");
    let (hits, total) = memory.search(None, "TREE", 1).unwrap();
    assert_eq!(total, 2);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].line_number, 2);
    assert!(matches!(memory.create("log.txt"), Err(MemoryError::AlreadyExists(_))));
    memory.rename("log.txt", "notes/log.txt").unwrap();
    assert!(matches!(memory.read("log.txt"), Err(MemoryError::NotFound(_))));
    assert_eq!(memory.index().len(), 1);
    assert_eq!(memory.index()[0].lines, 2);
    assert!(matches!(memory.read("../log.txt"), Err(MemoryError::InvalidPath(_))));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]
    /// The fast search finds exactly the lines a naive case-insensitive scan finds.
    #[test]
    fn search_matches_a_naive_scan(
        lines in proptest::collection::vec("[a-zA-Z ,()0-9é\r]{0,30}", 0..40),
        query in "[a-zA-Z é]{0,4}",
    ) {
        let mut memory = Memory::new(Quotas { max_line_bytes: 4096, ..Quotas::default() });
        let text = lines.join("\n");
        memory.write("f.txt", &text).unwrap();
        let (hits, total) = memory.search(Some("f.txt"), &query, 10_000).unwrap();
        let needle = query.to_lowercase();
        let naive: Vec<(u32, String)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.to_lowercase().contains(&needle))
            .map(|(i, l)| (i as u32 + 1, l.to_string()))
            .collect();
        let got: Vec<(u32, String)> = hits.into_iter().map(|h| (h.line_number, h.text)).collect();
        prop_assert_eq!(total, naive.len());
        prop_assert_eq!(got, naive);
    }
}

#[test]
fn search_treats_carriage_returns_like_lines_does() {
    let mut memory = Memory::new(Quotas::default());
    memory.write("f.txt", "Tree here\r\nno\r\nTREE last\r").unwrap();
    let (hits, _) = memory.search(Some("f.txt"), "tree", 10).unwrap();
    let got: Vec<(u32, &str)> = hits.iter().map(|h| (h.line_number, h.text.as_str())).collect();
    let want: Vec<(u32, &str)> = "Tree here\r\nno\r\nTREE last\r"
        .lines()
        .enumerate()
        .filter(|(_, l)| l.to_lowercase().contains("tree"))
        .map(|(i, l)| (i as u32 + 1, l))
        .collect();
    assert_eq!(got, want);
}
