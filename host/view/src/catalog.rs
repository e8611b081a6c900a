//! Finding the run folders under the folders given on the command line, and what each holds.
//!
//! A run folder is one with `summary.json`, episode records or traces (`automem run`'s output,
//! each of `automem serve`'s `DATA/sessions/<id>/`, refine's `evals/<...>/`). The walk never
//! follows a symbolic link, is bounded in depth and in folders visited, and a run is named to the
//! browser by an opaque id, so no path the browser sends is ever opened.
use automem_runfile::EpisodeRecord;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// How deep under a given folder runs are looked for.
const MAX_DEPTH: usize = 8;
/// Most folders visited by one walk (a huge tree is cut off, not walked for minutes).
const MAX_FOLDERS: usize = 20_000;
/// Most bytes of a memory journal scanned to count its operations.
const MAX_JOURNAL_SCAN: u64 = 256 << 20;

/// A run folder found under one of the given folders.
#[derive(Debug, Clone, Serialize)]
pub struct RunRef {
    /// Its opaque id in the API.
    pub id: String,
    /// Its path, shown to the user.
    pub path: String,
    /// Its path relative to the given folder it was found under.
    pub label: String,
    #[serde(skip)]
    /// The folder itself.
    pub dir: PathBuf,
}

/// The id of a run folder: a hash of its canonical path (stable while the server runs).
pub fn run_id(dir: &Path) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    dir.hash(&mut h);
    format!("{:016x}", h.finish())
}

/// Every run folder under `roots` (canonical folders), sorted by path.
pub fn discover(roots: &[PathBuf]) -> Vec<RunRef> {
    let mut found = BTreeMap::new();
    let mut visited = 0usize;
    for root in roots {
        let mut stack = vec![(root.clone(), 0usize)];
        while let Some((dir, depth)) = stack.pop() {
            visited += 1;
            if visited > MAX_FOLDERS {
                break;
            }
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            let mut is_run = false;
            let mut children = Vec::new();
            for entry in entries.flatten() {
                let Ok(kind) = entry.file_type() else { continue };
                let name = entry.file_name().to_string_lossy().into_owned();
                if kind.is_dir() {
                    // memory-<seed>/ are an episode's exported files, builds/ hold components.
                    let exported = name.strip_prefix("memory-").is_some_and(|s| s.parse::<u64>().is_ok());
                    if !exported && !name.starts_with('.') && name != "builds" {
                        children.push(entry.path());
                    }
                } else if kind.is_file()
                    && (name == automem_runfile::layout::SUMMARY_FILE || episode_seed(&name).is_some())
                {
                    is_run = true;
                }
            }
            if is_run {
                let label = dir.strip_prefix(root).map(|p| p.display().to_string()).unwrap_or_default();
                let root_name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let label = if label.is_empty() { root_name } else { format!("{root_name}/{label}") };
                found.insert(
                    dir.clone(),
                    RunRef { id: run_id(&dir), path: dir.display().to_string(), label, dir: dir.clone() },
                );
            }
            if depth < MAX_DEPTH {
                children.sort();
                stack.extend(children.into_iter().rev().map(|c| (c, depth + 1)));
            }
        }
    }
    found.into_values().collect()
}

/// The seed of an episode file's name: its record, its trace or its journal.
pub fn episode_seed(name: &str) -> Option<u64> {
    let rest = name.strip_prefix("episode-")?;
    let digits = [".memory.jsonl", ".jsonl.zst", ".jsonl", ".json"].iter().find_map(|ext| rest.strip_suffix(ext))?;
    digits.parse().ok()
}

/// One episode of a run as the runs page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct EpisodeRow {
    /// The seed.
    pub seed: u64,
    /// Its record, once the episode is finished.
    pub finished: bool,
    /// Steps played (from the record; for a live episode, unknown until opened).
    pub steps: Option<u32>,
    /// Final progression in [0, 1].
    pub progression: Option<f64>,
    /// Sum of rewards.
    pub reward: Option<f64>,
    /// Why it ended.
    pub end_reason: Option<String>,
    /// Achievements unlocked, in order.
    pub achievements: Vec<String>,
    /// Why it failed, if it did.
    pub error: Option<String>,
    /// Memory operations by journal kind (write, append, looked, failed, ...).
    pub memory_ops: BTreeMap<String, u64>,
    /// The game, schema and policy names.
    pub game: Option<String>,
    /// The schema's name, if any.
    pub schema: Option<String>,
    /// The policy's name and settings.
    pub policy: Option<String>,
}

/// A run folder's contents: its summary and episodes.
#[derive(Debug, Clone, Serialize)]
pub struct RunDetail {
    /// Where it is.
    #[serde(flatten)]
    pub run: RunRef,
    /// `summary.json` as written (BALROG's fields), if present and readable.
    pub summary: Option<serde_json::Value>,
    /// Why the summary could not be read, if it could not.
    pub summary_error: Option<String>,
    /// Episodes by seed.
    pub episodes: Vec<EpisodeRow>,
}

/// Read a run folder's summary and its episodes' records (bounded reads, no links followed).
pub fn detail(run: &RunRef) -> RunDetail {
    let summary_path = run.dir.join(automem_runfile::layout::SUMMARY_FILE);
    let (summary, summary_error) =
        match automem_runfile::read::read_to_string(&summary_path, automem_runfile::read::MAX_FILE_BYTES) {
            Ok(text) => match serde_json::from_str(&text) {
                Ok(v) => (Some(v), None),
                Err(e) => (None, Some(format!("{} is not JSON: {e}", summary_path.display()))),
            },
            Err(_) if !summary_path.exists() => (None, None),
            Err(e) => (None, Some(e.to_string())),
        };
    let mut seeds = BTreeSet::new();
    if let Ok(entries) = std::fs::read_dir(&run.dir) {
        for entry in entries.flatten() {
            if let Some(seed) = episode_seed(&entry.file_name().to_string_lossy()) {
                seeds.insert(seed);
            }
        }
    }
    let episodes = seeds.into_iter().map(|seed| episode_row(&run.dir, seed)).collect();
    RunDetail { run: run.clone(), summary, summary_error, episodes }
}

