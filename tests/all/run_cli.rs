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
    let trace = std::fs::read_to_string(first.path().join("episode-2.jsonl")).unwrap();
    let record: serde_json::Value = serde_json::from_str(trace.lines().nth(1).unwrap()).unwrap();
    assert_eq!(record["step"], 1);
    assert!(record["log_phase"]["turns"].is_array() && record["plan_phase"]["final_action"].is_string());

    // Simulate a run killed during episode 2: its record is missing and its trace cut short.
    let second = tempfile::tempdir().unwrap();
    for name in ["episode-1.json", "episode-1.jsonl", "episode-3.json", "episode-3.jsonl"] {
        std::fs::copy(first.path().join(name), second.path().join(name)).unwrap();
    }
    std::fs::write(second.path().join("episode-2.jsonl"), &trace[..trace.len() / 3]).unwrap();
    let kept = std::fs::metadata(second.path().join("episode-1.jsonl")).unwrap().modified().unwrap();
    let stdout = run(second.path(), "1..3", cache.path());
    assert!(stdout.contains("(2 already done)"), "{stdout}");
    // The redone episode is byte-identical to the uninterrupted one; the others were not touched.
    for name in ["episode-2.jsonl", "episode-2.json", "summary.json"] {
        assert_eq!(
            std::fs::read(first.path().join(name)).unwrap(),
            std::fs::read(second.path().join(name)).unwrap(),
            "{name}"
        );
    }
    assert_eq!(std::fs::metadata(second.path().join("episode-1.jsonl")).unwrap().modified().unwrap(), kept);
}
