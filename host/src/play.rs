//! Play an episode with a game and a policy, no memory: the floor the full LOG/PLAN engine
//! builds on, and the demo until it lands.
use crate::bindings::game_api::TaskOptions;
use crate::bindings::policy_api::{Message, Responder, Role, TurnContext};
use crate::bindings::types::Phase;
use crate::episode::Policy;
use crate::game::GamePlugin;

/// How one episode went.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EpisodeOutcome {
    /// The seed it was played with.
    pub seed: u64,
    /// Steps played.
    pub steps: u32,
    /// Sum of rewards.
    pub total_reward: f64,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Names of the achievements unlocked, in order.
    pub events: Vec<String>,
    /// Steps whose committed action was invalid.
    pub invalid_actions: u32,
    /// Why it ended: "done", "truncated" or "max-steps".
    pub end_reason: String,
    /// Model calls that failed (the default action was taken).
    pub policy_errors: u32,
}

/// Play one episode: reset with `seed`, ask the policy for an action each step, step the game.
pub fn play_episode(
    game: &GamePlugin,
    agent: &mut dyn Policy,
    seed: u64,
    options: &TaskOptions,
    max_steps: u32,
    cancel: &std::sync::atomic::AtomicBool,
) -> anyhow::Result<EpisodeOutcome> {
    let mut instance = game.instantiate(seed)?;
    let info = instance.task_info(&options.task)?;
    let mut observation = instance.reset(seed, options)?;
    let mut outcome = EpisodeOutcome {
        seed,
        steps: 0,
        total_reward: 0.0,
        progression: 0.0,
        events: Vec::new(),
        invalid_actions: 0,
        end_reason: "max-steps".into(),
        policy_errors: 0,
    };
    while outcome.steps < max_steps {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(crate::runner::Interrupted.into());
        }
        let prompt = format!(
            "{}\n\nCurrent observation:\n{}\n\n{}\n\nCommit one action as <|ACTION|>action<|END|>.",
            info.instructions, observation.long_term_context, observation.short_term_context
        );
        let messages = [Message { role: Role::User, content: prompt }];
        let context = TurnContext {
            phase: Phase::Plan,
            responder: Responder::Single,
            step: outcome.steps,
            call_index: 0,
            game: info.name.clone(),
            observation: observation.clone(),
            actions: info.actions.clone(),
            memory_index: Vec::new(),
            allowed_ops: vec!["ACTION".into()],
            results: Vec::new(),
        };
        let reply = match agent.respond(&messages, &context) {
            Ok(reply) => reply.text,
            Err(err) => {
                tracing::warn!("policy failed: {err}");
                outcome.policy_errors += 1;
                String::new()
            }
        };
        let action = extract_action(&reply).unwrap_or(&info.default_action).to_string();
        let step = instance.step(&action)?;
        outcome.steps += 1;
        outcome.total_reward += step.reward;
        outcome.progression = step.progression;
        outcome.invalid_actions += u32::from(!step.action_valid);
        outcome.events.extend(step.events.iter().filter(|e| e.kind == "achievement").map(|e| e.name.clone()));
        observation = step.observation;
        if step.done {
            outcome.end_reason = if step.truncated { "truncated" } else { "done" }.into();
            break;
        }
    }
    Ok(outcome)
}

/// The action inside `<|ACTION|>...<|END|>`, if any.
fn extract_action(text: &str) -> Option<&str> {
    let start = text.find("<|ACTION|>")? + "<|ACTION|>".len();
    let rest = &text[start..];
    let end = rest.find("<|END|>").unwrap_or(rest.len());
    Some(rest[..end].trim())
}
