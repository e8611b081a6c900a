//! `automem refine`: AutoMem's first loop. A reviewer reads the current best schema version's
//! evaluation and traces and revises its source; the revision is built into a component in the
//! sandbox pipeline, checked (rules, world, contract, smoke episode), evaluated on the fixed
//! seeds, and kept only if its mean progression strictly beats the best. Every attempt is in the
//! ledger (`OUT/ledger.jsonl`) and in the schema registry (`OUT/registry`) with its parent.
//!
//! Layout of OUT: `refine.json` (settings), `ledger.jsonl`, `versions/<hash>/` (component,
//! source, method), `evals/<hash>[-<settings>]/` (a run folder per evaluation, reused whenever the
//! same version is evaluated again), `attempts/r<round>-a<attempt>[-c]/` (the reviewer's workspace,
//! `diff.patch`, `build.log`), `builds/<digest>/` (what was compiled), `registry/`, and
//! `best.wasm` / `best.json`.
pub mod brief;
pub mod command;
pub mod compile;
pub mod host_reads;
pub mod ledger;
pub mod lexer;
mod llm_reviewer;
pub mod reviewer;
pub mod rules;
pub mod search;
pub mod source;

use crate::bindings::schema_api::SchemaInfo;
use crate::build::BuildError;
use crate::evaluate::{finished_records, play_all};
use crate::game::GamePlugin;
use crate::policy::PolicySource;
use crate::registry::{Registry, Status, short};
use crate::runner::{Interrupted, Setup};
use crate::runtime::Runtime;
use crate::schema::SchemaPlugin;
use anyhow::Context;
use automem_memory::Memory;
use automem_runfile::summary::{Summary, write_summary};
use brief::{Brief, Evaluated};
use ledger::{Attempt, Metrics, Settings, Stage, Verdict};
use reviewer::{CommandOptions, Outcome, Request, Reviewer, ReviewerSpec};
use source::Files;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Everything a refine is run with.
pub struct RefineOptions {
    /// The project root: schema sources, `Cargo.lock`, the shared guest target directory.
    pub root: PathBuf,
    /// The schema: a crate name under `schemas/` or a crate folder.
    pub schema: String,
    /// The game.
    pub game: GamePlugin,
    /// The policy that plays every evaluation.
    pub policy: PolicySource,
    /// Its settings.
    pub policy_settings: Vec<(String, String)>,
    /// The game's settings (`--game-setting`).
    pub game_settings: Vec<(String, String)>,
    /// The game's task ("" for its first).
    pub task: String,
    /// The fixed seeds.
    pub seeds: Vec<u64>,
    /// Step limit per episode.
    pub max_steps: u32,
    /// Episodes played at once.
    pub concurrency: usize,
    /// Rounds of revision.
    pub rounds: u32,
    /// Fresh attempts per round (each failed one gets one continuation).
    pub attempts: u32,
    /// The reviewer, as given.
    pub reviewer: String,
    /// How long one review may take.
    pub reviewer_timeout: Duration,
    /// Confine a `command:` reviewer's writes to its workspace.
    pub sandbox: bool,
    /// Extra folders a `command:` reviewer may write to.
    pub writable: Vec<PathBuf>,
    /// Characters of the LLM reviewer's prompt.
    pub context_budget: usize,
    /// Steps of a candidate's smoke episode.
    pub smoke_steps: u32,
    /// The output folder.
    pub out: PathBuf,
    /// A running `automem serve` that gets every kept version.
    pub publish: Option<String>,
    /// The server's admin token, sent as `Authorization: Bearer` when publishing.
    pub publish_token: Option<String>,
    /// Set on Ctrl-C.
    pub cancel: Arc<AtomicBool>,
}

/// How a refine ended.
#[derive(Debug)]
pub struct Refined {
    /// The base version and its score.
    pub base: (String, Metrics),
    /// The best version and its score.
    pub best: (String, Metrics),
    /// Every attempt, in order (earlier runs' included).
    pub attempts: Vec<Attempt>,
    /// Why it stopped early, if it did (the reviewer had nothing left to propose).
    pub stopped: Option<String>,
}

