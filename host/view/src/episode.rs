//! One episode as the viewer serves it: its record, its indexed trace and journal, the overview
//! the episode page draws first and one step at a time.
use crate::memory::{MemoryAt, MemoryIndex, Written};
use crate::trace::{StepSummary, TraceIndex};
use automem_runfile::EpisodeRecord;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How often a request looks at the files again (a run being written grows).
const REFRESH_EVERY: Duration = Duration::from_millis(500);
/// Most later look-up steps listed per line.
const MAX_READS_PER_LINE: usize = 50;

/// An episode's indexes.
pub struct Episode {
    dir: PathBuf,
    seed: u64,
    /// The record, once the episode is finished.
    pub record: Option<EpisodeRecord>,
    /// The trace's index, if it has a trace.
    pub trace: Option<TraceIndex>,
    /// The journal's index.
    pub memory: MemoryIndex,
    last_refresh: Option<Instant>,
}

/// A line added to memory, and the later steps whose look-ups returned it.
#[derive(Debug, Clone, Serialize)]
pub struct WriteRead {
    /// The write.
    #[serde(flatten)]
    pub write: Written,
    /// Later steps whose READ/SEARCH results held the line.
    pub read_at: Vec<u32>,
    /// The first achievement at or after the write: its step and name.
    pub next_achievement: Option<(u32, String)>,
}

/// What the episode page draws first: everything but the steps themselves.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    /// The seed.
    pub seed: u64,
    /// The record, when the episode is finished.
    pub record: Option<EpisodeRecord>,
    /// Steps indexed so far.
    pub steps: Vec<StepSummary>,
    /// Memory files seen, in order.
    pub memory_files: Vec<String>,
    /// Each file's bytes after each step that changed memory: (step, bytes by file).
    pub memory_sizes: Vec<(u32, Vec<usize>)>,
    /// Lines the episode wrote, each with the later steps that read it (writes read later first).
    pub writes: Vec<WriteRead>,
    /// How many lines were written in all.
    pub writes_total: usize,
    /// Problems reading the trace or journal.
    pub errors: Vec<String>,
}

/// One step and the memory at it.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    /// The step record as stored.
    pub record: serde_json::Value,
    /// The memory after the step.
    pub memory: MemoryAt,
    /// For each file, 1-based line number -> later steps whose look-ups returned that line.
    pub read_later: BTreeMap<String, BTreeMap<u32, Vec<u32>>>,
}

impl Episode {
    /// The episode `seed` of the run folder `dir` (nothing read yet).
    pub fn new(dir: &Path, seed: u64) -> Episode {
        Episode {
            dir: dir.to_path_buf(),
            seed,
            record: None,
            trace: None,
            memory: MemoryIndex::new(&automem_runfile::layout::journal_path(dir, seed)),
            last_refresh: None,
        }
    }

    /// Index what was added since the last look (at most every [`REFRESH_EVERY`]).
    pub fn refresh(&mut self) -> anyhow::Result<()> {
        if self.last_refresh.is_some_and(|t| t.elapsed() < REFRESH_EVERY) {
            return Ok(());
        }
        self.last_refresh = Some(Instant::now());
        if self.record.is_none() {
            self.record = EpisodeRecord::load(&self.dir, self.seed);
        }
        if self.trace.is_none()
            && let Some(path) = automem_runfile::layout::existing_trace(&self.dir, self.seed)
        {
            self.trace = Some(TraceIndex::new(&path));
        }
        if let Some(trace) = &mut self.trace {
            trace.refresh()?;
        }
        self.memory.refresh()
    }

    /// The episode's overview; `max_writes` bounds the list of writes.
    pub fn overview(&self, max_writes: usize) -> Overview {
        let steps = self.trace.as_ref().map(|t| t.steps.clone()).unwrap_or_default();
        let achievements: Vec<(u32, String)> = steps
            .iter()
            .flat_map(|s| s.events.iter().filter(|e| e.starts_with("achievement")).map(move |e| (s.step, e.clone())))
            .collect();
        let mut writes: Vec<WriteRead> = self
            .memory
            .writes
            .iter()
            .map(|w| {
                let mut read_at = self.trace.as_ref().map(|t| t.read_after(&w.text, w.step)).unwrap_or_default();
                read_at.truncate(MAX_READS_PER_LINE);
                let next_achievement = achievements.iter().find(|(s, _)| *s >= w.step).cloned();
                WriteRead { write: w.clone(), read_at, next_achievement }
            })
            .collect();
        // Writes read later first (by step), then the others by step.
        writes.sort_by_key(|w| (w.read_at.is_empty(), w.write.step));
        writes.truncate(max_writes);
        let mut errors = self.memory.errors.clone();
        errors.extend(steps.iter().filter_map(|s| s.error.as_ref().map(|e| format!("step line {}: {e}", s.step + 1))));
        errors.truncate(50);
        Overview {
            seed: self.seed,
            record: self.record.clone(),
            steps,
            memory_files: self.memory.files.clone(),
            memory_sizes: self.memory.sizes.clone(),
            writes_total: self.memory.writes.len(),
            writes,
            errors,
        }
    }

    /// Step line `n` (0-based) with the memory after that step.
    pub fn step(&self, n: usize) -> anyhow::Result<StepView> {
        let trace = self.trace.as_ref().ok_or_else(|| anyhow::anyhow!("episode {} has no trace", self.seed))?;
        // Typed first, so a phase's first prompt (left out on disk) is filled in; a line that is
        // not a step record is shown as the JSON it is.
        let record = match trace.step(n) {
            Ok(record) => serde_json::to_value(record)?,
            Err(_) => serde_json::from_slice(&trace.step_json(n)?)
                .map_err(|e| anyhow::anyhow!("step line {} of episode {} is not JSON: {e}", n + 1, self.seed))?,
        };
        let step = record.get("step").and_then(serde_json::Value::as_u64).unwrap_or(n as u64) as u32;
        let memory = self.memory.at(step)?;
        let mut read_later = BTreeMap::new();
        for (path, text) in &memory.files {
            let mut lines = BTreeMap::new();
            for (i, line) in text.lines().enumerate() {
                let mut reads = trace.read_after(line, step);
                if !reads.is_empty() {
                    reads.truncate(MAX_READS_PER_LINE);
                    lines.insert(i as u32 + 1, reads);
                }
            }
            if !lines.is_empty() {
                read_later.insert(path.clone(), lines);
            }
        }
        Ok(StepView { record, memory, read_later })
    }

    /// Steps indexed.
    pub fn len(&self) -> usize {
        self.trace.as_ref().map_or(0, TraceIndex::len)
    }

    /// Whether no step is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
