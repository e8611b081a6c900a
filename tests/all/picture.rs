//! A game draws its state (`environment.draw`): every game's picture has the promised shape and
//! matches its text, a hostile picture is refused naming the game, and a run's trace carries
//! the picture of the state each step acted on.
use crate::support::{component, runtime};
use automem::PluginErrorKind;
use automem::bindings::game_api::TaskOptions;
use automem::game::GameInstance;
use automem_runfile::{Picture, TraceReader};

fn task(name: &str) -> TaskOptions {
    TaskOptions { task: name.into(), max_steps: None, settings: Vec::new() }
}

fn tiles(picture: Option<Picture>) -> (u32, u32, Vec<String>) {
    match picture {
        Some(Picture::Tiles { width, height, cells }) => (width, height, cells),
        other => panic!("expected tiles, got {other:?}"),
    }
}

fn terminal(picture: Option<Picture>) -> (Vec<String>, Vec<String>, Option<[u32; 2]>) {
    match picture {
        Some(Picture::Terminal { lines, colours, cursor }) => (lines, colours, cursor),
        other => panic!("expected a terminal, got {other:?}"),
    }
}

/// Crafter's 9x7 tiles at this state agree with its text and info: the player in the middle
/// facing the way info says, the faced tile info's target, each "You see" entry's tile its thing.
fn check_crafter(game: &mut GameInstance, long_term: &str, info: &str) {
    let (width, height, cells) = tiles(game.picture().unwrap());
    assert_eq!((width, height, cells.len()), (9, 7, 63));
    let info: serde_json::Value = serde_json::from_str(info).unwrap();
    let at = |dx: i64, dy: i64| cells[((3 + dy) * 9 + 4 + dx) as usize].as_str();
    let facing = &info["facing"];
    let sleeping = info["sleeping"].as_bool().unwrap();
    let player =
        if sleeping { "player-sleep".to_string() } else { format!("player-{}", facing["direction"].as_str().unwrap()) };
    assert_eq!(at(0, 0), player);
    assert_eq!(at(facing["dx"].as_i64().unwrap(), facing["dy"].as_i64().unwrap()), facing["target"].as_str().unwrap());
    for (thing, offset) in info["nearest"].as_object().unwrap() {
        let (dx, dy) = (offset[0].as_i64().unwrap(), offset[1].as_i64().unwrap());
        assert_eq!(at(dx, dy), thing, "{long_term}");
    }
    assert!(long_term.contains("You see") || long_term.contains("You face"), "{long_term}");
}

#[test]
fn crafter_draws_its_local_view_as_tiles_that_match_the_text() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let mut instance = game.instantiate(7).unwrap();
    assert_eq!(instance.picture().unwrap(), None, "nothing to draw before reset");
    let obs = instance.reset(7, &task("")).unwrap();
    check_crafter(&mut instance, &obs.long_term_context, &obs.info);
    let (_, _, first) = tiles(instance.picture().unwrap());
    assert_eq!(first[3 * 9 + 4], "player-south", "a fresh player faces south");
    let moves = ["Move West", "Move North", "Do", "Move East", "Move South", "Noop"];
    for i in 0..60 {
        let step = instance.step(moves[i % moves.len()]).unwrap();
        check_crafter(&mut instance, &step.observation.long_term_context, &step.observation.info);
    }
}

#[test]
fn corridor_draws_one_row_with_the_player_where_the_text_says() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let mut instance = game.instantiate(3).unwrap();
    instance.reset(3, &task("")).unwrap();
    let (width, height, cells) = tiles(instance.picture().unwrap());
    assert_eq!((width, height), (12, 1));
    assert_eq!(cells[6], "player");
    assert_eq!(cells.iter().filter(|c| c.starts_with("door-locked")).count(), 1);
    assert_eq!(cells.iter().filter(|c| *c == "key").count(), 1);
    instance.step("west").unwrap();
    assert_eq!(tiles(instance.picture().unwrap()).2[5], "player");
}

/// NetHack's and MiniHack's picture: the 24x80 tty, whose lines below the top are the `map:`
/// text of the observation, with one colour digit per cell and the cursor the text names.
fn check_tty(game: &mut GameInstance, long_term: &str) {
    let (lines, colours, cursor) = terminal(game.picture().unwrap());
    assert_eq!(lines.len(), 24);
    assert_eq!(colours.len(), 24);
    for (line, colour) in lines.iter().zip(&colours) {
        assert_eq!(line.chars().count(), 80);
        assert_eq!(colour.len(), 80);
        assert!(colour.bytes().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()), "{colour}");
    }
    let map = long_term.split("\nmap:\n").nth(1).unwrap();
    let map_lines: Vec<&str> = map.trim_end_matches('\n').split('\n').collect();
    assert_eq!(map_lines, lines[1..].iter().map(String::as_str).collect::<Vec<_>>());
    let [col, row] = cursor.unwrap();
    assert!(long_term.contains(&format!("(x={col}, y={row})")), "{long_term}");
    // Blank cells are black, and the screen is not all one colour (the map has its colours).
    for (line, colour) in lines.iter().zip(&colours) {
        for (ch, c) in line.chars().zip(colour.chars()) {
            if ch == ' ' {
                assert_eq!(c, '0');
            }
        }
    }
    let shown: std::collections::BTreeSet<char> = lines
        .iter()
        .zip(&colours)
        .flat_map(|(l, c)| l.chars().zip(c.chars()))
        .filter(|(ch, _)| *ch != ' ')
        .map(|(_, c)| c)
        .collect();
    assert!(shown.len() > 1, "one colour only: {shown:?}");
}

