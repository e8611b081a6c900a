//! `automem refine`: the reviewer rewrites the schema and a strictly better version is kept.
use super::{Cli, resolve_component, seeds::parse_seeds};
use crate::evaluate::watch_ctrl_c;
use crate::llm::LlmSource;
use crate::policy::PolicySource;
use crate::refine::{RefineOptions, refine};
use automem_llm::is_endpoint_spec;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Flags of `automem refine`.
#[derive(Debug, clap::Args)]
pub struct RefineArgs {
    /// The game: a component name (e.g. crafter) or a path to a .wasm file.
    #[arg(long)]
    pub game: String,
    /// The schema to refine: its crate name under schemas/ (e.g. crafter-evolved) or its crate folder.
    #[arg(long)]
    pub schema: String,
    /// The policy that plays every evaluation: a policy component (e.g. scripted-crafter) or an
    /// OpenAI-compatible endpoint (`openai:URL#MODEL`).
    #[arg(long)]
    pub policy: String,
    /// Settings for the policy, `key=value` (repeatable).
    #[arg(long = "policy-setting", value_name = "KEY=VALUE")]
    pub policy_settings: Vec<String>,
    /// Settings for the game, `key=value` (repeatable), e.g. `area=32x32` for Crafter.
    #[arg(long = "game-setting", value_name = "KEY=VALUE")]
    pub game_settings: Vec<String>,
    /// The game's task (default: its first).
    #[arg(long, default_value = "")]
    pub task: String,
    /// The fixed seeds every version is evaluated on: `42..51` (inclusive), `1,2,3`, or a mix.
    #[arg(long, default_value = "42..51")]
    pub seeds: String,
    /// Cut episodes after this many steps.
    #[arg(long, default_value_t = 2000)]
    pub max_steps: u32,
    /// Episodes played at once.
    #[arg(long, default_value_t = 2)]
    pub concurrency: usize,
    /// Rounds of revision.
    #[arg(long, default_value_t = 5)]
    pub rounds: u32,
    /// Fresh attempts per round; each failed one gets one continuation that sees its results.
    #[arg(long, default_value_t = 3)]
    pub attempts: u32,
    /// Who revises: `search` (offline tunable search), `command:CMD` (a coding agent run in the
    /// workspace), or `openai:URL#MODEL` (an LLM that answers with whole files).
    #[arg(long)]
    pub reviewer: String,
    /// How long one review may take (e.g. 3600s, 30m).
    #[arg(long, default_value = "3600s", value_parser = duration)]
    pub reviewer_timeout: std::time::Duration,
    /// Confine a `command:` reviewer's writes to its workspace with Landlock (`on`), or not (`off`).
    #[arg(long, default_value = "on", value_parser = ["on", "off"])]
    pub reviewer_sandbox: String,
    /// A folder a `command:` reviewer may also write to (repeatable), e.g. its own config folder.
    #[arg(long = "reviewer-writable", value_name = "DIR")]
    pub reviewer_writable: Vec<PathBuf>,
    /// Characters of the `openai:` reviewer's prompt (source, metrics, sampled traces).
    #[arg(long, default_value_t = 200_000)]
    pub context_budget: usize,
    /// Steps of each candidate's smoke episode.
    #[arg(long, default_value_t = 5)]
    pub smoke_steps: u32,
    /// Where the ledger, versions, evaluations, workspaces and registry go. Running the same
    /// command again resumes.
    #[arg(long)]
    pub out: PathBuf,
    /// A running `automem serve` (e.g. http://127.0.0.1:8080) that gets every kept version.
    #[arg(long, value_name = "URL")]
    pub publish: Option<String>,
    /// The name of an environment variable holding that server's admin token.
    #[arg(long, value_name = "VAR", requires = "publish")]
    pub publish_token_env: Option<String>,
}

fn duration(s: &str) -> Result<std::time::Duration, String> {
    automem_llm::config::parse_duration("--reviewer-timeout", s)
}

pub fn run(cli: &Cli, args: &RefineArgs) -> anyhow::Result<()> {
    let seeds = parse_seeds(&args.seeds).map_err(anyhow::Error::msg)?;
    anyhow::ensure!(args.concurrency >= 1, "--concurrency must be at least 1");
    crate::refine::reviewer::ReviewerSpec::parse(&args.reviewer)?;
    let root = cli.workspace_root()?;
    let (tokio, runtime) = super::episode_runtimes(cli, args.concurrency)?;
    let policy = if is_endpoint_spec(&args.policy) {
        let config = automem_llm::EndpointConfig::parse_spec(&args.policy)?;
        PolicySource::Llm(LlmSource::new(config, tokio.handle().clone())?)
    } else {
        PolicySource::Plugin(runtime.load_policy(&resolve_component(cli, &args.policy)?)?)
    };
    let cancel = Arc::new(AtomicBool::new(false));
    let game = runtime.load_game(&resolve_component(cli, &args.game)?)?;
    let game_settings = super::key_values(&args.game_settings, "--game-setting")?;
    // An unknown game setting fails here, before any evaluation.
    game.task_options(&args.task, Some(args.max_steps), game_settings.clone())?;
    let options = RefineOptions {
        root,
        schema: args.schema.clone(),
        game,
        game_settings,
        policy,
        policy_settings: super::key_values(&args.policy_settings, "--policy-setting")?,
        task: args.task.clone(),
        seeds,
        max_steps: args.max_steps,
        concurrency: args.concurrency,
        rounds: args.rounds,
        attempts: args.attempts,
        reviewer: args.reviewer.clone(),
        reviewer_timeout: args.reviewer_timeout,
        sandbox: args.reviewer_sandbox == "on",
        writable: args.reviewer_writable.clone(),
        context_budget: args.context_budget,
        smoke_steps: args.smoke_steps,
        out: args.out.clone(),
        publish: args.publish.clone(),
        publish_token: match &args.publish_token_env {
            Some(var) => Some(std::env::var(var).map_err(|_| {
                anyhow::anyhow!("--publish-token-env {var}: the variable `{var}` is not set (or not UTF-8)")
            })?),
            None => None,
        },
        cancel: cancel.clone(),
    };
    let ctrl_c = {
        let _entered = tokio.enter();
        watch_ctrl_c(cancel)
    };
    let result = refine(&runtime, tokio.handle(), &options);
    ctrl_c.abort();
    let refined = match result {
        Ok(r) => r,
        Err(e) if e.downcast_ref::<crate::runner::Interrupted>().is_some() => {
            anyhow::bail!("interrupted; run the same command again to resume from the ledger in {}", args.out.display())
        }
        Err(e) => return Err(e),
    };
    let kept = refined.attempts.iter().filter(|a| a.verdict == crate::refine::ledger::Verdict::Kept).count();
    if let Some(why) = &refined.stopped {
        println!("stopped early: {why}");
    }
    println!(
        "base {:.2}% → best {:.2}% ({}), {kept} of {} attempt(s) kept; ledger {}, best component {}",
        refined.base.1.progression,
        refined.best.1.progression,
        &refined.best.0[..12.min(refined.best.0.len())],
        refined.attempts.len(),
        args.out.join(crate::refine::ledger::LEDGER).display(),
        args.out.join("best.wasm").display()
    );
    Ok(())
}
