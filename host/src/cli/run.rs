//! `automem run`: play episodes and summarize them the way BALROG does.
use super::{Cli, resolve_component, seeds::parse_seeds};
use crate::Runtime;
use crate::bindings::game_api::TaskOptions;
use crate::play::{EpisodeOutcome, play_episode};

/// Flags of `automem run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The game: a component name (e.g. crafter) or a path to a .wasm file.
    #[arg(long)]
    pub game: String,
    /// The policy: a policy component name (e.g. random) or a path.
    #[arg(long, default_value = "random")]
    pub policy: String,
    /// The game's task (default: its first).
    #[arg(long, default_value = "")]
    pub task: String,
    /// Seeds: `42..51` (inclusive), `1,2,3`, or a mix.
    #[arg(long, default_value = "42..44")]
    pub seeds: String,
    /// Play only the first N seeds.
    #[arg(long)]
    pub episodes: Option<usize>,
    /// Cut episodes after this many steps.
    #[arg(long, default_value_t = 2000)]
    pub max_steps: u32,
}

pub fn run(cli: &Cli, args: &RunArgs) -> anyhow::Result<()> {
    let mut seeds = parse_seeds(&args.seeds).map_err(anyhow::Error::msg)?;
    if let Some(n) = args.episodes {
        anyhow::ensure!(n <= seeds.len(), "--episodes {n} asks for more episodes than the {} seeds given", seeds.len());
        seeds.truncate(n);
    }
    let runtime = Runtime::with_defaults()?;
    let game = runtime.load_game(&resolve_component(cli, &args.game)?)?;
    let policy = runtime.load_policy(&resolve_component(cli, &args.policy)?)?;
    let options = TaskOptions { task: args.task.clone(), max_steps: Some(args.max_steps), settings: Vec::new() };
    println!("game {} · policy {} · {} episode(s)", game.name(), policy.name(), seeds.len());
    let mut outcomes: Vec<EpisodeOutcome> = Vec::new();
    for seed in seeds {
        let outcome = play_episode(&game, &policy, seed, &options, args.max_steps)?;
        println!(
            "seed {:>6}: {:>5} steps, reward {:>6.2}, progression {:>5.1}%, {} ({} event(s))",
            outcome.seed,
            outcome.steps,
            outcome.total_reward,
            outcome.progression * 100.0,
            outcome.end_reason,
            outcome.events.len()
        );
        outcomes.push(outcome);
    }
    let (mean, stderr) = mean_and_stderr(outcomes.iter().map(|o| o.progression * 100.0));
    let steps = outcomes.iter().map(|o| f64::from(o.steps)).sum::<f64>() / outcomes.len().max(1) as f64;
    println!("progression {mean:.2}% ± {stderr:.2} (standard error), average steps {steps:.1}");
    Ok(())
}

/// Mean and standard error of the mean (BALROG's `standard_error`).
pub fn mean_and_stderr(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let v: Vec<f64> = values.collect();
    if v.is_empty() {
        return (0.0, 0.0);
    }
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    if v.len() < 2 {
        return (mean, 0.0);
    }
    let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, (var / n).sqrt())
}
