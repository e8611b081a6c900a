//! `nethack-v0`: AutoMem's v0 memory layout for NetHack (BALROG's NetHackChallenge), with our own
//! prompt text.
//!
//! Seven files: `game_rules.txt` and `nethack_symbols.txt` pre-filled, `dungeon_map.txt`,
//! `monster_encounters.txt`, `inventory.txt`, `actions_log.txt` and `strategy.txt` empty and kept
//! by the model; the standard tag operations, up to 10 LOG and 10 PLAN calls. Like AutoMem's v0
//! NLE agent it adds a "=== MAP ANALYSIS ===" block (the hero's neighbours, stairs seen) and
//! shows the language observation's distance words as step counts (`nle-scaffold`, shared with
//! `minihack-v0`). No gates, no pruning.
use automem_sdk::schema::*;
use nle_scaffold::Layout;

/// The declared files: path, what belongs in it, and its initial content.
pub const FILES: [(&str, &str, &str); 7] = [
    ("game_rules.txt", "How actions are written and answered (pre-filled).", GAME_RULES),
    ("nethack_symbols.txt", "What the map characters mean (pre-filled).", nle_scaffold::SYMBOLS),
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

/// This schema: its name, game and files.
pub const LAYOUT: Layout = Layout { schema: "nethack-v0", game: "NetHack", files: &FILES };

/// The schema's description.
pub fn info() -> SchemaInfo {
    nle_scaffold::info(
        &LAYOUT,
        env!("CARGO_PKG_VERSION"),
        "AutoMem's v0 layout for NetHack: two pre-filled and five empty files, a map analysis, distance \
         words as step counts, the standard tag operations, 10 LOG and 10 PLAN calls; no gates.",
        "nethack",
    )
}

/// The component's schema type.
pub struct NethackV0;

impl Guest for NethackV0 {
    fn describe() -> SchemaInfo {
        info()
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        nle_scaffold::start(&LAYOUT, episode)
    }

    fn build_prompt(context: StepContext) -> Prompt {
        nle_scaffold::build_prompt(&LAYOUT, &context)
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
    use nle_scaffold::{Episode, user_prompt};

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
