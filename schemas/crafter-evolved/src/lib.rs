//! `crafter-evolved`: what AutoMem's evolved Crafter scaffolds do, written as code.
//!
//! - Files: a pre-filled rules file (`crafter_rules.txt`, kept by code), `goals.txt` (kept by the
//!   model, injected into every PLAN prompt), `progress.txt` (the achievement checklist, rewritten
//!   by code after each step), `map_notes.txt` (one entry per position, through `UPSERT_MAP`),
//!   `actions_log.txt` (pruned by code) and `lessons.txt`.
//! - PLAN shows warnings (vitals, threats, Noop runs, stagnation), a code-computed TECH TREE STATUS
//!   from the game's `info` JSON, the goals and the last lines of the action log.
//! - LOG shows what changed over the last step (achievements, GAINED/USED items, vitals, failed
//!   crafts) and file-size warnings.
//! - Gates reject infeasible crafts and placements, mining without the tool, useless or unsafe
//!   Sleep, Noop spirals and steps into lava, with a reason the model can act on.
//! - Tunables (see [`config::TUNABLES`]) switch the helpers and set the thresholds.
//!
//! Everything that needs no host lives in plain, natively tested functions ([`info`], [`logic`],
//! [`edit`], [`config`], [`prompt`], and [`check_op_with`]/[`upsert_args`] here); the `Guest` impl
//! only reads and writes memory around them.
use automem_sdk::schema::memory::{self, MemoryError};
use automem_sdk::schema::*;
use std::cell::RefCell;

pub mod config;
pub mod edit;
pub mod info;
pub mod logic;
pub mod prompt;
pub mod rules;

use config::{Config, TUNABLES};
use info::Info;
use prompt::{Episode, PlanExtras};

/// The pre-filled knowledge file.
pub const RULES_FILE: &str = "crafter_rules.txt";
/// The goals file, injected into PLAN.
pub const GOALS_FILE: &str = "goals.txt";
/// The achievement checklist, kept by code.
pub const PROGRESS_FILE: &str = "progress.txt";
/// The position-keyed map.
pub const MAP_FILE: &str = "map_notes.txt";
/// The action log, pruned by code.
pub const ACTIONS_LOG: &str = "actions_log.txt";
/// Lessons learned.
pub const LESSONS_FILE: &str = "lessons.txt";
/// Files the model may read but not change.
pub const CODE_KEPT: [&str; 2] = [RULES_FILE, PROGRESS_FILE];
/// The custom operation.
pub const UPSERT_MAP: &str = "UPSERT_MAP";
/// Played actions remembered for the Noop gate.
const HISTORY: usize = 64;

const GOALS_TEMPLATE: &str = "\
CURRENT GOAL: collect wood (3 or more) for a table and a wood pickaxe
NEXT GOALS: place a table; make a wood pickaxe; mine stone
BLOCKERS: none yet
";

/// The declared files: path, description, whether it starts with content.
pub const FILES: [(&str, &str, bool); 6] = [
    (RULES_FILE, "Crafter's rules: gathering, recipes and costs, stations, survival. Kept by code.", true),
    (
        GOALS_FILE,
        "Your current goal, next goals and blockers. Shown in every PLAN; rewrite it in LOG when it changes.",
        true,
    ),
    (PROGRESS_FILE, "Checklist of the 22 achievements, [x] when done. Kept by code.", true),
    (MAP_FILE, "Lasting places, one line per position \"(x,y): what is there\"; written with UPSERT_MAP.", false),
    (ACTIONS_LOG, "Notable outcomes, \"Step N 'Action': outcome\"; code keeps only the recent part.", false),
    (LESSONS_FILE, "Lessons worth reusing: what failed and why, what worked.", false),
];

fn initial_content(path: &str) -> String {
    match path {
        RULES_FILE => rules::knowledge_file(),
        GOALS_FILE => GOALS_TEMPLATE.to_string(),
        PROGRESS_FILE => logic::checklist(&Info::default()),
        _ => String::new(),
    }
}

