//! `automem view`'s API over real HTTP on loopback, on hand-made run folders: runs are found,
//! an episode is indexed and served one step at a time with the memory replayed at that step,
//! pictures pass through, a growing trace is followed, a foreign Host is refused, nothing outside
//! the given folders is reachable, and the export is one self-contained, escaped file.
use automem_memory::{Memory, Quotas};
use automem_runfile::{
    Actor, Change, Entry, EpisodeRecord, OpOutcome, Part, PhaseRecord, Picture, PlanRecord, PluginRef, Stamp,
    StepRecord, TraceWriter, Turn,
};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// A viewer serving `dirs` on a loopback port of its own runtime.
struct Viewer {
    rt: tokio::runtime::Runtime,
    base: String,
    addr: std::net::SocketAddr,
}

impl Viewer {
    fn start(dirs: &[&Path]) -> Viewer {
        let dirs: Vec<_> = dirs.iter().map(|d| d.to_path_buf()).collect();
        let view = Arc::new(automem_view::View::new(&dirs).unwrap());
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let addr = listener.local_addr().unwrap();
        rt.spawn(automem_view::serve(view, listener));
        Viewer { rt, base: format!("http://{addr}"), addr }
    }

    fn get(&self, path: &str) -> (u16, String) {
        let url = format!("{}{path}", self.base);
        self.rt.block_on(async move {
            let response = reqwest::get(&url).await.unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        })
    }

    fn json(&self, path: &str) -> Value {
        let (status, body) = self.get(path);
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }
}

fn op(op: &str, body: &str) -> OpOutcome {
    OpOutcome { op: op.into(), header: op.into(), body: body.into(), ok: true }
}

/// Step `n`: its LOG phase READs notes.txt (returning `read_back`), and it has a picture.
fn step(n: u32, read_back: &str) -> StepRecord {
    let turn = Turn {
        prompt: String::new(),
        responder: "single".into(),
        raw_response: format!("<|READ|>notes.txt<|END|> step {n}"),
        tool_results: vec![op("READ notes.txt", read_back), op(&format!("APPEND notes.txt|note {n}"), "[ok]")],
        prompt_tokens: 100,
        completion_tokens: 10,
        error: None,
    };
    let picture = if n.is_multiple_of(2) {
        Picture::Tiles { width: 3, height: 1, cells: vec!["grass".into(), "player-south".into(), "tree".into()] }
    } else {
        Picture::Terminal {
            lines: vec!["@..".into(), "<b>".into()],
            colours: vec!["f77".into(), "123".into()],
            cursor: Some([0, 0]),
        }
    };
    StepRecord {
        step: n,
        obs_long_term_context: format!("You see a tree (step {n})"),
        obs_short_term_context: "health 9".into(),
        raw_action: Some("Noop".into()),
        validated_action: "Noop".into(),
        action_valid: true,
        reward: if n == 5 { 1.0 } else { 0.0 },
        done: false,
        progression: if n >= 5 { 0.05 } else { 0.0 },
        events: if n == 5 {
            vec![automem_runfile::GameEvent { kind: "achievement".into(), name: "collect_wood".into() }]
        } else {
            vec![]
        },
        input_tokens: 100,
        output_tokens: 10,
        unchanged_count: 0,
        log_phase: (n > 0).then(|| PhaseRecord {
            system_prompt: None,
            initial_prompt: format!("=== STEP {n} ==="),
            turns: vec![turn],
            ended: "done".into(),
        }),
        plan_phase: PlanRecord {
            phase: PhaseRecord {
                system_prompt: None,
                initial_prompt: "plan".into(),
                turns: vec![],
                ended: "action".into(),
            },
            committed_action: Some("Noop".into()),
            final_action: "Noop".into(),
            gate_rejections: vec![],
        },
        after_step_notes: vec![],
        memory_diff: Default::default(),
        picture: Some(picture),
    }
}

fn entry(step: u32, change: Change) -> Entry {
    Entry { stamp: Stamp { step, phase: Part::Log, actor: Actor::Model }, change, bytes_before: 0, bytes_after: 0 }
}

