//! `automem run` end to end: outputs, determinism, and resume after an interrupted run.
use crate::support::component;
use std::path::Path;
use std::process::Command;

fn run(out: &Path, seeds: &str, cache: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(["run", "--game"])
        .arg(component("crafter"))
        .arg("--schema")
        .arg(component("generic-v0"))
        .arg("--policy")
        .arg(component("random"))
        .args(["--seeds", seeds, "--max-steps", "150", "--concurrency", "2", "--out"])
        .arg(out)
        .env("AUTOMEM_CACHE_DIR", cache)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_resumed_run_redoes_the_half_written_episode_and_nothing_else() {
    let cache = tempfile::tempdir().unwrap();
    let first = tempfile::tempdir().unwrap();
    run(first.path(), "1..3", cache.path());
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(first.path().join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["episodes_played"], 3);
    assert!(summary["progression_percentage"].is_number() && summary["standard_error"].is_number());
    // Every trace line is a step record.
    let trace = crate::support::trace_text(first.path(), 2);
    let record: serde_json::Value = serde_json::from_str(trace.lines().nth(1).unwrap()).unwrap();
    assert_eq!(record["step"], 1);
    assert!(record["log_phase"]["turns"].is_array() && record["plan_phase"]["final_action"].is_string());

    // Simulate a run killed during episode 2: its record is missing and its trace cut short.
    let second = tempfile::tempdir().unwrap();
    for name in ["episode-1.json", "episode-1.jsonl.zst", "episode-3.json", "episode-3.jsonl.zst"] {
        std::fs::copy(first.path().join(name), second.path().join(name)).unwrap();
    }
    let compressed = std::fs::read(first.path().join("episode-2.jsonl.zst")).unwrap();
    std::fs::write(second.path().join("episode-2.jsonl.zst"), &compressed[..compressed.len() / 3]).unwrap();
    let kept = std::fs::metadata(second.path().join("episode-1.jsonl.zst")).unwrap().modified().unwrap();
    let stdout = run(second.path(), "1..3", cache.path());
    assert!(stdout.contains("(2 already done)"), "{stdout}");
    // The redone episode is byte-identical to the uninterrupted one; the others were not touched.
    for name in ["episode-2.jsonl.zst", "episode-2.json", "summary.json"] {
        assert_eq!(
            std::fs::read(first.path().join(name)).unwrap(),
            std::fs::read(second.path().join(name)).unwrap(),
            "{name}"
        );
    }
    assert_eq!(std::fs::metadata(second.path().join("episode-1.jsonl.zst")).unwrap().modified().unwrap(), kept);
}

fn automem(args: &[&str], cache: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_automem")).args(args).env("AUTOMEM_CACHE_DIR", cache).output().unwrap()
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_schema_that_traps_or_loops_fails_its_episode_and_the_others_finish() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (game, schema, policy) = (component("corridor"), component("hostile-schema"), component("random"));
    let args = [
        "run",
        "--game",
        game.to_str().unwrap(),
        "--schema",
        schema.to_str().unwrap(),
        "--policy",
        policy.to_str().unwrap(),
        "--seeds",
        "4..7",
        "--max-steps",
        "8",
        "--concurrency",
        "4",
        "--out",
        out.path().to_str().unwrap(),
    ];
    let output = automem(&args, cache.path());
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    // The run says it failed, and which episodes; it is not a crash.
    assert!(!output.status.success());
    assert!(stderr.contains("2 episode(s) failed: seeds [5, 6]"), "{stderr}");
    assert!(stdout.contains("seed      5: FAILED") && stdout.contains("seed      6: FAILED"), "{stdout}");
    // Seed 5 trapped (a panic in build-prompt), seed 6 hit the call timeout (an endless loop).
    let trapped = json(&out.path().join("episode-5.json"));
    let error = trapped["error"].as_str().unwrap();
    assert!(error.contains("hostile-schema") && error.contains("build-prompt") && error.contains("trap"), "{error}");
    let looped = json(&out.path().join("episode-6.json"));
    let error = looped["error"].as_str().unwrap();
    assert!(error.contains("after-step") && error.contains("timeout"), "{error}");
    // The other two played to the end and are summarized without the failed ones.
    for seed in [4, 7] {
        let record = json(&out.path().join(format!("episode-{seed}.json")));
        assert!(record["error"].is_null());
        assert_eq!(record["steps"], 8);
    }
    let summary = json(&out.path().join("summary.json"));
    assert_eq!(summary["episodes_played"], 2);
    assert_eq!(summary["failed_seeds"], serde_json::json!([5, 6]));
    // A re-run keeps the finished episodes and tries the failed ones again.
    let again = automem(&args, cache.path());
    assert!(String::from_utf8_lossy(&again.stdout).contains("(2 already done)"));
}

#[test]
fn memory_is_exported_per_episode_and_a_later_run_can_start_from_it() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (game, schema, policy) = (component("crafter"), component("crafter-v0"), component("scripted-crafter"));
    let (game, schema, policy) = (game.to_str().unwrap(), schema.to_str().unwrap(), policy.to_str().unwrap());
    let common = ["--game", game, "--schema", schema, "--policy", policy];
    let first = out.path().join("first");
    let mut args = vec!["run", "--seeds", "42", "--max-steps", "60", "--out", first.to_str().unwrap()];
    args.extend(common);
    assert!(automem(&args, cache.path()).status.success());
    // The exported folder holds the final memory, file for file.
    let record = json(&first.join("episode-42.json"));
    let exported = first.join("memory-42");
    let files = record["final_memory"].as_object().unwrap();
    assert!(!files.is_empty());
    for (path, content) in files {
        assert_eq!(std::fs::read_to_string(exported.join(path)).unwrap(), content.as_str().unwrap(), "{path}");
    }
    // The journal has one line per operation, changes and look-ups alike.
    let journal = std::fs::read_to_string(first.join("episode-42.memory.jsonl")).unwrap();
    let ops: Vec<serde_json::Value> = journal.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(ops.iter().any(|o| o["op"] == "append" && o["phase"] == "log" && o["actor"] == "model"));
    assert!(ops.iter().any(|o| o["op"] == "looked" && o["phase"] == "plan"));

    // `automem stats` reads the same episode back from the folder.
    let output = automem(&["stats", "--json", first.to_str().unwrap()], cache.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let episode = &stats[0];
    assert_eq!(episode["seed"], 42);
    assert_eq!(episode["steps"], record["steps"]);
    assert_eq!(episode["reward"], record["total_reward"]);
    assert!(episode["plan_turns"].as_u64().unwrap() >= 60 && episode["log_turns"].as_u64().unwrap() > 0);
    assert!(episode["memory_ops"]["append"].as_u64().unwrap() > 0, "{episode}");
    assert!(episode["longest_no_progress_streak"].as_u64().unwrap() < 60);
    let achievements = record["achievements"].as_array().unwrap();
    let progress = episode["first_progress"].as_array().unwrap();
    assert!(
        !progress.is_empty() && progress[0][1].as_str().unwrap().contains(achievements[0].as_str().unwrap()),
        "{episode}"
    );
    assert_eq!(episode["trace_bytes"], std::fs::metadata(first.join("episode-42.jsonl.zst")).unwrap().len());

    // A user edits a file, and the next run starts from it.
    let notes = files.keys().next().unwrap().clone();
    std::fs::write(exported.join(&notes), "carried over: the table is north of spawn\n").unwrap();
    let second = out.path().join("second");
    let mut args = vec!["run", "--seeds", "43", "--max-steps", "1", "--out", second.to_str().unwrap()];
    args.extend(["--memory-from", exported.to_str().unwrap()]);
    args.extend(common);
    let output = automem(&args, cache.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let record = json(&second.join("episode-43.json"));
    assert!(record["final_memory"][&notes].as_str().unwrap().starts_with("carried over: the table is north of spawn"));

    // Exporting never overwrites a folder that is not an earlier export.
    let precious = out.path().join("precious");
    std::fs::create_dir_all(precious.join("memory-44")).unwrap();
    std::fs::write(precious.join("memory-44/thesis.tex"), "do not lose").unwrap();
    let mut args = vec!["run", "--seeds", "44", "--max-steps", "2", "--out", precious.to_str().unwrap()];
    args.extend(common);
    let output = automem(&args, cache.path());
    assert!(!output.status.success());
    let record = json(&precious.join("episode-44.json"));
    assert!(record["error"].as_str().unwrap().contains("not an automem memory export"), "{record}");
    assert_eq!(std::fs::read_to_string(precious.join("memory-44/thesis.tex")).unwrap(), "do not lose");
}

#[cfg(unix)]
#[test]
fn ctrl_c_interrupts_cleanly_and_a_rerun_finishes_the_work() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (game, schema, policy) = (component("crafter"), component("generic-v0"), component("random"));
    let args = [
        "run",
        "--game",
        game.to_str().unwrap(),
        "--schema",
        schema.to_str().unwrap(),
        "--policy",
        policy.to_str().unwrap(),
        "--seeds",
        "1..4",
        "--max-steps",
        "100000",
        "--concurrency",
        "2",
        "--out",
        out.path().to_str().unwrap(),
    ];
    let child = Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(args)
        .env("AUTOMEM_CACHE_DIR", cache.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until both running episodes have written some steps, then press Ctrl-C.
    let trace_lines = |seed: u64| {
        let Some(path) = automem_runfile::layout::existing_trace(out.path(), seed) else { return 0 };
        let Ok(mut lines) = automem_runfile::read::Lines::open(&path) else { return 0 };
        let mut n = 0;
        while let Ok(Some(_)) = lines.next_line() {
            n += 1;
        }
        n
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while (trace_lines(1) < 5 || trace_lines(2) < 5) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    // Episodes that ended by themselves (the player died) are kept; the rest are unfinished,
    // have no record, and are said to be so.
    let finished = (1..=4).filter(|s| out.path().join(format!("episode-{s}.json")).exists()).count();
    assert!(finished < 4);
    assert!(stderr.contains(&format!("interrupted: {} episode(s) unfinished", 4 - finished)), "{stderr}");
    let mut short = args.to_vec();
    let at = short.iter().position(|a| *a == "100000").unwrap();
    short[at] = "20";
    let again = automem(&short, cache.path());
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(json(&out.path().join("summary.json"))["episodes_played"], 4);
}

#[test]
fn resuming_into_a_folder_of_another_setup_is_refused() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (game, policy) = (component("corridor"), component("random"));
    let run_with = |schema: &str| {
        let schema = component(schema);
        let args = ["run", "--game", game.to_str().unwrap(), "--schema", schema.to_str().unwrap()];
        let more = ["--policy", policy.to_str().unwrap(), "--seeds", "1", "--max-steps", "3"];
        let mut all: Vec<&str> = args.to_vec();
        all.extend(more);
        all.extend(["--out", out.path().to_str().unwrap()]);
        automem(&all, cache.path())
    };
    assert!(run_with("generic-v0").status.success());
    let other = run_with("hostile-schema");
    assert!(!other.status.success());
    let stderr = String::from_utf8_lossy(&other.stderr);
    assert!(stderr.contains("already holds episode 1 played with another schema"), "{stderr}");
}

/// A run without `--schema` is the engine's no-memory mode: the same trace, records and failure
/// kinds as any run, no LOG phase, no files, and an unparseable reply falls back as LOG/PLAN's do.
#[test]
fn a_run_without_a_schema_plays_through_the_engine_and_is_traced() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = automem(
        &[
            "run",
            "--game",
            component("crafter").to_str().unwrap(),
            "--policy",
            component("random").to_str().unwrap(),
            "--seeds",
            "4..6",
            "--max-steps",
            "40",
            "--out",
            out.path().to_str().unwrap(),
        ],
        cache.path(),
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    for seed in [4, 5, 6] {
        let record = json(&out.path().join(format!("episode-{seed}.json")));
        assert_eq!(record["schema"], serde_json::Value::Null);
        assert_eq!(record["steps"], 40);
        assert_eq!(record["final_memory"], serde_json::json!({}));
        let trace = crate::support::trace_text(out.path(), seed);
        let steps: Vec<serde_json::Value> = trace.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(steps.len(), 40, "one trace line a step");
        for (n, step) in steps.iter().enumerate() {
            assert_eq!(step["step"], n);
            assert_eq!(step["log_phase"], serde_json::Value::Null, "no LOG phase without memory");
            let plan = &step["plan_phase"];
            assert_eq!(plan["turns"].as_array().unwrap().len(), 1, "one model call a step");
            assert_eq!(plan["final_action"], step["validated_action"]);
            assert!(step.get("memory_diff").is_none_or(|d| d.as_object().unwrap().is_empty()));
        }
        // The game's instructions are the system prompt, stored once, on the first step.
        assert!(steps[0]["plan_phase"]["system_prompt"].as_str().unwrap().contains("Crafter"));
        assert!(steps[1]["plan_phase"].get("system_prompt").is_none_or(|s| s.is_null()));
        assert!(!out.path().join(format!("memory-{seed}")).exists(), "no memory to export");
    }
    let summary = json(&out.path().join("summary.json"));
    assert_eq!(summary["episodes_played"], 3);
}
