//! `minihack-v0`: AutoMem's v0 memory layout for MiniHack's tasks, with our own prompt text.
//!
//! As `nethack-v0` without `monster_encounters.txt`: `game_rules.txt` and `nethack_symbols.txt`
//! pre-filled, `dungeon_map.txt`, `inventory.txt`, `actions_log.txt` and `strategy.txt` kept by
//! the model. Boxoban tasks get AutoMem's Boxoban set instead: `start` rewrites `game_rules.txt`
//! with the puzzle's rules and drops `inventory.txt` (nothing to carry). The prompts, the map
//! analysis and the distance words as step counts are `nle-scaffold`'s.
use automem_sdk::schema::memory;
use automem_sdk::schema::*;
use nle_scaffold::Layout;

/// The declared files: path, what belongs in it, and its initial content.
pub const FILES: [(&str, &str, &str); 6] = [
    ("game_rules.txt", "How actions are written and answered, and the task's rules (pre-filled).", GAME_RULES),
    ("nethack_symbols.txt", "What the map characters mean (pre-filled).", nle_scaffold::SYMBOLS),
    (
        "dungeon_map.txt",
        "Terrain by position, one line per place: \"(x,y): floor | N:wall | E:door | S:corridor | W:dark\"; dead ends and the stairs.",
        "",
    ),
    ("inventory.txt", "What you carry that matters, and what each item letter is.", ""),
    ("actions_log.txt", "Notable outcomes, one line each: \"Step N action 'X': what happened\".", ""),
    ("strategy.txt", "Lessons that worked or failed, and the plan you are following.", ""),
];

const GAME_RULES: &str = "\
Actions are written exactly as listed for the task; nothing else is played.
The goal is the task's: usually to stand on the stairs down (>), which ends the episode at once.
You have 100 steps. A step that does not move the game's turn counter (walking into a wall) costs a little.
When the message asks for an item (\"What do you want to zap? [f or ?*]\"), answer with a listed action if one fits.
When the message asks \"In what direction?\", answer with a direction, e.g. west.
Moving into a monster attacks it. Lava (}) kills: freeze it (a wand of cold zapped at it) before crossing.";

const BOXOBAN_RULES: &str = "\
Sokoban: push all four boulders (`) onto the four fountains ({). Solving it ends the episode.
Moves are north, east, south and west only. Walking into a boulder pushes it one square, if the square beyond is free.
Boulders cannot be pulled: a boulder pushed into a corner, or along a wall with no fountain on it, is stuck for good.
# marks iron bars, which nothing passes. You have 100 steps; plan the pushes before you move.";

/// This schema: its name, game and files.
pub const LAYOUT: Layout = Layout { schema: "minihack-v0", game: "MiniHack", files: &FILES };

/// Is this one of the Boxoban tasks (AutoMem's separate file set)?
pub fn is_boxoban(task: &str) -> bool {
    task.contains("Boxoban")
}

/// The schema's description.
pub fn info() -> SchemaInfo {
    nle_scaffold::info(
        &LAYOUT,
        env!("CARGO_PKG_VERSION"),
        "AutoMem's v0 layout for MiniHack: two pre-filled and four empty files (Boxoban: its own rules and \
         no inventory), a map analysis, distance words as step counts, the standard tag operations, 10 LOG \
         and 10 PLAN calls; no gates.",
        "minihack",
    )
}

/// The component's schema type.
pub struct MinihackV0;

impl Guest for MinihackV0 {
    fn describe() -> SchemaInfo {
        info()
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        let boxoban = is_boxoban(&episode.task);
        nle_scaffold::start(&LAYOUT, episode)?;
        if boxoban {
            memory::write("game_rules.txt", BOXOBAN_RULES).map_err(|e| format!("writing the Boxoban rules: {e:?}"))?;
            memory::remove("inventory.txt").map_err(|e| format!("dropping inventory.txt: {e:?}"))?;
        }
        Ok(())
    }

    fn build_prompt(context: StepContext) -> Prompt {
        nle_scaffold::build_prompt(&LAYOUT, &context)
    }

    fn check_op(_phase: Phase, _op: MemoryOp) -> OpVerdict {
        OpVerdict::Allow
    }

    fn run_custom_op(_phase: Phase, op: CustomArgs) -> Result<String, String> {
        Err(format!("minihack-v0 has no operation named {}", op.name))
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
automem_sdk::export_schema!(MinihackV0);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn describe_is_the_v0_minihack_layout() {
        let info = info();
        let paths: Vec<_> = info.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "game_rules.txt",
                "nethack_symbols.txt",
                "dungeon_map.txt",
                "inventory.txt",
                "actions_log.txt",
                "strategy.txt"
            ]
        );
        assert_eq!(info.game, "minihack");
        assert!(is_boxoban("MiniHack-Boxoban-Hard-v0") && !is_boxoban("MiniHack-Quest-Easy-v0"));
        let system = nle_scaffold::system_prompt(&LAYOUT, Phase::Log, &nle_scaffold::Episode::default());
        assert!(system.starts_with("You are an agent playing MiniHack."));
        assert!(!system.contains("monster_encounters"));
    }
}
