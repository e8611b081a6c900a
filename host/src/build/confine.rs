//! Confined process trees: what the build of untrusted source (a refine revision) and the
//! `command:` reviewer run in. Landlock limits the files the whole tree may read and write (and,
//! for a build, forbids TCP), the environment is replaced by an allowlist, rlimits bound each
//! process's memory and file size, and a deadline kills the tree. When the process may create a
//! PID namespace (root, or CAP_SYS_ADMIN) the tree's first process is that namespace's init, so
//! killing it, or its exiting, ends every descendant, `setsid` and double forks included. Without
//! one ([`reaper`]) the tree's first process is a small supervisor that is a child subreaper, so
//! no descendant can leave the tree, and when the command ends (or is killed) every descendant
//! is found and killed, round after round, until none is left.
use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdout, Command, ExitStatus};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod reaper;

/// The character devices a confined process may open: the ones any program expects.
pub const DEVICES: [&str; 6] = ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty"];

/// What a confined tree may touch and how long and large it may grow.
#[derive(Debug, Clone, Default)]
pub struct Confinement {
    /// Folders (or files) it may read and execute, beneath.
    pub read: Vec<PathBuf>,
    /// Folders it may read, write, create in and remove from, beneath.
    pub write: Vec<PathBuf>,
    /// Single files (devices such as `/dev/null`) it may read and write.
    pub devices: Vec<PathBuf>,
    /// Confine files with Landlock at all (off only when the user said so).
    pub landlock: bool,
    /// Forbid TCP connect and bind (Landlock ABI 4 and later).
    pub no_network: bool,
    /// The whole environment of the tree (`None`: the parent's).
    pub env: Option<Vec<(OsString, OsString)>>,
    /// Address-space limit of each process (RLIMIT_AS), bytes.
    pub memory: Option<u64>,
    /// Largest file a process may write (RLIMIT_FSIZE), bytes.
    pub file_size: Option<u64>,
    /// The tree is killed this long after it starts.
    pub timeout: Option<Duration>,
    /// Do not try a PID namespace: the subreaper supervisor ends the tree (what happens where no
    /// namespace can be made; tests use it to check that fallback as root).
    pub no_pid_namespace: bool,
}

/// A running confined tree. Dropping it kills the tree and waits for it.
pub struct Confined {
    pid: u32,
    /// The first process's stdout, when piped.
    pub stdout: Option<ChildStdout>,
    /// The first process's stderr, when piped.
    pub stderr: Option<ChildStderr>,
    kill: Arc<AtomicBool>,
    exit: mpsc::Receiver<std::io::Result<Exit>>,
    done: Option<Exit>,
    own_namespace: bool,
}

/// How a confined tree ended.
#[derive(Debug, Clone, Copy)]
pub struct Exit {
    /// The first process's status.
    pub status: ExitStatus,
    /// It was killed because its deadline passed.
    pub timed_out: bool,
}

impl Confined {
    /// The first process's id.
    pub fn id(&self) -> u32 {
        self.pid
    }

    /// Whether the tree is in a PID namespace of its own (otherwise a subreaper supervisor ends
    /// it; either way no descendant outlives it).
    pub fn own_namespace(&self) -> bool {
        self.own_namespace
    }

    /// Kill the whole tree (it is reaped by [`Confined::wait`]).
    pub fn kill(&self) {
        self.kill.store(true, Ordering::SeqCst);
    }

    /// How it ended, if it has.
    pub fn try_wait(&mut self) -> std::io::Result<Option<Exit>> {
        if let Some(done) = self.done {
            return Ok(Some(done));
        }
        match self.exit.try_recv() {
            Ok(result) => {
                let exit = result?;
                self.done = Some(exit);
                Ok(Some(exit))
            }
            Err(mpsc::TryRecvError::Empty) => Ok(None),
            Err(mpsc::TryRecvError::Disconnected) => Err(std::io::Error::other("the confined process's watcher ended")),
        }
    }

    /// Wait until the tree has ended (every process of it, when it has its own namespace).
    pub fn wait(&mut self) -> std::io::Result<Exit> {
        if let Some(done) = self.done {
            return Ok(done);
        }
        let exit = self.exit.recv().map_err(|_| std::io::Error::other("the confined process's watcher ended"))??;
        self.done = Some(exit);
        Ok(exit)
    }
}

impl Drop for Confined {
    fn drop(&mut self) {
        if self.done.is_none() {
            self.kill();
            let _ = self.wait();
        }
    }
}

