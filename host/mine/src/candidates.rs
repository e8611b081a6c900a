//! Run folders read back into candidate training turns: every LOG turn and every PLAN look-up
//! turn, with the facts the journal and the outcomes give about it (which writes a later look-up
//! returned, what followed). Traces are streamed step by step and the journal alongside them, so
//! an episode costs memory for its facts, not for its prompts.
use automem_protocol::postprocess::{Reject, clean_item_with};
use automem_protocol::{OpKind, ParseOptions, Phase};
use automem_runfile::EpisodeRecord;
use automem_runfile::layout::journal_path;
use automem_runfile::trace::{OpOutcome, PhaseRecord, StepRecord, Turn};
use automem_runfile::{Actor, Change, Entry, JournalReader, Part};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

/// Steps after a read (or a PLAN's action) within which progress counts as following it.
pub const WINDOW: u32 = 10;

/// A look-up returning at most this many earlier notes found them (targeted); one returning more
/// (a whole-file READ of a long log) only showed them.
pub const TARGETED: u32 = 5;

/// One finished episode found under a `--runs` folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Episode {
    /// The run folder's label (the `--runs` folder's name, plus the path below it).
    pub label: String,
    /// The folder holding its files.
    pub dir: PathBuf,
    /// The seed.
    pub seed: u64,
    /// The game's name.
    pub game: String,
    /// The schema's name, if it had one.
    pub schema: Option<String>,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Sum of rewards.
    pub reward: f64,
    /// Steps played.
    pub steps: u32,
}

impl Episode {
    /// A stable name: label and seed.
    pub fn name(&self) -> String {
        format!("{}/{}", self.label, self.seed)
    }
}

/// Every finished episode under `runs`, in a stable order: run folders (an `automem run --out`
/// folder, or any folder below, such as `automem serve`'s `DATA/sessions/<id>/`) in the order
/// given and then by path, episodes by seed.
pub fn discover(runs: &[PathBuf]) -> anyhow::Result<Vec<Episode>> {
    let mut episodes = Vec::new();
    let mut bases: Vec<String> = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        anyhow::ensure!(run.is_dir(), "--runs {}: not a folder (give an `automem run --out` folder)", run.display());
        let mut base = run
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| format!("run{i}"));
        if bases.contains(&base) {
            base = format!("{base}~{i}");
        }
        bases.push(base.clone());
        let before = episodes.len();
        walk(run, &base, 0, &mut episodes)?;
        anyhow::ensure!(
            episodes.len() > before,
            "no finished episodes with a memory schema under {} (looked for episode-<seed>.json records \
             written by `automem run --schema ...`, or by `automem serve` under DATA/sessions/<id>/)",
            run.display()
        );
    }
    Ok(episodes)
}

/// Collects the finished episodes of `dir` and of its subfolders (to depth 3).
fn walk(dir: &Path, label: &str, depth: u32, out: &mut Vec<Episode>) -> anyhow::Result<()> {
    let mut names: Vec<(String, bool)> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))? {
        let entry = entry?;
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        names.push((entry.file_name().to_string_lossy().into_owned(), is_dir));
    }
    names.sort();
    let mut seeds: Vec<u64> =
        names.iter().filter(|(_, d)| !d).filter_map(|(n, _)| automem_runfile::layout::record_seed(n)).collect();
    seeds.sort_unstable();
    for seed in seeds {
        // Unfinished and failed episodes have no complete trace; episodes played without a schema
        // have no memory decisions (and no trace).
        let Some(record) = EpisodeRecord::load(dir, seed).filter(|r| r.is_complete() && r.schema.is_some()) else {
            continue;
        };
        out.push(Episode {
            label: label.to_string(),
            dir: dir.to_path_buf(),
            seed,
            game: record.game.name.clone(),
            schema: record.schema.as_ref().map(|s| s.name.clone()),
            progression: record.progression,
            reward: record.total_reward,
            steps: record.steps,
        });
    }
    if depth < 3 {
        for (name, is_dir) in &names {
            if *is_dir && !name.starts_with("memory-") && !name.starts_with('.') {
                walk(&dir.join(name), &format!("{label}/{name}"), depth + 1, out)?;
            }
        }
    }
    Ok(())
}

/// A later read of a write: when, and by which look-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// The step of the read.
    pub step: u32,
    /// The look-up (e.g. "SEARCH map.txt|tree").
    pub by: String,
}

