//! The `command:` reviewer: an external coding agent run as `sh -c CMD` in the workspace, the way
//! AutoMem runs its reviewer, with a time limit. Its writes are confined to the workspace (and any
//! folder the user allows) with Landlock, so it cannot edit the project, the ledger or the traces;
//! of `/dev` it gets only `/dev/null` and the like; and it runs in a PID namespace of its own (or,
//! where none can be made, under a subreaper supervisor), so every process it starts ends with
//! the attempt.
use super::reviewer::{CommandOptions, Outcome, Request, Reviewer};
use crate::build::confine::{self, Confinement};
use crate::runner::Interrupted;
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::Duration;

/// Runs the user's coding agent.
pub struct CommandReviewer {
    options: CommandOptions,
}

impl CommandReviewer {
    /// A reviewer running `options.command`.
    pub fn new(options: CommandOptions) -> Self {
        CommandReviewer { options }
    }
}

impl Reviewer for CommandReviewer {
    fn review(&mut self, request: &Request<'_>) -> anyhow::Result<Outcome> {
        let ws = request.workspace;
        let log_path = ws.join("reviewer.log");
        let log = std::fs::File::create(&log_path).with_context(|| format!("cannot create {}", log_path.display()))?;
        let tmp = ws.join(".tmp");
        std::fs::create_dir_all(&tmp)?;
        let (round, attempt, continuation) = request.brief.slot;
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(&self.options.command)
            .current_dir(ws)
            .env("AUTOMEM_WORKSPACE", ws)
            .env("AUTOMEM_BRIEF", ws.join("brief.md"))
            .env("AUTOMEM_SCHEMA_DIR", ws.join("schema"))
            .env("AUTOMEM_ROUND", round.to_string())
            .env("AUTOMEM_ATTEMPT", attempt.to_string())
            .env("AUTOMEM_CONTINUATION", if continuation { "1" } else { "0" })
            .env("TMPDIR", &tmp)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log);
        let mut child = confine::spawn(cmd, &self.confinement(ws))?;
        let status = loop {
            if let Some(exit) = child.try_wait()? {
                if exit.timed_out {
                    anyhow::bail!(
                        "the reviewer command timed out after {:.0?} and was killed (raise --reviewer-timeout); its output is in {}",
                        self.options.timeout,
                        log_path.display()
                    );
                }
                break exit.status;
            }
            if request.cancel.load(Ordering::Relaxed) {
                child.kill();
                let _ = child.wait();
                return Err(Interrupted.into());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        // Whatever it left running in the background is gone too (its PID namespace ended with
        // it): nothing of the reviewer may act after refine has taken its files back.
        if !status.success() {
            anyhow::bail!("the reviewer command failed ({status}); last lines of its output:\n{}", tail(&log_path, 15));
        }
        Ok(Outcome::Revised)
    }
}

impl CommandReviewer {
    /// The reviewer reads anything but `/dev` (where it gets only [`confine::DEVICES`]) and
    /// writes only its workspace and the folders the user allowed; the deadline kills it.
    fn confinement(&self, ws: &Path) -> Confinement {
        let mut writable = vec![ws.to_path_buf()];
        writable.extend(self.options.writable.iter().cloned());
        reviewer_confinement(writable, self.options.sandbox, Some(self.options.timeout))
    }
}

fn reviewer_confinement(write: Vec<PathBuf>, landlock: bool, timeout: Option<Duration>) -> Confinement {
    Confinement {
        read: confine::root_but_dev(),
        write,
        devices: confine::devices(),
        landlock,
        timeout,
        ..Confinement::default()
    }
}

fn tail(path: &Path, lines: usize) -> String {
    let text = super::source::read_tail(path, 64 << 10);
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Check, before any evaluation, that a reviewer can be confined here: Landlock is enforced and
/// every extra writable folder exists. Says so when the reviewer cannot get a PID namespace of
/// its own (then a descendant that leaves its process group could outlive the attempt).
pub fn check_confinement(writable: &[PathBuf]) -> anyhow::Result<()> {
    for dir in writable {
        anyhow::ensure!(dir.is_dir(), "--reviewer-writable {} is not a folder", dir.display());
    }
    let mut probe = Command::new("true");
    probe.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let mut child = confine::spawn(probe, &reviewer_confinement(writable.to_vec(), true, None)).map_err(|e| {
        anyhow::anyhow!("cannot start a confined reviewer: {e:#}; pass --reviewer-sandbox off to run it unconfined")
    })?;
    if !child.own_namespace() {
        eprintln!(
            "automem: the reviewer cannot get a PID namespace of its own here (it needs root or CAP_SYS_ADMIN); \
             a subreaper supervisor ends every process it starts instead"
        );
    }
    child.wait()?;
    Ok(())
}
