//! The native API: [`Env`] with `reset` and `step` over BALROG's action strings.
//!
//! Choices made where BALROG's harness and our contract meet:
//! - `reset` plays one hidden Noop step after generating the world, because BALROG's wrapper
//!   does exactly that before showing the first observation. It is not counted in `steps`.
//! - `length` counts the agent's steps; at `length` the episode ends `truncated` (unless the
//!   player died in that step).
//! - The reward is Crafter's: (health change) / 10, plus 1 when the step unlocked anything new
//!   (Crafter adds 1 once even in the rare step that unlocks two achievements).
//! - After the episode is over, `step` changes nothing and repeats the final observation.

use crate::info;
use crate::layout;
use crate::objects::{Kind, Object, RIPE_AFTER};
use crate::rules::{ACHIEVEMENTS, Action, Item};
use crate::sim::{Sim, daylight};
use crate::text::{self, Tiles, View};
use crate::world::{Material, Occupant};

/// How an episode is set up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// World size in cells, `(width, height)`; Crafter's default is 64 x 64.
    pub area: (u32, u32),
    /// Episode length in agent steps; Crafter's default is 10,000 (BALROG runs 2,000).
    pub length: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config { area: (64, 64), length: 10_000 }
    }
}

/// What the agent sees, split as BALROG splits it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Obs {
    /// Status line, surroundings and the faced cell.
    pub long_term: String,
    /// Vitals and inventory.
    pub short_term: String,
    /// Structured state as a JSON object (see the `info` module docs).
    pub info_json: String,
}

/// What one step did.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The observation after the step.
    pub obs: Obs,
    /// Crafter's reward for this step.
    pub reward: f64,
    /// The episode is over (death or `truncated`).
    pub done: bool,
    /// The episode hit its length limit.
    pub truncated: bool,
    /// Achievements unlocked so far / 22 (BALROG's progression).
    pub progression: f64,
    /// The action string was one of [`crate::ACTIONS`]; otherwise Noop ran.
    pub action_valid: bool,
    /// Achievements unlocked for the first time in this step.
    pub unlocked: Vec<&'static str>,
}

/// One Crafter game.
#[derive(Clone, Debug)]
pub struct Env {
    config: Config,
    sim: Sim,
    steps: u32,
    last_health: i32,
    done: bool,
    truncated: bool,
    last_invalid: bool,
}

impl Env {
    /// A game with `config`, already reset with seed 0.
    pub fn new(config: Config) -> Env {
        Env::start(config, 0)
    }

    pub(crate) fn start(config: Config, seed: u64) -> Env {
        let (w, h) = config.area;
        let mut sim = Sim::generate(seed, w.clamp(1, 4096) as i32, h.clamp(1, 4096) as i32);
        sim.tick(Action::Noop);
        Env::wrap(config, sim)
    }

    fn wrap(config: Config, sim: Sim) -> Env {
        let last_health = sim.player.health();
        Env { config, sim, steps: 0, last_health, done: false, truncated: false, last_invalid: false }
    }

    /// Start a new episode; the same seed always gives the same episode.
    pub fn reset(&mut self, seed: u64) -> Obs {
        *self = Env::start(self.config, seed);
        self.observe()
    }

    /// A hand-built game from an ASCII map (see the `layout` module); no hidden first step,
    /// creature balancing off (see [`Env::debug_set_balance`]).
    pub fn from_layout(rows: &[&str], seed: u64, length: u32) -> Result<Env, String> {
        let sim = layout::build(rows, seed)?;
        let area = (sim.world.width as u32, sim.world.height as u32);
        Ok(Env::wrap(Config { area, length }, sim))
    }

    /// Play one of BALROG's action strings; anything else runs Noop and says so next time.
    pub fn step(&mut self, action: &str) -> Outcome {
        let parsed = Action::parse(action);
        if self.done {
            return self.outcome(0.0, parsed.is_some(), Vec::new());
        }
        let before = self.sim.player.achievements;
        self.sim.tick(parsed.unwrap_or(Action::Noop));
        self.steps += 1;
        let health = self.sim.player.health();
        let mut reward = f64::from(health - self.last_health) / 10.0;
        self.last_health = health;
        let new = self.sim.player.achievements & !before;
        if new != 0 {
            reward += 1.0;
        }
        let dead = health <= 0;
        self.truncated = !dead && self.steps >= self.config.length;
        self.done = dead || self.truncated;
        self.last_invalid = parsed.is_none();
        let unlocked = (0..ACHIEVEMENTS.len()).filter(|i| new & (1 << i) != 0).map(|i| ACHIEVEMENTS[i]).collect();
        self.outcome(reward, parsed.is_some(), unlocked)
    }

