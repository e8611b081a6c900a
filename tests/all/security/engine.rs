//! The episode engine against a hostile model, a hostile plugin and hostile run folders: the
//! memory journal streams to disk and nothing of it stays in RAM; one episode's trace and
//! journal are bounded and reaching the bound ends it with `trace-limit`; every plugin answer is
//! measured against the output limit (after-step, describe, ...); and `stats` and `mine` read run
//! folders as regular files with bounded lines.
use crate::support::{component, runtime, test_config};
use automem::bindings::policy_api::{Message, Reply, TurnContext};
use automem::bindings::types::Phase;
use automem::episode::{Agents, EpisodeSpec, Output, Policy, PolicyError, run_episode_with};
use automem::policy::PolicySource;
use automem::runner::{Played, Policies, Setup, play_with};
use automem::{PluginErrorKind, Runtime, SandboxConfig};
use automem_memory::{Memory, Quotas};
use automem_runfile::layout::{existing_trace, journal_path};
use automem_runfile::trace::StepRecord;
use automem_runfile::{Change, JournalReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// A model that rewrites `files` memory files of about 60 KiB each at every LOG, and waits.
struct Rewriter {
    files: usize,
}

impl Policy for Rewriter {
    fn respond(&mut self, _messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        let text = match context.phase {
            Phase::Log => {
                let mut text = String::new();
                for f in 0..self.files {
                    // Lines under the 2,048-byte quota; different content every step.
                    let line = format!("step {} file {f} ", context.step).repeat(200)[..2000].to_string();
                    text.push_str(&format!("<|WRITE|>big{f}.txt|{}<|END|>", vec![line; 30].join("\n")));
                }
                text + "<|DONE|>"
            }
            Phase::Plan => "<|ACTION|>wait<|END|>".to_string(),
        };
        Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
    }
}

/// A runtime whose calls may take 10 s: a 40 MiB answer takes a while to build in a debug build,
/// and these tests are about output, not time.
pub(super) fn patient_runtime() -> (Runtime, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig { call_timeout_ms: 10_000, ..test_config() };
    (Runtime::new(config, Some(dir.path().to_path_buf())).unwrap(), dir)
}

fn spec(seed: u64, steps: u32) -> EpisodeSpec {
    EpisodeSpec {
        seed,
        task: automem::bindings::game_api::TaskOptions {
            task: String::new(),
            max_steps: Some(steps),
            settings: vec![],
        },
        max_steps: steps,
        schema_settings: vec![],
        quotas: Quotas::default(),
        initial_memory: None,
    }
}

/// The hostile schema built in `mode` (see tests/guests/hostile-schema): the mode marker patched
/// in the built component, written to `dir` as `hostile-schema.wasm`.
pub(super) fn hostile_schema(mode: &str, dir: &Path) -> PathBuf {
    const MARKER: &[u8] = b"hostile-schema-mode:seeded______________";
    let mut bytes = std::fs::read(component("hostile-schema")).unwrap();
    let at: Vec<usize> =
        bytes.windows(MARKER.len()).enumerate().filter(|(_, w)| *w == MARKER).map(|(i, _)| i).collect();
    assert_eq!(at.len(), 1, "the mode marker must be in the component exactly once");
    let mut patched = format!("hostile-schema-mode:{mode}").into_bytes();
    assert!(patched.len() <= MARKER.len(), "mode `{mode}` is too long for the marker");
    patched.resize(MARKER.len(), b'_');
    bytes[at[0]..at[0] + MARKER.len()].copy_from_slice(&patched);
    let path = dir.join("hostile-schema.wasm");
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Play one episode through the runner (as `automem run` does) with a Rust policy.
fn play_rewriter(setup: &Setup, seed: u64, files: usize) -> Played {
    let policies = Policies { memory: Box::new(Rewriter { files }), gameplay: None };
    play_with(setup, seed, &Arc::new(AtomicBool::new(false)), &|| {}, Some(policies))
}

fn record_of(played: Played) -> automem_runfile::EpisodeRecord {
    match played {
        Played::Finished(record, _) => record,
        Played::Failed(record) => panic!("the episode failed: {:?}", record.error),
        Played::Interrupted => panic!("the episode was interrupted"),
    }
}

#[test]
fn a_long_rewriting_episode_streams_its_journal_and_keeps_none_of_it() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let schema = runtime.load_schema(&component("generic-v0")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.jsonl");
    let file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut policy = Rewriter { files: 4 };
    let (mut steps, mut diff_bytes) = (0u32, 0usize);
    let mut trace = |record: &StepRecord| -> anyhow::Result<u64> {
        steps += 1;
        diff_bytes = diff_bytes.max(serde_json::to_vec(&record.memory_diff)?.len());
        Ok(0)
    };
    let output = Output { trace: &mut trace, journal: Some(Box::new(file)), max_bytes: u64::MAX };
    let agents = Agents { memory: &mut policy, gameplay: None };
    let outcome = run_episode_with(&game, Some(&schema), agents, &spec(3, 200), output).unwrap();
    assert_eq!(outcome.steps, 200);
    // About 48 MB were journaled; the memory handed back holds none of it.
    assert!(outcome.memory.journal().is_empty(), "{} entries kept in RAM", outcome.memory.journal().len());
    let writes = JournalReader::open(&path)
        .unwrap()
        .filter(|e| matches!(e.as_ref().unwrap().change, Change::Write { .. }))
        .count();
    assert!(writes >= 199 * 4, "{writes} writes on disk");
    assert!(std::fs::metadata(&path).unwrap().len() > 40 << 20);
    // A step's memory diff is that step's files, not the episode's history.
    assert!(diff_bytes < 300 << 10, "{diff_bytes}");
    // The on-disk journal still rebuilds the final memory.
    let rebuilt = Memory::replay_file(Quotas::default(), &path).unwrap();
    assert_eq!(rebuilt, outcome.memory);
}

#[test]
fn the_trace_and_journal_limit_ends_the_episode_with_its_own_end_reason() {
    let (runtime, _cache) = runtime();
    let out = tempfile::tempdir().unwrap();
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        max_trace_bytes: 2 << 20,
        ..Setup::new(
            runtime.load_game(&component("corridor")).unwrap(),
            Some(runtime.load_schema(&component("generic-v0")).unwrap()),
            PolicySource::Remote("test".into()),
            500,
        )
    };
    let record = record_of(play_rewriter(&setup, 4, 4));
    assert_eq!(record.end_reason, "trace-limit", "{record:?}");
    assert!(record.steps > 1 && record.steps < 20, "{} steps", record.steps);
    // The budget counts the trace's JSON before compression (the journal is plain).
    let trace = crate::support::trace_text(out.path(), 4).len() as u64;
    let written = trace + std::fs::metadata(journal_path(out.path(), 4)).unwrap().len();
    // At most one step past the limit (a step here writes about 0.7 MB).
    assert!(written > 2 << 20 && written < (2 << 20) + (1 << 20), "{written} bytes");
    // The end reason reaches the summary and the statistics.
    let summary = automem_runfile::Summary::from_episodes("corridor", std::slice::from_ref(&record));
    assert_eq!(summary.end_reasons.get("trace-limit"), Some(&1));
    assert!(summary.line().contains("trace and journal limit"), "{}", summary.line());
    let stats = automem_runfile::stats::run_stats(out.path()).unwrap();
    assert_eq!(stats[0].end_reason, "trace-limit");
    // The journal on disk is whole: it rebuilds the exported final memory.
    let rebuilt = Memory::replay_file(Quotas::default(), &journal_path(out.path(), 4)).unwrap();
    assert_eq!(rebuilt.snapshot(), record.final_memory);
}

#[test]
fn a_schema_flooding_the_journal_from_after_step_is_stopped_by_the_limit() {
    let (runtime, _cache) = patient_runtime();
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        max_trace_bytes: 4 << 20,
        ..Setup::new(
            runtime.load_game(&component("corridor")).unwrap(),
            Some(runtime.load_schema(&hostile_schema("journal-flood", dir.path())).unwrap()),
            PolicySource::Remote("test".into()),
            50,
        )
    };
    // 1,000 rewrites of 60 KiB in one call (60 MB a step) would be journaled without the limit.
    let record = record_of(play_rewriter(&setup, 4, 0));
    assert_eq!(record.end_reason, "trace-limit", "{record:?}");
    assert_eq!(record.steps, 1);
    let journal = std::fs::metadata(journal_path(out.path(), 4)).unwrap().len();
    assert!((4 << 20..(4 << 20) + (128 << 10)).contains(&journal), "{journal} bytes");
}

