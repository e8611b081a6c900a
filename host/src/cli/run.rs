//! `automem run`: play episodes, write traces, summarize them the way BALROG does.
use super::{Cli, resolve_component, seeds::parse_seeds};
use crate::Runtime;
use crate::bindings::game_api::TaskOptions;
use crate::episode::{Agents, EpisodeSpec, run_episode};
use crate::memory::Quotas;
use crate::results::{EpisodeRecord, Summary, episode_paths, write_summary};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::sync::Mutex;

/// Flags of `automem run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The game: a component name (e.g. crafter) or a path to a .wasm file.
    #[arg(long)]
    pub game: String,
    /// The memory schema (e.g. crafter-v0). Without one, the policy plays with no memory.
    #[arg(long)]
    pub schema: Option<String>,
    /// The policy (the memory specialist in two-model mode): a policy component name or path.
    #[arg(long, default_value = "random")]
    pub policy: String,
    /// Two-model mode: the gameplay model that commits actions after the memory model's look-ups.
    #[arg(long)]
    pub gameplay_policy: Option<String>,
    /// Settings for the policy, `key=value` (repeatable), e.g. `memory=off`.
    #[arg(long = "policy-setting", value_name = "KEY=VALUE")]
    pub policy_settings: Vec<String>,
    /// Values for the schema's tunables, `key=value` (repeatable).
    #[arg(long = "schema-setting", value_name = "KEY=VALUE")]
    pub schema_settings: Vec<String>,
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
    /// Episodes played at once.
    #[arg(long, default_value_t = 2)]
    pub concurrency: usize,
    /// Where traces and summary.json go. Re-running into the same folder skips finished episodes.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

fn pairs(items: &[String], what: &str) -> anyhow::Result<Vec<(String, String)>> {
    items
        .iter()
        .map(|s| {
            s.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .ok_or_else(|| anyhow::anyhow!("{what} `{s}` is not KEY=VALUE"))
        })
        .collect()
}

