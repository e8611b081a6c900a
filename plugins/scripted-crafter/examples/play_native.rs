//! Plays the scripted policy against the native Crafter through the text protocol, with a tiny
//! in-process memory, and prints average achievements over seeds 42-51 for memory on, memory
//! off, and a uniformly random policy.
//!
//! `cargo run --release -p scripted-crafter --example play_native [max_steps] [first_seed] [last_seed]`

use automem_protocol::{Command, ParseOptions, first_action, parse_reply, protocol_order, render};
use automem_sdk::Rng;
use scripted_crafter::recall::OpResult;
use scripted_crafter::{Msg, Phase, Policy, Turn};
use std::collections::BTreeMap;

/// Most model calls per phase, as AutoMem's config sets.
pub const MAX_CALLS: u32 = 10;
/// The most search hits shown.
const MAX_HITS: usize = 100;

/// Who plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The scripted policy with its memory ops.
    MemoryOn,
    /// The scripted policy with `memory=off`.
    MemoryOff,
    /// Uniformly random actions, no memory.
    Random,
}

impl Mode {
    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            Mode::MemoryOn => "memory on",
            Mode::MemoryOff => "memory off",
            Mode::Random => "random",
        }
    }
}

/// How one episode went.
#[derive(Clone, Debug, Default)]
pub struct Episode {
    /// Achievements unlocked.
    pub achievements: Vec<&'static str>,
    /// Steps played.
    pub steps: u32,
    /// The player died.
    pub died: bool,
    /// Memory ops run (all phases).
    pub ops: usize,
    /// Lines in memory at the end, per file.
    pub files: BTreeMap<String, usize>,
}

/// A flat in-process memory: file name -> lines, with AutoMem's op semantics (automem.md 1.4).
#[derive(Clone, Debug, Default)]
pub struct Memory {
    files: BTreeMap<String, Vec<String>>,
}

impl Memory {
    /// AutoMem's v0 Crafter layout: five empty files.
    pub fn crafter_v0() -> Memory {
        let names = ["map_notes.txt", "crafting_progress.txt", "survival_log.txt", "actions_log.txt", "strategy.txt"];
        Memory { files: names.iter().map(|n| (n.to_string(), Vec::new())).collect() }
    }

    /// Line counts per file.
    pub fn sizes(&self) -> BTreeMap<String, usize> {
        self.files.iter().map(|(k, v)| (k.clone(), v.len())).collect()
    }

    /// Run one memory op; `writable` is false in PLAN.
    pub fn run(&mut self, command: &Command, writable: bool) -> OpResult {
        let op = command.compact();
        let (ok, text) = self.apply(command, writable);
        OpResult { op, ok, text }
    }

    fn apply(&mut self, command: &Command, writable: bool) -> (bool, String) {
        let hits = |lines: &[String], query: &str, path: &str| -> Vec<(String, u32, String)> {
            let q = query.to_lowercase();
            lines
                .iter()
                .enumerate()
                .filter(|(_, l)| l.to_lowercase().contains(&q))
                .map(|(i, l)| (path.to_string(), i as u32 + 1, l.clone()))
                .collect()
        };
        match command {
            Command::Search { path: Some(path), query } => match self.files.get(path) {
                None => (false, render::missing_file(path)),
                Some(lines) => {
                    let found = hits(lines, query, path);
                    (true, render::search_body(query, &found, found.len(), lines.is_empty(), MAX_HITS))
                }
            },
            Command::Search { path: None, query } => {
                let found: Vec<_> = self.files.iter().flat_map(|(p, lines)| hits(lines, query, p)).collect();
                (true, render::search_all_body(query, &found, found.len(), false, MAX_HITS))
            }
            Command::Read { path } => match self.files.get(path) {
                None => (false, render::missing_file(path)),
                Some(lines) => (true, render::read_body(&lines.join("\n"))),
            },
            Command::Tail { path, lines: n } => match self.files.get(path) {
                None => (false, render::missing_file(path)),
                Some(lines) => (true, render::tail_body(&lines.join("\n"), *n)),
            },
            Command::Count { path: Some(path), query } => match self.files.get(path) {
                None => (false, render::missing_file(path)),
                Some(lines) => (true, render::count_body(hits(lines, query, path).len(), query)),
            },
            Command::Append { .. } | Command::Write { .. } | Command::Create { .. } if !writable => {
                (false, "[ERROR: memory is read-only in this phase]".to_string())
            }
            Command::Append { path, text } => {
                let file = self.files.entry(path.clone()).or_default();
                file.extend(text.trim_end_matches('\n').lines().map(str::to_string));
                (true, render::appended(path))
            }
            Command::Write { path, text } => {
                self.files.insert(path.clone(), text.lines().map(str::to_string).collect());
                (true, render::wrote(path))
            }
            Command::Create { path, text } => {
                if self.files.contains_key(path) {
                    return (false, format!("[File '{path}' already exists]"));
                }
                let lines = text.as_deref().unwrap_or("").lines().map(str::to_string).collect();
                self.files.insert(path.clone(), lines);
                (true, format!("[Created {path}]"))
            }
            other => (false, format!("[ERROR: '{}' is not supported here]", other.name())),
        }
    }
}

