//! `automem serve`: the environment server (see `crate::serve`).
use super::{Cli, resolve_component};
use crate::Runtime;
use crate::registry::Registry;
use crate::serve::{AppState, ServeConfig};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Flags of `automem serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free one; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Games to serve: component names or paths (repeatable).
    #[arg(long = "game", default_values_t = ["crafter".to_string()])]
    pub games: Vec<String>,
    /// Schemas to put in the registry at start if it has no version of them yet (repeatable).
    #[arg(long = "schema", default_values_t = ["crafter-v0".to_string(), "crafter-evolved".to_string()])]
    pub schemas: Vec<String>,
    /// The server's folder: `registry/` (schema versions, its durable state) and `sessions/`
    /// (each session's trace, record and memory).
    #[arg(long, default_value = "automem-data")]
    pub data: PathBuf,
    /// A folder watched for new schema components (`<name>.wasm` or `<name>@<tag>.wasm`).
    #[arg(long, value_name = "DIR")]
    pub watch: Option<PathBuf>,
    /// Most sessions running at once; more get HTTP 429.
    #[arg(long, default_value_t = 1024)]
    pub max_sessions: usize,
    /// Seconds after which an untouched session is closed.
    #[arg(long, default_value_t = 600)]
    pub idle_timeout: u64,
    /// Steps of the smoke episode every new schema version must play before it is published.
    #[arg(long, default_value_t = 5)]
    pub smoke_steps: u32,
}

pub fn run(cli: &Cli, args: &ServeArgs) -> anyhow::Result<()> {
    // Each session holds a game and a schema instance; smoke episodes need a few more.
    let pool = u32::try_from(args.max_sessions.saturating_mul(2).saturating_add(64)).unwrap_or(u32::MAX);
    let sandbox = crate::SandboxConfig { pool_instances: pool.max(1000), ..crate::SandboxConfig::default() };
    let runtime = Runtime::new(sandbox, crate::cache::ComponentCache::default_dir())?;
    let games = args
        .games
        .iter()
        .map(|g| Ok(runtime.load_game(&resolve_component(cli, g)?)?))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let registry = Arc::new(Registry::open(&args.data.join("registry"), runtime.clone())?);
    let config = ServeConfig {
        max_sessions: args.max_sessions,
        idle_timeout: Duration::from_secs(args.idle_timeout.max(1)),
        data_dir: args.data.clone(),
        watch_dir: args.watch.clone(),
        smoke_steps: args.smoke_steps,
    };
    let state = AppState::new(config, games, registry.clone());
    for schema in &args.schemas {
        let path = resolve_component(cli, schema)?;
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if registry.resolve(&name).is_ok() {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        registry.submit(&name, &bytes, None, Some("automem serve --schema".into()), None)?;
        let meta = state.publish(&name, &bytes).map_err(|e| anyhow::anyhow!("schema `{name}`: {}", e.message))?;
        anyhow::ensure!(meta.reason.is_none(), "schema `{name}` was refused: {}", meta.reason.unwrap_or_default());
    }
    let tokio = tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(4096).build()?;
    tokio.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", args.addr))?;
        println!("automem serve: listening on http://{}", listener.local_addr()?);
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("automem serve: shutting down; finishing running requests (Ctrl-C again to quit now)");
            tokio::spawn(async {
                if tokio::signal::ctrl_c().await.is_ok() {
                    std::process::exit(130);
                }
            });
        };
        crate::serve::serve(state, listener, shutdown).await
    })
}
