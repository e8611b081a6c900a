//! Hand-built worlds from ASCII maps, for tests and examples.
//!
//! One character per cell, one string per row (north first); every row the same length.
//!
//! | char | cell | char | cell |
//! |---|---|---|---|
//! | `.` | grass | `@` | the player, on grass (facing south) |
//! | `T` | tree | `C` | cow, on grass |
//! | `S` | stone | `Z` | zombie, on grass |
//! | `_` | path | `K` | skeleton, on path |
//! | `s` | sand | `p` | plant (a fresh sapling), on grass |
//! | `~` | water | `<` `>` `^` `v` | arrow flying west/east/north/south, on path |
//! | `L` | lava | `t` | table |
//! | `c` | coal | `f` | furnace |
//! | `i` | iron | `d` | diamond |

use crate::objects::{Kind, Object};
use crate::player::Player;
use crate::sim::{Sim, daylight};
use crate::world::{Material, World};
use automem_sdk::Rng;

/// Build a world from `rows`; creature balancing starts switched off. `seed` drives the
/// random stream (sapling chance, creature moves).
pub fn build(rows: &[&str], seed: u64) -> Result<Sim, String> {
    let height = rows.len();
    let width = rows.first().map_or(0, |r| r.chars().count());
    if width == 0 || height == 0 {
        return Err("the layout is empty".into());
    }
    if width > 4096 || height > 4096 {
        return Err("the layout is too large".into());
    }
    let mut world = World::new(width as i32, height as i32);
    let mut player = None;
    let mut objects = Vec::new();
    for (y, row) in rows.iter().enumerate() {
        if row.chars().count() != width {
            return Err(format!("row {y} has {} cells, the first row {width}", row.chars().count()));
        }
        for (x, ch) in row.chars().enumerate() {
            let (x, y) = (x as i32, y as i32);
            let (material, object) = match ch {
                '.' => (Material::Grass, None),
                'T' => (Material::Tree, None),
                'S' => (Material::Stone, None),
                '_' => (Material::Path, None),
                's' => (Material::Sand, None),
                '~' => (Material::Water, None),
                'L' => (Material::Lava, None),
                'c' => (Material::Coal, None),
                'i' => (Material::Iron, None),
                'd' => (Material::Diamond, None),
                't' => (Material::Table, None),
                'f' => (Material::Furnace, None),
                '@' => {
                    if player.replace((x, y)).is_some() {
                        return Err("the layout has more than one player '@'".into());
                    }
                    (Material::Grass, None)
                }
                'C' => (Material::Grass, Some(Object::new(Kind::Cow, x, y))),
                'Z' => (Material::Grass, Some(Object::new(Kind::Zombie, x, y))),
                'K' => (Material::Path, Some(Object::new(Kind::Skeleton, x, y))),
                'p' => (Material::Grass, Some(Object::new(Kind::Plant, x, y))),
                '<' => (Material::Path, Some(Object::arrow(x, y, (-1, 0)))),
                '>' => (Material::Path, Some(Object::arrow(x, y, (1, 0)))),
                '^' => (Material::Path, Some(Object::arrow(x, y, (0, -1)))),
                'v' => (Material::Path, Some(Object::arrow(x, y, (0, 1)))),
                other => return Err(format!("unknown layout character '{other}' at ({x}, {y})")),
            };
            world.set_material(x, y, material);
            objects.extend(object);
        }
    }
    let (px, py) = player.ok_or("the layout has no player '@'")?;
    world.place_player(px, py);
    for object in objects {
        world.add(object);
    }
    Ok(Sim { world, player: Player::new(px, py), rng: Rng::new(seed), step: 0, daylight: daylight(0), balance: false })
}