/// One memory change a turn made, and what became of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WriteFact {
    /// The operation (e.g. "APPEND map.txt").
    pub op: String,
    /// The file.
    pub path: String,
    /// Lines it added that memory did not hold before.
    pub new_lines: u32,
    /// It added nothing new (a line already there, a file that existed, the same content).
    pub duplicate: bool,
    /// Later targeted look-ups that returned one of its lines.
    pub reads: u32,
    /// Later bulk reads (more than [`TARGETED`] notes) or prompts that showed one of its lines.
    pub shown: u32,
    /// The first later look-up that returned it.
    pub first_read: Option<Read>,
    /// The first progress within [`WINDOW`] steps of a look-up that returned it: step and what
    /// happened.
    pub progress: Option<(u32, String)>,
}

/// What is known about one candidate turn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facts {
    /// Operation names in the turn, in order (e.g. "SEARCH", "APPEND").
    pub ops: Vec<String>,
    /// Its memory changes.
    pub writes: Vec<WriteFact>,
    /// Look-ups that returned something.
    pub lookups: u32,
    /// Look-ups that returned nothing ("[No lines matching ...]", an empty file).
    pub empty_lookups: u32,
    /// Failed or rejected operations, compactly.
    pub failed: Vec<String>,
    /// Look-ups that returned earlier notes written by the model: (look-up, how many notes,
    /// the step of the latest one).
    pub retrieved: Vec<(String, u32, u32)>,
    /// PLAN: the first progress within [`WINDOW`] steps of this step's action.
    pub progress_after: Option<(u32, String)>,
    /// The action sent to the game at this step.
    pub action: String,
}

/// A candidate training item: one model turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Index of its episode in the list [`discover`] returned.
    pub episode: usize,
    /// The step.
    pub step: u32,
    /// The phase.
    pub phase: Phase,
    /// The turn within the phase (0 = the phase's first call).
    pub turn: u32,
    /// Facts from the journal and the outcomes.
    pub facts: Facts,
    /// AutoMem's post-processing of its reply: passed, or the rule that dropped it.
    pub clean: Result<(), Reject>,
}

impl Candidate {
    /// A stable id: episode, step, phase and turn.
    pub fn id(&self, episodes: &[Episode]) -> String {
        let episode = episodes.get(self.episode).map_or_else(|| "?".to_string(), Episode::name);
        format!("{episode}/step-{}/{}-{}", self.step, phase_name(self.phase), self.turn)
    }

    /// The key [`scan_episode`]'s `want` is asked about.
    pub fn key(&self) -> (u32, Phase, u32) {
        (self.step, self.phase, self.turn)
    }
}

/// "log" or "plan".
pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Log => "log",
        Phase::Plan => "plan",
    }
}

/// The text of a candidate, read only for the candidates asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Materials {
    /// The phase's system prompt, if the trace has one.
    pub system: Option<String>,
    /// Earlier turns of the phase: (user prompt, assistant reply).
    pub history: Vec<(String, String)>,
    /// The user prompt this turn answered.
    pub prompt: String,
    /// The reply, as the model wrote it.
    pub reply: String,
    /// The observation of the step.
    pub observation: String,
    /// The turn's operations and their results.
    pub results: Vec<OpOutcome>,
}

/// One step, in a line: for "what happened next".
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    /// The step.
    pub step: u32,
    /// Action, reward and events.
    pub text: String,
}

/// One episode read back.
#[derive(Debug, Clone, Default)]
pub struct EpisodeScan {
    /// Its candidates, in trace order.
    pub candidates: Vec<Candidate>,
    /// Materials of the candidates `want` asked for, by index into `candidates`.
    pub materials: Vec<(usize, Materials)>,
    /// Every step in a line.
    pub timeline: Vec<StepLine>,
    /// Steps read.
    pub steps: u64,
}

/// A memory file as lines, with counts for duplicate checks.
#[derive(Default)]
struct FileLines {
    lines: Vec<String>,
    counts: HashMap<String, u32>,
}

impl FileLines {
    fn set(&mut self, content: &str) -> Vec<String> {
        let old = std::mem::take(&mut self.counts);
        self.lines.clear();
        let mut new = Vec::new();
        for line in content.lines() {
            if !old.contains_key(line) && !self.counts.contains_key(line) {
                new.push(line.to_string());
            }
            *self.counts.entry(line.to_string()).or_default() += 1;
            self.lines.push(line.to_string());
        }
        new
    }

