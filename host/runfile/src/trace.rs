//! What an episode writes down: one record per game step, in the shape of AutoMem's per-step
//! debug record, so both outer loops can read every prompt, reply and memory decision.
//!
//! A phase's first model call answers the phase's first prompt, so that prompt is stored once (as
//! `initial_prompt`) and the first turn's `prompt` is left out on disk and filled in on reading.
use crate::read::Lines;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Something notable that happened during a step, as a game reported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameEvent {
    /// What sort of event: "achievement", "death", "level", ...
    pub kind: String,
    /// Which one, e.g. "collect_wood".
    pub name: String,
}

/// One memory operation after it ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpOutcome {
    /// The operation, compactly (e.g. "SEARCH map_notes.txt|tree").
    pub op: String,
    /// The block header the model sees (e.g. "SEARCH map_notes.txt for 'tree'").
    pub header: String,
    /// What the model sees.
    pub body: String,
    /// False when the operation failed, was rejected or was not allowed.
    pub ok: bool,
}

/// One model call within a phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// The user message this call answered (the phase's first prompt, or results since). Empty
    /// on disk for a phase's first call, whose prompt is the phase's `initial_prompt`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// Who answered: "single", "memory" or "gameplay".
    pub responder: String,
    /// The reply as the model wrote it.
    pub raw_response: String,
    /// The operations it asked for, after they ran.
    pub tool_results: Vec<OpOutcome>,
    /// Tokens read and written, when the policy reports them.
    pub prompt_tokens: u32,
    /// Tokens written.
    pub completion_tokens: u32,
    /// The policy failed on this call (the phase then ended with its fallback).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// One phase (LOG or PLAN) of a step.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(from = "PhaseOnDisk", into = "PhaseOnDisk")]
pub struct PhaseRecord {
    /// The schema's system prompt; `None` when it is the same as in this phase of the previous
    /// step (system prompts rarely change and would be most of a trace otherwise).
    #[serde(default)]
    pub system_prompt: Option<String>,
    /// The schema's first user prompt.
    pub initial_prompt: String,
    /// Every model call, in order.
    pub turns: Vec<Turn>,
    /// How the phase ended: "done", "no-commands", "action", "max-calls", "policy-error".
    pub ended: String,
}

/// The PLAN phase, plus the action it committed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlanRecord {
    /// Prompts and turns.
    #[serde(flatten)]
    pub phase: PhaseRecord,
    /// The action the model committed, if it did.
    pub committed_action: Option<String>,
    /// The action sent to the game (the committed one, or the fallback).
    pub final_action: String,
    /// Reasons the schema's gate gave for rejecting earlier commits.
    pub gate_rejections: Vec<String>,
}

/// One game step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    /// 0-based step.
    pub step: u32,
    /// The observation the agent acted on.
    pub obs_long_term_context: String,
    /// Its short-term part.
    pub obs_short_term_context: String,
    /// What the PLAN phase committed (none when it fell back).
    pub raw_action: Option<String>,
    /// What the game actually played (the default action when the sent one was invalid).
    pub validated_action: String,
    /// Whether the sent action was valid for the game.
    pub action_valid: bool,
    /// Reward of this step.
    pub reward: f64,
    /// The episode ended here.
    pub done: bool,
    /// Progression after this step.
    pub progression: f64,
    /// Events of this step (achievements, death).
    pub events: Vec<GameEvent>,
    /// Tokens read over all model calls of the step.
    pub input_tokens: u64,
    /// Tokens written.
    pub output_tokens: u64,
    /// How many steps in a row the observation had not changed.
    pub unchanged_count: u32,
    /// The LOG phase (none at step 0).
    pub log_phase: Option<PhaseRecord>,
    /// The PLAN phase.
    pub plan_phase: PlanRecord,
    /// Notes from the schema's after-step hook.
    pub after_step_notes: Vec<String>,
    /// Files changed during this step: new content, or none when deleted.
    pub memory_diff: BTreeMap<String, FileChange>,
    /// A picture of the state the agent acted on, for viewers (none when the game offers none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

/// A game's state drawn for people: what `automem view` shows beside the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Picture {
    /// A grid of named tiles, row-major (Crafter's local view: "grass", "tree", "player-south",
    /// "zombie", ...), `width * height` cells.
    Tiles {
        /// Cells a row.
        width: u32,
        /// Rows.
        height: u32,
        /// Tile names, row-major.
        cells: Vec<String>,
    },
    /// A terminal screen (NetHack's and MiniHack's 24x80 tty).
    Terminal {
        /// The screen's lines, as many as it has rows.
        lines: Vec<String>,
        /// One colour per cell of each line, as hex digits: 0-7 the curses colours (black, red,
        /// green, yellow, blue, magenta, cyan, white), 8-f their bright forms.
        colours: Vec<String>,
        /// The cursor's column and row, if shown.
        cursor: Option<[u32; 2]>,
    },
}

