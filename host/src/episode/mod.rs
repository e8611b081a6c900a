//! The episode engine: AutoMem's LOG/PLAN protocol with a schema plugin, a game and policies.
//!
//! Per game step: a LOG phase (skipped at step 0; memory writable; up to the schema's
//! `max-log-calls` model calls; ends at DONE or a reply without commands) writes what the previous
//! action did, then a PLAN phase (memory read-only; look-ups, then one committed action, which the
//! schema may gate) chooses the action; the game steps; the schema's after-step hook runs. The
//! model sees only the schema's prompts and its own operations' results, never past observations.
pub mod ops;
pub mod scaffold;
pub mod timing;

use crate::bindings::game_api::TaskOptions;
use crate::bindings::policy_api::{Message, Reply, Responder, Role, TurnContext};
use crate::bindings::schema_api::{ActionVerdict, EpisodeStart, SchemaInfo, StepContext};
use crate::bindings::types::{GameEvent, OpResult, Phase};
use crate::error::PluginError;
use crate::game::GamePlugin;
use crate::policy::PolicyInstance;
use crate::schema::SchemaPlugin;
use automem_memory::{Memory, Quotas, Snapshot, Touched};
use automem_protocol::{Command, ParseOptions, parse_reply, protocol_order, render};
use automem_runfile::OpOutcome;
use automem_runfile::trace::{FileChange, PhaseRecord, PlanRecord, StepRecord, Turn};
use automem_runfile::{Actor, Budget, Journal, Part};
use scaffold::{NoMemory, Scaffold};
use std::collections::BTreeMap;
use timing::Timings;

/// Something that answers model turns: a policy plugin, or an LLM endpoint.
pub trait Policy {
    /// Answer one model turn.
    fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError>;
}

/// Why a model turn got no usable reply. The engine records it, counts it by kind and falls
/// back (the phase ends; PLAN takes the default action): it never ends the episode.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct PolicyError {
    /// A short, stable name for counting, e.g. "timeout", "http-5xx", "plugin-trap".
    pub kind: String,
    /// What happened, for the trace.
    pub message: String,
    /// What the model did answer, when it answered something unusable (e.g. cut off).
    pub raw_response: String,
    /// Tokens the failed call still cost, when known.
    pub prompt_tokens: u32,
    /// See `prompt_tokens`.
    pub completion_tokens: u32,
}

impl PolicyError {
    /// A failure of this kind that cost nothing and answered nothing.
    pub fn new(kind: &str, message: impl Into<String>) -> Self {
        PolicyError {
            kind: kind.to_string(),
            message: message.into(),
            raw_response: String::new(),
            prompt_tokens: 0,
            completion_tokens: 0,
        }
    }
}

impl From<PluginError> for PolicyError {
    fn from(err: PluginError) -> Self {
        PolicyError::new(&format!("plugin-{}", err.kind), err.to_string())
    }
}

impl Policy for PolicyInstance {
    fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        Ok(PolicyInstance::respond(self, messages, context)?)
    }
}

/// The models of an episode: one for everything, or a memory specialist and a gameplay model.
pub struct Agents<'a> {
    /// Answers LOG, and PLAN's look-ups (and, alone, everything).
    pub memory: &'a mut dyn Policy,
    /// In two-model mode, commits the game action after the memory model's look-ups.
    pub gameplay: Option<&'a mut dyn Policy>,
}

/// How to play one episode.
#[derive(Debug, Clone)]
pub struct EpisodeSpec {
    /// The seed (game, policies and WASI randomness).
    pub seed: u64,
    /// The game's task options.
    pub task: TaskOptions,
    /// Steps after which the episode is cut.
    pub max_steps: u32,
    /// Values for the schema's tunables.
    pub schema_settings: Vec<(String, String)>,
    /// Memory quotas.
    pub quotas: Quotas,
    /// Files to start from (e.g. imported from an earlier episode's export), written after the
    /// schema's declared files, so they win.
    pub initial_memory: Option<Snapshot>,
}

/// Why an episode ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndReason {
    /// The game ended it (e.g. the player died, or the task was solved).
    Done,
    /// The game's own step limit.
    Truncated,
    /// The host's `max_steps`.
    MaxSteps,
    /// The episode wrote its limit of trace and memory journal ([`Output::max_bytes`]).
    TraceLimit,
}