    fn outcome(&self, reward: f64, action_valid: bool, unlocked: Vec<&'static str>) -> Outcome {
        Outcome {
            obs: self.observe(),
            reward,
            done: self.done,
            truncated: self.truncated,
            progression: self.progression(),
            action_valid,
            unlocked,
        }
    }

    /// The current observation.
    pub fn observe(&self) -> Obs {
        let p = &self.sim.player;
        let view = View::capture(&self.sim.world, p.x, p.y);
        let mut long_term = String::with_capacity(256);
        text::long_term(&self.sim, &view, self.last_invalid, &mut long_term);
        let mut short_term = String::with_capacity(160);
        text::short_term(p, &mut short_term);
        let mut info_json = String::with_capacity(768);
        info::write_json(&self.sim, &view, self.steps, &mut info_json);
        Obs { long_term, short_term, info_json }
    }

    /// The local view (the 9x7 window the text describes) as named tiles, for viewers.
    pub fn tiles(&self) -> Tiles {
        let p = &self.sim.player;
        View::capture(&self.sim.world, p.x, p.y).tiles(p.facing, p.sleeping)
    }

    /// The configuration.
    pub fn config(&self) -> Config {
        self.config
    }

    /// Agent steps taken this episode.
    pub fn steps(&self) -> u32 {
        self.steps
    }

    /// The episode is over.
    pub fn done(&self) -> bool {
        self.done
    }

    /// Achievements unlocked so far / 22.
    pub fn progression(&self) -> f64 {
        f64::from(self.sim.player.achievements.count_ones()) / ACHIEVEMENTS.len() as f64
    }

