//! `nle-scaffold`: AutoMem's v0 scaffold for the games on NetHack (NetHack, MiniHack), shared by
//! the `nethack-v0` and `minihack-v0` schemas: the prompts of both phases, the map analysis and
//! distance words as step counts ([`analysis`]). Each schema brings its files and its name.
pub mod analysis;

use automem_sdk::schema::*;
use std::cell::RefCell;
use std::fmt::Write as _;

thread_local! {
    /// What `start` kept for the episode (one episode per instance).
    static EPISODE: RefCell<Episode> = RefCell::new(Episode::default());
}

/// A schema's `start`: check the settings and keep what the prompts need.
pub fn start(layout: &Layout, episode: EpisodeStart) -> Result<(), String> {
    check_settings(layout, &episode.settings)?;
    let kept = Episode {
        instructions: episode.instructions,
        actions: episode.actions,
        default_action: episode.default_action,
    };
    EPISODE.with(|e| *e.borrow_mut() = kept);
    Ok(())
}

/// A schema's `build-prompt`: the phase's system and user messages for the kept episode.
pub fn build_prompt(layout: &Layout, context: &StepContext) -> Prompt {
    EPISODE.with(|e| {
        let episode = e.borrow();
        Prompt { system: system_prompt(layout, context.phase, &episode), user: user_prompt(context, &episode) }
    })
}

/// One schema's layout: what it is called, the game's name in the prompts, its files (path,
/// what belongs in it, initial content).
pub struct Layout {
    pub schema: &'static str,
    pub game: &'static str,
    pub files: &'static [(&'static str, &'static str, &'static str)],
}

/// What NetHack's map characters mean (the pre-filled `nethack_symbols.txt`).
pub const SYMBOLS: &str = "\
@ you (or a human)   letters: monsters (d dog/jackal, F lichen/mold, k kobold, ...)
. floor   # corridor (or tree/sink)   | - walls   + closed door or spellbook   | - open door (in a doorway)
> stairs down   < stairs up   { fountain   _ altar   } water or lava   ^ trap   # iron bars/tree
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

/// A schema with no tunables refuses any setting with a clear message.
pub fn check_settings(layout: &Layout, settings: &[(String, String)]) -> Result<(), String> {
    match settings.first() {
        None => Ok(()),
        Some((name, _)) => Err(format!("{} has no tunables; unknown setting '{name}'", layout.schema)),
    }
}

const ROLE: &str = "\
You are an agent playing {game}. You have no memory of earlier steps except what you wrote into \
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
pub fn system_prompt(layout: &Layout, phase: Phase, episode: &Episode) -> String {
    let mut s = String::with_capacity(4096);
    s.push_str(&ROLE.replace("{game}", layout.game));
    s.push_str("\n\n=== GAME INSTRUCTIONS ===\n");
    s.push_str(episode.instructions.trim());
    s.push_str("\n\n=== VALID ACTIONS (write one exactly as shown) ===\n");
    s.push_str(&episode.actions.join(", "));
    s.push_str("\n\n=== YOUR MEMORY FILES ===\n");
    for (path, description, _) in layout.files {
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

/// The schema's description for `describe`.
pub fn info(layout: &Layout, version: &str, description: &str, game: &str) -> SchemaInfo {
    let names = |ops: &[&str]| ops.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    SchemaInfo {
        name: layout.schema.into(),
        version: version.into(),
        description: description.into(),
        game: game.into(),
        files: layout
            .files
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
        // AutoMem's fallback for NLE and MiniHack (a task without `search` takes the game's default).
        fallback_action: Some("search".into()),
    }
}
