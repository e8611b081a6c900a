//! `automem mine`: loop 2's data engine (automem.md 1.9). Good memory decisions, picked from the
//! traces and journals of many episodes, become fine-tuning data for a memory specialist.
//!
//! The driver: find the episodes ([`candidates::discover`]), read each into candidate turns with
//! their facts and AutoMem's post-processing verdict ([`candidates::scan_episode`]), score them
//! ([`heuristic::score`]), optionally keep only the top episodes by progression, select (the
//! heuristic, or an LLM judge: [`judge`]), read the kept turns' text again and build the items
//! ([`output::TrainingItem`]), validate them all, and write the dataset, the decisions, the
//! statistics, the LoRA configs ([`lora`]) and, with `--dpo`, preference pairs ([`dpo`]).
#![deny(missing_docs)]

pub mod candidates;
pub mod dpo;
pub mod heuristic;
pub mod judge;
pub mod lora;
pub mod output;

use candidates::{Candidate, Episode, discover, scan_episode};
use heuristic::{KEEP_SCORE, Scored, score};
use indicatif::ProgressBar;
use output::{ReviewRow, Stats, TrainingItem, file_stem, write_atomic};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// AutoMem's base model, the default for the generated configs.
pub const DEFAULT_BASE_MODEL: &str = "Qwen/Qwen2.5-32B-Instruct";

/// Who picks the examples.
#[derive(Debug, Clone)]
pub enum Selector {
    /// The offline, deterministic scorer.
    Heuristic,
    /// An LLM judge behind an OpenAI-compatible endpoint.
    Judge(Box<automem_llm::EndpointConfig>),
}

impl Selector {
    /// `heuristic`, or `openai:URL#MODEL[?...]` (as `automem run --policy`).
    ///
    /// # Errors
    /// The spec is neither, or the endpoint spec is invalid.
    pub fn parse(spec: &str) -> anyhow::Result<Selector> {
        if spec == "heuristic" {
            return Ok(Selector::Heuristic);
        }
        if automem_llm::is_endpoint_spec(spec) {
            let config =
                automem_llm::EndpointConfig::parse_spec(spec).map_err(|e| anyhow::anyhow!("--selector {spec}: {e}"))?;
            return Ok(Selector::Judge(Box::new(config)));
        }
        anyhow::bail!("--selector `{spec}`: expected `heuristic` or an endpoint `openai:http://HOST:PORT/v1#MODEL`")
    }
}

/// What `automem mine` is asked to do.
#[derive(Debug, Clone)]
pub struct MineOptions {
    /// Run folders to read (`automem run --out` folders, `automem serve --data` folders).
    pub runs: Vec<PathBuf>,
    /// Where the dataset and its companions go.
    pub out: PathBuf,
    /// Who picks.
    pub selector: Selector,
    /// The heuristic tops up to this many items with the best remaining candidates (score >= 0).
    pub min_examples: usize,
    /// Only the top PCT% of episodes by progression give candidates (100 = all).
    pub top_episodes: f64,
    /// Seed of the dataset's shuffle (and of the judge's retry jitter).
    pub seed: u64,
    /// Also write DPO preference pairs.
    pub dpo: bool,
    /// The base model named in the generated configs and commands.
    pub base_model: String,
}

impl MineOptions {
    /// Options with AutoMem's defaults: heuristic, 300 examples, all episodes, seed 42.
    pub fn new(runs: Vec<PathBuf>, out: PathBuf) -> Self {
        MineOptions {
            runs,
            out,
            selector: Selector::Heuristic,
            min_examples: 300,
            top_episodes: 100.0,
            seed: 42,
            dpo: false,
            base_model: DEFAULT_BASE_MODEL.to_string(),
        }
    }
}

/// What a mine produced.
#[derive(Debug, Clone)]
pub struct MineReport {
    /// The statistics written to `selection_stats.json`.
    pub stats: Stats,
    /// Files written, relative to the output folder.
    pub files: Vec<String>,
    /// Commands to train and evaluate, one per game.
    pub commands: Vec<String>,
    /// Things the user should know (e.g. fewer items than --min-examples).
    pub warnings: Vec<String>,
}

