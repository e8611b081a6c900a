//! `automem mine`: the heuristic on a synthetic trace whose useful write is known, the LLM judge
//! against a loopback server (keep, reject, garbage, faults, resume), the output files' shapes,
//! determinism, refusal of a broken item, and real Crafter traces end to end.
use crate::support::component;
use automem_llm::mock::{Behavior, MockServer};
use automem_mine::candidates::discover;
use automem_mine::output::{TrainingItem, validate_all};
use automem_mine::{MineOptions, Selector, mine, score_episodes};
use automem_protocol::Phase;
use indicatif::ProgressBar;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn turn(prompt: &str, reply: &str, results: &[(&str, &str, bool)]) -> Value {
    let results: Vec<Value> =
        results.iter().map(|(op, body, ok)| json!({"op": op, "header": op, "body": body, "ok": ok})).collect();
    json!({"prompt": prompt, "responder": "single", "raw_response": reply, "tool_results": results,
           "prompt_tokens": 0, "completion_tokens": 0})
}

fn phase(system: Option<&str>, prompt: &str, turns: Vec<Value>, ended: &str) -> Value {
    json!({"system_prompt": system, "initial_prompt": prompt, "turns": turns, "ended": ended})
}

fn step(n: u32, log: Option<Value>, plan: Value, action: &str, progression: f64, events: &[&str]) -> Value {
    let mut plan = plan;
    plan["committed_action"] = json!(action);
    plan["final_action"] = json!(action);
    plan["gate_rejections"] = json!([]);
    let events: Vec<Value> = events.iter().map(|e| json!({"kind": "achievement", "name": e})).collect();
    json!({"step": n, "obs_long_term_context": format!("You see: tree (step {n})"), "obs_short_term_context": "health 9",
           "raw_action": action, "validated_action": action, "action_valid": true, "reward": if events.is_empty() {0.0} else {1.0},
           "done": false, "progression": progression, "events": events, "input_tokens": 0, "output_tokens": 0,
           "unchanged_count": 0, "log_phase": log, "plan_phase": plan, "after_step_notes": [], "memory_diff": {}})
}

fn entry(step: u32, phase: &str, change: Value) -> Value {
    let mut e = json!({"step": step, "phase": phase, "actor": "model", "bytes_before": 0, "bytes_after": 0});
    if let (Some(e), Some(c)) = (e.as_object_mut(), change.as_object()) {
        e.extend(c.clone());
    }
    e
}

fn write_lines(path: &Path, values: &[Value]) {
    let text: String = values.iter().map(|v| format!("{v}\n")).collect();
    std::fs::write(path, text).unwrap();
}

