//! Creatures and things on the map other than the player: cow, zombie, skeleton, arrow, plant.
//!
//! Each kind's `update` follows Crafter's behaviour (games.md section 3). One quirk is kept on
//! purpose: a creature whose health reached 0 is taken off the map at the start of its own next
//! update, and Crafter lets that update run to its end, so a zombie killed this step can still
//! land its attack, and a dead skeleton can still loose an arrow.

use crate::player::Player;
use crate::world::{Material, Occupant, World};
use automem_sdk::Rng;

/// Plants are ripe once they have grown for more than this many of their updates.
pub const RIPE_AFTER: i32 = 300;

/// The four directions, in the order a random direction is drawn from.
const DIRS: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];

/// What an object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Wanders; eaten for food.
    Cow,
    /// Chases and hits the player; spawns on grass, mostly at night.
    Zombie,
    /// Lives in tunnels, keeps its distance and shoots arrows.
    Skeleton,
    /// A skeleton's arrow in flight.
    Arrow,
    /// A planted sapling; ripe after a while, then edible.
    Plant,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 5] = [Kind::Cow, Kind::Zombie, Kind::Skeleton, Kind::Arrow, Kind::Plant];

    /// The lower-case name BALROG shows ("cow", "zombie", ...).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Cow => "cow",
            Kind::Zombie => "zombie",
            Kind::Skeleton => "skeleton",
            Kind::Arrow => "arrow",
            Kind::Plant => "plant",
        }
    }

    /// The kind called `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Health a new object of this kind starts with (arrows have none and never die of it).
    pub fn initial_health(self) -> i32 {
        match self {
            Kind::Cow => 3,
            Kind::Zombie => 5,
            Kind::Skeleton => 3,
            Kind::Arrow => 0,
            Kind::Plant => 1,
        }
    }
}

/// One object. Fields a kind does not use stay 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Object {
    /// What it is.
    pub kind: Kind,
    /// Column.
    pub x: i32,
    /// Row.
    pub y: i32,
    /// Health, never below 0; a creature at 0 is removed at its next update.
    pub health: i32,
    /// Taken off the map (its slot is freed at the end of the step).
    pub removed: bool,
    /// Zombie: attack cooldown. Skeleton: reload time. Plant: growth.
    pub timer: i32,
    /// Arrow: heading.
    pub heading: (i32, i32),
}

impl Object {
    /// A fresh object of `kind` at `(x, y)`.
    pub fn new(kind: Kind, x: i32, y: i32) -> Object {
        Object { kind, x, y, health: kind.initial_health(), removed: false, timer: 0, heading: (0, 0) }
    }

    /// An arrow at `(x, y)` flying along `heading`.
    pub fn arrow(x: i32, y: i32, heading: (i32, i32)) -> Object {
        Object { heading, ..Object::new(Kind::Arrow, x, y) }
    }

    /// A plant that is ripe (edible).
    pub fn ripe(&self) -> bool {
        self.kind == Kind::Plant && self.timer > RIPE_AFTER
    }
}

/// Manhattan distance, the metric every Crafter rule uses.
#[inline]
pub fn distance(a: (i32, i32), b: (i32, i32)) -> i32 {
    (a.0 - b.0).abs() + (a.1 - b.1).abs()
}

/// One step from `from` toward `to`, along the axis with the larger gap (`long_axis`) or the
/// other one; (0, 0) when there is no gap on the chosen axis.
fn toward(from: (i32, i32), to: (i32, i32), long_axis: bool) -> (i32, i32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let horizontal = if long_axis { dx.abs() > dy.abs() } else { dx.abs() <= dy.abs() };
    if horizontal { (dx.signum(), 0) } else { (0, dy.signum()) }
}

fn random_dir(rng: &mut Rng) -> (i32, i32) {
    DIRS[rng.below(4) as usize]
}

/// Try to step an object by `dir` onto a free cell that `allowed` accepts. As in Crafter, an
/// object already removed this step does not move, but still reports whether it could have.
fn step_object(world: &mut World, slot: u32, dir: (i32, i32), allowed: fn(Material) -> bool) -> bool {
    if dir == (0, 0) {
        return false; // its own cell is taken, by itself
    }
    let o = world.objects[slot as usize];
    let (x, y) = (o.x + dir.0, o.y + dir.1);
    if !world.is_free(x, y, allowed) {
        return false;
    }
    if !o.removed {
        world.move_object(slot, x, y);
    }
    true
}

