//! The rule tables: items, achievements, actions, and what collecting, placing and making need.
//!
//! The numbers are Crafter's (`data.yaml`), as ../shared/reference/games.md section 3 lists them.

use crate::world::Material;

/// Highest count of any item, vitals included.
pub const MAX_ITEM: i32 = 9;

/// An inventory entry. Vitals are items too, as in Crafter; the discriminants index arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Item {
    /// Health, 0..=9; the player dies at 0.
    Health,
    /// Food, 0..=9.
    Food,
    /// Drink, 0..=9.
    Drink,
    /// Energy, 0..=9.
    Energy,
    /// Sapling, planted with "Place Plant".
    Sapling,
    /// Wood.
    Wood,
    /// Stone.
    Stone,
    /// Coal.
    Coal,
    /// Iron.
    Iron,
    /// Diamond.
    Diamond,
    /// Wood pickaxe (mines stone and coal).
    WoodPickaxe,
    /// Stone pickaxe (mines iron).
    StonePickaxe,
    /// Iron pickaxe (mines diamond).
    IronPickaxe,
    /// Wood sword (damage 2).
    WoodSword,
    /// Stone sword (damage 3).
    StoneSword,
    /// Iron sword (damage 5).
    IronSword,
}

impl Item {
    /// Every item in Crafter's inventory order.
    pub const ALL: [Item; 16] = [
        Item::Health,
        Item::Food,
        Item::Drink,
        Item::Energy,
        Item::Sapling,
        Item::Wood,
        Item::Stone,
        Item::Coal,
        Item::Iron,
        Item::Diamond,
        Item::WoodPickaxe,
        Item::StonePickaxe,
        Item::IronPickaxe,
        Item::WoodSword,
        Item::StoneSword,
        Item::IronSword,
    ];

    /// The four vitals, in the order BALROG prints them.
    pub const VITALS: [Item; 4] = [Item::Health, Item::Food, Item::Drink, Item::Energy];

    /// Crafter's name for the item.
    pub fn name(self) -> &'static str {
        match self {
            Item::Health => "health",
            Item::Food => "food",
            Item::Drink => "drink",
            Item::Energy => "energy",
            Item::Sapling => "sapling",
            Item::Wood => "wood",
            Item::Stone => "stone",
            Item::Coal => "coal",
            Item::Iron => "iron",
            Item::Diamond => "diamond",
            Item::WoodPickaxe => "wood_pickaxe",
            Item::StonePickaxe => "stone_pickaxe",
            Item::IronPickaxe => "iron_pickaxe",
            Item::WoodSword => "wood_sword",
            Item::StoneSword => "stone_sword",
            Item::IronSword => "iron_sword",
        }
    }

    /// The item with Crafter's name `name`.
    pub fn from_name(name: &str) -> Option<Item> {
        Item::ALL.into_iter().find(|i| i.name() == name)
    }

    /// A vital (health, food, drink, energy) rather than a carried thing.
    pub fn is_vital(self) -> bool {
        (self as u8) < 4
    }
}

/// The 22 achievements, in Crafter's (alphabetical) order.
pub const ACHIEVEMENTS: [&str; 22] = [
    "collect_coal",
    "collect_diamond",
    "collect_drink",
    "collect_iron",
    "collect_sapling",
    "collect_stone",
    "collect_wood",
    "defeat_skeleton",
    "defeat_zombie",
    "eat_cow",
    "eat_plant",
    "make_iron_pickaxe",
    "make_iron_sword",
    "make_stone_pickaxe",
    "make_stone_sword",
    "make_wood_pickaxe",
    "make_wood_sword",
    "place_furnace",
    "place_plant",
    "place_stone",
    "place_table",
    "wake_up",
];

/// An achievement; the discriminant is its index in [`ACHIEVEMENTS`] and its bit in a mask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Achievement {
    /// Mined coal.
    CollectCoal,
    /// Mined a diamond.
    CollectDiamond,
    /// Drank water.
    CollectDrink,
    /// Mined iron.
    CollectIron,
    /// Found a sapling in the grass.
    CollectSapling,
    /// Mined stone.
    CollectStone,
    /// Chopped wood.
    CollectWood,
    /// Killed a skeleton.
    DefeatSkeleton,
    /// Killed a zombie.
    DefeatZombie,
    /// Killed and ate a cow.
    EatCow,
    /// Ate a ripe plant.
    EatPlant,
    /// Made an iron pickaxe.
    MakeIronPickaxe,
    /// Made an iron sword.
    MakeIronSword,
    /// Made a stone pickaxe.
    MakeStonePickaxe,
    /// Made a stone sword.
    MakeStoneSword,
    /// Made a wood pickaxe.
    MakeWoodPickaxe,
    /// Made a wood sword.
    MakeWoodSword,
    /// Built a furnace.
    PlaceFurnace,
    /// Planted a sapling.
    PlacePlant,
    /// Placed a stone.
    PlaceStone,
    /// Built a table.
    PlaceTable,
    /// Slept until rested and woke up.
    WakeUp,
}

