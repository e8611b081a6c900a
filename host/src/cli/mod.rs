//! The `automem` command line: thin wrappers that parse flags and call one library function each.
mod build;
mod inspect;
mod mine;
mod refine;
mod run;
pub mod seeds;
mod serve;
mod stats;
mod view;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// automem: LLM agents that manage their own memory on long-horizon games.
#[derive(Debug, Parser)]
#[command(name = "automem", version, about, long_about = None)]
pub struct Cli {
    /// Workspace root (default: the nearest ancestor of the current directory with `wit/`).
    #[arg(long, global = true)]
    pub root: Option<PathBuf>,
    /// More logging (repeat for more); or set AUTOMEM_LOG=debug.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// The limits every plugin instance runs under.
    #[command(flatten)]
    pub sandbox: SandboxArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compile games, schemas and policies into WebAssembly components.
    Build(build::BuildArgs),
    /// Play episodes of a game with a policy and summarize them.
    Run(Box<run::RunArgs>),
    /// Loop 1: a reviewer revises the schema; a version is kept only if it strictly beats the best.
    Refine(Box<refine::RefineArgs>),
    /// Serve the environment over HTTP for RL trainers, with a hot-swappable schema registry.
    Serve(serve::ServeArgs),
    /// Per-episode statistics of a run's folder (steps, reward, streaks, memory ops, ...).
    Stats(stats::StatsArgs),
    /// Load a component, check its world and print what it declares.
    Inspect(inspect::InspectArgs),
    /// Pick good memory decisions from run folders as fine-tuning data (loop 2).
    Mine(mine::MineArgs),
    /// Watch runs in the browser: memory step by step, pictures, plots, two runs compared.
    View(view::ViewArgs),
}

/// The sandbox's limits, for every command that runs plugins (errors that hit one name its flag).
#[derive(Debug, clap::Args)]
pub struct SandboxArgs {
    /// Linear memory one plugin instance may grow to, in MiB.
    #[arg(long, global = true, value_name = "MIB", default_value_t = crate::SandboxConfig::default().max_memory_mib)]
    pub max_memory_mib: u32,
    /// Elements one of a plugin's tables may grow to.
    #[arg(long, global = true, value_name = "N", default_value_t = crate::SandboxConfig::default().max_table_elements)]
    pub max_table_elements: u32,
    /// Wall-clock time one plugin call may take, in milliseconds.
    #[arg(long, global = true, value_name = "MS", default_value_t = crate::SandboxConfig::default().call_timeout_ms)]
    pub call_timeout_ms: u64,
    /// Fuel one plugin call may burn (deterministic CPU metering; off unless given).
    #[arg(long, global = true, value_name = "UNITS")]
    pub fuel_per_call: Option<u64>,
    /// A plugin's wasm stack, in KiB.
    #[arg(long, global = true, value_name = "KIB", default_value_t = crate::SandboxConfig::default().max_stack_kib)]
    pub max_stack_kib: u32,
    /// Largest string a plugin may return from one call, in KiB.
    #[arg(long, global = true, value_name = "KIB", default_value_t = crate::SandboxConfig::default().max_output_kib)]
    pub max_output_kib: u32,
}

impl SandboxArgs {
    /// The sandbox of a command that keeps up to `instances` plugin instances live at once.
    pub fn config(&self, instances: usize) -> anyhow::Result<crate::SandboxConfig> {
        anyhow::ensure!(self.max_memory_mib >= 1, "--max-memory-mib must be at least 1");
        anyhow::ensure!(self.call_timeout_ms >= 1, "--call-timeout-ms must be at least 1");
        anyhow::ensure!(self.max_stack_kib >= 64, "--max-stack-kib must be at least 64");
        anyhow::ensure!(self.max_output_kib >= 1, "--max-output-kib must be at least 1");
        anyhow::ensure!(
            self.fuel_per_call != Some(0),
            "--fuel-per-call must be at least 1 (leave it out for no metering)"
        );
        let pool = u32::try_from(instances).unwrap_or(u32::MAX);
        Ok(crate::SandboxConfig {
            max_memory_mib: self.max_memory_mib,
            max_table_elements: self.max_table_elements,
            call_timeout_ms: self.call_timeout_ms,
            fuel_per_call: self.fuel_per_call,
            max_stack_kib: self.max_stack_kib,
            max_output_kib: self.max_output_kib,
            pool_instances: pool.max(1000),
        })
    }
}

