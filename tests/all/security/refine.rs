//! A hostile `automem refine` reviewer (issue 13, items 1-3): a revision whose source reads the
//! build host is refused at the rules stage, and its build (with the rules bypassed) cannot read
//! the host anyway; a `command:` reviewer cannot write through `/dev` and nothing it starts
//! outlives its attempt; what it hands back is read as regular files only.
use crate::refine::{ledger, refine};
use crate::support::root;
use automem::refine::compile::{BuildLimits, build_source};
use automem::refine::source::{self, Files};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Run a refine command, killed (and the test failed) if it takes longer than `limit`.
fn bounded(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "refine did not finish within {limit:?} (it hung):\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().unwrap()
}

fn ok(output: &Output) -> String {
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "refine failed:\n{stdout}\n{stderr}");
    stdout.into_owned()
}

/// The forms that read the host, one per attempt slot (round-attempt-continuation), each with
/// what its refusal must name.
const FORMS: [(&str, &str, &str); 12] = [
    ("1-1-0", "pub const LEAK: &str = include_str!(\"/etc/passwd\");", "include_str!(\"/etc/passwd\")"),
    ("1-1-1", "pub const LEAK: &[u8] = include_bytes!(\"/dev/zero\");", "include_bytes!(\"/dev/zero\")"),
    ("1-2-0", "include!(\"/etc/hostname\");", "`include!`"),
    ("1-2-1", "pub const LEAK: &str = env!(\"SOME_SECRET\");", "env!(\"SOME_SECRET\")"),
    ("2-1-0", "pub const LEAK: Option<&str> = option_env!(\"SOME_SECRET\");", "option_env!(\"SOME_SECRET\")"),
    ("2-1-1", "#[path = \"/etc/hostname\"]\nmod leak;", "#[path"),
    ("2-2-0", "pub const LEAK: &str = core::include_str!(concat!(\"/etc/\", \"passwd\"));", "include_str"),
    (
        "2-2-1",
        "macro_rules! leak { ($m:ident) => { $m!(\"/etc/passwd\") } }\npub const LEAK: &str = leak!(include_str);",
        "include_str",
    ),
    ("3-1-0", "use std::include_str as inc;\npub const LEAK: &str = inc!(\"/etc/passwd\");", "include_str"),
    ("3-1-1", "pub const LEAK: &str = r#include_str!(\"/etc/passwd\");", "include_str"),
    ("3-2-0", "#[doc = include_str!(\"/etc/passwd\")]\npub struct Leak;", "include_str!(\"/etc/passwd\")"),
    ("3-2-1", "use std::env as e;\npub const LEAK: &str = e!(\"SOME_SECRET\");", "env"),
];

#[test]
fn a_revision_that_reads_the_build_host_is_refused_at_the_rules_stage_naming_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let forms = dir.path().join("forms");
    std::fs::create_dir_all(&forms).unwrap();
    for (slot, code, _) in FORMS {
        std::fs::write(forms.join(format!("{slot}.rs")), format!("\n{code}\n")).unwrap();
    }
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        "cat \"$FORMS/$AUTOMEM_ROUND-$AUTOMEM_ATTEMPT-$AUTOMEM_CONTINUATION.rs\" >> schema/src/lib.rs\necho 'Read the host.' > method.md\n",
    )
    .unwrap();
    let mut cmd = refine(&out, "42", "20", "3", "2", &format!("command:sh {}", script.display()));
    cmd.env("FORMS", &forms)
        .env("SOME_SECRET", "sk-not-for-the-component")
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"));
    let stdout = ok(&bounded(cmd, Duration::from_secs(900)));
    let entries = ledger(&out);
    assert_eq!(entries.len(), FORMS.len(), "{stdout}");
    for (entry, (slot, code, wanted)) in entries.iter().zip(FORMS) {
        let reason = entry["reason"].as_str().unwrap();
        assert!(
            entry["verdict"] == "rejected" && entry["stage"] == "rules" && reason.contains(wanted),
            "{slot} `{code}`: {entry}"
        );
        assert!(reason.contains("src/lib.rs") && reason.contains("build host"), "{slot}: {reason}");
        // Refused before any build: nothing was compiled for it.
        assert!(entry["candidate"].is_null(), "{slot}: {entry}");
    }
    let ledger_text = std::fs::read_to_string(out.join("ledger.jsonl")).unwrap();
    assert!(!ledger_text.contains("root:x:0:0") && !ledger_text.contains("sk-not-for"), "{ledger_text}");
}

