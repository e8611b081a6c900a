//! NetHack as a component: nothing imported, deterministic, one episode per instance, BALROG's
//! interface; and the frame dump that scripts/nethack-parity.sh compares with the `nle` wheel.
use crate::support::component;
use automem::bindings::game_api::{StepResult, TaskOptions};
use automem::game::GameInstance;
use std::io::Write;

/// A runtime with the test limits but a longer call deadline: a NetHack step (AutoMore, a long
/// `far` run, the end-of-game pages) can take longer than the suite's 300 ms on a loaded machine.
fn runtime() -> (automem::Runtime, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = automem::SandboxConfig { call_timeout_ms: 10_000, ..crate::support::test_config() };
    (automem::Runtime::new(config, Some(dir.path().to_path_buf())).unwrap(), dir)
}

/// A tiny deterministic action picker (the parity script replays the recorded actions).
struct Picker(u64);
impl Picker {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn options(settings: &[(&str, &str)]) -> TaskOptions {
    TaskOptions {
        task: String::new(),
        max_steps: None,
        settings: settings.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    }
}

fn frame(info: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(info).unwrap();
    v["tty_lines"].as_array().unwrap().iter().map(|l| l.as_str().unwrap().to_string()).collect()
}

/// Play `steps` random actions (or to the end); the frames seen.
fn play(
    game: &mut GameInstance,
    actions: &[String],
    seed: u64,
    steps: usize,
) -> (Vec<Vec<String>>, Option<StepResult>) {
    let mut picker = Picker(seed ^ 0x9e37_79b9);
    let mut frames = Vec::new();
    let mut last = None;
    for _ in 0..steps {
        let action = &actions[picker.next(actions.len())];
        let r = game.step(action).unwrap();
        frames.push(frame(&r.observation.info));
        let done = r.done;
        last = Some(r);
        if done {
            break;
        }
    }
    (frames, last)
}

#[test]
fn nethack_imports_nothing_and_starts_like_nle() {
    let (runtime, _cache) = runtime();
    let path = component("nethack");
    let bytes = std::fs::read(&path).unwrap();
    let engine = wasmtime::Engine::default();
    let c = wasmtime::component::Component::new(&engine, &bytes).unwrap();
    // The only import a WIT world with shared types can have: the types interface itself, an
    // instance of type definitions with no function in it. No capability of any kind.
    use wasmtime::component::types::ComponentItem;
    for (name, item) in c.component_type().imports(&engine) {
        let ComponentItem::ComponentInstance(instance) = item.ty else {
            panic!("the NetHack component imports {name}, which is not a types-only interface");
        };
        let items: Vec<String> = instance
            .exports(&engine)
            .filter(|(_, item)| !matches!(item.ty, ComponentItem::Type(_)))
            .map(|(n, _)| n.to_string())
            .collect();
        assert!(items.is_empty(), "the NetHack component imports {name} with {items:?}: it must import nothing");
    }
    let game = runtime.load_game(&path).unwrap();
    let mut g = game.instantiate(42).unwrap();
    let info = g.info().unwrap();
    assert_eq!(info.name, "nethack");
    assert_eq!(info.default_action, "esc");
    assert_eq!(info.max_steps, 100_000);
    assert!(info.actions.iter().any(|a| a == "far northeast"));
    let obs = g.reset(42, &options(&[])).unwrap();
    assert!(obs.long_term_context.starts_with("message:\n"), "{}", obs.long_term_context);
    for part in ["\n\nlanguage observation:\n", "\n\ncursor:\nYourself a ", "\n\nmap:\n"] {
        assert!(obs.long_term_context.contains(part), "missing {part:?} in {}", obs.long_term_context);
    }
    assert!(obs.long_term_context.contains("Dlvl:1 $:0 HP:"), "{}", obs.long_term_context);
    assert!(obs.short_term_context.starts_with("inventory:\na: "), "{}", obs.short_term_context);
    let info: serde_json::Value = serde_json::from_str(&obs.info).unwrap();
    assert_eq!(info["blstats"]["depth"], 1);
    assert_eq!(info["tty_lines"].as_array().unwrap().len(), 24);
}

#[test]
fn nethack_is_deterministic_and_a_fresh_instance_shows_nothing_of_the_last() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let run = |seed: u64, steps: usize| {
        let mut g = game.instantiate(seed).unwrap();
        let first = frame(&g.reset(seed, &options(&[])).unwrap().info);
        let (frames, last) = play(&mut g, &actions, seed, steps);
        (first, frames, last.map(|r| (r.done, r.progression)))
    };
    let alone = run(7, 300);
    // Another game to its end on the same pooled runtime, then seed 7 again.
    let other = run(8, 20_000);
    assert!(other.2.is_some_and(|(done, _)| done), "a random game ends (death or no progress) within 20,000 steps");
    let again = run(7, 300);
    assert_eq!(alone, again, "the same seed and actions give the same frames on a fresh instance");
    let different = run(9, 0);
    assert_ne!(alone.0, different.0, "different seeds give different games");
}

