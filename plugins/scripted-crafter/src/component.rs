//! The WebAssembly export: world `policy`, one [`Policy`] per instance.

use crate::recall::OpResult;
use crate::{Msg, Phase, Policy, Turn};
use automem_sdk::policy::{Guest, Message, Reply, Role, TurnContext};
use automem_sdk::types;
use std::cell::RefCell;

thread_local! {
    static POLICY: RefCell<Option<Policy>> = const { RefCell::new(None) };
}

// Natively only the tests use it; the export needs wasm32.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct ScriptedCrafter;

impl Guest for ScriptedCrafter {
    fn configure(seed: u64, settings: Vec<(String, String)>) -> Result<(), String> {
        let policy = Policy::new(seed, &settings)?;
        POLICY.with(|p| *p.borrow_mut() = Some(policy));
        Ok(())
    }

    fn respond(messages: Vec<Message>, context: TurnContext) -> Result<Reply, String> {
        let messages: Vec<Msg> =
            messages.into_iter().map(|m| Msg { assistant: m.role == Role::Assistant, text: m.content }).collect();
        let results: Vec<OpResult> =
            context.results.into_iter().map(|r| OpResult { op: r.op, ok: r.ok, text: r.text }).collect();
        let turn = Turn {
            phase: match context.phase {
                types::Phase::Log => Phase::Log,
                types::Phase::Plan => Phase::Plan,
            },
            call_index: context.call_index,
            info: &context.observation.info,
            allowed_ops: &context.allowed_ops,
            results: &results,
            messages: &messages,
        };
        let text = POLICY.with(|p| {
            let mut slot = p.borrow_mut();
            let policy = slot.get_or_insert_with(|| Policy::new(0, &[]).unwrap_or_else(|_| unreachable!()));
            policy.respond(&turn)
        });
        Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
    }
}

// Exported only on wasm32: natively the component's export names do not link into a cdylib.
#[cfg(target_arch = "wasm32")]
automem_sdk::export_policy!(ScriptedCrafter);

#[cfg(test)]
mod tests {
    use super::*;
    use automem_sdk::policy::Responder;

    #[test]
    fn the_guest_glue_configures_and_answers() -> Result<(), String> {
        assert!(ScriptedCrafter::configure(3, vec![("memory".into(), "loud".into())]).is_err());
        ScriptedCrafter::configure(3, vec![("memory".into(), "off".into())])?;
        let info = r#"{"step":0,"position":[32,32],"facing":{"dx":0,"dy":1,"target":"grass"},
            "vitals":{"health":9,"food":9,"drink":9,"energy":9},"inventory":{},"achievements":[],"nearest":{}}"#;
        let context = TurnContext {
            phase: types::Phase::Plan,
            responder: Responder::Single,
            step: 0,
            call_index: 0,
            game: "crafter".into(),
            observation: types::Observation {
                long_term_context: String::new(),
                short_term_context: String::new(),
                info: info.into(),
            },
            actions: vec!["Noop".into()],
            memory_index: Vec::new(),
            allowed_ops: vec!["SEARCH".into(), "READ".into(), "ACTION".into()],
            results: Vec::new(),
        };
        let reply = ScriptedCrafter::respond(Vec::new(), context)?;
        assert!(reply.text.contains("<|ACTION|>"), "{}", reply.text);
        Ok(())
    }
}