/// The schema's source, as refine builds it, with `extra` appended to its `lib.rs`.
fn schema_with(extra: &str) -> Files {
    let crate_dir = source::locate(&root(), "crafter-evolved").unwrap();
    let mut files = source::standalone(&root(), &crate_dir).unwrap();
    let lib = files.get_mut("src/lib.rs").unwrap();
    lib.push_str(extra);
    files
}

/// The build of a revision with the rules wall bypassed (`build_source` is what refine calls
/// after the rules): the compiler may not read host files, and is stopped at its deadline and
/// its memory limit.
#[test]
fn the_confined_build_cannot_read_the_host_even_past_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let builds = dir.path().join("builds");
    let limits = BuildLimits::default();
    // The plain schema builds confined (this also compiles its dependencies once).
    let started = Instant::now();
    let base = build_source(&root(), &builds, &schema_with(""), &limits).unwrap_or_else(|e| panic!("{e}"));
    assert!(base.len() > 1000);
    let base_time = started.elapsed();

    for (code, wanted) in [
        (
            "\npub static LEAK: &str = include_str!(\"/etc/passwd\");\n#[unsafe(no_mangle)] pub fn leak() -> usize { LEAK.len() }\n",
            "/etc/passwd",
        ),
        (
            "\npub static LEAK: &[u8] = include_bytes!(\"/dev/zero\");\n#[unsafe(no_mangle)] pub fn leak() -> usize { LEAK.len() }\n",
            "/dev/zero",
        ),
        ("\n#[path = \"/etc/hostname\"]\nmod leak;\n", "/etc/hostname"),
        (
            "\npub static LEAK: &str = include_str!(\"/proc/1/environ\");\n#[unsafe(no_mangle)] pub fn leak() -> usize { LEAK.len() }\n",
            "/proc/1/environ",
        ),
    ] {
        let started = Instant::now();
        let err = build_source(&root(), &builds, &schema_with(code), &limits).unwrap_err().to_string();
        assert!(err.contains(wanted) && err.contains("Permission denied"), "{code}\n  -> {err}");
        assert!(!err.contains("root:x:0:0"), "{err}");
        assert!(started.elapsed() < base_time + Duration::from_secs(120), "{code} took {:?}", started.elapsed());
    }

    // A build that never ends is killed at its deadline.
    let forever = "\n#[allow(long_running_const_eval)]\npub const FOREVER: u64 = { let mut i = 0u64; loop { i = i.wrapping_add(1); if i == u64::MAX { break i; } } };\n#[unsafe(no_mangle)] pub fn forever() -> u64 { FOREVER }\n";
    let short = BuildLimits { timeout: base_time.max(Duration::from_secs(20)) * 2, ..BuildLimits::default() };
    let started = Instant::now();
    let err = build_source(&root(), &builds, &schema_with(forever), &short).unwrap_err().to_string();
    assert!(err.contains("took longer than") && err.contains("killed"), "{err}");
    assert!(started.elapsed() < short.timeout + Duration::from_secs(30), "{:?}", started.elapsed());

    // With Landlock off (`--reviewer-sandbox off`), rustc may open /dev/zero, and the memory
    // limit stops it with a clear reason instead of letting it eat the machine.
    let open = BuildLimits { landlock: false, memory: 1 << 30, ..BuildLimits::default() };
    let started = Instant::now();
    let err = build_source(&root(), &builds, &schema_with(FORMS[1].1), &open).unwrap_err().to_string();
    assert!(err.contains("out of memory") || err.contains("memory allocation"), "{err}");
    assert!(started.elapsed() < base_time + Duration::from_secs(120), "{:?}", started.elapsed());
}

