//! `crafter-v0`: AutoMem's v0 memory layout for Crafter, with our own prompt text.
//!
//! Five empty files the model keeps itself (`map_notes.txt`, `crafting_progress.txt`,
//! `survival_log.txt`, `actions_log.txt`, `strategy.txt`), the standard tag operations, up to
//! 10 LOG and 10 PLAN calls (the paper's configuration), and nothing computed by code: no
//! helpers, no gates, no pruning. The prompts carry the game's instructions, the actions, the
//! unchanged-observation warning (escalating to "STUCK" after 3 unchanged steps), the
//! invalid-action note, the file index and the observation text (never the raw `info` JSON).
//!
//! The prompt builders are plain functions of their inputs, so they are unit-tested natively.
use automem_sdk::schema::*;
use std::cell::RefCell;
use std::fmt::Write as _;

/// The declared files: path and what belongs in it. All start empty.
pub const FILES: [(&str, &str); 5] = [
    (
        "map_notes.txt",
        "Where things are, one line per place, keyed by your own coordinates: \
         \"Pos (3,-2): N=tree 2 steps, E=stone 1 step, S=water, W=grass\".",
    ),
    ("crafting_progress.txt", "What you have crafted or placed, what a recipe needed, and what is still missing."),
    (
        "survival_log.txt",
        "Health, food, drink and energy events: damage taken, where you ate, drank or slept, threats.",
    ),
    ("actions_log.txt", "Notable outcomes, one line each: \"Step N action 'X': what happened\"."),
    ("strategy.txt", "Lessons that worked or failed, and the plan you are following."),
];

/// Operations allowed in the LOG phase.
pub const LOG_OPS: [&str; 8] = ["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE"];
/// Operations allowed in the PLAN phase.
pub const PLAN_OPS: [&str; 5] = ["SEARCH", "READ", "TAIL", "COUNT", "ACTION"];
/// Most model calls per LOG phase and per PLAN phase (the paper's configuration).
pub const MAX_CALLS: u32 = 10;
/// Unchanged steps from which the warning says "STUCK".
pub const STUCK_AFTER: u32 = 3;

/// What `start` keeps for the episode.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Episode {
    /// The game's instructions text.
    pub instructions: String,
    /// The valid action strings.
    pub actions: Vec<String>,
    /// What the game plays when an action is invalid or missing.
    pub default_action: String,
}

thread_local! {
    static EPISODE: RefCell<Episode> = RefCell::new(Episode::default());
}

/// This schema has no tunables: any setting is refused with a clear message.
pub fn check_settings(settings: &[(String, String)]) -> Result<(), String> {
    match settings.first() {
        None => Ok(()),
        Some((name, _)) => Err(format!("crafter-v0 has no tunables; unknown setting '{name}'")),
    }
}

const ROLE: &str = "\
You are an agent playing Crafter. You have no memory of earlier steps except what you wrote into \
your memory files: each step you see only the current observation and the list of your files. \
Every game step runs in two phases. In the LOG phase you record what your previous action did \
(its result is visible only now). In the PLAN phase your files are read-only: you look up what \
helps and commit exactly one game action.";

const LOG_GUIDE: &str = "\
=== LOG PHASE: write down what you learned ===
Commands (you may put several in one reply):
  <|SEARCH|>file|keyword<|END|>    lines of the file that contain the keyword (any case)
  <|READ|>file<|END|>              the whole file
  <|TAIL|>file|N<|END|>            the last N lines
  <|COUNT|>file|keyword<|END|>     how many lines contain the keyword
  <|APPEND|>file|one line<|END|>   add one line at the end
  <|WRITE|>file|content<|END|>     replace the whole file
  <|CREATE|>file<|END|>            make a new empty file
  <|DONE|>                         end the LOG phase
