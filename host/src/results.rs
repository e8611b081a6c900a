//! What a run leaves in its output folder, and how it is summarized.
//!
//! Per episode: `episode-<seed>.jsonl` (one trace record per step, written as the episode plays)
//! and `episode-<seed>.json` (written last, atomically: its presence means the episode is
//! complete, so a re-run skips it and redoes an episode that has only a partial trace). Per run:
//! `summary.json` with BALROG's fields.
use crate::episode::EpisodeOutcome;
use crate::play::EpisodeOutcome as PlayOutcome;
use crate::policy::PolicySource;
use crate::runner::Setup;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A plugin as a record names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PluginRef {
    /// Its name.
    pub name: String,
    /// SHA-256 of its component.
    pub hash: String,
    /// The settings it ran with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settings: Vec<(String, String)>,
}

/// One finished episode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpisodeRecord {
    /// The seed.
    pub seed: u64,
    /// The game.
    pub game: PluginRef,
    /// The game's task ("" for the default).
    pub task: String,
    /// The memory schema, if any.
    pub schema: Option<PluginRef>,
    /// The policy (the memory specialist in two-model mode).
    pub policy: PluginRef,
    /// The gameplay model in two-model mode.
    pub gameplay_policy: Option<PluginRef>,
    /// The step limit it was played under (0 in records written before it was kept).
    #[serde(default)]
    pub max_steps: u32,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Steps played.
    pub steps: u32,
    /// Sum of rewards.
    pub total_reward: f64,
    /// "done", "truncated", "max-steps", "trace-limit" (the episode wrote its limit of trace and
    /// memory journal), or "failed".
    pub end_reason: String,
    /// Achievements unlocked, in order.
    pub achievements: Vec<String>,
    /// Steps whose action was invalid.
    pub invalid_actions: u32,
    /// Model calls that failed.
    pub policy_errors: u32,
    /// Those failures by kind (e.g. "timeout", "http-5xx").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub policy_errors_by_kind: BTreeMap<String, u32>,
    /// Tokens the models read, as they reported them.
    #[serde(default)]
    pub prompt_tokens: u64,
    /// Tokens the models wrote.
    #[serde(default)]
    pub completion_tokens: u64,
    /// The memory files at the end.
    pub final_memory: BTreeMap<String, String>,
    /// Why the episode failed (a plugin trapped, a file could not be written, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

fn plugin_ref(name: &str, hash: &str, settings: &[(String, String)]) -> PluginRef {
    PluginRef { name: name.into(), hash: hash.into(), settings: settings.to_vec() }
}

/// The two files of an episode: its trace and its record.
pub fn episode_paths(out: &Path, seed: u64) -> (PathBuf, PathBuf) {
    (out.join(format!("episode-{seed}.jsonl")), out.join(format!("episode-{seed}.json")))
}

impl EpisodeRecord {
    /// A record of `setup`'s plugins for `seed`, with no results yet.
    pub(crate) fn new(seed: u64, setup: &Setup) -> Self {
        let policy = |p: &PolicySource| {
            let settings: Vec<(String, String)> =
                p.own_settings().into_iter().chain(setup.policy_settings.iter().cloned()).collect();
            plugin_ref(&p.name(), &p.hash(), &settings)
        };
        EpisodeRecord {
            seed,
            game: plugin_ref(setup.game.name(), setup.game.hash(), &setup.task.settings),
            task: setup.task.task.clone(),
            schema: setup.schema.as_ref().map(|s| plugin_ref(s.name(), s.hash(), &setup.schema_settings)),
            policy: policy(&setup.policy),
            gameplay_policy: setup.gameplay.as_ref().map(policy),
            max_steps: setup.max_steps,
            progression: 0.0,
            steps: 0,
            total_reward: 0.0,
            end_reason: String::new(),
            achievements: Vec::new(),
            invalid_actions: 0,
            policy_errors: 0,
            policy_errors_by_kind: BTreeMap::new(),
            prompt_tokens: 0,
            completion_tokens: 0,
            final_memory: BTreeMap::new(),
            error: None,
        }
    }

    /// From an episode of the LOG/PLAN engine.
    pub fn from_episode(o: &EpisodeOutcome, setup: &Setup) -> Self {
        EpisodeRecord {
            progression: o.progression,
            steps: o.steps,
            total_reward: o.total_reward,
            end_reason: o.end_reason.as_str().into(),
            achievements: o.events.iter().filter(|e| e.kind == "achievement").map(|e| e.name.clone()).collect(),
            invalid_actions: o.invalid_actions,
            policy_errors: o.policy_errors,
            policy_errors_by_kind: o.policy_errors_by_kind.clone(),
            prompt_tokens: o.prompt_tokens,
            completion_tokens: o.completion_tokens,
            final_memory: o.memory.snapshot(),
            ..EpisodeRecord::new(o.seed, setup)
        }
    }

