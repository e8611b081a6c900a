//! Guests in Python (componentize-py) and JavaScript (componentize-js / StarlingMonkey and
//! componentize-qjs / QuickJS), built by `automem build` from an `automem.toml`: they load, play
//! under the engine with memory, are deterministic, and reach no files, environment, network or
//! real clock.
//!
//! Their tools are installed by `scripts/setup-guest-tools.sh` (scripts/setup.sh runs it). These
//! tests share the user's compiled-component cache, as `automem run` does: compiling an 18 MB
//! CPython component takes ~25 s, loading it from the cache milliseconds.
use crate::support::{component, components, root};
use automem::bindings::game_api::TaskOptions;
use automem::cache::ComponentCache;
use automem::{Runtime, SandboxConfig};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// One runtime for these tests, on the default cache (see the module's doc).
fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| Runtime::new(SandboxConfig::default(), ComponentCache::default_dir()).unwrap())
}

/// The path of a foreign guest's component, with a clear failure when its tools are missing.
fn built(name: &str) -> PathBuf {
    let path = component(name);
    assert!(
        path.is_file(),
        "{} was not built: the Python/JavaScript guest tools are missing; run `bash scripts/setup-guest-tools.sh`",
        path.display()
    );
    path
}

fn automem() -> Command {
    Command::new(env!("CARGO_BIN_EXE_automem"))
}

/// `automem run` of one trio; returns each seed's trace lines without timings.
fn run(game: &str, schema: &str, policy: &str, seeds: &str, extra: &[&str], out: &Path) -> BTreeMap<u64, Vec<String>> {
    let (game, schema, policy) = (built(game), built(schema), built(policy));
    let output = automem()
        .args(["run", "--game", game.to_str().unwrap(), "--schema", schema.to_str().unwrap()])
        .args(["--policy", policy.to_str().unwrap(), "--seeds", seeds, "--out", out.to_str().unwrap()])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut traces = BTreeMap::new();
    for seed in automem::cli::seeds::parse_seeds(seeds).unwrap() {
        let text = crate::support::trace_text(out, seed);
        let lines = text
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().retain(|k, _| !k.contains("timing") && !k.ends_with("_us"));
                v.to_string()
            })
            .collect();
        traces.insert(seed, lines);
    }
    traces
}

fn record(out: &Path, seed: u64) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out.join(format!("episode-{seed}.json"))).unwrap()).unwrap()
}

