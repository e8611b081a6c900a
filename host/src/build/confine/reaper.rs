//! Ending a confined tree where no PID namespace can be made (not root, no user namespaces).
//!
//! The tree's first process is a supervisor forked before exec: it makes itself a child
//! subreaper (PR_SET_CHILD_SUBREAPER), so every process the command starts, `setsid` and double
//! forks included, stays its descendant (an orphan is reparented to it, not to init); it forks
//! the command, reaps whatever dies, reports the command's wait status on a pipe, and exits when
//! it has no child left. The command and everything it starts sit in a Landlock domain scoped
//! for signals (where the kernel has it, Linux 6.12+), so they cannot kill the supervisor. When
//! the command has ended, or the tree is to be killed, the watcher ([`Reaper::end_tree`]) finds
//! every descendant of the supervisor in /proc, stops them all (parents first) and kills them,
//! round after round, until the supervisor has no child left and exits. Each kill goes through a pidfd whose process is checked to be still in the tree, so a
//! recycled process id is never signalled.
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

/// The watcher's side of a supervised tree.
pub struct Reaper {
    /// Where the supervisor writes the command's wait status (4 bytes) when it ends.
    report: File,
    got: Vec<u8>,
    status: Option<ExitStatus>,
    /// The scope-only Landlock ruleset the command enters; kept open until the spawn is done.
    _scope: Option<OwnedFd>,
}

/// How long [`Reaper::end_tree`] keeps killing before it gives up on a tree that will not die.
const END_TREE_LIMIT: Duration = Duration::from_secs(10);

impl Reaper {
    /// Make `cmd` start under a subreaper supervisor (see the module's text).
    pub fn install(cmd: &mut Command) -> anyhow::Result<Reaper> {
        let mut fds = [0 as RawFd; 2];
        // SAFETY: pipe2 writes two descriptors into `fds`.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        // SAFETY: both descriptors were just created and are owned here.
        let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        // SAFETY: as above; the read end is ours, non-blocking so the watcher can poll it.
        unsafe {
            let flags = libc::fcntl(read.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(read.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        let scope = signal_scope();
        let (write_fd, scope_fd) = (write.as_raw_fd(), scope.as_ref().map(AsRawFd::as_raw_fd));
        // The write end must stay open until the child has forked: the closure holds it.
        let keep = std::sync::Arc::new(write);
        // SAFETY: the closure runs in the forked child before exec and makes only
        // async-signal-safe system calls (prctl, fork, close, waitpid, write, _exit) on
        // descriptors and memory it already has; it allocates nothing.
        unsafe {
            cmd.pre_exec(move || {
                let _ = &keep;
                supervise(write_fd, scope_fd)
            });
        }
        Ok(Reaper { report: File::from(read), got: Vec::new(), status: None, _scope: scope })
    }

    /// The command's wait status, once the supervisor has reported it.
    pub fn command_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            let mut buf = [0u8; 4];
            while self.got.len() < 4 {
                match self.report.read(&mut buf[..4 - self.got.len()]) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => self.got.extend_from_slice(&buf[..n]),
                }
            }
            if let Ok(raw) = <[u8; 4]>::try_from(self.got.as_slice()) {
                self.status = Some(ExitStatus::from_raw(i32::from_ne_bytes(raw)));
            }
        }
        self.status
    }