/// Spawn `cmd` confined by `c`. The command is spawned, watched and reaped by a thread of its
/// own: Landlock and the PID namespace are that thread's (the rest of the process is untouched),
/// and the tree gets SIGKILL if that thread dies (with the whole process, say).
pub fn spawn(mut cmd: Command, c: &Confinement) -> anyhow::Result<Confined> {
    if let Some(env) = &c.env {
        cmd.env_clear().envs(env.iter().map(|(k, v)| (k, v)));
    }
    cmd.process_group(0);
    let (memory, file_size) = (c.memory, c.file_size);
    // SAFETY: the closure runs in the forked child before exec and only makes async-signal-safe
    // system calls (prctl, setrlimit); it allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            // The spawning thread lives until this process is reaped, so this fires only when
            // the whole parent process dies.
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong);
            let limit = |resource, bytes: u64| {
                let rlim = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
                if libc::setrlimit(resource, &rlim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            };
            limit(libc::RLIMIT_CORE, 0)?;
            if let Some(bytes) = memory {
                limit(libc::RLIMIT_AS, bytes)?;
            }
            if let Some(bytes) = file_size {
                limit(libc::RLIMIT_FSIZE, bytes)?;
            }
            Ok(())
        });
    }
    let c = c.clone();
    let kill = Arc::new(AtomicBool::new(false));
    let (started_tx, started_rx) = mpsc::channel();
    let (exit_tx, exit_rx) = mpsc::channel();
    let (child_tx, child_rx) = mpsc::channel::<(Child, bool, Option<reaper::Reaper>)>();
    let (reaped_tx, reaped_rx) = mpsc::channel::<()>();
    let flag = kill.clone();
    let timeout = c.timeout;
    // The watcher is started by this (unconfined) thread, so it may read /proc to find the
    // tree's processes; the thread that spawns is confined, and lives until the tree is reaped
    // (the tree's PR_SET_PDEATHSIG is tied to it).
    std::thread::Builder::new().name("automem-confined".into()).spawn(move || {
        let Ok((mut child, own_namespace, mut reaper)) = child_rx.recv() else { return };
        let _ = exit_tx.send(watch(&mut child, own_namespace, reaper.as_mut(), &flag, timeout));
        drop(reaped_tx);
    })?;
    std::thread::Builder::new().name("automem-confined-spawn".into()).spawn(move || {
        let spawned = (|| -> anyhow::Result<(Child, bool, Option<reaper::Reaper>)> {
            if c.landlock {
                restrict_thread(&c)?;
            }
            // SAFETY: unshare only changes the PID namespace this thread's next children start in.
            let own_namespace = !c.no_pid_namespace && unsafe { libc::unshare(libc::CLONE_NEWPID) } == 0;
            let reaper = if own_namespace { None } else { Some(reaper::Reaper::install(&mut cmd)?) };
            Ok((cmd.spawn()?, own_namespace, reaper))
        })();
        let (mut child, own_namespace, reaper) = match spawned {
            Ok(x) => x,
            Err(e) => {
                let _ = started_tx.send(Err(e));
                return;
            }
        };
        let _ = started_tx.send(Ok((child.id(), child.stdout.take(), child.stderr.take(), own_namespace)));
        if child_tx.send((child, own_namespace, reaper)).is_ok() {
            let _ = reaped_rx.recv();
        }
    })?;
    let (pid, stdout, stderr, own_namespace) = started_rx
        .recv()
        .map_err(|_| anyhow::anyhow!("the thread starting the confined process ended without a word"))??;
    Ok(Confined { pid, stdout, stderr, kill, exit: exit_rx, done: None, own_namespace })
}