impl EndReason {
    /// How records and statistics name it: "done", "truncated", "max-steps", "trace-limit".
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::Done => "done",
            EndReason::Truncated => "truncated",
            EndReason::MaxSteps => "max-steps",
            EndReason::TraceLimit => "trace-limit",
        }
    }
}

/// Most game events an outcome keeps (the trace has them all).
pub const MAX_OUTCOME_EVENTS: usize = 10_000;

/// What one episode may write to its trace and memory journal together by default: 512 MiB.
pub const DEFAULT_MAX_TRACE_BYTES: u64 = 512 << 20;

/// Where an episode's trace and memory journal go as it plays, and how much they may take.
pub struct Output<'a> {
    /// Takes each step's record as soon as it is complete; returns the bytes it wrote.
    pub trace: &'a mut dyn FnMut(&StepRecord) -> anyhow::Result<u64>,
    /// Takes every memory-journal entry as it happens, one JSON line each; `None` keeps the
    /// journal in RAM, in the outcome's memory (tests, short episodes).
    pub journal: Option<Box<dyn std::io::Write + Send>>,
    /// Most bytes the trace and the journal may take together: memory refuses changes once they
    /// are spent, and the episode ends ([`EndReason::TraceLimit`]) after that step.
    pub max_bytes: u64,
}

/// How an episode went.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EpisodeOutcome {
    /// The seed.
    pub seed: u64,
    /// Steps played.
    pub steps: u32,
    /// Sum of rewards.
    pub total_reward: f64,
    /// Final progression in [0, 1].
    pub progression: f64,
    /// Every event, in order.
    pub events: Vec<automem_runfile::GameEvent>,
    /// Steps whose sent action was invalid for the game.
    pub invalid_actions: u32,
    /// Model calls that failed (the phase fell back).
    pub policy_errors: u32,
    /// Those failures by kind.
    pub policy_errors_by_kind: BTreeMap<String, u32>,
    /// Tokens read and written by the models, as they reported them.
    pub prompt_tokens: u64,
    /// See `prompt_tokens`.
    pub completion_tokens: u64,
    /// Why it ended.
    pub end_reason: EndReason,
    /// The memory at the end (files and journal).
    #[serde(skip)]
    pub memory: Memory,
    /// Where the wall time went (not deterministic, so kept out of records).
    #[serde(skip)]
    pub timings: Timings,
}

/// The fixed state of an episode while it runs.
struct Run<'a> {
    schema: Scaffold,
    info: SchemaInfo,
    actions: Vec<String>,
    /// What the game plays for an invalid action.
    default_action: String,
    /// What PLAN plays when it commits none: the schema's fallback if the task has it, else the
    /// game's default action.
    fallback_action: String,
    game_name: String,
    agents: Agents<'a>,
    parse: ParseOptions,
    policy_errors: BTreeMap<String, u32>,
    last_error: Option<PolicyError>,
    timings: Timings,
    /// The last system prompt of LOG and of PLAN, so traces record each only when it changes.
    last_system: [String; 2],
    /// Bytes of prompts, replies and op results this step's record holds so far.
    step_bytes: usize,
}

/// A step stops asking the model once its record holds this many bytes of prompts, replies and
/// op results (the phase ends "step-limit"; PLAN takes the default action), so one step's record
/// stays well below what a trace line may be ([`automem_runfile::read::MAX_LINE_BYTES`]).
pub const MAX_STEP_BYTES: usize = 16 << 20;

/// Play one episode, handing each step's record to `sink` as soon as it is complete; the memory
/// journal is kept in RAM (in the outcome's memory), within [`DEFAULT_MAX_TRACE_BYTES`].
pub fn run_episode(
    game: &GamePlugin,
    schema: &SchemaPlugin,
    agents: Agents<'_>,
    spec: &EpisodeSpec,
    sink: &mut dyn FnMut(&StepRecord) -> anyhow::Result<()>,
) -> anyhow::Result<EpisodeOutcome> {
    let mut trace = |record: &StepRecord| sink(record).map(|()| 0u64);
    let output = Output { trace: &mut trace, journal: None, max_bytes: DEFAULT_MAX_TRACE_BYTES };
    run_episode_with(game, Some(schema), agents, spec, output)
}

