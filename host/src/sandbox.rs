//! The narrowed wasmtime every plugin runs in: one engine, its limits, and per-instance stores.
//!
//! Defaults, all configurable through [`SandboxConfig`]:
//! - 64 MiB of linear memory and 20,000 table elements per instance;
//! - 2 s of wall-clock time per call (epoch interruption, 10 ms ticks), no fuel metering;
//! - 1 MiB of wasm stack; 4 MiB at most for any one string a guest returns;
//! - the pooling allocator sized for 1,000 live instances (on-demand allocation if the pool
//!   cannot be reserved);
//! - WASI linked with nothing granted: no files, no environment, no sockets, a virtual clock
//!   and randomness seeded from the episode seed.
use crate::error::{Budgets, LimitExceeded};
use automem_memory::Memory;
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use wasmtime::component::ResourceTable;
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// How often the epoch advances; the granularity of call time limits.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Limits and engine settings for every plugin instance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct SandboxConfig {
    /// Linear memory one instance may grow to, in MiB.
    pub max_memory_mib: u32,
    /// Elements one table may grow to.
    pub max_table_elements: u32,
    /// Wall-clock time one guest call may take, in milliseconds.
    pub call_timeout_ms: u64,
    /// Fuel one guest call may burn (deterministic CPU metering); none turns metering off.
    pub fuel_per_call: Option<u64>,
    /// Wasm stack size, in KiB.
    pub max_stack_kib: u32,
    /// Largest string a guest may return from one call, in KiB.
    pub max_output_kib: u32,
    /// Live instances the pooling allocator reserves room for; 0 disables pooling.
    pub pool_instances: u32,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            max_memory_mib: 64,
            max_table_elements: 20_000,
            call_timeout_ms: 2_000,
            fuel_per_call: None,
            max_stack_kib: 1024,
            max_output_kib: 4096,
            pool_instances: 1000,
        }
    }
}

impl SandboxConfig {
    /// The per-call budgets, for error messages.
    pub(crate) fn budgets(&self) -> Budgets {
        Budgets { timeout: Duration::from_millis(self.call_timeout_ms), fuel: self.fuel_per_call }
    }
    /// Epoch ticks a call may run for.
    fn deadline_ticks(&self) -> u64 {
        self.call_timeout_ms.div_ceil(EPOCH_TICK.as_millis() as u64).max(1)
    }
    fn max_memory_bytes(&self) -> usize {
        (self.max_memory_mib as usize) << 20
    }
    /// Largest string a guest may return, in bytes.
    pub fn max_output_bytes(&self) -> usize {
        (self.max_output_kib as usize) << 10
    }
}

/// The one wasmtime engine of a process, its epoch ticker and its limits.
#[derive(Clone)]
pub struct Sandbox {
    engine: Engine,
    config: SandboxConfig,
    pooling: bool,
    _ticker: Arc<EpochTicker>,
}

impl Sandbox {
    /// Build the engine. Falls back to on-demand allocation when the pool cannot be reserved.
    pub fn new(config: SandboxConfig) -> anyhow::Result<Self> {
        let mut pooling = config.pool_instances > 0;
        let engine = match Engine::new(&engine_config(&config, pooling)) {
            Ok(engine) => engine,
            Err(err) if pooling => {
                tracing::warn!("pooling allocator unavailable ({err:#}); using on-demand allocation");
                pooling = false;
                Engine::new(&engine_config(&config, false))?
            }
            Err(err) => return Err(err.into()),
        };
        let ticker = Arc::new(EpochTicker::start(engine.clone()));
        Ok(Sandbox { engine, config, pooling, _ticker: ticker })
    }

    /// The wasmtime engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The limits in force.
    pub fn config(&self) -> &SandboxConfig {
        &self.config
    }

    /// Whether instances come from the pooling allocator.
    pub fn pooling(&self) -> bool {
        self.pooling
    }

    /// A fresh store for one plugin instance, with limits set and WASI granting nothing.
    pub fn new_store(&self, seed: u64, memory: Option<Memory>) -> Store<HostState> {
        let state = HostState {
            limiter: Limiter {
                max_memory: self.config.max_memory_bytes(),
                max_table: self.config.max_table_elements as usize,
            },
            wasi: empty_wasi(seed),
            table: ResourceTable::new(),
            memory,
            memory_writable: false,
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| &mut s.limiter);
        self.arm(&mut store);
        store
    }