#[test]
fn pairs_plays_with_memory_the_same_in_python_and_javascript() {
    let dir = tempfile::tempdir().unwrap();
    let py = run("pairs-py", "pairs-notes-py", "pairs-player-py", "1..2", &[], &dir.path().join("py"));
    let py_again = run("pairs-py", "pairs-notes-py", "pairs-player-py", "1..2", &[], &dir.path().join("py2"));
    assert_eq!(py, py_again, "same seed, same trace (Python)");
    // The JavaScript trio: a QuickJS game and policy with a StarlingMonkey schema.
    let js = run("pairs-js", "pairs-notes-js", "pairs-player-js", "1..2", &[], &dir.path().join("js"));
    let js_again = run("pairs-js", "pairs-notes-js", "pairs-player-js", "1..2", &[], &dir.path().join("js2"));
    assert_eq!(js, js_again, "same seed, same trace (JavaScript)");
    assert_ne!(py[&1], py[&2], "another seed deals another board");
    // The same rules and SplitMix64 in both languages: the same episodes, names aside.
    let rename = |lines: &Vec<String>, lang: &str| -> Vec<String> {
        lines
            .iter()
            .map(|l| l.replace(&format!("pairs-notes-{lang}"), "N").replace(&format!("pairs-{lang}"), "G"))
            .collect()
    };
    assert_eq!(rename(&py[&1], "py"), rename(&js[&1], "js"));
    // Both draw the board as 4x4 tiles (equal above, so the same pictures), every step.
    for line in &py[&1] {
        let step: serde_json::Value = serde_json::from_str(line).unwrap();
        let picture = &step["picture"];
        assert_eq!((&picture["kind"], &picture["width"], &picture["height"]), (&"tiles".into(), &4.into(), &4.into()));
        assert_eq!(picture["cells"].as_array().unwrap().len(), 16, "{picture}");
    }
    for (lang, out) in [("py", dir.path().join("py")), ("js", dir.path().join("js"))] {
        let rec = record(&out, 1);
        // Memory is what wins: the player finds all 8 pairs in well under the 80 steps, reading
        // back what it wrote, and the schema's code keeps matched.txt.
        assert_eq!(rec["progression"], 1.0, "{lang}: {rec}");
        assert!(rec["steps"].as_u64().unwrap() <= 32, "{lang}: {rec}");
        assert_eq!(rec["max_steps"], 80, "{lang}: the game's own max-steps is the default");
        assert_eq!(rec["final_memory"]["matched.txt"].as_str().unwrap().lines().count(), 16, "{lang}: {rec}");
        let journal = std::fs::read_to_string(out.join("episode-1.memory.jsonl")).unwrap();
        assert!(journal.contains("APPEND") || journal.contains("append"), "{lang}: no APPEND in the journal");
    }
    // Without memory the same player cannot find pairs it saw.
    let out = dir.path().join("nomem");
    let policy = built("pairs-player-py");
    let output = automem()
        .args(["run", "--game", built("pairs-py").to_str().unwrap(), "--policy", policy.to_str().unwrap()])
        .args(["--seeds", "1", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let rec = record(&out, 1);
    assert!(rec["progression"].as_f64().unwrap() < 1.0 || rec["steps"].as_u64().unwrap() > 32, "{rec}");
}

#[test]
fn game_settings_reach_python_and_javascript_games() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fruits");
    let traces = run("pairs-js", "pairs-notes-py", "pairs-player-js", "4", &["--game-setting", "deck=fruits"], &out);
    assert!(traces[&4].iter().any(|l| l.contains("the fruits deck")), "{:?}", &traces[&4][..1]);
    assert_eq!(record(&out, 4)["game"]["settings"], serde_json::json!([["deck", "fruits"]]));
    // A setting the game refuses stops the run before any episode, with the game's reason.
    let output = automem()
        .args(["run", "--game", built("pairs-py").to_str().unwrap(), "--seeds", "1", "--game-setting", "deck=cars"])
        .arg("--out")
        .arg(dir.path().join("bad"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("deck 'cars' is not one of animals, fruits"), "{stderr}");
    assert!(!dir.path().join("bad").join("episode-1.json").exists());
}

/// Reset a prober game and read its `key=value` report.
fn probe(name: &str, seed: u64) -> BTreeMap<String, String> {
    let game = runtime().load_game(&built(name)).unwrap();
    let mut instance = game.instantiate(seed).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![] };
    let text = instance.reset(seed, &options).unwrap().long_term_context;
    text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn a_python_guest_reaches_nothing_and_its_randomness_follows_the_seed() {
    let a = probe("wasi-prober-py", 3);
    for (key, want) in [
        ("env", "0"),
        ("args", "0"),
        ("read-etc-passwd", "denied"),
        ("list-root", "denied"),
        ("write-file", "denied"),
        ("connect", "denied"),
        ("wall-clock-secs", "0"),
        ("monotonic-elapsed-ns", "0"),
    ] {
        assert_eq!(a[key], want, "{key}: {a:?}");
    }
    let (again, other) = (probe("wasi-prober-py", 3), probe("wasi-prober-py", 4));
    assert_eq!(a["urandom"], again["urandom"]);
    assert_ne!(a["urandom"], other["urandom"]);
    assert_eq!(a["random"], again["random"]);
    assert_ne!(a["random"], other["random"], "Python's random module is seeded per episode");
}

#[test]
fn javascript_guests_see_a_frozen_clock_and_seeded_randomness() {
    let sm = probe("wasi-prober-sm", 3);
    assert_eq!(sm["wall-clock-ms"], "0", "{sm:?}");
    assert_eq!(sm["monotonic-elapsed"], "0", "{sm:?}");
    let (again, other) = (probe("wasi-prober-sm", 3), probe("wasi-prober-sm", 4));
    assert_eq!(sm["crypto-random"], again["crypto-random"]);
    assert_ne!(sm["crypto-random"], other["crypto-random"]);
    assert_eq!(sm["math-random"], again["math-random"]);
    assert_ne!(sm["math-random"], other["math-random"], "StarlingMonkey seeds Math.random from WASI");

    let qjs = probe("wasi-prober-qjs", 3);
    assert_eq!(qjs["wall-clock-ms"], "0", "{qjs:?}");
    assert_eq!(qjs["monotonic-elapsed"], "0", "{qjs:?}");
    let (again, other) = (probe("wasi-prober-qjs", 3), probe("wasi-prober-qjs", 4));
    // QuickJS's own Math.random comes from the build-time snapshot: the same for every seed
    // (documented); the SDK's seedMathRandom(seed) makes it follow the episode.
    assert_eq!(
        qjs["math-random"], other["math-random"],
        "if this changed, QuickJS now seeds itself: update the README"
    );
    assert_eq!(qjs["seeded-math-random"], again["seeded-math-random"]);
    assert_ne!(qjs["seeded-math-random"], other["seeded-math-random"]);
}

#[test]
fn a_default_starlingmonkey_build_loads_and_any_http_use_fails_clearly() {
    let path = built("wasi-prober-sm");
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        bytes.windows(b"wasi:http/types".len()).any(|w| w == b"wasi:http/types"),
        "the prober must be a default build, importing wasi:http"
    );
    let game = runtime().load_game(&path).unwrap();
    let mut instance = game.instantiate(1).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![] };
    instance.reset(1, &options).unwrap();
    let err = instance.step("fetch").map(|r| r.observation.long_term_context);
    let message = match err {
        Err(e) => e.to_string(),
        Ok(text) => panic!("fetch did not fail: {text}"),
    };
    assert!(message.contains("wasi:http/"), "{message}");
    assert!(message.contains("automem plugins have no network"), "{message}");
}

