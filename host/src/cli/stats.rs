//! `automem stats`: per-episode statistics of a run's folder.
use automem_runfile::stats::run_stats;
use std::path::PathBuf;

/// Flags of `automem stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// A run's `--out` folder.
    pub run: PathBuf,
    /// Print JSON (one object per episode) instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &StatsArgs) -> anyhow::Result<()> {
    let stats = run_stats(&args.run)?;
    anyhow::ensure!(!stats.is_empty(), "no finished episodes in {}", args.run.display());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(());
    }
    println!(
        "{:>6} {:>6} {:>7} {:>6} {:>8} {:>9} {:>11} {:>5} {:>5} {:>6} {:>9}  first progress",
        "seed", "steps", "reward", "prog%", "invalid", "unchanged", "no-progress", "LOG", "PLAN", "errors", "trace"
    );
    for s in &stats {
        let first: Vec<String> =
            s.first_progress.iter().take(3).map(|(step, what)| format!("{step}: {what}")).collect();
        println!(
            "{:>6} {:>6} {:>7.2} {:>6.1} {:>8} {:>9} {:>11} {:>5} {:>5} {:>6} {:>8}K  {}",
            s.seed,
            s.steps,
            s.reward,
            s.progression * 100.0,
            s.invalid_actions,
            s.unchanged_steps,
            s.longest_no_progress_streak,
            s.log_turns,
            s.plan_turns,
            s.policy_errors,
            s.trace_bytes / 1024,
            first.join("; ")
        );
    }
    Ok(())
}
