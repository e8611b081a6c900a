//! `scripted-crafter`: a scripted Crafter policy that plays through AutoMem's text protocol the way
//! an LLM would. In LOG it reads its notes and writes what the observation shows (landmarks at
//! absolute positions, a short trail, an exploration heading, achievements, damage); in PLAN it
//! searches the notes for what its goal needs and commits one action.
//!
//! It keeps no knowledge of the world between calls: only its RNG, its settings, and what the
//! current turn's context holds. Everything about places out of view comes back through
//! SEARCH and READ results. With `memory=off` it issues no memory ops at all.

pub mod decide;
pub mod geom;
pub mod info;
pub mod log_phase;
pub mod nav;
pub mod notes;
pub mod plan_phase;
pub mod recall;
pub mod tags;

mod component;

use automem_sdk::Rng;
use info::Info;
use recall::{OpResult, Recall};

/// Which phase a turn belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Write memory about the previous action's outcome.
    Log,
    /// Look things up and commit one action.
    Plan,
}

/// One chat message, reduced to what the policy reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    /// Written by the policy itself (an earlier reply of this phase).
    pub assistant: bool,
    /// The text.
    pub text: String,
}

/// Everything one call may look at.
#[derive(Clone, Copy, Debug)]
pub struct Turn<'a> {
    /// LOG or PLAN.
    pub phase: Phase,
    /// 0 for the phase's first call.
    pub call_index: u32,
    /// The observation's info JSON.
    pub info: &'a str,
    /// Op names allowed in this phase ("SEARCH", "READ", ...).
    pub allowed_ops: &'a [String],
    /// Results of this phase's ops so far.
    pub results: &'a [OpResult],
    /// The phase's messages so far.
    pub messages: &'a [Msg],
}

/// The policy: an RNG and one switch.
#[derive(Clone, Debug)]
pub struct Policy {
    rng: Rng,
    seed: u64,
    memory: bool,
}

impl Policy {
    /// A policy for one episode; the only setting is `memory` = `on` (default) or `off`.
    pub fn new(seed: u64, settings: &[(String, String)]) -> Result<Policy, String> {
        let mut memory = true;
        for (key, value) in settings {
            match (key.as_str(), value.trim().to_ascii_lowercase().as_str()) {
                ("memory", "on" | "true" | "1") => memory = true,
                ("memory", "off" | "false" | "0") => memory = false,
                ("memory", _) => return Err(format!("setting 'memory' must be 'on' or 'off', got '{value}'")),
                _ => {
                    return Err(format!(
                        "unknown setting '{key}': the scripted Crafter policy takes only 'memory' (on|off)"
                    ));
                }
            }
        }
        Ok(Policy { rng: Rng::new(seed), seed, memory })
    }

    /// Memory ops are on.
    pub fn memory(&self) -> bool {
        self.memory
    }

    /// The reply text for one call.
    pub fn respond(&mut self, turn: &Turn) -> String {
        let info = match Info::parse(turn.info) {
            Ok(info) => info,
            Err(e) => {
                return match turn.phase {
                    Phase::Log => format!("Cannot read the observation ({e}).\n{}", tags::DONE),
                    Phase::Plan => format!("Cannot read the observation ({e}).\n{}", tags::action("Noop")),
                };
            }
        };
        let allowed =
            |op: &str| turn.allowed_ops.is_empty() || turn.allowed_ops.iter().any(|a| a.eq_ignore_ascii_case(op));
        let first = turn.call_index == 0 && turn.results.is_empty();
        match turn.phase {
            Phase::Log => {
                if !self.memory
                    || !allowed("READ")
                    || !allowed("WRITE")
                    || !allowed("APPEND")
                    || !first && turn.call_index > 1
                {
                    return tags::DONE.to_string();
                }
                if first {
                    return log_phase::lookups();
                }
                let recall = Recall::from_results(turn.results);
                log_phase::writes(&info, &recall, previous_action(turn.messages), &mut self.rng)
            }
            Phase::Plan => {
                let lookups_ok = allowed("SEARCH") && allowed("READ");
                if self.memory && first && lookups_ok {
                    return plan_phase::lookups(&info);
                }
                let recall = Recall::from_results(turn.results);
                let heading =
                    recall.heading.map(|h| h.dir).unwrap_or_else(|| plan_phase::default_heading(&info, self.seed));
                let rejected = rejected_actions(turn.messages);
                let decision = plan_phase::choose(&info, &recall, heading, &rejected, &mut self.rng);
                plan_phase::commit(&decision)
            }
        }
    }
}