    fn append(&mut self, text: &str) -> Vec<String> {
        let mut new = Vec::new();
        for line in text.lines() {
            if !self.counts.contains_key(line) {
                new.push(line.to_string());
            }
            *self.counts.entry(line.to_string()).or_default() += 1;
            self.lines.push(line.to_string());
        }
        new
    }
}

/// The episode's memory, replayed from the journal.
#[derive(Default)]
struct Files(HashMap<String, FileLines>);

impl Files {
    /// Applies a change; returns the lines it added that the file did not hold, and whether the
    /// change did anything.
    fn apply(&mut self, change: &Change) -> (Vec<String>, bool) {
        match change {
            Change::Write { path, content } => {
                let file = self.0.entry(path.clone()).or_default();
                let same = file.lines.join("\n") == content.trim_end_matches('\n');
                let new = file.set(content);
                (new, !same)
            }
            Change::Append { path, line } => {
                let new = self.0.entry(path.clone()).or_default().append(line);
                let changed = !new.is_empty();
                (new, changed)
            }
            Change::Create { path } => {
                let existed = self.0.contains_key(path);
                self.0.entry(path.clone()).or_default();
                (Vec::new(), !existed)
            }
            Change::Remove { path } => (Vec::new(), self.0.remove(path).is_some()),
            Change::Rename { from, to } => match self.0.remove(from) {
                Some(file) => {
                    self.0.insert(to.clone(), file);
                    (Vec::new(), true)
                }
                None => (Vec::new(), false),
            },
            Change::Looked { .. } | Change::Failed { .. } => (Vec::new(), false),
        }
    }
}

/// Order of the parts of a step in the journal.
fn part_rank(part: Part) -> u8 {
    match part {
        Part::Setup => 0,
        Part::Log => 1,
        Part::Plan => 2,
        Part::AfterStep => 3,
    }
}

/// The journal, read as the trace advances.
struct JournalCursor {
    reader: JournalReader,
    peeked: Option<Entry>,
}

impl JournalCursor {
    fn open(path: &Path) -> anyhow::Result<Self> {
        Ok(JournalCursor { reader: JournalReader::open(path)?, peeked: None })
    }

    fn peek(&mut self) -> anyhow::Result<Option<&Entry>> {
        if self.peeked.is_none() {
            self.peeked = self.reader.next_entry()?;
        }
        Ok(self.peeked.as_ref())
    }

    /// Applies every entry before (step, part).
    fn drain_before(&mut self, step: u32, part: Part, files: &mut Files) -> anyhow::Result<()> {
        while let Some(entry) = self.peek()? {
            if (entry.stamp.step, part_rank(entry.stamp.phase)) >= (step, part_rank(part)) {
                break;
            }
            if let Some(entry) = self.peeked.take() {
                files.apply(&entry.change);
            }
        }
        Ok(())
    }

    /// Takes the next mutations of (step, part) made by `actor` (one for the model, every
    /// consecutive one for the schema's custom ops), applying other entries on the way.
    fn take(&mut self, step: u32, part: Part, actor: Actor, files: &mut Files) -> anyhow::Result<Vec<Change>> {
        let mut taken = Vec::new();
        while let Some(entry) = self.peek()? {
            if entry.stamp.step != step || entry.stamp.phase != part {
                break;
            }
            let mine = entry.stamp.actor == actor && entry.change.is_mutation();
            if !mine && !taken.is_empty() {
                break;
            }
            let Some(entry) = self.peeked.take() else { break };
            if mine {
                taken.push(entry.change);
                if actor == Actor::Model {
                    break;
                }
            } else if entry.change.is_mutation() {
                files.apply(&entry.change);
            }
        }
        Ok(taken)
    }
}

/// The line as a memory file holds it, from a look-up body or a prompt line: trimmed, without a
/// VIEW line number or a search-all `path:line: ` prefix.
fn normalize(line: &str) -> &str {
    let line = line.trim();
    if let Some((number, rest)) = line.split_once('\t')
        && !number.is_empty()
        && number.trim().bytes().all(|b| b.is_ascii_digit())
    {
        return rest.trim();
    }
    if let Some((head, rest)) = line.split_once(": ")
        && let Some((_, number)) = head.rsplit_once(':')
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && !head.contains(' ')
    {
        return rest.trim();
    }
    line
}

