//! `nethack`: NetHack 3.6.7 as NLE 1.3.0 ships it, compiled to WebAssembly with nothing imported,
//! played through BALROG's NetHack interface.
//!
//! The C side (NetHack, NLE's window port and tty capture, an in-module file system and the
//! asyncify stepper) is built by `automem build` from `cbuild.toml`; this crate is the game's face:
//! NLE's `NetHackChallenge-v0` seeding and options, BALROG's action names, AutoMore, the hybrid
//! text observation, `info` JSON, the progression table and the end reasons.
mod actions;
mod ffi;
mod info;
mod language;
mod progress;
mod text;

use automem_sdk::game::*;
use std::cell::RefCell;

/// BALROG's `max_episode_steps` for NetHack.
const MAX_STEPS: u32 = 100_000;
/// BALROG's `no_progress_timeout`: steps without the turn counter moving.
const NO_PROGRESS_TIMEOUT: u32 = 150;
/// NLE's reset presses space until the game is in its move loop, at most this often.
const RESET_KEYS: u32 = 1000;
/// Bound on the keys one BALROG step may send (AutoMore and the end of a game included).
const KEYS_PER_STEP: u32 = 1000;

/// NLE's NETHACKOPTIONS (nle/nethack/nethack.py).
const NETHACKOPTIONS: &str = "autopickup,color,disclose:+i +a +v +g +c +o,mention_walls,nobones,nocmdassist,\
nolegacy,nosparkle,pickup_burden:unencumbered,pickup_types:$?!/,runmode:teleport,showexp,showscore,time";

/// One episode.
struct Episode {
    max_steps: u32,
    no_progress_timeout: u32,
    /// Keys sent (NLE counts every env step, AutoMore's included).
    steps: u32,
    turn: i64,
    no_progress: u32,
    score: i64,
    depth: i64,
    xp: i64,
    progression: f64,
    done: bool,
    end_reason: Option<String>,
    message: String,
    last_invalid: Option<String>,
    /// The `fault` setting: the first step traps in C.
    fault: bool,
    /// The `observation=frame` setting: no BALROG text, only the info JSON (the tty frame and
    /// blstats, what NLE's gym returns as arrays), for raw-speed use.
    frame_only: bool,
}

thread_local! {
    static EPISODE: RefCell<Option<Episode>> = const { RefCell::new(None) };
}

/// Why an episode ended, as BALROG's progress records it.
fn how_done(how: i32) -> &'static str {
    match how {
        0 => "died",
        1 => "choked",
        2 => "poisoned",
        3 => "starved",
        4 => "drowned",
        5 => "burned",
        6 => "dissolved",
        7 => "crushed",
        8 => "stoned",
        9 => "turned to slime",
        10 => "genocided",
        11 => "panicked",
        12 => "tricked",
        13 => "quit",
        14 => "escaped",
        15 => "ascended",
        _ => "ended",
    }
}

impl Episode {
    /// Send one key and account for it (turn counter, limits, score).
    fn press(&mut self, key: u8) -> f64 {
        let running = ffi::step(key);
        self.steps += 1;
        let obs = ffi::obs();
        let turn = obs.blstats[20];
        if turn == self.turn {
            self.no_progress += 1;
        } else {
            self.turn = turn;
            self.no_progress = 0;
        }
        let score = obs.blstats[9];
        let reward = (score - self.score) as f64;
        self.score = score;
        if !running {
            self.done = true;
            self.end_reason.get_or_insert_with(|| how_done(obs.how_done).to_string());
        }
        reward
    }

    /// NLE's `_perform_known_steps` after the game is over: page through --More-- screens and
    /// refuse text prompts; a y/n question is left to the agent (allow_all_yn_questions).
    fn known_steps(&mut self, budget: &mut u32) -> f64 {
        let mut reward = 0.0;
        while !self.done && *budget > 0 {
            let internal = ffi::obs().internal;
            *budget -= 1;
            if internal[3] != 0 {
                reward += self.press(b' ');
            } else if internal[2] != 0 {
                reward += self.press(actions::ESC);
            } else {
                break;
            }
        }
        reward
    }

