//! What shapes an episode's prompts and memory: a schema plugin, or none at all.
//!
//! A run without `--schema` is the engine's no-memory mode, not a second loop: the same parser,
//! trace, records and failure kinds; only its scaffold is built in. It has no files and no LOG
//! phase, and its PLAN shows the game's instructions and observation and takes one reply.
use crate::bindings::schema_api::{ActionVerdict, EpisodeStart, OpVerdict, Prompt, SchemaInfo, StepContext};
use crate::bindings::types::{CustomArgs, MemoryOp, Phase};
use crate::error::PluginError;
use crate::schema::SchemaInstance;
use automem_memory::Memory;

/// The scaffold of one episode.
pub enum Scaffold {
    /// A schema plugin and the memory it serves.
    Schema(SchemaInstance),
    /// No memory: the built-in scaffold of a run without a schema.
    NoMemory(NoMemory),
}

/// The built-in scaffold of a run without a schema: no files, PLAN only, one model call a step.
#[derive(Default)]
pub struct NoMemory {
    /// The game's instructions, from `start`.
    instructions: String,
    /// Always empty; no operation can reach it (PLAN allows only ACTION).
    memory: Memory,
}

/// The name a run without a schema goes by in prompts and errors.
pub const NO_MEMORY: &str = "no-memory";

impl NoMemory {
    fn describe(&self) -> SchemaInfo {
        SchemaInfo {
            name: NO_MEMORY.into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "No memory: the game's instructions and observation, one action a step.".into(),
            game: "*".into(),
            files: Vec::new(),
            log_ops: Vec::new(),
            plan_ops: vec!["ACTION".into()],
            custom_ops: Vec::new(),
            max_log_calls: 0,
            max_plan_calls: 1,
            max_gate_rejections: 0,
            tunables: Vec::new(),
            fallback_action: None,
        }
    }

    fn build_prompt(&self, context: &StepContext) -> Prompt {
        Prompt {
            system: self.instructions.clone(),
            user: format!(
                "Current observation:\n{}\n\n{}\n\nCommit one action as <|ACTION|>action<|END|>.",
                context.observation.long_term_context, context.observation.short_term_context
            ),
        }
    }
}

impl Scaffold {
    /// The episode's memory (empty without a schema).
    pub fn memory(&self) -> &Memory {
        match self {
            Scaffold::Schema(s) => s.memory(),
            Scaffold::NoMemory(n) => &n.memory,
        }
    }

    /// The episode's memory for the host's own operations; none without a schema.
    pub fn memory_mut(&mut self) -> Option<&mut Memory> {
        match self {
            Scaffold::Schema(s) => s.memory_mut(),
            Scaffold::NoMemory(_) => None,
        }
    }

    /// Whether steps after the first have a LOG phase.
    pub fn has_log_phase(&self) -> bool {
        matches!(self, Scaffold::Schema(_))
    }

    /// The scaffold's files, ops and limits.
    pub fn describe(&mut self) -> Result<SchemaInfo, PluginError> {
        match self {
            Scaffold::Schema(s) => s.describe(),
            Scaffold::NoMemory(n) => Ok(n.describe()),
        }
    }

    /// Set up the episode.
    pub fn start(&mut self, episode: &EpisodeStart) -> Result<(), PluginError> {
        match self {
            Scaffold::Schema(s) => s.start(episode),
            Scaffold::NoMemory(n) => {
                n.instructions.clone_from(&episode.instructions);
                Ok(())
            }
        }
    }

    /// A phase's prompt.
    pub fn build_prompt(&mut self, context: &StepContext) -> Result<Prompt, PluginError> {
        match self {
            Scaffold::Schema(s) => s.build_prompt(context),
            Scaffold::NoMemory(n) => Ok(n.build_prompt(context)),
        }
    }

    /// Check a memory operation before it runs (never reached without a schema: no phase allows one).
    pub fn check_op(&mut self, phase: Phase, op: &MemoryOp) -> Result<OpVerdict, PluginError> {
        match self {
            Scaffold::Schema(s) => s.check_op(phase, op),
            Scaffold::NoMemory(_) => Ok(OpVerdict::Reject("this run has no memory".into())),
        }
    }

    /// Run a custom operation; `Ok(Err(text))` is a failure shown to the model.
    pub fn run_custom_op(&mut self, phase: Phase, op: &CustomArgs) -> Result<Result<String, String>, PluginError> {
        match self {
            Scaffold::Schema(s) => s.run_custom_op(phase, op),
            Scaffold::NoMemory(_) => Ok(Err("this run has no memory".into())),
        }
    }

    /// Check a committed game action.
    pub fn gate_action(&mut self, context: &StepContext, action: &str) -> Result<ActionVerdict, PluginError> {
        match self {
            Scaffold::Schema(s) => s.gate_action(context, action),
            Scaffold::NoMemory(_) => Ok(ActionVerdict::Accept),
        }
    }

    /// After the game stepped; notes for the trace.
    pub fn after_step(&mut self, context: &StepContext) -> Result<Vec<String>, PluginError> {
        match self {
            Scaffold::Schema(s) => s.after_step(context),
            Scaffold::NoMemory(_) => Ok(Vec::new()),
        }
    }
}
