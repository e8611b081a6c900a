//! `random`: a policy that commits a uniformly random valid game action and never touches memory.
//!
//! It ends every LOG phase at once and commits in the first PLAN call, so it is also the cheapest
//! policy for measuring the host's own overhead.
use automem_sdk::Rng;
use automem_sdk::policy::*;
use std::cell::RefCell;

thread_local! {
    static RNG: RefCell<Rng> = RefCell::new(Rng::new(0));
}

/// The random policy, as the component exports it.
pub struct RandomPolicy;

impl Guest for RandomPolicy {
    fn configure(seed: u64, settings: Vec<(String, String)>) -> Result<(), String> {
        if let Some((key, _)) = settings.first() {
            return Err(format!("the random policy takes no settings, got '{key}'"));
        }
        RNG.with(|r| *r.borrow_mut() = Rng::new(seed));
        Ok(())
    }

    fn respond(_messages: Vec<Message>, context: TurnContext) -> Result<Reply, String> {
        let text = match context.phase {
            Phase::Log => "<|DONE|>".to_string(),
            Phase::Plan => {
                if context.actions.is_empty() {
                    return Err("the game offers no actions".into());
                }
                let index = RNG.with(|r| r.borrow_mut().below(context.actions.len() as u64));
                format!("<|ACTION|>{}<|END|>", context.actions[index as usize])
            }
        };
        Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
    }
}

automem_sdk::export_policy!(RandomPolicy);
