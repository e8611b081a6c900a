//! `generic-v0`: the starting scaffold for any game, in the shape of AutoMem's v0.
//!
//! Three plain files the model keeps itself, the standard operations, no code-computed helpers
//! and no gates. The one piece of code is pruning: `actions_log.txt` is cut to its last 100
//! lines when it passes 200.
use automem_sdk::schema::memory;
use automem_sdk::schema::*;
use std::cell::RefCell;

const ACTIONS_LOG: &str = "actions_log.txt";
const PRUNE_ABOVE: usize = 200;
const PRUNE_KEEP: usize = 100;

thread_local! {
    static EPISODE: RefCell<Option<EpisodeStart>> = const { RefCell::new(None) };
}

fn file(path: &str, description: &str) -> FileSpec {
    FileSpec { path: path.into(), description: description.into(), initial_content: String::new() }
}

fn ops(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn file_index(index: &[FileEntry]) -> String {
    if index.is_empty() {
        return "(no files)".into();
    }
    index.iter().map(|f| format!("- {} ({} lines)", f.path, f.lines)).collect::<Vec<_>>().join("\n")
}

const LOG_GUIDE: &str = "You keep your own memory as files. Your previous action's outcome is now visible. \
Record what you learned: what the action did, where things are, what failed and why. Write facts, not plans. \
Commands: <|SEARCH|>file|keyword<|END|>, <|READ|>file<|END|>, <|TAIL|>file|N<|END|>, \
<|COUNT|>file|keyword<|END|>, <|APPEND|>file|one line<|END|>, <|WRITE|>file|whole content<|END|>, \
<|CREATE|>file<|END|>. End with <|DONE|>.";

const PLAN_GUIDE: &str = "Memory is read-only now. Look up what you need with <|SEARCH|>file|keyword<|END|>, \
<|READ|>file<|END|>, <|TAIL|>file|N<|END|> or <|COUNT|>file|keyword<|END|>, then commit exactly one game action \
with <|ACTION|>action<|END|>.";

/// The generic-v0 scaffold, as the component exports it.
pub struct GenericV0;

impl Guest for GenericV0 {
    fn describe() -> SchemaInfo {
        SchemaInfo {
            name: "generic-v0".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Three plain memory files kept by the model; no helpers, no gates.".into(),
            game: "*".into(),
            files: vec![
                file("notes.txt", "Facts about the world: where things are, what things do."),
                file(ACTIONS_LOG, "One line per step: the action and what it did."),
                file("strategy.txt", "Lessons and plans that worked or failed."),
            ],
            log_ops: ops(&["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE"]),
            plan_ops: ops(&["SEARCH", "READ", "TAIL", "COUNT", "ACTION"]),
            custom_ops: Vec::new(),
            max_log_calls: 5,
            max_plan_calls: 5,
            max_gate_rejections: 0,
            tunables: Vec::new(),
            fallback_action: None,
        }
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        if let Some((key, _)) = episode.settings.first() {
            return Err(format!("generic-v0 has no tunables, got '{key}'"));
        }
        EPISODE.with(|e| *e.borrow_mut() = Some(episode));
        Ok(())
    }

    fn build_prompt(context: StepContext) -> Prompt {
        let (instructions, actions) = EPISODE.with(|e| {
            e.borrow().as_ref().map(|ep| (ep.instructions.clone(), ep.actions.join(", "))).unwrap_or_default()
        });
        let guide = match context.phase {
            Phase::Log => LOG_GUIDE,
            Phase::Plan => PLAN_GUIDE,
        };
        let mut user = String::new();
        if let Some(previous) = &context.previous_action {
            user.push_str(&format!("Previous action: {previous}"));
            if !context.previous_action_valid {
                user.push_str(" (NOT a valid action; the default action ran instead)");
            }
            user.push('\n');
        }
        if context.unchanged_count > 0 {
            user.push_str("The observation is IDENTICAL to the previous step: your action likely had no effect.\n");
        }
        user.push_str(&format!(
            "Step {}.\n\nMemory files:\n{}\n\nObservation:\n{}\n\n{}",
            context.step,
            file_index(&context.memory_index),
            context.observation.long_term_context,
            context.observation.short_term_context
        ));
        Prompt { system: format!("{instructions}\n\nValid actions: {actions}\n\n{guide}"), user }
    }

    fn check_op(_phase: Phase, _op: MemoryOp) -> OpVerdict {
        OpVerdict::Allow
    }

    fn run_custom_op(_phase: Phase, op: CustomArgs) -> Result<String, String> {
        Err(format!("generic-v0 has no operation named {}", op.name))
    }

    fn gate_action(_context: StepContext, _action: String) -> ActionVerdict {
        ActionVerdict::Accept
    }

    fn after_step(_context: StepContext) -> Vec<String> {
        let Ok(log) = memory::read(ACTIONS_LOG) else {
            return Vec::new();
        };
        let lines: Vec<&str> = log.lines().collect();
        if lines.len() <= PRUNE_ABOVE {
            return Vec::new();
        }
        let kept = lines[lines.len() - PRUNE_KEEP..].join("\n") + "\n";
        match memory::write(ACTIONS_LOG, &kept) {
            Ok(()) => vec![format!("pruned {ACTIONS_LOG} from {} to {PRUNE_KEEP} lines", lines.len())],
            Err(e) => vec![format!("could not prune {ACTIONS_LOG}: {e:?}")],
        }
    }
}

automem_sdk::export_schema!(GenericV0);