/// One synthetic Crafter episode. Known facts: step 1's LOG writes "tree at (3,4)" (found by a
/// targeted SEARCH at step 3, whose action brings collect_wood) and a note never read; step 2's
/// LOG writes a duplicate and fails a READ; step 0's PLAN look-up finds nothing; step 3's PLAN
/// look-up finds the tree and is followed by progress.
fn synthetic_episode(dir: &Path, seed: u64) {
    std::fs::create_dir_all(dir).unwrap();
    let plan_prompt = |n: u32| format!("=== STEP {n} | PLAN ===\nMEMORY FILES: notes.txt\nCommit an action.");
    let log_prompt = |n: u32| format!("=== STEP {n} | LOG ===\nMEMORY FILES: notes.txt\nRecord, then DONE.");
    let steps = vec![
        step(
            0,
            None,
            phase(
                Some("SYS PLAN"),
                &plan_prompt(0),
                vec![
                    turn(
                        &plan_prompt(0),
                        "<|SEARCH|>notes.txt|tree<|END|>",
                        &[("SEARCH notes.txt|tree", "[FILE IS EMPTY — no matches]", true)],
                    ),
                    turn("Search results: ...", "<|ACTION|>Noop<|END|>", &[]),
                ],
                "action",
            ),
            "Noop",
            0.0,
            &[],
        ),
        step(
            1,
            Some(phase(
                Some("SYS LOG"),
                &log_prompt(1),
                vec![turn(
                    &log_prompt(1),
                    "Noting the tree.\n```\n<|APPEND|>notes.txt|tree at (3,4)<|END|>\n<|APPEND|>notes.txt|weather is nice today<|END|>\n```\n<|DONE|> thanks",
                    &[
                        ("APPEND notes.txt|tree at (3,4)", "[Appended to notes.txt]", true),
                        ("APPEND notes.txt|weather is nice today", "[Appended to notes.txt]", true),
                    ],
                )],
                "done",
            )),
            phase(None, &plan_prompt(1), vec![turn(&plan_prompt(1), "<|ACTION|>Move West<|END|>", &[])], "action"),
            "Move West",
            0.0,
            &[],
        ),
        step(
            2,
            Some(phase(
                None,
                &log_prompt(2),
                vec![turn(
                    &log_prompt(2),
                    "<|APPEND|>notes.txt|tree at (3,4)<|END|>\n<|READ|>missing.txt<|END|>\n<|DONE|>",
                    &[
                        ("APPEND notes.txt|tree at (3,4)", "[Appended to notes.txt]", true),
                        ("READ missing.txt", "[ERROR: file 'missing.txt' does not exist]", false),
                    ],
                )],
                "done",
            )),
            phase(None, &plan_prompt(2), vec![turn(&plan_prompt(2), "<|ACTION|>Move West<|END|>", &[])], "action"),
            "Move West",
            0.0,
            &[],
        ),
        step(
            3,
            Some(phase(None, &log_prompt(3), vec![turn(&log_prompt(3), "<|DONE|>", &[])], "done")),
            phase(
                None,
                &plan_prompt(3),
                vec![
                    turn(
                        &plan_prompt(3),
                        "Where was the tree?\n<|SEARCH|>notes.txt|tree<|END|>\nI will go there.",
                        &[("SEARCH notes.txt|tree", "tree at (3,4)\ntree at (3,4)", true)],
                    ),
                    turn("Search results:\ntree at (3,4)", "<|ACTION|>Do<|END|>", &[]),
                ],
                "action",
            ),
            "Do",
            0.05,
            &["collect_wood"],
        ),
    ];
    write_lines(&dir.join(format!("episode-{seed}.jsonl")), &steps);
    let journal = vec![
        json!({"step": 0, "phase": "setup", "actor": "host", "op": "write", "path": "notes.txt", "content": "", "bytes_before": 0, "bytes_after": 0}),
        entry(
            0,
            "plan",
            json!({"op": "looked", "call": "SEARCH notes.txt|tree", "result": "[FILE IS EMPTY — no matches]"}),
        ),
        entry(1, "log", json!({"op": "append", "path": "notes.txt", "line": "tree at (3,4)"})),
        entry(1, "log", json!({"op": "append", "path": "notes.txt", "line": "weather is nice today"})),
        entry(2, "log", json!({"op": "append", "path": "notes.txt", "line": "tree at (3,4)"})),
        entry(
            2,
            "log",
            json!({"op": "failed", "call": "READ missing.txt", "error": "file 'missing.txt' does not exist"}),
        ),
        entry(3, "plan", json!({"op": "looked", "call": "SEARCH notes.txt|tree", "result": "tree at (3,4)"})),
    ];
    write_lines(&dir.join(format!("episode-{seed}.memory.jsonl")), &journal);
    let plugin = |name: &str| json!({"name": name, "hash": "0"});
    let record = json!({"seed": seed, "game": plugin("crafter"), "task": "", "schema": plugin("crafter-v0"),
        "policy": plugin("scripted"), "gameplay_policy": null, "progression": 0.05, "steps": 4, "total_reward": 1.0,
        "end_reason": "max-steps", "achievements": ["collect_wood"], "invalid_actions": 0, "policy_errors": 0,
        "final_memory": {}});
    std::fs::write(dir.join(format!("episode-{seed}.json")), record.to_string()).unwrap();
}

fn synthetic_runs() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    synthetic_episode(&dir.path().join("runs"), 7);
    dir
}

fn options(runs: &Path, out: &Path) -> MineOptions {
    let mut options = MineOptions::new(vec![runs.to_path_buf()], out.to_path_buf());
    options.min_examples = 0;
    options
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn decision<'a>(rows: &'a [Value], id_end: &str) -> &'a Value {
    rows.iter().find(|r| r["id"].as_str().unwrap().ends_with(id_end)).unwrap_or_else(|| panic!("no row {id_end}"))
}