/// The environment of the process running refine does not reach the component: run in a child
/// test process whose environment holds a secret (the parent's stays clean).
#[test]
fn the_build_environment_holds_no_variable_of_the_users() {
    let exe = std::env::current_exe().unwrap();
    let output = Command::new(exe)
        .args(["--exact", "security::refine::env_probe", "--ignored", "--nocapture", "--test-threads=1"])
        .env("AUTOMEM_TEST_SECRET", "sk-secret-0123456789")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Run by [`the_build_environment_holds_no_variable_of_the_users`] with `AUTOMEM_TEST_SECRET` set.
#[test]
#[ignore = "run by the_build_environment_holds_no_variable_of_the_users"]
fn env_probe() {
    let secret =
        std::env::var("AUTOMEM_TEST_SECRET").expect("run by the_build_environment_holds_no_variable_of_the_users");
    let dir = tempfile::tempdir().unwrap();
    let builds = dir.path().join("builds");
    let limits = BuildLimits::default();
    let err = build_source(
        &root(),
        &builds,
        &schema_with("\npub const LEAK: &str = env!(\"AUTOMEM_TEST_SECRET\");\n"),
        &limits,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("AUTOMEM_TEST_SECRET") && err.contains("not defined"), "{err}");
    let probe = "\n#[unsafe(no_mangle)] pub fn leak() -> usize { option_env!(\"AUTOMEM_TEST_SECRET\").map_or(7, |s| s.len()) + option_env!(\"HOME\").map_or(0, |s| s.len()) }\npub static MARK: Option<&str> = option_env!(\"AUTOMEM_TEST_SECRET\");\n";
    let bytes = build_source(&root(), &builds, &schema_with(probe), &limits).unwrap_or_else(|e| panic!("{e}"));
    assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the secret is in the component");
}

/// Processes whose command line holds `marker`.
fn processes_with(marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            if cmdline.contains(marker) && !cmdline.contains("cargo") {
                found.push(format!("{}: {cmdline}", entry.file_name().to_string_lossy()));
            }
        }
    }
    found
}

#[test]
fn a_reviewer_cannot_write_through_dev_and_nothing_it_starts_outlives_its_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let marker = format!("{}.{}", 7, std::process::id());
    let shm = format!("/dev/shm/automem-refine-test-{}", std::process::id());
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        format!(
            r#"probe() {{ if sh -c "$2" 2>/dev/null; then echo "$1 allowed"; else echo "$1 refused"; fi >> probe.txt; }}
probe shm 'echo x > {shm}'
probe mknod 'mknod blk b 7 0'
probe devnull 'echo x > /dev/null'
probe zero 'head -c 4 /dev/zero > /dev/null'
# A new session, and a double fork: both escape a process-group kill.
setsid sh -c 'sleep {marker}; echo late > "$AUTOMEM_WORKSPACE/late.txt"' > /dev/null 2>&1 &
(setsid sh -c 'sleep {marker}; echo late > "$AUTOMEM_WORKSPACE/late2.txt"' > /dev/null 2>&1 &) &
sed -i 's/^gates = .*/gates = "off"/' schema/tunables.toml
echo 'Gates off.' > method.md
"#
        ),
    )
    .unwrap();
    let mut cmd = refine(&out, "42", "20", "1", "1", &format!("command:sh {}", script.display()));
    cmd.env("AUTOMEM_CACHE_DIR", dir.path().join("cache"));
    let stdout = ok(&bounded(cmd, Duration::from_secs(900)));
    let ws = out.join("attempts/r1-a1");
    let probe = std::fs::read_to_string(ws.join("probe.txt")).unwrap();
    for wanted in ["shm refused", "mknod refused", "devnull allowed", "zero allowed"] {
        assert!(probe.contains(wanted), "{wanted}:\n{probe}\n{stdout}");
    }
    assert!(!Path::new(&shm).exists());
    // Right after refine exits, nothing of the reviewer runs, and nothing writes later.
    let left = processes_with(&format!("sleep {marker}"));
    assert!(left.is_empty(), "the reviewer's processes outlived refine: {left:?}");
    std::thread::sleep(Duration::from_secs(8));
    assert!(!ws.join("late.txt").exists() && !ws.join("late2.txt").exists());
}

