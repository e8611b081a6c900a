//! Per-episode statistics read back from a run's folder: what a reviewer (and a user asking
//! "why did this run go badly?") looks at first. Traces are streamed line by line, so episodes
//! of any length cost memory for one step at a time, through [`crate::runfile`]'s bounded reader
//! (regular files only, lines of bounded length).
use crate::results::{EpisodeRecord, episode_paths};
use crate::runfile::Lines;
use crate::runner::journal_path;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// How many first reward events are kept per episode.
const FIRST_REWARDS: usize = 5;

/// One episode, summarized from its record, trace and memory journal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EpisodeStats {
    /// The seed.
    pub seed: u64,
    /// Steps played.
    pub steps: u32,
    /// Sum of rewards.
    pub reward: f64,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Why it ended.
    pub end_reason: String,
    /// Steps whose action was invalid.
    pub invalid_actions: u32,
    /// Steps whose observation was identical to the previous one (the action likely did nothing).
    pub unchanged_steps: u32,
    /// The longest run of consecutive steps in which progression did not rise (for Crafter,
    /// steps without a new achievement; health changes, which also move Crafter's reward, do
    /// not count).
    pub longest_no_progress_streak: u32,
    /// The first steps where progression rose, with their events (e.g. "achievement collect_wood").
    pub first_progress: Vec<(u32, String)>,
    /// Model calls in LOG phases.
    pub log_turns: u32,
    /// Model calls in PLAN phases.
    pub plan_turns: u32,
    /// Model calls that failed and fell back.
    pub policy_errors: u32,
    /// Memory operations by journal kind (append, write, looked, failed, ...).
    pub memory_ops: BTreeMap<String, u32>,
    /// Size of the trace file, in bytes.
    pub trace_bytes: u64,
}

/// The statistics of every finished episode in a run's folder, by seed.
pub fn run_stats(out: &Path) -> anyhow::Result<Vec<EpisodeStats>> {
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(out).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", out.display()))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(Ok(seed)) = name.strip_prefix("episode-").and_then(|s| s.strip_suffix(".json")).map(str::parse) {
            seeds.push(seed);
        }
    }
    seeds.sort_unstable();
    let mut all = Vec::new();
    for seed in seeds {
        all.extend(episode_stats(out, seed)?);
    }
    Ok(all)
}

/// Statistics with nothing counted yet.
fn empty() -> EpisodeStats {
    EpisodeStats {
        seed: 0,
        steps: 0,
        reward: 0.0,
        progression: 0.0,
        end_reason: String::new(),
        invalid_actions: 0,
        unchanged_steps: 0,
        longest_no_progress_streak: 0,
        first_progress: Vec::new(),
        log_turns: 0,
        plan_turns: 0,
        policy_errors: 0,
        memory_ops: BTreeMap::new(),
        trace_bytes: 0,
    }
}

/// One episode's statistics; `None` when it did not finish (no record, or a failed one).
pub fn episode_stats(out: &Path, seed: u64) -> anyhow::Result<Option<EpisodeStats>> {
    let Some(record) = EpisodeRecord::load(out, seed).filter(EpisodeRecord::is_complete) else {
        return Ok(None);
    };
    let (trace_path, _) = episode_paths(out, seed);
    let mut stats = EpisodeStats {
        seed,
        steps: record.steps,
        reward: record.total_reward,
        progression: record.progression,
        end_reason: record.end_reason.clone(),
        invalid_actions: record.invalid_actions,
        policy_errors: record.policy_errors,
        trace_bytes: std::fs::symlink_metadata(&trace_path).map_or(0, |m| m.len()),
        ..empty()
    };
    if let Some(mut lines) = Lines::open_if_exists(&trace_path)? {
        let (mut streak, mut progression) = (0u32, 0.0f64);
        while let Some(line) = lines.next_line()? {
            let step: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| anyhow::anyhow!("{} line {}: {e}", trace_path.display(), lines.line_number()))?;
            let now = step["progression"].as_f64().unwrap_or(progression);
            let progressed = now > progression;
            progression = progression.max(now);
            stats.unchanged_steps += u32::from(step["unchanged_count"].as_u64().unwrap_or(0) > 0);
            stats.log_turns += step["log_phase"]["turns"].as_array().map_or(0, |t| t.len() as u32);
            stats.plan_turns += step["plan_phase"]["turns"].as_array().map_or(0, |t| t.len() as u32);
            if progressed {
                streak = 0;
                if stats.first_progress.len() < FIRST_REWARDS {
                    let events: Vec<String> = step["events"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|e| format!("{} {}", e["kind"].as_str().unwrap_or(""), e["name"].as_str().unwrap_or("")))
                        .collect();
                    let step_index = step["step"].as_u64().unwrap_or(0) as u32;
                    stats.first_progress.push((step_index, events.join(", ")));
                }
            } else {
                streak += 1;
                stats.longest_no_progress_streak = stats.longest_no_progress_streak.max(streak);
            }
        }
    }
    if let Some(mut lines) = Lines::open_if_exists(&journal_path(out, seed))? {
        while let Some(line) = lines.next_line()? {
            let entry: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| anyhow::anyhow!("memory journal of seed {seed} line {}: {e}", lines.line_number()))?;
            let op = entry["op"].as_str().unwrap_or("?").to_string();
            *stats.memory_ops.entry(op).or_default() += 1;
        }
    }
    Ok(Some(stats))
}
