//! `nethack`: NetHack 3.6.7 as NLE 1.3.0 ships it, compiled to WebAssembly with nothing imported,
//! played as NLE's `NetHackChallenge-v0` through BALROG's NetHack interface.
//!
//! The C side (NetHack, NLE's window port and tty capture, an in-module file system and the
//! asyncify stepper) is built by `automem build` from `cbuild.toml`; the Rust face it shares with
//! MiniHack is `nethack-core` (core/). This crate holds what is NetHackChallenge's own: NLE's
//! seeding and options, the step loop, the score as reward, the progression table's levels and
//! the end reasons.
use automem_sdk::game::*;
use nethack_core::{Episode, KEYS_PER_STEP, actions, ffi, language, text};
use std::cell::RefCell;

/// BALROG's `max_episode_steps` for NetHack.
const MAX_STEPS: u32 = 100_000;
/// BALROG's `no_progress_timeout`: steps without the turn counter moving.
const NO_PROGRESS_TIMEOUT: u32 = 150;

/// NLE's NETHACKOPTIONS (nle/nethack/nethack.py).
const NETHACKOPTIONS: &str = "autopickup,color,disclose:+i +a +v +g +c +o,mention_walls,nobones,nocmdassist,\
nolegacy,nosparkle,pickup_burden:unencumbered,pickup_types:$?!/,runmode:teleport,showexp,showscore,time";

/// NetHack's data archive, built for wasm32 by `automem build`.
#[cfg(target_arch = "wasm32")]
static NHDAT: &[u8] = include_bytes!(concat!(env!("NETHACK_DATA"), "/nhdat"));
#[cfg(not(target_arch = "wasm32"))]
static NHDAT: &[u8] = &[];

/// One episode: the shared counters and the `fault` test hook (the first step traps in C).
struct Game {
    ep: Episode,
    fault: bool,
}

thread_local! {
    static EPISODE: RefCell<Option<Game>> = const { RefCell::new(None) };
}

/// NLE's `_perform_known_steps` after the game is over: page through --More-- screens and
/// refuse text prompts; a y/n question is left to the agent (allow_all_yn_questions).
fn known_steps(ep: &mut Episode, budget: &mut u32) -> f64 {
    let mut reward = 0.0;
    while !ep.done && *budget > 0 {
        let internal = ffi::obs().internal;
        *budget -= 1;
        if internal[3] != 0 {
            reward += ep.press(b' ');
        } else if internal[2] != 0 {
            reward += ep.press(actions::ESC);
        } else {
            break;
        }
    }
    reward
}

/// What reset accepts.
struct Settings {
    seeds: ffi::Seeds,
    character: String,
    no_progress_timeout: u32,
    fault: bool,
    /// The `observation=frame` setting: no BALROG text, only the info JSON (the tty frame and
    /// blstats, what NLE's gym returns as arrays), for raw-speed use.
    frame_only: bool,
}

fn settings(seed: u64, options: &TaskOptions) -> Result<Settings, GameError> {
    if !(options.task.is_empty() || options.task == "NetHackChallenge-v0") {
        return Err(GameError::UnknownTask(options.task.clone()));
    }
    let mut s = Settings {
        seeds: ffi::Seeds { core: seed, disp: seed, lgen: None },
        character: "@".into(),
        no_progress_timeout: NO_PROGRESS_TIMEOUT,
        fault: false,
        frame_only: false,
    };
    for (key, value) in &options.settings {
        match key.as_str() {
            "core" => s.seeds.core = nethack_core::parse_seed(key, value)?,
            "disp" => s.seeds.disp = nethack_core::parse_seed(key, value)?,
            "lgen" => s.seeds.lgen = Some(nethack_core::parse_seed(key, value)?),
            "character" => {
                s.character = nethack_core::parse_character(value)?;
            }
            "no_progress_timeout" => {
                s.no_progress_timeout = value.parse().map_err(|_| {
                    GameError::InvalidSetting(format!(
                        "no_progress_timeout must be a whole number of steps (0 turns it off), got '{value}'"
                    ))
                })?;
            }
            "observation" if value == "text" || value == "frame" => s.frame_only = value == "frame",
            "observation" => {
                return Err(GameError::InvalidSetting(format!(
                    "observation must be 'text' (BALROG's text, the default) or 'frame' (only the info JSON: \
                     the tty frame and blstats), got '{value}'"
                )));
            }
            // A test hook: how a trap in the C side (a signature bug) is reported.
            "fault" if value == "indirect-call" => s.fault = true,
            "fault" => {
                return Err(GameError::InvalidSetting(format!(
                    "fault (a test hook) takes only 'indirect-call', got '{value}'"
                )));
            }
            other => {
                return Err(GameError::InvalidSetting(format!(
                    "unknown setting '{other}'; nethack knows core, disp, lgen, character, no_progress_timeout and observation"
                )));
            }
        }
    }
    Ok(s)
}

/// NLE's options for `playername="Agent-<character>"`.
fn nethack_options(character: &str) -> String {
    let mut options = format!("{NETHACKOPTIONS},name:Agent-{character}");
    if character == "@" {
        options.push_str(",race:random,gender:random,align:random");
    }
    options
}

/// The NetHack game, as the component exports it.
pub struct NetHack;

impl Guest for NetHack {
    fn task_info(task: String) -> Result<GameInfo, GameError> {
        same_for_every_task(Self::info(), &task)
    }

    fn info() -> GameInfo {
        GameInfo {
            name: "nethack".into(),
            version: "3.6.7".into(),
            tasks: vec!["NetHackChallenge-v0".into()],
            actions: actions::all(),
            default_action: "esc".into(),
            max_steps: MAX_STEPS,
            instructions: language::INSTRUCTIONS.into(),
        }
    }

