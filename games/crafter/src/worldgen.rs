//! The seeded terrain and the creatures an episode starts with.
//!
//! Every cell is classified from a handful of OpenSimplex fields, each a 3-D noise sampled at
//! `(x / size, y / size, channel)`, exactly as Crafter builds its world (games.md section 3 and
//! Crafter 1.8's world generator, whose thresholds are the game's rules):
//! - `start`: a soft disc of grassland around the player.
//! - `water`: lakes, with sand on their shores.
//! - `mountain`: stone, holding caves, horizontal and vertical tunnels, coal, iron, diamond, lava.
//! - elsewhere grassland, with trees where a tree field is positive (about 1 cell in 5).
//!
//! Crafter uses the `opensimplex` Python package; this uses the `noise` crate's OpenSimplex,
//! whose values spread less (standard deviation 0.186 against 0.309 over the same samples). Each
//! sample is scaled by [`NOISE_SCALE`] so that the thresholds cut the same quantiles, which
//! keeps the proportions of each material close to Crafter's.

use crate::detmath;
use crate::objects::{Kind, Object};
use crate::world::{Material, World};
use automem_sdk::Rng;
use noise::{NoiseFn, OpenSimplex};

/// Factor matching the `noise` crate's OpenSimplex spread to the `opensimplex` package's
/// (fitted on the quantiles 0.3, 0.35, 0.4 and 0.5 that the rules use).
pub const NOISE_SCALE: f64 = 1.69;

/// Layered noise fields of one world.
struct Fields {
    noise: OpenSimplex,
}

impl Fields {
    /// One octave: noise at `(x / size, y / size, channel)`.
    fn at(&self, x: f64, y: f64, channel: f64, size: f64) -> f64 {
        NOISE_SCALE * self.noise.get([x / size, y / size, channel])
    }

    /// Weighted octaves; `normalize` divides by the total weight.
    fn mix(&self, x: f64, y: f64, channel: f64, octaves: &[(f64, f64)], normalize: bool) -> f64 {
        let mut sum = 0.0;
        let mut weights = 0.0;
        for &(size, weight) in octaves {
            sum += weight * self.at(x, y, channel, size);
            weights += weight;
        }
        if normalize { sum / weights } else { sum }
    }
}

/// Fill `world` with terrain and starting creatures for a player standing at `player`, who must
/// already be placed on the world.
pub fn generate(world: &mut World, player: (i32, i32), rng: &mut Rng) {
    let fields = Fields { noise: OpenSimplex::new(rng.next_u64() as u32) };
    let mut tunnels = vec![false; (world.width * world.height) as usize];
    for x in 0..world.width {
        for y in 0..world.height {
            let (material, tunnel) = terrain(&fields, rng, x, y, player);
            world.set_material(x, y, material);
            tunnels[(y * world.width + x) as usize] = tunnel;
        }
    }
    for x in 0..world.width {
        for y in 0..world.height {
            let tunnel = tunnels[(y * world.width + x) as usize];
            if let Some(kind) = starting_creature(world, rng, x, y, player, tunnel) {
                world.add(Object::new(kind, x, y));
            }
        }
    }
}

/// The material of one cell, and whether it is a tunnel (where skeletons start).
fn terrain(f: &Fields, rng: &mut Rng, x: i32, y: i32, player: (i32, i32)) -> (Material, bool) {
    let (fx, fy) = (f64::from(x), f64::from(y));
    let (dx, dy) = (fx - f64::from(player.0), fy - f64::from(player.1));
    let centre = 4.0 - (dx * dx + dy * dy).sqrt() + 2.0 * f.at(fx, fy, 8.0, 3.0);
    let start = 1.0 / (1.0 + detmath::exp(-centre));
    let water = f.mix(fx, fy, 3.0, &[(15.0, 1.0), (5.0, 0.15)], false) + 0.1 - 2.0 * start;
    let mountain = f.mix(fx, fy, 0.0, &[(15.0, 1.0), (5.0, 0.3)], true) - 4.0 * start - 0.3 * water;

    if start > 0.5 {
        return (Material::Grass, false);
    }
    if mountain > 0.15 {
        let cave = mountain > 0.3 && f.at(fx, fy, 6.0, 7.0) > 0.15;
        if cave {
            return (Material::Path, false);
        }
        // Tunnels: the same field stretched along x, then along y.
        if f.at(2.0 * fx, fy / 5.0, 7.0, 3.0) > 0.4 || f.at(fx / 5.0, 2.0 * fy, 7.0, 3.0) > 0.4 {
            return (Material::Path, true);
        }
        let material = if f.at(fx, fy, 1.0, 8.0) > 0.0 && rng.unit() > 0.85 {
            Material::Coal
        } else if f.at(fx, fy, 2.0, 6.0) > 0.4 && rng.unit() > 0.75 {
            Material::Iron
        } else if mountain > 0.18 && rng.unit() > 0.994 {
            Material::Diamond
        } else if mountain > 0.3 && f.at(fx, fy, 6.0, 5.0) > 0.35 {
            Material::Lava
        } else {
            Material::Stone
        };
        return (material, false);
    }
    if water > 0.25 && water <= 0.35 && f.at(fx, fy, 4.0, 9.0) > -0.2 {
        return (Material::Sand, false);
    }
    if water > 0.3 {
        return (Material::Water, false);
    }
    if f.at(fx, fy, 5.0, 7.0) > 0.0 && rng.unit() > 0.8 { (Material::Tree, false) } else { (Material::Grass, false) }
}

/// The creature a cell starts with: cows on grass away from the player, a few zombies on any
/// ground far from the player, skeletons in about 1 tunnel cell in 20.
fn starting_creature(world: &World, rng: &mut Rng, x: i32, y: i32, player: (i32, i32), tunnel: bool) -> Option<Kind> {
    let material = world.material(x, y)?;
    if !material.walkable() || (x, y) == player {
        return None;
    }
    let (dx, dy) = (f64::from(x - player.0), f64::from(y - player.1));
    let dist = (dx * dx + dy * dy).sqrt();
    if dist > 3.0 && material == Material::Grass && rng.unit() > 0.985 {
        Some(Kind::Cow)
    } else if dist > 10.0 && rng.unit() > 0.993 {
        Some(Kind::Zombie)
    } else if material == Material::Path && tunnel && rng.unit() > 0.95 {
        Some(Kind::Skeleton)
    } else {
        None
    }
}
