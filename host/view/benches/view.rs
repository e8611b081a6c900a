//! automem view on a long episode: 2,000 Crafter-like steps of realistic size (prompts that
//! repeat the memory, READ results of growing files: tens of MB of trace) with a journal whose
//! memory grows. Measures the first paint's data (index the trace and journal, the overview, the
//! first step) and one step fetched (memory rebuilt from the nearest checkpoint), for a
//! compressed and a plain trace.
//!
//!     cargo bench -p automem-view --bench view
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem_runfile::{
    Actor, Change, Entry, OpOutcome, Part, PhaseRecord, Picture, PlanRecord, Stamp, StepRecord, TraceFormat,
    TraceWriter, Turn,
};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

const STEPS: u32 = 2_000;

fn turn(prompt: String, reply: String, results: Vec<OpOutcome>) -> Turn {
    Turn {
        prompt,
        responder: "single".into(),
        raw_response: reply,
        tool_results: results,
        prompt_tokens: 3000,
        completion_tokens: 200,
        error: None,
    }
}

fn outcome(op: &str, body: String) -> OpOutcome {
    OpOutcome { op: op.into(), header: op.into(), body, ok: true }
}

/// Write the episode: trace (in `format`) and journal.
fn write_episode(dir: &Path, format: TraceFormat) -> (u64, u64) {
    let trace_path = automem_runfile::layout::trace_path(dir, 1, format);
    let mut trace = TraceWriter::create(&trace_path).unwrap();
    let journal_path = automem_runfile::layout::journal_path(dir, 1);
    let mut journal = std::io::BufWriter::new(std::fs::File::create(&journal_path).unwrap());
    let rules = "=== CRAFTER RULES ===\n".to_string()
        + &"- tree -> +1 wood (the tree turns into grass). No tool needed.\n".repeat(36);
    let mut notes: Vec<String> = Vec::new();
    let mut log: Vec<String> = Vec::new();
    let mut bytes = 0u64;
    let entry = |step: u32, phase: Part, change: Change| Entry {
        stamp: Stamp { step, phase, actor: Actor::Model },
        change,
        bytes_before: 0,
        bytes_after: 0,
    };
    let mut lines =
        vec![entry(0, Part::Setup, Change::Write { path: "crafter_rules.txt".into(), content: rules.clone() })];
    for n in 0..STEPS {
        let note = format!("tree at ({},{}) since step {n}", 20 + n % 23, 30 + n % 17);
        let act = format!(
            "Step {n}: at ({},{}) facing south, front grass; health 9 food 8 drink 8 energy 9",
            20 + n % 23,
            30 + n % 17
        );
        if n % 3 == 0 && notes.len() < 400 {
            notes.push(note.clone());
            lines.push(entry(n, Part::Log, Change::Append { path: "map_notes.txt".into(), line: note.clone() }));
        }
        log.push(act);
        if log.len() > 20 {
            log.remove(0);
        }
        lines.push(entry(n, Part::Log, Change::Write { path: "actions_log.txt".into(), content: log.join("\n") }));
        lines.push(entry(n, Part::Log, Change::Looked { call: "READ map_notes.txt".into(), result: "tree".into() }));
        for l in lines.drain(..) {
            serde_json::to_writer(&mut journal, &l).unwrap();
            journal.write_all(b"\n").unwrap();
        }
        let memory_list = format!(
            "=== MEMORY FILES ===\n- map_notes.txt ({} lines)\n- actions_log.txt (20 lines)\n- crafter_rules.txt (37 lines)\n",
            notes.len()
        );
        let obs = format!(
            "You see:\n- tree 4 steps to your west\n- water 2 steps to your north (step {n})\n\nYou face grass at your front."
        );
        let status =
            "Your status:\n- health: 9/9\n- food: 8/9\n- drink: 8/9\n- energy: 9/9\n\nYour inventory:\n- wood: 3"
                .to_string();
        let prompt = format!(
            "=== STEP {n} | LOG PHASE ===\n{memory_list}\n=== CURRENT OBSERVATION ===\n{obs}\n\n{status}\n\n{rules}"
        );
        let results = vec![
            outcome("READ map_notes.txt", notes.join("\n")),
            outcome("READ actions_log.txt", log.join("\n")),
            outcome("READ crafter_rules.txt", rules.clone()),
            outcome(&format!("APPEND map_notes.txt|{note}"), "[ok]".into()),
        ];
        let log_phase = PhaseRecord {
            system_prompt: (n == 0).then(|| "You are an agent with a memory.".repeat(40)),
            initial_prompt: prompt.clone(),
            turns: vec![
                turn(String::new(), "<|READ|>map_notes.txt<|END|>\n<|READ|>actions_log.txt<|END|>".into(), results),
                turn(format!("Command results:\n{}", notes.join("\n")), "<|DONE|>".into(), vec![]),
            ],
            ended: "done".into(),
        };
        let plan = PlanRecord {
            phase: PhaseRecord {
                system_prompt: None,
                initial_prompt: prompt.replace("LOG PHASE", "PLAN PHASE"),
                turns: vec![turn(
                    String::new(),
                    "<|ACTION|>Move West<|END|>".into(),
                    vec![outcome(
                        "SEARCH map_notes.txt|tree",
                        notes.iter().rev().take(10).cloned().collect::<Vec<_>>().join("\n"),
                    )],
                )],
                ended: "action".into(),
            },
            committed_action: Some("Move West".into()),
            final_action: "Move West".into(),
            gate_rejections: vec![],
        };
        let record = StepRecord {
            step: n,
            obs_long_term_context: obs,
            obs_short_term_context: status,
            raw_action: Some("Move West".into()),
            validated_action: "Move West".into(),
            action_valid: true,
            reward: if n % 100 == 0 { 1.0 } else { 0.0 },
            done: false,
            progression: f64::from(n / 100) / 22.0,
            events: vec![],
            input_tokens: 6000,
            output_tokens: 400,
            unchanged_count: n % 4,
            log_phase: (n > 0).then_some(log_phase),
            plan_phase: plan,
            after_step_notes: vec![],
            memory_diff: Default::default(),
            picture: Some(Picture::Tiles { width: 9, height: 7, cells: vec!["grass".into(); 63] }),
        };
        bytes += trace.write(&record).unwrap();
    }
    drop(trace);
    journal.flush().unwrap();
    (bytes, std::fs::metadata(&trace_path).unwrap().len())
}

