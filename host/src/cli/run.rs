//! `automem run`: play episodes, write traces, summarize them the way BALROG does.
use super::{Cli, resolve_component, seeds::parse_seeds};
use crate::evaluate::{finished_records, play_all, watch_ctrl_c};
use crate::llm::LlmSource;
use crate::policy::PolicySource;
use crate::runner::Setup;
use automem_llm::is_endpoint_spec;
use automem_memory::Quotas;
use automem_runfile::TraceFormat;
use automem_runfile::summary::{Summary, write_summary};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Flags of `automem run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The game: a component name (e.g. crafter) or a path to a .wasm file.
    #[arg(long)]
    pub game: String,
    /// The memory schema (e.g. crafter-v0). Without one, the policy plays with no memory.
    #[arg(long)]
    pub schema: Option<String>,
    /// The policy (the memory specialist in two-model mode): a policy component name or path
    /// (default: random), or an OpenAI-compatible endpoint,
    /// `openai:http://HOST:PORT/v1#MODEL[?temperature=0.7&max_tokens=512&api_key_env=VAR&...]`.
    #[arg(long)]
    pub policy: Option<String>,
    /// Two-model mode: the gameplay model that commits actions after the memory model's
    /// look-ups; a component or an endpoint, as --policy.
    #[arg(long)]
    pub gameplay_policy: Option<String>,
    /// A TOML file with the endpoints: `[memory]` (the policy) and optionally `[gameplay]`.
    #[arg(long, value_name = "FILE", conflicts_with = "policy")]
    pub llm_config: Option<PathBuf>,
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
    /// Cut episodes after this many steps (default: the game's own episode length).
    #[arg(long)]
    pub max_steps: Option<u32>,
    /// Settings for the game, `key=value` (repeatable), e.g. `area=32x32` or `length=500` for Crafter.
    #[arg(long = "game-setting", value_name = "KEY=VALUE")]
    pub game_settings: Vec<String>,
    /// Episodes played at once.
    #[arg(long, default_value_t = 2)]
    pub concurrency: usize,
    /// Where traces, records, memory exports and summary.json go. Re-running into the same
    /// folder skips finished episodes and redoes unfinished or failed ones.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Start every episode's memory from the files in this folder (e.g. `OUT/memory-42` of an
    /// earlier run), written over the schema's declared files.
    #[arg(long, value_name = "DIR")]
    pub memory_from: Option<PathBuf>,
    /// Most MiB one episode may write to its trace and memory journal together; an episode that
    /// reaches it ends after that step with end reason `trace-limit`.
    #[arg(long, value_name = "MIB", default_value_t = crate::episode::DEFAULT_MAX_TRACE_BYTES >> 20)]
    pub max_trace_mib: u64,
    /// Store traces as plain JSON lines (`episode-<seed>.jsonl`, for `jq` and `grep`) instead of
    /// zstd-compressed (`episode-<seed>.jsonl.zst`; `zstd -dc` reads one; every automem command
    /// reads both).
    #[arg(long)]
    pub plain_trace: bool,
}

