//! Crafter's structured state (`observation.info`), parsed leniently.
//!
//! The format is documented in `games/crafter/src/info.rs`: position, facing and its target,
//! vitals, sleeping, inventory, achievements, daylight and `nearest` (the `[dx, dy]` offset of the
//! nearest cell of each kind in the 9x7 view; `dx > 0` is east, `dy > 0` is south).
use serde_json::Value;

/// Crafter's inventory items (vitals excluded), in the game's order.
pub const ITEMS: [&str; 12] = [
    "sapling",
    "wood",
    "stone",
    "coal",
    "iron",
    "diamond",
    "wood_pickaxe",
    "stone_pickaxe",
    "iron_pickaxe",
    "wood_sword",
    "stone_sword",
    "iron_sword",
];

/// The four vitals, in BALROG's order.
pub const VITALS: [&str; 4] = ["health", "food", "drink", "energy"];

/// The 22 achievements, in Crafter's order.
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

/// One observation's structured state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Info {
    /// Steps played in the episode.
    pub step: i64,
    /// World coordinates `(x, y)`, x east, y south.
    pub position: Option<(i64, i64)>,
    /// The direction faced, as a unit offset.
    pub facing: (i64, i64),
    /// What the faced cell holds: a material ("grass", "tree", ...), a creature, or "nothing".
    pub target: String,
    /// Health, food, drink, energy (0..=9).
    pub vitals: [i64; 4],
    /// Asleep: every action is overridden until energy is full.
    pub sleeping: bool,
    /// Health reached 0.
    pub dead: bool,
    /// Count of each item of [`ITEMS`], same order.
    pub inventory: [i64; 12],
    /// Achievements unlocked so far.
    pub achievements: Vec<String>,
    /// 1 at noon, 0 at midnight; `None` when not given.
    pub daylight: Option<f64>,
    /// Nearest cell of each kind in view: `(kind, dx, dy)`.
    pub nearest: Vec<(String, i64, i64)>,
}

fn int(v: Option<&Value>) -> Option<i64> {
    v.and_then(Value::as_i64)
}

fn pair(v: Option<&Value>) -> Option<(i64, i64)> {
    let a = v?.as_array()?;
    match a.as_slice() {
        [x, y] => Some((x.as_i64()?, y.as_i64()?)),
        _ => None,
    }
}

impl Info {
    /// Parse the info JSON; `None` unless it is an object with Crafter's vitals and inventory.
    pub fn parse(json: &str) -> Option<Info> {
        let root: Value = serde_json::from_str(json).ok()?;
        let obj = root.as_object()?;
        let vitals_obj = obj.get("vitals")?.as_object()?;
        let inventory_obj = obj.get("inventory")?.as_object()?;
        let mut info =
            Info { step: int(obj.get("step")).unwrap_or(0), position: pair(obj.get("position")), ..Info::default() };
        for (slot, name) in info.vitals.iter_mut().zip(VITALS) {
            *slot = int(vitals_obj.get(name)).unwrap_or(0);
        }
        for (slot, name) in info.inventory.iter_mut().zip(ITEMS) {
            *slot = int(inventory_obj.get(name)).unwrap_or(0);
        }
        if let Some(facing) = obj.get("facing").and_then(Value::as_object) {
            info.facing = (int(facing.get("dx")).unwrap_or(0), int(facing.get("dy")).unwrap_or(0));
            info.target = facing.get("target").and_then(Value::as_str).unwrap_or("nothing").to_string();
        } else {
            info.target = "nothing".into();
        }
        info.sleeping = obj.get("sleeping").and_then(Value::as_bool).unwrap_or(false);
        info.dead = obj.get("dead").and_then(Value::as_bool).unwrap_or(false);
        if let Some(list) = obj.get("achievements").and_then(Value::as_array) {
            info.achievements = list.iter().filter_map(Value::as_str).map(str::to_string).collect();
        }
        info.daylight = obj.get("daylight").and_then(Value::as_f64);
        if let Some(nearest) = obj.get("nearest").and_then(Value::as_object) {
            info.nearest = nearest
                .iter()
                .filter_map(|(kind, offset)| pair(Some(offset)).map(|(dx, dy)| (kind.clone(), dx, dy)))
                .collect();
        }
        Some(info)
    }

    /// How many of an item (or a vital) the player has; 0 for unknown names.
    pub fn item(&self, name: &str) -> i64 {
        if let Some(i) = VITALS.iter().position(|&v| v == name) {
            return self.vitals[i];
        }
        ITEMS.iter().position(|&i| i == name).map_or(0, |i| self.inventory[i])
    }

    /// Health.
    pub fn health(&self) -> i64 {
        self.vitals[0]
    }
    /// Food.
    pub fn food(&self) -> i64 {
        self.vitals[1]
    }
    /// Drink.
    pub fn drink(&self) -> i64 {
        self.vitals[2]
    }
    /// Energy.
    pub fn energy(&self) -> i64 {
        self.vitals[3]
    }

