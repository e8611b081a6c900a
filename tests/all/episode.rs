//! The LOG/PLAN engine with a real game and a real schema plugin.
use crate::support::{component, runtime};
use automem::bindings::game_api::TaskOptions;
use automem::bindings::policy_api::{Message, Reply, TurnContext};
use automem::bindings::types::Phase;
use automem::episode::{Agents, EndReason, EpisodeOutcome, EpisodeSpec, Policy, PolicyError, run_episode};
use automem_memory::{Memory, Quotas};
use automem_runfile::trace::StepRecord;

/// A policy driven by a script of replies per phase, for testing the engine itself.
struct Scripted {
    log: Vec<&'static str>,
    plan: Vec<&'static str>,
    seen: Vec<(Phase, u32, Vec<Message>)>,
}

impl Policy for Scripted {
    fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        self.seen.push((context.phase, context.call_index, messages.to_vec()));
        let script = if context.phase == Phase::Log { &self.log } else { &self.plan };
        let text = script.get(context.call_index as usize).or(script.last()).copied().unwrap_or("");
        Ok(Reply { text: text.replace("{step}", &context.step.to_string()), prompt_tokens: 10, completion_tokens: 2 })
    }
}

fn spec(seed: u64, steps: u32) -> EpisodeSpec {
    EpisodeSpec {
        seed,
        task: TaskOptions { task: String::new(), max_steps: None, settings: vec![] },
        max_steps: steps,
        schema_settings: vec![],
        quotas: Quotas::default(),
        initial_memory: None,
    }
}

fn play(
    policy: &mut Scripted,
    gameplay: Option<&mut Scripted>,
    seed: u64,
    steps: u32,
) -> (EpisodeOutcome, Vec<StepRecord>) {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let schema = runtime.load_schema(&component("generic-v0")).unwrap();
    let mut records = Vec::new();
    let agents = Agents { memory: policy, gameplay: gameplay.map(|g| g as &mut dyn Policy) };
    let outcome = run_episode(&game, &schema, agents, &spec(seed, steps), &mut |r| {
        records.push(r.clone());
        Ok(())
    })
    .unwrap();
    (outcome, records)
}

fn writer() -> Scripted {
    Scripted {
        log: vec![
            "<|APPEND|>notes.txt|step {step}: moved<|END|>\n<|SEARCH|>notes.txt|moved<|END|>",
            "<|WRITE|>strategy.txt|keep moving east<|END|><|DONE|>",
        ],
        plan: vec!["<|SEARCH|>notes.txt|moved<|END|>", "<|ACTION|>east<|END|>"],
        seen: vec![],
    }
}

#[test]
fn log_writes_plan_reads_and_commits() {
    let mut policy = writer();
    let (outcome, records) = play(&mut policy, None, 5, 6);
    assert_eq!(records.len() as u32, outcome.steps);
    assert!(records[0].log_phase.is_none(), "no LOG at step 0");
    let log = records[1].log_phase.as_ref().unwrap();
    assert_eq!(log.ended, "done");
    assert_eq!(log.turns.len(), 2);
    assert!(log.turns[0].tool_results.iter().all(|r| r.ok), "{:?}", log.turns[0].tool_results);
    // The look-up in PLAN sees what LOG wrote.
    let plan = &records[2].plan_phase;
    assert_eq!(plan.committed_action.as_deref(), Some("east"));
    assert!(plan.phase.turns[0].tool_results[0].body.contains("step 2: moved"), "{:?}", plan.phase.turns[0]);
    assert_eq!(records[2].validated_action, "east");
    // The memory diff of step 1 shows both writes.
    // The diff keeps only the appended line of notes.txt, and the whole rewritten strategy.txt.
    use automem_runfile::trace::FileChange;
    assert!(
        matches!(&records[1].memory_diff["notes.txt"], FileChange::Appended(t) if t.ends_with("moved\n") && t.lines().count() == 1),
        "{:?}",
        records[1].memory_diff
    );
    assert_eq!(records[1].memory_diff["strategy.txt"], FileChange::Content("keep moving east".into()));
    assert_eq!(outcome.memory.read("strategy.txt").unwrap(), "keep moving east");
    // Token counts add up per step.
    assert_eq!(records[1].input_tokens, 40);
}

#[test]
fn plan_is_read_only_and_bad_commands_get_a_clear_result() {
    let mut policy = Scripted {
        log: vec!["<|READ|>../etc/passwd<|END|><|FROB|>x<|END|><|TAIL|>notes.txt|many<|END|><|DONE|>"],
        plan: vec!["<|WRITE|>notes.txt|sneaky<|END|>", "<|ACTION|>west<|END|>"],
        seen: vec![],
    };
    let (outcome, records) = play(&mut policy, None, 1, 3);
    let plan = &records[0].plan_phase.phase.turns[0].tool_results[0];
    assert!(!plan.ok);
    assert!(plan.body.contains("not available in the plan phase"), "{}", plan.body);
    assert!(outcome.memory.read("notes.txt").unwrap().is_empty());
    let log = &records[1].log_phase.as_ref().unwrap().turns[0].tool_results;
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log.iter().all(|r| !r.ok));
    assert!(log.iter().any(|r| r.body.contains("'..'")), "{log:?}");
    assert!(log.iter().any(|r| r.body.contains("FROB")), "{log:?}");
}

