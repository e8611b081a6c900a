//! The game's `info` JSON (see `games/crafter/src/info.rs`), read into a plain struct.

use crate::geom::{Dir, Pos, add, manhattan, sub};
use serde_json::Value;

/// Half-width and half-height of the 9x7 view.
pub const VIEW: Pos = (4, 3);

/// What one observation's `info` says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Info {
    /// Agent steps taken so far.
    pub step: u32,
    /// World size.
    pub area: Pos,
    /// The player's absolute cell.
    pub pos: Pos,
    /// The unit offset the player faces.
    pub facing: Pos,
    /// What the faced cell holds ("grass", "tree", "cow", "nothing" off the map).
    pub target: String,
    /// Health, 0 to 9.
    pub health: i32,
    /// Food, 0 to 9.
    pub food: i32,
    /// Drink, 0 to 9.
    pub drink: i32,
    /// Energy, 0 to 9.
    pub energy: i32,
    /// The player is asleep.
    pub sleeping: bool,
    /// Inventory counts by item name.
    pub inventory: Vec<(String, i32)>,
    /// Achievements unlocked so far.
    pub achievements: Vec<String>,
    /// Daylight in [0, 1].
    pub daylight: f64,
    /// Nearest cell of each kind in view, as an offset from the player.
    pub nearest: Vec<(String, Pos)>,
}

fn int(v: &Value) -> i32 {
    v.as_i64().and_then(|n| i32::try_from(n).ok()).unwrap_or(0)
}

fn pair(v: &Value) -> Pos {
    (int(&v[0]), int(&v[1]))
}

impl Info {
    /// Parse the info JSON; an error names what was missing.
    pub fn parse(json: &str) -> Result<Info, String> {
        let v: Value = serde_json::from_str(json).map_err(|e| format!("info is not JSON: {e}"))?;
        if !v["position"].is_array() {
            return Err("info has no position".into());
        }
        let vitals = &v["vitals"];
        let map_of = |key: &str| -> Vec<(String, Value)> {
            v[key].as_object().map(|m| m.iter().map(|(k, x)| (k.clone(), x.clone())).collect()).unwrap_or_default()
        };
        Ok(Info {
            step: u32::try_from(int(&v["step"])).unwrap_or(0),
            area: if v["area"].is_array() { pair(&v["area"]) } else { (64, 64) },
            pos: pair(&v["position"]),
            facing: (int(&v["facing"]["dx"]), int(&v["facing"]["dy"])),
            target: v["facing"]["target"].as_str().unwrap_or("nothing").to_string(),
            health: int(&vitals["health"]),
            food: int(&vitals["food"]),
            drink: int(&vitals["drink"]),
            energy: int(&vitals["energy"]),
            sleeping: v["sleeping"].as_bool().unwrap_or(false),
            inventory: map_of("inventory").into_iter().map(|(k, x)| (k, int(&x))).collect(),
            achievements: v["achievements"]
                .as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default(),
            daylight: v["daylight"].as_f64().unwrap_or(1.0),
            nearest: map_of("nearest").into_iter().map(|(k, x)| (k, pair(&x))).collect(),
        })
    }

    /// How many of an item the player holds.
    pub fn item(&self, name: &str) -> i32 {
        self.inventory.iter().find(|(k, _)| k == name).map_or(0, |(_, n)| *n)
    }

    /// The achievement is unlocked.
    pub fn has(&self, achievement: &str) -> bool {
        self.achievements.iter().any(|a| a == achievement)
    }

    /// Offset of the nearest visible `kind`.
    pub fn seen(&self, kind: &str) -> Option<Pos> {
        self.nearest.iter().find(|(k, _)| k == kind).map(|(_, o)| *o)
    }

    /// Absolute cell of the nearest visible `kind`.
    pub fn seen_at(&self, kind: &str) -> Option<Pos> {
        self.seen(kind).map(|o| add(self.pos, o))
    }

    /// Distance to the nearest visible `kind`.
    pub fn distance(&self, kind: &str) -> Option<i32> {
        self.seen(kind).map(manhattan)
    }

    /// The direction the player faces.
    pub fn facing_dir(&self) -> Option<Dir> {
        Dir::from_offset(self.facing)
    }

    /// The faced cell is walkable ground.
    pub fn facing_ground(&self) -> bool {
        is_ground(&self.target)
    }

    /// The absolute cell is inside the 9x7 view.
    pub fn in_view(&self, cell: Pos) -> bool {
        let d = sub(cell, self.pos);
        d.0.abs() <= VIEW.0 && d.1.abs() <= VIEW.1
    }

    /// The absolute cell is inside the world.
    pub fn inside(&self, cell: Pos) -> bool {
        cell.0 >= 0 && cell.1 >= 0 && cell.0 < self.area.0 && cell.1 < self.area.1
    }

    /// What the view shows at an absolute cell, when the info tells: the faced cell, or a
    /// kind whose nearest instance is there.
    pub fn known_at(&self, cell: Pos) -> Option<&str> {
        if cell == add(self.pos, self.facing) {
            return Some(&self.target);
        }
        self.nearest.iter().find(|(_, o)| add(self.pos, *o) == cell).map(|(k, _)| k.as_str())
    }
}

/// Grass, sand and path: the cells a player can walk on.
pub fn is_ground(kind: &str) -> bool {
    matches!(kind, "grass" | "sand" | "path")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{"step":3,"world_step":4,"area":[64,64],"position":[32,30],
      "facing":{"dx":0,"dy":1,"direction":"south","target":"grass"},
      "vitals":{"health":9,"food":8,"drink":7,"energy":6},"sleeping":false,"dead":false,
      "inventory":{"sapling":0,"wood":2,"stone":0},"achievements":["collect_wood"],
      "progression":0.045455,"daylight":0.797,
      "nearest":{"tree":[-2,1],"water":[3,0],"cow":[1,-2]}}"#;

    #[test]
    fn parses_the_documented_shape() -> Result<(), String> {
        let info = Info::parse(SAMPLE)?;
        assert_eq!((info.step, info.pos, info.facing), (3, (32, 30), (0, 1)));
        assert_eq!((info.health, info.food, info.drink, info.energy), (9, 8, 7, 6));
        assert_eq!(info.item("wood"), 2);
        assert!(info.has("collect_wood") && !info.has("place_table"));
        assert_eq!(info.seen_at("tree"), Some((30, 31)));
        assert_eq!(info.distance("water"), Some(3));
        assert_eq!(info.facing_dir(), Some(Dir::South));
        assert!(info.facing_ground());
        assert_eq!(info.known_at((33, 28)), Some("cow"));
        assert!(info.in_view((36, 33)) && !info.in_view((37, 30)));
        Ok(())
    }

    #[test]
    fn rejects_garbage() {
        assert!(Info::parse("not json").is_err());
        assert!(Info::parse("{}").is_err());
    }
}
