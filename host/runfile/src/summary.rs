//! BALROG's summary of a run, `summary.json`, from its finished episodes.
use crate::layout::SUMMARY_FILE;
use crate::record::EpisodeRecord;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

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
    tmp.persist(out.join(SUMMARY_FILE))?;
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