#[test]
fn the_heuristic_finds_the_useful_write_and_says_why() {
    let dir = synthetic_runs();
    let episodes = discover(&[dir.path().join("runs")]).unwrap();
    assert_eq!(episodes.len(), 1);
    let (steps, scored) = score_episodes(&episodes).unwrap();
    assert_eq!(steps, 4);
    let find = |step: u32, phase: Phase| scored.iter().find(|(c, _)| c.step == step && c.phase == phase).unwrap();
    let (useful, s) = find(1, Phase::Log);
    assert_eq!(useful.facts.writes.len(), 2);
    assert_eq!(useful.facts.writes[0].reads, 1, "{:?}", useful.facts);
    assert_eq!(useful.facts.writes[0].progress, Some((3, "achievement collect_wood".into())));
    assert_eq!(useful.facts.writes[1].reads, 0);
    assert_eq!(s.score, 3, "{}", s.why);
    assert!(s.why.contains("SEARCH notes.txt|tree") && s.why.contains("collect_wood") && s.why.contains("never read"));
    let (dup, s) = find(2, Phase::Log);
    assert!(dup.facts.writes[0].duplicate);
    assert_eq!(dup.facts.failed, ["READ missing.txt"]);
    assert_eq!(s.score, -3, "{}", s.why);
    assert!(s.why.contains("duplicate") && s.why.contains("failed"));
    let (_, s) = find(3, Phase::Plan);
    assert_eq!(s.score, 3, "{}", s.why);
    let (_, s) = find(0, Phase::Plan);
    assert_eq!(s.score, -1, "{}", s.why);
    // PLAN turns that only commit an action are not candidates.
    assert!(!scored.iter().any(|(c, _)| c.phase == Phase::Plan && (c.step == 1 || c.step == 2)));

    let out = dir.path().join("out");
    let report = mine(&options(&dir.path().join("runs"), &out), &ProgressBar::hidden()).unwrap();
    assert_eq!(report.stats.kept, 2);
    let rows = jsonl(&out.join("review_decisions.jsonl"));
    assert_eq!(rows.len(), 5);
    assert_eq!(decision(&rows, "step-1/log-0")["decision"], "keep");
    assert_eq!(decision(&rows, "step-3/plan-0")["decision"], "keep");
    assert_eq!(decision(&rows, "step-2/log-0")["decision"], "reject");
    // --min-examples tops up with the best non-negative candidates.
    let mut topped = options(&dir.path().join("runs"), &dir.path().join("out2"));
    topped.min_examples = 3;
    let report = mine(&topped, &ProgressBar::hidden()).unwrap();
    assert_eq!(report.stats.kept, 3, "the DONE-only turn (score 0) tops up");
    assert!(report.warnings.is_empty());
}

