//! `corridor`: the smallest real automem game, and the README's example of writing one.
//!
//! The player stands in a corridor of `length` cells. A key lies somewhere in it and a locked door
//! is at one end; the player must pick up the key, then open the door. Only the cells next to the
//! player are described, so an agent that remembers where things were does better.
use automem_sdk::Rng;
use automem_sdk::game::*;
use std::cell::RefCell;

const ACTIONS: [&str; 5] = ["west", "east", "pick up", "open door", "wait"];
const DEFAULT_LENGTH: u32 = 12;

/// One episode's state.
struct Corridor {
    length: u32,
    player: u32,
    key: Option<u32>,
    door: u32,
    has_key: bool,
    opened: bool,
    steps: u32,
    max_steps: u32,
    last_invalid: Option<String>,
}

thread_local! {
    static EPISODE: RefCell<Option<Corridor>> = const { RefCell::new(None) };
}

impl Corridor {
    fn new(seed: u64, length: u32, max_steps: u32) -> Self {
        let mut rng = Rng::new(seed);
        let door = if rng.below(2) == 0 { 0 } else { length - 1 };
        let player = length / 2;
        let mut key = rng.below(u64::from(length)) as u32;
        if key == player || key == door {
            key = (key + 2) % length;
        }
        Corridor {
            length,
            player,
            key: Some(key),
            door,
            has_key: false,
            opened: false,
            steps: 0,
            max_steps,
            last_invalid: None,
        }
    }

    fn describe(&self, cell: u32) -> &'static str {
        if Some(cell) == self.key {
            "a key"
        } else if cell == self.door {
            if self.opened { "an open door" } else { "a locked door" }
        } else {
            "bare floor"
        }
    }

    fn observation(&self) -> Observation {
        let mut long = String::new();
        if let Some(bad) = &self.last_invalid {
            long.push_str(&format!("'{bad}' is not a valid action; you waited instead.\n"));
        }
        long.push_str(&format!("You are in a corridor, at cell {} of {}.\n", self.player, self.length));
        long.push_str(&format!("Here: {}.\n", self.describe(self.player)));
        if self.player > 0 {
            long.push_str(&format!("West: {}.\n", self.describe(self.player - 1)));
        } else {
            long.push_str("West: a wall.\n");
        }
        if self.player + 1 < self.length {
            long.push_str(&format!("East: {}.", self.describe(self.player + 1)));
        } else {
            long.push_str("East: a wall.");
        }
        let short = if self.has_key { "You hold a key." } else { "Your hands are empty." };
        let info = format!(
            "{{\"position\":{},\"length\":{},\"has_key\":{},\"opened\":{},\"step\":{}}}",
            self.player, self.length, self.has_key, self.opened, self.steps
        );
        Observation { long_term_context: long, short_term_context: short.to_string(), info }
    }

    /// The corridor as one row of tiles ("player", "key", "door-locked", "door-open", "floor"),
    /// at most 256 cells around the player (the most a tile row may have).
    fn picture(&self) -> Picture {
        let width = self.length.min(256);
        let start = self.player.saturating_sub(width / 2).min(self.length - width);
        let cells = (start..start + width)
            .map(|cell| {
                let name = if cell == self.player {
                    "player"
                } else if Some(cell) == self.key {
                    "key"
                } else if cell == self.door {
                    if self.opened { "door-open" } else { "door-locked" }
                } else {
                    "floor"
                };
                name.to_string()
            })
            .collect();
        Picture::Tiles(TileGrid { width, height: 1, cells })
    }

    fn progression(&self) -> f64 {
        match (self.has_key, self.opened) {
            (_, true) => 1.0,
            (true, false) => 0.5,
            _ => 0.0,
        }
    }

    fn step(&mut self, action: &str) -> StepResult {
        let valid = ACTIONS.contains(&action);
        self.last_invalid = (!valid).then(|| action.to_string());
        let mut events = Vec::new();
        let mut reward = 0.0;
        match if valid { action } else { "wait" } {
            "west" => self.player = self.player.saturating_sub(1),
            "east" => self.player = (self.player + 1).min(self.length - 1),
            "pick up" if Some(self.player) == self.key => {
                self.key = None;
                self.has_key = true;
                reward = 0.5;
                events.push(GameEvent { kind: "achievement".into(), name: "pick_up_key".into() });
            }
            "open door" if self.player == self.door && self.has_key && !self.opened => {
                self.opened = true;
                reward = 0.5;
                events.push(GameEvent { kind: "achievement".into(), name: "open_door".into() });
            }
            _ => {}
        }
        self.steps += 1;
        let truncated = !self.opened && self.steps >= self.max_steps;
        StepResult {
            observation: self.observation(),
            reward,
            done: self.opened || truncated,
            truncated,
            progression: self.progression(),
            action_valid: valid,
            events,
        }
    }
}

/// The corridor game, as the component exports it.
pub struct CorridorGame;

impl Guest for CorridorGame {
    fn task_info(task: String) -> Result<GameInfo, GameError> {
        automem_sdk::game::same_for_every_task(Self::info(), &task)
    }

    fn info() -> GameInfo {
        GameInfo {
            name: "corridor".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            tasks: vec!["default".into()],
            actions: ACTIONS.iter().map(|a| a.to_string()).collect(),
            default_action: "wait".into(),
            max_steps: 100,
            instructions: "You are in a dark corridor. Somewhere in it lies a key, and at one end \
                is a locked door. You only see the cells next to you. Pick up the key, walk to the \
                door and open it.\nActions: west, east, pick up, open door, wait."
                .into(),
        }
    }

    fn reset(seed: u64, options: TaskOptions) -> Result<Observation, GameError> {
        if !(options.task.is_empty() || options.task == "default") {
            return Err(GameError::UnknownTask(options.task));
        }
        let mut length = DEFAULT_LENGTH;
        for (key, value) in &options.settings {
            match key.as_str() {
                "length" => {
                    length = value.parse().ok().filter(|n| (4..=10_000).contains(n)).ok_or_else(|| {
                        GameError::InvalidSetting(format!(
                            "length must be a whole number from 4 to 10000, got '{value}'"
                        ))
                    })?;
                }
                other => {
                    return Err(GameError::InvalidSetting(format!(
                        "unknown setting '{other}'; corridor knows only 'length'"
                    )));
                }
            }
        }
        let game = Corridor::new(seed, length, options.max_steps.unwrap_or(100));
        let observation = game.observation();
        EPISODE.with(|e| *e.borrow_mut() = Some(game));
        Ok(observation)
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        EPISODE.with(|e| {
            let mut slot = e.borrow_mut();
            let game = slot.as_mut().ok_or(GameError::NotStarted)?;
            if game.opened || game.steps >= game.max_steps {
                return Err(GameError::EpisodeOver);
            }
            Ok(game.step(&action))
        })
    }

    fn draw() -> Option<Picture> {
        EPISODE.with(|e| e.borrow().as_ref().map(Corridor::picture))
    }
}

automem_sdk::export_game!(CorridorGame);
