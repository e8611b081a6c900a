//! Schema plugins: one scaffold version, instantiated per episode beside its memory.
//!
//! The host decides per call whether the schema may write memory: `start`, `run-custom-op` and
//! `after-step` may; `build-prompt`, `check-op` and `gate-action` may not.
use crate::bindings::schema::{MemorySchema, MemorySchemaPre};
use crate::bindings::schema_api::{ActionVerdict, EpisodeStart, OpVerdict, Prompt, SchemaInfo, StepContext};
use crate::bindings::types::{CustomArgs, MemoryOp, Phase};
use crate::error::PluginError;
use crate::instance::{Instance, instantiate};
use crate::runtime::{Loaded, Runtime};
use automem_memory::Memory;

/// Most model calls per phase (and gate rejections per step) a schema may declare.
pub const MAX_CALLS: u32 = 64;

/// A loaded schema component.
#[derive(Clone)]
pub struct SchemaPlugin {
    loaded: Loaded,
    pre: MemorySchemaPre<crate::sandbox::HostState>,
    runtime: Runtime,
}

impl SchemaPlugin {
    pub(crate) fn new(loaded: Loaded, pre: MemorySchemaPre<crate::sandbox::HostState>, runtime: Runtime) -> Self {
        SchemaPlugin { loaded, pre, runtime }
    }

    /// The plugin's name.
    pub fn name(&self) -> &str {
        &self.loaded.name
    }

    /// SHA-256 of the component: the version's identity.
    pub fn hash(&self) -> &str {
        &self.loaded.hash
    }

    /// A fresh instance owning this episode's memory.
    pub fn instantiate(&self, seed: u64, memory: Memory) -> Result<SchemaInstance, PluginError> {
        let instance = instantiate(self.runtime.sandbox(), &self.loaded.name, seed, Some(memory), |store| {
            self.pre.instantiate(store)
        })?;
        Ok(SchemaInstance { instance })
    }
}

/// A live schema instance and the episode memory it serves.
pub struct SchemaInstance {
    instance: Instance<MemorySchema>,
}

impl SchemaInstance {
    /// The episode's memory.
    pub fn memory(&self) -> &Memory {
        // Always present: `SchemaPlugin::instantiate` attaches it.
        self.instance.store.data().memory.as_ref().unwrap_or(&EMPTY)
    }

    /// The episode's memory, for the host's own operations.
    pub fn memory_mut(&mut self) -> Option<&mut Memory> {
        self.instance.store.data_mut().memory.as_mut()
    }

    /// Run a call with memory writable or read-only.
    fn with_access<R: serde::Serialize>(
        &mut self,
        call: &str,
        writable: bool,
        f: impl FnOnce(&MemorySchema, &mut wasmtime::Store<crate::sandbox::HostState>) -> wasmtime::Result<R>,
    ) -> Result<R, PluginError> {
        self.instance.store.data_mut().memory_writable = writable;
        let result = self.instance.call(call, f);
        self.instance.store.data_mut().memory_writable = false;
        result
    }

    /// Describe the scaffold version: its name, version and game at most
    /// [`crate::instance::MAX_NAME_BYTES`] each, and at most [`MAX_CALLS`] model calls per phase
    /// and gate rejections per step.
    pub fn describe(&mut self) -> Result<SchemaInfo, PluginError> {
        let info = self.with_access("describe", false, |b, s| b.automem_plugin_scaffold().call_describe(s))?;
        for (field, value) in [("name", &info.name), ("version", &info.version), ("game", &info.game)] {
            self.instance.check_name("describe", field, value)?;
        }
        let calls = [
            ("max-log-calls", info.max_log_calls),
            ("max-plan-calls", info.max_plan_calls),
            ("max-gate-rejections", info.max_gate_rejections),
        ];
        if let Some((field, n)) = calls.into_iter().find(|(_, n)| *n > MAX_CALLS) {
            return Err(self.instance.refuse(
                "describe",
                crate::PluginErrorKind::OutputTooLarge,
                format!("its {field} is {n}; at most {MAX_CALLS} are allowed (a step's record must stay bounded)"),
            ));
        }
        Ok(info)
    }

    /// Set up the episode (memory writable).
    pub fn start(&mut self, episode: &EpisodeStart) -> Result<(), PluginError> {
        let result = self.with_access("start", true, |b, s| b.automem_plugin_scaffold().call_start(s, episode))?;
        result.map_err(|e| self.instance.guest_error("start", e))
    }

    /// Build a phase's prompt (memory read-only).
    pub fn build_prompt(&mut self, context: &StepContext) -> Result<Prompt, PluginError> {
        self.with_access("build-prompt", false, |b, s| b.automem_plugin_scaffold().call_build_prompt(s, context))
    }

    /// Check a memory operation before it runs (memory read-only).
    pub fn check_op(&mut self, phase: Phase, op: &MemoryOp) -> Result<OpVerdict, PluginError> {
        self.with_access("check-op", false, |b, s| b.automem_plugin_scaffold().call_check_op(s, phase, op))
    }

    /// Run a custom operation (memory writable); `Ok(Err(text))` is a failure shown to the model.
    pub fn run_custom_op(&mut self, phase: Phase, op: &CustomArgs) -> Result<Result<String, String>, PluginError> {
        self.with_access("run-custom-op", true, |b, s| b.automem_plugin_scaffold().call_run_custom_op(s, phase, op))
    }

    /// Check a committed game action (memory read-only).
    pub fn gate_action(&mut self, context: &StepContext, action: &str) -> Result<ActionVerdict, PluginError> {
        self.with_access("gate-action", false, |b, s| b.automem_plugin_scaffold().call_gate_action(s, context, action))
    }

    /// After the game stepped (memory writable); returns notes for the trace.
    pub fn after_step(&mut self, context: &StepContext) -> Result<Vec<String>, PluginError> {
        self.with_access("after-step", true, |b, s| b.automem_plugin_scaffold().call_after_step(s, context))
    }
}

static EMPTY: std::sync::LazyLock<Memory> = std::sync::LazyLock::new(Memory::default);