#[test]
fn an_async_abi_component_is_refused_with_how_to_build_a_sync_one() {
    components();
    let tools = root().join(".tools/js/node_modules/.bin");
    let dir = tempfile::tempdir().unwrap();
    let js = dir.path().join("game.js");
    std::fs::write(&js, "export const environment = { info() {}, reset() {}, step() {} };\n").unwrap();
    let out = dir.path().join("async.wasm");
    // Without --sync componentize-qjs uses the component-model async ABI (task.cancel ...).
    let status = Command::new(tools.join("componentize-qjs"))
        .arg("--wit")
        .arg(root().join("wit"))
        .args(["--world", "game", "--js"])
        .arg(&js)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let err = match runtime().load_game(&out) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("an async-ABI component loaded"),
    };
    assert!(err.contains("component-model async ABI"), "{err}");
    assert!(err.contains("componentize-qjs --sync"), "{err}");
}

/// A workspace with one QuickJS guest, the real `wit/` and JavaScript SDK.
fn scratch_workspace(dir: &Path, source: &str) {
    std::fs::write(dir.join("Cargo.toml"), "[workspace]\nmembers = []\nresolver = \"3\"\n").unwrap();
    copy_dir(&root().join("wit"), &dir.join("wit"));
    copy_dir(&root().join("plugins/sdk-js"), &dir.join("plugins/sdk-js"));
    let game = dir.join("games/tiny-js");
    std::fs::create_dir_all(&game).unwrap();
    std::fs::write(
        game.join("automem.toml"),
        "[guest]\nname = \"tiny-js\"\nworld = \"game\"\ntoolchain = \"componentize-qjs\"\nentry = \"game.js\"\n",
    )
    .unwrap();
    std::fs::write(game.join("game.js"), source).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

fn build_in(dir: &Path, cache: &Path) -> (std::time::Duration, Vec<u8>, String) {
    let started = std::time::Instant::now();
    let output = automem()
        .current_dir(dir)
        .arg("build")
        .env("AUTOMEM_TOOLS_DIR", root().join(".tools"))
        .env("AUTOMEM_GUEST_CACHE_DIR", cache)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (elapsed, std::fs::read(dir.join("target/components/tiny-js.wasm")).unwrap(), stderr)
}

#[test]
fn an_unchanged_guest_is_built_from_the_content_cache() {
    components();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let ws = dir.path().join("ws");
    std::fs::create_dir_all(&ws).unwrap();
    let source = |word: &str| {
        format!(
            "export const environment = {{\n  info() {{ return {{ name: \"tiny-js\", version: \"{word}\", tasks: [\"t\"], \
             actions: [\"a\"], defaultAction: \"a\", maxSteps: 1, instructions: \"\" }}; }},\n  \
             reset(seed, options) {{ return {{ longTermContext: \"\", shortTermContext: \"\", info: \"{{}}\" }}; }},\n  \
             step(action) {{ throw {{ tag: \"episode-over\" }}; }},\n}};\n"
        )
    };
    scratch_workspace(&ws, &source("1.0.0"));
    let (_, first, stderr) = build_in(&ws, &cache);
    assert!(stderr.contains("building `tiny-js` with componentize-qjs 0.4.5"), "{stderr}");
    // A fresh clone (no target/) with the same sources: a cache hit, no tool run.
    std::fs::remove_dir_all(ws.join("target")).unwrap();
    let (elapsed, second, stderr) = build_in(&ws, &cache);
    assert!(!stderr.contains("building `tiny-js`"), "{stderr}");
    assert_eq!(first, second);
    assert!(elapsed < std::time::Duration::from_secs(5), "{elapsed:?}");
    // A changed source is rebuilt.
    std::fs::write(ws.join("games/tiny-js/game.js"), source("2.0.0")).unwrap();
    let (_, third, stderr) = build_in(&ws, &cache);
    assert!(stderr.contains("building `tiny-js`"), "{stderr}");
    assert_ne!(first, third);
    let game = runtime().load_game(&ws.join("target/components/tiny-js.wasm")).unwrap();
    assert_eq!(game.instantiate(0).unwrap().info().unwrap().version, "2.0.0");
}

#[test]
fn a_bad_automem_toml_is_refused_with_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let guest = dir.path().join("games/bad");
    std::fs::create_dir_all(&guest).unwrap();
    for (text, want) in [
        (
            "[guest]\nname = \"bad\"\nworld = \"game\"\ntoolchain = \"jco\"\nentry = \"g.js\"\n",
            "unknown toolchain `jco`",
        ),
        ("[guest]\nname = \"bad\"\nworld = \"gaem\"\ntoolchain = \"componentize-qjs\"\n", "unknown world `gaem`"),
        (
            "[guest]\nname = \"bad\"\nworld = \"game\"\ntoolchain = \"componentize-qjs\"\nentry = \"../x.js\"\n",
            "is not a file",
        ),
        (
            "[guest]\nname = \"b/d\"\nworld = \"game\"\ntoolchain = \"componentize-py\"\nmodule = \"app\"\n",
            "must be 1-64",
        ),
    ] {
        std::fs::write(guest.join("automem.toml"), text).unwrap();
        let err = automem::build::foreign::discover(dir.path(), &[PathBuf::from("games")]).unwrap_err();
        assert!(format!("{err:#}").contains(want), "{err:#}");
    }
}