/// A built version, as refine keeps it.
struct Version {
    hash: String,
    plugin: SchemaPlugin,
    source: Files,
    info: SchemaInfo,
    method: Option<String>,
}

/// The refine loop's fixed parts.
struct Loop<'a> {
    options: &'a RefineOptions,
    runtime: &'a Runtime,
    tokio: &'a tokio::runtime::Handle,
    registry: Registry,
    name: String,
}

/// Run (or resume) a refine.
pub fn refine(runtime: &Runtime, tokio: &tokio::runtime::Handle, options: &RefineOptions) -> anyhow::Result<Refined> {
    let spec = ReviewerSpec::parse(&options.reviewer)?;
    anyhow::ensure!(!options.seeds.is_empty(), "refine needs at least one seed");
    // Building revisions needs the guest toolchain: find out now, before any evaluation.
    crate::build::toolchain::ensure_target(crate::build::toolchain::WASM_TARGET).map_err(|e| {
        anyhow::anyhow!("refine builds every revision into a component, and the guest toolchain is missing: {e}")
    })?;
    std::fs::create_dir_all(&options.out).with_context(|| format!("cannot create {}", options.out.display()))?;
    let lock = std::fs::File::create(options.out.join(".lock"))?;
    if lock.try_lock().is_err() {
        anyhow::bail!("another automem refine is using {}; wait for it or use another --out", options.out.display());
    }
    if options.sandbox && matches!(spec, ReviewerSpec::Command(_)) {
        command::check_confinement(&options.writable)?;
    }
    let registry = Registry::open(&options.out.join("registry"), runtime.clone())?;
    let mut refine = Loop { options, runtime, tokio, registry, name: String::new() };
    if let Some(url) = &options.publish {
        refine.check_server(url)?;
    }
    let base = refine.base_version()?;
    refine.name = base.info.name.clone();
    let settings = Settings {
        game: (options.game.name().to_string(), options.game.hash().to_string()),
        schema: options.schema.clone(),
        base: base.hash.clone(),
        policy: (options.policy.name(), options.policy.hash(), options.policy_settings.clone()),
        task: options.task.clone(),
        game_settings: options.game_settings.clone(),
        seeds: options.seeds.clone(),
        max_steps: options.max_steps,
        reviewer: options.reviewer.clone(),
    };
    ledger::check_or_write_settings(&options.out, &settings)?;
    let mut reviewer = refine.reviewer(&spec)?;
    let mut done = ledger::read(&options.out)?;
    if !done.is_empty() {
        println!("resuming: {} attempt(s) already in {}", done.len(), options.out.join(ledger::LEDGER).display());
    }
    let base_eval = refine.evaluate(&base, &[], "base")?;
    let last_kept = done.iter().rev().find(|a| a.verdict == Verdict::Kept).cloned();
    let mut best = match last_kept.as_ref().and_then(|a| a.candidate.clone()) {
        Some(hash) => refine.load_version(&hash)?,
        None => base,
    };
    let mut best_eval = refine.evaluate(&best, &[], "best")?;
    refine.save_best(&best, &best_eval.metrics)?;
    if let Some(kept) = &last_kept {
        // A run stopped right after recording a kept version may not have moved "latest" or
        // published it; both are idempotent, so redo them.
        refine.registry.set_latest(&refine.name, &best.hash)?;
        if let Some(url) = &options.publish {
            refine.publish(url, &best, kept)?;
        }
    }
    println!(
        "base {} · {:.2}%{}",
        short(&settings.base),
        base_eval.metrics.progression,
        if best.hash == settings.base {
            String::new()
        } else {
            format!(" · best so far {} · {:.2}%", short(&best.hash), best_eval.metrics.progression)
        }
    );
    let mut stopped = None;
    while let Some(slot) = ledger::next_slot(&done, options.rounds, options.attempts) {
        if options.cancel.load(Ordering::Relaxed) {
            return Err(Interrupted.into());
        }
        let attempt = refine.attempt(slot, &best, &best_eval, &done, reviewer.as_mut())?;
        ledger::append(&options.out, &attempt)?;
        println!("{}", attempt_line(&attempt));
        if attempt.verdict == Verdict::Kept
            && let Some(hash) = &attempt.candidate
        {
            best = refine.load_version(hash)?;
            best_eval = refine.evaluate(&best, &[], "best")?;
            refine.save_best(&best, &best_eval.metrics)?;
            refine.registry.set_latest(&refine.name, &best.hash)?;
            if let Some(url) = &options.publish {
                refine.publish(url, &best, &attempt)?;
            }
        }
        if attempt.verdict == Verdict::NoProposal {
            stopped = Some(attempt.reason.clone());
        }
        done.push(attempt);
    }
    Ok(Refined {
        base: (settings.base.clone(), base_eval.metrics),
        best: (best.hash.clone(), best_eval.metrics),
        attempts: done,
        stopped,
    })
}

