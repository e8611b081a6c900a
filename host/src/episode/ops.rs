//! Running the memory operations a model asked for: the schema checks each one, the host runs it
//! on the episode's memory, and the result is rendered the way the model is shown it.
use super::scaffold::Scaffold;
use crate::bindings::schema_api::OpVerdict;
use crate::bindings::types::{
    CustomArgs, InsertArgs, MemoryOp, Phase, RenameArgs, ReplaceArgs, SearchArgs, TailArgs, ViewArgs, WriteArgs,
};
use crate::error::PluginError;
use automem_memory::Memory;
use automem_memory::MemoryError;
use automem_protocol::{Command, render};
use automem_runfile::{Actor, OpOutcome, Part};

/// Most lines a SEARCH shows (AutoMem's configured `max_search_results`).
pub const MAX_SEARCH_RESULTS: usize = 1000;

/// Run one parsed command that is a memory operation. `allowed` are the op names of this phase.
pub fn execute(
    schema: &mut Scaffold,
    step: u32,
    phase: Phase,
    command: &Command,
    allowed: &[String],
) -> Result<OpOutcome, PluginError> {
    let op = command.compact();
    let header = render::op_header(command);
    let fail = |body: String| Ok(OpOutcome { op: op.clone(), header: header.clone(), body, ok: false });
    if let Command::Malformed { reason, .. } = command {
        return fail(render::error_body(reason));
    }
    let name = command.name().to_string();
    if !allowed.iter().any(|a| a.eq_ignore_ascii_case(&name)) {
        return fail(render::error_body(&format!(
            "{name} is not available in the {} phase; available: {}",
            phase_name(phase),
            allowed.join(", ")
        )));
    }
    let Some(mut wit_op) = to_memory_op(command) else {
        return fail(render::error_body(&format!("{name} is not a memory operation")));
    };
    let mut note = String::new();
    match schema.check_op(phase, &wit_op)? {
        OpVerdict::Allow => {}
        OpVerdict::Reject(reason) => return fail(render::error_body(&format!("rejected: {reason}"))),
        OpVerdict::Rewrite(rewrite) => {
            note = format!("[Rewritten by the memory schema: {}]\n", rewrite.reason);
            wit_op = rewrite.op;
        }
    }
    let (body, ok) = run(schema, step, phase, &wit_op)?;
    Ok(OpOutcome { op, header, body: note + &body, ok })
}

/// Run an operation on the memory (or, for custom operations, in the schema).
fn run(schema: &mut Scaffold, step: u32, phase: Phase, op: &MemoryOp) -> Result<(String, bool), PluginError> {
    if let MemoryOp::Custom(args) = op {
        stamp(schema, step, phase, Actor::Schema);
        return Ok(match schema.run_custom_op(phase, args)? {
            Ok(text) => (text, true),
            Err(text) => (render::error_body(&text), false),
        });
    }
    stamp(schema, step, phase, Actor::Model);
    let Some(memory) = schema.memory_mut() else {
        return Ok((render::error_body("this episode has no memory"), false));
    };
    let call = compact(op);
    Ok(match run_on_memory(memory, op) {
        Ok(body) => {
            if !changes_memory(op) {
                memory.note(&call, Ok(&body));
            }
            (body, true)
        }
        Err(err) => {
            memory.note(&call, Err(&err.to_string()));
            match err {
                MemoryError::NotFound(_) => (render::missing_file(op_path(op)), false),
                err => (render::error_body(&err.to_string()), false),
            }
        }
    })
}

fn run_on_memory(memory: &mut Memory, op: &MemoryOp) -> Result<String, MemoryError> {
    Ok(match op {
        MemoryOp::Search(SearchArgs { path, query }) => {
            let (hits, total) = memory.search_lines(path.as_deref(), query, MAX_SEARCH_RESULTS)?;
            let hits: Vec<(&str, u32, &str)> = hits.into_iter().map(|h| (h.path, h.line_number, h.text)).collect();
            match path {
                Some(p) => {
                    let empty = memory.read(p)?.trim().is_empty();
                    render::search_body(query, &hits, total, empty, MAX_SEARCH_RESULTS)
                }
                None => render::search_all_body(query, &hits, total, false, MAX_SEARCH_RESULTS),
            }
        }
        MemoryOp::Count(SearchArgs { path, query }) => {
            let (_, total) = memory.search_lines(path.as_deref(), query, 0)?;
            if path.as_deref().map(|p| memory.read(p).map(|c| c.trim().is_empty())).transpose()?.unwrap_or(false) {
                render::count_empty_file_body(query)
            } else {
                render::count_body(total, query)
            }
        }
        MemoryOp::Read(path) => render::read_body(memory.read(path)?),
        MemoryOp::Tail(TailArgs { path, lines }) => render::tail_body(memory.read(path)?, *lines),
        MemoryOp::View(ViewArgs { path, range }) => render::view_body(memory.read(path)?, *range),
        MemoryOp::Append(WriteArgs { path, text }) => {
            memory.append(path, text)?;
            render::appended(path)
        }
        MemoryOp::Write(WriteArgs { path, text }) => {
            memory.write(path, text)?;
            render::wrote(path)
        }
        MemoryOp::Create(path) => match memory.create(path) {
            Ok(()) => render::created(path),
            Err(MemoryError::AlreadyExists(_)) => render::already_exists(path),
            Err(other) => return Err(other),
        },
        MemoryOp::Remove(path) => {
            memory.remove(path)?;
            format!("[Deleted {path}]")
        }
        MemoryOp::Rename(RenameArgs { from, to }) => {
            memory.rename(from, to)?;
            format!("[Renamed {from} to {to}]")
        }
        MemoryOp::StrReplace(ReplaceArgs { path, old, new }) => {
            memory.str_replace(path, old, new)?;
            format!("[Edited {path}]")
        }
        MemoryOp::Insert(InsertArgs { path, line, text }) => {
            memory.insert(path, *line, text)?;
            format!("[Inserted into {path} after line {line}]")
        }
        MemoryOp::Custom(_) => String::new(),
    })
}