#[test]
fn the_dataset_files_parse_with_their_expected_shapes() {
    let dir = synthetic_runs();
    let out = dir.path().join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(["mine", "--runs"])
        .arg(dir.path().join("runs"))
        .arg("--out")
        .arg(&out)
        .args(["--min-examples", "1", "--dpo"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("2 of 5 candidate turns kept"), "{stdout}");
    assert!(stdout.contains("llamafactory-cli train lora_sft_crafter.yaml"), "{stdout}");
    assert!(stdout.contains("--gameplay-policy"), "{stdout}");

    let sharegpt: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("crafter.sharegpt.json")).unwrap()).unwrap();
    let items = sharegpt.as_array().unwrap();
    assert_eq!(items.len(), 2);
    for item in items {
        let turns = item["conversations"].as_array().unwrap();
        assert!(item["system"].is_string());
        for (i, t) in turns.iter().enumerate() {
            assert_eq!(t["role"], if i % 2 == 0 { "user" } else { "assistant" });
        }
        assert_eq!(turns.last().unwrap()["role"], "assistant");
    }
    let log = items.iter().find(|i| i["id"].as_str().unwrap().ends_with("log-0")).unwrap();
    assert_eq!(log["system"], "SYS LOG");
    // Fences unwrapped, cut at DONE.
    assert_eq!(
        log["conversations"][1]["content"],
        "Noting the tree.\n<|APPEND|>notes.txt|tree at (3,4)<|END|>\n<|APPEND|>notes.txt|weather is nice today<|END|>\n<|DONE|>"
    );
    let plan = items.iter().find(|i| i["id"].as_str().unwrap().ends_with("plan-0")).unwrap();
    assert_eq!(plan["system"], "SYS PLAN", "the system prompt carries over from an earlier step");
    assert_eq!(plan["conversations"][1]["content"], "Where was the tree?\n<|SEARCH|>notes.txt|tree<|END|>");

    let messages = jsonl(&out.join("crafter.messages.jsonl"));
    assert_eq!(messages.len(), 2);
    for m in &messages {
        let m = m["messages"].as_array().unwrap();
        assert_eq!(m[0]["role"], "system");
        assert_eq!(m.last().unwrap()["role"], "assistant");
    }
    let info: Value = serde_json::from_str(&std::fs::read_to_string(out.join("dataset_info.json")).unwrap()).unwrap();
    assert_eq!(info["automem_crafter"]["file_name"], "crafter.sharegpt.json");
    assert_eq!(info["automem_crafter"]["formatting"], "sharegpt");
    let stats: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("selection_stats.json")).unwrap()).unwrap();
    assert_eq!(stats["candidates"], 5);
    assert_eq!(stats["kept"], 2);
    assert_eq!(stats["by_phase"]["log"]["candidates"], 3);
    assert_eq!(stats["by_op"]["SEARCH"]["kept"], 1);
    assert_eq!(stats["by_episode"]["runs/7"]["kept"], 2);
    let yaml = std::fs::read_to_string(out.join("lora_sft_crafter.yaml")).unwrap();
    for line in [
        "lora_rank: 256",
        "lora_alpha: 512",
        "learning_rate: 5.0e-5",
        "num_train_epochs: 4.0",
        "cutoff_len: 16384",
        "lora_target: q_proj,k_proj,v_proj,o_proj",
        "dataset: automem_crafter",
        "template: qwen",
    ] {
        assert!(yaml.contains(line), "{line} missing from\n{yaml}");
    }
    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(readme.contains("automem run --game crafter --schema crafter-v0"));
    // DPO: the kept LOG turn against the worse one a step later, in TRL's conversational format.
    let pairs = jsonl(&out.join("crafter.dpo.jsonl"));
    assert_eq!(pairs.len(), 2, "one LOG pair (steps 1 and 2), one PLAN pair (steps 3 and 0)");
    for pair in &pairs {
        assert_eq!(pair["prompt"].as_array().unwrap().last().unwrap()["role"], "user");
        assert_eq!(pair["chosen"][0]["role"], "assistant");
        assert_eq!(pair["rejected"][0]["role"], "assistant");
    }
    let log_pair = pairs.iter().find(|p| p["meta"]["chosen_id"].as_str().unwrap().ends_with("log-0")).unwrap();
    assert!(log_pair["rejected"][0]["content"].as_str().unwrap().contains("missing.txt"));
    assert_eq!(log_pair["prompt"][0]["content"], "SYS LOG");
}