/// Where no PID namespace can be made, the subreaper supervisor ends every process of a confined
/// tree: one left behind by a command that exited, in a new session or double-forked, and one
/// running when the tree is killed at its deadline.
#[test]
fn without_a_pid_namespace_nothing_a_confined_tree_starts_outlives_it() {
    use automem::build::confine::{self, Confinement};
    let dir = tempfile::tempdir().unwrap();
    // The left-behind processes would write 6 s after they start: longer than either case may take.
    let marker = format!("{}.{}", 6, std::process::id());
    let confinement = |timeout: u64| Confinement {
        read: confine::root_but_dev(),
        write: vec![dir.path().to_path_buf()],
        devices: confine::devices(),
        landlock: true,
        no_pid_namespace: true,
        timeout: Some(Duration::from_secs(timeout)),
        ..Confinement::default()
    };
    let left_behind = format!(
        r#"setsid sh -c 'sleep {marker}; echo late > late1.txt' > /dev/null 2>&1 &
(setsid sh -c 'sleep {marker}; echo late > late2.txt' > /dev/null 2>&1 &) &
sleep 0.5; exit 3"#
    );
    let still_running =
        format!("setsid sh -c 'sleep {marker}; echo late > late3.txt' > /dev/null 2>&1 & exec sleep 60");
    for (script, timeout, timed_out, code, within) in
        [(left_behind, 60, false, Some(3), 3.0), (still_running, 2, true, None, 4.5)]
    {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(&script).current_dir(dir.path()).stdin(Stdio::null());
        let started = Instant::now();
        let mut child = confine::spawn(cmd, &confinement(timeout)).unwrap();
        assert!(!child.own_namespace());
        let exit = child.wait().unwrap();
        assert_eq!((exit.timed_out, exit.status.code()), (timed_out, code), "{script}");
        // Ended at once, not when a left-behind process happened to finish.
        assert!(started.elapsed() < Duration::from_secs_f64(within), "{script}: {:?}", started.elapsed());
        let left = processes_with(&format!("sleep {marker}"));
        assert!(left.is_empty(), "outlived its tree: {left:?}");
    }
    // The command's stdout and stderr still reach the parent, which reads them to their end (as
    // the build does with cargo's): the supervisor keeps no copy of them.
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "echo out; echo err >&2"]).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = confine::spawn(cmd, &confinement(60)).unwrap();
    let (mut out, mut err) = (String::new(), String::new());
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut out).unwrap();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(child.wait().unwrap().status.success());
    assert_eq!((out.as_str(), err.as_str()), ("out\n", "err\n"));
    std::thread::sleep(Duration::from_secs(8));
    for late in ["late1.txt", "late2.txt", "late3.txt"] {
        assert!(!dir.path().join(late).exists(), "{late} was written after its tree ended");
    }
}

#[test]
fn files_a_reviewer_hands_back_are_read_only_as_regular_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        r#"sed -i 's/^gates = .*/gates = "off"/' schema/tunables.toml
echo 'An analysis.' > analysis.md
echo 'A method.' > method.md
case "$AUTOMEM_ROUND-$AUTOMEM_ATTEMPT-$AUTOMEM_CONTINUATION" in
  1-1-0) rm method.md; mkfifo method.md ;;
  1-1-1) ln -sf /dev/zero method.md ;;
  1-2-0) ln -sf /etc/passwd method.md ;;
  1-2-1) ln -sf /etc/passwd analysis.md ;;
  1-3-0) rm -rf schema; ln -s /etc schema ;;
  1-3-1) ln -f /etc/passwd method.md 2>/dev/null || { head -c 2000000 /dev/zero | tr '\0' x > method.md; } ;;
esac
"#,
    )
    .unwrap();
    let mut cmd = refine(&out, "42", "20", "1", "3", &format!("command:sh {}", script.display()));
    cmd.args(["--reviewer-timeout", "60s"]).env("AUTOMEM_CACHE_DIR", dir.path().join("cache"));
    let stdout = ok(&bounded(cmd, Duration::from_secs(900)));
    let entries = ledger(&out);
    let expect = [
        ("reviewer-failed", "method.md is not a regular file"),
        ("reviewer-failed", "method.md is a symbolic link"),
        ("reviewer-failed", "method.md is a symbolic link"),
        ("reviewer-failed", "analysis.md is a symbolic link"),
        ("rejected", "not a folder"),
        // A hard link to a host file is refused by Landlock or, if made, by the reader.
        ("reviewer-failed", "method.md is "),
    ];
    assert_eq!(entries.len(), expect.len(), "{stdout}");
    for (i, (entry, (verdict, reason))) in entries.iter().zip(expect).enumerate() {
        assert!(entry["verdict"] == verdict && entry["reason"].as_str().unwrap().contains(reason), "{i}: {entry}");
    }
    let last = entries[5]["reason"].as_str().unwrap();
    assert!(last.contains("hard link") || last.contains("over the limit"), "{last}");
    let ledger_text = std::fs::read_to_string(out.join("ledger.jsonl")).unwrap();
    assert!(!ledger_text.contains("root:x:0:0"), "{ledger_text}");
    for entry in &entries {
        assert!(entry["method"].is_null() || entry["method"].as_str().unwrap().len() <= 300, "{entry}");
    }
}
