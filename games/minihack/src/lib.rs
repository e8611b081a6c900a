//! `minihack`: MiniHack's tasks on the NetHack component's C library, played as BALROG plays
//! them (100 steps, the task's own actions, default `north`, binary progression).
//!
//! A task is a level (a des file, MiniHack's own or written as its level generator writes it),
//! compiled at reset by NetHack's lev_comp inside the module, MiniHack's dungeon (NetHack's with
//! that level first) and options, and a goal decided outside the game: the down stairs reached,
//! or every boulder on a fountain. The step loop is NLE's gym step as MiniHack runs it: after
//! each key, --More-- pages are turned, text prompts refused and, in navigation tasks, y/n
//! questions declined; the reward is MiniHack's.
mod boxoban;
mod level;
mod tasks;

use automem_sdk::game::*;
use nethack_core::{Episode, KEYS_PER_STEP, actions, ffi, text};
use std::cell::RefCell;
use tasks::{Goal, Level, Task};

/// BALROG's `max_episode_steps` for MiniHack (MiniHack's own are 200-1000).
const MAX_STEPS: u32 = 100;
/// NLE's `penalty_step`, as BALROG passes it: a step that does not move the turn counter.
const PENALTY_STEP: f64 = -0.01;
/// MiniHack's Boxoban: a constant time penalty and a shaping reward per boulder placed.
const BOXOBAN_PENALTY: f64 = -0.001;
const BOXOBAN_SHAPING: f64 = 0.1;
/// NLE's SKIP_EXCEPTIONS: y/n questions a navigation task leaves to the agent.
const SKIP_EXCEPTIONS: [&[u8]; 4] = [b"eat", b"attack", b"direction?", b"pray"];
/// MiniHack's NETHACKOPTIONS (minihack/base.py), before autopickup, pet and name.
const OPTIONS: &str = "color,showexp,nobones,nolegacy,nocmdassist,disclose:+i +a +v +g +c +o,runmode:teleport,\
mention_walls,nosparkle,showscore";

/// MiniHack's data archive (quest.dat) and dungeon, built for wasm32 by `automem build`.
#[cfg(target_arch = "wasm32")]
static MHDAT: &[u8] = include_bytes!(concat!(env!("NETHACK_DATA"), "/mhdat"));
#[cfg(target_arch = "wasm32")]
static DUNGEON: &[u8] = include_bytes!(concat!(env!("NETHACK_DATA"), "/dungeon"));
#[cfg(not(target_arch = "wasm32"))]
static MHDAT: &[u8] = &[];
#[cfg(not(target_arch = "wasm32"))]
static DUNGEON: &[u8] = &[];

/// MiniHack's own des files.
fn des_file(name: &str) -> Option<&'static str> {
    match name {
        "corridor3.des" => Some(include_str!("../dat/corridor3.des")),
        "quest_easy.des" => Some(include_str!("../dat/quest_easy.des")),
        "quest_medium.des" => Some(include_str!("../dat/quest_medium.des")),
        _ => None,
    }
}

/// One episode.
struct Game {
    ep: Episode,
    task: &'static Task,
    /// Where the fountains are (Boxoban): the goal cells, seen at reset.
    fountains: Vec<(usize, usize)>,
    /// Boxoban: boulders on fountains after the last step.
    placed: usize,
    /// The Boxoban puzzle played, if any.
    puzzle: Option<usize>,
}

thread_local! {
    static EPISODE: RefCell<Option<Game>> = const { RefCell::new(None) };
}

/// What reset accepts.
struct Settings {
    seeds: ffi::Seeds,
    character: String,
    autopickup: bool,
    puzzle: Option<usize>,
}