/// "Previous action: X" from the phase's prompt, when the schema shows it.
fn previous_action(messages: &[Msg]) -> Option<&str> {
    messages
        .iter()
        .filter(|m| !m.assistant)
        .flat_map(|m| m.text.lines())
        .find_map(|l| l.trim().strip_prefix("Previous action:"))
        .map(|a| a.trim().split(" (").next().unwrap_or("").trim())
        .filter(|a| !a.is_empty() && !a.contains('|') && a.len() < 40)
}

/// Actions this phase committed that the gate then rejected ("ACTION REJECTED: ...").
fn rejected_actions(messages: &[Msg]) -> Vec<String> {
    let mut out = Vec::new();
    let mut last: Vec<String> = Vec::new();
    for m in messages {
        if m.assistant {
            last = tags::actions_in(&m.text);
        } else if m.text.contains("ACTION REJECTED") {
            out.append(&mut last);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const INFO: &str = r#"{"step":1,"area":[64,64],"position":[32,32],
      "facing":{"dx":0,"dy":1,"direction":"south","target":"grass"},
      "vitals":{"health":9,"food":9,"drink":9,"energy":9},"sleeping":false,
      "inventory":{"wood":0},"achievements":["collect_sapling"],"daylight":1.0,"nearest":{"tree":[2,0]}}"#;

    fn turn<'a>(phase: Phase, call_index: u32, results: &'a [OpResult], messages: &'a [Msg]) -> Turn<'a> {
        Turn { phase, call_index, info: INFO, allowed_ops: &[], results, messages }
    }

    #[test]
    fn settings_are_checked() {
        assert!(Policy::new(1, &[]).is_ok_and(|p| p.memory()));
        let off = [("memory".to_string(), "off".to_string())];
        assert!(Policy::new(1, &off).is_ok_and(|p| !p.memory()));
        assert!(Policy::new(1, &[("memory".into(), "maybe".into())]).is_err());
        assert!(Policy::new(1, &[("speed".into(), "fast".into())]).is_err());
    }

    #[test]
    fn memory_off_issues_no_ops() -> Result<(), String> {
        let mut p = Policy::new(1, &[("memory".into(), "off".into())])?;
        assert_eq!(p.respond(&turn(Phase::Log, 0, &[], &[])), tags::DONE);
        let plan = p.respond(&turn(Phase::Plan, 0, &[], &[]));
        assert!(plan.contains("<|ACTION|>Move East<|END|>") && !plan.contains("SEARCH"), "{plan}");
        Ok(())
    }

    #[test]
    fn memory_on_looks_up_then_commits() -> Result<(), String> {
        let mut p = Policy::new(1, &[])?;
        assert!(p.respond(&turn(Phase::Log, 0, &[], &[])).contains("<|READ|>map_notes.txt<|END|>"));
        let plan = p.respond(&turn(Phase::Plan, 0, &[], &[]));
        assert!(plan.contains("<|SEARCH|>map_notes.txt|lava at<|END|>") && !plan.contains("ACTION"));
        let results = [OpResult {
            op: "SEARCH map_notes.txt|lava at".into(),
            ok: true,
            text: "[FILE IS EMPTY — no matches]".into(),
        }];
        let plan = p.respond(&turn(Phase::Plan, 1, &results, &[]));
        assert!(plan.contains("<|ACTION|>Move East<|END|>"), "{plan}");
        Ok(())
    }

    #[test]
    fn reads_the_prompt_for_rejections_and_the_previous_action() {
        let messages = [
            Msg { assistant: false, text: "Previous action: Move West (NOT a valid action)".into() },
            Msg { assistant: true, text: tags::action("Place Table") },
            Msg { assistant: false, text: "ACTION REJECTED: you have no wood".into() },
        ];
        assert_eq!(previous_action(&messages), Some("Move West"));
        assert_eq!(rejected_actions(&messages), ["Place Table"]);
    }
}
