//! The grid: one material per cell, at most one occupant per cell, the object table and chunks.
//!
//! Objects live in a slab (`objects`); `order` lists live slots in insertion order, which is the
//! order Crafter updates them in. A removed object stays in its slot (flagged `removed`) until the
//! end of the step, when [`World::compact`] frees it, so a step's update loop never sees a slot
//! reused under it.

use crate::objects::{Kind, Object};

/// Side of the square chunks that creature balancing works on.
pub const CHUNK: i32 = 12;

/// A terrain material. The discriminants index [`Material::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Material {
    /// Lakes: drinkable, impassable (arrows fly over it).
    Water,
    /// Open ground; saplings are found in it.
    Grass,
    /// Mountain rock; needs a wood pickaxe.
    Stone,
    /// Bare floor: caves, tunnels, mined-out cells.
    Path,
    /// Lake shores.
    Sand,
    /// Gives wood.
    Tree,
    /// Deadly to walk into.
    Lava,
    /// Needs a wood pickaxe.
    Coal,
    /// Needs a stone pickaxe.
    Iron,
    /// Needs an iron pickaxe.
    Diamond,
    /// Crafting station, placed by the player.
    Table,
    /// Smelting station, placed by the player.
    Furnace,
}

impl Material {
    /// Every material, in Crafter's order.
    pub const ALL: [Material; 12] = [
        Material::Water,
        Material::Grass,
        Material::Stone,
        Material::Path,
        Material::Sand,
        Material::Tree,
        Material::Lava,
        Material::Coal,
        Material::Iron,
        Material::Diamond,
        Material::Table,
        Material::Furnace,
    ];

    /// Crafter's name for the material.
    pub fn name(self) -> &'static str {
        match self {
            Material::Water => "water",
            Material::Grass => "grass",
            Material::Stone => "stone",
            Material::Path => "path",
            Material::Sand => "sand",
            Material::Tree => "tree",
            Material::Lava => "lava",
            Material::Coal => "coal",
            Material::Iron => "iron",
            Material::Diamond => "diamond",
            Material::Table => "table",
            Material::Furnace => "furnace",
        }
    }

    /// The material with Crafter's name `name`.
    pub fn from_name(name: &str) -> Option<Material> {
        Material::ALL.into_iter().find(|m| m.name() == name)
    }

    /// Creatures (and the player) can stand on it.
    pub fn walkable(self) -> bool {
        matches!(self, Material::Grass | Material::Sand | Material::Path)
    }

    /// Arrows can fly over it.
    pub fn arrow_passable(self) -> bool {
        matches!(self, Material::Grass | Material::Sand | Material::Path | Material::Water | Material::Lava)
    }
}

/// What stands on a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occupant {
    /// Nothing.
    Empty,
    /// The player.
    Player,
    /// The object in this slab slot.
    Object(u32),
}

const EMPTY: u32 = 0;
const PLAYER: u32 = u32::MAX;

/// The whole map and everything on it except the player's own state.
#[derive(Clone, Debug)]
pub struct World {
    /// Width in cells.
    pub width: i32,
    /// Height in cells.
    pub height: i32,
    materials: Vec<Material>,
    /// 0 empty, `PLAYER`, or slot + 1.
    occupancy: Vec<u32>,
    /// Object slab; see the module docs.
    pub objects: Vec<Object>,
    /// Live slots (and ones removed this step), in insertion order.
    pub order: Vec<u32>,
    free: Vec<u32>,
    /// Chunks an object (or the player) has ever entered. Crafter only balances those, because
    /// it keeps its chunk table as a dictionary that gains a key when an object enters a chunk.
    chunk_seen: Vec<bool>,
    /// Chunks per row.
    pub chunks_x: i32,
    /// Chunks per column.
    pub chunks_y: i32,
}

impl World {
    /// An all-grass world with nothing on it.
    pub fn new(width: i32, height: i32) -> World {
        let cells = (width * height) as usize;
        let chunks_x = (width + CHUNK - 1) / CHUNK;
        let chunks_y = (height + CHUNK - 1) / CHUNK;
        World {
            width,
            height,
            materials: vec![Material::Grass; cells],
            occupancy: vec![EMPTY; cells],
            objects: Vec::new(),
            order: Vec::new(),
            free: Vec::new(),
            chunk_seen: vec![false; (chunks_x * chunks_y) as usize],
            chunks_x,
            chunks_y,
        }
    }

    /// The cell is on the map.
    #[inline]
    pub fn inside(&self, x: i32, y: i32) -> bool {
        x >= 0 && y >= 0 && x < self.width && y < self.height
    }

    #[inline]
    fn index(&self, x: i32, y: i32) -> usize {
        (y * self.width + x) as usize
    }

    /// The material at a cell, `None` off the map.
    #[inline]
    pub fn material(&self, x: i32, y: i32) -> Option<Material> {
        if self.inside(x, y) { Some(self.materials[self.index(x, y)]) } else { None }
    }