fn read_all(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

/// Real traces: the scripted policy on Crafter with the evolved schema, mined twice.
fn crafter_runs(dir: &Path) -> PathBuf {
    let runs = dir.join("crafter-runs");
    let output = Command::new(env!("CARGO_BIN_EXE_automem"))
        .args(["run", "--game"])
        .arg(component("crafter"))
        .arg("--schema")
        .arg(component("crafter-evolved"))
        .arg("--policy")
        .arg(component("scripted-crafter"))
        .args(["--seeds", "1..3", "--max-steps", "80", "--out"])
        .arg(&runs)
        .env("AUTOMEM_CACHE_DIR", dir.join("cache"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    runs
}

#[test]
fn real_crafter_traces_mine_to_valid_items_and_the_same_inputs_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let runs = crafter_runs(dir.path());
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        let mut options = MineOptions::new(vec![runs.clone()], out.clone());
        options.dpo = true;
        options.min_examples = 50;
        let report = mine(&options, &ProgressBar::hidden()).unwrap();
        assert!(report.stats.kept >= 50, "{:?}", report.stats);
        assert!(report.stats.by_phase.contains_key("log") && report.stats.by_phase.contains_key("plan"));
    }
    let (files_a, files_b) = (read_all(&a), read_all(&b));
    assert_eq!(files_a.iter().map(|f| &f.0).collect::<Vec<_>>(), files_b.iter().map(|f| &f.0).collect::<Vec<_>>());
    for ((name, x), (_, y)) in files_a.iter().zip(&files_b) {
        assert!(x == y, "{name} differs between two runs");
    }
    // Another seed reorders the dataset, nothing else.
    let c = dir.path().join("c");
    let mut options = MineOptions::new(vec![runs.clone()], c.clone());
    options.seed = 7;
    options.dpo = true;
    options.min_examples = 50;
    mine(&options, &ProgressBar::hidden()).unwrap();
    assert_ne!(
        std::fs::read(a.join("crafter.sharegpt.json")).unwrap(),
        std::fs::read(c.join("crafter.sharegpt.json")).unwrap()
    );
    assert_eq!(
        std::fs::read(a.join("review_decisions.jsonl")).unwrap(),
        std::fs::read(c.join("review_decisions.jsonl")).unwrap()
    );
    // --top-episodes keeps the best third only.
    let top = dir.path().join("top");
    let mut options = MineOptions::new(vec![runs], top.clone());
    options.top_episodes = 33.0;
    options.min_examples = 0;
    let report = mine(&options, &ProgressBar::hidden()).unwrap();
    assert_eq!(report.stats.episodes_used, 1);
    assert!(report.stats.rejected_by_stage.get("episode-filter").copied().unwrap_or(0) > 0);
}

#[test]
fn serve_session_folders_are_found_and_foreign_folders_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    synthetic_episode(&data.join("sessions").join("s-1"), 3);
    synthetic_episode(&data.join("sessions").join("s-2"), 3);
    let episodes = discover(&[data]).unwrap();
    let names: Vec<String> = episodes.iter().map(|e| e.name()).collect();
    assert_eq!(names, ["data/sessions/s-1/3", "data/sessions/s-2/3"]);
    let err = discover(&[dir.path().join("nothing")]).unwrap_err().to_string();
    assert!(err.contains("not a folder"), "{err}");
    // An episode played without a schema has no memory decisions.
    let plain = dir.path().join("plain");
    synthetic_episode(&plain, 1);
    let record = plain.join("episode-1.json");
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    value["schema"] = Value::Null;
    std::fs::write(&record, value.to_string()).unwrap();
    let err = discover(&[plain]).unwrap_err().to_string();
    assert!(err.contains("no finished episodes with a memory schema"), "{err}");
    // A missing journal is named.
    let runs = dir.path().join("no-journal");
    synthetic_episode(&runs, 2);
    std::fs::remove_file(runs.join("episode-2.memory.jsonl")).unwrap();
    let err = mine(&options(&runs, &dir.path().join("out")), &ProgressBar::hidden()).unwrap_err().to_string();
    assert!(err.contains("no memory journal") && err.contains("episode-2.memory.jsonl"), "{err}");
}

#[test]
fn a_dataset_with_a_broken_item_is_refused_naming_the_item_and_the_rule() {
    let item = |id: &str, phase: Phase, turns: Vec<(&str, &str)>| TrainingItem {
        id: id.into(),
        game: "crafter".into(),
        phase,
        system: Some("sys".into()),
        turns: turns.into_iter().map(|(u, a)| (u.to_string(), a.to_string())).collect(),
        custom_ops: Vec::new(),
    };
    let good = item("good", Phase::Log, vec![("prompt", "<|APPEND|>a.txt|x<|END|>\n<|DONE|>")]);
    assert_eq!(good.validate(), Ok(()));
    let cases = [
        (item("fence", Phase::Log, vec![("p", "```python\nx\n```\n<|READ|>a<|END|>")]), "fence_remains"),
        (item("action", Phase::Log, vec![("p", "<|READ|>a<|END|>\n<|ACTION|>Do<|END|>")]), "action_remains"),
        (item("no-op", Phase::Plan, vec![("p", "I will just think.")]), "no_memory_op"),
        (item("uncut", Phase::Log, vec![("p", "<|DONE|>\nand more")]), "not post-processed"),
        (
            item("history", Phase::Plan, vec![("p", "<|ACTION|>Do<|END|>"), ("p2", "<|READ|>a<|END|>")]),
            "commits a game action",
        ),
        (item("empty", Phase::Log, vec![("", "<|DONE|>")]), "user message 1 is empty"),
    ];
    for (broken, why) in &cases {
        let err = broken.validate().unwrap_err();
        assert!(err.contains(why), "{}: {err}", broken.id);
    }
    let all: Vec<TrainingItem> = std::iter::once(good).chain(cases.iter().map(|(i, _)| i.clone())).collect();
    let err = validate_all(&all).unwrap_err().to_string();
    assert!(err.contains("refusing to write a dataset: 6 item(s)"), "{err}");
    assert!(err.contains("item fence:") && err.contains("item history:"), "{err}");
}

