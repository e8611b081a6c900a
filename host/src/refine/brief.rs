//! What a reviewer is handed: `brief.md` (the task, the rules, the metrics, per-episode
//! statistics, where the full traces are) and `material/` (summary and statistics as JSON), and
//! for the LLM reviewer the same as one prompt with sampled traces trimmed to a budget.
use super::ledger::{Attempt, Metrics};
use super::rules::RULES;
use super::source::Files;
use crate::registry::short;
use automem_runfile::Summary;
use automem_runfile::stats::EpisodeStats;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One evaluated version, as a reviewer sees it.
pub struct Evaluated {
    /// Its hash.
    pub hash: String,
    /// Its score.
    pub metrics: Metrics,
    /// BALROG's summary.
    pub summary: Summary,
    /// Per-episode statistics.
    pub stats: Vec<EpisodeStats>,
    /// The evaluation's folder (traces, records, memory exports).
    pub dir: PathBuf,
    /// Its method description, when a reviewer wrote one.
    pub method: Option<String>,
}

/// Everything one review is about.
pub struct Brief<'a> {
    /// Schema name.
    pub schema: &'a str,
    /// Game name.
    pub game: &'a str,
    /// The game's instructions, as the agent reads them.
    pub instructions: &'a str,
    /// The policy that plays.
    pub policy: &'a str,
    /// Round, attempt, continuation.
    pub slot: (u32, u32, bool),
    /// The current best (the version revised).
    pub best: &'a Evaluated,
    /// For a continuation: the failed attempt and, when it was evaluated, its evaluation.
    pub failed: Option<(&'a Attempt, Option<&'a Evaluated>, &'a Path)>,
}

impl Brief<'_> {
    /// `brief.md`.
    pub fn markdown(&self) -> String {
        let (round, attempt, continuation) = self.slot;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# Revise the memory schema `{}` (round {round}, attempt {attempt}{})\n",
            self.schema,
            if continuation { ", continuation" } else { "" }
        );
        let _ = writeln!(
            s,
            "You are a senior AI researcher improving a memory-augmented LLM agent. The agent plays `{}`; its \
             memory is a folder of text files, and memory operations are actions it takes beside its game \
             actions. The schema in `schema/` (Rust, built into a WebAssembly component) decides the files, \
             the prompts, the ops each phase offers, the gates on actions and the code-kept helpers. Each \
             step has a LOG phase (the agent records what it observed) and a PLAN phase (it looks things up, \
             then commits one action).\n",
            self.game
        );
        let _ = writeln!(
            s,
            "Your revision is kept only if its mean progression on the same fixed seeds, played by `{}`, is \
             strictly higher than the current best's. The seeds are fixed, so episodes are comparable across \
             versions.\n",
            self.policy
        );
        let _ = writeln!(s, "## Rules (checked where code can check them)\n\n{RULES}\n");
        let _ = writeln!(
            s,
            "## What to hand back\n\n- Edit the files under `schema/` in place (Cargo.toml excepted). \
             `schema/tunables.toml`, when present, holds the defaults of the schema's tunables.\n- Write \
             `analysis.md`: what you found (memory use, accuracy, effect on actions, gaps, structural \
             issues).\n- Write `method.md`: its first line is a one-line summary of the change; then the \
             method.\n- To check that it compiles: `cargo build --offline --target wasm32-unknown-unknown \
             --profile guest` in this folder.\n"
        );
        let _ = writeln!(s, "## The current version ({})\n", short(&self.best.hash));
        write_evaluation(&mut s, self.best);
        if let Some((failed, evaluated, dir)) = self.failed {
            let _ = writeln!(
                s,
                "## Your previous attempt failed\n\nVerdict: {:?} at {:?}: {}\n\nIts files are in `{}` (diff.patch, \
                 build.log, analysis.md, method.md).\n",
                failed.verdict,
                failed.stage,
                failed.reason,
                dir.display()
            );
            if let Some(e) = evaluated {
                let _ = writeln!(s, "### Its evaluation ({})\n", short(&e.hash));
                write_evaluation(&mut s, e);
            }
        }
        let _ = writeln!(
            s,
            "## The game's instructions, as the agent reads them\n\n```\n{}\n```",
            self.instructions.trim()
        );
        s
    }

    /// The LLM reviewer's prompt: the brief, the schema's whole source, and traces sampled from
    /// the best's evaluation (and a failed attempt's), trimmed so it all fits in `budget` characters
    /// (an error when the brief and source alone do not).
    pub fn prompt(&self, source: &Files, budget: usize) -> anyhow::Result<String> {
        let mut s = self.markdown();
        s.push_str("\n## The schema's source (whole files)\n\n");
        for (path, text) in source {
            let _ = write!(s, "### schema/{path}\n```\n{text}\n```\n\n");
        }
        // The reviewer answers with whole files, so it must see them whole: no trimming here.
        anyhow::ensure!(
            s.len() <= budget,
            "the brief and the schema's whole source take {} characters, over --context-budget {budget}; raise it \
             (the model's context must hold them and its answer)",
            s.len()
        );
        let mut traces = vec![self.best];
        if let Some((_, Some(e), _)) = self.failed {
            traces.push(e);
        }
        let room = budget.saturating_sub(s.len());
        if room > 2_000 {
            s.push_str("## Sampled steps from the traces\n\n");
            let per = room / traces.len();
            for e in traces {
                s.push_str(&sample_traces(e, per));
            }
        }
        Ok(s)
    }
}