/// Play one episode, writing its trace and journal to `output` as it goes. Without a schema the
/// policy plays with no memory ([`scaffold::NoMemory`]), through the same loop.
pub fn run_episode_with(
    game: &GamePlugin,
    schema: Option<&SchemaPlugin>,
    agents: Agents<'_>,
    spec: &EpisodeSpec,
    output: Output<'_>,
) -> anyhow::Result<EpisodeOutcome> {
    let Output { trace: sink, journal, max_bytes } = output;
    let budget = Budget::new(max_bytes);
    let journal = match journal {
        Some(out) => Journal::streaming(out, budget.clone()),
        None => Journal::in_memory(budget.clone()),
    };
    let started = std::time::Instant::now();
    let mut timings = Timings::default();
    let (mut game_instance, game_info, mut observation) = timings.time(
        |t| &mut t.game,
        || -> Result<_, PluginError> {
            let mut instance = game.instantiate(spec.seed)?;
            let info = instance.task_info(&spec.task.task)?;
            let observation = instance.reset(spec.seed, &spec.task)?;
            Ok((instance, info, observation))
        },
    )?;
    let (mut schema_instance, info) = timings.time(
        |t| &mut t.schema,
        || -> Result<_, PluginError> {
            let mut instance = match schema {
                Some(schema) => {
                    let memory = Memory::new(spec.quotas.clone()).with_journal(journal);
                    Scaffold::Schema(schema.instantiate(spec.seed, memory)?)
                }
                None => Scaffold::NoMemory(NoMemory::default()),
            };
            let info = instance.describe()?;
            Ok((instance, info))
        },
    )?;
    if let Some(memory) = schema_instance.memory_mut() {
        memory.set_stamp(0, Part::Setup, Actor::Host);
        for file in &info.files {
            memory
                .write(&file.path, &file.initial_content)
                .map_err(|e| anyhow::anyhow!("schema `{}` declares file '{}': {}", info.name, file.path, e))?;
        }
        for (path, content) in spec.initial_memory.iter().flatten() {
            memory.write(path, content).map_err(|e| anyhow::anyhow!("initial memory file '{path}': {}", e))?;
        }
        memory.set_stamp(0, Part::Setup, Actor::Schema);
    }
    let start = EpisodeStart {
        game: game_info.name.clone(),
        task: spec.task.task.clone(),
        seed: spec.seed,
        actions: game_info.actions.clone(),
        default_action: game_info.default_action.clone(),
        instructions: game_info.instructions.clone(),
        settings: spec.schema_settings.clone(),
    };
    timings.time(|t| &mut t.schema, || schema_instance.start(&start))?;
    let custom: Vec<String> = info.custom_ops.iter().map(|c| c.name.to_uppercase()).collect();
    let fallback_action = fallback_action(&info, &game_info);
    let mut run = Run {
        schema: schema_instance,
        parse: ParseOptions { custom_ops: custom, ..ParseOptions::default() },
        info,
        actions: game_info.actions.clone(),
        default_action: game_info.default_action.clone(),
        fallback_action,
        game_name: game_info.name.clone(),
        agents,
        policy_errors: BTreeMap::new(),
        last_error: None,
        timings,
        last_system: Default::default(),
        step_bytes: 0,
    };
    let mut outcome = EpisodeOutcome {
        seed: spec.seed,
        steps: 0,
        total_reward: 0.0,
        progression: 0.0,
        events: Vec::new(),
        invalid_actions: 0,
        policy_errors: 0,
        policy_errors_by_kind: BTreeMap::new(),
        prompt_tokens: 0,
        completion_tokens: 0,
        end_reason: EndReason::MaxSteps,
        memory: Memory::default(),
        timings: Timings::default(),
    };
    let mut previous: Option<(String, bool)> = None;
    let mut last = (0.0, 0.0, Vec::<GameEvent>::new());
    let mut unchanged = 0u32;
    let mut previous_text: Option<String> = None;
    for step in 0..spec.max_steps {
        let text = format!("{}\n{}", observation.long_term_context, observation.short_term_context);
        unchanged = if previous_text.as_deref() == Some(text.as_str()) { unchanged + 1 } else { 0 };
        previous_text = Some(text);
        run.step_bytes = 0;
        // The picture of the state this step's observation shows (after reset, after the last step).
        let picture = run.timings.time(|t| &mut t.game, || game_instance.picture())?;
        // What changed before this step (set-up, the previous step) is in earlier diffs.
        if let Some(memory) = run.schema.memory_mut() {
            memory.take_touched();
        }
        let context = |phase: Phase, memory: &Memory| StepContext {
            step,
            phase,
            observation: observation.clone(),
            previous_action: previous.as_ref().map(|p| p.0.clone()),
            previous_action_valid: previous.as_ref().is_none_or(|p| p.1),
            reward: last.0,
            progression: last.1,
            events: last.2.clone(),
            unchanged_count: unchanged,
            memory_index: crate::memory_host::wit_index(memory),
            results: Vec::new(),
        };
        let log_phase = if step > 0 && run.schema.has_log_phase() {
            let ctx = context(Phase::Log, run.schema.memory());
            Some(run.log(&ctx)?)
        } else {
            None
        };
        let ctx = context(Phase::Plan, run.schema.memory());
        let plan = run.plan(&ctx)?;
        let result = run.timings.time(|t| &mut t.game, || game_instance.step(&plan.final_action))?;
        let validated = if result.action_valid { plan.final_action.clone() } else { run.default_action.clone() };
        if let Some(memory) = run.schema.memory_mut() {
            memory.set_stamp(step, Part::AfterStep, Actor::Schema);
        }
        let after_ctx = StepContext {
            observation: result.observation.clone(),
            previous_action: Some(validated.clone()),
            previous_action_valid: result.action_valid,
            reward: result.reward,
            progression: result.progression,
            events: result.events.clone(),
            ..context(Phase::Log, run.schema.memory())
        };
        let notes = run.timings.time(|t| &mut t.schema, || run.schema.after_step(&after_ctx))?;
        let (input_tokens, output_tokens) = tokens(log_phase.as_ref(), &plan.phase);
        let record = StepRecord {
            step,
            obs_long_term_context: observation.long_term_context.clone(),
            obs_short_term_context: observation.short_term_context.clone(),
            raw_action: plan.committed_action.clone(),
            validated_action: validated.clone(),
            action_valid: result.action_valid,
            reward: result.reward,
            done: result.done,
            progression: result.progression,
            events: recorded(&result.events),
            input_tokens,
            output_tokens,
            unchanged_count: unchanged,
            log_phase,
            plan_phase: plan,
            after_step_notes: notes,
            memory_diff: BTreeMap::new(),
            picture,
        };
        let trace_start = std::time::Instant::now();
        let record = StepRecord { memory_diff: diff(&mut run.schema), ..record };
        budget.spend(sink(&record)?);
        if let Some(memory) = run.schema.memory_mut() {
            memory.flush_journal().map_err(anyhow::Error::msg)?;
        }
        run.timings.trace += trace_start.elapsed();
        outcome.steps = step + 1;
        outcome.prompt_tokens += record.input_tokens;
        outcome.completion_tokens += record.output_tokens;
        outcome.total_reward += result.reward;
        outcome.progression = result.progression;
        outcome.invalid_actions += u32::from(!result.action_valid);
        // The trace has every event; the outcome keeps the first ones (a game cannot grow it per step).
        let room = MAX_OUTCOME_EVENTS.saturating_sub(outcome.events.len());
        outcome.events.extend(recorded(&result.events).into_iter().take(room));
        previous = Some((validated, result.action_valid));
        last = (result.reward, result.progression, result.events);
        observation = result.observation;
        if result.done {
            outcome.end_reason = if result.truncated { EndReason::Truncated } else { EndReason::Done };
            break;
        }
        if budget.exhausted() {
            tracing::warn!(
                "seed {}: the episode wrote {} bytes of trace and memory journal, its limit of {}; it ends at step {}",
                spec.seed,
                budget.used(),
                budget.max(),
                step + 1
            );
            outcome.end_reason = EndReason::TraceLimit;
            break;
        }
    }
    outcome.policy_errors = run.policy_errors.values().sum();
    outcome.policy_errors_by_kind = std::mem::take(&mut run.policy_errors);
    if let Some(memory) = run.schema.memory_mut() {
        memory.finish_journal().map_err(anyhow::Error::msg)?;
        outcome.memory = std::mem::take(memory);
    }
    run.timings.total = started.elapsed();
    outcome.timings = run.timings;
    Ok(outcome)
}

