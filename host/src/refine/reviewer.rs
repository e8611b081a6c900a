//! Reviewers: what reads a version's material and writes a revision into the workspace.
//! `command:` runs an external coding agent, `openai:` asks an LLM for whole files, `search`
//! turns the schema's declared tunables (offline, deterministic).
use super::brief::Brief;
use super::ledger::Metrics;
use super::source::Files;
use crate::bindings::schema_api::SchemaInfo;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Scores the revised version with some tunables overridden.
pub type Screen<'a> = &'a dyn Fn(&[(String, String)]) -> anyhow::Result<Metrics>;

/// Everything a reviewer gets for one attempt.
pub struct Request<'a> {
    /// The workspace: `schema/` holds the source to revise; `analysis.md` and `method.md` go
    /// beside it.
    pub workspace: &'a Path,
    /// The material.
    pub brief: &'a Brief<'a>,
    /// The revised version's source, as it is in `schema/` before the reviewer starts.
    pub source: &'a Files,
    /// What the revised version declares (its tunables, with their current defaults).
    pub info: &'a SchemaInfo,
    /// Score the revised version with some tunables overridden (the search's screening).
    pub screen: Screen<'a>,
    /// Sources already tried from this parent (so a search does not propose one twice).
    pub tried: &'a [Files],
    /// Set on Ctrl-C.
    pub cancel: &'a Arc<AtomicBool>,
}

/// What a reviewer made of it.
pub enum Outcome {
    /// It revised `schema/` and wrote its analysis and method.
    Revised,
    /// It has nothing to propose, and says why.
    Nothing(String),
}

/// A reviewer.
pub trait Reviewer {
    /// Review, revise the workspace's `schema/`, write `analysis.md` and `method.md`.
    fn review(&mut self, request: &Request<'_>) -> anyhow::Result<Outcome>;
}

/// A reviewer as given on the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewerSpec {
    /// `command:CMD`: run `sh -c CMD` in the workspace.
    Command(String),
    /// `openai:URL#model[?...]` or `ollama:...`: an LLM behind an OpenAI-compatible API.
    Llm(String),
    /// `search`: the offline tunable search.
    Search,
}

impl ReviewerSpec {
    /// Parse `command:...`, `openai:...`/`ollama:...` or `search`.
    pub fn parse(spec: &str) -> anyhow::Result<ReviewerSpec> {
        if let Some(cmd) = spec.strip_prefix("command:") {
            anyhow::ensure!(
                !cmd.trim().is_empty(),
                "--reviewer command: needs a command, e.g. `command:my-agent --edit`"
            );
            return Ok(ReviewerSpec::Command(cmd.to_string()));
        }
        if automem_llm::is_endpoint_spec(spec) {
            return Ok(ReviewerSpec::Llm(spec.to_string()));
        }
        if spec == "search" {
            return Ok(ReviewerSpec::Search);
        }
        anyhow::bail!(
            "unknown reviewer `{spec}`; use `command:CMD` (a coding agent run in the workspace), \
             `openai:URL#MODEL` (an OpenAI-compatible API) or `search` (offline tunable search)"
        )
    }
}

/// Settings of the `command:` reviewer.
#[derive(Debug, Clone)]
pub struct CommandOptions {
    /// The shell command.
    pub command: String,
    /// Killed after this long.
    pub timeout: Duration,
    /// Confine its writes to the workspace (and `writable`) with Landlock.
    pub sandbox: bool,
    /// Extra folders it may write to (e.g. the agent's own config folder).
    pub writable: Vec<PathBuf>,
}