/// The schema's description.
pub fn schema_info() -> SchemaInfo {
    let names = |ops: &[&str]| ops.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    SchemaInfo {
        name: "crafter-evolved".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: "Evolved-scaffold helpers as code for Crafter: rules file, goals injected into PLAN, \
                      code-kept achievement checklist, TECH TREE STATUS, vital and threat warnings, inventory \
                      diffs, feasibility/sleep/Noop/lava gates, position-keyed map upserts, log pruning."
            .into(),
        game: "crafter".into(),
        files: FILES
            .iter()
            .map(|&(path, description, _)| FileSpec {
                path: path.into(),
                description: description.into(),
                initial_content: initial_content(path),
            })
            .collect(),
        log_ops: names(&["SEARCH", "READ", "TAIL", "COUNT", "APPEND", "WRITE", "CREATE", UPSERT_MAP, "DONE"]),
        plan_ops: names(&["SEARCH", "READ", "TAIL", "COUNT", "ACTION"]),
        custom_ops: vec![CustomOpSpec {
            name: UPSERT_MAP.into(),
            usage: "<|UPSERT_MAP|>x,y|description<|END|>".into(),
            description: format!(
                "Set the {MAP_FILE} entry for position (x,y): replaces the line starting \"(x,y):\", or adds it."
            ),
            phases: vec![Phase::Log],
        }],
        max_log_calls: 10,
        max_plan_calls: 10,
        max_gate_rejections: 2,
        tunables: TUNABLES
            .iter()
            .map(|t| Tunable {
                name: t.name.into(),
                description: t.description.into(),
                default_value: config::effective_default(t),
                choices: t.choices.iter().map(|c| c.to_string()).collect(),
            })
            .collect(),
        // AutoMem's fallback for Crafter.
        fallback_action: Some("Noop".into()),
    }
}

fn bare(path: &str) -> &str {
    path.trim().trim_start_matches("./").trim_start_matches('/')
}

fn code_kept(path: &str) -> bool {
    CODE_KEPT.contains(&bare(path))
}

fn kept_reason(path: &str) -> String {
    format!("{} is kept by code and read-only for you; write notes to another file.", bare(path))
}

/// The decision on a memory operation, reading files through `read` (`None` when absent).
pub fn check_op_with(op: &MemoryOp, read: impl Fn(&str) -> Option<String>) -> OpVerdict {
    let touched: Vec<&str> = match op {
        MemoryOp::Append(a) | MemoryOp::Write(a) => vec![&a.path],
        MemoryOp::Remove(p) => vec![p],
        MemoryOp::Rename(r) => vec![&r.from, &r.to],
        MemoryOp::StrReplace(r) => vec![&r.path],
        MemoryOp::Insert(i) => vec![&i.path],
        _ => Vec::new(),
    };
    if let Some(path) = touched.into_iter().find(|p| code_kept(p)) {
        return OpVerdict::Reject(kept_reason(path));
    }
    let MemoryOp::Append(append) = op else {
        return OpVerdict::Allow;
    };
    if bare(&append.path) == MAP_FILE
        && let Some((x, y, description)) = edit::parse_map_line(&append.text)
    {
        return OpVerdict::Rewrite(OpRewrite {
            op: MemoryOp::Custom(CustomArgs { name: UPSERT_MAP.into(), args: vec![format!("{x},{y}"), description] }),
            reason: format!(
                "{MAP_FILE} holds one entry per position, so this APPEND ran as UPSERT_MAP {x},{y} (replacing any \
                 older entry for ({x},{y}))."
            ),
        });
    }
    if let Some(content) = read(bare(&append.path))
        && let Some(line) = edit::find_duplicate(&content, &append.text)
    {
        return OpVerdict::Reject(format!(
            "{} already has this line (line {line}); nothing added. Skip facts you already noted.",
            bare(&append.path)
        ));
    }
    OpVerdict::Allow
}

