//! `nethack-v0`: AutoMem's v0 memory layout for NetHack (BALROG's NetHackChallenge), with our own
//! prompt text.
//!
//! Seven files: `game_rules.txt` and `nethack_symbols.txt` pre-filled, `dungeon_map.txt`,
//! `monster_encounters.txt`, `inventory.txt`, `actions_log.txt` and `strategy.txt` empty and kept
//! by the model; the standard tag operations, up to 10 LOG and 10 PLAN calls. Like AutoMem's v0
//! NLE agent it adds a "=== MAP ANALYSIS ===" block (the hero's neighbours, stairs seen) and
//! shows the language observation's distance words as step counts. No gates, no pruning.
mod analysis;

use automem_sdk::schema::*;
use std::cell::RefCell;
use std::fmt::Write as _;

/// The declared files: path, what belongs in it, and its initial content.
pub const FILES: [(&str, &str, &str); 7] = [
    ("game_rules.txt", "How actions are written and answered (pre-filled).", GAME_RULES),
    ("nethack_symbols.txt", "What the map characters mean (pre-filled).", SYMBOLS),
    (
        "dungeon_map.txt",
        "Terrain by level and position, one line per place: \"Dlvl 1 (x,y): floor | N:wall | E:door | S:corridor | W:dark\".",
        "",
    ),
    ("monster_encounters.txt", "Monsters met: where, what they did, how the fight went.", ""),
    ("inventory.txt", "What you carry that matters, and what each item letter is.", ""),
    ("actions_log.txt", "Notable outcomes, one line each: \"Step N action 'X': what happened\".", ""),
    ("strategy.txt", "Lessons that worked or failed, and the plan you are following.", ""),
];

const GAME_RULES: &str = "\
Actions are written exactly as listed, e.g. north, far east, search, eat, esc.
When the message asks for an item (\"What do you want to eat? [dgh or ?*]\"), answer with the letter alone, e.g. d.
When the message asks \"In what direction?\", answer with a direction, e.g. west.
When the message ends with --More--, the next action is more (the game usually skips these for you).
A y/n question is answered with y or n; esc cancels a prompt or a menu.
Moving into a monster attacks it. Go down with down while standing on > .
Gold ($) is picked up automatically when you walk onto it.";

const SYMBOLS: &str = "\
@ you (or a human)   letters: monsters (d dog/jackal, F lichen/mold, k kobold, ...)
. floor   # corridor (or tree/sink)   | - walls   + closed door or spellbook   | - open door (in a doorway)
> stairs down   < stairs up   { fountain   _ altar   } water   ^ trap   # iron bars/tree
$ gold   ) weapon   [ armor   % food or corpse   ? scroll   ! potion   / wand   = ring   \" amulet   ( tool   * gem or rock   ` boulder or stone
blank: unexplored or solid rock";

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
        Some((name, _)) => Err(format!("nethack-v0 has no tunables; unknown setting '{name}'")),
    }
}

const ROLE: &str = "\
You are an agent playing NetHack. You have no memory of earlier steps except what you wrote into \
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
- The cursor line gives your position (x=.., y=..) and the status line your dungeon level (Dlvl). \
Note terrain in dungeon_map.txt in one fixed form, one line per place, for example \
\"Dlvl 1 (12,5): floor | N:wall | E:door | S:corridor | W:dark\", so a SEARCH for \"(12,\" or \
\"door\" finds it later. Always note stairs down (>).";

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
    for (path, description, _) in FILES {
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
             Repeating the same action will not help: walls and solid rock do not move, and a prompt waits \
             for its answer (a letter, a direction, or esc). Choose a clearly different action or direction."
        )),
        _ => Some(
            "WARNING: the observation is IDENTICAL to the previous step. Your previous action most likely \
             had NO EFFECT."
                .into(),
        ),
    }
}

/// The memory file index as shown to the model.
pub fn file_index(index: &[FileEntry]) -> String {
    if index.is_empty() {
        return "(no files)".into();
    }
    let mut s = String::new();
    for f in index {
        let _ = writeln!(s, "- {} ({} line{})", f.path, f.lines, if f.lines == 1 { "" } else { "s" });
    }
    s.truncate(s.trim_end().len());
    s
}