/// A candidate on its way through selection.
struct Pick {
    candidate: Candidate,
    scored: Scored,
    /// keep, stage, reason; `None` while undecided.
    decision: Option<(bool, &'static str, String)>,
}

/// Reads and scores every candidate of `episodes` with the heuristic; returns the steps read
/// and the scored candidates (what `automem mine --selector heuristic` spends its time on).
pub fn score_episodes(episodes: &[Episode]) -> anyhow::Result<(u64, Vec<(Candidate, Scored)>)> {
    let mut steps = 0;
    let mut all = Vec::new();
    for (i, episode) in episodes.iter().enumerate() {
        let scan = scan_episode(episode, i, &|_, _, _| false)?;
        steps += scan.steps;
        all.extend(scan.candidates.into_iter().map(|c| {
            let s = score(&c);
            (c, s)
        }));
    }
    Ok((steps, all))
}

/// The episodes in the top `pct` percent by progression (then reward, then name).
fn top_episodes(episodes: &[Episode], pct: f64) -> BTreeSet<usize> {
    let mut order: Vec<usize> = (0..episodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (ea, eb) = (&episodes[a], &episodes[b]);
        eb.progression.total_cmp(&ea.progression).then(eb.reward.total_cmp(&ea.reward)).then(ea.name().cmp(&eb.name()))
    });
    let n = ((episodes.len() as f64) * pct / 100.0).ceil().max(1.0) as usize;
    order.into_iter().take(n).collect()
}