    /// Set the material of a cell on the map (ignored off the map).
    #[inline]
    pub fn set_material(&mut self, x: i32, y: i32, material: Material) {
        if self.inside(x, y) {
            let i = self.index(x, y);
            self.materials[i] = material;
        }
    }

    /// Every cell's material, row by row (north first).
    pub fn materials(&self) -> &[Material] {
        &self.materials
    }

    /// What stands on a cell (`Empty` off the map).
    #[inline]
    pub fn occupant(&self, x: i32, y: i32) -> Occupant {
        if !self.inside(x, y) {
            return Occupant::Empty;
        }
        match self.occupancy[self.index(x, y)] {
            EMPTY => Occupant::Empty,
            PLAYER => Occupant::Player,
            slot => Occupant::Object(slot - 1),
        }
    }

    /// The kind of object on a cell, if an object (not the player) stands there.
    #[inline]
    pub fn object_kind(&self, x: i32, y: i32) -> Option<Kind> {
        match self.occupant(x, y) {
            Occupant::Object(slot) => Some(self.objects[slot as usize].kind),
            _ => None,
        }
    }

    /// The cell is on the map, nobody stands there, and its material passes `allowed`.
    #[inline]
    pub fn is_free(&self, x: i32, y: i32, allowed: impl Fn(Material) -> bool) -> bool {
        if !self.inside(x, y) {
            return false;
        }
        let i = self.index(x, y);
        self.occupancy[i] == EMPTY && allowed(self.materials[i])
    }

    /// Index of the chunk holding a cell.
    #[inline]
    pub fn chunk_of(&self, x: i32, y: i32) -> usize {
        ((y / CHUNK) * self.chunks_x + x / CHUNK) as usize
    }

    /// Chunk `c` has had an object or the player in it.
    pub fn chunk_seen(&self, c: usize) -> bool {
        self.chunk_seen[c]
    }

    /// Cell bounds `(x0, x1, y0, y1)` (ends exclusive) of chunk `c`.
    pub fn chunk_bounds(&self, c: usize) -> (i32, i32, i32, i32) {
        let cx = c as i32 % self.chunks_x;
        let cy = c as i32 / self.chunks_x;
        let x0 = cx * CHUNK;
        let y0 = cy * CHUNK;
        (x0, (x0 + CHUNK).min(self.width), y0, (y0 + CHUNK).min(self.height))
    }

    /// Put the player's marker on a cell (the cell must be empty).
    pub fn place_player(&mut self, x: i32, y: i32) {
        let i = self.index(x, y);
        self.occupancy[i] = PLAYER;
        let c = self.chunk_of(x, y);
        self.chunk_seen[c] = true;
    }

    /// Move the player's marker from one cell to a free one.
    pub fn move_player(&mut self, from: (i32, i32), to: (i32, i32)) {
        let i = self.index(from.0, from.1);
        self.occupancy[i] = EMPTY;
        self.place_player(to.0, to.1);
    }

    /// Add an object on an empty cell; it is updated from the next step on.
    pub fn add(&mut self, object: Object) -> u32 {
        let (x, y) = (object.x, object.y);
        let slot = match self.free.pop() {
            Some(slot) => {
                self.objects[slot as usize] = object;
                slot
            }
            None => {
                self.objects.push(object);
                (self.objects.len() - 1) as u32
            }
        };
        self.order.push(slot);
        let i = self.index(x, y);
        self.occupancy[i] = slot + 1;
        let c = self.chunk_of(x, y);
        self.chunk_seen[c] = true;
        slot
    }

    /// Take an object off the map. Its slot is freed by [`World::compact`].
    pub fn remove(&mut self, slot: u32) {
        let object = &mut self.objects[slot as usize];
        if object.removed {
            return;
        }
        object.removed = true;
        let (x, y) = (object.x, object.y);
        let i = self.index(x, y);
        self.occupancy[i] = EMPTY;
    }

    /// Move a live object to a free cell.
    pub fn move_object(&mut self, slot: u32, x: i32, y: i32) {
        let object = &self.objects[slot as usize];
        let from = self.index(object.x, object.y);
        self.occupancy[from] = EMPTY;
        let to = self.index(x, y);
        self.occupancy[to] = slot + 1;
        let object = &mut self.objects[slot as usize];
        object.x = x;
        object.y = y;
        let c = self.chunk_of(x, y);
        self.chunk_seen[c] = true;
    }

    /// Free the slots of objects removed during the step, keeping the others' order.
    pub fn compact(&mut self) {
        let objects = &self.objects;
        let free = &mut self.free;
        self.order.retain(|&slot| {
            if objects[slot as usize].removed {
                free.push(slot);
                false
            } else {
                true
            }
        });
    }

    /// Live objects, in update order.
    pub fn live(&self) -> impl Iterator<Item = &Object> {
        self.order.iter().map(|&s| &self.objects[s as usize]).filter(|o| !o.removed)
    }
}