/// Play a few steps with a hostile-schema mode; the episode's error.
fn hostile_episode_error(mode: &str) -> (String, Duration) {
    let (runtime, _cache) = patient_runtime();
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        ..Setup::new(
            runtime.load_game(&component("corridor")).unwrap(),
            Some(runtime.load_schema(&hostile_schema(mode, dir.path())).unwrap()),
            PolicySource::Remote("test".into()),
            6,
        )
    };
    let start = Instant::now();
    match play_rewriter(&setup, 4, 0) {
        Played::Failed(record) => {
            let trace = existing_trace(out.path(), 4).and_then(|t| std::fs::metadata(t).ok()).map_or(0, |m| m.len());
            assert!(trace < 1 << 20, "the refused output reached the trace ({trace} bytes)");
            (record.error.unwrap_or_default(), start.elapsed())
        }
        Played::Finished(record, _) => panic!("mode {mode}: the episode finished: {record:?}"),
        Played::Interrupted => panic!("interrupted"),
    }
}

#[test]
fn a_schema_returning_40_mib_from_after_step_ends_its_episode() {
    let (error, _) = hostile_episode_error("after-step-40mib");
    assert!(error.contains("after-step") && error.contains("output-too-large"), "{error}");
    assert!(error.contains("max-output-kib"), "{error}");
    // A million empty notes are not free either: every list entry counts.
    let (error, _) = hostile_episode_error("after-step-1m-notes");
    assert!(error.contains("after-step") && error.contains("output-too-large"), "{error}");
}

