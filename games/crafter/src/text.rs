//! BALROG's Crafter text: the long-term context (status, surroundings, facing) and the
//! short-term context (vitals and inventory), as games.md section 2.2 describes them with the
//! settings BALROG runs (`unique_items=True`, `precise_location=False`, grass/sand/path skipped,
//! water shown only at its edges).
//!
//! Details settled from BALROG's code where games.md is silent:
//! - The window is the player's 9x7 "semantic" view, where an object hides the material under
//!   it. The facing line uses the same view, so it can name a creature or a plant.
//! - A water cell is an edge when one of its four neighbours inside the window is not water
//!   (an object on water counts as not water). Cells off the map are not part of the window.
//! - The status line: sleeping wins over dead, as in BALROG.

use crate::objects::Kind;
use crate::player::Player;
use crate::rules::{Item, MAX_ITEM};
use crate::sim::Sim;
use crate::world::{Material, Occupant, World};
use core::fmt::Write;

/// Half-width of the view (x from −4 to +4).
pub const VIEW_X: i32 = 4;
/// Half-height of the view (y from −3 to +3).
pub const VIEW_Y: i32 = 3;

const W: usize = (2 * VIEW_X + 1) as usize;
const H: usize = (2 * VIEW_Y + 1) as usize;

/// Something a view cell shows: a material or an object, with an index into [`THING_NAMES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thing(pub u8);

/// Names of the 17 things: the 12 materials, then the 5 object kinds.
pub const THING_NAMES: [&str; 17] = [
    "water", "grass", "stone", "path", "sand", "tree", "lava", "coal", "iron", "diamond", "table", "furnace", "cow",
    "zombie", "skeleton", "arrow", "plant",
];

const PLAYER: u8 = 254;
const OUTSIDE: u8 = 255;
const WATER: u8 = Material::Water as u8;

impl Thing {
    /// Its name as the text shows it.
    pub fn name(self) -> &'static str {
        THING_NAMES.get(self.0 as usize).copied().unwrap_or("nothing")
    }

    /// Grass, sand and path: never listed, and "nothing" when faced.
    pub fn is_ground(self) -> bool {
        self.0 == Material::Grass as u8 || self.0 == Material::Sand as u8 || self.0 == Material::Path as u8
    }
}

/// What the semantic view shows at a cell: the player, an object, the material, or off-map.
fn cell_code(world: &World, x: i32, y: i32) -> u8 {
    match world.occupant(x, y) {
        Occupant::Player => PLAYER,
        Occupant::Object(slot) => 12 + kind_index(world.objects[slot as usize].kind),
        Occupant::Empty => world.material(x, y).map_or(OUTSIDE, |m| m as u8),
    }
}

fn kind_index(kind: Kind) -> u8 {
    match kind {
        Kind::Cow => 0,
        Kind::Zombie => 1,
        Kind::Skeleton => 2,
        Kind::Arrow => 3,
        Kind::Plant => 4,
    }
}

/// The 9x7 window around the player, indexed `[column][row]`.
pub struct View {
    cells: [[u8; H]; W],
}

impl View {
    /// Capture the window around `(px, py)`.
    pub fn capture(world: &World, px: i32, py: i32) -> View {
        let mut cells = [[OUTSIDE; H]; W];
        for (i, column) in cells.iter_mut().enumerate() {
            for (j, cell) in column.iter_mut().enumerate() {
                *cell = cell_code(world, px + i as i32 - VIEW_X, py + j as i32 - VIEW_Y);
            }
        }
        View { cells }
    }

    fn get(&self, i: i32, j: i32) -> u8 {
        if i < 0 || j < 0 || i >= W as i32 || j >= H as i32 { OUTSIDE } else { self.cells[i as usize][j as usize] }
    }

    fn water_edge(&self, i: i32, j: i32) -> bool {
        [(-1, 0), (1, 0), (0, -1), (0, 1)].iter().any(|&(di, dj)| {
            let n = self.get(i + di, j + dj);
            n != OUTSIDE && n != WATER
        })
    }

    /// Every thing in view with its offset, nearest of each kind first-found, in the order each
    /// kind is first met scanning columns west to east, each north to south. `all_water` lists
    /// the nearest water cell of any kind instead of only edges.
    pub fn nearest(&self, all_water: bool, skip_ground: bool) -> Nearest {
        let mut found = Nearest { entries: [(Thing(0), 0, 0); 17], len: 0 };
        let mut slot_of = [u8::MAX; 17];
        for i in 0..W as i32 {
            for j in 0..H as i32 {
                let code = self.get(i, j);
                if code == PLAYER || code == OUTSIDE {
                    continue;
                }
                let thing = Thing(code);
                if skip_ground && thing.is_ground() {
                    continue;
                }
                if code == WATER && !all_water && !self.water_edge(i, j) {
                    continue;
                }
                let (dx, dy) = (i - VIEW_X, j - VIEW_Y);
                let d = dx.abs() + dy.abs();
                match slot_of[code as usize] {
                    u8::MAX => {
                        slot_of[code as usize] = found.len as u8;
                        found.entries[found.len] = (thing, dx, dy);
                        found.len += 1;
                    }
                    s => {
                        let (_, ox, oy) = found.entries[s as usize];
                        if d < ox.abs() + oy.abs() {
                            found.entries[s as usize] = (thing, dx, dy);
                        }
                    }
                }
            }
        }
        found
    }

