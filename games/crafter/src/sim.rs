//! One episode's simulation: the world, the player, the random stream and the clock.
//!
//! A step runs in Crafter's order: advance the clock and daylight, update the player, update
//! every object within Manhattan distance 18 of the player in insertion order (objects added
//! during the step wait for the next one), rebalance creatures every 10th step, then free the
//! slots of removed objects.

use crate::balance;
use crate::detmath;
use crate::objects::{self, distance};
use crate::player::Player;
use crate::rules::Action;
use crate::world::World;
use crate::worldgen;
use automem_sdk::Rng;

/// Objects farther than this (Manhattan, exclusive) from the player are frozen: twice the 9-cell
/// view, as in Crafter.
pub const UPDATE_RADIUS: i32 = 18;

/// Length of a day, in steps.
pub const DAY: u32 = 300;

/// Daylight at world step `t`: 1 − |cos(π·((t/300) mod 1 + 0.3))|³; 1 at t ≡ 60, 0 at t ≡ 210.
pub fn daylight(t: u32) -> f64 {
    let progress = f64::from(t % DAY) / f64::from(DAY) + 0.3;
    let c = detmath::cos(core::f64::consts::PI * progress).abs();
    1.0 - c * c * c
}

/// Everything one episode needs.
#[derive(Clone, Debug)]
pub struct Sim {
    /// Map, materials and objects.
    pub world: World,
    /// The player.
    pub player: Player,
    /// The episode's only source of randomness.
    pub rng: Rng,
    /// World steps taken (Crafter's clock).
    pub step: u32,
    /// Daylight of the current step, in [0, 1].
    pub daylight: f64,
    /// Creature balancing runs (off only in hand-built test worlds).
    pub balance: bool,
}

impl Sim {
    /// A generated world of `width` x `height` with the player at its centre, facing south.
    pub fn generate(seed: u64, width: i32, height: i32) -> Sim {
        let mut rng = Rng::new(seed);
        let mut world = World::new(width, height);
        let (px, py) = (width / 2, height / 2);
        world.place_player(px, py);
        worldgen::generate(&mut world, (px, py), &mut rng);
        Sim { world, player: Player::new(px, py), rng, step: 0, daylight: daylight(0), balance: true }
    }

    /// Advance the world by one step with the player doing `action`.
    pub fn tick(&mut self, action: Action) {
        self.step += 1;
        self.daylight = daylight(self.step);
        // Crafter takes the list of objects before the player acts: a plant placed now, like an
        // arrow shot now, is first updated next step.
        let count = self.world.order.len();
        self.player.update(&mut self.world, &mut self.rng, action);
        let here = (self.player.x, self.player.y);
        for i in 0..count {
            let slot = self.world.order[i];
            let o = &self.world.objects[slot as usize];
            if !o.removed && distance(here, (o.x, o.y)) < UPDATE_RADIUS {
                objects::update(&mut self.world, &mut self.player, &mut self.rng, slot);
            }
        }
        if self.balance && self.step.is_multiple_of(10) {
            balance::run(&mut self.world, here, &mut self.rng, self.daylight);
        }
        self.world.compact();
    }
}
