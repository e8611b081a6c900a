//! `nethack-core`: what the NetHack and MiniHack game components share.
//!
//! Both link the same C library (NetHack 3.6.7 as NLE 1.3.0 ships it, NLE's window port and tty
//! capture, an in-module file system, lev_comp, the asyncify stepper; built by `automem build`
//! from `games/nethack/cbuild.toml`). This crate is its Rust face: the FFI ([`ffi`]), BALROG's
//! action names ([`actions`]), the hybrid text observation ([`text`], [`language`]), the `info`
//! JSON ([`info`]), NetHack's progression table ([`progress`]) and one episode's counters and key
//! presses ([`Episode`]). Each component adds its own rules: seeding, options, the step loop, the
//! reward and when an episode ends.
pub mod actions;
pub mod ffi;
pub mod info;
pub mod language;
pub mod picture;
pub mod progress;
pub mod text;

use automem_sdk::game::{GameError, GameEvent, Observation};

/// NLE's reset presses space until the game is in its move loop, at most this often.
pub const RESET_KEYS: u32 = 1000;
/// Bound on the keys one BALROG step may send (AutoMore and the end of a game included).
pub const KEYS_PER_STEP: u32 = 1000;

/// A seed setting (`core`, `disp`, `lgen`): a whole number from 0 to 2^64-1.
pub fn parse_seed(key: &str, value: &str) -> Result<u64, GameError> {
    value
        .parse()
        .map_err(|_| GameError::InvalidSetting(format!("{key} must be a whole number from 0 to 2^64-1, got '{value}'")))
}

/// A `character` setting: `@` (random) or NLE's `role-race-alignment-gender`, each part may be `@`.
pub fn parse_character(value: &str) -> Result<String, GameError> {
    let ok = !value.is_empty()
        && value.len() <= 32
        && value.bytes().all(|c| c.is_ascii_lowercase() || c == b'-' || c == b'@');
    if ok {
        Ok(value.to_string())
    } else {
        Err(GameError::InvalidSetting(format!(
            "character must be '@' (random) or like 'mon-hum-neu-mal' (role-race-alignment-gender, each may be '@'), got '{value}'"
        )))
    }
}

/// One episode's state on the Rust side (the game's own state is in C).
pub struct Episode {
    /// The step limit (env steps, as NLE counts them).
    pub max_steps: u32,
    /// BALROG's no-progress timeout in steps (0: off).
    pub no_progress_timeout: u32,
    /// The action an invalid one is replaced by (named in the next observation).
    pub default_action: &'static str,
    /// Keys sent (NLE counts every env step, AutoMore's included).
    pub steps: u32,
    /// The turn counter after the last key.
    pub turn: i64,
    /// Keys since the turn counter last moved.
    pub no_progress: u32,
    /// The in-game score after the last key.
    pub score: i64,
    /// Deepest dungeon level seen.
    pub depth: i64,
    /// Highest experience level seen.
    pub xp: i64,
    /// BALROG's progression so far.
    pub progression: f64,
    /// The episode is over.
    pub done: bool,
    /// Why it ended.
    pub end_reason: Option<String>,
    /// The message shown with the current observation (AutoMore's joined pages).
    pub message: String,
    /// The last action when it was not valid (echoed in the next observation).
    pub last_invalid: Option<String>,
    /// No BALROG text, only the info JSON (NetHack's `observation=frame` setting).
    pub frame_only: bool,
}

/// Why a game ended, as NetHack's `how` codes name it (BALROG's progress records this).
pub fn how_done(how: i32) -> &'static str {
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
    /// An episode of a game that [`ffi::start`] has just started (before NLE's reset keys).
    pub fn new(max_steps: u32, no_progress_timeout: u32, default_action: &'static str) -> Self {
        let obs = ffi::obs();
        Episode {
            max_steps,
            no_progress_timeout,
            default_action,
            steps: 0,
            turn: obs.blstats[20],
            no_progress: 0,
            score: obs.blstats[9],
            depth: 0,
            xp: 0,
            progression: 0.0,
            done: false,
            end_reason: None,
            message: String::new(),
            last_invalid: None,
            frame_only: false,
        }
    }

    /// NLE's reset: space until the game is in its move loop; then the counters start.
    pub fn enter_move_loop(&mut self) {
        for _ in 0..RESET_KEYS {
            if ffi::obs().program_state[3] != 0 || !ffi::step(b' ') {
                break;
            }
        }
        self.turn = ffi::obs().blstats[20];
        self.score = ffi::obs().blstats[9];
        self.message = text::message(&ffi::obs().tty_chars);
    }

    /// Send one key that the game sees without an env step counted (NLE's known steps).
    pub fn press_uncounted(&mut self, key: u8) -> f64 {
        let running = ffi::step(key);
        let obs = ffi::obs();
        let turn = obs.blstats[20];
        if turn != self.turn {
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

    /// Send one key as one env step and account for it (turn counter, limits, score); the
    /// score's change is returned.
    pub fn press(&mut self, key: u8) -> f64 {
        let turn = self.turn;
        let reward = self.press_uncounted(key);
        self.steps += 1;
        if self.turn == turn {
            self.no_progress += 1;
        }
        reward
    }

    /// Which limit, if any, ends the episode now.
    pub fn limits_hit(&self) -> Option<&'static str> {
        if self.steps >= self.max_steps {
            Some("step limit")
        } else if self.no_progress_timeout > 0 && self.no_progress >= self.no_progress_timeout {
            Some("no progress")
        } else {
            None
        }
    }

    /// BALROG's NetHack progression: the deepest level and the highest experience level, with
    /// an event for each new one.
    pub fn update_progress(&mut self, events: &mut Vec<GameEvent>) {
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

    /// BALROG's AutoMore: press `more` while the message holds --More--, joining the pages.
    /// `on_key` accounts for each press (the reward of that env step) and says whether the
    /// episode must stop (a limit, the task solved).
    pub fn auto_more(&mut self, budget: &mut u32, mut on_key: impl FnMut(&mut Self, f64) -> bool) {
        let mut message = text::message(&ffi::obs().tty_chars);
        while !self.done && message.contains("--More--") && *budget > 0 {
            message = message.replace("--More--", "\n");
            let reward = self.press(actions::MORE);
            *budget -= 1;
            let stop = on_key(self, reward);
            message.push_str(&text::message(&ffi::obs().tty_chars));
            if stop {
                break;
            }
        }
        self.message = message;
    }

    /// The hybrid text observation BALROG builds, with the `info` JSON.
    pub fn observation(&self) -> Observation {
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
                "Your previous output did not contain a valid action. Defaulted to action: {} ('{bad}' is not an action)\n\n",
                self.default_action
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