pub fn run(cli: &Cli, args: &RunArgs) -> anyhow::Result<()> {
    let mut seeds = parse_seeds(&args.seeds).map_err(anyhow::Error::msg)?;
    if let Some(n) = args.episodes {
        anyhow::ensure!(n <= seeds.len(), "--episodes {n} asks for more episodes than the {} seeds given", seeds.len());
        seeds.truncate(n);
    }
    anyhow::ensure!(args.concurrency >= 1, "--concurrency must be at least 1");
    let policy_settings = pairs(&args.policy_settings, "--policy-setting")?;
    let schema_settings = pairs(&args.schema_settings, "--schema-setting")?;
    let runtime = Runtime::with_defaults()?;
    let game = runtime.load_game(&resolve_component(cli, &args.game)?)?;
    let policy = runtime.load_policy(&resolve_component(cli, &args.policy)?)?;
    let gameplay = args.gameplay_policy.as_ref().map(|p| resolve_component(cli, p)).transpose()?;
    let gameplay = gameplay.map(|p| runtime.load_policy(&p)).transpose()?;
    let schema = args.schema.as_ref().map(|s| resolve_component(cli, s)).transpose()?;
    let schema = schema.map(|s| runtime.load_schema(&s)).transpose()?;
    let task = TaskOptions { task: args.task.clone(), max_steps: Some(args.max_steps), settings: Vec::new() };
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out)?;
    }
    let done: Vec<EpisodeRecord> = match &args.out {
        Some(out) => seeds.iter().filter_map(|s| EpisodeRecord::load(out, *s)).collect(),
        None => Vec::new(),
    };
    let todo: Vec<u64> = seeds.iter().copied().filter(|s| !done.iter().any(|d| d.seed == *s)).collect();
    println!(
        "game {} · schema {} · policy {}{} · {} episode(s){}",
        game.name(),
        schema.as_ref().map_or("none", |s| s.name()),
        policy.name(),
        gameplay.as_ref().map(|g| format!(" + gameplay {}", g.name())).unwrap_or_default(),
        seeds.len(),
        if done.is_empty() { String::new() } else { format!(" ({} already done)", done.len()) }
    );
    let bar = ProgressBar::new(todo.len() as u64 * u64::from(args.max_steps));
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} steps · {msg} · {elapsed_precise} (eta {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let results = Mutex::new(done);
    let queue = Mutex::new(todo.into_iter());
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..args.concurrency {
            scope.spawn(|| {
                // The guard is dropped inside the closure, so workers never wait on each other.
                let next = || queue.lock().ok().and_then(|mut q| q.next());
                while let Some(seed) = next() {
                    let played = play_one(
                        seed,
                        &game,
                        schema.as_ref(),
                        &policy,
                        gameplay.as_ref(),
                        &policy_settings,
                        &schema_settings,
                        &task,
                        args,
                        &bar,
                    );
                    match played {
                        Ok(record) => {
                            if bar.is_hidden() {
                                println!("{}", record.line());
                            } else {
                                bar.println(record.line());
                            }
                            if let Ok(mut r) = results.lock() {
                                r.push(record);
                                let n = r.len();
                                bar.set_message(format!("{n} episode(s) done"));
                            }
                        }
                        Err(err) => {
                            if let Ok(mut f) = failure.lock() {
                                f.get_or_insert(err);
                            }
                            break;
                        }
                    }
                }
            });
        }
    });
    bar.finish_and_clear();
    if let Some(err) = failure.into_inner().ok().flatten() {
        return Err(err);
    }
    let mut results = results.into_inner().map_err(|_| anyhow::anyhow!("a worker panicked"))?;
    results.sort_by_key(|r| r.seed);
    let summary = Summary::from_episodes(game.name(), &results);
    println!("{}", summary.line());
    if let Some(out) = &args.out {
        write_summary(out, &summary)?;
        println!("traces and summary.json in {}", out.display());
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn play_one(
    seed: u64,
    game: &crate::game::GamePlugin,
    schema: Option<&crate::schema::SchemaPlugin>,
    policy: &crate::policy::PolicyPlugin,
    gameplay: Option<&crate::policy::PolicyPlugin>,
    policy_settings: &[(String, String)],
    schema_settings: &[(String, String)],
    task: &TaskOptions,
    args: &RunArgs,
    bar: &ProgressBar,
) -> anyhow::Result<EpisodeRecord> {
    let Some(schema) = schema else {
        let outcome = crate::play::play_episode(game, policy, seed, task, args.max_steps)?;
        bar.inc(u64::from(args.max_steps));
        let record = EpisodeRecord::from_play(&outcome, game, policy);
        if let Some(out) = &args.out {
            record.save(out)?;
        }
        return Ok(record);
    };
    let mut memory_policy = policy.instantiate(seed, policy_settings)?;
    let mut gameplay_policy = gameplay.map(|g| g.instantiate(seed, policy_settings)).transpose()?;
    let agents = Agents {
        memory: &mut memory_policy,
        gameplay: gameplay_policy.as_mut().map(|g| g as &mut dyn crate::episode::Policy),
    };
    let spec = EpisodeSpec {
        seed,
        task: task.clone(),
        max_steps: args.max_steps,
        schema_settings: schema_settings.to_vec(),
        quotas: Quotas::default(),
    };
    let mut writer = match &args.out {
        Some(out) => {
            let (trace, _) = episode_paths(out, seed);
            Some(std::io::BufWriter::new(std::fs::File::create(trace)?))
        }
        None => None,
    };
    let outcome = run_episode(game, schema, agents, &spec, &mut |record| {
        bar.inc(1);
        if let Some(w) = writer.as_mut() {
            serde_json::to_writer(&mut *w, record)?;
            std::io::Write::write_all(w, b"\n")?;
        }
        Ok(())
    })?;
    bar.inc(u64::from(args.max_steps - outcome.steps));
    if let Some(mut w) = writer {
        std::io::Write::flush(&mut w)?;
    }
    let record =
        EpisodeRecord::from_episode(&outcome, game, schema, policy, gameplay, policy_settings, schema_settings);
    if let Some(out) = &args.out {
        record.save(out)?;
    }
    Ok(record)
}