/// A Fisher-Yates shuffle driven by splitmix64: the same seed, the same order, on every platform.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Runs the whole mine; `bar` shows progress (use `ProgressBar::hidden()` for none).
///
/// # Errors
/// Unreadable or foreign run folders, bad options, an unreachable output folder, or a dataset
/// item that breaks a rule (nothing is written then but the decisions).
pub fn mine(options: &MineOptions, bar: &ProgressBar) -> anyhow::Result<MineReport> {
    anyhow::ensure!(
        options.top_episodes > 0.0 && options.top_episodes <= 100.0,
        "--top-episodes {}: must be a percentage in (0, 100]",
        options.top_episodes
    );
    anyhow::ensure!(!options.runs.is_empty(), "no --runs folder given");
    let episodes = discover(&options.runs)?;
    std::fs::create_dir_all(&options.out)
        .map_err(|e| anyhow::anyhow!("cannot create the output folder {}: {e}", options.out.display()))?;

    // Pass 1: candidates, facts, scores.
    bar.set_length(episodes.len() as u64);
    bar.set_message("reading traces");
    let mut picks: Vec<Pick> = Vec::new();
    let mut offsets: Vec<usize> = Vec::with_capacity(episodes.len() + 1);
    let mut steps = 0u64;
    for (i, episode) in episodes.iter().enumerate() {
        offsets.push(picks.len());
        let scan = scan_episode(episode, i, &|_, _, _| false)?;
        steps += scan.steps;
        for candidate in scan.candidates {
            let scored = score(&candidate);
            picks.push(Pick { candidate, scored, decision: None });
        }
        bar.inc(1);
    }
    offsets.push(picks.len());
    let top = top_episodes(&episodes, options.top_episodes);
    for pick in &mut picks {
        if let Err(reject) = &pick.candidate.clean {
            pick.decision = Some((false, "postprocess", format!("post-processing rule `{}`: {reject}", reject.rule())));
        } else if !top.contains(&pick.candidate.episode) {
            pick.decision = Some((
                false,
                "episode-filter",
                format!("episode outside the top {}% by progression", options.top_episodes),
            ));
        }
    }

    // Selection.
    let mut warnings = Vec::new();
    let selector_name = match &options.selector {
        Selector::Heuristic => {
            select_heuristic(&mut picks, options.min_examples);
            "heuristic".to_string()
        }
        Selector::Judge(config) => {
            select_with_judge(&mut picks, &offsets, &episodes, config, options, bar)?;
            format!("judge {} at {}", config.model, config.base_url)
        }
    };

    // Pass 2: the kept turns' text, and with --dpo the low-scoring turns of the same episodes.
    let kept_episodes: BTreeSet<usize> =
        picks.iter().filter(|p| matches!(p.decision, Some((true, ..)))).map(|p| p.candidate.episode).collect();
    bar.set_length(kept_episodes.len() as u64);
    bar.set_position(0);
    bar.set_message("building items");
    let mut items: BTreeMap<usize, TrainingItem> = BTreeMap::new();
    for &e in &kept_episodes {
        let range = offsets[e]..offsets[e + 1];
        let wanted: BTreeSet<(u32, u8, u32)> = picks[range.clone()]
            .iter()
            .filter(|p| {
                matches!(p.decision, Some((true, ..)))
                    || (options.dpo && p.candidate.clean.is_ok() && p.scored.score < 0)
            })
            .map(|p| key(&p.candidate))
            .collect();
        let scan = scan_episode(&episodes[e], e, &|s, ph, t| wanted.contains(&(s, phase_rank(ph), t)))?;
        for (ci, materials) in scan.materials {
            let index = offsets[e] + ci;
            let Some(pick) = picks.get_mut(index) else { continue };
            let id = pick.candidate.id(&episodes);
            match TrainingItem::build(id, &episodes[e].game, pick.candidate.phase, &materials) {
                Ok(item) => {
                    items.insert(index, item);
                }
                Err(reject) if matches!(pick.decision, Some((true, ..))) => {
                    pick.decision =
                        Some((false, "postprocess", format!("post-processing rule `{}`: {reject}", reject.rule())));
                }
                Err(_) => {}
            }
        }
        bar.inc(1);
    }

    // Items per game, shuffled; review rows and statistics in trace order.
    let mut by_game: BTreeMap<String, Vec<TrainingItem>> = BTreeMap::new();
    let mut stats = Stats {
        selector: selector_name,
        seed: options.seed,
        episodes: episodes.len() as u64,
        episodes_used: top.len() as u64,
        steps,
        min_examples: options.min_examples as u64,
        ..Stats::default()
    };
    let dpo_pairs = options.dpo.then(|| dpo_pairs(&picks, &items, &offsets, &episodes));
    let mut review = String::new();
    for (index, pick) in picks.iter().enumerate() {
        let c = &pick.candidate;
        let episode = &episodes[c.episode];
        let (keep, stage, reason) = match &pick.decision {
            Some((keep, stage, reason)) => (*keep, *stage, reason.clone()),
            None => (false, "judge-fault", "the judge gave no answer".to_string()),
        };
        let item = items.remove(&index);
        let keep = keep && item.is_some();
        if keep && let Some(item) = item {
            by_game.entry(episode.game.clone()).or_default().push(item);
        }
        if !keep {
            *stats.rejected_by_stage.entry(stage.to_string()).or_default() += 1;
            if let Err(reject) = &c.clean {
                *stats.rejected_by_rule.entry(reject.rule().to_string()).or_default() += 1;
            }
        }
        stats.count(c.phase, &c.facts.ops, &episode.game, &episode.name(), keep);
        let row = ReviewRow {
            id: c.id(&episodes),
            game: episode.game.clone(),
            seed: episode.seed,
            step: c.step,
            phase: candidates::phase_name(c.phase),
            turn: c.turn,
            decision: if keep { "keep" } else { "reject" },
            stage,
            score: pick.scored.score,
            reason,
        };
        review.push_str(&serde_json::to_string(&row)?);
        review.push('\n');
    }

    for list in by_game.values_mut() {
        shuffle(list, options.seed);
    }
    remove_stale_outputs(&options.out)?;
    write_atomic(&options.out.join("review_decisions.jsonl"), review.as_bytes())?;
    output::validate_all(by_game.values().flatten())?;

    // The files.
    let mut files = vec!["review_decisions.jsonl".to_string()];
    let mut commands = Vec::new();
    let games: Vec<String> = by_game.keys().cloned().collect();
    for (game, list) in &by_game {
        let stem = file_stem(game);
        let sharegpt = format!("{stem}.sharegpt.json");
        output::write_with(&options.out.join(&sharegpt), |w| output::sharegpt(list, w))?;
        let messages = format!("{stem}.messages.jsonl");
        output::write_with(&options.out.join(&messages), |w| output::messages_jsonl(list, w))?;
        let yaml = lora::yaml_name(game);
        write_atomic(&options.out.join(&yaml), lora::sft_yaml(game, &options.base_model, list.len()).as_bytes())?;
        files.extend([sharegpt, messages, yaml]);
        let schema = main_schema(&episodes, game);
        commands.push(format!("cd {} && {}", options.out.display(), lora::train_command(game)));
        commands.push(lora::serve_command(game, &options.base_model));
        commands.push(lora::eval_command(game, &schema, &options.base_model));
    }
    if let Some(pairs) = &dpo_pairs {
        let mut total = 0u64;
        for (game, list) in pairs {
            let name = format!("{}.dpo.jsonl", file_stem(game));
            let mut text = String::new();
            for pair in list {
                text.push_str(&serde_json::to_string(pair)?);
                text.push('\n');
            }
            total += list.len() as u64;
            write_atomic(&options.out.join(&name), text.as_bytes())?;
            files.push(name);
        }
        stats.dpo_pairs = Some(total);
    }
    if !games.is_empty() {
        write_atomic(&options.out.join("dataset_info.json"), output::dataset_info(&games)?.as_bytes())?;
        files.push("dataset_info.json".into());
    }
    if (stats.kept as usize) < options.min_examples {
        warnings.push(format!(
            "only {} item(s) kept, fewer than --min-examples {}: mine more episodes (AutoMem used 100 training \
             episodes; it recommends 600 items for Crafter) or lower --min-examples",
            stats.kept, options.min_examples
        ));
    }
    write_atomic(&options.out.join("selection_stats.json"), (serde_json::to_string_pretty(&stats)? + "\n").as_bytes())?;
    files.push("selection_stats.json".into());
    write_atomic(&options.out.join("README.md"), readme(&stats, &by_game, &episodes, options).as_bytes())?;
    files.push("README.md".into());
    if matches!(options.selector, Selector::Judge(_)) {
        files.push(judge::DECISIONS_FILE.into());
    }
    files.sort();
    Ok(MineReport { stats, files, commands, warnings })
}