How to keep good notes:
- Check before you write: SEARCH or READ the file first so the same fact is not stored twice.
- Write log lines as \"Step N action 'X': what happened\".
- Worth logging: failed or invalid actions, an observation that did not change, new things found, \
inventory changes, damage, anything unexpected, and where things are. A routine move that went as \
expected needs no note: just reply <|DONE|>.
- The game gives no coordinates, so keep your own: you started at (0,0); each move that really \
moved you changes them (East x+1, West x-1, South y+1, North y-1; a move into something solid only \
turns you). Note places in map_notes.txt in one fixed form, one line per position, for example \
\"Pos (3,-2): N=tree 2 steps, E=stone 1 step, S=water, W=grass\", so a SEARCH for \"Pos (3,\" or \
\"tree\" finds them later.";

const PLAN_GUIDE: &str = "\
=== PLAN PHASE: choose one action ===
Your files are read-only now. Commands:
  <|SEARCH|>file|keyword<|END|>    lines of the file that contain the keyword (any case)
  <|READ|>file<|END|>              the whole file
  <|TAIL|>file|N<|END|>            the last N lines
  <|COUNT|>file|keyword<|END|>     how many lines contain the keyword
  <|ACTION|>action<|END|>          commit the game action, written exactly as in the list
Look up only what helps this decision (where a resource was, what failed before, your plan), then \
commit. A reply with neither a command nor an action ends the phase with the default action.";

/// The system message of a phase.
pub fn system_prompt(phase: Phase, episode: &Episode) -> String {
    let mut s = String::with_capacity(4096);
    s.push_str(ROLE);
    s.push_str("\n\n=== GAME INSTRUCTIONS ===\n");
    s.push_str(episode.instructions.trim());
    s.push_str("\n\n=== VALID ACTIONS (write one exactly as shown) ===\n");
    s.push_str(&episode.actions.join(", "));
    s.push_str("\n\n=== YOUR MEMORY FILES ===\n");
    for (path, description) in FILES {
        let _ = writeln!(s, "- {path}: {description}");
    }
    s.push('\n');
    s.push_str(match phase {
        Phase::Log => LOG_GUIDE,
        Phase::Plan => PLAN_GUIDE,
    });
    s
}

/// The unchanged-observation warning, or `None` when the observation changed.
pub fn unchanged_warning(unchanged_count: u32) -> Option<String> {
    match unchanged_count {
        0 => None,
        n if n >= STUCK_AFTER => Some(format!(
            "CRITICAL WARNING: the observation has been IDENTICAL for {n} steps in a row. You are STUCK. \
             Repeating the same action will not help: a move into something solid only turns you, and \
             crafting without the materials or a station nearby does nothing. Choose a clearly different \
             action or direction."
        )),
        _ => Some(
            "WARNING: the observation is IDENTICAL to the previous step. Your previous action most likely \
             had NO EFFECT."
                .into(),
        ),
    }
}

/// The first user message of a phase.
pub fn user_prompt(context: &StepContext, episode: &Episode) -> String {
    let mut s = String::with_capacity(2048);
    let phase_name = phase_name(context.phase);
    let _ = writeln!(s, "=== STEP {} | {phase_name} PHASE ===", context.step);
    if let Some(previous) = &context.previous_action {
        let _ = writeln!(s, "Previous action (step {}): '{previous}'", context.step.saturating_sub(1));
        if !context.previous_action_valid {
            let default = if episode.default_action.is_empty() { "Noop" } else { &episode.default_action };
            match context.phase {
                Phase::Log => {
                    let _ = writeln!(
                        s,
                        "Your previous output '{previous}' was NOT a valid action, so the game played \
                         '{default}' instead. THIS IS AN IMPORTANT FAILURE TO LOG: note in actions_log.txt \
                         what you wrote and that it was invalid, so you write a listed action next time."
                    );
                }
                Phase::Plan => {
                    let _ = writeln!(
                        s,
                        "Your previous output was not a valid action; the game played '{default}'. Write \
                         the action exactly as listed."
                    );
                }
            }
        }
    }
    if let Some(warning) = unchanged_warning(context.unchanged_count) {
        s.push_str(&warning);
        s.push('\n');
    }
    s.push_str("\n=== MEMORY FILES ===\n");
    s.push_str(&file_index(&context.memory_index, |_| ""));
    s.push_str("\n\n=== CURRENT OBSERVATION ===\n");
    s.push_str(&observation_text(&context.observation));
    s.push_str("\n\n");
    match context.phase {
        Phase::Log => s.push_str(
            "Record the outcome of your previous action in your files if it taught you anything, then \
             reply <|DONE|>. If nothing is worth noting, reply <|DONE|> right away.",
        ),
        Phase::Plan => {
            s.push_str("Consult your files if it helps, then commit one action with <|ACTION|>action<|END|>.")
        }
    }
    s
}