    /// The thing in front of the player (`None` off the map).
    pub fn facing(&self, facing: (i32, i32)) -> Option<Thing> {
        match self.get(VIEW_X + facing.0, VIEW_Y + facing.1) {
            OUTSIDE | PLAYER => None,
            code => Some(Thing(code)),
        }
    }
}

/// The local view drawn as named tiles, row-major (what a viewer shows beside the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tiles {
    /// Cells a row: 9.
    pub width: u32,
    /// Rows: 7.
    pub height: u32,
    /// `width * height` names, north row first, each west to east: a material or creature by the
    /// text's name ("grass", "tree", "zombie", ...), "nothing" off the map, and the player as
    /// "player-<facing>" ("player-south", ...) or "player-sleep" while asleep.
    pub cells: Vec<&'static str>,
}

impl View {
    /// The window as [`Tiles`], the player facing `facing` (asleep when `sleeping`).
    pub fn tiles(&self, facing: (i32, i32), sleeping: bool) -> Tiles {
        let player = if sleeping {
            "player-sleep"
        } else {
            match facing {
                (0, -1) => "player-north",
                (-1, 0) => "player-west",
                (1, 0) => "player-east",
                _ => "player-south",
            }
        };
        let mut cells = Vec::with_capacity(W * H);
        for j in 0..H {
            for column in &self.cells {
                cells.push(match column[j] {
                    PLAYER => player,
                    OUTSIDE => "nothing",
                    code => Thing(code).name(),
                });
            }
        }
        Tiles { width: W as u32, height: H as u32, cells }
    }
}

/// The nearest instance of each kind in view, in listing order.
pub struct Nearest {
    entries: [(Thing, i32, i32); 17],
    len: usize,
}

impl Nearest {
    /// `(thing, dx, dy)` entries in listing order.
    pub fn iter(&self) -> impl Iterator<Item = &(Thing, i32, i32)> {
        self.entries[..self.len].iter()
    }
}

/// The line BALROG puts first after an invalid action.
pub const INVALID_ACTION: &str = "Your previous output did not contain a valid action. Defaulted to action: Noop";
/// Status line while asleep.
pub const SLEEPING: &str = "You are sleeping, and will not be able take actions until energy is full.";
/// Status line once dead.
pub const DIED: &str = "You died.";

/// Append BALROG's long-term context to `out`; `invalid` prefixes the invalid-action line.
pub fn long_term(sim: &Sim, view: &View, invalid: bool, out: &mut String) {
    if invalid {
        out.push_str(INVALID_ACTION);
        out.push_str("\n\n");
    }
    let player = &sim.player;
    if player.sleeping {
        out.push_str(SLEEPING);
        out.push_str("\n\n");
    } else if player.health() <= 0 {
        out.push_str(DIED);
        out.push_str("\n\n");
    }
    let nearest = view.nearest(false, true);
    if nearest.len == 0 {
        out.push_str("You see nothing away from you.");
    } else {
        out.push_str("You see:");
        for &(thing, dx, dy) in nearest.iter() {
            let d = dx.abs() + dy.abs();
            let _ = write!(out, "\n- {} {} step{} to your ", thing.name(), d, if d > 1 { "s" } else { "" });
            push_direction(out, dx, dy);
        }
    }
    out.push_str("\n\nYou face ");
    match view.facing(player.facing) {
        Some(thing) if !thing.is_ground() => out.push_str(thing.name()),
        _ => out.push_str("nothing"),
    }
    out.push_str(" at your front.");
}

/// "north"/"south", then "west"/"east", joined by "-".
pub fn push_direction(out: &mut String, dx: i32, dy: i32) {
    let vertical = match dy.signum() {
        -1 => "north",
        1 => "south",
        _ => "",
    };
    let horizontal = match dx.signum() {
        -1 => "west",
        1 => "east",
        _ => "",
    };
    out.push_str(vertical);
    if !vertical.is_empty() && !horizontal.is_empty() {
        out.push('-');
    }
    out.push_str(horizontal);
}

/// Append BALROG's short-term context (status and inventory) to `out`.
pub fn short_term(player: &Player, out: &mut String) {
    out.push_str("Your status:");
    for vital in Item::VITALS {
        let _ = write!(out, "\n- {}: {}/{}", vital.name(), player.get(vital), MAX_ITEM);
    }
    out.push_str("\n\n");
    let mut any = false;
    for item in Item::ALL.into_iter().filter(|i| !i.is_vital()) {
        let n = player.get(item);
        if n != 0 {
            out.push_str(if any { "\n" } else { "Your inventory:\n" });
            let _ = write!(out, "- {}: {}", item.name(), n);
            any = true;
        }
    }
    if !any {
        out.push_str("You have nothing in your inventory.");
    }
}