#[test]
fn the_llm_judge_keeps_rejects_records_garbage_and_faults_and_resumes() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(MockServer::start()).unwrap();
    // Step 1's LOG is kept, step 3's PLAN rejected, step 0's answer is garbage, step 2 fails.
    server.set_responder(|request| {
        let text = request.last_message();
        if text.contains("Step 1, LOG") {
            Behavior::reply(r#"{"decision": "keep", "reason": "a precise location note"}"#)
        } else if text.contains("Step 3, PLAN") {
            Behavior::reply("```json\n{\"decision\": \"reject\", \"reason\": \"obvious search\"}\n```")
        } else if text.contains("Step 0, PLAN") {
            Behavior::reply("hmm, hard to say")
        } else {
            Behavior::status(400, "bad request")
        }
    });
    let dir = synthetic_runs();
    let out = dir.path().join("out");
    let spec = format!("openai:{}#judge?retries=0&concurrency=4", server.base_url());
    let mut opts = options(&dir.path().join("runs"), &out);
    opts.selector = Selector::parse(&spec).unwrap();
    let report = mine(&opts, &ProgressBar::hidden()).unwrap();
    assert_eq!(report.stats.kept, 1);
    assert_eq!(server.served(), 5, "one question per candidate");
    let request = &server.requests()[0];
    let question = request.last_message();
    assert!(question.contains("=== OBSERVATION ===") && question.contains("WHAT HAPPENED NEXT"), "{question}");
    let rows = jsonl(&out.join("review_decisions.jsonl"));
    assert_eq!(decision(&rows, "step-1/log-0")["stage"], "judge");
    assert_eq!(decision(&rows, "step-1/log-0")["reason"], "a precise location note");
    assert_eq!(decision(&rows, "step-3/plan-0")["decision"], "reject");
    assert_eq!(decision(&rows, "step-3/plan-0")["reason"], "obvious search");
    assert_eq!(decision(&rows, "step-0/plan-0")["stage"], "judge-garbage");
    assert!(decision(&rows, "step-2/log-0")["reason"].as_str().unwrap().contains("http-4xx"));
    assert_eq!(decision(&rows, "step-2/log-0")["stage"], "judge-fault");
    let recorded = jsonl(&out.join("judge_decisions.jsonl"));
    assert_eq!(recorded.len(), 5);

    // A rerun asks again only about the undecided ones (garbage and faults).
    server.reset_stats();
    server.set_responder(|_| Behavior::reply(r#"{"decision": "keep", "reason": "fine"}"#));
    let before = server.requests().len();
    let report = mine(&opts, &ProgressBar::hidden()).unwrap();
    assert_eq!(server.requests().len() - before, 3, "step 0, step 2 and the DONE-only turn were undecided");
    assert_eq!(report.stats.kept, 4);
    let rows = jsonl(&out.join("review_decisions.jsonl"));
    assert_eq!(decision(&rows, "step-3/plan-0")["decision"], "reject", "a decided candidate is not asked again");
    drop(server);
    drop(rt);
}

/// Opt-in: the files load with Hugging Face `datasets` (`pip install datasets`).
#[test]
#[ignore = "needs python3 with the datasets library"]
fn the_files_load_with_the_datasets_library() {
    let dir = synthetic_runs();
    let out = dir.path().join("out");
    mine(&options(&dir.path().join("runs"), &out), &ProgressBar::hidden()).unwrap();
    let script = "import sys, datasets\n\
        d = datasets.load_dataset('json', data_files=sys.argv[1], split='train')\n\
        assert len(d) == 2 and d[0]['conversations'][-1]['role'] == 'assistant', d\n\
        m = datasets.load_dataset('json', data_files=sys.argv[2], split='train')\n\
        assert len(m) == 2 and m[0]['messages'][0]['role'] == 'system', m\n\
        print('ok')";
    let output = Command::new("python3")
        .args(["-c", script])
        .arg(out.join("crafter.sharegpt.json"))
        .arg(out.join("crafter.messages.jsonl"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}
