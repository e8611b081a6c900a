//! The player: inventory and vitals, the survival counters, and what each action does.
//!
//! One update runs in Crafter's order: a sleeping player's action becomes "sleep" (or the player
//! wakes up, with the wake_up achievement, once energy is full), the action runs, then hunger,
//! thirst, fatigue and recovery tick, items are clamped to 0..=9, and a player whose health fell
//! since the last update wakes up.

use crate::objects::{Kind, Object};
use crate::rules::{self, Achievement, Action, Item, MAX_ITEM, Make, Place, Placed};
use crate::world::{Material, Occupant, World};
use automem_sdk::Rng;

/// The player's whole state. Survival counters are kept in half steps so that the sleeping
/// rates (0.5 per step) stay exact integers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    /// Column.
    pub x: i32,
    /// Row.
    pub y: i32,
    /// Unit step the player faces; starts south `(0, 1)`.
    pub facing: (i32, i32),
    /// Asleep: actions are ignored until energy is full.
    pub sleeping: bool,
    /// Counts indexed by [`Item`].
    pub inventory: [i32; 16],
    /// Achievements unlocked so far, one bit per [`Achievement`].
    pub achievements: u32,
    /// Hunger counter, half steps: food −1 when it passes 50.
    pub hunger: i32,
    /// Thirst counter, half steps: drink −1 when it passes 40.
    pub thirst: i32,
    /// Fatigue counter, whole steps: energy −1 above 30, +1 below −10.
    pub fatigue: i32,
    /// Recovery counter, half steps: health +1 above 50, −1 below −30.
    pub recover: i32,
    /// Health at the end of the previous update (for waking up when hurt).
    pub last_health: i32,
}

impl Player {
    /// A fresh player at `(x, y)`: vitals 9, nothing carried, facing south.
    pub fn new(x: i32, y: i32) -> Player {
        let mut inventory = [0; 16];
        for vital in Item::VITALS {
            inventory[vital as usize] = MAX_ITEM;
        }
        Player {
            x,
            y,
            facing: (0, 1),
            sleeping: false,
            inventory,
            achievements: 0,
            hunger: 0,
            thirst: 0,
            fatigue: 0,
            recover: 0,
            last_health: MAX_ITEM,
        }
    }

    /// How many of `item` the player has.
    #[inline]
    pub fn get(&self, item: Item) -> i32 {
        self.inventory[item as usize]
    }

    /// Holds at least one `item`.
    #[inline]
    pub fn has(&self, item: Item) -> bool {
        self.get(item) > 0
    }

    /// Current health.
    #[inline]
    pub fn health(&self) -> i32 {
        self.get(Item::Health)
    }

    /// Lose `damage` health, down to 0 (Crafter's health setter clamps at 0).
    #[inline]
    pub fn hurt(&mut self, damage: i32) {
        let health = &mut self.inventory[Item::Health as usize];
        *health = (*health - damage).max(0);
    }

    fn add(&mut self, item: Item, amount: i32) {
        self.inventory[item as usize] += amount;
    }

    fn unlock(&mut self, achievement: Achievement) {
        self.achievements |= achievement.bit();
    }

    fn affords(&self, cost: &[(Item, i32)]) -> bool {
        cost.iter().all(|&(item, n)| self.get(item) >= n)
    }

    fn pay(&mut self, cost: &[(Item, i32)]) {
        for &(item, n) in cost {
            self.add(item, -n);
        }
    }

    /// Run the player's update for one step with the agent's `action`.
    pub fn update(&mut self, world: &mut World, rng: &mut Rng, action: Action) {
        let target = (self.x + self.facing.0, self.y + self.facing.1);
        let mut action = action;
        if self.sleeping {
            if self.get(Item::Energy) < MAX_ITEM {
                action = Action::Sleep;
            } else {
                self.sleeping = false;
                self.unlock(Achievement::WakeUp);
            }
        }
        match action {
            Action::Noop => {}
            Action::MoveWest | Action::MoveEast | Action::MoveNorth | Action::MoveSouth => {
                if let Some(dir) = action.direction() {
                    self.walk(world, dir);
                }
            }
            Action::Do => match world.occupant(target.0, target.1) {
                Occupant::Object(slot) => self.strike(world, slot),
                Occupant::Player => {}
                Occupant::Empty => self.collect(world, rng, target),
            },
            Action::Sleep => {
                if self.get(Item::Energy) < MAX_ITEM {
                    self.sleeping = true;
                }
            }
            Action::PlaceStone => self.place(world, target, &rules::PLACE_STONE),
            Action::PlaceTable => self.place(world, target, &rules::PLACE_TABLE),
            Action::PlaceFurnace => self.place(world, target, &rules::PLACE_FURNACE),
            Action::PlacePlant => self.place(world, target, &rules::PLACE_PLANT),
            Action::MakeWoodPickaxe => self.make(world, &rules::MAKE_WOOD_PICKAXE),
            Action::MakeStonePickaxe => self.make(world, &rules::MAKE_STONE_PICKAXE),
            Action::MakeIronPickaxe => self.make(world, &rules::MAKE_IRON_PICKAXE),
            Action::MakeWoodSword => self.make(world, &rules::MAKE_WOOD_SWORD),
            Action::MakeStoneSword => self.make(world, &rules::MAKE_STONE_SWORD),
            Action::MakeIronSword => self.make(world, &rules::MAKE_IRON_SWORD),
        }
        self.tick_needs();
        self.tick_health();
        for count in &mut self.inventory {
            *count = (*count).clamp(0, MAX_ITEM);
        }
        if self.health() < self.last_health {
            self.sleeping = false;
        }
        self.last_health = self.health();
    }