fn phase_rank(phase: automem_protocol::Phase) -> u8 {
    match phase {
        automem_protocol::Phase::Log => 0,
        automem_protocol::Phase::Plan => 1,
    }
}

fn key(c: &Candidate) -> (u32, u8, u32) {
    (c.step, phase_rank(c.phase), c.turn)
}

/// Heuristic selection: score >= [`KEEP_SCORE`] is kept; then, up to `min_examples`, the best
/// remaining candidates with a score of at least 0.
fn select_heuristic(picks: &mut [Pick], min_examples: usize) {
    let mut kept = 0usize;
    for pick in picks.iter_mut().filter(|p| p.decision.is_none()) {
        let keep = pick.scored.score >= KEEP_SCORE;
        kept += usize::from(keep);
        pick.decision = Some((keep, "heuristic", pick.scored.why.clone()));
    }
    if kept >= min_examples {
        return;
    }
    let mut rest: Vec<usize> = picks
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.decision, Some((false, "heuristic", _))) && p.scored.score >= 0)
        .map(|(i, _)| i)
        .collect();
    rest.sort_by_key(|&i| (std::cmp::Reverse(picks[i].scored.score), i));
    for i in rest.into_iter().take(min_examples - kept) {
        let why = format!("{} (kept to reach --min-examples {min_examples})", picks[i].scored.why);
        picks[i].decision = Some((true, "min-examples", why));
    }
}

