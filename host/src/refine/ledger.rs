//! The ledger: one JSON line per attempt in `OUT/ledger.jsonl`, appended and synced as each
//! attempt ends, and the run's settings in `OUT/refine.json`. Together they are refine's whole
//! state: a resumed refine replays the ledger to find the current best and the next attempt.
use anyhow::Context;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// The ledger's file name in OUT.
pub const LEDGER: &str = "ledger.jsonl";
/// The settings' file name in OUT.
pub const SETTINGS: &str = "refine.json";

/// How an attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Strictly better than the best: it is the new best.
    Kept,
    /// Built (or not) and refused, with the stage and reason.
    Rejected,
    /// The reviewer failed (timed out, crashed, answered nothing usable).
    ReviewerFailed,
    /// The reviewer had nothing left to propose (the search found no better neighbour).
    NoProposal,
}

/// Where an attempt stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Asking the reviewer.
    Review,
    /// Checking the revision's files against the rules.
    Rules,
    /// Compiling it into a component.
    Build,
    /// Loading it as a memory schema (world check) and checking what it declares.
    Contract,
    /// Its short smoke episode.
    Smoke,
    /// Its evaluation on the fixed seeds.
    Evaluation,
    /// Comparing with the best.
    Comparison,
}

/// A version's score on the fixed seeds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Mean progression in percent (BALROG's `average_progress`), the number that decides.
    pub progression: f64,
    /// Its standard error.
    pub standard_error: f64,
    /// Mean episode length.
    pub average_steps: f64,
    /// Mean achievements.
    pub average_achievements: f64,
    /// Progression per seed, in percent.
    pub per_seed: Vec<(u64, f64)>,
}

/// One attempt, as the ledger keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Round, from 1.
    pub round: u32,
    /// Fresh attempt within the round, from 1.
    pub attempt: u32,
    /// Whether this is the one continuation of a failed fresh attempt.
    pub continuation: bool,
    /// The reviewer, as given.
    pub reviewer: String,
    /// The version it revised (hash).
    pub parent: String,
    /// The built version (hash), when it built.
    pub candidate: Option<String>,
    /// How it ended.
    pub verdict: Verdict,
    /// Where it stopped.
    pub stage: Stage,
    /// Why, in one line or a few.
    pub reason: String,
    /// Its score, when it was evaluated.
    pub metrics: Option<Metrics>,
    /// The best's score it had to beat.
    pub best: Metrics,
    /// Its folder in OUT (workspace, diff, build log, analysis, method).
    pub dir: String,
    /// The reviewer's one-line summary of the change, when it gave one.
    pub method: Option<String>,
    /// Lines added and removed.
    pub diff_lines: (usize, usize),
    /// Seconds spent, reviewer included.
    pub seconds: f64,
}

/// The settings a refine runs with; a resume must match them (rounds and attempts may grow).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Game (name and hash).
    pub game: (String, String),
    /// The schema crate refined.
    pub schema: String,
    /// The base version (hash of its component).
    pub base: String,
    /// The policy's name, hash (of its component; "" for an endpoint) and settings.
    pub policy: (String, String, Vec<(String, String)>),
    /// The game's task.
    pub task: String,
    /// The game's settings (absent from ledgers written before they could be set).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub game_settings: Vec<(String, String)>,
    /// The fixed seeds.
    pub seeds: Vec<u64>,
    /// Step limit per episode.
    pub max_steps: u32,
    /// The reviewer, as given.
    pub reviewer: String,
}

/// Read the ledger (missing = empty). A torn last line (a crash mid-write) is dropped.
pub fn read(out: &Path) -> anyhow::Result<Vec<Attempt>> {
    let path = out.join(LEDGER);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut all = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match serde_json::from_str(line) {
            Ok(a) => all.push(a),
            Err(_) if i + 1 == lines.len() && !text.ends_with('\n') => {
                // A crash mid-append: cut the fragment so the next append starts a clean line.
                tracing::warn!("dropping a torn last line of {}", path.display());
                let keep = text.rfind('\n').map_or(0, |n| n + 1);
                let f = std::fs::OpenOptions::new().write(true).open(&path)?;
                f.set_len(keep as u64)?;
                f.sync_data()?;
            }
            Err(e) => anyhow::bail!("{} line {}: {e}; the ledger is damaged", path.display(), i + 1),
        }
    }
    Ok(all)
}

