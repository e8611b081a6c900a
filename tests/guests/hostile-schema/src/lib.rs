//! A schema that misbehaves on chosen seeds, so tests can show one bad episode does not take a
//! run down: seed % 4 == 1 panics while building the step-2 prompt, seed % 4 == 2 loops forever
//! in the step-3 after-step hook, other seeds behave (one notes file, standard operations). Seed
//! 1 behaves too, so a validation that plays only seed 1 would let it through.
use automem_sdk::schema::*;
use std::cell::Cell;

thread_local! {
    static SEED: Cell<u64> = const { Cell::new(0) };
}

/// The misbehaving scaffold.
pub struct HostileSchema;

impl Guest for HostileSchema {
    fn describe() -> SchemaInfo {
        SchemaInfo {
            name: "hostile-schema".into(),
            version: "0.0.1".into(),
            description: "Traps or loops on some seeds (tests only).".into(),
            game: "*".into(),
            files: vec![FileSpec {
                path: "notes.txt".into(),
                description: "Anything.".into(),
                initial_content: String::new(),
            }],
            log_ops: ["SEARCH", "READ", "APPEND", "DONE"].map(String::from).to_vec(),
            plan_ops: ["SEARCH", "READ", "ACTION"].map(String::from).to_vec(),
            custom_ops: Vec::new(),
            max_log_calls: 2,
            max_plan_calls: 2,
            max_gate_rejections: 0,
            tunables: Vec::new(),
        }
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        SEED.with(|s| s.set(episode.seed));
        Ok(())
    }

    fn build_prompt(context: StepContext) -> Prompt {
        let seed = SEED.with(Cell::get);
        if seed % 4 == 1 && seed != 1 && context.step == 2 {
            panic!("hostile-schema: deliberate trap at step 2");
        }
        Prompt {
            system: "Play. Commit one action with <|ACTION|>action<|END|>.".into(),
            user: context.observation.short_term_context,
        }
    }

    fn check_op(_phase: Phase, _op: MemoryOp) -> OpVerdict {
        OpVerdict::Allow
    }

    fn run_custom_op(_phase: Phase, op: CustomArgs) -> Result<String, String> {
        Err(format!("no operation named {}", op.name))
    }

    fn gate_action(_context: StepContext, _action: String) -> ActionVerdict {
        ActionVerdict::Accept
    }

    fn after_step(context: StepContext) -> Vec<String> {
        if SEED.with(Cell::get) % 4 == 2 && context.step == 3 {
            let mut n: u64 = 0;
            loop {
                n = std::hint::black_box(n.wrapping_add(1));
            }
        }
        Vec::new()
    }
}

automem_sdk::export_schema!(HostileSchema);