/// LLM-judge selection over the undecided candidates; decisions are recorded as they come.
fn select_with_judge(
    picks: &mut [Pick],
    offsets: &[usize],
    episodes: &[Episode],
    config: &automem_llm::EndpointConfig,
    options: &MineOptions,
    bar: &ProgressBar,
) -> anyhow::Result<()> {
    let endpoint = automem_llm::Endpoint::builder(config.clone())
        .jitter_seed(options.seed)
        .build()
        .map_err(|e| anyhow::anyhow!("the judge endpoint: {e}"))?;
    let limit = endpoint.config().concurrency.max(1);
    let model = config.model.clone();
    let mut log = judge::DecisionLog::open(&options.out)?;
    let undecided = picks.iter().filter(|p| p.decision.is_none()).count();
    bar.set_length(undecided as u64);
    bar.set_position(0);
    bar.set_message(format!("judging with {model}"));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| anyhow::anyhow!("cannot start the async runtime: {e}"))?;
    let apply = |pick: &mut Pick, decision: &judge::Decision| {
        let stage = match decision.verdict.as_str() {
            "keep" | "reject" => "judge",
            "garbage" => "judge-garbage",
            _ => "judge-fault",
        };
        pick.decision = Some((decision.verdict == "keep", stage, decision.reason.clone()));
    };
    runtime.block_on(async {
        let mut set: tokio::task::JoinSet<(usize, judge::Decision)> = tokio::task::JoinSet::new();
        for (e, episode) in episodes.iter().enumerate() {
            let range = offsets[e]..offsets[e + 1];
            let wanted: BTreeSet<(u32, u8, u32)> =
                picks[range].iter().filter(|p| p.decision.is_none()).map(|p| key(&p.candidate)).collect();
            if wanted.is_empty() {
                continue;
            }
            let scan = scan_episode(episode, e, &|s, ph, t| wanted.contains(&(s, phase_rank(ph), t)))?;
            for (ci, materials) in scan.materials {
                let index = offsets[e] + ci;
                let Some(pick) = picks.get(index) else { continue };
                let question = judge::question(
                    pick.candidate.id(episodes),
                    &model,
                    &episode.game,
                    &pick.candidate,
                    &materials,
                    &pick.scored.why,
                    &scan.timeline,
                );
                if let Some(decision) = log.decided(&question.id, &question.key).cloned() {
                    apply(&mut picks[index], &decision);
                    bar.inc(1);
                    continue;
                }
                while set.len() >= limit {
                    if let Some(Ok((i, decision))) = set.join_next().await {
                        log.record(decision.clone())?;
                        apply(&mut picks[i], &decision);
                    }
                    bar.inc(1);
                }
                let endpoint = endpoint.clone();
                set.spawn(async move { (index, judge::ask(endpoint, question).await) });
            }
        }
        while let Some(joined) = set.join_next().await {
            if let Ok((i, decision)) = joined {
                log.record(decision.clone())?;
                apply(&mut picks[i], &decision);
            }
            bar.inc(1);
        }
        Ok::<(), anyhow::Error>(())
    })?;
    log.finish()
}

/// DPO pairs per game, from each episode and phase.
fn dpo_pairs(
    picks: &[Pick],
    items: &BTreeMap<usize, TrainingItem>,
    offsets: &[usize],
    episodes: &[Episode],
) -> BTreeMap<String, Vec<output::DpoPair>> {
    let mut out: BTreeMap<String, Vec<output::DpoPair>> = BTreeMap::new();
    for (e, episode) in episodes.iter().enumerate() {
        for phase in [automem_protocol::Phase::Log, automem_protocol::Phase::Plan] {
            let mut chosen = Vec::new();
            let mut worse = Vec::new();
            for index in offsets[e]..offsets[e + 1] {
                let (Some(pick), Some(item)) = (picks.get(index), items.get(&index)) else { continue };
                if pick.candidate.phase != phase {
                    continue;
                }
                let offer =
                    dpo::Offer { step: pick.candidate.step, turn: pick.candidate.turn, score: pick.scored.score, item };
                if matches!(pick.decision, Some((true, ..))) {
                    chosen.push(offer);
                } else if pick.scored.score < 0 {
                    worse.push(offer);
                }
            }
            let pairs = dpo::pairs(&chosen, &worse);
            if !pairs.is_empty() {
                out.entry(episode.game.clone()).or_default().extend(pairs);
            }
        }
    }
    out
}