/// Append one attempt and sync it to disk.
pub fn append(out: &Path, attempt: &Attempt) -> anyhow::Result<()> {
    let path = out.join(LEDGER);
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(&path)?;
    let mut line = serde_json::to_vec(attempt)?;
    line.push(b'\n');
    f.write_all(&line)?;
    f.sync_data()?;
    Ok(())
}

/// Where the next attempt goes, given the ledger so far: `None` when the refine is over.
pub fn next_slot(done: &[Attempt], rounds: u32, attempts: u32) -> Option<(u32, u32, bool)> {
    let Some(last) = done.last() else {
        return (rounds >= 1 && attempts >= 1).then_some((1, 1, false));
    };
    let next = match last.verdict {
        Verdict::NoProposal => return None,
        Verdict::Kept => (last.round + 1, 1, false),
        _ if !last.continuation => (last.round, last.attempt, true),
        _ if last.attempt < attempts => (last.round, last.attempt + 1, false),
        _ => (last.round + 1, 1, false),
    };
    (next.0 <= rounds).then_some(next)
}

/// Write `refine.json`, or check that an earlier run's matches (rounds and attempts aside).
pub fn check_or_write_settings(out: &Path, settings: &Settings) -> anyhow::Result<()> {
    let path = out.join(SETTINGS);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let old: Settings = serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is damaged; delete the folder to start over", path.display()))?;
            if &old != settings {
                let mut diffs = Vec::new();
                let (a, b) = (serde_json::to_value(&old)?, serde_json::to_value(settings)?);
                if let (Some(a), Some(b)) = (a.as_object(), b.as_object()) {
                    for (k, v) in a {
                        if b.get(k) != Some(v) {
                            diffs.push(format!("{k}: was {v}, now {}", b.get(k).cloned().unwrap_or_default()));
                        }
                    }
                }
                anyhow::bail!(
                    "{} holds a refine with other settings ({}); use another --out, or delete it to start over",
                    out.display(),
                    diffs.join("; ")
                );
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::write(&path, serde_json::to_vec_pretty(settings)?)?;
            Ok(())
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(round: u32, attempt: u32, continuation: bool, verdict: Verdict) -> Attempt {
        let m = Metrics {
            progression: 0.0,
            standard_error: 0.0,
            average_steps: 0.0,
            average_achievements: 0.0,
            per_seed: vec![],
        };
        Attempt {
            round,
            attempt,
            continuation,
            reviewer: "search".into(),
            parent: "p".into(),
            candidate: None,
            verdict,
            stage: Stage::Comparison,
            reason: String::new(),
            metrics: None,
            best: m,
            dir: String::new(),
            method: None,
            diff_lines: (0, 0),
            seconds: 0.0,
        }
    }

    #[test]
    fn slots_follow_fresh_attempts_continuations_and_rounds() {
        use Verdict::*;
        assert_eq!(next_slot(&[], 5, 3), Some((1, 1, false)));
        assert_eq!(next_slot(&[at(1, 1, false, Rejected)], 5, 3), Some((1, 1, true)));
        assert_eq!(next_slot(&[at(1, 1, true, ReviewerFailed)], 5, 3), Some((1, 2, false)));
        assert_eq!(next_slot(&[at(1, 3, true, Rejected)], 5, 3), Some((2, 1, false)));
        assert_eq!(next_slot(&[at(1, 2, false, Kept)], 5, 3), Some((2, 1, false)));
        assert_eq!(next_slot(&[at(1, 2, true, Kept)], 5, 3), Some((2, 1, false)));
        assert_eq!(next_slot(&[at(5, 1, false, Kept)], 5, 3), None);
        assert_eq!(next_slot(&[at(2, 1, false, NoProposal)], 5, 3), None);
        assert_eq!(next_slot(&[at(5, 3, true, Rejected)], 6, 3), Some((6, 1, false)));
    }

    #[test]
    fn the_ledger_round_trips_and_a_torn_line_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        append(dir.path(), &at(1, 1, false, Verdict::Rejected)).unwrap();
        append(dir.path(), &at(1, 1, true, Verdict::Kept)).unwrap();
        let mut f = std::fs::OpenOptions::new().append(true).open(dir.path().join(LEDGER)).unwrap();
        f.write_all(b"{\"round\": 2, \"att").unwrap();
        let read_back = read(dir.path()).unwrap();
        assert_eq!(read_back.len(), 2);
        assert_eq!(read_back[1].verdict, Verdict::Kept);
        // The fragment is gone, so the next append is a line of its own.
        append(dir.path(), &at(2, 1, false, Verdict::Rejected)).unwrap();
        assert_eq!(read(dir.path()).unwrap().len(), 3);
    }
}
