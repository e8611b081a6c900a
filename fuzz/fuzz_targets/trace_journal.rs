//! The trace and memory-journal readers (`automem mine`, `stats`, `Memory::replay`) on any lines:
//! a line is a record or an error, and replaying any journal never panics and keeps the quotas.
#![no_main]
use arbitrary::Arbitrary;
use automem_memory::{Memory, Quotas};
use automem_runfile::{Entry, StepRecord};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Files {
    trace: String,
    journal: String,
}

fuzz_target!(|files: Files| {
    for line in files.trace.lines().filter(|l| !l.trim().is_empty()) {
        let _ = serde_json::from_str::<StepRecord>(line);
    }
    let entries: Vec<Entry> =
        files.journal.lines().filter_map(|line| serde_json::from_str::<Entry>(line).ok()).collect();
    let quotas = Quotas { max_files: 8, max_file_bytes: 4096, max_total_bytes: 16384, max_line_bytes: 512 };
    if let Ok(memory) = Memory::replay(quotas.clone(), &entries) {
        assert!(memory.total_bytes() <= quotas.max_total_bytes);
        assert!(memory.index().len() <= quotas.max_files);
        let mut lower: Vec<String> = memory.index().iter().map(|f| f.path.to_ascii_lowercase()).collect();
        lower.sort();
        lower.dedup();
        assert_eq!(lower.len(), memory.index().len(), "case twins in replayed memory");
    }
});