    /// Turn toward `dir`, then step there if the cell is free ground (or lava, which kills).
    fn walk(&mut self, world: &mut World, dir: (i32, i32)) {
        self.facing = dir;
        let (x, y) = (self.x + dir.0, self.y + dir.1);
        if world.is_free(x, y, |m| m.walkable() || m == Material::Lava) {
            world.move_player((self.x, self.y), (x, y));
            self.x = x;
            self.y = y;
        }
        if world.material(self.x, self.y) == Some(Material::Lava) {
            self.inventory[Item::Health as usize] = 0;
        }
    }

    /// "Do" on an object: eat a ripe plant, or hit a creature with the best sword held.
    fn strike(&mut self, world: &mut World, slot: u32) {
        let damage = rules::melee_damage(|item| self.has(item));
        let o = &mut world.objects[slot as usize];
        match o.kind {
            Kind::Plant => {
                if o.ripe() {
                    o.timer = 0;
                    self.add(Item::Food, 4);
                    self.unlock(Achievement::EatPlant);
                }
            }
            Kind::Zombie => {
                o.health = (o.health - damage).max(0);
                if o.health <= 0 {
                    self.unlock(Achievement::DefeatZombie);
                }
            }
            Kind::Skeleton => {
                o.health = (o.health - damage).max(0);
                if o.health <= 0 {
                    self.unlock(Achievement::DefeatSkeleton);
                }
            }
            Kind::Cow => {
                o.health = (o.health - damage).max(0);
                if o.health <= 0 {
                    self.add(Item::Food, 6);
                    self.unlock(Achievement::EatCow);
                    self.hunger = 0;
                }
            }
            Kind::Arrow => {}
        }
    }

    /// "Do" on a material: collect it if the tool rule allows.
    fn collect(&mut self, world: &mut World, rng: &mut Rng, target: (i32, i32)) {
        let Some(material) = world.material(target.0, target.1) else {
            return;
        };
        if material == Material::Water {
            self.thirst = 0;
        }
        let Some(rule) = rules::collect_rule(material) else {
            return;
        };
        if rule.requires.is_some_and(|tool| !self.has(tool)) {
            return;
        }
        world.set_material(target.0, target.1, rule.leaves);
        if rule.probability >= 1.0 || rng.unit() < rule.probability {
            self.add(rule.gives, 1);
            self.unlock(rule.achievement);
        }
    }

    /// A place action on the faced cell.
    fn place(&mut self, world: &mut World, target: (i32, i32), rule: &Place) {
        if world.occupant(target.0, target.1) != Occupant::Empty {
            return;
        }
        let Some(material) = world.material(target.0, target.1) else {
            return;
        };
        if !rule.on.contains(&material) || !self.affords(rule.cost) {
            return;
        }
        self.pay(rule.cost);
        match rule.placed {
            Placed::Material(m) => world.set_material(target.0, target.1, m),
            Placed::Plant => {
                world.add(Object::new(Kind::Plant, target.0, target.1));
            }
        }
        self.unlock(rule.achievement);
    }

    /// A make action: needs its stations in the 3x3 area around the player.
    fn make(&mut self, world: &World, rule: &Make) {
        let near = |station: Material| {
            (-1..=1).any(|dy| (-1..=1).any(|dx| world.material(self.x + dx, self.y + dy) == Some(station)))
        };
        if !rule.near.iter().all(|&s| near(s)) || !self.affords(rule.cost) {
            return;
        }
        self.pay(rule.cost);
        self.add(rule.tool, 1);
        self.unlock(rule.achievement);
    }

    /// Hunger, thirst and fatigue.
    fn tick_needs(&mut self) {
        let half = if self.sleeping { 1 } else { 2 };
        self.hunger += half;
        if self.hunger > 50 {
            self.hunger = 0;
            self.add(Item::Food, -1);
        }
        self.thirst += half;
        if self.thirst > 40 {
            self.thirst = 0;
            self.add(Item::Drink, -1);
        }
        if self.sleeping {
            self.fatigue = (self.fatigue - 1).min(0);
        } else {
            self.fatigue += 1;
        }
        if self.fatigue < -10 {
            self.fatigue = 0;
            self.add(Item::Energy, 1);
        }
        if self.fatigue > 30 {
            self.fatigue = 0;
            self.add(Item::Energy, -1);
        }
    }

    /// Recover while every need is met, lose health slowly while one is not.
    fn tick_health(&mut self) {
        let met =
            self.get(Item::Food) > 0 && self.get(Item::Drink) > 0 && (self.get(Item::Energy) > 0 || self.sleeping);
        self.recover += match (met, self.sleeping) {
            (true, true) => 4,
            (true, false) => 2,
            (false, true) => -1,
            (false, false) => -2,
        };
        if self.recover > 50 {
            self.recover = 0;
            self.add(Item::Health, 1);
        }
        if self.recover < -30 {
            self.recover = 0;
            self.add(Item::Health, -1);
        }
    }
}
