//! Crafter's rules as data (recipes, placements, tools) and as the pre-filled knowledge file.
//!
//! Numbers follow our Crafter (`games/crafter/src/rules.rs`); a test in `gate.rs` plays the real
//! game to check that the gates built on them never refuse a move the game would allow.

/// Wood a table costs.
pub const TABLE_WOOD: i64 = 2;
/// Stone a furnace costs.
pub const FURNACE_STONE: i64 = 4;

/// Ground a table, furnace or stone may be placed on.
pub const GROUND: &[&str] = &["grass", "sand", "path"];
/// Creatures and objects; a cell holding one takes no placement.
pub const CREATURES: &[&str] = &["cow", "zombie", "skeleton", "arrow", "plant"];

/// A crafting recipe ("Make ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipe {
    /// The action string.
    pub action: &'static str,
    /// The item made.
    pub tool: &'static str,
    /// Items used up.
    pub cost: &'static [(&'static str, i64)],
    /// Needs a furnace as well as a table in the 3x3 area around the player.
    pub furnace: bool,
}

/// The six recipes, in the game's action order.
pub const RECIPES: [Recipe; 6] = [
    Recipe { action: "Make Wood Pickaxe", tool: "wood_pickaxe", cost: &[("wood", 1)], furnace: false },
    Recipe { action: "Make Stone Pickaxe", tool: "stone_pickaxe", cost: &[("wood", 1), ("stone", 1)], furnace: false },
    Recipe {
        action: "Make Iron Pickaxe",
        tool: "iron_pickaxe",
        cost: &[("wood", 1), ("coal", 1), ("iron", 1)],
        furnace: true,
    },
    Recipe { action: "Make Wood Sword", tool: "wood_sword", cost: &[("wood", 1)], furnace: false },
    Recipe { action: "Make Stone Sword", tool: "stone_sword", cost: &[("wood", 1), ("stone", 1)], furnace: false },
    Recipe {
        action: "Make Iron Sword",
        tool: "iron_sword",
        cost: &[("wood", 1), ("coal", 1), ("iron", 1)],
        furnace: true,
    },
];

/// A placement ("Place ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// The action string.
    pub action: &'static str,
    /// What is placed, for messages.
    pub what: &'static str,
    /// The item used up and how many.
    pub cost: (&'static str, i64),
    /// Materials the faced cell may hold.
    pub on: &'static [&'static str],
}

/// The four placements, in the game's action order.
pub const PLACEMENTS: [Placement; 4] = [
    Placement {
        action: "Place Stone",
        what: "stone",
        cost: ("stone", 1),
        on: &["grass", "sand", "path", "water", "lava"],
    },
    Placement { action: "Place Table", what: "table", cost: ("wood", TABLE_WOOD), on: GROUND },
    Placement { action: "Place Furnace", what: "furnace", cost: ("stone", FURNACE_STONE), on: GROUND },
    Placement { action: "Place Plant", what: "sapling", cost: ("sapling", 1), on: &["grass"] },
];

/// What "Do" on a material needs held: `(material, tool)`.
pub const MINING: [(&str, &str); 4] =
    [("stone", "wood_pickaxe"), ("coal", "wood_pickaxe"), ("iron", "stone_pickaxe"), ("diamond", "iron_pickaxe")];