    /// From an episode played without memory.
    pub fn from_play(o: &PlayOutcome, setup: &Setup) -> Self {
        EpisodeRecord {
            progression: o.progression,
            steps: o.steps,
            total_reward: o.total_reward,
            end_reason: o.end_reason.clone(),
            achievements: o.events.clone(),
            invalid_actions: o.invalid_actions,
            policy_errors: o.policy_errors,
            ..EpisodeRecord::new(o.seed, setup)
        }
    }

    /// An episode that could not be played to its end, and why.
    pub fn failed(seed: u64, setup: &Setup, error: &anyhow::Error) -> Self {
        let mut message = error.to_string();
        for cause in error.chain().skip(1) {
            message.push_str(&format!("\n  caused by: {cause}"));
        }
        EpisodeRecord { end_reason: "failed".into(), error: Some(message), ..EpisodeRecord::new(seed, setup) }
    }

    /// Whether the episode was played to its end (a failed one is redone by a re-run).
    pub fn is_complete(&self) -> bool {
        self.error.is_none()
    }

    /// A finished episode from an earlier run into `out`, if there is one: a record that is
    /// missing, not a regular file, too big or unreadable counts as none (a re-run redoes it).
    pub fn load(out: &Path, seed: u64) -> Option<Self> {
        let (_, path) = episode_paths(out, seed);
        let text = crate::runfile::read_to_string(&path, crate::runfile::MAX_FILE_BYTES).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Write the record atomically (after the trace is complete).
    pub fn save(&self, out: &Path) -> anyhow::Result<()> {
        let (_, path) = episode_paths(out, self.seed);
        let mut tmp = tempfile::NamedTempFile::new_in(out)?;
        serde_json::to_writer_pretty(&mut tmp, self)?;
        tmp.persist(path)?;
        Ok(())
    }

    /// One line for the terminal.
    pub fn line(&self) -> String {
        if let Some(error) = &self.error {
            return format!("seed {:>6}: FAILED: {}", self.seed, error.lines().next().unwrap_or(""));
        }
        format!(
            "seed {:>6}: {:>5} steps, reward {:>6.2}, progression {:>5.1}%, {} ({} achievement(s))",
            self.seed,
            self.steps,
            self.total_reward,
            self.progression * 100.0,
            self.end_reason,
            self.achievements.len()
        )
    }
}

/// BALROG's summary of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The game.
    pub environment: String,
    /// Mean progression, in percent.
    pub progression_percentage: f64,
    /// Standard error of that mean, in percent.
    pub standard_error: f64,
    /// Mean episode length.
    pub average_steps: f64,
    /// Episodes summarized.
    pub episodes_played: usize,
    /// Mean achievements per episode.
    pub average_achievements: f64,
    /// How many episodes unlocked each achievement.
    pub achievement_counts: BTreeMap<String, usize>,
    /// Episodes that failed (not counted above), by seed.
    #[serde(default)]
    pub failed_seeds: Vec<u64>,
    /// Model calls that failed in all episodes (each fell back), by kind.
    #[serde(default)]
    pub policy_errors_by_kind: BTreeMap<String, u32>,
    /// Tokens the models read in all episodes.
    #[serde(default)]
    pub prompt_tokens: u64,
    /// Tokens the models wrote in all episodes.
    #[serde(default)]
    pub completion_tokens: u64,
    /// How the episodes ended ("done", "max-steps", "trace-limit", ...), with how many each.
    #[serde(default)]
    pub end_reasons: BTreeMap<String, usize>,
    /// BALROG's per-task fields, by task ("" is the game's default task).
    #[serde(default)]
    pub tasks: BTreeMap<String, TaskSummary>,
}

/// One task's share of a summary, as BALROG reports each task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskSummary {
    /// Mean progression, in percent (for binary tasks such as MiniHack's: the success rate).
    pub progression_percentage: f64,
    /// Standard error of that mean, in percent.
    pub standard_error: f64,
    /// Episodes of the task summarized.
    pub episodes_played: usize,
    /// Mean episode length.
    pub average_steps: f64,
}