/// Whether a look-up's body says it found nothing.
fn is_empty_result(body: &str) -> bool {
    let body = body.trim();
    body.is_empty()
        || body.starts_with("[No lines matching")
        || body.starts_with("[FILE IS EMPTY")
        || body.starts_with("[0 line(s)")
        || body.starts_with("[0 matches")
}

/// The op name of a compact call ("SEARCH map.txt|x" -> "SEARCH").
fn op_name(op: &str) -> &str {
    op.split_whitespace().next().unwrap_or("")
}

fn is_lookup(name: &str) -> bool {
    [OpKind::Search, OpKind::Read, OpKind::Tail, OpKind::Count, OpKind::View]
        .iter()
        .any(|kind| kind.name().eq_ignore_ascii_case(name))
}

fn is_builtin(name: &str) -> bool {
    const BUILTIN: [&str; 14] = [
        "SEARCH",
        "READ",
        "TAIL",
        "COUNT",
        "VIEW",
        "APPEND",
        "WRITE",
        "CREATE",
        "DELETE",
        "RENAME",
        "STR_REPLACE",
        "INSERT",
        "DONE",
        "ACTION",
    ];
    BUILTIN.iter().any(|b| b.eq_ignore_ascii_case(name))
}

/// A written line, as the index holds it: which candidate and which of its writes.
#[derive(Clone, Copy, PartialEq)]
struct WriteRef {
    candidate: usize,
    write: usize,
}

/// The forward pass's state over one episode.
#[derive(Default)]
struct Pass {
    files: Files,
    /// Written line -> the writes that added it.
    index: HashMap<String, Vec<WriteRef>>,
    /// Reads not yet credited with progress: (step of the read, write).
    recent_reads: VecDeque<(u32, WriteRef)>,
    /// PLAN candidates waiting for progress: (step, candidate).
    recent_plans: VecDeque<(u32, usize)>,
    candidates: Vec<Candidate>,
}

impl Pass {
    /// Marks the writes whose lines appear in `text` as read by `by` at `step`; returns the steps
    /// of the notes found (one per write, sorted).
    fn reads(&mut self, text: &str, step: u32, by: &str, reader: Option<usize>) -> Vec<u32> {
        let mut seen: Vec<WriteRef> = Vec::new();
        for line in text.lines() {
            let line = normalize(line);
            if line.len() < 3 {
                continue;
            }
            if let Some(refs) = self.index.get(line) {
                for r in refs {
                    if Some(r.candidate) != reader && !seen.contains(r) {
                        seen.push(*r);
                    }
                }
            }
        }
        // A whole-file read or the schema's prompt shows notes in bulk: the note was seen, not
        // found.
        let bulk = by == "prompt" || seen.len() > TARGETED as usize;
        let mut steps = Vec::new();
        for r in seen {
            let Some(write) = self.candidates.get_mut(r.candidate).and_then(|c| c.facts.writes.get_mut(r.write)) else {
                continue;
            };
            if bulk {
                write.shown += 1;
            } else {
                write.reads += 1;
                if write.first_read.is_none() {
                    write.first_read = Some(Read { step, by: by.to_string() });
                }
            }
            if let Some(c) = self.candidates.get(r.candidate) {
                steps.push(c.step);
            }
            if !bulk {
                self.recent_reads.push_back((step, r));
            }
        }
        steps.sort_unstable();
        steps
    }

    /// Credits reads and PLAN actions within the window before a progress at `step`, and forgets
    /// what is now out of the window.
    fn progress(&mut self, step: u32, what: Option<&str>) {
        if let Some(what) = what {
            for (read_step, r) in &self.recent_reads {
                if step.saturating_sub(*read_step) < WINDOW
                    && let Some(write) =
                        self.candidates.get_mut(r.candidate).and_then(|c| c.facts.writes.get_mut(r.write))
                    && write.progress.is_none()
                {
                    write.progress = Some((step, what.to_string()));
                }
            }
            for (plan_step, c) in &self.recent_plans {
                if step.saturating_sub(*plan_step) < WINDOW
                    && let Some(c) = self.candidates.get_mut(*c)
                    && c.facts.progress_after.is_none()
                {
                    c.facts.progress_after = Some((step, what.to_string()));
                }
            }
        }
        while self.recent_reads.front().is_some_and(|(s, _)| s + WINDOW <= step + 1) {
            self.recent_reads.pop_front();
        }
        while self.recent_plans.front().is_some_and(|(s, _)| s + WINDOW <= step + 1) {
            self.recent_plans.pop_front();
        }
    }
}

