//! `automem refine` end to end, through the binary: the search reviewer's real improvement and
//! its reproduction, bad revisions of every kind rejected and recorded, a reviewer that times out
//! or writes outside its workspace, an LLM reviewer on a loopback server, publishing to a running
//! server, resume after Ctrl-C, and a missing toolchain caught before any evaluation.
use crate::support::{component, root};
use automem_llm::mock::{Behavior, MockServer};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

pub(crate) fn refine(
    out: &Path,
    seeds: &str,
    max_steps: &str,
    rounds: &str,
    attempts: &str,
    reviewer: &str,
) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_automem"));
    cmd.arg("--root")
        .arg(root())
        .args(["refine", "--game"])
        .arg(component("crafter"))
        .args(["--schema", "crafter-evolved", "--policy"])
        .arg(component("scripted-crafter"))
        .args(["--seeds", seeds, "--max-steps", max_steps, "--rounds", rounds, "--attempts", attempts])
        .args(["--reviewer", reviewer, "--out"])
        .arg(out);
    cmd
}

pub(crate) fn ledger(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("ledger.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ok(output: &Output) -> String {
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "refine failed:\n{stdout}\n{stderr}");
    stdout.into_owned()
}

#[test]
fn the_search_reviewer_strictly_improves_the_score_and_the_winner_reproduces() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let cache = dir.path().join("cache");
    let stdout =
        ok(&refine(&out, "43..44", "300", "3", "2", "search").env("AUTOMEM_CACHE_DIR", &cache).output().unwrap());
    let entries = ledger(&out);
    let kept: Vec<&Value> = entries.iter().filter(|a| a["verdict"] == "kept").collect();
    assert!(!kept.is_empty(), "nothing kept:\n{stdout}");
    let first = kept[0];
    let (got, had) =
        (first["metrics"]["progression"].as_f64().unwrap(), first["best"]["progression"].as_f64().unwrap());
    assert!(got > had, "kept {got} over {had}");
    assert!(first["method"].as_str().unwrap().starts_with("Set "), "{first}");
    assert!(
        std::fs::read_to_string(out.join(first["dir"].as_str().unwrap()).join("diff.patch")).unwrap().contains("+")
    );
    // The search stops when no single change beats the best, and says so.
    assert_eq!(entries.last().unwrap()["verdict"], "no-proposal", "{stdout}");
    assert!(stdout.contains("stopped early"), "{stdout}");

    // The registry holds the chain: the kept version's parent is the base, and it is latest.
    let best = json(&out.join("best.json"));
    let best_hash = best["hash"].as_str().unwrap();
    let settings = json(&out.join("refine.json"));
    let base_hash = settings["base"].as_str().unwrap();
    assert_ne!(best_hash, base_hash);
    let registry = out.join("registry").join("crafter-evolved");
    assert_eq!(std::fs::read_to_string(registry.join("latest")).unwrap().trim(), best_hash);
    let meta = json(&registry.join(format!("{}.json", first["candidate"].as_str().unwrap())));
    assert_eq!(meta["parent"].as_str().unwrap(), first["parent"].as_str().unwrap());
    assert_eq!(first["parent"].as_str().unwrap(), base_hash);

    // The winner's recorded score reproduces in a plain `automem run` of best.wasm.
    let rerun = dir.path().join("rerun");
    let output = Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(["run", "--game"])
        .arg(component("crafter"))
        .arg("--schema")
        .arg(out.join("best.wasm"))
        .arg("--policy")
        .arg(component("scripted-crafter"))
        .args(["--seeds", "43..44", "--max-steps", "300", "--out"])
        .arg(&rerun)
        .env("AUTOMEM_CACHE_DIR", &cache)
        .output()
        .unwrap();
    ok(&output);
    let summary = json(&rerun.join("summary.json"));
    assert_eq!(summary["progression_percentage"].as_f64().unwrap(), best["metrics"]["progression"].as_f64().unwrap());

    // Running the same command again resumes: nothing is redone, the same best comes out.
    let again =
        ok(&refine(&out, "43..44", "300", "3", "2", "search").env("AUTOMEM_CACHE_DIR", &cache).output().unwrap());
    assert!(again.contains("resuming"), "{again}");
    assert_eq!(ledger(&out).len(), entries.len());
    assert_eq!(json(&out.join("best.json"))["hash"], best["hash"]);
    // Other settings in the same folder are refused, naming what differs.
    let other = refine(&out, "42..44", "300", "3", "2", "search").env("AUTOMEM_CACHE_DIR", &cache).output().unwrap();
    let err = String::from_utf8_lossy(&other.stderr);
    assert!(!other.status.success() && err.contains("other settings") && err.contains("seeds"), "{err}");
}