    /// Kill every descendant of `supervisor`, round after round, until the supervisor has exited
    /// (it does once it has no child left), or [`END_TREE_LIMIT`] has passed (false). One scan
    /// that finds nothing is not enough: a process whose parent exits while /proc is read can be
    /// missed by that scan, and is found by the next (it is then the supervisor's child).
    pub fn end_tree(&mut self, supervisor: &mut Child) -> bool {
        let Ok(root) = i32::try_from(supervisor.id()) else { return false };
        let started = Instant::now();
        loop {
            if !matches!(supervisor.try_wait(), Ok(None)) {
                return true;
            }
            if started.elapsed() > END_TREE_LIMIT {
                return false;
            }
            // Parents before children, and all stopped before any is killed: no process of the
            // tree runs on to see another one die (a shell would go on to its next command).
            let order = descendants(root);
            let tree: HashSet<i32> = order.iter().copied().collect();
            for signal in [libc::SIGSTOP, libc::SIGKILL] {
                for &pid in order.iter().filter(|&&p| p != root) {
                    signal_if_in(pid, &tree, signal);
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// In the forked child: become the supervisor, or (in its own child) go on to exec the command.
/// Returns only in the command's process.
fn supervise(report: RawFd, scope: Option<RawFd>) -> std::io::Result<()> {
    // SAFETY: plain system calls on this process; see `Reaper::install`.
    unsafe {
        if libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1 as libc::c_ulong, 0, 0, 0) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let command = libc::fork();
        if command < 0 {
            return Err(std::io::Error::last_os_error());
        }
        if command == 0 {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong);
            libc::close(report);
            if let Some(fd) = scope {
                // Signals may not leave this domain: the supervisor is outside it.
                if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1 as libc::c_ulong, 0, 0, 0) == 0 {
                    libc::syscall(libc::SYS_landlock_restrict_self, fd, 0u32);
                }
                libc::close(fd);
            }
            return Ok(());
        }
        // The supervisor keeps nothing of the command's: no stdio, no descriptor but `report`
        // (std's exec-error pipe among them, so the parent sees the command's exec).
        for fd in 0..3 {
            libc::close(fd);
        }
        if report > 3 {
            libc::syscall(libc::SYS_close_range, 3u32, (report - 1) as u32, 0u32);
        }
        libc::syscall(libc::SYS_close_range, (report + 1) as u32, u32::MAX, 0u32);
        let mut reported = false;
        loop {
            let mut status: libc::c_int = 0;
            let pid = libc::waitpid(-1, &mut status, 0);
            if pid == command && !reported {
                reported = true;
                let bytes = status.to_ne_bytes();
                libc::write(report, bytes.as_ptr().cast(), bytes.len());
            } else if pid < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                // No child left (ECHILD): the whole tree has ended.
                libc::_exit(0);
            }
        }
    }
}

/// A Landlock ruleset that only scopes signals (so the command cannot signal its supervisor),
/// where the kernel supports it.
fn signal_scope() -> Option<OwnedFd> {
    use landlock::{Ruleset, RulesetAttr, Scope};
    let created = Ruleset::default().scope(Scope::Signal).ok()?.create().ok()?;
    Option::<OwnedFd>::from(created)
}

/// `root` and every process descending from it, by the parent ids in /proc, parents first.
fn descendants(root: i32) -> Vec<i32> {
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
            if let Some(ppid) = parent_of(pid) {
                children.entry(ppid).or_default().push(pid);
            }
        }
    }
    let mut seen = HashSet::from([root]);
    let mut order = vec![root];
    let mut next = 0;
    while let Some(&pid) = order.get(next) {
        next += 1;
        for &child in children.get(&pid).map(Vec::as_slice).unwrap_or_default() {
            if seen.insert(child) {
                order.push(child);
            }
        }
    }
    order
}

/// The parent id of `pid` (field 4 of /proc/PID/stat, after the command name in parentheses).
fn parent_of(pid: i32) -> Option<i32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

/// Send `signal` to `pid` through a pidfd, if the process it names is (still) a child of one in
/// `tree`.
fn signal_if_in(pid: i32, tree: &HashSet<i32>, signal: libc::c_int) {
    // SAFETY: pidfd_open returns a new descriptor (or -1); it is owned right away.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0u32) };
    let Ok(fd) = RawFd::try_from(fd) else { return };
    if fd < 0 {
        return;
    }
    // SAFETY: `fd` is a fresh descriptor of ours.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    // The pidfd pins the process: if the id now names another one, that one is checked.
    if parent_of(pid).is_some_and(|ppid| tree.contains(&ppid)) {
        // SAFETY: sends a signal through our pidfd; no memory is passed.
        unsafe {
            libc::syscall(libc::SYS_pidfd_send_signal, fd.as_raw_fd(), signal, std::ptr::null::<()>(), 0u32);
        }
    }
}
