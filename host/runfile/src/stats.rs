//! Per-episode statistics read back from a run's folder: what a reviewer (and a user asking
//! "why did this run go badly?") looks at first. Traces are streamed line by line, so episodes
//! of any length cost memory for one step at a time, through the typed readers of [`crate::trace`]
//! and [`crate::journal`] (regular files only, lines of bounded length).
use crate::journal::JournalReader;
use crate::layout::{existing_trace, journal_path};
use crate::record::EpisodeRecord;
use crate::trace::TraceReader;
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
        if let Some(seed) = crate::layout::record_seed(&name) {
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
    let trace_path = existing_trace(out, seed);
    let mut stats = EpisodeStats {
        seed,
        steps: record.steps,
        reward: record.total_reward,
        progression: record.progression,
        end_reason: record.end_reason.clone(),
        invalid_actions: record.invalid_actions,
        policy_errors: record.policy_errors,
        trace_bytes: trace_path.as_ref().and_then(|p| std::fs::symlink_metadata(p).ok()).map_or(0, |m| m.len()),
        ..empty()
    };
    if let Some(path) = &trace_path {
        let (mut streak, mut progression) = (0u32, 0.0f64);
        for step in TraceReader::open(path)? {
            let step = step?;
            let progressed = step.progression > progression;
            progression = progression.max(step.progression);
            stats.unchanged_steps += u32::from(step.unchanged_count > 0);
            stats.log_turns += step.log_phase.as_ref().map_or(0, |p| p.turns.len() as u32);
            stats.plan_turns += step.plan_phase.phase.turns.len() as u32;
            if progressed {
                streak = 0;
                if stats.first_progress.len() < FIRST_REWARDS {
                    let events: Vec<String> = step.events.iter().map(|e| format!("{} {}", e.kind, e.name)).collect();
                    stats.first_progress.push((step.step, events.join(", ")));
                }
            } else {
                streak += 1;
                stats.longest_no_progress_streak = stats.longest_no_progress_streak.max(streak);
            }
        }
    }
    if let Some(journal) = JournalReader::open_if_exists(&journal_path(out, seed))? {
        for entry in journal {
            *stats.memory_ops.entry(entry?.change.name().to_string()).or_default() += 1;
        }
    }
    Ok(Some(stats))
}