/// UPSERT_MAP's arguments: the position and the description (a `|` inside it is kept).
pub fn upsert_args(args: &[String]) -> Result<(i64, i64, String), String> {
    let usage = "usage: <|UPSERT_MAP|>x,y|description<|END|>, e.g. <|UPSERT_MAP|>35,28|table; water 2 north<|END|>";
    let (first, rest) = args.split_first().ok_or_else(|| format!("UPSERT_MAP needs arguments; {usage}"))?;
    let (x, y) = edit::parse_coords(first)
        .ok_or_else(|| format!("UPSERT_MAP: '{first}' is not a position like 35,28; {usage}"))?;
    let description = rest.join("|").trim().replace(['\n', '\r'], " ");
    if description.is_empty() {
        return Err(format!("UPSERT_MAP: the description is empty; {usage}"));
    }
    Ok((x, y, description))
}

/// What changed over a step, for the next LOG prompt, and whether any item was gained.
pub fn transition(before: Option<&Info>, after: Option<&Info>, played: Option<&str>) -> (Vec<String>, bool) {
    let (Some(before), Some(after)) = (before, after) else {
        return (Vec::new(), false);
    };
    let mut lines = logic::inventory_diff(before, after);
    if let Some(notice) = played.and_then(|a| logic::failure_notice(before, after, a)) {
        lines.push(notice);
    }
    let gained = after.inventory.iter().zip(before.inventory.iter()).any(|(a, b)| a > b);
    (lines, gained)
}

fn describe_error(e: &MemoryError) -> String {
    match e {
        MemoryError::InvalidPath(m)
        | MemoryError::NotFound(m)
        | MemoryError::AlreadyExists(m)
        | MemoryError::QuotaExceeded(m)
        | MemoryError::InvalidEdit(m) => m.clone(),
        MemoryError::ReadOnly => "memory is read-only here".into(),
    }
}

/// Per-episode state.
#[derive(Debug, Default)]
struct State {
    config: Config,
    episode: Episode,
    /// The state the current action is chosen on (set in PLAN), the "before" of the step.
    plan_info: Option<Info>,
    /// What changed over the last step, for LOG.
    transition: Vec<String>,
    /// Actions played, most recent last.
    history: Vec<String>,
    /// Step at which an item was last gained.
    last_gain_step: u32,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The component's schema type.
pub struct CrafterEvolved;

impl Guest for CrafterEvolved {
    fn describe() -> SchemaInfo {
        schema_info()
    }

    fn start(episode: EpisodeStart) -> Result<(), String> {
        let config = Config::from_settings(&episode.settings)?;
        let state = State {
            config,
            episode: Episode {
                instructions: episode.instructions,
                actions: episode.actions,
                default_action: episode.default_action,
            },
            ..State::default()
        };
        STATE.with(|s| *s.borrow_mut() = state);
        Ok(())
    }

    fn build_prompt(context: StepContext) -> Prompt {
        let info = Info::parse(&context.observation.info);
        STATE.with(|s| {
            let mut state = s.borrow_mut();
            let system = prompt::system_prompt(context.phase, &state.episode);
            let user = match context.phase {
                Phase::Log => {
                    prompt::log_user(&context, &state.episode, &state.config, info.as_ref(), &state.transition)
                }
                Phase::Plan => {
                    state.plan_info = info.clone();
                    let goals = memory::read(GOALS_FILE).unwrap_or_default();
                    let log = if state.config.autoload_log_lines > 0 {
                        memory::read(ACTIONS_LOG).unwrap_or_default()
                    } else {
                        String::new()
                    };
                    let recent = edit::tail(&log, state.config.autoload_log_lines);
                    let extras = PlanExtras {
                        goals: &goals,
                        recent_log: &recent,
                        trailing_noops: logic::trailing_noops(&state.history),
                        steps_since_gain: context.step.saturating_sub(state.last_gain_step),
                    };
                    prompt::plan_user(&context, &state.episode, &state.config, info.as_ref(), &extras)
                }
            };
            Prompt { system, user }
        })
    }

    fn check_op(_phase: Phase, op: MemoryOp) -> OpVerdict {
        check_op_with(&op, |path| memory::read(path).ok())
    }