#[test]
fn nethack_refuses_a_second_reset_and_bad_settings_with_the_reason() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut g = game.instantiate(1).unwrap();
    let err = g.reset(1, &options(&[("colour", "blue")])).unwrap_err().to_string();
    assert!(err.contains("unknown setting 'colour'"), "{err}");
    let err = g.reset(1, &options(&[("core", "-3")])).unwrap_err().to_string();
    assert!(err.contains("core must be a whole number"), "{err}");
    g.reset(1, &options(&[("character", "val-hum-law-fem")])).unwrap();
    let err = g.reset(2, &options(&[])).unwrap_err().to_string();
    assert!(err.contains("fresh instance"), "{err}");
    let r = g.step("dance").unwrap();
    assert!(!r.action_valid);
    assert!(r.observation.long_term_context.starts_with("Your previous output did not contain a valid action"));
    let r = g.step("far west").unwrap();
    assert!(r.action_valid);
}

#[test]
fn nethack_frame_observation_is_the_info_json_alone_and_plays_the_same_game() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let run = |settings: &[(&str, &str)]| {
        let mut g = game.instantiate(11).unwrap();
        let first = g.reset(11, &options(settings)).unwrap();
        let (frames, _) = play(&mut g, &actions, 11, 200);
        (first, frames)
    };
    let (text, text_frames) = run(&[]);
    let (frame, frame_frames) = run(&[("observation", "frame")]);
    assert!(text.long_term_context.contains("\n\nlanguage observation:\n"));
    assert_eq!((frame.long_term_context.as_str(), frame.short_term_context.as_str()), ("", ""));
    assert_eq!(frame.info, text.info, "the info JSON is the same in both modes");
    assert_eq!(frame_frames, text_frames, "the same seed and actions play the same game");
    let mut g = game.instantiate(11).unwrap();
    let err = g.reset(11, &options(&[("observation", "pixels")])).unwrap_err().to_string();
    assert!(err.contains("observation must be 'text'"), "{err}");
}

#[test]
fn nethack_ends_on_no_progress_and_the_step_limit() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut g = game.instantiate(3).unwrap();
    g.reset(3, &options(&[])).unwrap();
    // `look` takes no game time: 150 of them end the episode (BALROG's no-progress timeout).
    let mut end = None;
    for i in 0..400 {
        let r = g.step("look").unwrap();
        if r.done {
            end = Some((i, r));
            break;
        }
    }
    let (i, r) = end.expect("the no-progress timeout ends the episode");
    assert!(r.truncated && i < 160, "ended at step {i}");
    assert!(r.events.iter().any(|e| e.kind == "end" && e.name == "no progress"));
    assert!(g.step("wait").unwrap_err().to_string().contains("episode"));
    let mut g = game.instantiate(3).unwrap();
    let opts = TaskOptions { max_steps: Some(5), ..options(&[]) };
    g.reset(3, &opts).unwrap();
    let results: Vec<_> = (0..5).map(|_| g.step("search").unwrap()).collect();
    assert!(results[4].done && results[4].truncated);
    assert!(results[4].events.iter().any(|e| e.name == "step limit"));
}

