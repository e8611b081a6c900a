//! One live plugin instance: its store, its bindings, and the guard every call goes through.
//!
//! The guard is the one place a guest's answer is let in: a fresh time (and fuel) budget per
//! call, a trap or limit hit turned into a typed error, and every answer measured
//! ([`measure::output_size`]: all its strings and list entries) against the sandbox's output
//! limit before anyone sees it, whatever the export and whatever the world.
mod measure;

use crate::error::{PluginError, PluginErrorKind, classify};
use crate::sandbox::{HostState, Sandbox};
use std::sync::Arc;
use wasmtime::Store;

/// A live instance. Once a call fails, the instance refuses further calls.
pub(crate) struct Instance<B> {
    pub(crate) store: Store<HostState>,
    pub(crate) bindings: B,
    pub(crate) plugin: Arc<str>,
    sandbox: Sandbox,
    failed: Option<PluginErrorKind>,
}

impl<B> Instance<B> {
    pub(crate) fn new(store: Store<HostState>, bindings: B, plugin: Arc<str>, sandbox: Sandbox) -> Self {
        Instance { store, bindings, plugin, sandbox, failed: None }
    }

    /// Run one guest call with a fresh time (and fuel) budget; a trap, a limit hit or an answer
    /// over the output limit becomes a typed error and the instance is not entered again.
    pub(crate) fn call<R: serde::Serialize>(
        &mut self,
        call: &str,
        f: impl FnOnce(&B, &mut Store<HostState>) -> wasmtime::Result<R>,
    ) -> Result<R, PluginError> {
        if let Some(kind) = self.failed {
            return Err(PluginError::new(
                &self.plugin,
                call,
                PluginErrorKind::Poisoned,
                format!("the instance already failed ({kind}) and cannot be called again"),
            ));
        }
        self.sandbox.arm(&mut self.store);
        match f(&self.bindings, &mut self.store) {
            Ok(value) => {
                let max = self.sandbox.config().max_output_bytes();
                match measure::output_size(&value, max) {
                    Some(_) => Ok(value),
                    None => Err(self.refuse(
                        call,
                        PluginErrorKind::OutputTooLarge,
                        format!(
                            "returned more than {max} bytes (all its strings, plus {} per list entry), over the \
                             output limit; raise --max-output-kib if this is intended",
                            measure::ENTRY_BYTES
                        ),
                    )),
                }
            }
            Err(err) => {
                let err = classify(&self.plugin, call, err, self.sandbox.config().budgets());
                self.failed = Some(err.kind);
                Err(err)
            }
        }
    }

    /// Refuse an answer (too big, or breaking the contract), and stop using the instance.
    pub(crate) fn refuse(&mut self, call: &str, kind: PluginErrorKind, message: String) -> PluginError {
        self.failed = Some(kind);
        PluginError::new(&self.plugin, call, kind, message)
    }

    /// Refuse a metadata field (a name, a version) longer than [`MAX_NAME_BYTES`]: registries,
    /// records and listings store and serve these with every version.
    pub(crate) fn check_name(&mut self, call: &str, field: &str, value: &str) -> Result<(), PluginError> {
        if value.len() <= MAX_NAME_BYTES {
            return Ok(());
        }
        Err(self.refuse(
            call,
            PluginErrorKind::OutputTooLarge,
            format!("its {field} is {} bytes long; at most {MAX_NAME_BYTES} are allowed", value.len()),
        ))
    }

    /// An error the guest returned on purpose (a WIT `result` error), named after the call.
    pub(crate) fn guest_error(&self, call: &str, message: String) -> PluginError {
        PluginError::new(&self.plugin, call, PluginErrorKind::Guest, message)
    }
}

/// The longest name, version or game name a plugin may declare.
pub const MAX_NAME_BYTES: usize = 128;

/// Instantiate a pre-linked component in a fresh store.
pub(crate) fn instantiate<B>(
    sandbox: &Sandbox,
    plugin: &Arc<str>,
    seed: u64,
    memory: Option<automem_memory::Memory>,
    make: impl FnOnce(&mut Store<HostState>) -> wasmtime::Result<B>,
) -> Result<Instance<B>, PluginError> {
    let mut store = sandbox.new_store(seed, memory);
    match make(&mut store) {
        Ok(bindings) => Ok(Instance::new(store, bindings, plugin.clone(), sandbox.clone())),
        Err(err) => {
            let mut e = classify(plugin, "instantiate", err, sandbox.config().budgets());
            if e.kind == PluginErrorKind::Trap {
                e.kind = PluginErrorKind::Instantiate;
            }
            Err(e)
        }
    }
}