fn ops_for(phase: Phase) -> Vec<String> {
    let ops: &[&str] = match phase {
        Phase::Log => &["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", "DONE"],
        Phase::Plan => &["SEARCH", "READ", "TAIL", "COUNT", "ACTION"],
    };
    ops.iter().map(|s| s.to_string()).collect()
}

/// What one phase did.
struct PhaseRun {
    /// The committed action (PLAN).
    action: Option<String>,
    /// Memory ops run.
    ops: usize,
    /// The last reply.
    last_reply: String,
}

/// One phase of calls, as the engine runs it.
fn phase(policy: &mut Policy, memory: &mut Memory, phase: Phase, obs: &crafter::Obs, prompt: &str) -> PhaseRun {
    let options = ParseOptions::default();
    let allowed = ops_for(phase);
    let mut results: Vec<OpResult> = Vec::new();
    let mut messages = vec![Msg { assistant: false, text: prompt.to_string() }];
    let mut ops = 0;
    for call_index in 0..MAX_CALLS {
        let turn = Turn {
            phase,
            call_index,
            info: &obs.info_json,
            allowed_ops: &allowed,
            results: &results,
            messages: &messages,
        };
        let text = policy.respond(&turn);
        let mut commands = parse_reply(&text, &options);
        messages.push(Msg { assistant: true, text: text.clone() });
        if phase == Phase::Plan
            && let Some(action) = first_action(&commands)
        {
            return PhaseRun { action: Some(action.to_string()), ops, last_reply: text };
        }
        if commands.is_empty() {
            return PhaseRun { action: None, ops, last_reply: text };
        }
        protocol_order(&mut commands);
        let mut shown = Vec::new();
        let mut done = false;
        for parsed in &commands {
            match &parsed.command {
                Command::Done => done = true,
                Command::Action(_) => {}
                command => {
                    let result = memory.run(command, phase == Phase::Log);
                    shown.push((render::op_header(command), result.text.clone()));
                    results.push(result);
                    ops += 1;
                }
            }
        }
        if done {
            return PhaseRun { action: None, ops, last_reply: text };
        }
        messages.push(Msg { assistant: false, text: render::render_results(phase.into_protocol(), &shown) });
    }
    PhaseRun { action: None, ops, last_reply: String::new() }
}

trait IntoProtocol {
    fn into_protocol(self) -> automem_protocol::Phase;
}

impl IntoProtocol for Phase {
    fn into_protocol(self) -> automem_protocol::Phase {
        match self {
            Phase::Log => automem_protocol::Phase::Log,
            Phase::Plan => automem_protocol::Phase::Plan,
        }
    }
}

