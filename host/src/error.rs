//! Errors a plugin can cause, as a kind callers match on and a message users act on.
//!
//! Every trap, limit hit and contract mismatch ends up here, named after the plugin and the call,
//! at the boundary where a guest call returns; nothing a guest does panics the host.
use std::fmt;
use wasmtime::Trap;

/// What sort of failure a plugin caused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PluginErrorKind {
    /// The bytes are not a WebAssembly component (a core module, or not wasm at all).
    NotAComponent,
    /// The component does not export the world it was loaded as.
    WrongWorld,
    /// The component imports something this world does not grant.
    ForbiddenImport,
    /// Compiling the component failed.
    Compile,
    /// A call ran past its time limit (an endless loop, or too slow).
    Timeout,
    /// A call used up its fuel.
    OutOfFuel,
    /// The guest tried to grow its memory past the limit.
    MemoryLimit,
    /// The guest tried to grow a table past the limit.
    TableLimit,
    /// The guest's stack overflowed (deep or endless recursion).
    StackOverflow,
    /// The guest trapped: a panic, `unreachable`, a bad memory access, ...
    Trap,
    /// The guest returned more data than the host accepts.
    OutputTooLarge,
    /// The instance failed earlier and cannot be called again.
    Poisoned,
    /// The guest answered with an error of its own (e.g. an invalid setting).
    Guest,
    /// Instantiating the component failed.
    Instantiate,
}

impl PluginErrorKind {
    /// A short stable name for summaries and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotAComponent => "not-a-component",
            Self::WrongWorld => "wrong-world",
            Self::ForbiddenImport => "forbidden-import",
            Self::Compile => "compile",
            Self::Timeout => "timeout",
            Self::OutOfFuel => "out-of-fuel",
            Self::MemoryLimit => "memory-limit",
            Self::TableLimit => "table-limit",
            Self::StackOverflow => "stack-overflow",
            Self::Trap => "trap",
            Self::OutputTooLarge => "output-too-large",
            Self::Poisoned => "poisoned",
            Self::Guest => "guest",
            Self::Instantiate => "instantiate",
        }
    }
}

impl fmt::Display for PluginErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failure caused by a plugin: which plugin, in which call, what kind, and what to do.
#[derive(Debug, Clone, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[error("plugin `{plugin}` failed in `{call}` ({kind}): {message}")]
pub struct PluginError {
    /// The plugin's name (its component file stem).
    pub plugin: String,
    /// The call that failed, e.g. "step" or "load".
    pub call: String,
    /// What sort of failure.
    pub kind: PluginErrorKind,
    /// What happened and, where the user can do something, what to do.
    pub message: String,
    /// The guest's stack at the trap, when wasmtime captured one.
    pub backtrace: Option<String>,
}

impl PluginError {
    /// A new error without a backtrace.
    pub fn new(plugin: &str, call: &str, kind: PluginErrorKind, message: impl Into<String>) -> Self {
        PluginError {
            plugin: plugin.to_string(),
            call: call.to_string(),
            kind,
            message: message.into(),
            backtrace: None,
        }
    }
}

/// Raised by the store's resource limiter; a typed trap we can recognise afterwards.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LimitExceeded {
    /// Linear memory would grow past the limit.
    #[error("linear memory would grow to {desired} bytes, over the limit of {limit} bytes")]
    Memory {
        /// Requested size.
        desired: usize,
        /// The limit.
        limit: usize,
    },
    /// A table would grow past the limit.
    #[error("a table would grow to {desired} elements, over the limit of {limit}")]
    Table {
        /// Requested size.
        desired: usize,
        /// The limit.
        limit: usize,
    },
}

/// The budgets a call ran under, quoted in error messages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budgets {
    pub timeout: std::time::Duration,
    pub fuel: Option<u64>,
}

/// Turn an error from a guest call into a [`PluginError`].
pub(crate) fn classify(plugin: &str, call: &str, err: wasmtime::Error, budgets: Budgets) -> PluginError {
    let backtrace = err.downcast_ref::<wasmtime::WasmBacktrace>().map(|bt| bt.to_string());
    let (kind, message) = if let Some(limit) = err.downcast_ref::<LimitExceeded>() {
        let (kind, knob) = match limit {
            LimitExceeded::Memory { .. } => (PluginErrorKind::MemoryLimit, "max-memory-mib"),
            LimitExceeded::Table { .. } => (PluginErrorKind::TableLimit, "max-table-elements"),
        };
        (kind, format!("{limit}; raise --{knob} if the plugin really needs more"))
    } else if let Some(trap) = err.downcast_ref::<Trap>() {
        match trap {
            Trap::Interrupt => (
                PluginErrorKind::Timeout,
                format!(
                    "did not return within {:?} (an endless loop?); raise --call-timeout-ms if it needs longer",
                    budgets.timeout
                ),
            ),
            Trap::OutOfFuel => (
                PluginErrorKind::OutOfFuel,
                format!(
                    "used up its fuel of {} units (an endless loop?); raise --fuel-per-call if it needs more",
                    budgets.fuel.unwrap_or(0)
                ),
            ),
            Trap::StackOverflow => {
                (PluginErrorKind::StackOverflow, "overflowed its stack (endless or very deep recursion)".to_string())
            }
            Trap::UnreachableCodeReached => (
                PluginErrorKind::Trap,
                "trapped: unreachable code reached (a Rust guest panicked or aborted)".to_string(),
            ),
            Trap::MemoryOutOfBounds => (
                PluginErrorKind::Trap,
                "trapped: out-of-bounds memory access (in a Rust guest this is usually its shadow stack \
                 overflowing: deep recursion with large frames)"
                    .to_string(),
            ),
            other => (PluginErrorKind::Trap, format!("trapped: {other}")),
        }
    } else {
        (PluginErrorKind::Trap, format!("{err:#}"))
    };
    PluginError { plugin: plugin.to_string(), call: call.to_string(), kind, message, backtrace }
}