const BAD_REVIEWER: &str = r#"#!/bin/sh
set -e
case "$AUTOMEM_ROUND-$AUTOMEM_ATTEMPT-$AUTOMEM_CONTINUATION" in
  1-1-0) echo 'fn broken( {' >> schema/src/lib.rs ;;
  1-1-1) cp "$RANDOM_POLICY_SRC" schema/src/lib.rs ;;
  1-2-0) sed -i 's/fn start(episode: EpisodeStart) -> Result<(), String> {/fn start(episode: EpisodeStart) -> Result<(), String> { panic!("refine test: a trap");/' schema/src/lib.rs ;;
  1-2-1) sed -i 's/^prune_above = .*/prune_above = "2"/; s/^prune_keep = .*/prune_keep = "0"/' schema/tunables.toml ;;
  2-1-0) sleep 60 ;;
  2-1-1) echo escaped > "$OUTSIDE/escaped.txt" ;;
  2-2-0) echo '// A note on the design, and nothing else.' >> schema/src/lib.rs ;;
  2-2-1) true ;;
esac
echo "what I found" > analysis.md
echo "case $AUTOMEM_ROUND-$AUTOMEM_ATTEMPT-$AUTOMEM_CONTINUATION" > method.md
"#;

#[test]
fn bad_revisions_are_recorded_and_rejected_and_the_best_stays() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    let script = dir.path().join("reviewer.sh");
    std::fs::write(&script, BAD_REVIEWER).unwrap();
    let output = refine(&out, "42..43", "150", "2", "2", &format!("command:sh {}", script.display()))
        .args(["--reviewer-timeout", "3s"])
        .env("RANDOM_POLICY_SRC", root().join("plugins/random/src/lib.rs"))
        .env("OUTSIDE", &outside)
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap();
    let stdout = ok(&output);
    let entries = ledger(&out);
    let got: Vec<(String, String, String)> = entries
        .iter()
        .map(|a| {
            (
                a["verdict"].as_str().unwrap().into(),
                a["stage"].as_str().unwrap().into(),
                a["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(got.len(), 8, "{stdout}\n{got:#?}");
    let expect = [
        ("rejected", "build", "does not build"),
        ("rejected", "contract", "policy"),
        ("rejected", "smoke", "trap"),
        ("rejected", "comparison", "does not strictly beat"),
        ("reviewer-failed", "review", "timed out"),
        ("reviewer-failed", "review", "failed"),
        ("rejected", "rules", "only wording"),
        ("rejected", "rules", "changes nothing"),
    ];
    for (i, ((verdict, stage, reason), (v, s, r))) in got.iter().zip(expect).enumerate() {
        assert!(
            verdict == v && stage == s && reason.contains(r),
            "attempt {i}: {verdict} {stage} {reason:?}, wanted {v} {s} {r:?}"
        );
    }
    // The build log names the compiler error; the worse version was evaluated and is recorded.
    assert!(std::fs::read_to_string(out.join("attempts/r1-a1/build.log")).unwrap().contains("error"));
    let worse = &entries[3];
    assert!(worse["metrics"]["progression"].as_f64().unwrap() < worse["best"]["progression"].as_f64().unwrap());
    // A continuation sees its failed attempt.
    let brief = std::fs::read_to_string(out.join("attempts/r1-a1-c/brief.md")).unwrap();
    assert!(brief.contains("Your previous attempt failed") && brief.contains("does not build"), "{brief}");
    // Landlock kept the reviewer inside its workspace.
    assert!(!outside.join("escaped.txt").exists());
    // The best is still the base, everywhere.
    let base = json(&out.join("refine.json"))["base"].as_str().unwrap().to_string();
    assert_eq!(json(&out.join("best.json"))["hash"], base.as_str());
    let registry = out.join("registry").join("crafter-evolved");
    assert_eq!(std::fs::read_to_string(registry.join("latest")).unwrap().trim(), base);
    // Refused and losing versions are in the registry with their parent.
    for (i, status) in [(1, "refused"), (2, "refused"), (3, "published")] {
        let hash = entries[i]["candidate"].as_str().unwrap();
        let meta = json(&registry.join(format!("{hash}.json")));
        assert_eq!(meta["status"], status, "{meta}");
        assert_eq!(meta["parent"], base.as_str());
    }
}

#[test]
fn an_llm_reviewer_gets_the_material_and_its_whole_files_are_built_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let tunables = std::fs::read_to_string(root().join("schemas/crafter-evolved/tunables.toml")).unwrap();
    let revised = tunables.replace("gates = \"on\"", "gates = \"off\"");
    let answer = serde_json::json!({
        "analysis": "The gates reject moves the player needs.",
        "method": "Turn the action gates off by default.",
        "files": {"tunables.toml": revised},
    });
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    server.push(Behavior::reply("I would rather not answer in JSON."));
    server.push(Behavior::reply(format!("Here it is:\n```json\n{answer}\n```")));
    let spec = format!("openai:{}#reviewer-model", server.base_url());
    let stdout = ok(&refine(&out, "43..44", "300", "1", "1", &spec)
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap());
    let entries = ledger(&out);
    assert_eq!(entries.len(), 2, "{stdout}");
    assert_eq!(entries[0]["verdict"], "reviewer-failed");
    assert!(entries[0]["reason"].as_str().unwrap().contains("no JSON"), "{}", entries[0]);
    assert_eq!(entries[1]["verdict"], "kept", "{}", entries[1]);
    assert_eq!(entries[1]["method"], "Turn the action gates off by default.");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let prompt = requests[1].last_message();
    for wanted in
        ["Rules", "STRUCTURAL", "schema/src/lib.rs", "Sampled steps", "Your previous attempt failed", "| seed |"]
    {
        assert!(prompt.contains(wanted), "the prompt lacks {wanted:?}");
    }
    assert_eq!(requests[1].body_json["model"], "reviewer-model");
}

#[test]
fn kept_versions_are_published_to_a_running_server() {
    use automem::registry::Registry;
    use automem::serve::{AppState, ServeConfig, serve};
    let dir = tempfile::tempdir().unwrap();
    let runtime = automem::Runtime::new(automem::SandboxConfig::default(), Some(dir.path().join("cache"))).unwrap();
    let games = vec![runtime.load_game(&component("crafter")).unwrap()];
    let registry = std::sync::Arc::new(Registry::open(&dir.path().join("registry"), runtime).unwrap());
    let mut config = ServeConfig::new(dir.path().to_path_buf());
    config.max_sessions = 8;
    config.admin = automem::serve::AdminAuth::Token("refine-publish-token".into());
    let state = AppState::new(config, games, registry.clone());
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (_stop, stopped) = tokio::sync::oneshot::channel::<()>();
    rt.spawn(serve(state, listener, async move {
        let _ = stopped.await;
    }));
    let out = dir.path().join("refine");
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        "sed -i 's/^gates = .*/gates = \"off\"/' schema/tunables.toml\necho 'Gates off.' > method.md\n",
    )
    .unwrap();
    let output = refine(&out, "43..44", "300", "1", "1", &format!("command:sh {}", script.display()))
        .args(["--publish", &base, "--publish-token-env", "TEST_PUBLISH_TOKEN"])
        .env("TEST_PUBLISH_TOKEN", "refine-publish-token")
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap();
    let stdout = ok(&output);
    assert!(stdout.contains("published"), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let best = json(&out.join("best.json"))["hash"].as_str().unwrap().to_string();
    let versions = registry.list();
    let (_, latest, listed) = versions.iter().find(|(n, _, _)| n == "crafter-evolved").unwrap();
    assert_eq!(latest.as_deref(), Some(best.as_str()));
    let meta = listed.iter().find(|m| m.hash == best).unwrap();
    assert_eq!(meta.created_by.as_deref(), Some("automem refine"));
    assert_eq!(meta.description.as_deref(), Some("Gates off."));
}

#[test]
fn an_interrupted_refine_resumes_from_its_ledger_without_redoing_evaluations() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        "if [ \"$REVIEW_MODE\" = slow ]; then sleep 60; fi\nsed -i 's/^gates = .*/gates = \"off\"/' schema/tunables.toml\necho 'Gates off.' > method.md\n",
    )
    .unwrap();
    let reviewer = format!("command:sh {}", script.display());
    let mut child = refine(&out, "43..44", "300", "1", "1", &reviewer)
        .env("REVIEW_MODE", "slow")
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let brief = out.join("attempts/r1-a1/brief.md");
    let started = std::time::Instant::now();
    while !brief.exists() {
        assert!(started.elapsed().as_secs() < 300, "the reviewer never started");
        assert!(child.try_wait().unwrap().is_none(), "refine ended before its reviewer started");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    // SAFETY: kill only sends SIGINT to the child we spawned.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success() && stderr.contains("resume"), "{stderr}");
    assert!(ledger(&out).is_empty(), "an interrupted attempt is not recorded");
    let base_record = std::fs::read_dir(out.join("evals"))
        .unwrap()
        .map(|e| e.unwrap().path().join("episode-43.json"))
        .find(|p| p.exists())
        .unwrap();
    let before = std::fs::metadata(&base_record).unwrap().modified().unwrap();

    let stdout = ok(&refine(&out, "43..44", "300", "1", "1", &reviewer)
        .env("REVIEW_MODE", "fast")
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap());
    let entries = ledger(&out);
    assert_eq!(entries.len(), 1, "{stdout}");
    assert_eq!(entries[0]["verdict"], "kept", "{}", entries[0]);
    assert_eq!(std::fs::metadata(&base_record).unwrap().modified().unwrap(), before, "the base was re-evaluated");
}

#[test]
fn a_missing_guest_toolchain_stops_refine_before_any_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let output = refine(&out, "42", "50", "1", "1", "search")
        .env("RUSTC", "/nonexistent/rustc")
        .env("CARGO", "/nonexistent/cargo")
        .env("PATH", "/nonexistent")
        .env("AUTOMEM_CACHE_DIR", dir.path().join("cache"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("toolchain") && stderr.contains("rustup target add"), "{stderr}");
    assert!(!out.join("evals").exists(), "no evaluation may run");
}

#[test]
fn a_resume_redoes_only_what_the_ledger_lacks_and_repairs_a_torn_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("refine");
    let script = dir.path().join("reviewer.sh");
    std::fs::write(
        &script,
        "case \"$AUTOMEM_CONTINUATION\" in\n  0) echo 'fn broken( {' >> schema/src/lib.rs ;;\n  1) sed -i 's/^gates = .*/gates = \"off\"/' schema/tunables.toml ;;\nesac\necho 'Try.' > method.md\n",
    )
    .unwrap();
    let reviewer = format!("command:sh {}", script.display());
    let cache = dir.path().join("cache");
    ok(&refine(&out, "43..44", "300", "1", "1", &reviewer).env("AUTOMEM_CACHE_DIR", &cache).output().unwrap());
    let first = ledger(&out);
    assert_eq!(first.iter().map(|a| a["verdict"].as_str().unwrap()).collect::<Vec<_>>(), ["rejected", "kept"]);
    // A crash while appending the continuation's line, after "latest" had not moved yet: the
    // ledger ends in a fragment and the registry still points at the base.
    let text = std::fs::read_to_string(out.join("ledger.jsonl")).unwrap();
    let first_line = text.lines().next().unwrap();
    std::fs::write(out.join("ledger.jsonl"), format!("{first_line}\n{{\"round\": 1, \"att")).unwrap();
    let base = json(&out.join("refine.json"))["base"].as_str().unwrap().to_string();
    let registry = out.join("registry").join("crafter-evolved");
    std::fs::write(registry.join("latest"), &base).unwrap();

    let stdout =
        ok(&refine(&out, "43..44", "300", "1", "1", &reviewer).env("AUTOMEM_CACHE_DIR", &cache).output().unwrap());
    assert!(stdout.contains("resuming: 1 attempt(s)"), "{stdout}");
    let again = ledger(&out);
    assert_eq!(again.len(), 2, "{stdout}");
    assert_eq!(again[0], first[0], "the recorded attempt is not redone");
    assert_eq!(again[1]["verdict"], "kept");
    assert!(again[1]["continuation"].as_bool().unwrap());
    assert_eq!(again[1]["candidate"], first[1]["candidate"]);
    let best = json(&out.join("best.json"))["hash"].as_str().unwrap().to_string();
    assert_eq!(std::fs::read_to_string(registry.join("latest")).unwrap().trim(), best);
}

#[test]
fn game_settings_reach_refine_evaluations_and_a_refused_one_stops_it_first() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("bad");
    let output = refine(&out, "1", "10", "1", "1", "search").args(["--game-setting", "nope=1"]).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nope"), "{stderr}");
    assert!(ledger(&out).is_empty(), "nothing was evaluated");

    let out = dir.path().join("small");
    let output = refine(&out, "1", "10", "1", "1", "search").args(["--game-setting", "area=32x32"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let settings = std::fs::read_to_string(out.join("refine.json")).unwrap();
    assert!(settings.contains("area") && settings.contains("32x32"), "{settings}");
    let records: Vec<Value> = walk(&out.join("evals"))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("episode-")))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| json(&p))
        .collect();
    assert!(!records.is_empty());
    for record in records {
        assert_eq!(record["game"]["settings"], serde_json::json!([["area", "32x32"]]), "{record}");
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
