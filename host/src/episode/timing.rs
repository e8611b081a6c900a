//! Where an episode's wall time goes, part by part, for benchmarks and for users asking why a
//! run is slow. Measured with `Instant` around each call: cheap next to any plugin call.
use std::time::{Duration, Instant};

/// Wall time spent in each part of an episode.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Timings {
    /// The game plugin: instantiate, reset, step.
    pub game: Duration,
    /// The schema plugin's hooks: start, prompts, gates, after-step.
    pub schema: Duration,
    /// The policies (a plugin, or an LLM endpoint's round trips).
    pub policy: Duration,
    /// Memory operations, with the schema's check of each.
    pub memory: Duration,
    /// Building trace records (memory diffs) and handing them to the sink (writing them).
    pub trace: Duration,
    /// Everything, from the first call to the last.
    pub total: Duration,
}

impl Timings {
    /// Time `f` and add it to the part `pick` chooses.
    pub fn time<T>(&mut self, pick: fn(&mut Timings) -> &mut Duration, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let value = f();
        *pick(self) += start.elapsed();
        value
    }

    /// Time not in any part: the engine itself (parsing replies, building messages, bookkeeping).
    pub fn engine(&self) -> Duration {
        self.total.saturating_sub(self.game + self.schema + self.policy + self.memory + self.trace)
    }

    /// Add another episode's timings.
    pub fn add(&mut self, other: &Timings) {
        self.game += other.game;
        self.schema += other.schema;
        self.policy += other.policy;
        self.memory += other.memory;
        self.trace += other.trace;
        self.total += other.total;
    }

    /// Each part's share of the total, in percent, named.
    pub fn shares(&self) -> Vec<(&'static str, f64)> {
        let total = self.total.as_secs_f64().max(f64::MIN_POSITIVE);
        [
            ("game", self.game),
            ("schema hooks", self.schema),
            ("policy", self.policy),
            ("memory ops", self.memory),
            ("trace", self.trace),
            ("engine", self.engine()),
        ]
        .into_iter()
        .map(|(name, d)| (name, 100.0 * d.as_secs_f64() / total))
        .collect()
    }
}
