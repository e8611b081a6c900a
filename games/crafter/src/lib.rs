//! `crafter`: Crafter (danijar/crafter), the open-world survival game, as an automem game, with
//! the text interface BALROG gives language models.
//!
//! An original implementation of Crafter's rules (../shared/reference/games.md section 3): a
//! seeded 64x64 world of grassland, forests, lakes, mountains with caves and tunnels; 17 actions;
//! collecting, placing and crafting; cows, zombies, skeletons, arrows and plants; hunger, thirst,
//! fatigue and sleep; a day-night cycle; 22 achievements. The observation text is BALROG's
//! (games.md section 2.2), and progression is achievements unlocked / 22.
//!
//! Where games.md is silent, the crate follows Crafter 1.8.3's and BALROG's code, and says so
//! where it matters: `env` (the hidden Noop on reset, the reward), `text` (semantic view, water
//! edges, status precedence), `objects` (dead creatures finish their update), `world` (only
//! chunks an object has entered are balanced), `worldgen` (scaling the noise to Crafter's spread).
//!
//! The same crate builds natively ([`Env`], for tests and benchmarks) and as a component (the
//! `game` world, on `wasm32`).
//!
//! ```
//! let mut env = crafter::Env::new(crafter::Config::default());
//! let obs = env.reset(42);
//! assert!(obs.short_term.starts_with("Your status:"));
//! let out = env.step("Move West");
//! assert!(out.action_valid && !out.done);
//! ```

#![warn(missing_docs)]

mod balance;
mod detmath;
mod env;
mod info;
mod layout;
mod objects;
mod player;
mod rules;
mod settings;
mod sim;
mod text;
mod world;
mod worldgen;

#[cfg(target_arch = "wasm32")]
mod component;

pub use env::{Config, Env, Obs, Outcome};
pub use rules::{ACHIEVEMENTS, ACTIONS};
pub use settings::SettingsError;
pub use text::Tiles;

/// The instruction text for a prompt: the game, its 17 actions with what each needs, and the 22
/// achievements, in our own words.
pub fn instructions() -> String {
    INSTRUCTIONS.to_string()
}

const INSTRUCTIONS: &str = "\
You are playing Crafter, a 2-D survival game on a 64x64 grid seen from above. You see a window \
9 cells wide and 7 tall around you; things further away are out of sight. Keep your health, \
food, drink and energy (each 0 to 9) up: food falls about every 25 steps, drink about every 20, \
energy about every 30 while awake. Health slowly returns while food, drink and energy are all \
above zero, and slowly drains while any is zero; at health 0 you die. Zombies roam the grass, \
many more of them at night, and skeletons shoot arrows in dark tunnels. Lava kills at once.

Actions (one per turn):
- Noop: do nothing.
- Move West / Move East / Move North / Move South: turn that way and step there if the cell is \
free grass, sand or path; otherwise you only turn.
- Do: act on the cell you face: chop a tree (wood), drink water, pick a sapling from grass \
(sometimes), mine stone or coal (needs a wood pickaxe), iron (stone pickaxe) or diamond (iron \
pickaxe), hit a cow, zombie or skeleton, or eat a ripe plant.
- Sleep: lie down when energy is below 9; you stay asleep until energy is full. Sleeping in the \
open is dangerous: a zombie hits a sleeper much harder.
- Place Stone: put 1 stone on the faced grass, sand, path, water or lava cell.
- Place Table: use 2 wood to build a table on the faced grass, sand or path.
- Place Furnace: use 4 stone to build a furnace on the faced grass, sand or path.
- Place Plant: plant 1 sapling on the faced grass; it ripens after a few hundred steps.
- Make Wood Pickaxe: 1 wood, with a table next to you (the 3x3 area around you).
- Make Stone Pickaxe: 1 wood and 1 stone, with a table next to you.
- Make Iron Pickaxe: 1 wood, 1 coal and 1 iron, with a table and a furnace next to you.
- Make Wood Sword: 1 wood, with a table next to you.
- Make Stone Sword: 1 wood and 1 stone, with a table next to you.
- Make Iron Sword: 1 wood, 1 coal and 1 iron, with a table and a furnace next to you.

You can carry at most 9 of anything. Each achievement counts once; unlock as many as you can:
1. collect_coal
2. collect_diamond
3. collect_drink
4. collect_iron
5. collect_sapling
6. collect_stone
7. collect_wood
8. defeat_skeleton
9. defeat_zombie
10. eat_cow
11. eat_plant
12. make_iron_pickaxe
13. make_iron_sword
14. make_stone_pickaxe
15. make_stone_sword
16. make_wood_pickaxe
17. make_wood_sword
18. place_furnace
19. place_plant
20. place_stone
21. place_table
22. wake_up (sleep, then wake up rested)";