fn settings(task: &Task, seed: u64, options: &TaskOptions) -> Result<Settings, GameError> {
    let mut s = Settings {
        seeds: ffi::Seeds { core: seed, disp: seed, lgen: None },
        character: task.character.unwrap_or("@").to_string(),
        autopickup: false,
        puzzle: None,
    };
    for (key, value) in &options.settings {
        match key.as_str() {
            "core" => s.seeds.core = nethack_core::parse_seed(key, value)?,
            "disp" => s.seeds.disp = nethack_core::parse_seed(key, value)?,
            "lgen" => s.seeds.lgen = Some(nethack_core::parse_seed(key, value)?),
            "autopickup" => {
                s.autopickup = match value.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => {
                        return Err(GameError::InvalidSetting(format!(
                            "autopickup must be true (AutoMem's choice) or false (BALROG's, the default), got '{value}'"
                        )));
                    }
                }
            }
            "character" => {
                if let Some(fixed) = task.character {
                    return Err(GameError::InvalidSetting(format!(
                        "{} always plays {fixed} (MiniHack sets it); leave out the character setting",
                        task.name
                    )));
                }
                s.character = nethack_core::parse_character(value)?;
            }
            "puzzle" => {
                let Level::Boxoban(set) = task.level else {
                    return Err(GameError::InvalidSetting(format!(
                        "puzzle picks a Boxoban puzzle; {} has none",
                        task.name
                    )));
                };
                let n: usize = value.parse().ok().filter(|n| *n < set.len()).ok_or_else(|| {
                    GameError::InvalidSetting(format!(
                        "puzzle must be a whole number below {} (the set's size), got '{value}'",
                        set.len()
                    ))
                })?;
                s.puzzle = Some(n);
            }
            other => {
                return Err(GameError::InvalidSetting(format!(
                    "unknown setting '{other}'; minihack knows core, disp, lgen, autopickup, character and (Boxoban) puzzle"
                )));
            }
        }
    }
    Ok(s)
}

/// NLE's options string for MiniHack: its options, autopickup, no pet, the player's name.
fn nethack_options(character: &str, autopickup: bool) -> String {
    let mut options = OPTIONS.to_string();
    if !autopickup {
        options.push_str(",!autopickup");
    }
    options.push_str(&format!(",pettype:none,name:Agent-{character}"));
    if character == "@" {
        options.push_str(",race:random,gender:random,align:random");
    }
    options
}

/// The level's des text and, for Boxoban, the puzzle's index.
fn des(task: &Task, seed: u64, puzzle: Option<usize>) -> Result<(String, Option<usize>), GameError> {
    Ok(match task.level {
        Level::File(name) => {
            (des_file(name).ok_or_else(|| GameError::InvalidSetting(format!("no des file {name}")))?.to_string(), None)
        }
        Level::Maze(w, h) => (level::mazewalk(w, h), None),
        Level::CorridorBattleDark => (level::corridor_battle(false), None),
        Level::Boxoban(set) => {
            // The puzzle follows from the seed (MiniHack draws it with Python's random).
            let index = puzzle.unwrap_or_else(|| automem_sdk::Rng::new(seed).below(set.len() as u64) as usize);
            let p = boxoban::puzzle(set, index)
                .ok_or_else(|| GameError::InvalidSetting(format!("no Boxoban puzzle {index}")))?;
            (p.des(), Some(index))
        }
    })
}

/// Cells of the map showing `symbol` (NLE's `chars`).
fn cells_showing(symbol: u8) -> Vec<(usize, usize)> {
    let chars = &ffi::obs().chars;
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if *c == symbol {
            out.push((i % ffi::MAP_COLS, i / ffi::MAP_COLS));
        }
    }
    out
}

impl Game {
    /// Boulders (`` ` ``) on the fountains seen at reset.
    fn boulders_placed(&self) -> usize {
        let boulders = cells_showing(b'`');
        self.fountains.iter().filter(|f| boulders.contains(f)).count()
    }

    fn solved(&self) -> bool {
        match self.task.goal {
            // NLE's internal[4]: the hero is on the down stairs.
            Goal::StairsDown => ffi::obs().internal[4] != 0,
            Goal::BouldersOnFountains => cells_showing(b'`').iter().copied().eq(sorted(self.fountains.clone())),
        }
    }

