//! Playing episodes as `automem run` does: plugins and settings fixed once ([`Setup`]), then one
//! call per seed ([`play`]) that never fails the batch. A plugin that traps, a policy that errors
//! for good or a file that cannot be written ends that episode with a record saying why; the
//! others go on. Interruption (Ctrl-C) stops an episode between steps and leaves no record, so a
//! re-run redoes it.
use crate::bindings::game_api::TaskOptions;
use crate::episode::timing::Timings;
use crate::episode::{Agents, DEFAULT_MAX_TRACE_BYTES, EpisodeSpec, Output, Policy, run_episode_with};
use crate::game::GamePlugin;
use crate::policy::PolicySource;
use crate::schema::SchemaPlugin;
use automem_memory::{Quotas, Snapshot, disk};
use automem_runfile::layout::{journal_path, memory_dir, trace_path, trace_paths};
use automem_runfile::{EpisodeRecord, TraceFormat, TraceWriter};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Everything fixed for a batch of episodes.
#[derive(Clone)]
pub struct Setup {
    /// The game.
    pub game: GamePlugin,
    /// The memory schema; without one the policy plays with no memory.
    pub schema: Option<SchemaPlugin>,
    /// The policy (the memory specialist in two-model mode).
    pub policy: PolicySource,
    /// Two-model mode: the gameplay model.
    pub gameplay: Option<PolicySource>,
    /// Settings handed to the policies' `configure`.
    pub policy_settings: Vec<(String, String)>,
    /// Values for the schema's tunables.
    pub schema_settings: Vec<(String, String)>,
    /// The game's task.
    pub task: TaskOptions,
    /// Steps after which an episode is cut.
    pub max_steps: u32,
    /// Memory quotas.
    pub quotas: Quotas,
    /// Files every episode's memory starts from (e.g. an earlier episode's export).
    pub initial_memory: Option<Snapshot>,
    /// Where traces, records, memory exports and the summary go.
    pub out: Option<PathBuf>,
    /// Most bytes one episode may write to its trace and memory journal together; the episode
    /// ends with end reason `trace-limit` after the step that reaches it.
    pub max_trace_bytes: u64,
    /// How traces are stored: zstd-compressed (the default) or plain JSON lines.
    pub trace_format: TraceFormat,
}

impl Setup {
    /// A batch of `game` with `schema` and `policy`, cut at `max_steps`, with everything else at
    /// its default: the game's first task, no settings, default quotas, empty memory, no files.
    pub fn new(game: GamePlugin, schema: Option<SchemaPlugin>, policy: PolicySource, max_steps: u32) -> Setup {
        Setup {
            game,
            schema,
            policy,
            gameplay: None,
            policy_settings: Vec::new(),
            schema_settings: Vec::new(),
            task: TaskOptions { task: String::new(), max_steps: Some(max_steps), settings: Vec::new() },
            max_steps,
            quotas: Quotas::default(),
            initial_memory: None,
            out: None,
            max_trace_bytes: DEFAULT_MAX_TRACE_BYTES,
            trace_format: TraceFormat::default(),
        }
    }

    /// The same batch on the game's task `task` ("" for its first).
    pub fn with_task(mut self, task: &str) -> Setup {
        self.task.task = task.to_string();
        self
    }
}

/// The error an episode stops with when its run is interrupted.
#[derive(Debug, thiserror::Error)]
#[error("the run was interrupted")]
pub struct Interrupted;

/// How one episode ended.
pub enum Played {
    /// Played to its end (or to its step limit); the record is saved.
    Finished(EpisodeRecord, Timings),
    /// Could not be played to its end; the record says why and is saved.
    Failed(EpisodeRecord),
    /// Stopped by an interruption; nothing is saved but the partial trace.
    Interrupted,
}

/// Play one episode. `on_step` is called after each step; `cancel` is checked between steps.
pub fn play(setup: &Setup, seed: u64, cancel: &Arc<AtomicBool>, on_step: &dyn Fn()) -> Played {
    play_with(setup, seed, cancel, on_step, None)
}

/// The policies of one episode, when the caller makes them (e.g. the server's sessions, whose
/// replies come from the client) instead of `Setup`'s sources.
pub struct Policies {
    /// Answers every turn, or LOG and the look-ups in two-model mode.
    pub memory: Box<dyn Policy + Send>,
    /// Commits actions in two-model mode.
    pub gameplay: Option<Box<dyn Policy + Send>>,
}

