//! Validation episodes: a new schema version plays a few short episodes on several seeds, each
//! within a time budget, before any session can get it.
use crate::bindings::game_api::TaskOptions;
use crate::bindings::policy_api::{Message, Reply, TurnContext};
use crate::bindings::types::Phase;
use crate::episode::{Agents, EpisodeSpec, Output, Policy, PolicyError, run_episode_with};
use crate::game::GamePlugin;
use automem_memory::{Memory, Quotas};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// What one validation episode may write to its (discarded) trace and memory journal: a schema
/// that writes more in a few smoke steps ends its episode there (`trace-limit`).
pub const VALIDATION_MAX_BYTES: u64 = 64 << 20;

/// How new versions are validated.
#[derive(Debug, Clone)]
pub struct Validation {
    /// Seeds every version plays.
    pub seeds: Vec<u64>,
    /// More seeds, drawn at random for each version (so an uploader cannot know them all).
    pub random_seeds: u32,
    /// Wall-clock time one validation episode may take.
    pub budget: Duration,
}

impl Default for Validation {
    /// Seed 1 and three random seeds, 10 s each.
    fn default() -> Self {
        Validation { seeds: vec![1], random_seeds: 3, budget: Duration::from_secs(10) }
    }
}

impl Validation {
    /// The seeds one version plays: the fixed ones, then the random ones.
    pub fn draw(&self) -> Vec<u64> {
        let mut seeds = self.seeds.clone();
        for _ in 0..self.random_seeds {
            let seed = random_u64() % 1_000_000_000;
            if !seeds.contains(&seed) {
                seeds.push(seed);
            }
        }
        if seeds.is_empty() {
            seeds.push(1);
        }
        seeds
    }
}

fn random_u64() -> u64 {
    let mut buf = [0u8; 8];
    // SAFETY: getrandom writes at most `buf.len()` bytes into `buf`.
    let n = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), 0) };
    if n != 8 {
        // No kernel randomness: fall back to the clock (still unknown to a remote uploader).
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        return nanos as u64 ^ (nanos >> 64) as u64;
    }
    u64::from_le_bytes(buf)
}

/// A policy for validation episodes: ends LOG at once and commits the first valid action.
struct SmokePolicy;

impl Policy for SmokePolicy {
    fn respond(&mut self, _messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        let text = match context.phase {
            Phase::Log => "<|DONE|>".to_string(),
            Phase::Plan => format!("<|ACTION|>{}<|END|>", context.actions.first().map_or("", String::as_str)),
        };
        Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
    }
}

/// Play a short episode of seed 1 with a new schema version (on its own game, or the first
/// loaded), so a version that traps, loops or breaks its files is refused. Returns the name and
/// version string the schema declares.
pub fn smoke_test(
    schema: &crate::schema::SchemaPlugin,
    games: &BTreeMap<String, GamePlugin>,
    steps: u32,
) -> anyhow::Result<(String, String)> {
    validate_episodes(schema, games, steps, &[1], Duration::from_secs(60))
}

/// Play a `steps`-step episode per seed, each within `budget` (every plugin call is bounded by
/// the sandbox's call timeout, the episode by the budget); the first that fails refuses the
/// version, naming its seed. Returns the name and version string the schema declares.
pub fn validate_episodes(
    schema: &crate::schema::SchemaPlugin,
    games: &BTreeMap<String, GamePlugin>,
    steps: u32,
    seeds: &[u64],
    budget: Duration,
) -> anyhow::Result<(String, String)> {
    let info = schema.instantiate(0, Memory::default())?.describe()?;
    let game =
        games.get(&info.game).or_else(|| if info.game == "*" { games.values().next() } else { None }).ok_or_else(
            || anyhow::anyhow!("the schema is written for game `{}`, which this server does not have", info.game),
        )?;
    for &seed in seeds {
        let spec = EpisodeSpec {
            seed,
            task: TaskOptions { task: String::new(), max_steps: Some(steps), settings: Vec::new() },
            max_steps: steps,
            schema_settings: Vec::new(),
            quotas: Quotas::default(),
            initial_memory: None,
        };
        let mut policy = SmokePolicy;
        let agents = Agents { memory: &mut policy, gameplay: None };
        let started = Instant::now();
        let mut within_budget = |_: &automem_runfile::StepRecord| {
            anyhow::ensure!(
                started.elapsed() <= budget,
                "it took longer than its time budget of {budget:?} after {:?}",
                started.elapsed()
            );
            Ok(0)
        };
        // The journal streams to nowhere, as a session's streams to its file: a version that
        // rewrites its files every step keeps nothing in RAM while it is validated.
        let output = Output {
            trace: &mut within_budget,
            journal: Some(Box::new(std::io::sink())),
            max_bytes: VALIDATION_MAX_BYTES,
        };
        run_episode_with(game, Some(schema), agents, &spec, output)
            .map_err(|e| anyhow::anyhow!("its smoke episode on `{}` with seed {seed} failed: {e:#}", game.name()))?;
        anyhow::ensure!(
            started.elapsed() <= budget,
            "its smoke episode on `{}` with seed {seed} took {:?}, over its time budget of {budget:?}",
            game.name(),
            started.elapsed()
        );
    }
    Ok((info.name, info.version))
}