#[test]
fn a_30_mib_version_string_is_refused_at_load() {
    let (runtime, _cache) = patient_runtime();
    let dir = tempfile::tempdir().unwrap();
    let err = runtime.load_schema(&hostile_schema("version-30mib", dir.path())).err().expect("it was loaded");
    assert_eq!(err.kind, PluginErrorKind::OutputTooLarge, "{err}");
    assert_eq!(err.call, "describe", "{err}");
    // Refused by the measure of the answer itself (not later, by the declared-name check).
    assert!(err.message.contains("returned more than"), "{err}");
    // The seeded build of the same crate loads: the marker is what changed.
    assert!(runtime.load_schema(&hostile_schema("seeded", dir.path())).is_ok());
}

#[test]
fn the_smoke_test_refuses_a_schema_with_a_huge_after_step() {
    let (runtime, _cache) = patient_runtime();
    let dir = tempfile::tempdir().unwrap();
    let schema = runtime.load_schema(&hostile_schema("after-step-40mib", dir.path())).unwrap();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let games = std::collections::BTreeMap::from([("corridor".to_string(), game)]);
    let err = automem::serve::smoke_test(&schema, &games, 5).unwrap_err().to_string();
    assert!(err.contains("after-step") && err.contains("output-too-large"), "{err}");
}

#[test]
fn a_version_longer_than_a_name_is_refused_at_load() {
    // Names and versions are stored with every registry version and served in every listing.
    let (runtime, _cache) = runtime();
    let dir = tempfile::tempdir().unwrap();
    let err = runtime.load_schema(&hostile_schema("version-200b", dir.path())).err().expect("it was loaded");
    assert_eq!(err.kind, PluginErrorKind::OutputTooLarge, "{err}");
    assert!(err.message.contains("its version is 200 bytes long; at most 128"), "{err}");
}

/// A finished run folder of one short episode (seed 1).
fn finished_run() -> tempfile::TempDir {
    let (runtime, _cache) = runtime();
    let out = tempfile::tempdir().unwrap();
    let setup = Setup {
        out: Some(out.path().to_path_buf()),
        ..Setup::new(
            runtime.load_game(&component("corridor")).unwrap(),
            Some(runtime.load_schema(&component("generic-v0")).unwrap()),
            PolicySource::Remote("test".into()),
            3,
        )
    };
    record_of(play_rewriter(&setup, 1, 1));
    out
}