impl Achievement {
    /// This achievement's bit in a mask.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// BALROG's 17 action strings, in Crafter's action order.
pub const ACTIONS: [&str; 17] = [
    "Noop",
    "Move West",
    "Move East",
    "Move North",
    "Move South",
    "Do",
    "Sleep",
    "Place Stone",
    "Place Table",
    "Place Furnace",
    "Place Plant",
    "Make Wood Pickaxe",
    "Make Stone Pickaxe",
    "Make Iron Pickaxe",
    "Make Wood Sword",
    "Make Stone Sword",
    "Make Iron Sword",
];

/// One of the 17 actions; the discriminant is its index in [`ACTIONS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Action {
    /// Do nothing.
    Noop,
    /// Face west and step there if free.
    MoveWest,
    /// Face east and step there if free.
    MoveEast,
    /// Face north and step there if free.
    MoveNorth,
    /// Face south and step there if free.
    MoveSouth,
    /// Collect, drink, hit or eat what is in front.
    Do,
    /// Fall asleep (only with energy below 9).
    Sleep,
    /// Put a stone in front.
    PlaceStone,
    /// Build a table in front.
    PlaceTable,
    /// Build a furnace in front.
    PlaceFurnace,
    /// Plant a sapling in front.
    PlacePlant,
    /// Craft a wood pickaxe.
    MakeWoodPickaxe,
    /// Craft a stone pickaxe.
    MakeStonePickaxe,
    /// Craft an iron pickaxe.
    MakeIronPickaxe,
    /// Craft a wood sword.
    MakeWoodSword,
    /// Craft a stone sword.
    MakeStoneSword,
    /// Craft an iron sword.
    MakeIronSword,
}

impl Action {
    /// Every action, in order.
    pub const ALL: [Action; 17] = [
        Action::Noop,
        Action::MoveWest,
        Action::MoveEast,
        Action::MoveNorth,
        Action::MoveSouth,
        Action::Do,
        Action::Sleep,
        Action::PlaceStone,
        Action::PlaceTable,
        Action::PlaceFurnace,
        Action::PlacePlant,
        Action::MakeWoodPickaxe,
        Action::MakeStonePickaxe,
        Action::MakeIronPickaxe,
        Action::MakeWoodSword,
        Action::MakeStoneSword,
        Action::MakeIronSword,
    ];

    /// The action named by one of BALROG's strings (exact match).
    pub fn parse(text: &str) -> Option<Action> {
        ACTIONS.iter().position(|&a| a == text).map(|i| Action::ALL[i])
    }

    /// The step of a move action.
    pub fn direction(self) -> Option<(i32, i32)> {
        match self {
            Action::MoveWest => Some((-1, 0)),
            Action::MoveEast => Some((1, 0)),
            Action::MoveNorth => Some((0, -1)),
            Action::MoveSouth => Some((0, 1)),
            _ => None,
        }
    }
}

/// What "Do" on a material gives.
#[derive(Clone, Copy, Debug)]
pub struct Collect {
    /// The material acted on.
    pub material: Material,
    /// A tool that must be held (not used up).
    pub requires: Option<Item>,
    /// The item received.
    pub gives: Item,
    /// The achievement for receiving it.
    pub achievement: Achievement,
    /// What the cell becomes (even when the chance roll fails).
    pub leaves: Material,
    /// Chance of receiving the item.
    pub probability: f64,
}

/// Crafter's collect table. Trees turn into grass when chopped (Crafter 1.8's data.yaml).
pub const COLLECT: [Collect; 7] = [
    Collect {
        material: Material::Tree,
        requires: None,
        gives: Item::Wood,
        achievement: Achievement::CollectWood,
        leaves: Material::Grass,
        probability: 1.0,
    },
    Collect {
        material: Material::Stone,
        requires: Some(Item::WoodPickaxe),
        gives: Item::Stone,
        achievement: Achievement::CollectStone,
        leaves: Material::Path,
        probability: 1.0,
    },
    Collect {
        material: Material::Coal,
        requires: Some(Item::WoodPickaxe),
        gives: Item::Coal,
        achievement: Achievement::CollectCoal,
        leaves: Material::Path,
        probability: 1.0,
    },
    Collect {
        material: Material::Iron,
        requires: Some(Item::StonePickaxe),
        gives: Item::Iron,
        achievement: Achievement::CollectIron,
        leaves: Material::Path,
        probability: 1.0,
    },
    Collect {
        material: Material::Diamond,
        requires: Some(Item::IronPickaxe),
        gives: Item::Diamond,
        achievement: Achievement::CollectDiamond,
        leaves: Material::Path,
        probability: 1.0,
    },
    Collect {
        material: Material::Water,
        requires: None,
        gives: Item::Drink,
        achievement: Achievement::CollectDrink,
        leaves: Material::Water,
        probability: 1.0,
    },
    Collect {
        material: Material::Grass,
        requires: None,
        gives: Item::Sapling,
        achievement: Achievement::CollectSapling,
        leaves: Material::Grass,
        probability: 0.1,
    },
];