/// Reads one episode's trace and journal into candidates; `want` says for which candidates
/// (step, phase, turn) the text is kept.
pub fn scan_episode(
    episode: &Episode,
    episode_index: usize,
    want: &dyn Fn(u32, Phase, u32) -> bool,
) -> anyhow::Result<EpisodeScan> {
    let mut trace = automem_runfile::TraceReader::open_episode(&episode.dir, episode.seed)?.ok_or_else(|| {
        anyhow::anyhow!(
            "episode {} has a record but no trace (episode-{}.jsonl.zst or .jsonl); re-run it, or leave its \
             folder out of --runs",
            episode.name(),
            episode.seed
        )
    })?;
    let journal_file = journal_path(&episode.dir, episode.seed);
    anyhow::ensure!(
        std::fs::symlink_metadata(&journal_file).is_ok(),
        "episode {} has no memory journal {}; mining needs it to see what each write became (re-run the \
         episode, or leave its folder out of --runs)",
        episode.name(),
        journal_file.display()
    );
    let mut journal = JournalCursor::open(&journal_file)?;
    let mut pass = Pass::default();
    let mut scan = EpisodeScan::default();
    let mut systems: [Option<String>; 2] = [None, None];
    let mut best = 0.0f64;
    while let Some(step) = trace.next_step()? {
        scan.steps += 1;
        let s = step.step;
        let action = step.validated_action.clone();
        if let Some(log) = &step.log_phase {
            journal.drain_before(s, Part::Log, &mut pass.files)?;
            phase(&mut pass, &mut scan, &mut journal, &mut systems[0], episode_index, &step, Phase::Log, log, want)?;
        }
        journal.drain_before(s, Part::Plan, &mut pass.files)?;
        let plan = &step.plan_phase.phase;
        phase(&mut pass, &mut scan, &mut journal, &mut systems[1], episode_index, &step, Phase::Plan, plan, want)?;
        for c in pass.candidates.iter_mut().rev().take_while(|c| c.step == s) {
            c.facts.action.clone_from(&action);
        }
        let progressed = step.progression > best;
        best = best.max(step.progression);
        let events: Vec<String> = step.events.iter().map(|e| format!("{} {}", e.kind, e.name)).collect();
        let what =
            if events.is_empty() { format!("progression {:.1}%", step.progression * 100.0) } else { events.join(", ") };
        pass.progress(s, progressed.then_some(what.as_str()));
        scan.timeline.push(StepLine {
            step: s,
            text: format!(
                "step {s}: {action}{}{}{}",
                if step.action_valid { "" } else { " (invalid)" },
                if step.reward != 0.0 { format!(", reward {:+}", step.reward) } else { String::new() },
                if events.is_empty() { String::new() } else { format!(", {}", events.join(", ")) }
            ),
        });
    }
    scan.candidates = pass.candidates;
    Ok(scan)
}

