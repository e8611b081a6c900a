//! One finished episode's record, `episode-<seed>.json`: written last and atomically, so its
//! presence means the episode is complete (a re-run skips it and redoes an episode that has only a
//! partial trace).
use crate::layout::episode_record_path;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

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

impl EpisodeRecord {
    /// Whether the episode was played to its end (a failed one is redone by a re-run).
    pub fn is_complete(&self) -> bool {
        self.error.is_none()
    }

    /// A finished episode from an earlier run into `out`, if there is one: a record that is
    /// missing, not a regular file, too big or unreadable counts as none (a re-run redoes it).
    pub fn load(out: &Path, seed: u64) -> Option<Self> {
        let text = crate::read::read_to_string(&episode_record_path(out, seed), crate::read::MAX_FILE_BYTES).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Write the record atomically (after the trace is complete).
    pub fn save(&self, out: &Path) -> anyhow::Result<()> {
        let path = episode_record_path(out, self.seed);
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