    /// Give a store a fresh call budget; done before every guest call.
    pub(crate) fn arm(&self, store: &mut Store<HostState>) {
        store.set_epoch_deadline(self.config.deadline_ticks());
        if let Some(fuel) = self.config.fuel_per_call {
            // Only fails when fuel metering is off, and it is on whenever fuel_per_call is set.
            let _ = store.set_fuel(fuel);
        }
    }
}

fn engine_config(config: &SandboxConfig, pooling: bool) -> Config {
    let mut c = Config::new();
    c.concurrency_support(false)
        .epoch_interruption(true)
        .consume_fuel(config.fuel_per_call.is_some())
        .max_wasm_stack((config.max_stack_kib as usize) << 10)
        .wasm_backtrace_max_frames(std::num::NonZeroUsize::new(32));
    // `AUTOMEM_PERF_MAP=1`: name the compiled guest functions for `perf` (/tmp/perf-PID.map).
    if std::env::var_os("AUTOMEM_PERF_MAP").is_some_and(|v| v == "1") {
        c.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    if pooling {
        let n = config.pool_instances;
        let mut pool = PoolingAllocationConfig::new();
        // A componentize-py (CPython) component holds 14 core instances: at 4 per component the
        // pool ran out at 95 live Python episodes; 16 lets every component instance be one.
        pool.total_component_instances(n)
            .total_core_instances(n.saturating_mul(16))
            .total_memories(n.saturating_mul(2))
            .total_tables(n.saturating_mul(4))
            .total_stacks(0)
            .max_memory_size(config.max_memory_bytes());
        c.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    }
    c
}

/// Per-instance store data: limits, the empty WASI context and (for schemas) the episode memory.
pub struct HostState {
    limiter: Limiter,
    wasi: WasiCtx,
    table: ResourceTable,
    /// The episode's memory, for schema instances.
    pub memory: Option<Memory>,
    /// Whether the current call site may write memory (decided by the host, per call).
    pub memory_writable: bool,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

/// Caps linear memory and tables; a denied growth becomes a typed trap.
struct Limiter {
    max_memory: usize,
    max_table: usize,
}

impl wasmtime::ResourceLimiter for Limiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.max_memory {
            return Err(wasmtime::Error::new(LimitExceeded::Memory { desired, limit: self.max_memory }));
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.max_table {
            return Err(wasmtime::Error::new(LimitExceeded::Table { desired, limit: self.max_table }));
        }
        Ok(true)
    }
}

/// WASI with no capability: nothing preopened, no environment, no sockets (denied by default),
/// stdio closed, a clock that stands still and randomness drawn from the seed.
fn empty_wasi(seed: u64) -> WasiCtx {
    let mut builder = WasiCtx::builder();
    builder
        .secure_random(SeededRng::new(seed ^ 0x5EC0_12E5))
        .insecure_random(SeededRng::new(seed ^ 0x1A5E_C012))
        .insecure_random_seed(u128::from(seed))
        .wall_clock(FrozenClock)
        .monotonic_clock(FrozenClock);
    builder.build()
}

/// A clock at the Unix epoch that never moves: guests cannot observe time.
struct FrozenClock;

impl wasmtime_wasi::HostWallClock for FrozenClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }
    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

impl wasmtime_wasi::HostMonotonicClock for FrozenClock {
    fn resolution(&self) -> u64 {
        1_000_000_000
    }
    fn now(&self) -> u64 {
        0
    }
}

/// SplitMix64, seeded from the episode: what a guest's WASI randomness returns.
struct SeededRng(u64);

impl SeededRng {
    fn new(seed: u64) -> Self {
        SeededRng(seed)
    }
}

impl rand_core::TryRng for SeededRng {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        self.try_next_u64().map(|v| (v >> 32) as u32)
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Ok(z ^ (z >> 31))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        for chunk in dst.chunks_mut(8) {
            let bytes = self.try_next_u64()?.to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
        Ok(())
    }
}

/// Advances the engine's epoch every [`EPOCH_TICK`] until dropped.
struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    fn start(engine: Engine) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let spawned = std::thread::Builder::new().name("automem-epoch".into()).spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        });
        if let Err(err) = spawned {
            tracing::error!("could not start the epoch ticker ({err}); call time limits are off");
        }
        EpochTicker { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