/// The schema most of a game's episodes ran with (for the evaluation command).
fn main_schema(episodes: &[Episode], game: &str) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in episodes.iter().filter(|e| e.game == game) {
        *counts.entry(e.schema.as_deref().unwrap_or("SCHEMA")).or_default() += 1;
    }
    let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
    best.map_or_else(|| "SCHEMA".to_string(), |(name, _)| (*name).to_string())
}

/// The README written into the output folder.
fn readme(
    stats: &Stats,
    by_game: &BTreeMap<String, Vec<TrainingItem>>,
    episodes: &[Episode],
    options: &MineOptions,
) -> String {
    let mut text = format!(
        "# Memory-specialist training data (automem mine)\n\n\
         {} item(s) kept of {} candidate turn(s) from {} episode(s) ({} used), {} steps; selector: {}; seed {}.\n\n\
         | file | what |\n| --- | --- |\n\
         | `<game>.sharegpt.json` | LLaMA-Factory dataset (sharegpt: `system`, `conversations` of user/assistant turns; the last reply cleaned by AutoMem's post-processing) |\n\
         | `dataset_info.json` | its LLaMA-Factory entry (`automem_<game>`) |\n\
         | `<game>.messages.jsonl` | the same items as chat messages (OpenAI fine-tuning, TRL's SFTTrainer) |\n\
         | `lora_sft_<game>.yaml` | LLaMA-Factory LoRA SFT config from AutoMem's recommended settings |\n\
         | `review_decisions.jsonl` | every candidate, kept or not, with the stage that decided and why |\n\
         | `selection_stats.json` | counts by phase, op, game and episode; rejections by stage and rule |\n",
        stats.kept, stats.candidates, stats.episodes, stats.episodes_used, stats.steps, stats.selector, stats.seed
    );
    if options.dpo {
        text.push_str("| `<game>.dpo.jsonl` | preference pairs (TRL DPOTrainer's conversational format) |\n");
    }
    if matches!(options.selector, Selector::Judge(_)) {
        text.push_str(
            "| `judge_decisions.jsonl` | the judge's answers; a rerun asks only about undecided candidates |\n",
        );
    }
    for (game, list) in by_game {
        let schema = main_schema(episodes, game);
        text.push_str(&format!(
            "\n## {game} ({} items)\n\nTrain (LLaMA-Factory, from this folder):\n\n```sh\n{}\n```\n\n\
             Serve the specialist beside the unmodified base model (e.g. vLLM; the base model on port 8001):\n\n\
             ```sh\n{}\n```\n\nEvaluate in two-model mode (the specialist manages memory, the base model plays):\n\n\
             ```sh\n{}\n```\n",
            list.len(),
            lora::train_command(game),
            lora::serve_command(game, &options.base_model),
            lora::eval_command(game, &schema, &options.base_model)
        ));
    }
    text
}

/// Remove the dataset files an earlier run left in `out` (the judge's decisions stay: they are
/// its resume cache), so nothing from another run sits beside this one's review.
fn remove_stale_outputs(out: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(out).map_err(|e| anyhow::anyhow!("cannot list {}: {e}", out.display()))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.ends_with(".sharegpt.json")
            || name.ends_with(".messages.jsonl")
            || name.ends_with(".dpo.jsonl")
            || (name.starts_with("lora_sft_") && name.ends_with(".yaml"))
            || ["dataset_info.json", "selection_stats.json", "README.md", "review_decisions.jsonl"]
                .contains(&name.as_str());
        if ours && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())
                .map_err(|e| anyhow::anyhow!("cannot remove the earlier run's {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod stale_tests {
    #[test]
    fn an_earlier_runs_dataset_files_are_removed_and_the_judge_cache_kept() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "nethack.sharegpt.json",
            "lora_sft_nethack.yaml",
            "dataset_info.json",
            "judge_decisions.jsonl",
            "notes.txt",
        ] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        super::remove_stale_outputs(dir.path()).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["judge_decisions.jsonl", "notes.txt"]);
    }
}
