//! The `command:` reviewer: an external coding agent run as `sh -c CMD` in the workspace, the way
//! AutoMem runs its reviewer, with a time limit. Its writes are confined to the workspace (and any
//! folder the user allows) with Landlock, so it cannot edit the project, the ledger or the traces.
use super::reviewer::{CommandOptions, Outcome, Request, Reviewer};
use crate::runner::Interrupted;
use anyhow::Context;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

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
            .stderr(log)
            // Its own process group, so a timeout kills the agent and everything it started.
            .process_group(0);
        let mut writable = vec![ws.to_path_buf()];
        writable.extend(self.options.writable.iter().cloned());
        let mut child = if self.options.sandbox { spawn_confined(cmd, &writable)? } else { cmd.spawn()? };
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if request.cancel.load(Ordering::Relaxed) {
                kill_group(&mut child);
                return Err(Interrupted.into());
            }
            if started.elapsed() >= self.options.timeout {
                kill_group(&mut child);
                anyhow::bail!(
                    "the reviewer command timed out after {:.0?} and was killed (raise --reviewer-timeout); its output is in {}",
                    self.options.timeout,
                    log_path.display()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        // Whatever it left running in the background goes too: nothing of the reviewer may act
        // after refine has taken its files back.
        kill_group(&mut child);
        if !status.success() {
            anyhow::bail!("the reviewer command failed ({status}); last lines of its output:\n{}", tail(&log_path, 15));
        }
        Ok(Outcome::Revised)
    }
}

fn kill_group(child: &mut Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: killpg only sends a signal; the group is the child's own (process_group(0)).
        unsafe {
            libc::killpg(pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn tail(path: &Path, lines: usize) -> String {
    let text = super::source::read_left_file(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Check, before any evaluation, that a reviewer can be confined here: Landlock is enforced and
/// every extra writable folder exists.
pub fn check_confinement(writable: &[PathBuf]) -> anyhow::Result<()> {
    for dir in writable {
        anyhow::ensure!(dir.is_dir(), "--reviewer-writable {} is not a folder", dir.display());
    }
    let mut probe = Command::new("true");
    probe.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let mut child = spawn_confined(probe, writable).map_err(|e| {
        anyhow::anyhow!("cannot start a confined reviewer: {e:#}; pass --reviewer-sandbox off to run it unconfined")
    })?;
    child.wait()?;
    Ok(())
}

/// Spawn `cmd` from a thread confined with Landlock: it (and what it starts) may read and run
/// anything but write only under `writable`. The restriction is the thread's, so it dies with
/// the thread; the rest of the process is untouched.
fn spawn_confined(mut cmd: Command, writable: &[PathBuf]) -> anyhow::Result<Child> {
    use landlock::{
        ABI, Access, AccessFs, Ruleset, RulesetAttr, RulesetCreatedAttr, RulesetStatus, path_beneath_rules,
    };
    // Devices stay writable (/dev/null, the terminal): they are not the project's files.
    let mut writable = writable.to_vec();
    writable.push(PathBuf::from("/dev"));
    let spawned = std::thread::spawn(move || -> anyhow::Result<Child> {
        let abi = ABI::V5;
        let status = Ruleset::default()
            .handle_access(AccessFs::from_all(abi))?
            .create()?
            .add_rules(path_beneath_rules(["/"], AccessFs::from_read(abi)))?
            .add_rules(path_beneath_rules(&writable, AccessFs::from_all(abi)))?
            .restrict_self()?;
        if status.ruleset == RulesetStatus::NotEnforced {
            anyhow::bail!(
                "this kernel does not enforce Landlock, so the reviewer cannot be confined to its workspace; \
                 pass --reviewer-sandbox off to run it unconfined"
            );
        }
        Ok(cmd.spawn()?)
    });
    spawned.join().map_err(|_| anyhow::anyhow!("the thread starting the reviewer panicked"))?
}