/// Watch a child until it ends, killing its tree when asked or at the deadline; then make sure
/// nothing of its tree is left. With a `reaper`, `child` is the supervisor and the status is
/// the command's.
fn watch(
    child: &mut Child,
    own_namespace: bool,
    mut reaper: Option<&mut reaper::Reaper>,
    kill: &AtomicBool,
    timeout: Option<Duration>,
) -> std::io::Result<Exit> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut timed_out = false;
    let status = loop {
        if let Some(r) = reaper.as_deref_mut()
            && let Some(status) = r.command_status()
        {
            // The command ended: whatever it left running goes too, then the supervisor exits.
            end_supervised(r, child);
            child.wait()?;
            break status;
        }
        if let Some(status) = child.try_wait()? {
            break reaper.as_deref_mut().and_then(reaper::Reaper::command_status).unwrap_or(status);
        }
        let late = deadline.is_some_and(|d| Instant::now() >= d);
        if late || kill.load(Ordering::SeqCst) {
            timed_out |= late && !kill.load(Ordering::SeqCst);
            match reaper.as_deref_mut() {
                Some(r) => {
                    end_supervised(r, child);
                    let supervisor = child.wait()?;
                    break r.command_status().unwrap_or(supervisor);
                }
                None => {
                    kill_tree(child);
                    break child.wait()?;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if !own_namespace && reaper.is_none() {
        // The group outlives its leader while members remain, so its id is not reused yet.
        kill_group(child.id());
    }
    Ok(Exit { status, timed_out })
}

/// End a supervised tree; a tree that will not die loses its supervisor (so `wait` returns).
fn end_supervised(reaper: &mut reaper::Reaper, supervisor: &mut Child) {
    if !reaper.end_tree(supervisor) {
        let _ = supervisor.kill();
    }
}

fn kill_tree(child: &mut Child) {
    // The child is not reaped yet, so its id (and group id) are still its own. In its own PID
    // namespace, killing it (the namespace's init) kills every process of the namespace.
    kill_group(child.id());
    let _ = child.kill();
}

fn kill_group(pid: u32) {
    if let Ok(pid) = i32::try_from(pid) {
        // SAFETY: killpg only sends a signal, to the group the child leads (process_group(0)).
        unsafe {
            libc::killpg(pid, libc::SIGKILL);
        }
    }
}

/// Confine the calling thread (and what it spawns from now on) with Landlock.
fn restrict_thread(c: &Confinement) -> anyhow::Result<()> {
    use landlock::{
        ABI, Access, AccessFs, AccessNet, Ruleset, RulesetAttr, RulesetCreatedAttr, RulesetStatus, Scope,
        path_beneath_rules,
    };
    let abi = ABI::V5;
    let mut ruleset = Ruleset::default().handle_access(AccessFs::from_all(abi))?;
    if c.no_network {
        ruleset = ruleset.handle_access(AccessNet::from_all(abi))?;
    }
    // No signals to processes outside the sandbox (where the kernel supports it).
    ruleset = ruleset.scope(Scope::from_all(ABI::V6))?;
    let status = ruleset
        .create()?
        .add_rules(path_beneath_rules(&c.read, AccessFs::from_read(abi)))?
        // Everything in writable folders but making device nodes (a root process could make one
        // for a disk, and write it).
        .add_rules(path_beneath_rules(&c.write, AccessFs::from_all(abi) & !(AccessFs::MakeChar | AccessFs::MakeBlock)))?
        .add_rules(path_beneath_rules(&c.devices, AccessFs::from_file(abi)))?
        .restrict_self()?;
    if status.ruleset == RulesetStatus::NotEnforced {
        anyhow::bail!(
            "this kernel does not enforce Landlock, so the process cannot be confined (Linux 5.13 or later \
             with Landlock enabled is needed)"
        );
    }
    Ok(())
}

/// Everything under `/` but `/dev`: what a reviewer may read (its devices are given one by one).
pub fn root_but_dev() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir("/") else { return vec![PathBuf::from("/")] };
    entries.flatten().map(|e| e.path()).filter(|p| p != Path::new("/dev")).collect()
}

/// The devices of [`DEVICES`] as paths.
pub fn devices() -> Vec<PathBuf> {
    DEVICES.iter().map(PathBuf::from).collect()
}

/// Address space of each process of a build (rustc needs well under 2 GiB for a schema).
pub const BUILD_MEMORY: u64 = 4 << 30;
/// Largest file a build may write.
pub const BUILD_FILE_SIZE: u64 = 1 << 30;

/// The confinement of a cargo build of untrusted source in `workspace`: it reads the system's
/// libraries, the Rust toolchain (rustup's or the system's), the registry's sources, the
/// workspace and `sources` (path dependencies and what they read), writes only the workspace and
/// `target_dir`, has no network, and an environment of PATH, the toolchain's locations and
/// `extra_env` (no user variable reaches `env!`).
pub fn for_build(
    workspace: &Path,
    target_dir: &Path,
    sources: &[PathBuf],
    extra_env: &[(String, String)],
    timeout: Duration,
    landlock: bool,
) -> Confinement {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let home = var("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/root"));
    let rustup_home = var("RUSTUP_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".rustup"));
    let cargo_home = var("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".cargo"));
    let tmp = workspace.join(".tmp");
    let _ = std::fs::create_dir_all(&tmp);
    let mut read: Vec<PathBuf> =
        ["/usr", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/etc/ld.so.cache"].iter().map(PathBuf::from).collect();
    read.push(rustup_home.clone());
    // CARGO_HOME's binaries, registry and git checkouts and its configuration; not its
    // credentials.
    for part in ["bin", "registry", "git", "config.toml", "config"] {
        read.push(cargo_home.join(part));
    }
    // Cargo reads `.cargo/config.toml` in every folder above the workspace.
    for dir in workspace.ancestors() {
        for name in ["config.toml", "config"] {
            let path = dir.join(".cargo").join(name);
            if path.is_file() {
                read.push(path);
            }
        }
    }
    // Tools named by path (CARGO, RUSTC) live in their toolchain's folder.
    for tool in ["CARGO", "RUSTC"] {
        if let Some(dir) =
            var(tool).map(PathBuf::from).and_then(|p| p.parent().and_then(Path::parent).map(Path::to_path_buf))
        {
            read.push(dir);
        }
    }
    read.extend(sources.iter().cloned());
    let mut env: Vec<(OsString, OsString)> = vec![
        ("HOME".into(), workspace.into()),
        ("TMPDIR".into(), tmp.into()),
        ("RUSTUP_HOME".into(), rustup_home.into()),
        ("CARGO_HOME".into(), cargo_home.into()),
        ("CARGO_NET_OFFLINE".into(), "true".into()),
        ("CARGO_TERM_COLOR".into(), "never".into()),
    ];
    for keep in ["PATH", "RUSTUP_TOOLCHAIN", "RUSTC", "RUSTUP_AUTO_INSTALL"] {
        if let Some(v) = var(keep) {
            env.push((keep.into(), v));
        }
    }
    env.extend(extra_env.iter().map(|(k, v)| (k.into(), v.into())));
    Confinement {
        read,
        write: vec![workspace.to_path_buf(), target_dir.to_path_buf()],
        devices: ["/dev/null", "/dev/urandom"].iter().map(PathBuf::from).collect(),
        landlock,
        no_network: true,
        env: Some(env),
        memory: Some(BUILD_MEMORY),
        file_size: Some(BUILD_FILE_SIZE),
        timeout: Some(timeout),
        no_pid_namespace: false,
    }
}

/// A build process, confined or not: the hook where cargo is spawned.
pub enum Spawned {
    /// Started as it is (`automem build` of the user's own crates).
    Plain(Child),
    /// Started confined (a refine revision).
    Confined(Confined),
}

impl Spawned {
    /// Spawn `cmd`, confined when `confinement` is given.
    pub fn start(cmd: Command, confinement: Option<&Confinement>) -> anyhow::Result<Spawned> {
        let mut cmd = cmd;
        Ok(match confinement {
            Some(c) => Spawned::Confined(spawn(cmd, c)?),
            None => Spawned::Plain(cmd.spawn()?),
        })
    }

    /// Take its stdout.
    pub fn stdout(&mut self) -> Option<ChildStdout> {
        match self {
            Spawned::Plain(c) => c.stdout.take(),
            Spawned::Confined(c) => c.stdout.take(),
        }
    }

    /// Take its stderr.
    pub fn stderr(&mut self) -> Option<ChildStderr> {
        match self {
            Spawned::Plain(c) => c.stderr.take(),
            Spawned::Confined(c) => c.stderr.take(),
        }
    }

    /// Wait for it to end.
    pub fn wait(&mut self) -> std::io::Result<Exit> {
        match self {
            Spawned::Plain(c) => c.wait().map(|status| Exit { status, timed_out: false }),
            Spawned::Confined(c) => c.wait(),
        }
    }
}

/// A confined build that was killed says why: its deadline, or its memory limit.
pub fn check_exit(c: &Confinement, exit: &Exit, stderr: &str) -> Result<(), super::BuildError> {
    if exit.timed_out {
        return Err(super::BuildError::Cargo(format!(
            "the build took longer than {:.0?} and was killed (a revision's build is time-limited)",
            c.timeout.unwrap_or_default()
        )));
    }
    if stderr.contains("memory allocation of") || stderr.contains("out of memory") {
        return Err(super::BuildError::Cargo(format!(
            "the compiler ran out of memory (each build process may use {} MiB) and was stopped:\n{}",
            c.memory.unwrap_or_default() >> 20,
            stderr.lines().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
        )));
    }
    Ok(())
}
