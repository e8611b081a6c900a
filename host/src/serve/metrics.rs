//! Counters for `/metrics`, in Prometheus' text format.
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The server's counters.
#[derive(Default)]
pub struct Metrics {
    sessions_created: AtomicU64,
    turns: AtomicU64,
    swaps: AtomicU64,
    swap_seconds_sum: Mutex<f64>,
    swap_seconds_last: Mutex<f64>,
    errors: Mutex<BTreeMap<String, u64>>,
    sessions_by_version: Mutex<BTreeMap<(String, String), u64>>,
}

impl Metrics {
    /// A session started on a schema version.
    pub fn session_created(&self, schema: &str, hash: &str) {
        self.sessions_created.fetch_add(1, Ordering::Relaxed);
        let mut map = self.sessions_by_version.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry((schema.to_string(), hash.to_string())).or_default() += 1;
    }

    /// A reply was taken.
    pub fn turn(&self) {
        self.turns.fetch_add(1, Ordering::Relaxed);
    }

    /// A request failed with this kind.
    pub fn error(&self, kind: &str) {
        *self.errors.lock().unwrap_or_else(|e| e.into_inner()).entry(kind.to_string()).or_default() += 1;
    }

    /// A version was published as latest after `seconds` from upload.
    pub fn swapped(&self, seconds: f64) {
        self.swaps.fetch_add(1, Ordering::Relaxed);
        *self.swap_seconds_sum.lock().unwrap_or_else(|e| e.into_inner()) += seconds;
        *self.swap_seconds_last.lock().unwrap_or_else(|e| e.into_inner()) = seconds;
    }

    /// The text of `/metrics`; `active` is the number of sessions not yet over.
    pub fn render(&self, active: usize) -> String {
        let mut out = String::new();
        fn metric(out: &mut String, name: &str, kind: &str, help: &str) {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        }
        metric(&mut out, "automem_sessions_active", "gauge", "Sessions whose episode is not over.");
        let _ = writeln!(out, "automem_sessions_active {active}");
        metric(&mut out, "automem_sessions_created_total", "counter", "Sessions created.");
        let _ = writeln!(out, "automem_sessions_created_total {}", self.sessions_created.load(Ordering::Relaxed));
        metric(&mut out, "automem_turns_total", "counter", "Model replies taken.");
        let _ = writeln!(out, "automem_turns_total {}", self.turns.load(Ordering::Relaxed));
        metric(&mut out, "automem_errors_total", "counter", "Failed requests, by kind.");
        for (kind, n) in self.errors.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let _ = writeln!(out, "automem_errors_total{{kind=\"{kind}\"}} {n}");
        }
        metric(&mut out, "automem_schema_sessions_total", "counter", "Sessions created per schema version.");
        for ((schema, hash), n) in self.sessions_by_version.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            let _ = writeln!(
                out,
                "automem_schema_sessions_total{{schema=\"{schema}\",hash=\"{}\"}} {n}",
                hash.get(..12).unwrap_or(hash)
            );
        }
        metric(&mut out, "automem_schema_swaps_total", "counter", "Versions published as latest.");
        let _ = writeln!(out, "automem_schema_swaps_total {}", self.swaps.load(Ordering::Relaxed));
        metric(&mut out, "automem_schema_swap_seconds_sum", "counter", "Upload-to-latest time, summed.");
        let _ = writeln!(out, "automem_schema_swap_seconds_sum {}", self.swap_seconds_sum.lock().map_or(0.0, |v| *v));
        metric(&mut out, "automem_schema_swap_seconds_last", "gauge", "Upload-to-latest time of the last swap.");
        let _ = writeln!(out, "automem_schema_swap_seconds_last {}", self.swap_seconds_last.lock().map_or(0.0, |v| *v));
        out
    }
}