/// Play one episode of `max_steps` with `mode`.
pub fn play(seed: u64, mode: Mode, max_steps: u32) -> Result<Episode, String> {
    let mut env = crafter::Env::new(crafter::Config { area: (64, 64), length: max_steps });
    let mut obs = env.reset(seed);
    let settings: Vec<(String, String)> = match mode {
        Mode::MemoryOff => vec![("memory".into(), "off".into())],
        _ => Vec::new(),
    };
    let mut policy = Policy::new(seed, &settings)?;
    let mut random = Rng::new(seed);
    let mut memory = Memory::crafter_v0();
    let mut episode = Episode::default();
    let mut previous: Option<String> = None;
    let mut why = String::new();
    let trace = std::env::var("SCRIPTED_TRACE").is_ok_and(|v| v == seed.to_string());
    for step in 0..max_steps {
        let action = if mode == Mode::Random {
            crafter::ACTIONS[random.below(crafter::ACTIONS.len() as u64) as usize].to_string()
        } else {
            let mut prompt = format!("{}\n\n{}", obs.long_term, obs.short_term);
            if let Some(p) = &previous {
                prompt.push_str(&format!("\n\nPrevious action: {p}"));
            }
            if step > 0 {
                episode.ops += phase(&mut policy, &mut memory, Phase::Log, &obs, &prompt).ops;
            }
            let run = phase(&mut policy, &mut memory, Phase::Plan, &obs, &prompt);
            episode.ops += run.ops;
            why = run.last_reply.lines().next().unwrap_or("").to_string();
            run.action.unwrap_or_else(|| "Noop".to_string())
        };
        if trace {
            let info = scripted_crafter::info::Info::parse(&obs.info_json)?;
            println!(
                "{step:4} {:?} h{} f{} d{} e{} dl{:.2} {:?} -> {action} | {}",
                info.pos, info.health, info.food, info.drink, info.energy, info.daylight, info.nearest, why
            );
        }
        let outcome = env.step(&action);
        if !outcome.action_valid {
            return Err(format!("seed {seed} step {step}: invalid action '{action}'"));
        }
        previous = Some(action);
        obs = outcome.obs;
        if outcome.done {
            episode.died = !outcome.truncated;
            break;
        }
    }
    episode.achievements = env.achievements();
    episode.steps = env.steps();
    episode.files = memory.sizes();
    Ok(episode)
}

/// Average achievements of `mode` over `seeds`, with the episodes.
pub fn average(mode: Mode, seeds: &[u64], max_steps: u32) -> Result<(f64, Vec<Episode>), String> {
    let episodes = seeds.iter().map(|&s| play(s, mode, max_steps)).collect::<Result<Vec<_>, _>>()?;
    let total: usize = episodes.iter().map(|e| e.achievements.len()).sum();
    Ok((total as f64 / episodes.len().max(1) as f64, episodes))
}

fn main() -> Result<(), String> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let max_steps = args.first().map_or(2000, |&n| n as u32);
    let (first, last) = (args.get(1).copied().unwrap_or(42), args.get(2).copied().unwrap_or(51));
    let seeds: Vec<u64> = (first..=last).collect();
    println!("Crafter, seeds {first}-{last}, up to {max_steps} steps");
    let mut summary = Vec::new();
    for mode in [Mode::MemoryOn, Mode::MemoryOff, Mode::Random] {
        let (avg, episodes) = average(mode, &seeds, max_steps)?;
        println!("\n== {} ==", mode.name());
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (seed, e) in seeds.iter().zip(&episodes) {
            println!(
                "seed {seed}: {:2} achievements, {:4} steps{}, {} memory ops, files {:?}",
                e.achievements.len(),
                e.steps,
                if e.died { " (died)" } else { "" },
                e.ops,
                e.files.values().collect::<Vec<_>>()
            );
            for a in &e.achievements {
                *counts.entry(a).or_default() += 1;
            }
        }
        println!("unlocked (episodes): {counts:?}");
        let deaths = episodes.iter().filter(|e| e.died).count();
        println!("average {avg:.2} achievements, {deaths} deaths");
        summary.push((mode.name(), avg, deaths));
    }
    println!("\n== summary (average achievements over {} seeds) ==", seeds.len());
    for (name, avg, deaths) in summary {
        println!("{name:>10}: {avg:.2}  ({deaths} deaths)");
    }
    Ok(())
}
