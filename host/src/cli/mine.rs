//! `automem mine`: good memory decisions from run folders become fine-tuning data (loop 2).
use automem_mine::{DEFAULT_BASE_MODEL, MineOptions, Selector, mine};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;

/// Flags of `automem mine`.
#[derive(Debug, clap::Args)]
pub struct MineArgs {
    /// Run folders to read: `automem run --out` folders, or `automem serve --data` folders
    /// (their `sessions/<id>/`); repeatable.
    #[arg(long, required = true, num_args = 1..)]
    pub runs: Vec<PathBuf>,
    /// Where the dataset, decisions, statistics and training configs go.
    #[arg(long)]
    pub out: PathBuf,
    /// Who picks: `heuristic` (offline, deterministic) or an LLM judge,
    /// `openai:http://HOST:PORT/v1#MODEL[?temperature=0&max_tokens=256&concurrency=16&...]`.
    #[arg(long, default_value = "heuristic")]
    pub selector: String,
    /// The heuristic tops up to this many items with the best remaining candidates (AutoMem's
    /// default 300; it recommends 600 for Crafter).
    #[arg(long, default_value_t = 300)]
    pub min_examples: usize,
    /// Only the top PCT% of episodes by progression give candidates (100 = all).
    #[arg(long, default_value_t = 100.0, value_name = "PCT")]
    pub top_episodes: f64,
    /// Seed of the dataset's order.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Also write DPO preference pairs (TRL's format) from the same scores.
    #[arg(long)]
    pub dpo: bool,
    /// The base model named in the training config and commands.
    #[arg(long, default_value = DEFAULT_BASE_MODEL)]
    pub base_model: String,
}

pub fn run(args: &MineArgs) -> anyhow::Result<()> {
    let mut options = MineOptions::new(args.runs.clone(), args.out.clone());
    options.selector = Selector::parse(&args.selector)?;
    options.min_examples = args.min_examples;
    options.top_episodes = args.top_episodes;
    options.seed = args.seed;
    options.dpo = args.dpo;
    options.base_model.clone_from(&args.base_model);
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} · {msg} · {elapsed_precise} (eta {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let report = mine(&options, &bar);
    bar.finish_and_clear();
    let report = report?;
    let s = &report.stats;
    println!(
        "{} of {} candidate turns kept ({} steps, {} episodes, {} used) by {}",
        s.kept, s.candidates, s.steps, s.episodes, s.episodes_used, s.selector
    );
    for (phase, c) in &s.by_phase {
        println!("  {phase:<5} {:>7} kept of {:>7}", c.kept, c.candidates);
    }
    if !s.rejected_by_stage.is_empty() {
        let parts: Vec<String> = s.rejected_by_stage.iter().map(|(k, v)| format!("{k} {v}")).collect();
        println!("  rejected: {}", parts.join(", "));
    }
    if let Some(pairs) = s.dpo_pairs {
        println!("  DPO pairs: {pairs}");
    }
    println!("wrote in {}: {}", args.out.display(), report.files.join(", "));
    if !report.commands.is_empty() {
        println!("\nnext (also in {}/README.md):", args.out.display());
        for command in &report.commands {
            println!("  {command}");
        }
    }
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    anyhow::ensure!(
        s.kept > 0,
        "no item was kept, so no dataset was written; see {}/review_decisions.jsonl for why each candidate was rejected",
        args.out.display()
    );
    Ok(())
}
