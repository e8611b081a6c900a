//! What an episode writes down: one record per game step, in the shape of AutoMem's per-step
//! debug record, so both outer loops can read every prompt, reply and memory decision.
use super::ops::OpOutcome;
use crate::bindings::types::GameEvent;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One model call within a phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// The user message this call answered (the phase's first prompt, or results since).
    pub prompt: String,
    /// Who answered: "single", "memory" or "gameplay".
    pub responder: String,
    /// The reply as the model wrote it.
    pub raw_response: String,
    /// The operations it asked for, after they ran.
    pub tool_results: Vec<OpOutcome>,
    /// Tokens read and written, when the policy reports them.
    pub prompt_tokens: u32,
    /// Tokens written.
    pub completion_tokens: u32,
    /// The policy failed on this call (the phase then ended with its fallback).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// One phase (LOG or PLAN) of a step.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PhaseRecord {
    /// The schema's system prompt; `None` when it is the same as in this phase of the previous
    /// step (system prompts rarely change and would be most of a trace otherwise).
    #[serde(default)]
    pub system_prompt: Option<String>,
    /// The schema's first user prompt.
    pub initial_prompt: String,
    /// Every model call, in order.
    pub turns: Vec<Turn>,
    /// How the phase ended: "done", "no-commands", "action", "max-calls", "policy-error".
    pub ended: String,
}

/// The PLAN phase, plus the action it committed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlanRecord {
    /// Prompts and turns.
    #[serde(flatten)]
    pub phase: PhaseRecord,
    /// The action the model committed, if it did.
    pub committed_action: Option<String>,
    /// The action sent to the game (the committed one, or the fallback).
    pub final_action: String,
    /// Reasons the schema's gate gave for rejecting earlier commits.
    pub gate_rejections: Vec<String>,
}

/// One game step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    /// 0-based step.
    pub step: u32,
    /// The observation the agent acted on.
    pub obs_long_term_context: String,
    /// Its short-term part.
    pub obs_short_term_context: String,
    /// What the PLAN phase committed (none when it fell back).
    pub raw_action: Option<String>,
    /// What the game actually played (the default action when the sent one was invalid).
    pub validated_action: String,
    /// Whether the sent action was valid for the game.
    pub action_valid: bool,
    /// Reward of this step.
    pub reward: f64,
    /// The episode ended here.
    pub done: bool,
    /// Progression after this step.
    pub progression: f64,
    /// Events of this step (achievements, death).
    pub events: Vec<GameEvent>,
    /// Tokens read over all model calls of the step.
    pub input_tokens: u64,
    /// Tokens written.
    pub output_tokens: u64,
    /// How many steps in a row the observation had not changed.
    pub unchanged_count: u32,
    /// The LOG phase (none at step 0).
    pub log_phase: Option<PhaseRecord>,
    /// The PLAN phase.
    pub plan_phase: PlanRecord,
    /// Notes from the schema's after-step hook.
    pub after_step_notes: Vec<String>,
    /// Files changed during this step: new content, or none when deleted.
    pub memory_diff: BTreeMap<String, FileChange>,
}

/// How one memory file changed during a step.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileChange {
    /// Text was added at the end (the common case: APPEND); only the new text is kept.
    Appended(String),
    /// The file was created or rewritten; its whole new content.
    Content(String),
    /// The file was deleted.
    Removed,
}