fn nethack_runtime() -> (automem::Runtime, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = automem::SandboxConfig { call_timeout_ms: 10_000, ..crate::support::test_config() };
    (automem::Runtime::new(config, Some(dir.path().to_path_buf())).unwrap(), dir)
}

#[test]
fn nethack_draws_its_tty_whose_lines_are_the_map_text() {
    let (runtime, _cache) = nethack_runtime();
    let game = runtime.load_game(&component("nethack")).unwrap();
    let mut instance = game.instantiate(5).unwrap();
    let obs = instance.reset(5, &task("")).unwrap();
    check_tty(&mut instance, &obs.long_term_context);
    for action in ["west", "north", "east", "search", "south", "far east", "esc"] {
        let step = instance.step(action).unwrap();
        check_tty(&mut instance, &step.observation.long_term_context);
        if step.done {
            break;
        }
    }
}

#[test]
fn minihack_draws_its_tty_whose_lines_are_the_map_text() {
    let (runtime, _cache) = nethack_runtime();
    let game = runtime.load_game(&component("minihack")).unwrap();
    for name in ["MiniHack-MazeWalk-9x9-v0", "MiniHack-Quest-Easy-v0"] {
        let mut instance = game.instantiate(2).unwrap();
        let obs = instance.reset(2, &task(name)).unwrap();
        check_tty(&mut instance, &obs.long_term_context);
        let step = instance.step("north").unwrap();
        check_tty(&mut instance, &step.observation.long_term_context);
    }
}

#[test]
fn a_hostile_picture_is_refused_at_the_boundary_with_the_games_name() {
    // A long call deadline, so the million cells meet the output limit, not a loaded machine's clock.
    let (runtime, _cache) = nethack_runtime();
    let game = runtime.load_game(&component("hostile-game")).unwrap();
    for (name, kind, said) in [
        ("picture-million-cells", PluginErrorKind::OutputTooLarge, "over the output limit"),
        (
            "picture-wide",
            PluginErrorKind::Guest,
            "drew a tile grid of width 300; a tile grid is 1 to 256 cells each way",
        ),
        ("picture-bad-colours", PluginErrorKind::Guest, "drew terminal line 0 of 3 characters with 2 colours"),
    ] {
        let mut instance = game.instantiate(1).unwrap();
        instance.reset(1, &task(name)).unwrap();
        let err = instance.picture().expect_err("the picture must be refused");
        assert_eq!((err.plugin.as_str(), err.call.as_str(), err.kind), ("hostile-game", "draw", kind), "{err}");
        assert!(err.to_string().contains(said), "{err}");
    }
    // Through a run, the episode fails with that error, and no trace line holds the picture.
    let out = tempfile::tempdir().unwrap();
    let setup = automem::runner::Setup {
        out: Some(out.path().to_path_buf()),
        ..automem::runner::Setup::new(
            game,
            Some(runtime.load_schema(&component("generic-v0")).unwrap()),
            automem::policy::PolicySource::Plugin(runtime.load_policy(&component("random")).unwrap()),
            5,
        )
        .with_task("picture-wide")
    };
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let automem::runner::Played::Failed(record) = automem::runner::play(&setup, 3, &cancel, &|| {}) else {
        panic!("the episode must fail")
    };
    let error = record.error.as_deref().unwrap_or("");
    assert!(error.contains("hostile-game") && error.contains("width 300"), "{record:?}");
    assert_eq!(automem_runfile::EpisodeRecord::load(out.path(), 3).unwrap().end_reason, "failed");
}

#[test]
fn a_runs_trace_carries_the_picture_each_step_acted_on() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let setup = automem::runner::Setup {
        out: Some(out.path().to_path_buf()),
        ..automem::runner::Setup::new(
            game.clone(),
            Some(runtime.load_schema(&component("generic-v0")).unwrap()),
            automem::policy::PolicySource::Plugin(runtime.load_policy(&component("random")).unwrap()),
            6,
        )
    };
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    assert!(matches!(automem::runner::play(&setup, 11, &cancel, &|| {}), automem::runner::Played::Finished(..)));
    let mut trace = TraceReader::open_episode(out.path(), 11).unwrap().unwrap();
    // Replayed by hand, the same seed and actions draw the same pictures, step for step.
    let mut replay = game.instantiate(11).unwrap();
    replay.reset(11, &setup.task).unwrap();
    let mut steps = 0;
    while let Some(step) = trace.next_step().unwrap() {
        assert_eq!(step.picture, replay.picture().unwrap(), "step {}", step.step);
        tiles(step.picture.clone());
        replay.step(&step.validated_action).unwrap();
        steps += 1;
    }
    assert_eq!(steps, 6);
}