fn main() {
    for format in [TraceFormat::Zstd, TraceFormat::Plain] {
        let dir = tempfile::tempdir().unwrap();
        let (json_bytes, file_bytes) = write_episode(dir.path(), format);
        let journal = std::fs::metadata(automem_runfile::layout::journal_path(dir.path(), 1)).unwrap().len();
        let start = Instant::now();
        let mut episode = automem_view::episode::Episode::new(dir.path(), 1);
        episode.refresh().unwrap();
        let indexed = start.elapsed();
        let overview = serde_json::to_vec(&episode.overview(5_000)).unwrap();
        let first = serde_json::to_vec(&episode.step(0).unwrap()).unwrap();
        let paint = start.elapsed();
        let mut worst = std::time::Duration::ZERO;
        let picks: Vec<usize> = (0..40).map(|i| (i * 997 + 13) % STEPS as usize).collect();
        let t = Instant::now();
        let mut step_bytes = 0;
        for &n in &picks {
            let one = Instant::now();
            step_bytes += serde_json::to_vec(&episode.step(n).unwrap()).unwrap().len();
            worst = worst.max(one.elapsed());
        }
        let per_step = t.elapsed() / picks.len() as u32;
        println!(
            "{format:?}: {STEPS} steps, {:.1} MB of JSON ({:.1} MB on disk), journal {:.1} MB: index {:.0} ms; first paint's data \
             (index + overview {} KB + step 0 {} KB) {:.0} ms; one step (with its memory) {:.1} ms mean, {:.1} ms worst, {} KB mean",
            json_bytes as f64 / 1e6,
            file_bytes as f64 / 1e6,
            journal as f64 / 1e6,
            indexed.as_secs_f64() * 1e3,
            overview.len() / 1024,
            first.len() / 1024,
            paint.as_secs_f64() * 1e3,
            per_step.as_secs_f64() * 1e3,
            worst.as_secs_f64() * 1e3,
            step_bytes / picks.len() / 1024,
        );
    }
}