/// How one memory file changed during a step.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileChange {
    /// Text was added at the end (the common case: APPEND); only the new text is kept.
    Appended(String),
    /// The file was created or rewritten; its whole new content.
    Content(String),
    /// The file was deleted.
    Removed,
}

/// [`PhaseRecord`] as stored: the first turn's prompt left out when it is the initial prompt.
#[derive(Serialize, Deserialize)]
struct PhaseOnDisk {
    #[serde(default)]
    system_prompt: Option<String>,
    initial_prompt: String,
    turns: Vec<Turn>,
    ended: String,
}

impl From<PhaseRecord> for PhaseOnDisk {
    fn from(mut p: PhaseRecord) -> Self {
        if let Some(first) = p.turns.first_mut()
            && first.prompt == p.initial_prompt
        {
            first.prompt.clear();
        }
        PhaseOnDisk { system_prompt: p.system_prompt, initial_prompt: p.initial_prompt, turns: p.turns, ended: p.ended }
    }
}

impl From<PhaseOnDisk> for PhaseRecord {
    fn from(mut p: PhaseOnDisk) -> Self {
        if let Some(first) = p.turns.first_mut()
            && first.prompt.is_empty()
        {
            first.prompt.clone_from(&p.initial_prompt);
        }
        PhaseRecord { system_prompt: p.system_prompt, initial_prompt: p.initial_prompt, turns: p.turns, ended: p.ended }
    }
}

/// zstd level of traces: libzstd's default, fast enough to run beside every step.
const ZSTD_LEVEL: i32 = 3;

/// Writes an episode's trace as it plays, one step record per line, compressed or plain; each
/// step is flushed, so a trace cut off by a crash or read while it grows holds every whole step.
pub struct TraceWriter {
    out: Box<dyn Write + Send>,
    path: PathBuf,
    line: Vec<u8>,
}

impl TraceWriter {
    /// Create (or replace) the trace at `path`: compressed when it ends in `.zst`.
    pub fn create(path: &Path) -> anyhow::Result<TraceWriter> {
        let file = std::fs::File::create(path)
            .map_err(|e| anyhow::anyhow!("cannot create the trace {}: {e}", path.display()))?;
        let out: Box<dyn Write + Send> = if path.extension().is_some_and(|e| e == "zst") {
            let encoder = zstd::stream::write::Encoder::new(file, ZSTD_LEVEL)
                .map_err(|e| anyhow::anyhow!("cannot start compressing {}: {e}", path.display()))?;
            Box::new(encoder.auto_finish())
        } else {
            Box::new(std::io::BufWriter::new(file))
        };
        Ok(TraceWriter { out, path: path.to_path_buf(), line: Vec::new() })
    }

    /// Append one step and flush it; returns the bytes of JSON it took (before compression),
    /// refusing a record longer than a trace line may be.
    pub fn write(&mut self, record: &StepRecord) -> anyhow::Result<u64> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, record)?;
        if self.line.len() > crate::read::MAX_LINE_BYTES {
            anyhow::bail!(
                "step {} would write a trace line of {} bytes, over the {} a trace line may have",
                record.step,
                self.line.len(),
                crate::read::MAX_LINE_BYTES
            );
        }
        self.line.push(b'\n');
        let io = |e: std::io::Error| anyhow::anyhow!("cannot write the trace {}: {e}", self.path.display());
        self.out.write_all(&self.line).map_err(io)?;
        self.out.flush().map_err(io)?;
        Ok(self.line.len() as u64)
    }
}

/// Reads a trace back one typed step at a time (compressed or plain), bounded as [`Lines`] is;
/// a line that is not a step record is an error naming the file and the line.
pub struct TraceReader {
    lines: Lines,
}

impl TraceReader {
    /// Open the trace at `path`.
    pub fn open(path: &Path) -> anyhow::Result<TraceReader> {
        Ok(TraceReader { lines: Lines::open(path)? })
    }

    /// Open `seed`'s trace in the run folder `out`, whichever format it has; `None` if it has none.
    pub fn open_episode(out: &Path, seed: u64) -> anyhow::Result<Option<TraceReader>> {
        match crate::layout::existing_trace(out, seed) {
            Some(path) => TraceReader::open(&path).map(Some),
            None => Ok(None),
        }
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        self.lines.path()
    }

    /// The next step, or `None` at the end.
    pub fn next_step(&mut self) -> anyhow::Result<Option<StepRecord>> {
        self.lines.next_record("a step record")
    }
}

impl Iterator for TraceReader {
    type Item = anyhow::Result<StepRecord>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_step().transpose()
    }
}
