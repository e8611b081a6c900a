//! An episode's record made from how it was set up and how it went: the engine's side of
//! [`automem_runfile::record`], which owns the record's shape and file.
use crate::episode::EpisodeOutcome;
use crate::policy::PolicySource;
use crate::runner::Setup;
use automem_runfile::{EpisodeRecord, PluginRef};
use std::collections::BTreeMap;

fn plugin_ref(name: &str, hash: &str, settings: &[(String, String)]) -> PluginRef {
    PluginRef { name: name.into(), hash: hash.into(), settings: settings.to_vec() }
}

/// A record of `setup`'s plugins for `seed`, with no results yet.
pub fn fresh(seed: u64, setup: &Setup) -> EpisodeRecord {
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

/// The record of an episode of the LOG/PLAN engine.
pub fn from_episode(o: &EpisodeOutcome, setup: &Setup) -> EpisodeRecord {
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
        ..fresh(o.seed, setup)
    }
}

/// The record of an episode that could not be played to its end, and why.
pub fn failed(seed: u64, setup: &Setup, error: &anyhow::Error) -> EpisodeRecord {
    let mut message = error.to_string();
    for cause in error.chain().skip(1) {
        message.push_str(&format!("\n  caused by: {cause}"));
    }
    EpisodeRecord { end_reason: "failed".into(), error: Some(message), ..fresh(seed, setup) }
}