#[test]
fn no_action_falls_back_to_the_default_and_invalid_actions_count() {
    let mut policy = Scripted { log: vec!["<|DONE|>"], plan: vec!["I am not sure what to do."], seen: vec![] };
    let (outcome, records) = play(&mut policy, None, 1, 3);
    assert_eq!(records[0].plan_phase.committed_action, None);
    assert_eq!(records[0].plan_phase.final_action, "wait");
    assert_eq!(records[0].plan_phase.phase.ended, "no-commands");
    assert_eq!(outcome.invalid_actions, 0);
    let mut policy = Scripted { log: vec!["<|DONE|>"], plan: vec!["<|ACTION|>fly<|END|>"], seen: vec![] };
    let (outcome, records) = play(&mut policy, None, 1, 3);
    assert_eq!(outcome.invalid_actions, 3);
    assert!(!records[0].action_valid);
    assert_eq!(records[0].validated_action, "wait");
}

#[test]
fn two_model_mode_hands_plan_to_the_gameplay_model() {
    let mut memory = Scripted {
        log: vec!["<|APPEND|>notes.txt|seen<|END|><|DONE|>"],
        plan: vec!["<|SEARCH|>notes.txt|seen<|END|>", "I would go west. <|ACTION|>west<|END|>"],
        seen: vec![],
    };
    let mut gameplay = Scripted { log: vec![], plan: vec!["<|ACTION|>east<|END|>"], seen: vec![] };
    let (_, records) = play(&mut memory, Some(&mut gameplay), 2, 3);
    let plan = &records[1].plan_phase;
    assert_eq!(plan.committed_action.as_deref(), Some("east"), "the gameplay model commits");
    let responders: Vec<&str> = plan.phase.turns.iter().map(|t| t.responder.as_str()).collect();
    assert_eq!(responders, ["memory", "memory", "gameplay"]);
    // The gameplay model saw the memory model's text without its action, and the hand-off.
    let (_, _, messages) = &gameplay.seen[1];
    let joined: Vec<&str> = messages.iter().map(|m| m.content.as_str()).collect();
    assert!(joined.iter().any(|m| m.contains("I would go west") && !m.contains("<|ACTION|>")), "{joined:?}");
    assert!(joined.last().unwrap().contains("Now commit your action"));
    assert!(memory.seen.iter().all(|(p, _, _)| *p == Phase::Log || *p == Phase::Plan));
}

#[test]
fn the_journal_rebuilds_the_final_memory_exactly() {
    let mut policy = writer();
    let (outcome, _) = play(&mut policy, None, 9, 12);
    let journal = outcome.memory.journal();
    assert!(journal.len() > 10);
    let rebuilt = Memory::replay(Quotas::default(), journal).unwrap();
    assert_eq!(rebuilt, outcome.memory);
    // Every change is stamped with its step and who made it.
    assert!(journal.iter().any(|e| e.stamp.phase == automem_runfile::Part::Log && e.stamp.step == 3));
    assert!(
        journal.iter().filter(|e| e.stamp.phase == automem_runfile::Part::Plan).all(|e| !e.change.is_mutation()),
        "PLAN never writes"
    );
    // Look-ups are journaled too, with what they found; replay skips them.
    assert!(journal.iter().any(
        |e| matches!(&e.change, automem_runfile::Change::Looked { call, .. } if call.starts_with("SEARCH notes.txt"))
    ));
}

#[test]
fn the_same_seed_gives_the_same_trace() {
    let trace = |seed| {
        let mut policy = writer();
        let (outcome, records) = play(&mut policy, None, seed, 10);
        (serde_json::to_string(&records).unwrap(), outcome.end_reason)
    };
    let (a, end) = trace(4);
    assert_eq!(a, trace(4).0);
    assert_ne!(a, trace(5).0);
    assert!(matches!(end, EndReason::MaxSteps | EndReason::Done));
}

#[test]
fn the_schemas_gate_rejects_an_infeasible_craft_and_the_model_tries_again() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let schema = runtime.load_schema(&component("crafter-evolved")).unwrap();
    let mut policy = Scripted {
        log: vec!["<|DONE|>"],
        plan: vec!["<|ACTION|>Make Iron Pickaxe<|END|>", "<|ACTION|>Move West<|END|>"],
        seen: vec![],
    };
    let mut records = Vec::new();
    let agents = Agents { memory: &mut policy, gameplay: None };
    run_episode(&game, &schema, agents, &spec(3, 2), &mut |r| {
        records.push(r.clone());
        Ok(())
    })
    .unwrap();
    let plan = &records[0].plan_phase;
    assert_eq!(plan.gate_rejections.len(), 1, "{plan:?}");
    assert_eq!(plan.final_action, "Move West");
    let (_, _, messages) = &policy.seen[1];
    assert!(messages.last().unwrap().content.starts_with("ACTION REJECTED:"), "{:?}", messages.last());
}

#[test]
fn the_scripted_policy_with_memory_beats_random_through_the_engine() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let schema = runtime.load_schema(&component("crafter-v0")).unwrap();
    let achievements = |policy_name: &str| {
        let policy = runtime.load_policy(&component(policy_name)).unwrap();
        let mut total = 0;
        for seed in 42..45 {
            let mut p = policy.instantiate(seed, &[]).unwrap();
            let outcome =
                run_episode(&game, &schema, Agents { memory: &mut p, gameplay: None }, &spec(seed, 300), &mut |_| {
                    Ok(())
                })
                .unwrap();
            total += outcome.events.iter().filter(|e| e.kind == "achievement").count();
        }
        total
    };
    let (scripted, random) = (achievements("scripted-crafter"), achievements("random"));
    assert!(scripted >= random + 6, "scripted {scripted} vs random {random}");
}