/// The schema's description.
pub fn info() -> SchemaInfo {
    let names = |ops: &[&str]| ops.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    SchemaInfo {
        name: "crafter-v0".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "AutoMem's v0 layout for Crafter: five empty files kept by the model, the standard \
                      tag operations, 10 LOG and 10 PLAN calls; no helpers, no gates."
            .into(),
        game: "crafter".into(),
        files: FILES
            .iter()
            .map(|(path, description)| FileSpec {
                path: path.to_string(),
                description: description.to_string(),
                initial_content: String::new(),
            })
            .collect(),
        log_ops: names(&LOG_OPS),
        plan_ops: names(&PLAN_OPS),
        custom_ops: Vec::new(),
        max_log_calls: MAX_CALLS,
        max_plan_calls: MAX_CALLS,
        max_gate_rejections: 0,
        tunables: Vec::new(),
        // AutoMem's fallback for Crafter.
        fallback_action: Some("Noop".into()),
    }
}

/// The component's schema type.
pub struct CrafterV0;

impl Guest for CrafterV0 {
    fn describe() -> SchemaInfo {
        info()
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        check_settings(&episode.settings)?;
        let kept = Episode {
            instructions: episode.instructions,
            actions: episode.actions,
            default_action: episode.default_action,
        };
        EPISODE.with(|e| *e.borrow_mut() = kept);
        Ok(())
    }

    fn build_prompt(context: StepContext) -> Prompt {
        EPISODE.with(|e| {
            let episode = e.borrow();
            Prompt { system: system_prompt(context.phase, &episode), user: user_prompt(&context, &episode) }
        })
    }

    fn check_op(_phase: Phase, _op: MemoryOp) -> OpVerdict {
        OpVerdict::Allow
    }

    fn run_custom_op(_phase: Phase, op: CustomArgs) -> Result<String, String> {
        Err(format!("crafter-v0 has no operation named {}", op.name))
    }

    fn gate_action(_context: StepContext, _action: String) -> ActionVerdict {
        ActionVerdict::Accept
    }

    fn after_step(_context: StepContext) -> Vec<String> {
        Vec::new()
    }
}