    fn run_custom_op(phase: Phase, op: CustomArgs) -> Result<String, String> {
        if op.name != UPSERT_MAP {
            return Err(format!("crafter-evolved has no operation named {}", op.name));
        }
        if phase != Phase::Log {
            return Err("UPSERT_MAP writes memory, so it is for the LOG phase only.".into());
        }
        let (x, y, description) = upsert_args(&op.args)?;
        let content = match memory::read(MAP_FILE) {
            Ok(content) => content,
            Err(MemoryError::NotFound(_)) => String::new(),
            Err(e) => return Err(describe_error(&e)),
        };
        let up = edit::upsert_map(&content, x, y, &description);
        memory::write(MAP_FILE, &up.content).map_err(|e| describe_error(&e))?;
        let verb = if up.replaced { "Updated" } else { "Added" };
        Ok(format!("{verb} ({x},{y}) in {MAP_FILE} ({} entries).", up.entries))
    }

    fn gate_action(context: StepContext, action: String) -> ActionVerdict {
        STATE.with(|s| {
            let state = s.borrow();
            if !state.config.gates {
                return ActionVerdict::Accept;
            }
            let Some(info) = Info::parse(&context.observation.info) else {
                return ActionVerdict::Accept;
            };
            let noops = logic::trailing_noops(&state.history);
            match logic::gate(&info, &action, noops, state.config.noop_limit) {
                Ok(()) => ActionVerdict::Accept,
                Err(reason) => ActionVerdict::Reject(reason),
            }
        })
    }

    fn after_step(context: StepContext) -> Vec<String> {
        let after = Info::parse(&context.observation.info);
        let mut notes = Vec::new();
        let config = STATE.with(|s| {
            let mut state = s.borrow_mut();
            let played = if context.previous_action_valid {
                context.previous_action.clone()
            } else {
                Some(state.episode.default_action.clone())
            };
            let before = state.plan_info.take();
            let (lines, gained) = transition(before.as_ref(), after.as_ref(), played.as_deref());
            state.transition = lines;
            if gained {
                state.last_gain_step = context.step;
            }
            if let Some(action) = played {
                state.history.push(action);
                let excess = state.history.len().saturating_sub(HISTORY);
                state.history.drain(..excess);
            }
            state.config.clone()
        });
        if let Some(after) = &after {
            let checklist = logic::checklist(after);
            if memory::read(PROGRESS_FILE).ok().as_deref() != Some(checklist.as_str()) {
                match memory::write(PROGRESS_FILE, &checklist) {
                    Ok(()) => notes.push(format!("updated {PROGRESS_FILE}: {}/22 done", after.achievements.len())),
                    Err(e) => notes.push(format!("could not update {PROGRESS_FILE}: {}", describe_error(&e))),
                }
            }
        }
        if let Ok(log) = memory::read(ACTIONS_LOG)
            && let Some((kept, before)) = edit::prune(&log, config.prune_above, config.prune_keep)
        {
            match memory::write(ACTIONS_LOG, &kept) {
                Ok(()) => notes.push(format!("pruned {ACTIONS_LOG} from {before} to {} lines", kept.lines().count())),
                Err(e) => notes.push(format!("could not prune {ACTIONS_LOG}: {}", describe_error(&e))),
            }
        }
        notes
    }
}

// Native builds (unit tests) skip the export: its symbol names only link as a wasm component.
#[cfg(target_arch = "wasm32")]
automem_sdk::export_schema!(CrafterEvolved);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use automem_sdk::types::{RenameArgs, WriteArgs};

    fn append(path: &str, text: &str) -> MemoryOp {
        MemoryOp::Append(WriteArgs { path: path.into(), text: text.into() })
    }