    /// NLE's `_perform_known_steps` after a key (MiniHack plays with allow_all_modes off):
    /// turn --More-- pages, refuse text prompts, and decline a y/n question unless the task
    /// leaves them to the agent or it asks what to eat, attack, pray or which direction.
    fn known_steps(&mut self, budget: &mut u32) {
        self.known_steps_as(budget, true);
    }

    /// The known steps; with `exceptions` false (NLE's `_quit_game`) every y/n is declined.
    fn known_steps_as(&mut self, budget: &mut u32, exceptions: bool) {
        while !self.ep.done && *budget > 0 {
            let obs = ffi::obs();
            *budget -= 1;
            if obs.internal[3] != 0 {
                self.ep.press_uncounted(b' ');
                continue;
            }
            if obs.internal[2] != 0 {
                self.ep.press_uncounted(actions::ESC);
                continue;
            }
            if obs.internal[1] != 0 {
                let message = &obs.message;
                let excepted = SKIP_EXCEPTIONS.iter().any(|e| message.windows(e.len()).any(|w| w == *e));
                if !(exceptions && (self.task.allow_all_yn || excepted)) {
                    self.ep.press_uncounted(actions::ESC);
                }
            }
            break;
        }
    }

    /// One env step of MiniHack's gym env: the key, the known steps, then whether the task is
    /// solved and MiniHack's reward. BALROG's 100-step limit is gym's TimeLimit around the env
    /// (MiniHack's own limits are longer), so a goal reached on the last step still counts.
    /// Returns (reward, solved).
    fn env_step(&mut self, key: u8, budget: &mut u32) -> (f64, bool) {
        let time_before = ffi::obs().blstats[20];
        self.ep.press(key);
        *budget = budget.saturating_sub(1);
        self.known_steps(budget);
        let solved = self.solved();
        let reward = self.reward(solved, time_before);
        (reward, solved)
    }

    /// NLE's `_quit_game` once the task is solved: out of any menu, `M-q`, `y`, through the
    /// final questions (declined) and pages. These keys are not env steps.
    fn quit_game(&mut self) {
        let mut budget = KEYS_PER_STEP;
        self.known_steps_as(&mut budget, false);
        if self.ep.done {
            return;
        }
        self.ep.press_uncounted(0x80 | b'q');
        if !self.ep.done {
            self.ep.press_uncounted(b'y');
        }
        self.known_steps_as(&mut budget, false);
    }

    /// MiniHack's reward for an env step that ended in this state.
    fn reward(&mut self, solved: bool, time_before: i64) -> f64 {
        match self.task.goal {
            Goal::StairsDown => {
                // reward_win on success, reward_lose (0) on death, and penalty_step when the
                // turn counter did not move.
                let frozen = ffi::obs().blstats[20] == time_before;
                let base = if solved { 1.0 } else { 0.0 };
                base + if frozen { PENALTY_STEP } else { 0.0 }
            }
            Goal::BouldersOnFountains => {
                let placed = self.boulders_placed();
                let shaped = (placed as f64 - self.placed as f64) * BOXOBAN_SHAPING;
                self.placed = placed;
                if solved {
                    1.0
                } else if self.ep.done {
                    0.0
                } else {
                    BOXOBAN_PENALTY + shaped
                }
            }
        }
    }
}

fn sorted(mut v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    v.sort_by_key(|&(x, y)| (y, x));
    v
}

/// The MiniHack game, as the component exports it.
pub struct MiniHack;

fn task_info(task: &Task) -> GameInfo {
    GameInfo {
        name: "minihack".into(),
        version: "1.0.2".into(),
        tasks: tasks::TASKS.iter().map(|t| t.name.to_string()).collect(),
        actions: task.actions.iter().map(|a| a.to_string()).collect(),
        default_action: "north".into(),
        max_steps: MAX_STEPS,
        instructions: task.instructions(),
    }
}

fn unknown(task: &str) -> GameError {
    let names: Vec<&str> = tasks::TASKS.iter().map(|t| t.name).collect();
    GameError::UnknownTask(format!("unknown task '{task}'; minihack has: {}", names.join(", ")))
}

impl Guest for MiniHack {
    fn info() -> GameInfo {
        task_info(&tasks::TASKS[0])
    }