/// As [`play`], with the caller's policies when given (`Setup`'s names them in the record).
pub fn play_with(
    setup: &Setup,
    seed: u64,
    cancel: &Arc<AtomicBool>,
    on_step: &dyn Fn(),
    policies: Option<Policies>,
) -> Played {
    match try_play(setup, seed, cancel, on_step, policies) {
        Ok((record, timings)) => Played::Finished(record, timings),
        Err(err) if err.downcast_ref::<Interrupted>().is_some() => Played::Interrupted,
        Err(err) => {
            let record = crate::results::failed(seed, setup, &err);
            if let Some(out) = &setup.out
                && let Err(save) = record.save(out)
            {
                tracing::error!("seed {seed}: could not save the failed episode's record: {save}");
            }
            Played::Failed(record)
        }
    }
}

fn try_play(
    setup: &Setup,
    seed: u64,
    cancel: &Arc<AtomicBool>,
    on_step: &dyn Fn(),
    policies: Option<Policies>,
) -> anyhow::Result<(EpisodeRecord, Timings)> {
    if cancel.load(Ordering::Relaxed) {
        return Err(Interrupted.into());
    }
    let (mut policy, mut gameplay): (Box<dyn Policy>, Option<Box<dyn Policy>>) = match policies {
        Some(p) => (p.memory, p.gameplay.map(|g| g as Box<dyn Policy>)),
        None => (
            setup.policy.instantiate(seed, &setup.policy_settings, cancel)?,
            setup.gameplay.as_ref().map(|g| g.instantiate(seed, &setup.policy_settings, cancel)).transpose()?,
        ),
    };
    let agents = Agents { memory: &mut *policy, gameplay: gameplay.as_mut().map(|g| &mut **g as &mut dyn Policy) };
    let spec = EpisodeSpec {
        seed,
        task: setup.task.clone(),
        max_steps: setup.max_steps,
        schema_settings: setup.schema_settings.clone(),
        quotas: setup.quotas.clone(),
        initial_memory: setup.initial_memory.clone(),
    };
    // The trace and the journal are written as the episode plays: nothing of them stays in RAM.
    let (mut writer, journal) = match &setup.out {
        Some(out) => {
            // A trace of an earlier try, in either format, must not outlive this one.
            for stale in trace_paths(out, seed) {
                if std::fs::symlink_metadata(&stale).is_ok() {
                    std::fs::remove_file(&stale)
                        .map_err(|e| anyhow::anyhow!("cannot replace the old trace {}: {e}", stale.display()))?;
                }
            }
            let path = journal_path(out, seed);
            let journal = std::fs::File::create(&path)
                .map(std::io::BufWriter::new)
                .map_err(|e| anyhow::anyhow!("cannot create the memory journal {}: {e}", path.display()))?;
            let journal: Box<dyn Write + Send> = Box::new(journal);
            (Some(TraceWriter::create(&trace_path(out, seed, setup.trace_format))?), journal)
        }
        None => (None, Box::new(std::io::sink()) as Box<dyn Write + Send>),
    };
    let mut line = Vec::new();
    let mut trace = |record: &automem_runfile::StepRecord| -> anyhow::Result<u64> {
        // Whole steps reach the file as they happen (flushed), for readers of a live trace; a
        // record longer than a trace line may be is refused, never written.
        let written = match writer.as_mut() {
            Some(w) => w.write(record)?,
            None => {
                line.clear();
                serde_json::to_writer(&mut line, record)?;
                line.len() as u64 + 1
            }
        };
        on_step();
        if cancel.load(Ordering::Relaxed) {
            return Err(Interrupted.into());
        }
        Ok(written)
    };
    let output = Output { trace: &mut trace, journal: Some(journal), max_bytes: setup.max_trace_bytes };
    let outcome = run_episode_with(&setup.game, setup.schema.as_ref(), agents, &spec, output)?;
    drop(writer);
    let record = crate::results::from_episode(&outcome, setup);
    if let Some(out) = &setup.out {
        if setup.schema.is_some() {
            disk::export(&outcome.memory.snapshot(), &memory_dir(out, seed))?;
        }
        // Last, atomically: its presence says the episode is complete.
        record.save(out)?;
    }
    Ok((record, outcome.timings))
}