/// Say who is about to change memory, for the journal.
pub(crate) fn stamp(schema: &mut Scaffold, step: u32, phase: Phase, actor: Actor) {
    if let Some(memory) = schema.memory_mut() {
        let part = match phase {
            Phase::Log => Part::Log,
            Phase::Plan => Part::Plan,
        };
        memory.set_stamp(step, part, actor);
    }
}

/// The phase's name as traces and prompts write it.
pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Log => "log",
        Phase::Plan => "plan",
    }
}

/// Whether a successful `op` is journaled as a change (the others are journaled as look-ups).
fn changes_memory(op: &MemoryOp) -> bool {
    !matches!(op, MemoryOp::Search(_) | MemoryOp::Count(_) | MemoryOp::Read(_) | MemoryOp::Tail(_) | MemoryOp::View(_))
}

/// An operation compactly, for the journal (e.g. "SEARCH map.txt|tree", "READ notes.txt").
fn compact(op: &MemoryOp) -> String {
    match op {
        MemoryOp::Search(a) => format!("SEARCH {}|{}", a.path.as_deref().unwrap_or("*"), a.query),
        MemoryOp::Count(a) => format!("COUNT {}|{}", a.path.as_deref().unwrap_or("*"), a.query),
        MemoryOp::Read(p) => format!("READ {p}"),
        MemoryOp::Tail(a) => format!("TAIL {}|{}", a.path, a.lines),
        MemoryOp::View(a) => format!("VIEW {}", a.path),
        MemoryOp::Append(a) => format!("APPEND {}", a.path),
        MemoryOp::Write(a) => format!("WRITE {}", a.path),
        MemoryOp::Create(p) => format!("CREATE {p}"),
        MemoryOp::Remove(p) => format!("DELETE {p}"),
        MemoryOp::Rename(a) => format!("RENAME {}|{}", a.from, a.to),
        MemoryOp::StrReplace(a) => format!("STR_REPLACE {}", a.path),
        MemoryOp::Insert(a) => format!("INSERT {}|{}", a.path, a.line),
        MemoryOp::Custom(a) => a.name.clone(),
    }
}

fn op_path(op: &MemoryOp) -> &str {
    match op {
        MemoryOp::Read(p) | MemoryOp::Create(p) | MemoryOp::Remove(p) => p,
        MemoryOp::Tail(a) => &a.path,
        MemoryOp::View(a) => &a.path,
        MemoryOp::Append(a) | MemoryOp::Write(a) => &a.path,
        MemoryOp::StrReplace(a) => &a.path,
        MemoryOp::Insert(a) => &a.path,
        MemoryOp::Rename(a) => &a.from,
        MemoryOp::Search(a) | MemoryOp::Count(a) => a.path.as_deref().unwrap_or(""),
        MemoryOp::Custom(_) => "",
    }
}

/// The WIT form of a parsed command, for the schema's check; none for DONE, ACTION, malformed.
pub fn to_memory_op(command: &Command) -> Option<MemoryOp> {
    Some(match command.clone() {
        Command::Search { path, query } => MemoryOp::Search(SearchArgs { path, query }),
        Command::Count { path, query } => MemoryOp::Count(SearchArgs { path, query }),
        Command::Read { path } => MemoryOp::Read(path),
        Command::Tail { path, lines } => MemoryOp::Tail(TailArgs { path, lines }),
        Command::Append { path, text } => MemoryOp::Append(WriteArgs { path, text }),
        Command::Write { path, text } => MemoryOp::Write(WriteArgs { path, text }),
        Command::Create { path, text: None } => MemoryOp::Create(path),
        Command::Create { path, text: Some(text) } => MemoryOp::Write(WriteArgs { path, text }),
        Command::Delete { path } => MemoryOp::Remove(path),
        Command::Rename { from, to } => MemoryOp::Rename(RenameArgs { from, to }),
        Command::View { path, range } => MemoryOp::View(ViewArgs { path, range }),
        Command::StrReplace { path, old, new } => MemoryOp::StrReplace(ReplaceArgs { path, old, new }),
        Command::Insert { path, line, text } => MemoryOp::Insert(InsertArgs { path, line, text }),
        Command::Custom { name, args } => MemoryOp::Custom(CustomArgs { name, args }),
        Command::Done | Command::Action(_) | Command::Malformed { .. } => return None,
    })
}