// Native builds (unit tests) skip the export: its symbol names only link as a wasm component.
#[cfg(target_arch = "wasm32")]
automem_sdk::export_schema!(CrafterV0);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn episode() -> Episode {
        Episode {
            instructions: "You are playing Crafter. Collect wood.".into(),
            actions: vec!["Noop".into(), "Move West".into(), "Do".into()],
            default_action: "Noop".into(),
        }
    }

    fn context(phase: Phase) -> StepContext {
        StepContext {
            step: 7,
            phase,
            observation: Observation {
                long_term_context: "You see:\n- tree 2 steps to your west\n\nYou face grass at your front.".into(),
                short_term_context: "Your status:\n- health: 9/9".into(),
                info: "{\"position\":[32,32],\"secret\":\"do-not-show\"}".into(),
            },
            previous_action: Some("Move West".into()),
            previous_action_valid: true,
            reward: 0.0,
            progression: 0.0,
            events: Vec::new(),
            unchanged_count: 0,
            memory_index: vec![
                FileEntry { path: "actions_log.txt".into(), lines: 1, bytes: 20 },
                FileEntry { path: "map_notes.txt".into(), lines: 3, bytes: 90 },
            ],
            results: Vec::new(),
        }
    }

    #[test]
    fn describe_matches_the_v0_layout() {
        let info = info();
        let paths: Vec<_> = info.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            ["map_notes.txt", "crafting_progress.txt", "survival_log.txt", "actions_log.txt", "strategy.txt"]
        );
        assert!(info.files.iter().all(|f| f.initial_content.is_empty()));
        assert_eq!(info.log_ops, ["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE"]);
        assert_eq!(info.plan_ops, ["SEARCH", "READ", "TAIL", "COUNT", "ACTION"]);
        assert_eq!((info.max_log_calls, info.max_plan_calls, info.max_gate_rejections), (10, 10, 0));
        assert!(info.tunables.is_empty() && info.custom_ops.is_empty());
        assert_eq!(info.game, "crafter");
    }

    #[test]
    fn settings_are_refused_by_name() {
        assert!(check_settings(&[]).is_ok());
        let err = check_settings(&[("gates".into(), "on".into())]).unwrap_err();
        assert!(err.contains("'gates'"), "{err}");
    }

    #[test]
    fn system_prompt_has_instructions_actions_and_phase_guide() {
        let log = system_prompt(Phase::Log, &episode());
        assert!(log.contains("You are playing Crafter. Collect wood."));
        assert!(log.contains("Noop, Move West, Do"));
        assert!(log.contains("<|APPEND|>") && log.contains("<|DONE|>") && log.contains("Pos (3,-2)"));
        assert!(!log.contains("<|ACTION|>"));
        let plan = system_prompt(Phase::Plan, &episode());
        assert!(plan.contains("<|ACTION|>") && !plan.contains("<|APPEND|>"));
        for (path, _) in FILES {
            assert!(plan.contains(path));
        }
    }

    #[test]
    fn user_prompt_shows_index_and_observation_but_never_info() {
        let text = user_prompt(&context(Phase::Plan), &episode());
        assert!(text.contains("STEP 7 | PLAN"));
        assert!(text.contains("- actions_log.txt (1 line)\n- map_notes.txt (3 lines)"));
        assert!(text.contains("tree 2 steps to your west\n\nYou face grass at your front.\n\nYour status:"));
        assert!(!text.contains("do-not-show") && !text.contains("position"));
        assert!(!text.contains("WARNING"));
    }

    #[test]
    fn invalid_action_is_an_important_failure_in_log_only() {
        let mut ctx = context(Phase::Log);
        ctx.previous_action = Some("chop tree".into());
        ctx.previous_action_valid = false;
        let log = user_prompt(&ctx, &episode());
        assert!(log.contains("IMPORTANT FAILURE TO LOG") && log.contains("'chop tree'") && log.contains("'Noop'"));
        ctx.phase = Phase::Plan;
        let plan = user_prompt(&ctx, &episode());
        assert!(!plan.contains("IMPORTANT FAILURE TO LOG") && plan.contains("not a valid action"));
    }

    #[test]
    fn unchanged_warning_escalates_to_stuck() {
        assert_eq!(unchanged_warning(0), None);
        let one = unchanged_warning(1).unwrap();
        assert!(one.contains("IDENTICAL") && !one.contains("STUCK"));
        assert!(!unchanged_warning(2).unwrap().contains("STUCK"));
        let three = unchanged_warning(3).unwrap();
        assert!(three.contains("STUCK") && three.contains("3 steps"));
        let mut ctx = context(Phase::Log);
        ctx.unchanged_count = 4;
        assert!(user_prompt(&ctx, &episode()).contains("You are STUCK"));
    }

    #[test]
    fn first_step_has_no_previous_action_and_empty_index_is_marked() {
        let mut ctx = context(Phase::Plan);
        ctx.step = 0;
        ctx.previous_action = None;
        ctx.memory_index.clear();
        let text = user_prompt(&ctx, &episode());
        assert!(!text.contains("Previous action") && text.contains("(no files)"));
    }
}
