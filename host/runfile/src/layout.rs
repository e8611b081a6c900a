//! The names of the files in a run folder: the one place that knows them.
//!
//! Per episode: its trace `episode-<seed>.jsonl.zst` (or `.jsonl`, plain), one step record per
//! line, written as the episode plays; its record `episode-<seed>.json`, written last; its memory
//! journal `episode-<seed>.memory.jsonl`; its final memory exported to `memory-<seed>/`. Per run:
//! `summary.json`.
use std::path::{Path, PathBuf};

/// The run's summary (BALROG's fields).
pub const SUMMARY_FILE: &str = "summary.json";

/// How a trace is stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TraceFormat {
    /// zstd-compressed JSON lines, `episode-<seed>.jsonl.zst` (the default: a trace repeats itself
    /// from step to step and shrinks tens of times).
    #[default]
    Zstd,
    /// Plain JSON lines, `episode-<seed>.jsonl`, for `jq` and `grep`.
    Plain,
}

/// Where `seed`'s trace is written in `format`.
pub fn trace_path(out: &Path, seed: u64, format: TraceFormat) -> PathBuf {
    match format {
        TraceFormat::Zstd => out.join(format!("episode-{seed}.jsonl.zst")),
        TraceFormat::Plain => out.join(format!("episode-{seed}.jsonl")),
    }
}

/// `seed`'s trace as it exists in `out`, compressed or plain (compressed first), if any.
pub fn existing_trace(out: &Path, seed: u64) -> Option<PathBuf> {
    [TraceFormat::Zstd, TraceFormat::Plain]
        .into_iter()
        .map(|format| trace_path(out, seed, format))
        .find(|path| std::fs::symlink_metadata(path).is_ok())
}

/// Both names `seed`'s trace may have (a re-run removes the one it does not write).
pub fn trace_paths(out: &Path, seed: u64) -> [PathBuf; 2] {
    [trace_path(out, seed, TraceFormat::Zstd), trace_path(out, seed, TraceFormat::Plain)]
}

/// `seed`'s record, `episode-<seed>.json`: its presence means the episode is complete.
pub fn episode_record_path(out: &Path, seed: u64) -> PathBuf {
    out.join(format!("episode-{seed}.json"))
}

/// The seed of a record's file name (`episode-<seed>.json`), if it is one.
pub fn record_seed(file_name: &str) -> Option<u64> {
    file_name.strip_prefix("episode-")?.strip_suffix(".json")?.parse().ok()
}

/// File of an episode's memory journal, one JSON object per operation.
pub fn journal_path(out: &Path, seed: u64) -> PathBuf {
    out.join(format!("episode-{seed}.memory.jsonl"))
}

/// Folder of an episode's exported memory files.
pub fn memory_dir(out: &Path, seed: u64) -> PathBuf {
    out.join(format!("memory-{seed}"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_journals_are_not_records() {
        let out = Path::new("/r");
        let record = episode_record_path(out, 42);
        assert_eq!(record_seed(record.file_name().unwrap().to_str().unwrap()), Some(42));
        assert_eq!(record_seed("episode-42.memory.jsonl"), None);
        assert_eq!(record_seed("episode-42.jsonl.zst"), None);
        assert_eq!(trace_path(out, 7, TraceFormat::Zstd), Path::new("/r/episode-7.jsonl.zst"));
    }
}