/// The journal of `steps` steps: each appends "note N" to notes.txt; step 0 writes a hostile file.
fn journal(steps: u32) -> Vec<Entry> {
    let mut all = vec![entry(
        0,
        Change::Write { path: "evil.txt".into(), content: "<script>alert('x')</script>\n<b>bold</b>".into() },
    )];
    for n in 0..steps {
        all.push(entry(n, Change::Append { path: "notes.txt".into(), line: format!("note {n}") }));
        if n % 10 == 3 {
            all.push(entry(n, Change::Write { path: "plan.txt".into(), content: format!("plan of step {n}\nsame") }));
        }
    }
    all
}

fn write_journal(path: &Path, entries: &[Entry]) {
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
    for e in entries {
        writeln!(file, "{}", serde_json::to_string(e).unwrap()).unwrap();
    }
}

fn plugin(name: &str) -> PluginRef {
    PluginRef { name: name.into(), hash: "0".into(), settings: vec![] }
}

fn record(seed: u64, steps: u32) -> EpisodeRecord {
    EpisodeRecord {
        seed,
        game: plugin("crafter"),
        task: String::new(),
        schema: Some(plugin("crafter-v0")),
        policy: plugin("scripted-crafter"),
        gameplay_policy: None,
        max_steps: steps,
        progression: 0.05,
        steps,
        total_reward: 1.0,
        end_reason: "max-steps".into(),
        achievements: vec!["collect_wood".into()],
        invalid_actions: 0,
        policy_errors: 0,
        policy_errors_by_kind: Default::default(),
        prompt_tokens: 0,
        completion_tokens: 0,
        final_memory: Default::default(),
        error: None,
    }
}

/// A finished run folder `dir` with episode `seed` of `steps` steps (compressed trace or not).
fn make_run(dir: &Path, seed: u64, steps: u32, compressed: bool) -> Vec<Entry> {
    std::fs::create_dir_all(dir).unwrap();
    let format = if compressed { automem_runfile::TraceFormat::Zstd } else { automem_runfile::TraceFormat::Plain };
    let mut trace = TraceWriter::create(&automem_runfile::layout::trace_path(dir, seed, format)).unwrap();
    for n in 0..steps {
        // From step 10 on, the READ returns note 2 (written at step 2).
        let back = if n >= 10 { "note 2\nnote 3" } else { "" };
        trace.write(&step(n, back)).unwrap();
    }
    drop(trace);
    let entries = journal(steps);
    write_journal(&automem_runfile::layout::journal_path(dir, seed), &entries);
    record(seed, steps).save(dir).unwrap();
    entries
}

fn replayed(entries: &[Entry], n: u32) -> std::collections::BTreeMap<String, String> {
    Memory::replay(Quotas::default(), entries.iter().filter(|e| e.stamp.step <= n)).unwrap().snapshot()
}