/// The observation text: BALROG's long-term context, a blank line, the short-term context.
pub fn observation_text(observation: &Observation) -> String {
    let long = observation.long_term_context.trim();
    let short = observation.short_term_context.trim();
    match (long.is_empty(), short.is_empty()) {
        (true, _) => short.to_string(),
        (_, true) => long.to_string(),
        _ => format!("{long}\n\n{short}"),
    }
}

/// The first user message of a phase.
pub fn user_prompt(context: &StepContext, episode: &Episode) -> String {
    let mut s = String::with_capacity(2048);
    let phase_name = match context.phase {
        Phase::Log => "LOG",
        Phase::Plan => "PLAN",
    };
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
    s.push_str(&file_index(&context.memory_index));
    s.push_str("\n\n=== CURRENT OBSERVATION ===\n");
    s.push_str(&analysis::rewrite_distances(&observation_text(&context.observation)));
    if let Some(map) = analysis::map_analysis(&context.observation.long_term_context) {
        s.push_str("\n\n");
        s.push_str(&map);
    }
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
        name: "nethack-v0".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "AutoMem's v0 layout for NetHack: two pre-filled and five empty files, a map \
                      analysis, distance words as step counts, the standard tag operations, 10 LOG and \
                      10 PLAN calls; no gates."
            .into(),
        game: "nethack".into(),
        files: FILES
            .iter()
            .map(|(path, description, initial)| FileSpec {
                path: path.to_string(),
                description: description.to_string(),
                initial_content: initial.to_string(),
            })
            .collect(),
        log_ops: names(&LOG_OPS),
        plan_ops: names(&PLAN_OPS),
        custom_ops: Vec::new(),
        max_log_calls: MAX_CALLS,
        max_plan_calls: MAX_CALLS,
        max_gate_rejections: 0,
        tunables: Vec::new(),
    }
}

/// The component's schema type.
pub struct NethackV0;

impl Guest for NethackV0 {
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
        Err(format!("nethack-v0 has no operation named {}", op.name))
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
automem_sdk::export_schema!(NethackV0);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn episode() -> Episode {
        Episode {
            instructions: "You are an agent playing NetHack.".into(),
            actions: vec!["north".into(), "search".into(), "esc".into()],
            default_action: "esc".into(),
        }
    }

    fn context(phase: Phase) -> StepContext {
        StepContext {
            step: 7,
            phase,
            observation: Observation {
                long_term_context: "message:\nHello\n\nlanguage observation:\nvertical wall far east\n\ncursor:\nYourself a monk\n(x=3, y=1)\n\nmap:\n |.@.|\n ----\n".into(),
                short_term_context: "inventory:\na: a +2 pair of leather gloves".into(),
                info: "{\"secret\":\"do-not-show\"}".into(),
            },
            previous_action: Some("north".into()),
            previous_action_valid: true,
            reward: 0.0,
            progression: 0.0,
            events: Vec::new(),
            unchanged_count: 0,
            memory_index: vec![FileEntry { path: "actions_log.txt".into(), lines: 1, bytes: 20 }],
            results: Vec::new(),
        }
    }

    #[test]
    fn describe_matches_the_v0_nle_layout() {
        let info = info();
        let paths: Vec<_> = info.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "game_rules.txt",
                "nethack_symbols.txt",
                "dungeon_map.txt",
                "monster_encounters.txt",
                "inventory.txt",
                "actions_log.txt",
                "strategy.txt"
            ]
        );
        assert!(!info.files[0].initial_content.is_empty() && !info.files[1].initial_content.is_empty());
        assert!(info.files[2..].iter().all(|f| f.initial_content.is_empty()));
        assert_eq!(info.game, "nethack");
        assert_eq!((info.max_log_calls, info.max_plan_calls), (10, 10));
    }

    #[test]
    fn user_prompt_has_steps_and_map_analysis_but_never_info() {
        let text = user_prompt(&context(Phase::Plan), &episode());
        assert!(text.contains("vertical wall 5-8 steps away east"), "{text}");
        assert!(text.contains("=== MAP ANALYSIS ==="), "{text}");
        assert!(text.contains("inventory:\na: a +2 pair of leather gloves"));
        assert!(!text.contains("do-not-show"));
    }

    #[test]
    fn invalid_action_is_an_important_failure_in_log() {
        let mut ctx = context(Phase::Log);
        ctx.previous_action = Some("fly".into());
        ctx.previous_action_valid = false;
        let log = user_prompt(&ctx, &episode());
        assert!(log.contains("IMPORTANT FAILURE TO LOG") && log.contains("'esc'"));
    }
}