impl Run<'_> {
    /// `system` for the trace if it differs from this phase's previous one, else `None`.
    fn new_system_prompt(&mut self, phase: Phase, system: &str) -> Option<String> {
        let last = &mut self.last_system[usize::from(phase == Phase::Plan)];
        if last == system {
            return None;
        }
        system.clone_into(last);
        Some(system.to_string())
    }

    /// The LOG phase: write memory about the previous action's outcome.
    fn log(&mut self, ctx: &StepContext) -> anyhow::Result<PhaseRecord> {
        let prompt = self.timings.time(|t| &mut t.schema, || self.schema.build_prompt(ctx))?;
        let allowed = self.allowed(Phase::Log);
        let mut record = PhaseRecord {
            system_prompt: self.new_system_prompt(Phase::Log, &prompt.system),
            initial_prompt: prompt.user.clone(),
            ..Default::default()
        };
        let mut messages = vec![message(Role::System, &prompt.system), message(Role::User, &prompt.user)];
        let mut results: Vec<OpResult> = Vec::new();
        record.ended = "max-calls".into();
        for call in 0..self.info.max_log_calls.max(1) {
            if self.step_bytes > MAX_STEP_BYTES {
                record.ended = "step-limit".into();
                break;
            }
            let turn_ctx = self.turn_context(ctx, Phase::Log, Responder::Memory, call, &allowed, &results);
            let Some((reply, mut turn)) = self.ask(&messages, &turn_ctx, false) else {
                record.turns.push(self.failed_turn(&messages));
                record.ended = "policy-error".into();
                break;
            };
            let commands = self.commands(&reply.text);
            let done = commands.iter().any(|c| matches!(c, Command::Done));
            let memory_ops: Vec<&Command> = commands.iter().filter(|c| runs_on_memory(c)).collect();
            for command in &memory_ops {
                let schema = &mut self.schema;
                let outcome = self
                    .timings
                    .time(|t| &mut t.memory, || ops::execute(schema, ctx.step, Phase::Log, command, &allowed))?;
                self.step_bytes += outcome.body.len();
                turn.tool_results.push(outcome);
            }
            results.extend(turn.tool_results.iter().map(op_result));
            messages.push(message(Role::Assistant, &reply.text));
            let ended = if done {
                Some("done")
            } else if memory_ops.is_empty() {
                Some("no-commands")
            } else {
                None
            };
            record.turns.push(turn);
            if let Some(how) = ended {
                record.ended = how.into();
                break;
            }
            let follow_up = format!(
                "{}\n\nMemory files now:\n{}\n\nContinue, or end with <|DONE|>.",
                render_outcomes(Phase::Log, &record.turns[record.turns.len() - 1].tool_results),
                file_index(self.schema.memory())
            );
            messages.push(message(Role::User, &follow_up));
        }
        Ok(record)
    }

    /// The PLAN phase: look things up (read-only) and commit one action, which the schema may gate.
    fn plan(&mut self, ctx: &StepContext) -> anyhow::Result<PlanRecord> {
        let prompt = self.timings.time(|t| &mut t.schema, || self.schema.build_prompt(ctx))?;
        let allowed = self.allowed(Phase::Plan);
        let mut record = PlanRecord {
            phase: PhaseRecord {
                system_prompt: self.new_system_prompt(Phase::Plan, &prompt.system),
                initial_prompt: prompt.user.clone(),
                ended: "max-calls".into(),
                ..Default::default()
            },
            final_action: self.fallback_action.clone(),
            ..Default::default()
        };
        let mut messages = vec![message(Role::System, &prompt.system), message(Role::User, &prompt.user)];
        let mut results: Vec<OpResult> = Vec::new();
        let two_model = self.agents.gameplay.is_some();
        let mut responder = if two_model { Responder::Memory } else { Responder::Single };
        for call in 0..self.info.max_plan_calls.max(1) {
            if self.step_bytes > MAX_STEP_BYTES {
                record.phase.ended = "step-limit".into();
                break;
            }
            let turn_ctx = self.turn_context(ctx, Phase::Plan, responder, call, &allowed, &results);
            let gameplay = responder == Responder::Gameplay;
            let Some((reply, mut turn)) = self.ask(&messages, &turn_ctx, gameplay) else {
                record.phase.turns.push(self.failed_turn(&messages));
                record.phase.ended = "policy-error".into();
                break;
            };
            let commands = self.commands(&reply.text);
            let action = commands.iter().find_map(|c| if let Command::Action(a) = c { Some(a.clone()) } else { None });
            let lookups: Vec<&Command> = commands.iter().filter(|c| runs_on_memory(c)).collect();
            for command in &lookups {
                let schema = &mut self.schema;
                let outcome = self
                    .timings
                    .time(|t| &mut t.memory, || ops::execute(schema, ctx.step, Phase::Plan, command, &allowed))?;
                self.step_bytes += outcome.body.len();
                turn.tool_results.push(outcome);
            }
            results.extend(turn.tool_results.iter().map(op_result));
            let rendered = render_outcomes(Phase::Plan, &turn.tool_results);
            // Two-model mode: the memory model's commit is not taken; its text (without the
            // action) is handed to the gameplay model, which continues the same conversation.
            if responder == Responder::Memory && (action.is_some() || lookups.is_empty()) {
                // Quoted, so nothing the memory model wrote can pass for a header of the host's.
                messages.push(message(
                    Role::Assistant,
                    &render::quote("the memory model's notes", &strip_action(&reply.text)),
                ));
                messages.push(message(
                    Role::User,
                    &format!(
                        "{rendered}\n\nNow commit your action. You can issue more SEARCH/READ/TAIL/COUNT commands, \
                         or commit with <|ACTION|>your_action<|END|>."
                    ),
                ));
                record.phase.turns.push(turn);
                responder = Responder::Gameplay;
                continue;
            }
            messages.push(message(Role::Assistant, &reply.text));
            record.phase.turns.push(turn);
            if let Some(action) = action {
                match self.timings.time(|t| &mut t.schema, || self.schema.gate_action(ctx, &action))? {
                    ActionVerdict::Reject(reason)
                        if (record.gate_rejections.len() as u32) < self.info.max_gate_rejections =>
                    {
                        messages.push(message(
                            Role::User,
                            &format!("ACTION REJECTED: {reason}\nChoose another action and commit it."),
                        ));
                        record.gate_rejections.push(reason);
                        continue;
                    }
                    _ => {}
                }
                record.committed_action = Some(action.clone());
                record.final_action = action;
                record.phase.ended = "action".into();
                break;
            }
            if lookups.is_empty() {
                record.phase.ended = "no-commands".into();
                break;
            }
            messages
                .push(message(Role::User, &format!("{rendered}\n\nCommit one action with <|ACTION|>action<|END|>.")));
        }
        Ok(record)
    }

    /// Ask the right model; a failure is recorded and ends the phase with its fallback.
    fn ask(&mut self, messages: &[Message], context: &TurnContext, gameplay: bool) -> Option<(Reply, Turn)> {
        let policy: &mut dyn Policy = match (&mut self.agents.gameplay, gameplay) {
            (Some(g), true) => &mut **g,
            _ => &mut *self.agents.memory,
        };
        let start = std::time::Instant::now();
        let answer = policy.respond(messages, context);
        self.timings.policy += start.elapsed();
        self.step_bytes += messages.last().map_or(0, |m| m.content.len());
        match answer {
            Ok(reply) => {
                self.step_bytes += reply.text.len();
                let turn = Turn {
                    prompt: messages.last().map(|m| m.content.clone()).unwrap_or_default(),
                    responder: responder_name(context.responder).into(),
                    raw_response: reply.text.clone(),
                    tool_results: Vec::new(),
                    prompt_tokens: reply.prompt_tokens,
                    completion_tokens: reply.completion_tokens,
                    error: None,
                };
                Some((reply, turn))
            }
            Err(err) => {
                tracing::warn!("policy failed: {err}");
                *self.policy_errors.entry(err.kind.clone()).or_default() += 1;
                self.last_error = Some(err);
                None
            }
        }
    }

    fn failed_turn(&mut self, messages: &[Message]) -> Turn {
        let error = self.last_error.take();
        Turn {
            prompt: messages.last().map(|m| m.content.clone()).unwrap_or_default(),
            responder: String::new(),
            raw_response: error.as_ref().map(|e| e.raw_response.clone()).unwrap_or_default(),
            tool_results: Vec::new(),
            prompt_tokens: error.as_ref().map_or(0, |e| e.prompt_tokens),
            completion_tokens: error.as_ref().map_or(0, |e| e.completion_tokens),
            error: error.map(|e| e.to_string()),
        }
    }

    fn commands(&self, text: &str) -> Vec<Command> {
        let mut parsed = parse_reply(text, &self.parse);
        protocol_order(&mut parsed);
        parsed.into_iter().map(|p| p.command).collect()
    }

    fn allowed(&self, phase: Phase) -> Vec<String> {
        let mut ops = match phase {
            Phase::Log => self.info.log_ops.clone(),
            Phase::Plan => self.info.plan_ops.clone(),
        };
        ops.extend(self.info.custom_ops.iter().filter(|c| c.phases.contains(&phase)).map(|c| c.name.to_uppercase()));
        ops
    }

    fn turn_context(
        &self,
        ctx: &StepContext,
        phase: Phase,
        responder: Responder,
        call: u32,
        allowed: &[String],
        results: &[OpResult],
    ) -> TurnContext {
        TurnContext {
            phase,
            responder: if self.agents.gameplay.is_none() { Responder::Single } else { responder },
            step: ctx.step,
            call_index: call,
            game: self.game_name.clone(),
            observation: ctx.observation.clone(),
            actions: self.actions.clone(),
            memory_index: crate::memory_host::wit_index(self.schema.memory()),
            allowed_ops: allowed.to_vec(),
            results: results.to_vec(),
        }
    }
}