/// Parse the command line, run the command, print any error with its causes.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    if matches!(cli.command, Command::Inspect(_) | Command::Stats(_)) {
        // Commands that only print end quietly when their reader does (`automem stats | head`),
        // as other Unix tools do, instead of panicking on a broken pipe. Only these: a server or a
        // build must see EPIPE as an error, not die of it.
        // SAFETY: restoring a signal's default disposition before any thread is started.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    let result = match &cli.command {
        Command::Build(args) => build::run(&cli, args),
        Command::Run(args) => run::run(&cli, args),
        Command::Refine(args) => refine::run(&cli, args),
        Command::Serve(args) => serve::run(&cli, args),
        Command::Stats(args) => stats::run(args),
        Command::Inspect(args) => inspect::run(&cli, args),
        Command::Mine(args) => mine::run(args),
        Command::View(args) => view::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info,automem=debug",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("AUTOMEM_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

impl Cli {
    /// The workspace root, from `--root` or found from the current directory.
    pub fn workspace_root(&self) -> anyhow::Result<PathBuf> {
        if let Some(root) = &self.root {
            return Ok(root.clone());
        }
        let cwd = std::env::current_dir()?;
        crate::build::find_root(&cwd).ok_or_else(|| {
            anyhow::anyhow!(
                "not inside an automem workspace (no ancestor of {} has wit/ and a workspace Cargo.toml); pass --root",
                cwd.display()
            )
        })
    }
}

/// Find a plugin's component: a path to a `.wasm` file, or a name looked up in the workspace's
/// `target/components/`, building it first when it is missing.
pub fn resolve_component(cli: &Cli, name_or_path: &str) -> anyhow::Result<PathBuf> {
    let as_path = PathBuf::from(name_or_path);
    if as_path.extension().is_some_and(|e| e == "wasm") || name_or_path.contains('/') {
        anyhow::ensure!(as_path.is_file(), "no component file at {}", as_path.display());
        return Ok(as_path);
    }
    let root = cli.workspace_root()?;
    let path = crate::build::components_dir(&root).join(format!("{name_or_path}.wasm"));
    if !path.is_file() {
        eprintln!("automem: component `{name_or_path}` is not built yet; building it");
        let mut options = crate::build::BuildOptions::new(&root).with_test_guests();
        options.only = vec![name_or_path.to_string()];
        crate::build::build(&options)?;
    }
    Ok(path)
}

/// `KEY=VALUE` flags (e.g. `--policy-setting`) as pairs; `flag` names the flag in the error.
pub fn key_values(items: &[String], flag: &str) -> anyhow::Result<Vec<(String, String)>> {
    items
        .iter()
        .map(|s| {
            s.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .ok_or_else(|| anyhow::anyhow!("{flag} `{s}` is not KEY=VALUE"))
        })
        .collect()
}

/// The tokio runtime and the plugin runtime of a command that plays `concurrency` episodes at
/// once (each holds up to four instances: game, schema, two policy plugins).
pub fn episode_runtimes(cli: &Cli, concurrency: usize) -> anyhow::Result<(tokio::runtime::Runtime, crate::Runtime)> {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(concurrency + 8)
        .enable_all()
        .build()?;
    let sandbox = cli.sandbox.config(concurrency.saturating_mul(4))?;
    let runtime = crate::Runtime::new(sandbox, crate::cache::ComponentCache::default_dir())?;
    Ok((tokio, runtime))
}