fn write_evaluation(s: &mut String, e: &Evaluated) {
    let _ = writeln!(
        s,
        "Mean progression **{:.2}%** ± {:.2} over {} episodes. {}\n",
        e.metrics.progression,
        e.metrics.standard_error,
        e.summary.episodes_played,
        e.summary.line()
    );
    if let Some(method) = &e.method {
        let _ = writeln!(s, "Its method:\n\n> {}\n", method.trim().replace('\n', "\n> "));
    }
    let _ = writeln!(
        s,
        "| seed | steps | reward | progression | invalid actions | unchanged obs | longest no-progress streak | LOG/PLAN turns | memory ops | trace MB | first progress |\n|---|---|---|---|---|---|---|---|---|---|---|"
    );
    for st in &e.stats {
        let ops: Vec<String> = st.memory_ops.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let first: Vec<String> = st.first_progress.iter().map(|(step, ev)| format!("{step}: {ev}")).collect();
        let _ = writeln!(
            s,
            "| {} | {} | {:.1} | {:.1}% | {} | {} | {} | {}/{} | {} | {:.2} | {} |",
            st.seed,
            st.steps,
            st.reward,
            st.progression * 100.0,
            st.invalid_actions,
            st.unchanged_steps,
            st.longest_no_progress_streak,
            st.log_turns,
            st.plan_turns,
            ops.join(", "),
            st.trace_bytes as f64 / 1e6,
            first.join("; ")
        );
    }
    let _ = writeln!(
        s,
        "\nFull traces (one JSON object per step: prompts, replies, op results, memory diffs): `{0}/episode-<seed>.jsonl`; \
         records `{0}/episode-<seed>.json`; memory journals `{0}/episode-<seed>.memory.jsonl`; final memory \
         folders `{0}/memory-<seed>/`.\n",
        e.dir.display()
    );
}

/// Steps sampled evenly from the worst and the best episode of an evaluation, each trimmed, within
/// `budget` characters.
fn sample_traces(e: &Evaluated, budget: usize) -> String {
    let mut by_progress: Vec<&EpisodeStats> = e.stats.iter().collect();
    by_progress.sort_by(|a, b| a.progression.total_cmp(&b.progression).then(a.seed.cmp(&b.seed)));
    let picks: Vec<&EpisodeStats> = match (by_progress.first(), by_progress.last()) {
        (Some(a), Some(b)) if a.seed != b.seed => vec![a, b],
        (Some(a), _) => vec![a],
        _ => return String::new(),
    };
    let mut out = String::new();
    let per_episode = budget / picks.len();
    for st in picks {
        // The trace is streamed (bounded lines, compressed or plain); eight steps spread over it are kept.
        let n = st.steps as usize;
        let wanted = 8.min(n);
        let picked: Vec<usize> =
            (0..wanted).map(|k| if wanted <= 1 { 0 } else { k * (n - 1) / (wanted - 1) }).collect();
        let Ok(Some(trace)) = automem_runfile::TraceReader::open_episode(&e.dir, st.seed) else { continue };
        let mut part = format!(
            "### {} seed {} ({:.1}% progression, {} steps)\n",
            short(&e.hash),
            st.seed,
            st.progression * 100.0,
            st.steps
        );
        for (i, step) in trace.enumerate().take(n) {
            let Ok(step) = step else { break };
            if picked.contains(&i) {
                part.push_str(&render_step(&step, per_episode / wanted.max(1)));
            }
        }
        out.push_str(&part);
    }
    out
}

fn trimmed(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… [{} more characters]", &text[..end], text.len() - end)
}

fn render_step(step: &automem_runfile::StepRecord, budget: usize) -> String {
    let field = budget / 4;
    let turns = |phase: Option<&automem_runfile::PhaseRecord>| -> String {
        let all = phase
            .map(|p| p.turns.iter().map(|t| trimmed(&t.raw_response, field / 2)).collect::<Vec<_>>())
            .unwrap_or_default()
            .join("\n---\n");
        trimmed(&all, field)
    };
    format!(
        "step {} · action {} · reward {} · events {}\nobservation:\n{}\nLOG replies:\n{}\nPLAN replies:\n{}\nmemory changes: {}\n\n",
        step.step,
        step.validated_action,
        step.reward,
        json(&step.events),
        trimmed(&step.obs_short_term_context, field),
        turns(step.log_phase.as_ref()),
        turns(Some(&step.plan_phase.phase)),
        trimmed(&json(&step.memory_diff), field / 2),
    )
}

/// Compact JSON of a record's part, for the brief.
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