    fn reset(seed: u64, options: TaskOptions) -> Result<Observation, GameError> {
        let s = settings(seed, &options)?;
        if EPISODE.with(|e| e.borrow().is_some()) {
            return Err(GameError::InvalidSetting(
                "this NetHack instance has already played an episode: NetHack's C state cannot be reset in place, \
                 so each episode needs a fresh instance of the game"
                    .into(),
            ));
        }
        let options_text = nethack_options(&s.character);
        let files = [(c"nhdat", NHDAT)];
        let start = ffi::Start { seeds: s.seeds, options: &options_text, spawn_monsters: true, files: &files };
        if !ffi::start(&start) {
            return Err(GameError::InvalidSetting("NetHack runs only as a wasm32 component".into()));
        }
        let mut ep = Episode::new(options.max_steps.unwrap_or(MAX_STEPS), s.no_progress_timeout, "esc");
        ep.frame_only = s.frame_only;
        ep.enter_move_loop();
        ep.update_progress(&mut Vec::new());
        let observation = ep.observation();
        EPISODE.with(|e| *e.borrow_mut() = Some(Game { ep, fault: s.fault }));
        Ok(observation)
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        EPISODE.with(|e| {
            let mut slot = e.borrow_mut();
            let game = slot.as_mut().ok_or(GameError::NotStarted)?;
            if game.ep.done {
                return Err(GameError::EpisodeOver);
            }
            if game.fault {
                ffi::fault_indirect_call();
            }
            Ok(play(&mut game.ep, &action))
        })
    }

    fn draw() -> Option<Picture> {
        EPISODE.with(|e| e.borrow().is_some().then(nethack_core::picture::screen))
    }
}

/// One BALROG step: the action's keys, the end-of-game pages, then AutoMore.
fn play(ep: &mut Episode, action: &str) -> StepResult {
    let (keys, valid) = match actions::keys(action) {
        Some(keys) => (keys, true),
        None => (vec![actions::ESC], false),
    };
    ep.last_invalid = (!valid).then(|| action.chars().take(60).collect());
    let mut budget = KEYS_PER_STEP;
    let mut reward = 0.0;
    let mut truncated = None;
    for key in keys {
        reward += ep.press(key);
        budget -= 1;
        if ep.done {
            break;
        }
        if let Some(why) = ep.limits_hit() {
            truncated = Some(why);
            break;
        }
    }
    let mut events = Vec::new();
    if truncated.is_none() && !ep.done && ffi::obs().program_state[0] != 0 {
        reward += known_steps(ep, &mut budget);
    }
    if truncated.is_none() {
        ep.auto_more(&mut budget, |ep, r| {
            reward += r;
            truncated = ep.limits_hit();
            truncated.is_some()
        });
    } else {
        ep.message = text::message(&ffi::obs().tty_chars);
    }
    if truncated.is_none() && !ep.done {
        truncated = ep.limits_hit();
    }
    ep.update_progress(&mut events);
    if let Some(why) = truncated {
        ep.done = true;
        ep.end_reason = Some(why.to_string());
        events.push(GameEvent { kind: "end".into(), name: why.into() });
    } else if ep.done {
        let how = ep.end_reason.clone().unwrap_or_default();
        let kind = if how == "ascended" || how == "escaped" { "end" } else { "death" };
        events.push(GameEvent { kind: kind.into(), name: how });
    }
    StepResult {
        observation: ep.observation(),
        reward,
        done: ep.done,
        truncated: truncated.is_some(),
        progression: ep.progression,
        action_valid: valid,
        events,
    }
}

automem_sdk::export_game!(NetHack);

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn options_as_nle() {
        let o = nethack_options("@");
        assert!(o.starts_with("autopickup,color,disclose:+i +a +v +g +c +o,"));
        assert!(o.ends_with(",time,name:Agent-@,race:random,gender:random,align:random"));
        assert!(nethack_options("mon-hum-neu-mal").ends_with("name:Agent-mon-hum-neu-mal"));
    }

    #[test]
    fn settings_are_checked() {
        let opts = |kv: &[(&str, &str)]| TaskOptions {
            task: String::new(),
            max_steps: None,
            settings: kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        };
        let s = settings(7, &opts(&[])).expect("defaults");
        assert_eq!(s.seeds, ffi::Seeds { core: 7, disp: 7, lgen: None });
        let s = settings(7, &opts(&[("core", "18446744073709551615"), ("lgen", "3")])).expect("seeds");
        assert_eq!(s.seeds.core, u64::MAX);
        assert_eq!(s.seeds.lgen, Some(3));
        assert!(matches!(settings(7, &opts(&[("core", "-1")])), Err(GameError::InvalidSetting(_))));
        assert!(matches!(settings(7, &opts(&[("character", "x;y")])), Err(GameError::InvalidSetting(_))));
        assert!(matches!(settings(7, &opts(&[("colour", "1")])), Err(GameError::InvalidSetting(_))));
        assert!(settings(7, &opts(&[("observation", "frame")])).expect("frame").frame_only);
        assert!(!settings(7, &opts(&[("observation", "text")])).expect("text").frame_only);
        assert!(matches!(settings(7, &opts(&[("observation", "pixels")])), Err(GameError::InvalidSetting(_))));
        let bad_task = TaskOptions { task: "NetHackScore-v0".into(), max_steps: None, settings: vec![] };
        assert!(matches!(settings(7, &bad_task), Err(GameError::UnknownTask(_))));
    }
}