/// Journals' operation counts by path, with the size they were counted at (the runs page asks
/// every two seconds; a journal is counted again only when it grew).
type OpsCache = std::collections::HashMap<PathBuf, (u64, BTreeMap<String, u64>)>;
static OPS_CACHE: std::sync::LazyLock<std::sync::Mutex<OpsCache>> = std::sync::LazyLock::new(Default::default);

fn cached_journal_ops(path: &Path) -> BTreeMap<String, u64> {
    let Ok(len) = std::fs::symlink_metadata(path).map(|m| m.len()) else { return BTreeMap::new() };
    let cache =
        |f: &mut dyn FnMut(&mut OpsCache)| f(&mut OPS_CACHE.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    let mut hit = None;
    cache(&mut |c| hit = c.get(path).filter(|(l, _)| *l == len).map(|(_, ops)| ops.clone()));
    if let Some(ops) = hit {
        return ops;
    }
    let ops = count_journal_ops(path);
    cache(&mut |c| {
        if c.len() > 10_000 {
            c.clear();
        }
        c.insert(path.to_path_buf(), (len, ops.clone()));
    });
    ops
}

fn episode_row(dir: &Path, seed: u64) -> EpisodeRow {
    let record = EpisodeRecord::load(dir, seed);
    let memory_ops = cached_journal_ops(&automem_runfile::layout::journal_path(dir, seed));
    match record {
        Some(r) => EpisodeRow {
            seed,
            finished: true,
            steps: Some(r.steps),
            progression: Some(r.progression),
            reward: Some(r.total_reward),
            end_reason: Some(r.end_reason.clone()),
            achievements: r.achievements.clone(),
            error: r.error.clone(),
            memory_ops,
            game: Some(r.game.name.clone()),
            schema: r.schema.as_ref().map(|s| s.name.clone()),
            policy: Some(describe_plugin(&r.policy)),
        },
        None => EpisodeRow {
            seed,
            finished: false,
            steps: None,
            progression: None,
            reward: None,
            end_reason: None,
            achievements: Vec::new(),
            error: None,
            memory_ops,
            game: None,
            schema: None,
            policy: None,
        },
    }
}

fn describe_plugin(p: &automem_runfile::PluginRef) -> String {
    if p.settings.is_empty() {
        return p.name.clone();
    }
    let settings: Vec<String> = p.settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{} ({})", p.name, settings.join(", "))
}

/// Count a journal's operations by kind from the `"op":"..."` of each line (a JSON key; inside a
/// string value its quotes would be escaped), scanning at most [`MAX_JOURNAL_SCAN`] bytes.
pub fn count_journal_ops(path: &Path) -> BTreeMap<String, u64> {
    use std::io::{BufRead, Read};
    let mut counts = BTreeMap::new();
    let Ok(Some(file)) = automem_runfile::read::open_if_exists(path) else { return counts };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file.take(MAX_JOURNAL_SCAN));
    let finder = memchr::memmem::Finder::new(b"\"op\":\"");
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        if let Some(at) = finder.find(&line) {
            let rest = &line[at + 6..];
            if let Some(end) = memchr::memchr(b'"', rest)
                && end <= 16
            {
                *counts.entry(String::from_utf8_lossy(&rest[..end]).into_owned()).or_insert(0) += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn episode_files_name_their_seed() {
        assert_eq!(episode_seed("episode-4.json"), Some(4));
        assert_eq!(episode_seed("episode-4.jsonl.zst"), Some(4));
        assert_eq!(episode_seed("episode-4.memory.jsonl"), Some(4));
        assert_eq!(episode_seed("episode-x.json"), None);
        assert_eq!(episode_seed("summary.json"), None);
    }

    #[test]
    fn serve_sessions_and_refine_evals_are_runs() {
        let root = tempfile::tempdir().unwrap();
        for (dir, file) in [
            ("data/sessions/s-1", "episode-5.jsonl.zst"),
            ("data/sessions/s-2", "episode-6.json"),
            ("refine/evals/abc-12345678", "summary.json"),
            ("refine/builds/abc", "summary.json"),
        ] {
            std::fs::create_dir_all(root.path().join(dir)).unwrap();
            std::fs::write(root.path().join(dir).join(file), "{}").unwrap();
        }
        let runs = discover(&[root.path().canonicalize().unwrap()]);
        let labels: Vec<&str> = runs.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels.len(), 3, "{labels:?}");
        assert!(labels.iter().any(|l| l.ends_with("data/sessions/s-1")), "{labels:?}");
        assert!(labels.iter().any(|l| l.ends_with("refine/evals/abc-12345678")), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("builds")), "{labels:?}");
    }

    #[cfg(unix)]
    #[test]
    fn the_walk_finds_runs_named_memory_and_does_not_follow_links_out() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("summary.json"), "{}").unwrap();
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("memory-on/memory-1")).unwrap();
        std::fs::write(root.path().join("memory-on/episode-1.json"), "{}").unwrap();
        std::fs::write(root.path().join("memory-on/memory-1/episode-2.json"), "{}").unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join("link")).unwrap();
        let runs = discover(&[root.path().canonicalize().unwrap()]);
        assert_eq!(runs.len(), 1, "{runs:?}");
        assert!(
            runs[0].dir.ends_with("memory-on"),
            "a run named memory-on is found, its exported memory-1/ is not walked"
        );
    }
}
