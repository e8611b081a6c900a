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
    /// Steps of each validation episode a new schema version must play before it is published.
    #[arg(long, default_value_t = 5)]
    pub smoke_steps: u32,
    /// Seeds every new version plays in validation (e.g. `1,7,42`).
    #[arg(long, default_value = "1")]
    pub validation_seeds: String,
    /// More validation seeds, drawn at random for each version (so an uploader cannot know them).
    #[arg(long, default_value_t = 3)]
    pub random_validation_seeds: u32,
    /// Seconds one validation episode may take; a version over it is refused.
    #[arg(long, default_value_t = 10)]
    pub validation_budget: u64,
    /// The name of an environment variable holding the admin token: uploads and promotions
    /// need `Authorization: Bearer <token>`. Without it (or --insecure-open-admin) they are refused.
    #[arg(long, value_name = "VAR")]
    pub admin_token_env: Option<String>,
    /// Let anyone who can reach the server upload and promote versions (a trusted network only).
    #[arg(long, conflicts_with = "admin_token_env")]
    pub insecure_open_admin: bool,
    /// Largest schema component an upload (or a watched file) may be, in bytes.
    #[arg(long, default_value_t = crate::serve::MAX_UPLOAD_BYTES as u64)]
    pub max_upload_bytes: u64,
    /// Versions kept per schema name (published or validating); more uploads are refused.
    #[arg(long, default_value_t = 256)]
    pub max_versions: usize,
    /// Refused versions kept per schema name (with their reason); older ones are deleted.
    #[arg(long, default_value_t = 16)]
    pub keep_refused: usize,
    /// Most HTTP connections open at once.
    #[arg(long, default_value_t = 4096)]
    pub max_connections: usize,
    /// Seconds a client has to send a request's headers (also how long an idle keep-alive
    /// connection stays open).
    #[arg(long, default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's whole body.
    #[arg(long, default_value_t = 120)]
    pub body_timeout: u64,
    /// Seconds running requests get to finish on shutdown (idle connections close at once).
    #[arg(long, default_value_t = 10)]
    pub shutdown_grace: u64,
    /// This replica's name, put before its session and group ids (`NAME-s-12`), so ids are
    /// unique across replicas and a router can send each request to the replica holding it.
    #[arg(long, value_name = "NAME")]
    pub instance_id: Option<String>,
}

/// The id prefix from `--instance-id`: 1 to 32 ASCII letters, digits and dashes.
fn id_prefix(args: &ServeArgs) -> anyhow::Result<String> {
    let Some(name) = &args.instance_id else { return Ok(String::new()) };
    anyhow::ensure!(
        (1..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
        "--instance-id `{}`: use 1 to 32 ASCII letters, digits and dashes",
        name.escape_debug().take(64).collect::<String>()
    );
    Ok(format!("{name}-"))
}

/// Who may use the admin routes, from the flags.
fn admin(args: &ServeArgs) -> anyhow::Result<crate::serve::AdminAuth> {
    use crate::serve::AdminAuth;
    if args.insecure_open_admin {
        eprintln!("automem serve: --insecure-open-admin: anyone who can reach this server can publish schemas");
        return Ok(AdminAuth::Open);
    }
    let Some(var) = &args.admin_token_env else { return Ok(AdminAuth::Disabled) };
    let token = std::env::var(var)
        .map_err(|_| anyhow::anyhow!("--admin-token-env {var}: the variable `{var}` is not set (or not UTF-8)"))?;
    anyhow::ensure!(
        token.len() >= 16,
        "--admin-token-env {var}: the token is {} characters; use at least 16",
        token.len()
    );
    anyhow::ensure!(
        token.bytes().all(|b| b.is_ascii_graphic()),
        "--admin-token-env {var}: the token must be printable ASCII without spaces"
    );
    Ok(AdminAuth::Token(token))
}

pub fn run(cli: &Cli, args: &ServeArgs) -> anyhow::Result<()> {
    // Each session holds a game and a schema instance; smoke episodes need a few more.
    let sandbox = cli.sandbox.config(args.max_sessions.saturating_mul(2).saturating_add(64))?;
    let runtime = Runtime::new(sandbox, crate::cache::ComponentCache::default_dir())?;
    let games = args
        .games
        .iter()
        .map(|g| Ok(runtime.load_game(&resolve_component(cli, g)?)?))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let limits = crate::registry::RegistryLimits { max_versions: args.max_versions, keep_refused: args.keep_refused };
    let registry = Arc::new(Registry::open_with(&args.data.join("registry"), runtime.clone(), limits)?);
    let seeds = super::seeds::parse_seeds(&args.validation_seeds).map_err(anyhow::Error::msg)?;
    let config = ServeConfig {
        max_sessions: args.max_sessions,
        idle_timeout: Duration::from_secs(args.idle_timeout.max(1)),
        data_dir: args.data.clone(),
        watch_dir: args.watch.clone(),
        smoke_steps: args.smoke_steps,
        validation: crate::serve::Validation {
            seeds,
            random_seeds: args.random_validation_seeds,
            budget: Duration::from_secs(args.validation_budget.max(1)),
        },
        admin: admin(args)?,
        http: crate::serve::HttpLimits {
            header_timeout: Duration::from_secs(args.header_timeout.max(1)),
            body_timeout: Duration::from_secs(args.body_timeout.max(1)),
            max_connections: args.max_connections.max(1),
            shutdown_grace: Duration::from_secs(args.shutdown_grace),
        },
        max_upload_bytes: args.max_upload_bytes,
        id_prefix: id_prefix(args)?,
    };
    let fds = crate::serve::http::raise_fd_limit();
    if fds > 0 && (fds as usize) < args.max_connections + 64 {
        eprintln!(
            "automem serve: this process may open {fds} files, fewer than --max-connections {} needs; raise `ulimit -n`",
            args.max_connections
        );
    }
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