/// The first line of a method, as the ledger and the registry keep it (at most 300 characters).
fn summary_line(method: &str) -> Option<String> {
    method.lines().next().map(|l| l.chars().take(300).collect())
}

/// One line per attempt for the terminal.
pub fn attempt_line(a: &Attempt) -> String {
    let score = a.metrics.as_ref().map(|m| format!(" · {:.2}% vs best {:.2}%", m.progression, a.best.progression));
    format!(
        "round {} attempt {}{} · {:?} at {:?}{} · {}",
        a.round,
        a.attempt,
        if a.continuation { " (continuation)" } else { "" },
        a.verdict,
        a.stage,
        score.unwrap_or_default(),
        a.reason.lines().next().unwrap_or("")
    )
}

fn metrics_of(summary: &Summary, records: &[automem_runfile::EpisodeRecord]) -> Metrics {
    let mut per_seed: Vec<(u64, f64)> =
        records.iter().filter(|r| r.is_complete()).map(|r| (r.seed, r.progression * 100.0)).collect();
    per_seed.sort_by_key(|p| p.0);
    Metrics {
        progression: summary.progression_percentage,
        standard_error: summary.standard_error,
        average_steps: summary.average_steps,
        average_achievements: summary.average_achievements,
        per_seed,
    }
}

/// Why an attempt stopped short, with the stage it stopped at.
struct Stop(Verdict, Stage, String);

impl<'a> Loop<'a> {
    fn reviewer(&self, spec: &ReviewerSpec) -> anyhow::Result<Box<dyn Reviewer>> {
        let o = self.options;
        Ok(match spec {
            ReviewerSpec::Search => Box::new(search::SearchReviewer),
            ReviewerSpec::Command(cmd) => Box::new(command::CommandReviewer::new(CommandOptions {
                command: cmd.clone(),
                timeout: o.reviewer_timeout,
                sandbox: o.sandbox,
                writable: o.writable.clone(),
            })),
            ReviewerSpec::Llm(s) => {
                Box::new(llm_reviewer::LlmReviewer::new(s, o.reviewer_timeout, o.context_budget, self.tokio.clone())?)
            }
        })
    }

    fn version_dir(&self, hash: &str) -> PathBuf {
        self.options.out.join("versions").join(hash)
    }

