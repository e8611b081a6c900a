//! Creature balancing: every 10 steps each 12x12 chunk may gain or lose one creature per kind.
//!
//! Per chunk, in this order (games.md section 3):
//! - zombies on grass: at least 3.5 − 3·daylight if the chunk has 50+ grass cells, at most
//!   3.5 − 3·daylight (both truncated); spawn chance 0.3 at 6+ cells from the player, despawn 0.4;
//! - skeletons on path: at least 1 if the chunk has 6+ path cells, at most 2; spawn 0.1 at 7+
//!   cells, despawn 0.1 at 7+ cells;
//! - cows on grass: at least 1 if the chunk has 30+ grass cells, at most 1.5 + daylight; spawn
//!   0.01 at 5+ cells, despawn 0.1 at 5+ cells.
//!
//! A spawn picks one cell of the chunk's material at random and gives up if it is taken or too
//! close. Only chunks an object has entered are balanced (see [`World`]).

use crate::objects::{Kind, Object, distance};
use crate::world::{CHUNK, Material, Occupant, World};
use automem_sdk::Rng;

/// How one kind is kept in balance.
struct Rule {
    kind: Kind,
    material: Material,
    spawn_distance: i32,
    despawn_distance: i32,
    spawn_chance: f64,
    despawn_chance: f64,
}

/// Kinds that are balanced, in the order they are balanced.
const BALANCED: [Kind; 3] = [Kind::Zombie, Kind::Skeleton, Kind::Cow];

/// Balance every chunk once.
pub fn run(world: &mut World, player: (i32, i32), rng: &mut Rng, daylight: f64) {
    let chunks = (world.chunks_x * world.chunks_y) as usize;
    // Count grass and path cells, and zombies, skeletons and cows, per chunk in one pass each.
    // A chunk's counts only change while that chunk is balanced, and each kind once.
    let mut grass = vec![0u64; chunks];
    let mut path = vec![0u64; chunks];
    for (y, row) in world.materials().chunks_exact(world.width as usize).enumerate() {
        let first = world.chunk_of(0, y as i32);
        for (x, &m) in row.iter().enumerate() {
            let c = first + x / CHUNK as usize;
            match m {
                Material::Grass => grass[c] += 1,
                Material::Path => path[c] += 1,
                _ => {}
            }
        }
    }
    let mut present = vec![[0i64; 3]; chunks];
    for o in world.live() {
        if let Some(k) = BALANCED.iter().position(|&b| b == o.kind) {
            present[world.chunk_of(o.x, o.y)][k] += 1;
        }
    }
    let night = 3.5 - 3.0 * daylight;
    let zombie = Rule {
        kind: Kind::Zombie,
        material: Material::Grass,
        spawn_distance: 6,
        despawn_distance: 0,
        spawn_chance: 0.3,
        despawn_chance: 0.4,
    };
    let skeleton = Rule {
        kind: Kind::Skeleton,
        material: Material::Path,
        spawn_distance: 7,
        despawn_distance: 7,
        spawn_chance: 0.1,
        despawn_chance: 0.1,
    };
    let cow = Rule {
        kind: Kind::Cow,
        material: Material::Grass,
        spawn_distance: 5,
        despawn_distance: 5,
        spawn_chance: 0.01,
        despawn_chance: 0.1,
    };
    for c in 0..chunks {
        if !world.chunk_seen(c) {
            continue;
        }
        let (g, p, [zombies, skeletons, cows]) = (grass[c], path[c], present[c]);
        let least = if g < 50 { 0.0 } else { night };
        balance_kind(world, c, player, rng, &zombie, (zombies, g), (least, night));
        let least = if p < 6 { 0.0 } else { 1.0 };
        balance_kind(world, c, player, rng, &skeleton, (skeletons, p), (least, 2.0));
        let least = if g < 30 { 0.0 } else { 1.0 };
        balance_kind(world, c, player, rng, &cow, (cows, g), (least, 1.5 + daylight));
    }
}

fn in_chunk(world: &World, c: usize, o: &Object) -> bool {
    world.chunk_of(o.x, o.y) == c
}

/// Spawn or despawn one creature of `rule.kind` in chunk `c`, given how many are present, how
/// many cells of its material the chunk has, and the target range `(least, most)`.
fn balance_kind(
    world: &mut World,
    c: usize,
    player: (i32, i32),
    rng: &mut Rng,
    rule: &Rule,
    (present, space): (i64, u64),
    (least, most): (f64, f64),
) {
    // Crafter truncates both targets to integers.
    if present < least as i64 && rng.unit() < rule.spawn_chance {
        let Some((x, y)) = nth_cell(world, c, rule.material, rng.below(space)) else {
            return;
        };
        let empty = world.occupant(x, y) == Occupant::Empty;
        if empty && distance(player, (x, y)) >= rule.spawn_distance {
            world.add(Object::new(rule.kind, x, y));
        }
    } else if present > most as i64 && rng.unit() < rule.despawn_chance {
        let pick = rng.below(present as u64) as usize;
        let slot = world
            .order
            .iter()
            .copied()
            .filter(|&s| {
                let o = &world.objects[s as usize];
                !o.removed && o.kind == rule.kind && in_chunk(world, c, o)
            })
            .nth(pick);
        if let Some(slot) = slot {
            let o = &world.objects[slot as usize];
            if distance(player, (o.x, o.y)) >= rule.despawn_distance {
                world.remove(slot);
            }
        }
    }
}

/// The `n`-th cell (counting columns west to east, each north to south) of `material` in chunk `c`.
fn nth_cell(world: &World, c: usize, material: Material, n: u64) -> Option<(i32, i32)> {
    let (x0, x1, y0, y1) = world.chunk_bounds(c);
    let mut seen = 0;
    for x in x0..x1 {
        for y in y0..y1 {
            if world.material(x, y) == Some(material) {
                if seen == n {
                    return Some((x, y));
                }
                seen += 1;
            }
        }
    }
    None
}