    fn task_info(task: String) -> Result<GameInfo, GameError> {
        tasks::find(&task).map(task_info).ok_or_else(|| unknown(&task))
    }

    fn reset(seed: u64, options: TaskOptions) -> Result<Observation, GameError> {
        let task = tasks::find(&options.task).ok_or_else(|| unknown(&options.task))?;
        let s = settings(task, seed, &options)?;
        if EPISODE.with(|e| e.borrow().is_some()) {
            return Err(GameError::InvalidSetting(
                "this MiniHack instance has already played an episode: NetHack's C state cannot be reset in place, \
                 so each episode needs a fresh instance of the game"
                    .into(),
            ));
        }
        let (des, puzzle) = des(task, seed, s.puzzle)?;
        ffi::compile_level(&des)
            .map_err(|e| GameError::InvalidSetting(format!("lev_comp refused {}'s level: {e}", task.name)))?;
        let options_text = nethack_options(&s.character, s.autopickup);
        let files = [(c"nhdat", MHDAT), (c"dungeon", DUNGEON)];
        let start = ffi::Start { seeds: s.seeds, options: &options_text, spawn_monsters: false, files: &files };
        if !ffi::start(&start) {
            return Err(GameError::InvalidSetting("MiniHack runs only as a wasm32 component".into()));
        }
        let mut ep = Episode::new(options.max_steps.unwrap_or(MAX_STEPS), 0, "north");
        ep.enter_move_loop();
        ep.update_progress(&mut Vec::new());
        ep.progression = 0.0;
        let fountains = if task.goal == Goal::BouldersOnFountains { sorted(cells_showing(b'{')) } else { Vec::new() };
        let mut game = Game { ep, task, fountains, placed: 0, puzzle };
        game.placed = if task.goal == Goal::BouldersOnFountains { game.boulders_placed() } else { 0 };
        let observation = game.observation();
        EPISODE.with(|e| *e.borrow_mut() = Some(game));
        Ok(observation)
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        EPISODE.with(|e| {
            let mut slot = e.borrow_mut();
            let game = slot.as_mut().ok_or(GameError::NotStarted)?;
            if game.ep.done {
                return Err(GameError::EpisodeOver);
            }
            Ok(game.play(&action))
        })
    }

    fn draw() -> Option<Picture> {
        EPISODE.with(|e| e.borrow().is_some().then(nethack_core::picture::screen))
    }
}

impl Game {
    fn observation(&self) -> Observation {
        let mut obs = self.ep.observation();
        if let Some(index) = self.puzzle {
            // The info object ends in `}`: say which puzzle this is.
            if obs.info.ends_with('}') {
                obs.info.pop();
                obs.info.push_str(&format!(",\"task\":\"{}\",\"puzzle\":{index}}}", self.task.name));
            }
        } else if obs.info.ends_with('}') {
            obs.info.pop();
            obs.info.push_str(&format!(",\"task\":\"{}\"}}", self.task.name));
        }
        obs
    }