#[test]
fn nethack_language_observation_names_objects_as_nle_language_wrapper_does() {
    // Seed 47 starts with a slime mold in view. The game renames the object "fruit" when it reads
    // its options; nle-language-wrapper's tables come from a libnethack no game runs in and keep
    // "slime mold" (scripts/nethack-langwrap-parity.sh found it).
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut g = game.instantiate(47).unwrap();
    let o = g.reset(47, &options(&[])).unwrap();
    let (glyphs, cursor) = language_texts(&o.long_term_context);
    assert!(glyphs.lines().any(|l| l == "slime mold near southsoutheast"), "{glyphs}");
    assert!(!glyphs.contains("fruit"), "{glyphs}");
    assert!(cursor.starts_with("Yourself a "), "{cursor}");
}

/// Writes the frames scripts/nethack-parity.sh compares with the `nle` wheel: set
/// NETHACK_FRAMES_OUT, NETHACK_SEEDS ("a..b") and NETHACK_STEPS (0: reset frames only). With
/// NETHACK_LANGUAGE=1 each record also has, per frame, the `language observation:` and `cursor:`
/// texts (scripts/nethack-langwrap-parity.sh compares them with nle-language-wrapper's); with
/// NETHACK_COLOURS=1, the colours of the game's picture of each frame (compared with NLE's
/// tty_colors).
#[test]
#[ignore = "run by scripts/nethack-parity.sh"]
fn nethack_frames_dump() {
    let out = std::env::var("NETHACK_FRAMES_OUT").expect("NETHACK_FRAMES_OUT");
    let seeds = std::env::var("NETHACK_SEEDS").unwrap_or_else(|_| "0..10".into());
    let steps: usize = std::env::var("NETHACK_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let (a, b) = seeds.split_once("..").expect("NETHACK_SEEDS is a..b");
    let (a, b): (u64, u64) = (a.parse().unwrap(), b.parse().unwrap());
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let opts = options(&[("no_progress_timeout", "0")]);
    let opts = TaskOptions { max_steps: Some(u32::MAX), ..opts };
    let language = std::env::var("NETHACK_LANGUAGE").is_ok_and(|v| v == "1");
    let with_colours = std::env::var("NETHACK_COLOURS").is_ok_and(|v| v == "1");
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for seed in a..b {
        let mut g = game.instantiate(seed).unwrap();
        let o = g.reset(seed, &opts).unwrap();
        let mut picker = Picker(seed ^ 0x9e37_79b9);
        let mut played = Vec::new();
        let mut frames = vec![frame(&o.info)];
        let mut texts = vec![language_texts(&o.long_term_context)];
        // The picture's colours of each frame, compared with NLE's tty_colors by the script.
        let mut colours = if with_colours { vec![picture_colours(&mut g)] } else { Vec::new() };
        let mut done = false;
        for _ in 0..steps {
            let action = actions[picker.next(actions.len())].clone();
            let r = g.step(&action).unwrap();
            played.push(action);
            frames.push(frame(&r.observation.info));
            if language {
                texts.push(language_texts(&r.observation.long_term_context));
            }
            if with_colours {
                colours.push(picture_colours(&mut g));
            }
            if r.done {
                done = true;
                break;
            }
        }
        let mut line = serde_json::json!({"seed": seed, "actions": played, "frames": frames, "done": done});
        if language {
            let (glyphs, cursors): (Vec<String>, Vec<String>) = texts.into_iter().unzip();
            line["language"] = serde_json::json!(glyphs);
            line["cursor"] = serde_json::json!(cursors);
        }
        if with_colours {
            line["colours"] = serde_json::json!(colours);
        }
        writeln!(file, "{line}").unwrap();
    }
}

/// The colour rows of the game's picture of its current screen.
fn picture_colours(game: &mut GameInstance) -> Vec<String> {
    match game.picture().unwrap() {
        Some(automem_runfile::Picture::Terminal { colours, .. }) => colours,
        other => panic!("NetHack draws a terminal, not {other:?}"),
    }
}

/// The `language observation:` text and the cursor's description (its `cursor:` section without
/// the "(x=.., y=..)" line) of a hybrid long-term context.
fn language_texts(long: &str) -> (String, String) {
    let (_, rest) = long.split_once("\n\nlanguage observation:\n").expect("a language observation");
    let (glyphs, rest) = rest.split_once("\n\ncursor:\n").expect("a cursor section");
    let (cursor, _) = rest.split_once("\n(x=").expect("the cursor's position line");
    (glyphs.to_string(), cursor.to_string())
}

/// Writes every observation (both contexts and the info JSON) of random play, all actions, to
/// NETHACK_OBS_OUT: a speed change to the text rendering must leave this file byte for byte the
/// same (NETHACK_SEEDS "a..b", NETHACK_STEPS per episode; defaults 0..8 and 400).
#[test]
#[ignore = "a dump for comparing the text observation before and after a change"]
fn nethack_observations_dump() {
    let out = std::env::var("NETHACK_OBS_OUT").expect("NETHACK_OBS_OUT");
    let seeds = std::env::var("NETHACK_SEEDS").unwrap_or_else(|_| "0..8".into());
    let steps: usize = std::env::var("NETHACK_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(400);
    let (a, b) = seeds.split_once("..").expect("NETHACK_SEEDS is a..b");
    let (a, b): (u64, u64) = (a.parse().unwrap(), b.parse().unwrap());
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    let opts = options(&[("no_progress_timeout", "0")]);
    for seed in a..b {
        let mut g = game.instantiate(seed).unwrap();
        let o = g.reset(seed, &opts).unwrap();
        writeln!(file, "{}\n{}\n{}", o.long_term_context, o.short_term_context, o.info).unwrap();
        let mut picker = Picker(seed ^ 0x51ed);
        for _ in 0..steps {
            let r = g.step(&actions[picker.next(actions.len())]).unwrap();
            let o = &r.observation;
            writeln!(
                file,
                "{}\n{}\n{}\n{} {} {:?}",
                o.long_term_context, o.short_term_context, o.info, r.reward, r.done, r.events
            )
            .unwrap();
            if r.done {
                break;
            }
        }
    }
}

/// A million random steps over many seeds and every action, each episode to its end (death, the
/// no-progress timeout or its step limit): no trap, and every episode ends cleanly. Run by
/// scripts/nethack-bench.sh (NETHACK_SOAK_STEPS sets the total; default 1,000,000).
#[test]
#[ignore = "a long soak; run by scripts/nethack-bench.sh"]
fn nethack_soak() {
    let total: u64 = std::env::var("NETHACK_SOAK_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let (mut steps, mut episodes, mut max_depth, mut deaths) = (0u64, 0u64, 0i64, 0u64);
    let mut ends = std::collections::BTreeMap::<String, u64>::new();
    let started = std::time::Instant::now();
    let mut seed = 5_000u64;
    while steps < total {
        let mut g = game.instantiate(seed).unwrap();
        g.reset(seed, &options(&[])).unwrap();
        let mut picker = Picker(seed);
        loop {
            let r = g.step(&actions[picker.next(actions.len())]).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
            steps += 1;
            let info: serde_json::Value = serde_json::from_str(&r.observation.info).unwrap();
            max_depth = max_depth.max(info["blstats"]["depth"].as_i64().unwrap_or(0));
            if r.done {
                let why = info["end_reason"].as_str().unwrap_or("?").to_string();
                deaths += u64::from(r.events.iter().any(|e| e.kind == "death"));
                *ends.entry(why).or_default() += 1;
                break;
            }
        }
        episodes += 1;
        seed += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "soak: {steps} steps, {episodes} episodes ({deaths} deaths), deepest Dlvl {max_depth}, {:.0} steps/s, ends {ends:?}",
        steps as f64 / secs
    );
}

/// One engine episode of NetHack with the v0 schema and the scripted explorer: its outcome and the
/// first observation it saw.
fn explore(
    runtime: &automem::Runtime,
    seed: u64,
    steps: u32,
) -> (automem::episode::EpisodeOutcome, Vec<automem_runfile::trace::StepRecord>) {
    explore_with(runtime, seed, steps, &[]).unwrap()
}

/// [`explore`] with game settings; the engine's error when the episode fails.
fn explore_with(
    runtime: &automem::Runtime,
    seed: u64,
    steps: u32,
    settings: &[(&str, &str)],
) -> anyhow::Result<(automem::episode::EpisodeOutcome, Vec<automem_runfile::trace::StepRecord>)> {
    use automem::episode::{Agents, EpisodeSpec, run_episode};
    let game = runtime.load_game(&component("nethack")).unwrap();
    let schema = runtime.load_schema(&component("nethack-v0")).unwrap();
    let policy = runtime.load_policy(&component("scripted-nethack")).unwrap();
    let mut p = policy.instantiate(seed, &[]).unwrap();
    let spec = EpisodeSpec {
        seed,
        task: options(settings),
        max_steps: steps,
        schema_settings: vec![],
        quotas: automem_memory::Quotas::default(),
        initial_memory: None,
    };
    let mut records = Vec::new();
    let outcome = run_episode(&game, &schema, Agents { memory: &mut p, gameplay: None }, &spec, &mut |r| {
        records.push(r.clone());
        Ok(())
    })?;
    Ok((outcome, records))
}

#[test]
fn nethack_episodes_change_level_both_ways_and_end_and_the_next_shows_nothing_of_them() {
    let (runtime, _cache) = runtime();
    // Seed 4: the explorer notes each level's stairs, goes down, up and down again (Dlvl 1-3).
    let (first, records) = explore(&runtime, 4, 3000);
    let depths: Vec<i64> = first
        .events
        .iter()
        .filter(|e| e.kind == "level")
        .filter_map(|e| e.name.strip_prefix("Dlvl:")?.parse().ok())
        .collect();
    assert!(depths.len() >= 5, "level changes: {depths:?}");
    assert!(depths.windows(2).any(|w| w[1] < w[0] && w[1] > 0), "an ascent by the stairs up: {depths:?}");
    assert!(depths.iter().any(|d| *d >= 3), "reached Dlvl 3: {depths:?}");
    let map = first.memory.read("dungeon_map.txt").unwrap_or_default().to_string();
    assert!(map.contains("Dlvl 1 stairs down at (") && map.contains("Dlvl 2 stairs down at ("), "{map}");
    // Seed 1 falls through a trap door to Dlvl 2 and dies there: a game that ends.
    let (died, _) = explore(&runtime, 1, 5000);
    assert!(died.events.iter().any(|e| e.kind == "death"), "{:?}", died.events);
    assert!(died.events.iter().any(|e| e.name == "Dlvl:2"), "{:?}", died.events);
    // Seed 4 again, after those games, on the same pooled runtime: the same episode, step for step.
    let (again, again_records) = explore(&runtime, 4, 3000);
    assert_eq!(again.events, first.events);
    assert_eq!(again_records.len(), records.len());
    assert_eq!(again_records[0].obs_long_term_context, records[0].obs_long_term_context);
    assert_eq!(
        again_records.last().map(|r| &r.obs_long_term_context),
        records.last().map(|r| &r.obs_long_term_context)
    );
}

/// The dungeon numbers (blstats `dungeon_number`: 0 the Dungeons of Doom, 2 the Gnomish Mines)
/// an engine episode passed through: its actions replayed on a fresh instance of the same seed.
fn dungeons_of(runtime: &automem::Runtime, seed: u64, records: &[automem_runfile::trace::StepRecord]) -> Vec<i64> {
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut g = game.instantiate(seed).unwrap();
    g.reset(seed, &options(&[])).unwrap();
    let mut seen = vec![0];
    for r in records {
        let step = g.step(&r.validated_action).unwrap();
        let info: serde_json::Value = serde_json::from_str(&step.observation.info).unwrap();
        let d = info["blstats"]["dungeon_number"].as_i64().unwrap();
        if seen.last() != Some(&d) {
            seen.push(d);
        }
        if step.done {
            break;
        }
    }
    seen
}

#[test]
fn nethack_episode_enters_the_gnomish_mines_and_climbs_back() {
    let (runtime, _cache) = runtime();
    // Seed 29 (found by nethack_find_mines_seeds): the explorer's first stairs down from Dlvl 2
    // or below are the Mines' branch stairs; it goes in, back up to the main dungeon, and in again.
    let (outcome, records) = explore(&runtime, 29, 3000);
    let dungeons = dungeons_of(&runtime, 29, &records);
    assert_eq!(dungeons, [0, 2, 0, 2], "dungeons passed through (0 Doom, 2 the Mines)");
    assert!(outcome.events.iter().filter(|e| e.kind == "level").count() >= 3, "{:?}", outcome.events);
}

/// Prints the seeds whose explorer episode enters the Gnomish Mines (NETHACK_SEEDS "a..b").
#[test]
#[ignore = "a search for the Mines test's seed"]
fn nethack_find_mines_seeds() {
    let seeds = std::env::var("NETHACK_SEEDS").unwrap_or_else(|_| "0..20".into());
    let (a, b) = seeds.split_once("..").expect("NETHACK_SEEDS is a..b");
    let (runtime, _cache) = runtime();
    for seed in a.parse::<u64>().unwrap()..b.parse().unwrap() {
        let (_, records) = explore(&runtime, seed, 3000);
        println!("mines-search: seed {seed}: dungeons {:?}", dungeons_of(&runtime, seed, &records));
    }
}

#[test]
fn a_trap_in_the_c_side_fails_only_its_episode_with_a_clear_error() {
    let (runtime, _cache) = runtime();
    // The `fault` test hook makes the next step call a C function through a pointer of the wrong
    // type, as a signature bug in NetHack's C would.
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut healthy = game.instantiate(6).unwrap();
    healthy.reset(6, &options(&[])).unwrap();
    let mut broken = game.instantiate(5).unwrap();
    broken.reset(5, &options(&[("fault", "indirect-call")])).unwrap();
    let err = broken.step("wait").unwrap_err();
    assert_eq!(err.kind, automem::PluginErrorKind::Trap, "{err}");
    assert_eq!((err.plugin.as_str(), err.call.as_str()), ("nethack", "step"));
    assert!(err.to_string().contains("indirect call type mismatch"), "{err}");
    // The failed instance stays failed; the one alive beside it plays on.
    assert_eq!(broken.step("wait").unwrap_err().kind, automem::PluginErrorKind::Poisoned);
    assert!(!healthy.step("wait").unwrap().done);
    // Through the engine the episode fails with that reason, and the next one plays whole.
    let failed = explore_with(&runtime, 5, 50, &[("fault", "indirect-call")]).unwrap_err();
    assert!(format!("{failed:#}").contains("indirect call type mismatch"), "{failed:#}");
    let (next, records) = explore(&runtime, 4, 200);
    assert_eq!((next.steps, records.len()), (200, 200));
    let err = game.instantiate(5).unwrap().reset(5, &options(&[("fault", "segfault")])).unwrap_err();
    assert!(err.to_string().contains("fault (a test hook) takes only 'indirect-call'"), "{err}");
}