    /// The base version: built from the schema's crate the first time, then read back.
    fn base_version(&mut self) -> anyhow::Result<Version> {
        let settings_path = self.options.out.join(ledger::SETTINGS);
        if let Ok(bytes) = std::fs::read(&settings_path) {
            let old: Settings = serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is damaged; delete the folder to start over", settings_path.display()))?;
            if self.version_dir(&old.base).join("schema.wasm").is_file() {
                return self.load_version(&old.base);
            }
        }
        let crate_dir = source::locate(&self.options.root, &self.options.schema)?;
        let files = source::standalone(&self.options.root, &crate_dir)?;
        println!("building the base version from {} ...", crate_dir.display());
        let bytes = self.build(&files).map_err(|e| anyhow::anyhow!("the base schema does not build: {e}"))?;
        let plugin = self.runtime.load_schema_bytes(&self.options.schema, &bytes)?;
        let info = plugin.instantiate(0, Memory::default())?.describe()?;
        let hash = plugin.hash().to_string();
        self.name = info.name.clone();
        self.store_version(&hash, &bytes, &files, None, None)?;
        self.registry.submit(
            &info.name,
            &bytes,
            None,
            Some("automem refine".into()),
            Some(crate::registry::fit_text(
                &format!("base, from {}", crate_dir.display()),
                crate::registry::MAX_DESCRIPTION,
            )),
        )?;
        let meta = self.registry.validate(&info.name, &bytes, &|p| self.smoke(p), true)?;
        anyhow::ensure!(
            meta.status == Status::Published,
            "the base schema fails its smoke episode: {}",
            meta.reason.unwrap_or_default()
        );
        self.load_version(&hash)
    }

    fn store_version(
        &self,
        hash: &str,
        bytes: &[u8],
        files: &Files,
        method: Option<&str>,
        analysis: Option<&str>,
    ) -> anyhow::Result<()> {
        let dir = self.version_dir(hash);
        let _ = std::fs::remove_dir_all(&dir);
        source::write_tree(&dir.join("source"), files)?;
        if let Some(m) = method {
            std::fs::write(dir.join("method.md"), m)?;
        }
        if let Some(a) = analysis {
            std::fs::write(dir.join("analysis.md"), a)?;
        }
        // The component last: its presence says the version is complete.
        std::fs::write(dir.join("schema.wasm"), bytes)?;
        Ok(())
    }

    fn load_version(&self, hash: &str) -> anyhow::Result<Version> {
        let dir = self.version_dir(hash);
        let bytes = std::fs::read(dir.join("schema.wasm")).with_context(|| format!("version {hash} is missing"))?;
        let plugin = self.runtime.load_schema_bytes(&self.options.schema, &bytes)?;
        let info = plugin.instantiate(0, Memory::default())?.describe()?;
        Ok(Version {
            hash: plugin.hash().to_string(),
            plugin,
            source: source::read_tree(&dir.join("source"))?,
            info,
            method: std::fs::read_to_string(dir.join("method.md")).ok(),
        })
    }

    fn save_best(&self, best: &Version, metrics: &Metrics) -> anyhow::Result<()> {
        let out = &self.options.out;
        std::fs::copy(self.version_dir(&best.hash).join("schema.wasm"), out.join("best.wasm"))?;
        let json = serde_json::json!({"hash": best.hash, "metrics": metrics, "source": format!("versions/{}/source", best.hash)});
        std::fs::write(out.join("best.json"), serde_json::to_vec_pretty(&json)?)?;
        Ok(())
    }

    /// Build a revision's source (confined: it is untrusted).
    fn build(&self, files: &Files) -> Result<Vec<u8>, BuildError> {
        let limits = compile::BuildLimits { landlock: self.options.sandbox, ..Default::default() };
        compile::build_source(&self.options.root, &self.options.out.join("builds"), files, &limits)
    }

    fn smoke(&self, plugin: &SchemaPlugin) -> anyhow::Result<String> {
        let games = BTreeMap::from([(self.options.game.name().to_string(), self.options.game.clone())]);
        crate::serve::smoke_test(plugin, &games, self.options.smoke_steps).map(|(_, version)| version)
    }