#[test]
fn an_episode_is_served_step_by_step_with_the_memory_replayed_at_each_step() {
    let root = tempfile::tempdir().unwrap();
    let entries = make_run(&root.path().join("on"), 7, 80, true);
    make_run(&root.path().join("off"), 7, 20, false);
    let viewer = Viewer::start(&[root.path()]);

    let runs = viewer.json("/api/runs");
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 2, "{runs:?}");
    let on = runs.iter().find(|r| r["label"].as_str().unwrap().ends_with("/on")).unwrap();
    let id = on["id"].as_str().unwrap();
    assert_eq!(on["episodes"][0]["seed"], 7);
    assert_eq!(on["episodes"][0]["memory_ops"]["append"], 80);

    let overview = viewer.json(&format!("/api/runs/{id}/episodes/7"));
    assert_eq!(overview["steps"].as_array().unwrap().len(), 80);
    assert_eq!(overview["steps"][5]["events"][0], "achievement collect_wood");
    assert_eq!(overview["steps"][3]["ops"]["READ"], 1);
    // "note 2" was written at step 2 and returned by the READs of steps 10 on.
    let writes = overview["writes"].as_array().unwrap();
    let note2 = writes.iter().find(|w| w["text"] == "note 2").unwrap();
    assert_eq!(note2["step"], 2);
    assert_eq!(note2["read_at"][0], 10);
    assert_eq!(note2["next_achievement"][0], 5);
    assert!(writes.iter().find(|w| w["text"] == "note 40").unwrap()["read_at"].as_array().unwrap().is_empty());

    for n in [0u32, 1, 2, 31, 32, 33, 63, 64, 79] {
        let view = viewer.json(&format!("/api/runs/{id}/episodes/7/steps/{n}"));
        let files: std::collections::BTreeMap<String, String> =
            serde_json::from_value(view["memory"]["files"].clone()).unwrap();
        assert_eq!(files, replayed(&entries, n), "memory at step {n}");
        assert_eq!(view["memory"]["changed"]["notes.txt"], serde_json::json!([n + 1]), "step {n}");
        assert_eq!(view["record"]["step"], n);
        let kind = if n % 2 == 0 { "tiles" } else { "terminal" };
        assert_eq!(view["record"]["picture"]["kind"], kind, "step {n}");
    }
    // At step 2 the line "note 2" (line 3) is read later at step 10.
    let view = viewer.json(&format!("/api/runs/{id}/episodes/7/steps/2"));
    assert_eq!(view["read_later"]["notes.txt"]["3"][0], 10);
    // The hostile file is data, as written.
    assert_eq!(view["memory"]["files"]["evil.txt"], "<script>alert('x')</script>\n<b>bold</b>");

    let (status, body) = viewer.get(&format!("/api/runs/{id}/episodes/7/steps/80"));
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("has 80 step(s)"), "{body}");
}

#[test]
fn only_runs_under_the_given_folders_are_reachable_and_a_foreign_host_is_refused() {
    let root = tempfile::tempdir().unwrap();
    make_run(&root.path().join("run"), 1, 3, false);
    let outside = tempfile::tempdir().unwrap();
    make_run(outside.path(), 2, 3, false);
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.path().join("link")).unwrap();
    let viewer = Viewer::start(&[root.path()]);
    let runs = viewer.json("/api/runs");
    assert_eq!(runs.as_array().unwrap().len(), 1, "a linked folder is not walked: {runs}");
    for path in ["/api/runs/..%2F..%2Fetc/episodes/1", "/api/runs/0000000000000000", "/api/runs/%2Fetc%2Fpasswd"] {
        let (status, body) = viewer.get(path);
        assert!(status == 404 || status == 400, "{path}: {status} {body}");
    }
    // A request naming another host (DNS rebinding) is refused.
    let mut stream = std::net::TcpStream::connect(viewer.addr).unwrap();
    write!(stream, "GET /api/runs HTTP/1.1\r\nHost: evil.example:{}\r\nConnection: close\r\n\r\n", viewer.addr.port())
        .unwrap();
    let mut reply = String::new();
    std::io::Read::read_to_string(&mut stream, &mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 403"), "{reply}");
    // The page and its assets carry a policy that forbids inline scripts.
    let (status, html) = viewer.get("/");
    assert_eq!(status, 200);
    assert!(html.contains("/app.js"));
}

