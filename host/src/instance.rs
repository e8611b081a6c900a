//! One live plugin instance: its store, its bindings, and the guard every call goes through.
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

    /// Run one guest call with a fresh time (and fuel) budget; a trap or limit hit becomes a
    /// typed error and the instance is not entered again.
    pub(crate) fn call<R>(
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
            Ok(value) => Ok(value),
            Err(err) => {
                let err = classify(&self.plugin, call, err, self.sandbox.config().budgets());
                self.failed = Some(err.kind);
                Err(err)
            }
        }
    }

    /// Refuse an answer bigger than the sandbox allows, and stop using the instance.
    pub(crate) fn check_output(&mut self, call: &str, bytes: usize) -> Result<(), PluginError> {
        let max = self.sandbox.config().max_output_bytes();
        if bytes <= max {
            return Ok(());
        }
        self.failed = Some(PluginErrorKind::OutputTooLarge);
        Err(PluginError::new(
            &self.plugin,
            call,
            PluginErrorKind::OutputTooLarge,
            format!(
                "returned {bytes} bytes, over the limit of {max}; raise [sandbox] max-output-kib if this is intended"
            ),
        ))
    }

    /// An error the guest returned on purpose (a WIT `result` error), named after the call.
    pub(crate) fn guest_error(&self, call: &str, message: String) -> PluginError {
        PluginError::new(&self.plugin, call, PluginErrorKind::Guest, message)
    }
}

/// Instantiate a pre-linked component in a fresh store.
pub(crate) fn instantiate<B>(
    sandbox: &Sandbox,
    plugin: &Arc<str>,
    seed: u64,
    memory: Option<crate::memory::Memory>,
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