    fn no_files(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn describe_declares_files_ops_and_tunables() {
        let info = schema_info();
        let paths: Vec<_> = info.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, [RULES_FILE, GOALS_FILE, PROGRESS_FILE, MAP_FILE, ACTIONS_LOG, LESSONS_FILE]);
        let rules = &info.files[0].initial_content;
        assert!(rules.contains("Make Iron Pickaxe") && rules.contains("Place Table: 2 wood"));
        assert!(info.files[1].initial_content.starts_with("CURRENT GOAL:"));
        assert!(info.files[2].initial_content.contains("[ ] collect_wood"));
        assert!(info.files[3..].iter().all(|f| f.initial_content.is_empty()));
        assert!(info.log_ops.contains(&"UPSERT_MAP".to_string()) && !info.plan_ops.contains(&"UPSERT_MAP".to_string()));
        assert_eq!(info.custom_ops.len(), 1);
        assert_eq!(info.custom_ops[0].phases, [Phase::Log]);
        assert_eq!((info.max_log_calls, info.max_plan_calls, info.max_gate_rejections), (10, 10, 2));
        let names: Vec<_> = info.tunables.iter().map(|t| t.name.as_str()).collect();
        for wanted in ["tech_tree", "gates", "warnings", "prune_above", "prune_keep", "autoload_log_lines"] {
            assert!(names.contains(&wanted), "{wanted}");
        }
        assert!(info.tunables.iter().all(|t| t.choices.contains(&t.default_value)));
    }

    #[test]
    fn code_kept_files_are_protected() {
        for op in [
            append("progress.txt", "[x] collect_diamond"),
            MemoryOp::Write(WriteArgs { path: "./crafter_rules.txt".into(), text: "".into() }),
            MemoryOp::Remove("/progress.txt".into()),
            MemoryOp::Rename(RenameArgs { from: "goals.txt".into(), to: "crafter_rules.txt".into() }),
        ] {
            assert!(matches!(check_op_with(&op, no_files), OpVerdict::Reject(r) if r.contains("kept by code")));
        }
        let read = MemoryOp::Read("progress.txt".into());
        assert!(matches!(check_op_with(&read, no_files), OpVerdict::Allow));
    }

    #[test]
    fn map_appends_become_upserts_and_duplicates_are_refused() {
        let verdict = check_op_with(&append("map_notes.txt", "(35,28): table; water 2 north"), no_files);
        let OpVerdict::Rewrite(rw) = verdict else { panic!("expected a rewrite, got {verdict:?}") };
        assert!(
            matches!(&rw.op, MemoryOp::Custom(c) if c.name == "UPSERT_MAP" && c.args == ["35,28", "table; water 2 north"])
        );
        assert!(rw.reason.contains("UPSERT_MAP 35,28"));
        let log = |path: &str| (path == "actions_log.txt").then(|| "Step 1 'Do': +1 wood\n".to_string());
        assert!(
            matches!(check_op_with(&append("actions_log.txt", "step 1 'do': +1 wood"), log), OpVerdict::Reject(r) if r.contains("line 1"))
        );
        assert!(matches!(check_op_with(&append("actions_log.txt", "Step 2 'Do': +1 wood"), log), OpVerdict::Allow));
        assert!(matches!(check_op_with(&append("map_notes.txt", "trees up north"), no_files), OpVerdict::Allow));
    }

    #[test]
    fn upsert_arguments() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(upsert_args(&args(&["35,28", "table"])), Ok((35, 28, "table".into())));
        assert_eq!(upsert_args(&args(&["(1,-2)", "a", "b"])), Ok((1, -2, "a|b".into())));
        assert!(upsert_args(&args(&["35;28", "x"])).unwrap_err().contains("not a position"));
        assert!(upsert_args(&args(&["1,2", "  "])).unwrap_err().contains("empty"));
        assert!(upsert_args(&[]).unwrap_err().contains("usage"));
    }

    #[test]
    fn transition_lists_changes_and_gains() {
        let mut before = Info { vitals: [9, 9, 9, 9], target: "grass".into(), ..Info::default() };
        before.inventory[1] = 1; // wood
        let mut after = before.clone();
        after.inventory[1] = 2;
        let (lines, gained) = transition(Some(&before), Some(&after), Some("Do"));
        assert_eq!(lines, ["GAINED: +1 wood"]);
        assert!(gained);
        let (lines, gained) = transition(Some(&before), Some(&before), Some("Make Wood Pickaxe"));
        assert!(!gained && lines.len() == 1 && lines[0].contains("no table in view"), "{lines:?}");
        assert_eq!(transition(None, Some(&after), Some("Do")), (Vec::new(), false));
    }
}
