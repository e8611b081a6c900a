//! An episode's trace, indexed once: where each step's line is, a small summary of each step for
//! the plots, and which lines each step's look-ups returned. A step is then read alone.
//!
//! A plain trace is read from the file at the step's offset. A compressed one is decompressed
//! once into memory (at most [`MAX_DECOMPRESSED`] bytes: a bigger one is refused with what to do).
//! A trace that grows is indexed on from where the last look stopped; a compressed one is
//! decompressed again (the index keeps its parsed steps).
use crate::lines::{open_range, whole_lines};
use automem_runfile::StepRecord;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Most bytes a compressed trace may decompress to in the viewer.
pub const MAX_DECOMPRESSED: u64 = 1 << 30;

/// One step, summarized for the plots and the timeline.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StepSummary {
    /// 0-based step.
    pub step: u32,
    /// Progression after it.
    pub progression: f64,
    /// Its reward.
    pub reward: f64,
    /// Memory operations the model asked for, by kind (READ, SEARCH, WRITE, APPEND, ...).
    pub ops: BTreeMap<String, u32>,
    /// Tokens read.
    pub input_tokens: u64,
    /// Tokens written.
    pub output_tokens: u64,
    /// Events ("achievement collect_wood", "death ...").
    pub events: Vec<String>,
    /// Steps in a row without a change of observation.
    pub unchanged: u32,
    /// The action played.
    pub action: String,
    /// Gate rejections, failed ops and model failures in the step.
    pub problems: u32,
    /// Why the line is not a step record, if it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The index of one trace.
pub struct TraceIndex {
    path: PathBuf,
    compressed: bool,
    /// The decompressed stream of a compressed trace.
    data: Vec<u8>,
    /// Each step line's start and end in the stream.
    spans: Vec<(u64, u64)>,
    /// Where the last whole line ended.
    scanned: u64,
    /// The file's size at the last look.
    seen_len: u64,
    /// One summary per step line.
    pub steps: Vec<StepSummary>,
    /// Steps whose look-up results (READ, SEARCH, ...) held a line, by the line's hash.
    pub lookups: HashMap<u64, Vec<u32>>,
}

impl TraceIndex {
    /// An empty index of the trace at `path`; [`TraceIndex::refresh`] reads it.
    pub fn new(path: &Path) -> TraceIndex {
        TraceIndex {
            path: path.to_path_buf(),
            compressed: path.extension().is_some_and(|e| e == "zst"),
            data: Vec::new(),
            spans: Vec::new(),
            scanned: 0,
            seen_len: 0,
            steps: Vec::new(),
            lookups: HashMap::new(),
        }
    }

    /// Index what was added to the trace since the last look.
    pub fn refresh(&mut self) -> anyhow::Result<()> {
        let len = std::fs::symlink_metadata(&self.path)
            .map_err(|e| anyhow::anyhow!("cannot inspect {}: {e}", self.path.display()))?
            .len();
        if len == self.seen_len {
            return Ok(());
        }
        self.seen_len = len;
        let what = self.path.display().to_string();
        let mut found = Vec::new();
        let end = if self.compressed {
            self.data = decompress(&self.path)?;
            let from = self.scanned.min(self.data.len() as u64) as usize;
            whole_lines(&self.data[from..], from as u64, &what, |at, line| {
                found.push((at, at + line.len() as u64, parse(line)));
                Ok(())
            })?
        } else {
            let reader = open_range(&self.path, self.scanned, len)?;
            whole_lines(reader, self.scanned, &what, |at, line| {
                found.push((at, at + line.len() as u64, parse(line)));
                Ok(())
            })?
        };
        self.scanned = end;
        for (start, end, parsed) in found {
            if start == end {
                continue; // a blank line
            }
            let index = self.spans.len() as u32;
            self.spans.push((start, end));
            let summary = match parsed {
                Ok(record) => {
                    self.note_lookups(&record);
                    summarize(&record)
                }
                Err(error) => StepSummary { step: index, error: Some(error), ..StepSummary::default() },
            };
            self.steps.push(summary);
        }
        Ok(())
    }

    /// How many step lines are indexed.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether no step is indexed.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The step line `n` as JSON text.
    pub fn step_json(&self, n: usize) -> anyhow::Result<Vec<u8>> {
        let Some(&(start, end)) = self.spans.get(n) else {
            anyhow::bail!("the trace has {} step(s); there is no step {n}", self.spans.len())
        };
        if self.compressed {
            Ok(self.data[start as usize..end as usize].to_vec())
        } else {
            crate::lines::read_range(&self.path, start, end)
        }
    }