/// Run one object's update for this step.
pub fn update(world: &mut World, player: &mut Player, rng: &mut Rng, slot: u32) {
    let o = &world.objects[slot as usize];
    if o.removed {
        return;
    }
    let kind = o.kind;
    if kind != Kind::Arrow && kind != Kind::Plant && o.health <= 0 {
        world.remove(slot);
    }
    match kind {
        Kind::Cow => update_cow(world, rng, slot),
        Kind::Zombie => update_zombie(world, player, rng, slot),
        Kind::Skeleton => update_skeleton(world, player, rng, slot),
        Kind::Arrow => update_arrow(world, player, slot),
        Kind::Plant => update_plant(world, slot),
    }
}

fn update_cow(world: &mut World, rng: &mut Rng, slot: u32) {
    if rng.unit() < 0.5 {
        let dir = random_dir(rng);
        step_object(world, slot, dir, Material::walkable);
    }
}

fn update_zombie(world: &mut World, player: &mut Player, rng: &mut Rng, slot: u32) {
    let pos = |w: &World| (w.objects[slot as usize].x, w.objects[slot as usize].y);
    let target = (player.x, player.y);
    if distance(pos(world), target) <= 8 && rng.unit() < 0.9 {
        let dir = toward(pos(world), target, rng.unit() < 0.8);
        step_object(world, slot, dir, Material::walkable);
    } else {
        let dir = random_dir(rng);
        step_object(world, slot, dir, Material::walkable);
    }
    if distance(pos(world), target) <= 1 {
        let o = &mut world.objects[slot as usize];
        if o.timer > 0 {
            o.timer -= 1;
        } else {
            player.hurt(if player.sleeping { 7 } else { 2 });
            o.timer = 5;
        }
    }
}

fn update_skeleton(world: &mut World, player: &mut Player, rng: &mut Rng, slot: u32) {
    let o = &mut world.objects[slot as usize];
    o.timer = (o.timer - 1).max(0);
    let here = (o.x, o.y);
    let target = (player.x, player.y);
    let dist = distance(here, target);
    if dist <= 3 {
        let (dx, dy) = toward(here, target, rng.unit() < 0.6);
        if step_object(world, slot, (-dx, -dy), Material::walkable) {
            return;
        }
    }
    if dist <= 5 && rng.unit() < 0.5 {
        shoot(world, slot, toward(here, target, true));
    } else if dist <= 8 && rng.unit() < 0.3 {
        let dir = toward(here, target, rng.unit() < 0.6);
        step_object(world, slot, dir, Material::walkable);
    } else if rng.unit() < 0.2 {
        let dir = random_dir(rng);
        step_object(world, slot, dir, Material::walkable);
    }
}

fn shoot(world: &mut World, slot: u32, dir: (i32, i32)) {
    let o = world.objects[slot as usize];
    if o.timer > 0 || dir == (0, 0) {
        return;
    }
    let (x, y) = (o.x + dir.0, o.y + dir.1);
    if world.is_free(x, y, Material::arrow_passable) {
        world.add(Object::arrow(x, y, dir));
        world.objects[slot as usize].timer = 4;
    }
}

fn update_arrow(world: &mut World, player: &mut Player, slot: u32) {
    let o = world.objects[slot as usize];
    let (x, y) = (o.x + o.heading.0, o.y + o.heading.1);
    match world.occupant(x, y) {
        Occupant::Player => {
            player.hurt(2);
            world.remove(slot);
        }
        Occupant::Object(hit) => {
            let target = &mut world.objects[hit as usize];
            target.health = (target.health - 2).max(0);
            world.remove(slot);
        }
        Occupant::Empty => match world.material(x, y) {
            Some(m) if m.arrow_passable() => {
                world.move_object(slot, x, y);
            }
            other => {
                world.remove(slot);
                if matches!(other, Some(Material::Table | Material::Furnace)) {
                    world.set_material(x, y, Material::Path);
                }
            }
        },
    }
}

fn update_plant(world: &mut World, slot: u32) {
    let o = world.objects[slot as usize];
    let grazed = DIRS.iter().any(|&(dx, dy)| {
        matches!(world.object_kind(o.x + dx, o.y + dy), Some(Kind::Zombie | Kind::Skeleton | Kind::Cow))
    });
    let o = &mut world.objects[slot as usize];
    o.timer += 1;
    if grazed {
        o.health = (o.health - 1).max(0);
    }
    if o.health <= 0 {
        world.remove(slot);
    }
}