    /// One BALROG step: the action's key as one env step, then AutoMore (each page an env step).
    fn play(&mut self, action: &str) -> StepResult {
        let key = if self.task.actions.contains(&action) {
            actions::keys(action).and_then(|k| k.first().copied())
        } else {
            None
        };
        let valid = key.is_some();
        let key = key.unwrap_or(b'k');
        self.ep.last_invalid = (!valid).then(|| action.chars().take(60).collect());
        let mut budget = KEYS_PER_STEP;
        let (mut reward, mut solved) = self.env_step(key, &mut budget);
        // BALROG's AutoMore, on top of NLE's known steps (which leave it little to do): each
        // page turned is an env step of its own, with its own reward.
        let mut message = text::message(&ffi::obs().tty_chars);
        while !solved
            && !self.ep.done
            && self.ep.steps < self.ep.max_steps
            && message.contains("--More--")
            && budget > 0
        {
            message = message.replace("--More--", "\n");
            let (r, s) = self.env_step(actions::MORE, &mut budget);
            reward += r;
            solved = s;
            message.push_str(&text::message(&ffi::obs().tty_chars));
        }
        self.ep.message = message;
        let aborted = !solved && !self.ep.done && self.ep.steps >= self.ep.max_steps;
        let mut events = Vec::new();
        if solved {
            // BALROG's rule: progression is 1 when the step's reward reaches 1. A success on a
            // step that did not move the turn counter (a fast hero's extra move) is rewarded
            // 0.99 by MiniHack, and BALROG counts it 0; so do we, to stay comparable.
            self.ep.progression = if reward >= 1.0 { 1.0 } else { 0.0 };
            self.quit_game();
            self.ep.done = true;
            self.ep.end_reason = Some("task successful".into());
            events.push(GameEvent { kind: "achievement".into(), name: "task_successful".into() });
        } else if aborted {
            self.ep.done = true;
            self.ep.end_reason = Some("step limit".into());
            events.push(GameEvent { kind: "end".into(), name: "step limit".into() });
        } else if self.ep.done {
            let how = self.ep.end_reason.clone().unwrap_or_default();
            events.push(GameEvent { kind: "death".into(), name: how });
        }
        StepResult {
            observation: self.observation(),
            reward,
            done: self.ep.done,
            truncated: aborted,
            progression: self.ep.progression,
            action_valid: valid,
            events,
        }
    }
}

automem_sdk::export_game!(MiniHack);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn options_as_minihack_with_balrogs_choices() {
        assert_eq!(
            nethack_options("@", false),
            "color,showexp,nobones,nolegacy,nocmdassist,disclose:+i +a +v +g +c +o,runmode:teleport,\
             mention_walls,nosparkle,showscore,!autopickup,pettype:none,name:Agent-@,race:random,gender:random,align:random"
        );
        assert!(
            nethack_options("kni-hum-law-fem", true).ends_with("showscore,pettype:none,name:Agent-kni-hum-law-fem")
        );
    }

    #[test]
    fn settings_are_checked() {
        let opts = |task: &str, kv: &[(&str, &str)]| TaskOptions {
            task: task.into(),
            max_steps: None,
            settings: kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        };
        let maze = tasks::find("").unwrap();
        let battle = tasks::find("MiniHack-CorridorBattle-Dark-v0").unwrap();
        let boxoban = tasks::find("MiniHack-Boxoban-Hard-v0").unwrap();
        let s = settings(maze, 5, &opts("", &[("autopickup", "true")])).unwrap();
        assert!(s.autopickup && s.character == "@" && s.seeds.core == 5);
        assert_eq!(settings(battle, 5, &opts("", &[])).unwrap().character, "kni-hum-law-fem");
        assert!(matches!(settings(battle, 5, &opts("", &[("character", "@")])), Err(GameError::InvalidSetting(_))));
        assert!(matches!(settings(maze, 5, &opts("", &[("puzzle", "1")])), Err(GameError::InvalidSetting(_))));
        assert_eq!(settings(boxoban, 5, &opts("", &[("puzzle", "3331")])).unwrap().puzzle, Some(3331));
        assert!(matches!(settings(boxoban, 5, &opts("", &[("puzzle", "3332")])), Err(GameError::InvalidSetting(_))));
        assert!(matches!(settings(maze, 5, &opts("", &[("autopickup", "yes")])), Err(GameError::InvalidSetting(_))));
        assert!(matches!(settings(maze, 5, &opts("", &[("pet", "1")])), Err(GameError::InvalidSetting(_))));
    }

    #[test]
    fn a_boxoban_puzzle_follows_from_the_seed() {
        let task = tasks::find("MiniHack-Boxoban-Medium-v0").unwrap();
        let (a, ia) = des(task, 42, None).unwrap();
        let (b, ib) = des(task, 42, None).unwrap();
        let (_, ic) = des(task, 43, None).unwrap();
        assert_eq!((a, ia), (b, ib));
        assert_ne!(ia, ic);
        assert_eq!(des(task, 42, Some(7)).unwrap().1, Some(7));
    }
}
