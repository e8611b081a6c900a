//! A schema that misbehaves on chosen seeds, so tests can show one bad episode does not take a
//! run down: seed % 4 == 1 panics while building the step-2 prompt, seed % 4 == 2 loops forever
//! in the step-3 after-step hook, other seeds behave (one notes file, standard operations). Seed
//! 1 behaves too, so a validation that plays only seed 1 would let it through.
//!
//! Other attacks, on every seed, are modes of the same build: tests patch the bytes of [`MODE`]
//! in the built component (the same length, `_`-padded) to get a variant:
//! - `seeded`: the default, as above;
//! - `after-step-40mib`: `after-step` returns a 40 MiB note every step;
//! - `after-step-1m-notes`: `after-step` returns a million empty notes every step;
//! - `version-30mib`: `describe` declares a 30 MiB version string (`version-200b`: 200 bytes,
//!   `version-100b`: 100 bytes, which loads but is more than the registry keeps);
//! - `journal-flood`: `after-step` rewrites a 60 KiB file 1,000 times every step.
use automem_sdk::schema::*;
use std::cell::Cell;

/// The mode marker tests patch; read through a volatile load so it is never folded away.
static MODE: [u8; 40] = *b"hostile-schema-mode:seeded______________";

fn mode() -> String {
    // SAFETY: `MODE` is a live, aligned static; the volatile read only keeps the compiler from
    // folding its (patched) bytes into constants.
    let bytes = unsafe { std::ptr::read_volatile(&raw const MODE) };
    let text = String::from_utf8_lossy(&bytes[20..]).into_owned();
    text.trim_end_matches('_').to_string()
}

thread_local! {
    static SEED: Cell<u64> = const { Cell::new(0) };
}

/// The misbehaving scaffold.
pub struct HostileSchema;

impl Guest for HostileSchema {
    fn describe() -> SchemaInfo {
        SchemaInfo {
            name: "hostile-schema".into(),
            version: match mode().as_str() {
                "version-30mib" => "1".repeat(30 << 20),
                "version-200b" => "1".repeat(200),
                "version-100b" => "1".repeat(100),
                _ => "0.0.1".into(),
            },
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
            fallback_action: None,
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
        match mode().as_str() {
            "after-step-40mib" => return vec!["x".repeat(40 << 20)],
            "after-step-1m-notes" => return vec![String::new(); 1_000_000],
            "journal-flood" => {
                // 30 lines of 2,000 bytes: within every memory quota.
                let content = format!("{}\n", "y".repeat(2000)).repeat(30);
                let mut refused = 0u32;
                for _ in 0..1_000 {
                    refused += u32::from(memory::write("flood.txt", &content).is_err());
                }
                return vec![format!("{refused} of 1000 writes refused")];
            }
            _ => {}
        }
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