    /// Step `n` parsed.
    pub fn step(&self, n: usize) -> anyhow::Result<StepRecord> {
        let bytes = self.step_json(n)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| anyhow::anyhow!("{} step line {}: not a step record ({e})", self.path.display(), n + 1))
    }

    /// Steps after `after` whose look-ups returned `line`.
    pub fn read_after(&self, line: &str, after: u32) -> Vec<u32> {
        match line_key(line) {
            Some(key) => self.lookups.get(&key).map(|s| s.iter().copied().filter(|&t| t > after).collect()),
            None => None,
        }
        .unwrap_or_default()
    }

    fn note_lookups(&mut self, record: &StepRecord) {
        let phases = record.log_phase.iter().chain(std::iter::once(&record.plan_phase.phase));
        for turn in phases.flat_map(|p| p.turns.iter()) {
            for result in &turn.tool_results {
                if !result.ok || !is_lookup(&result.op) {
                    continue;
                }
                for line in result.body.lines() {
                    if let Some(key) = line_key(line) {
                        let steps = self.lookups.entry(key).or_default();
                        if steps.last() != Some(&record.step) && steps.len() < 10_000 {
                            steps.push(record.step);
                        }
                    }
                }
            }
        }
    }
}

fn parse(line: &[u8]) -> Result<StepRecord, String> {
    serde_json::from_slice(line).map_err(|e| format!("not a step record: {e}"))
}

/// Decompress a whole trace, refusing more than [`MAX_DECOMPRESSED`] bytes; a stream cut off
/// after its last flush (a trace being written) ends there.
fn decompress(path: &Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let file = automem_runfile::read::open(path)?;
    let decoder = zstd::stream::read::Decoder::new(file)
        .map_err(|e| anyhow::anyhow!("cannot start decompressing {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut limited = decoder.take(MAX_DECOMPRESSED + 1);
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        match limited.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => anyhow::bail!("{} is not a zstd stream automem wrote ({e})", path.display()),
        }
    }
    anyhow::ensure!(
        out.len() as u64 <= MAX_DECOMPRESSED,
        "{} decompresses to over {} MiB, more than the viewer holds; decompress it (zstd -d) and view the plain trace",
        path.display(),
        MAX_DECOMPRESSED >> 20
    );
    Ok(out)
}

/// Whether an operation only looks at memory (its results are what the model read).
pub fn is_lookup(op: &str) -> bool {
    let word = op.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
    matches!(word.as_str(), "READ" | "SEARCH" | "VIEW" | "GREP" | "FIND" | "LIST" | "CAT" | "RECALL" | "LOOKUP")
}

/// The key a memory line and a look-up's result line are matched by: the trimmed text (with a
/// search hit's `N:` or `path:N:` prefix taken off), lines under 4 characters left out.
pub fn line_key(line: &str) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let mut text = line.trim();
    if let Some((head, rest)) = text.split_once(": ") {
        let number = head.rsplit(':').next().unwrap_or(head);
        if !number.is_empty() && number.len() <= 7 && number.bytes().all(|b| b.is_ascii_digit()) {
            text = rest.trim();
        }
    }
    if text.chars().count() < 4 {
        return None;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    Some(h.finish())
}

fn summarize(r: &StepRecord) -> StepSummary {
    let mut ops = BTreeMap::new();
    let mut problems = r.plan_phase.gate_rejections.len() as u32;
    let phases = r.log_phase.iter().chain(std::iter::once(&r.plan_phase.phase));
    for turn in phases.flat_map(|p| p.turns.iter()) {
        problems += u32::from(turn.error.is_some());
        for result in &turn.tool_results {
            let word = result.op.split_whitespace().next().unwrap_or("?").to_ascii_uppercase();
            *ops.entry(word).or_insert(0) += 1;
            problems += u32::from(!result.ok);
        }
    }
    StepSummary {
        step: r.step,
        progression: r.progression,
        reward: r.reward,
        ops,
        input_tokens: r.input_tokens,
        output_tokens: r.output_tokens,
        events: r.events.iter().map(|e| format!("{} {}", e.kind, e.name)).collect(),
        unchanged: r.unchanged_count,
        action: r.validated_action.clone(),
        problems,
        error: None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn search_hits_match_the_memory_line() {
        assert_eq!(line_key("tree at (3,4)"), line_key("  12: tree at (3,4)"));
        assert_eq!(line_key("tree at (3,4)"), line_key("map.txt:12: tree at (3,4)"));
        assert_eq!(line_key("ok"), None);
        assert!(is_lookup("SEARCH map.txt|tree") && !is_lookup("WRITE a|b"));
    }
}