/// BALROG's per-task fields of finished episodes.
fn task_summaries(episodes: &[&EpisodeRecord]) -> BTreeMap<String, TaskSummary> {
    let mut by_task: BTreeMap<&str, Vec<&EpisodeRecord>> = BTreeMap::new();
    for e in episodes {
        by_task.entry(e.task.as_str()).or_default().push(e);
    }
    by_task
        .into_iter()
        .map(|(task, eps)| {
            let (mean, se) = mean_and_stderr(eps.iter().map(|e| e.progression * 100.0));
            let average_steps = eps.iter().map(|e| f64::from(e.steps)).sum::<f64>() / eps.len().max(1) as f64;
            let summary = TaskSummary {
                progression_percentage: mean,
                standard_error: se,
                episodes_played: eps.len(),
                average_steps,
            };
            (task.to_string(), summary)
        })
        .collect()
}

impl Summary {
    /// Summarize finished episodes.
    pub fn from_episodes(environment: &str, all: &[EpisodeRecord]) -> Self {
        let failed_seeds = all.iter().filter(|e| !e.is_complete()).map(|e| e.seed).collect();
        let episodes: Vec<&EpisodeRecord> = all.iter().filter(|e| e.is_complete()).collect();
        let (mean, se) = mean_and_stderr(episodes.iter().map(|e| e.progression * 100.0));
        let n = episodes.len().max(1) as f64;
        let mut achievement_counts = BTreeMap::new();
        let mut policy_errors_by_kind = BTreeMap::new();
        let mut end_reasons = BTreeMap::new();
        for e in &episodes {
            *end_reasons.entry(e.end_reason.clone()).or_insert(0) += 1;
            for (kind, n) in &e.policy_errors_by_kind {
                *policy_errors_by_kind.entry(kind.clone()).or_insert(0) += n;
            }
            if e.policy_errors > 0 && e.policy_errors_by_kind.is_empty() {
                *policy_errors_by_kind.entry("unknown".to_string()).or_insert(0) += e.policy_errors;
            }
            let unique: std::collections::BTreeSet<&String> = e.achievements.iter().collect();
            for a in unique {
                *achievement_counts.entry(a.clone()).or_insert(0) += 1;
            }
        }
        Summary {
            environment: environment.into(),
            progression_percentage: mean,
            standard_error: se,
            average_steps: episodes.iter().map(|e| f64::from(e.steps)).sum::<f64>() / n,
            episodes_played: episodes.len(),
            average_achievements: episodes.iter().map(|e| e.achievements.len() as f64).sum::<f64>() / n,
            achievement_counts,
            failed_seeds,
            policy_errors_by_kind,
            prompt_tokens: episodes.iter().map(|e| e.prompt_tokens).sum(),
            completion_tokens: episodes.iter().map(|e| e.completion_tokens).sum(),
            end_reasons,
            tasks: task_summaries(&episodes),
        }
    }

    /// One line for the terminal.
    pub fn line(&self) -> String {
        let errors: u32 = self.policy_errors_by_kind.values().sum();
        let errors = match errors {
            0 => String::new(),
            n => format!("; {n} model call(s) failed and fell back ({:?})", self.policy_errors_by_kind),
        };
        let failed = match self.failed_seeds.len() {
            0 => String::new(),
            n => format!("; {n} episode(s) FAILED (seeds {:?}), see their episode-<seed>.json", self.failed_seeds),
        };
        let limited = match self.end_reasons.get("trace-limit") {
            Some(n) => format!("; {n} episode(s) ended at their trace and journal limit (--max-trace-mib)"),
            None => String::new(),
        };
        format!(
            "progression {:.2}% ± {:.2} (standard error) over {} episode(s), average steps {:.1}, average achievements {:.2}{errors}{limited}{failed}",
            self.progression_percentage,
            self.standard_error,
            self.episodes_played,
            self.average_steps,
            self.average_achievements
        )
    }
}

/// Write `summary.json` into `out`.
pub fn write_summary(out: &Path, summary: &Summary) -> anyhow::Result<()> {
    let mut tmp = tempfile::NamedTempFile::new_in(out)?;
    serde_json::to_writer_pretty(&mut tmp, summary)?;
    tmp.persist(out.join("summary.json"))?;
    Ok(())
}

/// Mean and standard error of the mean (BALROG's `standard_error`).
pub fn mean_and_stderr(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let v: Vec<f64> = values.collect();
    if v.is_empty() {
        return (0.0, 0.0);
    }
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    if v.len() < 2 {
        return (mean, 0.0);
    }
    let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, (var / n).sqrt())
}