    /// The offset of the nearest cell of `kind` in view.
    pub fn nearest(&self, kind: &str) -> Option<(i64, i64)> {
        self.nearest.iter().find(|(k, _, _)| k == kind).map(|&(_, dx, dy)| (dx, dy))
    }

    /// Whether an achievement is unlocked.
    pub fn has(&self, achievement: &str) -> bool {
        self.achievements.iter().any(|a| a == achievement)
    }
}

/// Manhattan distance of an offset.
pub fn distance((dx, dy): (i64, i64)) -> i64 {
    dx.abs() + dy.abs()
}

/// An offset in words: "2 east, 1 north", "here" for (0,0).
pub fn describe_offset((dx, dy): (i64, i64)) -> String {
    let mut parts = Vec::new();
    if dx != 0 {
        parts.push(format!("{} {}", dx.abs(), if dx > 0 { "east" } else { "west" }));
    }
    if dy != 0 {
        parts.push(format!("{} {}", dy.abs(), if dy > 0 { "south" } else { "north" }));
    }
    if parts.is_empty() { "here".into() } else { parts.join(", ") }
}

/// A facing offset as a direction word: "north", "south-west", "nowhere" for (0,0).
pub fn direction_word((dx, dy): (i64, i64)) -> String {
    let ns = match dy.signum() {
        -1 => "north",
        1 => "south",
        _ => "",
    };
    let ew = match dx.signum() {
        -1 => "west",
        1 => "east",
        _ => "",
    };
    match (ns.is_empty(), ew.is_empty()) {
        (true, true) => "nowhere".into(),
        (false, false) => format!("{ns}-{ew}"),
        _ => format!("{ns}{ew}"),
    }
}

/// Where a kind is, in words: "tree 2 east, 1 north (3 steps)".
pub fn describe_place(kind: &str, offset: (i64, i64)) -> String {
    let d = distance(offset);
    format!("{kind} {} ({d} step{})", describe_offset(offset), if d == 1 { "" } else { "s" })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    pub const SAMPLE: &str = r#"{"step":3,"world_step":4,"area":[64,64],"position":[32,31],
        "facing":{"dx":0,"dy":1,"direction":"south","target":"tree"},
        "vitals":{"health":9,"food":7,"drink":6,"energy":8},"sleeping":false,"dead":false,
        "inventory":{"sapling":0,"wood":2,"stone":0,"coal":0,"iron":0,"diamond":0,"wood_pickaxe":1,
        "stone_pickaxe":0,"iron_pickaxe":0,"wood_sword":0,"stone_sword":0,"iron_sword":0},
        "achievements":["collect_wood","place_table"],"progression":0.09,"daylight":0.797,
        "nearest":{"tree":[0,1],"table":[-1,1],"water":[3,0],"zombie":[2,-2]}}"#;

    #[test]
    fn parses_every_field() {
        let info = Info::parse(SAMPLE).unwrap();
        assert_eq!(info.step, 3);
        assert_eq!(info.position, Some((32, 31)));
        assert_eq!(info.facing, (0, 1));
        assert_eq!(info.target, "tree");
        assert_eq!(info.vitals, [9, 7, 6, 8]);
        assert_eq!((info.food(), info.drink(), info.energy(), info.health()), (7, 6, 8, 9));
        assert_eq!(info.item("wood"), 2);
        assert_eq!(info.item("wood_pickaxe"), 1);
        assert_eq!(info.item("energy"), 8);
        assert_eq!(info.item("unobtainium"), 0);
        assert!(info.has("place_table") && !info.has("collect_stone"));
        assert_eq!(info.daylight, Some(0.797));
        assert_eq!(info.nearest("table"), Some((-1, 1)));
        assert_eq!(info.nearest("zombie"), Some((2, -2)));
        assert_eq!(info.nearest("lava"), None);
        assert!(!info.sleeping && !info.dead);
    }

    #[test]
    fn refuses_what_is_not_crafter_state() {
        assert_eq!(Info::parse("{}"), None);
        assert_eq!(Info::parse("not json"), None);
        assert_eq!(Info::parse("[1,2]"), None);
        assert_eq!(Info::parse(r#"{"vitals":{}}"#), None);
        let bare = Info::parse(r#"{"vitals":{},"inventory":{}}"#).unwrap();
        assert_eq!(bare.target, "nothing");
        assert_eq!(bare.position, None);
    }

    #[test]
    fn offsets_in_words() {
        assert_eq!(describe_offset((2, -1)), "2 east, 1 north");
        assert_eq!(describe_offset((-3, 0)), "3 west");
        assert_eq!(describe_offset((0, 2)), "2 south");
        assert_eq!(describe_offset((0, 0)), "here");
        assert_eq!(describe_place("tree", (1, 0)), "tree 1 east (1 step)");
        assert_eq!(direction_word((0, -1)), "north");
        assert_eq!(direction_word((1, 1)), "south-east");
        assert_eq!(direction_word((0, 0)), "nowhere");
        assert_eq!(describe_place("cow", (-1, 2)), "cow 1 west, 2 south (3 steps)");
    }
}