#[test]
fn the_instance_pool_holds_as_many_cpython_instances_as_it_says() {
    // A componentize-py component holds 14 core instances; the pool once reserved 4 per
    // component instance, so a pool "for 40 instances" held only 11 CPython ones.
    let config = SandboxConfig { pool_instances: 40, ..SandboxConfig::default() };
    let runtime = Runtime::new(config, ComponentCache::default_dir()).unwrap();
    let game = runtime.load_game(&built("pairs-py")).unwrap();
    let live: Vec<_> = (0..40).map(|seed| game.instantiate(seed).unwrap()).collect();
    assert_eq!(live.len(), 40);
}

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The README's figures for an 18 MB CPython guest against the sandbox's limits (run with
/// `cargo test -p automem --test all guests::measure -- --ignored --nocapture`).
#[test]
#[ignore = "a measurement, not a check; prints the README's figures"]
fn measure_a_cpython_guest_against_the_limits() {
    components();
    // What one instance asks for, read from the limiter's refusal under tiny limits.
    let tiny =
        SandboxConfig { max_memory_mib: 1, max_table_elements: 1, pool_instances: 0, ..SandboxConfig::default() };
    let tiny = Runtime::new(tiny, ComponentCache::default_dir()).unwrap();
    for name in ["pairs-py", "pairs-js"] {
        match tiny.load_game(&built(name)) {
            Err(e) => println!("{name} under 1 MiB / 1 table element: {e}"),
            Ok(_) => println!("{name} fits in 1 MiB"),
        }
    }
    let memory_only = SandboxConfig { max_memory_mib: 1, pool_instances: 0, ..SandboxConfig::default() };
    if let Err(e) = Runtime::new(memory_only, ComponentCache::default_dir()).unwrap().load_game(&built("pairs-py")) {
        println!("pairs-py under 1 MiB of memory: {e}");
    }
    // Compile (cold) versus cache hit.
    for name in ["pairs-py", "pairs-notes-js", "pairs-js"] {
        let cold_dir = tempfile::tempdir().unwrap();
        let cold = Runtime::new(SandboxConfig::default(), Some(cold_dir.path().to_path_buf())).unwrap();
        let t = std::time::Instant::now();
        cold.load_game(&built(name)).or_else(|_| cold.load_game(&built(name))).ok();
        let compile = t.elapsed();
        let t = std::time::Instant::now();
        let _ = Runtime::new(SandboxConfig::default(), Some(cold_dir.path().to_path_buf()))
            .unwrap()
            .load_game(&built(name));
        println!("{name}: compile {compile:?}, from cache {:?}", t.elapsed());
    }
    // Instantiation per episode, and memory per live episode (game + schema + policy).
    let rt = runtime();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![] };
    for (game, schema, policy) in
        [("pairs-py", "pairs-notes-py", "pairs-player-py"), ("pairs-js", "pairs-notes-js", "pairs-player-js")]
    {
        let g = rt.load_game(&built(game)).unwrap();
        let s = rt.load_schema(&built(schema)).unwrap();
        let p = rt.load_policy(&built(policy)).unwrap();
        for (name, f) in [
            (game, Box::new(|| drop(g.instantiate(1).unwrap())) as Box<dyn Fn()>),
            (schema, Box::new(|| drop(s.instantiate(1, automem_memory::Memory::default()).unwrap()))),
            (policy, Box::new(|| drop(p.instantiate(1, &[]).unwrap()))),
        ] {
            f();
            let t = std::time::Instant::now();
            for _ in 0..20 {
                f();
            }
            println!("{name}: instantiate {:?}", t.elapsed() / 20);
        }
        let before = rss_kib();
        let mut live = Vec::new();
        let n = 400;
        for seed in 0..n {
            let trio = (|| {
                let mut gi = g.instantiate(seed)?;
                gi.reset(seed, &options)?;
                gi.step("flip A1")?;
                let si = s.instantiate(seed, automem_memory::Memory::default())?;
                let pi = p.instantiate(seed, &[])?;
                Ok::<_, automem::PluginError>((gi, si, pi))
            })();
            match trio {
                Ok(trio) => live.push(trio),
                Err(e) => {
                    println!("{game} trio: episode {} did not fit: {e}", live.len() + 1);
                    break;
                }
            }
        }
        let per = (rss_kib() - before) / live.len().max(1) as u64;
        println!("{game} trio: {per} KiB resident per live episode ({} live)", live.len());
        drop(live);
    }
}
