//! Does an episode's memory stay flat while its model rewrites memory every step? 500 steps of
//! `automem run`'s engine (corridor, generic-v0, the runner writing trace, journal and record to a
//! temporary folder) with a model that rewrites 16 files of 64 KiB (1 MiB) at every LOG; prints the
//! process's RSS and peak RSS (VmRSS, VmHWM) at steps 0, 100, ..., 500.
//!
//! `cargo bench -p automem --bench memory_growth` (`-- --steps N` for another length).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::bindings::policy_api::{Message, Reply, TurnContext};
use automem::bindings::types::Phase;
use automem::build::{BuildOptions, build, components_dir};
use automem::episode::{Policy, PolicyError};
use automem::policy::PolicySource;
use automem::runner::{Played, Policies, Setup, play_with};
use automem::{Runtime, SandboxConfig};
use automem_memory::Quotas;
use std::cell::Cell;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

const FILES: usize = 16;
const LINES: usize = 32;
/// 32 lines of 2,047 bytes and their breaks: 64 KiB a file, 1 MiB in all.
const LINE: usize = 2047;

/// A model that rewrites every file at every LOG, with new content, and waits in PLAN.
struct Rewriter;

impl Policy for Rewriter {
    fn respond(&mut self, _messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        let text = match context.phase {
            Phase::Log => {
                let mut text = String::with_capacity((FILES + 1) * (LINES * (LINE + 1) + 64));
                for f in 0..FILES {
                    let line = format!("step {} file {f} ", context.step).repeat(LINE / 10 + 1)[..LINE].to_string();
                    text.push_str(&format!("<|WRITE|>big{f}.txt|{}<|END|>", vec![line; LINES].join("\n")));
                }
                text + "<|DONE|>"
            }
            Phase::Plan => "<|ACTION|>wait<|END|>".to_string(),
        };
        Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
    }
}

/// (VmRSS, VmHWM) of this process, in MiB.
fn rss() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let steps: u32 = args
        .iter()
        .position(|a| a == "--steps")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let mut options = BuildOptions::new(root.clone());
    options.only = vec!["corridor".into(), "generic-v0".into()];
    build(&options).expect("building the plugins");
    let components = components_dir(&root);
    let runtime = Runtime::new(SandboxConfig::default(), None).unwrap();
    let out = tempfile::tempdir().unwrap();
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        // Room for the rewritten megabyte beside the schema's own files.
        quotas: Quotas { max_total_bytes: 2 << 20, ..Quotas::default() },
        // No trace limit: the point is what 500 steps cost.
        max_trace_bytes: u64::MAX,
        ..Setup::new(
            runtime.load_game(&components.join("corridor.wasm")).unwrap(),
            Some(runtime.load_schema(&components.join("generic-v0.wasm")).unwrap()),
            PolicySource::Remote("rewriter".into()),
            steps,
        )
    };
    println!("{:>6} {:>10} {:>10} {:>12}", "step", "RSS MiB", "peak MiB", "written MiB");
    let written = || {
        std::fs::read_dir(out.path())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.metadata().ok().filter(std::fs::Metadata::is_file))
            .map(|m| m.len())
            .sum::<u64>() as f64
            / f64::from(1 << 20)
    };
    let report = |step: u32| {
        let (now, peak) = rss();
        println!("{step:>6} {now:>10.1} {peak:>10.1} {:>12.1}", written());
    };
    report(0);
    let played = Cell::new(0u32);
    let on_step = || {
        played.set(played.get() + 1);
        if played.get().is_multiple_of(100) {
            report(played.get());
        }
    };
    let policies = Policies { memory: Box::new(Rewriter), gameplay: None };
    let cancel = Arc::new(AtomicBool::new(false));
    match play_with(&setup, 7, &cancel, &on_step, Some(policies)) {
        Played::Finished(record, _) => {
            println!("{} steps, end reason {}", record.steps, record.end_reason);
        }
        Played::Failed(record) => panic!("the episode failed: {:?}", record.error),
        Played::Interrupted => panic!("interrupted"),
    }
}