/// A game action, parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Do nothing.
    Noop,
    /// Move (and face) by this unit offset.
    Move(i64, i64),
    /// Act on the faced cell.
    Do,
    /// Sleep.
    Sleep,
    /// One of [`PLACEMENTS`].
    Place(&'static Placement),
    /// One of [`RECIPES`].
    Make(&'static Recipe),
}

/// Parse an action string leniently: any case, `_`/`-`/spaces alike, Crafter's internal names too
/// ("move_left", "place_table"). `None` for anything else (the host validates actions).
pub fn parse_action(text: &str) -> Option<Action> {
    let norm: String =
        text.trim().to_ascii_lowercase().replace(['_', '-'], " ").split_whitespace().collect::<Vec<_>>().join(" ");
    let action = match norm.as_str() {
        "noop" => Action::Noop,
        "move west" | "move left" => Action::Move(-1, 0),
        "move east" | "move right" => Action::Move(1, 0),
        "move north" | "move up" => Action::Move(0, -1),
        "move south" | "move down" => Action::Move(0, 1),
        "do" => Action::Do,
        "sleep" => Action::Sleep,
        other => {
            if let Some(p) = PLACEMENTS.iter().find(|p| p.action.to_ascii_lowercase() == other) {
                Action::Place(p)
            } else {
                Action::Make(RECIPES.iter().find(|r| r.action.to_ascii_lowercase() == other)?)
            }
        }
    };
    Some(action)
}

/// The pre-filled knowledge file, `crafter_rules.txt`, in our own words.
pub fn knowledge_file() -> String {
    format!(
        "\
=== CRAFTER RULES (reference; kept by code, read-only) ===
GATHERING (face the cell, then Do):
- tree -> +1 wood (the tree turns into grass). No tool needed.
- water -> +1 drink. No tool needed.
- grass -> sometimes (1 in 10) a sapling.
- stone -> +1 stone; needs a wood pickaxe. The cell becomes path.
- coal -> +1 coal; needs a wood pickaxe.
- iron -> +1 iron; needs a stone pickaxe.
- diamond -> +1 diamond; needs an iron pickaxe.
- cow -> hit it until it dies: +6 food (eat_cow). Ripe plant -> +4 food (eat_plant).
PLACING (uses items; the faced cell must be free of creatures):
- Place Table: {TABLE_WOOD} wood, on grass, sand or path.
- Place Furnace: {FURNACE_STONE} stone, on grass, sand or path.
- Place Stone: 1 stone, on grass, sand, path, water or lava (bridges water, blocks lava).
- Place Plant: 1 sapling, on grass only. It ripens after a few hundred steps; animals nearby destroy it.
CRAFTING (a table, and for iron tools also a furnace, within one step: the 3x3 area around you,
diagonals count):
- Make Wood Pickaxe: 1 wood.          - Make Wood Sword: 1 wood.
- Make Stone Pickaxe: 1 wood + 1 stone. - Make Stone Sword: 1 wood + 1 stone.
- Make Iron Pickaxe: 1 wood + 1 coal + 1 iron (table AND furnace).
- Make Iron Sword: 1 wood + 1 coal + 1 iron (table AND furnace).
An action that lacks a material or a station silently does nothing.
TECH PATH: wood (3+) -> table -> wood pickaxe -> stone -> stone pickaxe -> coal + {FURNACE_STONE} stone -> furnace
-> iron -> iron pickaxe -> diamond. Swords use the same stations; make them when you have spare wood.
SURVIVAL:
- Food drops about every 25 steps, drink about every 20, energy about every 30 awake. Each is 0..9.
- Health regrows while food, drink and energy are all above 0, and drains while any is 0.
- Sleep only when energy is below 9; you stay asleep until it is full and get wake_up.
  A zombie hits a sleeper for 7 instead of 2: sleep away from zombies, walled in by stone if you can.
- Zombies roam grass, many more at night. Skeletons live in dark tunnels and shoot arrows.
- Lava kills at once: never step onto it.
- Moving toward a blocked cell only turns you to face it.
- You carry at most 9 of each item.
ACHIEVEMENTS (22, each counts once): collect wood/stone/coal/iron/diamond/drink/sapling, place
table/furnace/stone/plant, make wood/stone/iron pickaxe and sword, eat cow, eat plant, defeat
zombie, defeat skeleton, wake up.
"
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_listed_action_and_lenient_forms() {
        let listed = [
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
        for a in listed {
            assert!(parse_action(a).is_some(), "{a}");
        }
        assert_eq!(parse_action("  move_left "), Some(Action::Move(-1, 0)));
        assert_eq!(parse_action("MOVE NORTH"), Some(Action::Move(0, -1)));
        assert!(matches!(parse_action("make-iron_pickaxe"), Some(Action::Make(r)) if r.tool == "iron_pickaxe"));
        assert!(matches!(parse_action("place table"), Some(Action::Place(p)) if p.cost == ("wood", 2)));
        assert_eq!(parse_action("chop tree"), None);
        assert_eq!(parse_action(""), None);
    }

    #[test]
    fn knowledge_file_states_the_costs() {
        let text = knowledge_file();
        assert!(text.contains("Place Table: 2 wood"));
        assert!(text.contains(&format!("Place Furnace: {FURNACE_STONE} stone")));
        assert!(text.contains("needs a stone pickaxe"));
    }
}