/// One phase of a step: its turns become candidates, its ops facts.
#[allow(clippy::too_many_arguments)]
fn phase(
    pass: &mut Pass,
    scan: &mut EpisodeScan,
    journal: &mut JournalCursor,
    system: &mut Option<String>,
    episode: usize,
    step: &StepRecord,
    phase: Phase,
    record: &PhaseRecord,
    want: &dyn Fn(u32, Phase, u32) -> bool,
) -> anyhow::Result<()> {
    let s = step.step;
    let part = if phase == Phase::Log { Part::Log } else { Part::Plan };
    if record.system_prompt.is_some() {
        system.clone_from(&record.system_prompt);
    }
    // What the schema showed of earlier notes in this phase's first prompt.
    pass.reads(&record.initial_prompt, s, "prompt", None);
    let mut history: Vec<(String, String)> = Vec::new();
    for (t, turn) in record.turns.iter().enumerate() {
        let t = t as u32;
        let candidate = is_candidate(phase, turn).then_some(pass.candidates.len());
        let mut facts = Facts::default();
        let mut custom: Vec<String> = Vec::new();
        // Writes are attached to the candidate after it is pushed; collect them first.
        let mut writes: Vec<(WriteFact, Vec<String>)> = Vec::new();
        for result in &turn.tool_results {
            let name = op_name(&result.op).to_ascii_uppercase();
            if !is_builtin(&name) && !custom.contains(&name) {
                custom.push(name.clone());
            }
            facts.ops.push(name.clone());
            if !result.ok {
                facts.failed.push(result.op.clone());
                continue;
            }
            if is_lookup(&name) {
                if is_empty_result(&result.body) {
                    facts.empty_lookups += 1;
                } else {
                    facts.lookups += 1;
                    let found = pass.reads(&result.body, s, &result.op, candidate);
                    if let Some(&latest) = found.last() {
                        facts.retrieved.push((result.op.clone(), found.len() as u32, latest));
                    }
                }
                continue;
            }
            let path = result.op.split_whitespace().nth(1).unwrap_or("").split('|').next().unwrap_or("").to_string();
            let mut write = WriteFact { op: compact_write(&result.op), path, ..WriteFact::default() };
            let changes = if name == "CREATE" && result.body.contains("already exists") {
                Vec::new()
            } else {
                let actor = if is_builtin(&name) { Actor::Model } else { Actor::Schema };
                journal.take(s, part, actor, &mut pass.files)?
            };
            let mut new_lines = Vec::new();
            let mut changed = false;
            for change in &changes {
                let (new, did) = pass.files.apply(change);
                changed |= did;
                new_lines.extend(new);
            }
            write.new_lines = new_lines.len() as u32;
            write.duplicate = !changed || (new_lines.is_empty() && name == "APPEND");
            writes.push((write, new_lines));
        }
        if let Some(index) = candidate {
            for (w, (write, lines)) in writes.into_iter().enumerate() {
                for line in lines {
                    let line = line.trim().to_string();
                    if line.len() >= 3 {
                        pass.index.entry(line).or_default().push(WriteRef { candidate: index, write: w });
                    }
                }
                facts.writes.push(write);
            }
            let options = ParseOptions { custom_ops: custom, ..ParseOptions::default() };
            let clean = clean_item_with(phase, &turn.raw_response, &options).map(|_| ());
            pass.candidates.push(Candidate { episode, step: s, phase, turn: t, facts, clean });
            if phase == Phase::Plan {
                pass.recent_plans.push_back((s, index));
            }
            if want(s, phase, t) {
                scan.materials.push((
                    index,
                    Materials {
                        system: system.clone(),
                        history: history.clone(),
                        prompt: turn.prompt.clone(),
                        reply: turn.raw_response.clone(),
                        observation: format!("{}\n{}", step.obs_long_term_context, step.obs_short_term_context),
                        results: turn.tool_results.clone(),
                    },
                ));
            }
        }
        history.push((turn.prompt.clone(), turn.raw_response.clone()));
    }
    Ok(())
}

/// A write's op without its text ("APPEND map.txt|tree at 3,4" -> "APPEND map.txt").
fn compact_write(op: &str) -> String {
    op.split('|').next().unwrap_or(op).trim().to_string()
}

/// LOG turns, and PLAN turns that looked something up, answered by the memory model (or the
/// single model) without failing.
fn is_candidate(phase: Phase, turn: &Turn) -> bool {
    if turn.error.is_some() || turn.responder == "gameplay" {
        return false;
    }
    match phase {
        Phase::Log => true,
        Phase::Plan => turn.tool_results.iter().any(|r| is_lookup(&op_name(&r.op).to_ascii_uppercase())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_strips_view_and_search_all_prefixes() {
        assert_eq!(normalize("     3\ttree at (1,2)"), "tree at (1,2)");
        assert_eq!(normalize("map.txt:12: tree at (1,2)"), "tree at (1,2)");
        assert_eq!(normalize("  Step 5: at (3,4) "), "Step 5: at (3,4)");
    }

    #[test]
    fn empty_results_are_recognized() {
        assert!(is_empty_result("[No lines matching 'x']"));
        assert!(is_empty_result("[FILE IS EMPTY — no matches]"));
        assert!(!is_empty_result("tree at (1,2)"));
    }
}