/// What `stats` and `mine` say about the run folder (they must fail, and quickly).
fn readers_errors(out: &Path) -> Vec<String> {
    let start = Instant::now();
    // On a thread of its own, so a reader that blocks (a FIFO opened for reading waits for a
    // writer) fails this test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    let dir = out.to_path_buf();
    std::thread::spawn(move || {
        let stats = automem_runfile::stats::run_stats(&dir).expect_err("stats read it").to_string();
        let episodes = automem_mine::candidates::discover(std::slice::from_ref(&dir)).unwrap();
        let mine = automem_mine::candidates::scan_episode(&episodes[0], 0, &|_, _, _| false)
            .expect_err("mine read it")
            .to_string();
        let _ = tx.send(vec![stats, mine]);
    });
    let errors =
        rx.recv_timeout(Duration::from_secs(20)).expect("the readers blocked (or panicked) reading the run folder");
    assert!(start.elapsed() < Duration::from_secs(5), "the readers took {:?}", start.elapsed());
    errors
}

#[test]
fn stats_and_mine_refuse_a_fifo_trace_at_once() {
    let out = finished_run();
    let trace = existing_trace(out.path(), 1).unwrap();
    std::fs::remove_file(&trace).unwrap();
    let c = std::ffi::CString::new(trace.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for err in readers_errors(out.path()) {
        assert!(err.contains("episode-1.jsonl") && err.contains("FIFO"), "{err}");
    }
    // The journal, too.
    let out = finished_run();
    let journal = journal_path(out.path(), 1);
    std::fs::remove_file(&journal).unwrap();
    let c = std::ffi::CString::new(journal.to_str().unwrap()).unwrap();
    // SAFETY: as above.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for err in readers_errors(out.path()) {
        assert!(err.contains("memory.jsonl") && err.contains("FIFO"), "{err}");
    }
}

#[test]
fn stats_and_mine_refuse_a_trace_linked_to_dev_zero() {
    let out = finished_run();
    let trace = existing_trace(out.path(), 1).unwrap();
    std::fs::remove_file(&trace).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &trace).unwrap();
    for err in readers_errors(out.path()) {
        assert!(err.contains("episode-1.jsonl") && err.contains("symbolic link"), "{err}");
    }
}

#[test]
fn a_400_mb_line_is_a_clear_error_not_an_allocation() {
    let out = finished_run();
    // A plain trace in place of the compressed one.
    std::fs::remove_file(existing_trace(out.path(), 1).unwrap()).unwrap();
    let trace = automem_runfile::layout::trace_path(out.path(), 1, automem_runfile::TraceFormat::Plain);
    // A sparse file: one 400 MB line of NUL bytes, no line break, almost no disk.
    let file = std::fs::File::create(&trace).unwrap();
    file.set_len(400_000_000).unwrap();
    drop(file);
    for err in readers_errors(out.path()) {
        assert!(err.contains("episode-1.jsonl line 1 is longer than 67108864 bytes"), "{err}");
    }
}

#[test]
fn a_compressed_trace_expanding_to_a_400_mb_line_is_a_clear_error_not_an_allocation() {
    let out = finished_run();
    let trace = existing_trace(out.path(), 1).unwrap();
    assert!(trace.to_string_lossy().ends_with(".jsonl.zst"), "{}", trace.display());
    // A zstd bomb: 400 MB of one line compress to a few hundred KB.
    let mut encoder = zstd::stream::write::Encoder::new(std::fs::File::create(&trace).unwrap(), 19).unwrap();
    let block = vec![b'x'; 1 << 20];
    for _ in 0..400 {
        std::io::Write::write_all(&mut encoder, &block).unwrap();
    }
    encoder.finish().unwrap();
    assert!(std::fs::metadata(&trace).unwrap().len() < 1 << 20);
    for err in readers_errors(out.path()) {
        assert!(err.contains("episode-1.jsonl.zst line 1 is longer than 67108864 bytes"), "{err}");
    }
}

#[test]
fn a_damaged_compressed_trace_is_a_clear_error() {
    let out = finished_run();
    let trace = existing_trace(out.path(), 1).unwrap();
    std::fs::write(&trace, b"this is not zstd\n").unwrap();
    for err in readers_errors(out.path()) {
        assert!(err.contains("episode-1.jsonl.zst") && err.contains("not a zstd stream"), "{err}");
    }
}