/// The action PLAN plays when it commits none: the schema's `fallback-action` when the task has
/// it (AutoMem's `search` for NetHack), else the game's default action.
fn fallback_action(schema: &SchemaInfo, game: &crate::bindings::game_api::GameInfo) -> String {
    match &schema.fallback_action {
        Some(action) if game.actions.contains(action) => action.clone(),
        _ => game.default_action.clone(),
    }
}

fn message(role: Role, content: &str) -> Message {
    Message { role, content: content.to_string() }
}

/// Whether a command goes to the memory (or gets an error result): every operation and every
/// malformed command, but not DONE or ACTION.
fn runs_on_memory(command: &Command) -> bool {
    !matches!(command, Command::Done | Command::Action(_))
}

fn op_result(o: &OpOutcome) -> OpResult {
    OpResult { op: o.op.clone(), ok: o.ok, text: o.body.clone() }
}

fn render_outcomes(phase: Phase, outcomes: &[OpOutcome]) -> String {
    let blocks: Vec<(String, String)> = outcomes.iter().map(|o| (o.header.clone(), o.body.clone())).collect();
    let phase = match phase {
        Phase::Log => automem_protocol::Phase::Log,
        Phase::Plan => automem_protocol::Phase::Plan,
    };
    if blocks.is_empty() { render::results_heading(phase).to_string() } else { render::render_results(phase, &blocks) }
}