    /// Evaluate a version (with tunables overridden by `settings`) on the fixed seeds, reusing
    /// every episode already played for the same version, settings, game, policy and limits.
    fn evaluate(&self, version: &Version, settings: &[(String, String)], label: &str) -> anyhow::Result<Evaluated> {
        let o = self.options;
        let mut setup = Setup {
            policy_settings: o.policy_settings.clone(),
            schema_settings: settings.to_vec(),
            ..Setup::new(o.game.clone(), Some(version.plugin.clone()), o.policy.clone(), o.max_steps).with_task(&o.task)
        };
        setup.task.settings = o.game_settings.clone();
        let mut key = serde_json::json!([
            o.game.hash(),
            o.policy.name(),
            o.policy.hash(),
            o.policy_settings,
            o.task,
            o.max_steps,
            settings
        ]);
        // Game settings join the key only when given, so earlier evaluations keep their keys.
        if let (false, Some(parts)) = (o.game_settings.is_empty(), key.as_array_mut()) {
            parts.push(serde_json::json!(o.game_settings));
        }
        let digest = crate::cache::sha256_hex(key.to_string().as_bytes());
        // Screening runs are named by the setting they try, so a user can find them.
        let tried: String = settings.iter().map(|(k, v)| format!("-{k}={v}")).collect();
        let tried: String = tried
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || "-_=.".contains(c) { c } else { '_' })
            .take(80)
            .collect();
        let dir = o.out.join("evals").join(format!("{}-{}{tried}", short(&version.hash), &digest[..8]));
        std::fs::create_dir_all(&dir)?;
        setup.out = Some(dir.clone());
        let mut records = finished_records(&dir, &o.seeds, &setup)?;
        let todo: Vec<u64> = o.seeds.iter().copied().filter(|s| !records.iter().any(|r| r.seed == *s)).collect();
        if !todo.is_empty() {
            let bar = indicatif::ProgressBar::new(todo.len() as u64 * u64::from(o.max_steps));
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} steps · {msg} · {elapsed_precise}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message(format!("evaluating {label} {}", short(&version.hash)));
            let (played, interrupted) = self.tokio.block_on(play_all(
                Arc::new(setup.clone()),
                todo,
                o.concurrency,
                &bar,
                o.cancel.clone(),
                false,
            ));
            bar.finish_and_clear();
            if interrupted > 0 {
                return Err(Interrupted.into());
            }
            records.extend(played);
        }
        records.sort_by_key(|r| r.seed);
        let summary = Summary::from_episodes(o.game.name(), &records);
        write_summary(&dir, &summary)?;
        if let Some(failed) = records.iter().find(|r| !r.is_complete()) {
            anyhow::bail!(
                "episode seed {} failed: {}",
                failed.seed,
                failed.error.as_deref().unwrap_or("no reason recorded")
            );
        }
        let stats =
            automem_runfile::stats::run_stats(&dir)?.into_iter().filter(|s| o.seeds.contains(&s.seed)).collect();
        Ok(Evaluated {
            hash: version.hash.clone(),
            metrics: metrics_of(&summary, &records),
            summary,
            stats,
            dir,
            method: version.method.clone(),
        })
    }

    /// The folder of an attempt.
    fn attempt_dir(&self, (round, attempt, continuation): (u32, u32, bool)) -> (String, PathBuf) {
        let name = format!("r{round}-a{attempt}{}", if continuation { "-c" } else { "" });
        let dir = self.options.out.join("attempts").join(&name);
        (format!("attempts/{name}"), dir)
    }

    /// One attempt, start to verdict. Only interruption and I/O on OUT are errors; everything a
    /// reviewer or its code can do wrong becomes the attempt's verdict.
    fn attempt(
        &self,
        slot: (u32, u32, bool),
        best: &Version,
        best_eval: &Evaluated,
        done: &[Attempt],
        reviewer: &mut dyn Reviewer,
    ) -> anyhow::Result<Attempt> {
        let started = Instant::now();
        let (rel, ws) = self.attempt_dir(slot);
        let _ = std::fs::remove_dir_all(&ws);
        source::write_workspace(&self.options.root, &ws, "schema", &best.source)?;
        let failed = if slot.2 { done.last().filter(|a| a.round == slot.0 && a.attempt == slot.1) } else { None };
        let failed_eval = match failed.and_then(|a| a.candidate.as_ref().filter(|_| a.metrics.is_some())) {
            Some(hash) => self.load_version(hash).and_then(|v| self.evaluate(&v, &[], "failed attempt")).ok(),
            None => None,
        };
        let failed_dir = failed.map(|a| self.options.out.join(&a.dir));
        let brief = Brief {
            schema: &self.name,
            game: self.options.game.name(),
            instructions: &self
                .options
                .game
                .instantiate(0)
                .and_then(|mut g| g.info())
                .map(|i| i.instructions)
                .unwrap_or_default(),
            policy: &self.options.policy.name(),
            slot,
            best: best_eval,
            failed: failed.zip(failed_dir.as_deref()).map(|(a, d)| (a, failed_eval.as_ref(), d)),
        };
        std::fs::write(ws.join("brief.md"), brief.markdown())?;
        std::fs::create_dir_all(ws.join("material"))?;
        std::fs::write(ws.join("material").join("summary.json"), serde_json::to_vec_pretty(&best_eval.summary)?)?;
        std::fs::write(ws.join("material").join("stats.json"), serde_json::to_vec_pretty(&best_eval.stats)?)?;
        let tried: Vec<Files> = done
            .iter()
            .filter(|a| a.parent == best.hash)
            .filter_map(|a| source::read_tree(&self.options.out.join(&a.dir).join("schema")).ok())
            .collect();
        let screen = |settings: &[(String, String)]| self.evaluate(best, settings, "screening").map(|e| e.metrics);
        let request = Request {
            workspace: &ws,
            brief: &brief,
            source: &best.source,
            info: &best.info,
            screen: &screen,
            tried: &tried,
            cancel: &self.options.cancel,
        };
        let mut record = Attempt {
            round: slot.0,
            attempt: slot.1,
            continuation: slot.2,
            reviewer: self.options.reviewer.clone(),
            parent: best.hash.clone(),
            candidate: None,
            verdict: Verdict::Rejected,
            stage: Stage::Review,
            reason: String::new(),
            metrics: None,
            best: best_eval.metrics.clone(),
            dir: rel,
            method: None,
            diff_lines: (0, 0),
            seconds: 0.0,
        };
        // Versions already recorded: the best, every candidate, and the base (the first parent).
        let known: Vec<&str> = std::iter::once(best.hash.as_str())
            .chain(done.iter().filter_map(|a| a.candidate.as_deref()))
            .chain(done.first().map(|a| a.parent.as_str()))
            .collect();
        let outcome = self.try_attempt(&mut record, best, best_eval, reviewer, &request, &known);
        match outcome {
            Ok(()) => {}
            Err(Stop(verdict, stage, reason)) => {
                record.verdict = verdict;
                record.stage = stage;
                record.reason = reason;
            }
        }
        if self.options.cancel.load(Ordering::Relaxed) {
            // An attempt cut short by Ctrl-C is not recorded; a resume redoes it.
            return Err(Interrupted.into());
        }
        record.seconds = started.elapsed().as_secs_f64();
        Ok(record)
    }

    fn try_attempt(
        &self,
        record: &mut Attempt,
        best: &Version,
        best_eval: &Evaluated,
        reviewer: &mut dyn Reviewer,
        request: &Request<'_>,
        known: &[&str],
    ) -> Result<(), Stop> {
        let ws = request.workspace;
        let review = reviewer.review(request);
        // What the reviewer hands back is read as regular files only (no symlink, FIFO or device).
        let method = source::read_left_file(&ws.join("method.md"));
        let analysis = source::read_left_file(&ws.join("analysis.md"));
        record.method = method.as_ref().ok().and_then(|m| m.as_deref()).and_then(summary_line);
        match review {
            Ok(Outcome::Revised) => {}
            Ok(Outcome::Nothing(why)) => return Err(Stop(Verdict::NoProposal, Stage::Review, why)),
            Err(e) => return Err(Stop(Verdict::ReviewerFailed, Stage::Review, format!("{e:#}"))),
        }
        let failed = |e: anyhow::Error| Stop(Verdict::ReviewerFailed, Stage::Review, format!("{e:#}"));
        let (method, analysis) = (method.map_err(failed)?, analysis.map_err(failed)?);
        let reject = |stage: Stage| move |reason: String| Stop(Verdict::Rejected, stage, reason);
        let revised = source::read_tree(&ws.join("schema")).map_err(|e| reject(Stage::Rules)(format!("{e:#}")))?;
        let diff = source::unified_diff(&best.source, &revised);
        let _ = source::write_fresh(&ws.join("diff.patch"), diff.as_bytes());
        record.diff_lines = source::diff_size(&diff);
        let change = rules::check_revision(&best.source, &revised).map_err(reject(Stage::Rules))?;
        let build_started = Instant::now();
        let built = self.build(&revised);
        let bytes = match built {
            Ok(bytes) => {
                let _ = source::write_fresh(
                    &ws.join("build.log"),
                    format!("built in {:.1?}\n", build_started.elapsed()).as_bytes(),
                );
                bytes
            }
            Err(e) => {
                let text = e.to_string();
                let _ = source::write_fresh(&ws.join("build.log"), text.as_bytes());
                let head: Vec<&str> = text.lines().take(12).collect();
                return Err(reject(Stage::Build)(format!("it does not build:\n{}", head.join("\n"))));
            }
        };
        let hash = crate::cache::sha256_hex(&bytes);
        if known.contains(&hash.as_str()) {
            return Err(reject(Stage::Build)(format!(
                "it builds to the same component as version {} (the change does not reach the component)",
                short(&hash)
            )));
        }
        record.candidate = Some(hash.clone());
        self.store_version(&hash, &bytes, &revised, method.as_deref(), analysis.as_deref())
            .map_err(|e| reject(Stage::Build)(format!("cannot store the version: {e:#}")))?;
        let _ = self.registry.submit(
            &self.name,
            &bytes,
            Some(best.hash.clone()),
            Some("automem refine".into()),
            record.method.as_deref().map(|m| crate::registry::fit_text(m, crate::registry::MAX_DESCRIPTION)),
        );
        // The world check and the contract, then the smoke episode; the registry records the refusal.
        let checked =
            self.runtime.load_schema_bytes(&self.name, &bytes).map_err(|e| (Stage::Contract, format!("{e}"))).and_then(
                |p| {
                    let info = p
                        .instantiate(0, Memory::default())
                        .and_then(|mut i| i.describe())
                        .map_err(|e| (Stage::Contract, e.to_string()))?;
                    rules::check_contract(&best.info, &info).map_err(|e| (Stage::Contract, e))?;
                    Ok(p)
                },
            );
        let validated = self.registry.validate(
            &self.name,
            &bytes,
            &|p| match &checked {
                Ok(_) => self.smoke(p),
                Err((_, reason)) => Err(anyhow::anyhow!("{reason}")),
            },
            false,
        );
        let candidate = match (checked, validated) {
            (Err((stage, reason)), _) => return Err(reject(stage)(reason)),
            (Ok(_), Ok(meta)) if meta.status == Status::Refused => {
                return Err(reject(Stage::Smoke)(meta.reason.unwrap_or_default()));
            }
            (Ok(_), Err(e)) => return Err(reject(Stage::Smoke)(e.to_string())),
            (Ok(p), Ok(_)) => p,
        };
        let version =
            Version { hash: hash.clone(), plugin: candidate, source: revised, info: best.info.clone(), method };
        let evaluated = self.evaluate(&version, &[], "candidate").map_err(|e| {
            if e.downcast_ref::<Interrupted>().is_some() {
                Stop(Verdict::Rejected, Stage::Evaluation, "interrupted".into())
            } else {
                reject(Stage::Evaluation)(format!("{e:#}"))
            }
        })?;
        let m = evaluated.metrics.clone();
        let _ = self.registry.set_evaluation(
            &self.name,
            &hash,
            serde_json::json!({"progression": m.progression, "standard_error": m.standard_error, "seeds": self.options.seeds, "policy": self.options.policy.name()}),
        );
        record.metrics = Some(m.clone());
        if m.progression > best_eval.metrics.progression + 1e-9 {
            record.verdict = Verdict::Kept;
            record.stage = Stage::Comparison;
            record.reason = format!(
                "{:.2}% strictly beats the best's {:.2}% ({change})",
                m.progression, best_eval.metrics.progression
            );
            Ok(())
        } else {
            Err(reject(Stage::Comparison)(format!(
                "{:.2}% does not strictly beat the best's {:.2}%",
                m.progression, best_eval.metrics.progression
            )))
        }
    }

    fn check_server(&self, url: &str) -> anyhow::Result<()> {
        let url = format!("{}/healthz", url.trim_end_matches('/'));
        let ok = self.tokio.block_on(async {
            reqwest::Client::new()
                .get(&url)
                .timeout(Duration::from_secs(10))
                .send()
                .await
                .map(|r| r.status().is_success())
        });
        match ok {
            Ok(true) => Ok(()),
            Ok(false) => anyhow::bail!("--publish: {url} did not answer OK; is it an automem serve?"),
            Err(e) => anyhow::bail!("--publish: cannot reach {url}: {e}; start `automem serve` first"),
        }
    }

    /// Upload a kept version to a running server and wait until it is published (or refused).
    fn publish(&self, url: &str, best: &Version, attempt: &Attempt) -> anyhow::Result<()> {
        let base = url.trim_end_matches('/');
        let bytes = std::fs::read(self.version_dir(&best.hash).join("schema.wasm"))?;
        let token = self.options.publish_token.as_deref();
        let result: anyhow::Result<String> = self.tokio.block_on(async {
            let client = reqwest::Client::new();
            let auth = |r: reqwest::RequestBuilder| match token {
                Some(t) => r.bearer_auth(t),
                None => r,
            };
            let mut query = vec![("created_by", "automem refine".to_string()), ("wait", "true".to_string())];
            // The server takes a parent only if it has that version.
            let parent = client
                .get(format!("{base}/v1/schemas/{}/versions/{}", self.name, attempt.parent))
                .timeout(Duration::from_secs(30))
                .send()
                .await;
            if parent.is_ok_and(|r| r.status().is_success()) {
                query.push(("parent", attempt.parent.clone()));
            }
            if let Some(m) = &attempt.method {
                query.push(("description", crate::registry::fit_text(m, crate::registry::MAX_DESCRIPTION)));
            }
            // With wait=true the server answers once the version is validated and published.
            let resp = auth(client.post(format!("{base}/v1/schemas/{}/versions", self.name)))
                .query(&query)
                .body(bytes)
                .timeout(Duration::from_secs(300))
                .send()
                .await?;
            let status = resp.status();
            let body = resp.text().await.unwrap_or_default();
            anyhow::ensure!(status.is_success(), "the server answered {status}: {body}");
            let meta: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
            if let Some(other) = meta["version"]["status"].as_str().filter(|s| *s != "published") {
                anyhow::bail!("the server left it {other}: {body}");
            }
            // A version the server already knew is not moved to latest by the upload: do it.
            let resp = auth(client.post(format!("{base}/v1/schemas/{}/latest", self.name)))
                .header("content-type", "application/json")
                .body(serde_json::json!({"hash": best.hash}).to_string())
                .timeout(Duration::from_secs(30))
                .send()
                .await?;
            anyhow::ensure!(resp.status().is_success(), "setting latest answered {}", resp.status());
            Ok("published".to_string())
        });
        match result {
            Ok(_) => {
                println!("published {} to {base}", short(&best.hash));
                Ok(())
            }
            Err(e) => {
                // The version is safe in OUT; say how to publish it by hand, and go on refining.
                eprintln!(
                    "automem: could not publish {} to {base}: {e:#}; it is in {} (upload it with POST /v1/schemas/{}/versions)",
                    short(&best.hash),
                    self.version_dir(&best.hash).join("schema.wasm").display(),
                    self.name
                );
                Ok(())
            }
        }
    }
}