#[test]
fn a_trace_being_written_is_followed_and_a_half_written_line_is_no_error() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("live");
    std::fs::create_dir_all(&dir).unwrap();
    let trace_path = dir.join("episode-3.jsonl");
    let mut trace = std::fs::File::create(&trace_path).unwrap();
    let entries = journal(30);
    for n in 0..10 {
        writeln!(trace, "{}", serde_json::to_string(&step(n, "")).unwrap()).unwrap();
    }
    let (first, rest): (Vec<Entry>, Vec<Entry>) = entries.iter().cloned().partition(|e| e.stamp.step < 10);
    write_journal(&dir.join("episode-3.memory.jsonl"), &first);
    let viewer = Viewer::start(&[root.path()]);
    let runs = viewer.json("/api/runs");
    let id = runs[0]["id"].as_str().unwrap().to_string();
    assert_eq!(runs[0]["episodes"][0]["finished"], false);
    let overview = viewer.json(&format!("/api/runs/{id}/episodes/3"));
    assert_eq!(overview["steps"].as_array().unwrap().len(), 10);
    assert!(overview["record"].is_null());

    for n in 10..30 {
        writeln!(trace, "{}", serde_json::to_string(&step(n, "")).unwrap()).unwrap();
    }
    let half = serde_json::to_string(&step(30, "")).unwrap();
    write!(trace, "{}", &half[..half.len() / 2]).unwrap();
    trace.flush().unwrap();
    write_journal(&dir.join("episode-3.memory.jsonl"), &rest);
    std::thread::sleep(std::time::Duration::from_millis(600));
    let overview = viewer.json(&format!("/api/runs/{id}/episodes/3"));
    assert_eq!(overview["steps"].as_array().unwrap().len(), 30, "{:?}", overview["errors"]);
    assert!(overview["errors"].as_array().unwrap().is_empty(), "{:?}", overview["errors"]);
    let view = viewer.json(&format!("/api/runs/{id}/episodes/3/steps/25"));
    let files: std::collections::BTreeMap<String, String> =
        serde_json::from_value(view["memory"]["files"].clone()).unwrap();
    assert_eq!(files, replayed(&entries, 25));
}

#[test]
fn an_export_is_one_file_with_its_data_inside_and_no_way_out_of_its_script() {
    let root = tempfile::tempdir().unwrap();
    make_run(&root.path().join("run"), 4, 12, true);
    let viewer = Viewer::start(&[root.path()]);
    let id = viewer.json("/api/runs")[0]["id"].as_str().unwrap().to_string();
    let (status, html) = viewer.get(&format!("/api/runs/{id}/episodes/4/export.html"));
    assert_eq!(status, 200);
    assert!(html.contains("id=\"automem-data\""));
    assert!(!html.contains("src=\"/app.js\"") && !html.contains("href=\"/style.css\""), "nothing is fetched");
    assert!(!html.contains("<script>alert"), "memory text cannot open a script element");
    assert!(html.contains("\\u003cscript\\u003ealert"));
    let start = html.find("type=\"application/json\">").unwrap() + "type=\"application/json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(data["steps"].as_array().unwrap().len(), 12);
    assert_eq!(data["total_steps"], 12);
}

#[test]
fn a_comparison_exports_as_one_file_with_both_runs_inside() {
    let root = tempfile::tempdir().unwrap();
    make_run(&root.path().join("on"), 4, 12, true);
    make_run(&root.path().join("off"), 4, 9, false);
    let viewer = Viewer::start(&[root.path()]);
    let runs = viewer.json("/api/runs");
    let ids: Vec<String> = runs.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 2);
    let (status, html) = viewer.get(&format!("/api/compare/{}/{}/export.html", ids[0], ids[1]));
    assert_eq!(status, 200);
    assert!(!html.contains("src=\"/app.js\"") && !html.contains("href=\"/style.css\""), "nothing is fetched");
    assert!(!html.contains("<script>alert"), "memory text cannot open a script element");
    let start = html.find("type=\"application/json\">").unwrap() + "type=\"application/json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: Value = serde_json::from_str(&html[start..end]).unwrap();
    let (a, b) = (&data["compare"]["a"], &data["compare"]["b"]);
    assert_eq!((a["id"].as_str().unwrap(), b["id"].as_str().unwrap()), (ids[0].as_str(), ids[1].as_str()));
    let steps = |r: &Value| r["episodes"][0]["steps"].as_u64().unwrap();
    let mut both = [steps(a), steps(b)];
    both.sort();
    assert_eq!(both, [9, 12]);
    let (status, _) = viewer.get(&format!("/api/compare/{}/nope/export.html", ids[0]));
    assert_eq!(status, 404, "an unknown run is refused");
}