fn file_index(memory: &Memory) -> String {
    memory.index().iter().map(|f| format!("- {} ({} lines)", f.path, f.lines)).collect::<Vec<_>>().join("\n")
}

fn strip_action(text: &str) -> String {
    automem_protocol::postprocess::strip_actions(text, &ParseOptions::default())
}

fn responder_name(r: Responder) -> &'static str {
    match r {
        Responder::Single => "single",
        Responder::Memory => "memory",
        Responder::Gameplay => "gameplay",
    }
}

fn tokens(log: Option<&PhaseRecord>, plan: &PhaseRecord) -> (u64, u64) {
    log.into_iter()
        .chain(std::iter::once(plan))
        .flat_map(|p| &p.turns)
        .fold((0, 0), |(i, o), t| (i + u64::from(t.prompt_tokens), o + u64::from(t.completion_tokens)))
}

/// The files changed during this step, from what memory noted as they changed (no copies of
/// memory): a file only appended to keeps just the new lines; one rewritten keeps its whole new
/// content.
fn diff(schema: &mut Scaffold) -> BTreeMap<String, FileChange> {
    let Some(memory) = schema.memory_mut() else { return BTreeMap::new() };
    let touched = memory.take_touched();
    touched
        .into_iter()
        .map(|(path, touch)| {
            let change = match touch {
                Touched::Appended(text) => FileChange::Appended(text),
                Touched::Changed => match memory.read(&path) {
                    Ok(text) => FileChange::Content(text.to_string()),
                    Err(_) => FileChange::Removed,
                },
            };
            (path, change)
        })
        .collect()
}

/// A game's events as the trace and the record keep them.
fn recorded(events: &[GameEvent]) -> Vec<automem_runfile::GameEvent> {
    events.iter().map(|e| automem_runfile::GameEvent { kind: e.kind.clone(), name: e.name.clone() }).collect()
}