    fn limits_hit(&self) -> Option<&'static str> {
        if self.steps >= self.max_steps {
            Some("step limit")
        } else if self.no_progress_timeout > 0 && self.no_progress >= self.no_progress_timeout {
            Some("no progress")
        } else {
            None
        }
    }

    fn update_progress(&mut self, events: &mut Vec<GameEvent>) {
        let b = &ffi::obs().blstats;
        if b[12] != self.depth {
            self.depth = b[12];
            events.push(GameEvent { kind: "level".into(), name: format!("Dlvl:{}", b[12]) });
        }
        if b[18] > self.xp {
            self.xp = b[18];
            events.push(GameEvent { kind: "xp".into(), name: format!("Xp:{}", b[18]) });
        }
        self.progression = self.progression.max(progress::depth(b[12])).max(progress::xp(b[18]));
    }

    fn observation(&self) -> Observation {
        let obs = ffi::obs();
        if self.frame_only {
            return Observation {
                long_term_context: String::new(),
                short_term_context: String::new(),
                info: info::json(self, obs),
            };
        }
        let mut long = String::new();
        if let Some(bad) = &self.last_invalid {
            long.push_str(&format!(
                "Your previous output did not contain a valid action. Defaulted to action: esc ('{bad}' is not an action)\n\n"
            ));
        }
        // Written in place, in this order: message, language observation, cursor, map.
        let glyphs = language::glyphs();
        long.reserve(self.message.len() + glyphs.len() + 2200);
        long.push_str("message:\n");
        long.push_str(&self.message);
        long.push_str("\n\nlanguage observation:\n");
        long.push_str(&glyphs);
        long.push_str("\n\ncursor:\n");
        long.push_str(&language::cursor());
        long.push_str(&format!("\n(x={}, y={})\n\nmap:\n", obs.tty_cursor[1], obs.tty_cursor[0]));
        long.push_str(&text::map(&obs.tty_chars));
        long.push('\n');
        let short = format!("inventory:\n{}\n", text::inventory(&obs.inv_strs, &obs.inv_letters));
        Observation { long_term_context: long, short_term_context: short, info: info::json(self, obs) }
    }
}

/// What reset accepts.
struct Settings {
    seeds: ffi::Seeds,
    character: String,
    no_progress_timeout: u32,
    fault: bool,
    frame_only: bool,
}

fn parse_u64(key: &str, value: &str) -> Result<u64, GameError> {
    value
        .parse()
        .map_err(|_| GameError::InvalidSetting(format!("{key} must be a whole number from 0 to 2^64-1, got '{value}'")))
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
            "core" => s.seeds.core = parse_u64(key, value)?,
            "disp" => s.seeds.disp = parse_u64(key, value)?,
            "lgen" => s.seeds.lgen = Some(parse_u64(key, value)?),
            "character" => {
                let ok = !value.is_empty()
                    && value.len() <= 32
                    && value.bytes().all(|c| c.is_ascii_lowercase() || c == b'-' || c == b'@');
                if !ok {
                    return Err(GameError::InvalidSetting(format!(
                        "character must be '@' (random) or like 'mon-hum-neu-mal' (role-race-alignment-gender, each may be '@'), got '{value}'"
                    )));
                }
                s.character = value.clone();
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
        if !ffi::start(s.seeds, &nethack_options(&s.character)) {
            return Err(GameError::InvalidSetting("NetHack runs only as a wasm32 component".into()));
        }
        let mut ep = Episode {
            max_steps: options.max_steps.unwrap_or(MAX_STEPS),
            no_progress_timeout: s.no_progress_timeout,
            steps: 0,
            turn: ffi::obs().blstats[20],
            no_progress: 0,
            score: ffi::obs().blstats[9],
            depth: 0,
            xp: 0,
            progression: 0.0,
            done: false,
            end_reason: None,
            message: String::new(),
            last_invalid: None,
            fault: s.fault,
            frame_only: s.frame_only,
        };
        // NLE's reset: space until the game is in its move loop.
        for _ in 0..RESET_KEYS {
            if ffi::obs().program_state[3] != 0 || !ffi::step(b' ') {
                break;
            }
        }
        ep.turn = ffi::obs().blstats[20];
        ep.score = ffi::obs().blstats[9];
        ep.update_progress(&mut Vec::new());
        ep.message = text::message(&ffi::obs().tty_chars);
        let observation = ep.observation();
        EPISODE.with(|e| *e.borrow_mut() = Some(ep));
        Ok(observation)
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        EPISODE.with(|e| {
            let mut slot = e.borrow_mut();
            let ep = slot.as_mut().ok_or(GameError::NotStarted)?;
            if ep.done {
                return Err(GameError::EpisodeOver);
            }
            if ep.fault {
                ffi::fault_indirect_call();
            }
            Ok(play(ep, &action))
        })
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
        reward += ep.known_steps(&mut budget);
    }
    // AutoMore: press `more` while the message holds --More--, joining the messages.
    let mut message = text::message(&ffi::obs().tty_chars);
    while truncated.is_none() && !ep.done && message.contains("--More--") && budget > 0 {
        message = message.replace("--More--", "\n");
        reward += ep.press(actions::MORE);
        budget -= 1;
        truncated = ep.limits_hit();
        message.push_str(&text::message(&ffi::obs().tty_chars));
    }
    ep.message = message;
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