/// The collect rule for a material, if it can be collected.
pub fn collect_rule(material: Material) -> Option<&'static Collect> {
    COLLECT.iter().find(|c| c.material == material)
}

/// What a place action puts down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placed {
    /// The faced cell becomes this material.
    Material(Material),
    /// A plant object (a sapling) appears on the faced cell.
    Plant,
}

/// A place rule.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// What appears.
    pub placed: Placed,
    /// Items used up.
    pub cost: &'static [(Item, i32)],
    /// Materials the faced cell may have.
    pub on: &'static [Material],
    /// The achievement.
    pub achievement: Achievement,
}

const GROUND: &[Material] = &[Material::Grass, Material::Sand, Material::Path];

/// Place stone: 1 stone, on ground, water or lava.
pub const PLACE_STONE: Place = Place {
    placed: Placed::Material(Material::Stone),
    cost: &[(Item::Stone, 1)],
    on: &[Material::Grass, Material::Sand, Material::Path, Material::Water, Material::Lava],
    achievement: Achievement::PlaceStone,
};
/// Place table: 2 wood (Crafter 1.8's data.yaml), on ground.
pub const PLACE_TABLE: Place = Place {
    placed: Placed::Material(Material::Table),
    cost: &[(Item::Wood, 2)],
    on: GROUND,
    achievement: Achievement::PlaceTable,
};
/// Place furnace: 4 stone, on ground; Crafter's code asks for no nearby table.
pub const PLACE_FURNACE: Place = Place {
    placed: Placed::Material(Material::Furnace),
    cost: &[(Item::Stone, 4)],
    on: GROUND,
    achievement: Achievement::PlaceFurnace,
};
/// Place plant: 1 sapling, on grass.
pub const PLACE_PLANT: Place = Place {
    placed: Placed::Plant,
    cost: &[(Item::Sapling, 1)],
    on: &[Material::Grass],
    achievement: Achievement::PlacePlant,
};

/// A make rule.
#[derive(Clone, Copy, Debug)]
pub struct Make {
    /// The tool made (one).
    pub tool: Item,
    /// Items used up.
    pub cost: &'static [(Item, i32)],
    /// Stations that must be in the 3x3 area around the player.
    pub near: &'static [Material],
    /// The achievement.
    pub achievement: Achievement,
}

const TABLE: &[Material] = &[Material::Table];
const TABLE_FURNACE: &[Material] = &[Material::Table, Material::Furnace];
const WOOD: &[(Item, i32)] = &[(Item::Wood, 1)];
const WOOD_STONE: &[(Item, i32)] = &[(Item::Wood, 1), (Item::Stone, 1)];
const WOOD_COAL_IRON: &[(Item, i32)] = &[(Item::Wood, 1), (Item::Coal, 1), (Item::Iron, 1)];

/// Make wood pickaxe.
pub const MAKE_WOOD_PICKAXE: Make =
    Make { tool: Item::WoodPickaxe, cost: WOOD, near: TABLE, achievement: Achievement::MakeWoodPickaxe };
/// Make stone pickaxe.
pub const MAKE_STONE_PICKAXE: Make =
    Make { tool: Item::StonePickaxe, cost: WOOD_STONE, near: TABLE, achievement: Achievement::MakeStonePickaxe };
/// Make iron pickaxe.
pub const MAKE_IRON_PICKAXE: Make = Make {
    tool: Item::IronPickaxe,
    cost: WOOD_COAL_IRON,
    near: TABLE_FURNACE,
    achievement: Achievement::MakeIronPickaxe,
};
/// Make wood sword.
pub const MAKE_WOOD_SWORD: Make =
    Make { tool: Item::WoodSword, cost: WOOD, near: TABLE, achievement: Achievement::MakeWoodSword };
/// Make stone sword.
pub const MAKE_STONE_SWORD: Make =
    Make { tool: Item::StoneSword, cost: WOOD_STONE, near: TABLE, achievement: Achievement::MakeStoneSword };
/// Make iron sword.
pub const MAKE_IRON_SWORD: Make =
    Make { tool: Item::IronSword, cost: WOOD_COAL_IRON, near: TABLE_FURNACE, achievement: Achievement::MakeIronSword };

/// Melee damage of the player's best sword.
pub fn melee_damage(has: impl Fn(Item) -> bool) -> i32 {
    if has(Item::IronSword) {
        5
    } else if has(Item::StoneSword) {
        3
    } else if has(Item::WoodSword) {
        2
    } else {
        1
    }
}