pub fn run(cli: &Cli, args: &RunArgs) -> anyhow::Result<()> {
    let mut seeds = parse_seeds(&args.seeds).map_err(anyhow::Error::msg)?;
    if let Some(n) = args.episodes {
        anyhow::ensure!(n <= seeds.len(), "--episodes {n} asks for more episodes than the {} seeds given", seeds.len());
        seeds.truncate(n);
    }
    anyhow::ensure!(args.concurrency >= 1, "--concurrency must be at least 1");
    anyhow::ensure!(args.max_trace_mib >= 1, "--max-trace-mib must be at least 1");
    let quotas = Quotas::default();
    let initial_memory = match &args.memory_from {
        Some(dir) => Some(automem_memory::disk::import(dir, quotas.clone())?.snapshot()),
        None => None,
    };
    let (tokio, runtime) = super::episode_runtimes(cli, args.concurrency)?;
    let endpoint = |config: automem_llm::EndpointConfig| -> anyhow::Result<PolicySource> {
        Ok(PolicySource::Llm(LlmSource::new(config, tokio.handle().clone())?))
    };
    let load_policy = |p: &str| -> anyhow::Result<PolicySource> {
        if is_endpoint_spec(p) {
            return endpoint(automem_llm::EndpointConfig::parse_spec(p)?);
        }
        Ok(PolicySource::Plugin(runtime.load_policy(&resolve_component(cli, p)?)?))
    };
    let (policy, gameplay) = match &args.llm_config {
        Some(file) => {
            let endpoints = automem_llm::LlmFile::from_toml_file(file)?;
            let gameplay = match (&args.gameplay_policy, endpoints.gameplay) {
                (Some(p), _) => Some(load_policy(p)?),
                (None, Some(config)) => Some(endpoint(config)?),
                (None, None) => None,
            };
            (endpoint(endpoints.memory)?, gameplay)
        }
        None => (
            load_policy(args.policy.as_deref().unwrap_or("random"))?,
            args.gameplay_policy.as_deref().map(load_policy).transpose()?,
        ),
    };
    let schema = args.schema.as_ref().map(|s| resolve_component(cli, s)).transpose()?;
    let game = runtime.load_game(&resolve_component(cli, &args.game)?)?;
    anyhow::ensure!(args.max_steps != Some(0), "--max-steps must be at least 1");
    let game_settings = super::key_values(&args.game_settings, "--game-setting")?;
    let (task, max_steps) = game.task_options(&args.task, args.max_steps, game_settings)?;
    let setup = Setup {
        game,
        schema: schema.map(|s| runtime.load_schema(&s)).transpose()?,
        policy,
        gameplay,
        policy_settings: super::key_values(&args.policy_settings, "--policy-setting")?,
        schema_settings: super::key_values(&args.schema_settings, "--schema-setting")?,
        task,
        max_steps,
        quotas,
        initial_memory,
        out: args.out.clone(),
        max_trace_bytes: args.max_trace_mib.saturating_mul(1 << 20),
        trace_format: if args.plain_trace { TraceFormat::Plain } else { TraceFormat::Zstd },
    };
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out).map_err(|e| anyhow::anyhow!("cannot create --out {}: {e}", out.display()))?;
    }
    let done = match &args.out {
        Some(out) => finished_records(out, &seeds, &setup)?,
        None => Vec::new(),
    };
    let todo: Vec<u64> = seeds.iter().copied().filter(|s| !done.iter().any(|d| d.seed == *s)).collect();
    println!(
        "game {} · schema {} · policy {}{} · {} episode(s){}",
        setup.game.name(),
        setup.schema.as_ref().map_or("none", |s| s.name()),
        setup.policy.name(),
        setup.gameplay.as_ref().map(|g| format!(" + gameplay {}", g.name())).unwrap_or_default(),
        seeds.len(),
        if done.is_empty() { String::new() } else { format!(" ({} already done)", done.len()) }
    );
    let bar = ProgressBar::new(todo.len() as u64 * u64::from(setup.max_steps));
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} steps · {msg} · {elapsed_precise} (eta {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let (mut results, interrupted) = tokio.block_on(async {
        let cancel = Arc::new(AtomicBool::new(false));
        let ctrl_c = watch_ctrl_c(cancel.clone());
        let played = play_all(Arc::new(setup.clone()), todo, args.concurrency, &bar, cancel, true).await;
        ctrl_c.abort();
        played
    });
    bar.finish_and_clear();
    results.extend(done);
    results.sort_by_key(|r| r.seed);
    let summary = Summary::from_episodes(setup.game.name(), &results);
    println!("{}", summary.line());
    if let Some(out) = &args.out {
        write_summary(out, &summary)?;
        let what = if setup.schema.is_some() { "traces, memory" } else { "traces" };
        println!("{what} and summary.json in {}", out.display());
    }
    if interrupted > 0 {
        anyhow::bail!(
            "interrupted: {interrupted} episode(s) unfinished; run the same command again to finish them{}",
            if args.out.is_none() { " (with --out, finished episodes are kept)" } else { "" }
        );
    }
    anyhow::ensure!(
        summary.failed_seeds.is_empty(),
        "{} episode(s) failed: seeds {:?}; each one's episode-<seed>.json says why, and a re-run redoes them",
        summary.failed_seeds.len(),
        summary.failed_seeds
    );
    Ok(())
}