    /// Names of the achievements unlocked so far, in Crafter's order.
    pub fn achievements(&self) -> Vec<&'static str> {
        let mask = self.sim.player.achievements;
        (0..ACHIEVEMENTS.len()).filter(|i| mask & (1 << i) != 0).map(|i| ACHIEVEMENTS[i]).collect()
    }

    /// Count of an inventory item or vital by Crafter's name ("wood", "health", ...).
    pub fn item(&self, name: &str) -> Option<i32> {
        Item::from_name(name).map(|i| self.sim.player.get(i))
    }

    /// The player's cell `(x, y)`.
    pub fn position(&self) -> (i32, i32) {
        (self.sim.player.x, self.sim.player.y)
    }

    /// The unit step the player faces, e.g. `(0, 1)` for south.
    pub fn facing(&self) -> (i32, i32) {
        self.sim.player.facing
    }

    /// The player is asleep.
    pub fn sleeping(&self) -> bool {
        self.sim.player.sleeping
    }

    /// Daylight of the current step, in [0, 1].
    pub fn daylight(&self) -> f64 {
        self.sim.daylight
    }

    /// World steps since generation (one more than `steps` after `reset`, for the hidden Noop).
    pub fn world_step(&self) -> u32 {
        self.sim.step
    }

    /// The material at a cell, by Crafter's name; `None` off the map.
    pub fn material(&self, x: i32, y: i32) -> Option<&'static str> {
        self.sim.world.material(x, y).map(Material::name)
    }

    /// The object at a cell as `(kind, health)`; the player is reported as `("player", health)`.
    pub fn object(&self, x: i32, y: i32) -> Option<(&'static str, i32)> {
        match self.sim.world.occupant(x, y) {
            Occupant::Empty => None,
            Occupant::Player => Some(("player", self.sim.player.health())),
            Occupant::Object(slot) => {
                let o = &self.sim.world.objects[slot as usize];
                Some((o.kind.name(), o.health))
            }
        }
    }

    /// Every live object as `(kind, x, y, health)`, in update order.
    pub fn objects(&self) -> Vec<(&'static str, i32, i32, i32)> {
        self.sim.world.live().map(|o| (o.kind.name(), o.x, o.y, o.health)).collect()
    }

    /// Number of live objects of a kind ("cow", "zombie", "skeleton", "arrow", "plant").
    pub fn count(&self, kind: &str) -> usize {
        Kind::from_name(kind).map_or(0, |k| self.sim.world.live().filter(|o| o.kind == k).count())
    }

    /// Set an inventory item or vital (for tests); false for an unknown name.
    #[doc(hidden)]
    pub fn debug_set_item(&mut self, name: &str, count: i32) -> bool {
        let Some(item) = Item::from_name(name) else {
            return false;
        };
        self.sim.player.inventory[item as usize] = count;
        if item == Item::Health {
            self.sim.player.last_health = count;
            self.last_health = count;
        }
        true
    }

    /// Put the player to sleep or wake it (for tests).
    #[doc(hidden)]
    pub fn debug_set_sleeping(&mut self, sleeping: bool) {
        self.sim.player.sleeping = sleeping;
    }

    /// Turn the player (for tests).
    #[doc(hidden)]
    pub fn debug_set_facing(&mut self, dx: i32, dy: i32) {
        self.sim.player.facing = (dx, dy);
    }

    /// Set the world clock, and with it daylight (for tests).
    #[doc(hidden)]
    pub fn debug_set_world_step(&mut self, step: u32) {
        self.sim.step = step;
        self.sim.daylight = daylight(step);
    }

    /// Switch creature balancing on or off (for tests).
    #[doc(hidden)]
    pub fn debug_set_balance(&mut self, on: bool) {
        self.sim.balance = on;
    }

    /// Set the survival counters `(hunger, thirst, fatigue, recover)`; hunger, thirst and
    /// recover in half steps (for tests).
    #[doc(hidden)]
    pub fn debug_set_counters(&mut self, hunger: i32, thirst: i32, fatigue: i32, recover: i32) {
        let p = &mut self.sim.player;
        (p.hunger, p.thirst, p.fatigue, p.recover) = (hunger, thirst, fatigue, recover);
    }

    /// The survival counters `(hunger, thirst, fatigue, recover)` as [`Env::debug_set_counters`].
    #[doc(hidden)]
    pub fn debug_counters(&self) -> (i32, i32, i32, i32) {
        let p = &self.sim.player;
        (p.hunger, p.thirst, p.fatigue, p.recover)
    }

    /// Set a cell's material (for tests); false off the map or for an unknown name.
    #[doc(hidden)]
    pub fn debug_set_material(&mut self, x: i32, y: i32, name: &str) -> bool {
        match Material::from_name(name) {
            Some(m) if self.sim.world.inside(x, y) => {
                self.sim.world.set_material(x, y, m);
                true
            }
            _ => false,
        }
    }

    /// Add an object on a free cell (for tests); an arrow flies along `heading`.
    #[doc(hidden)]
    pub fn debug_add_object(&mut self, kind: &str, x: i32, y: i32, heading: (i32, i32)) -> bool {
        let Some(kind) = Kind::from_name(kind) else {
            return false;
        };
        if !self.sim.world.inside(x, y) || self.sim.world.occupant(x, y) != Occupant::Empty {
            return false;
        }
        let object = if kind == Kind::Arrow { Object::arrow(x, y, heading) } else { Object::new(kind, x, y) };
        self.sim.world.add(object);
        true
    }

    /// Remove every object (for tests).
    #[doc(hidden)]
    pub fn debug_clear_objects(&mut self) {
        let slots: Vec<u32> = self.sim.world.order.clone();
        for slot in slots {
            self.sim.world.remove(slot);
        }
        self.sim.world.compact();
    }

    /// Make the plant at a cell ripe (for tests); false if there is none.
    #[doc(hidden)]
    pub fn debug_ripen_plant(&mut self, x: i32, y: i32) -> bool {
        match self.sim.world.occupant(x, y) {
            Occupant::Object(slot) if self.sim.world.objects[slot as usize].kind == Kind::Plant => {
                self.sim.world.objects[slot as usize].timer = RIPE_AFTER + 1;
                true
            }
            _ => false,
        }
    }

    /// Set the health of the object at a cell (for tests).
    #[doc(hidden)]
    pub fn debug_set_object_health(&mut self, x: i32, y: i32, health: i32) -> bool {
        match self.sim.world.occupant(x, y) {
            Occupant::Object(slot) => {
                self.sim.world.objects[slot as usize].health = health;
                true
            }
            _ => false,
        }
    }

    /// The object's timer at a cell: zombie cooldown, skeleton reload, plant growth (for tests).
    #[doc(hidden)]
    pub fn debug_object_timer(&self, x: i32, y: i32) -> Option<i32> {
        match self.sim.world.occupant(x, y) {
            Occupant::Object(slot) => Some(self.sim.world.objects[slot as usize].timer),
            _ => None,
        }
    }
}
