//! Decisions computed from the game state alone: gates, the tech-tree status, warnings and the
//! step-to-step diff. Plain functions of [`Info`], tested natively.
use crate::info::{ACHIEVEMENTS, ITEMS, Info, VITALS, describe_offset, describe_place, direction_word, distance};
use crate::rules::{Action, CREATURES, FURNACE_STONE, MINING, Placement, RECIPES, Recipe, TABLE_WOOD, parse_action};
use std::fmt::Write as _;

/// Hostile creatures.
pub const HOSTILES: [&str; 2] = ["zombie", "skeleton"];
/// No sleeping with a hostile this close (Manhattan distance).
pub const SLEEP_SAFE_DISTANCE: i64 = 3;
/// Threat warnings for hostiles this close.
pub const THREAT_DISTANCE: i64 = 2;

/// Where a station (table, furnace) is relative to the 3x3 area where crafting can use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// In the 3x3 area around the player.
    Near,
    /// The nearest one is 2 steps away in a straight line; another one on a diagonal at the same
    /// distance could be hidden behind it (the info lists only the nearest). Treated as reachable.
    Maybe((i64, i64)),
    /// In view but out of reach, at this offset.
    Seen((i64, i64)),
    /// Not in view. The view (9x7) covers the 3x3 area, so it is certainly not in reach.
    Unseen,
}

/// Where the nearest `station` is.
pub fn station(info: &Info, name: &str) -> Reach {
    match info.nearest(name) {
        None => Reach::Unseen,
        Some((dx, dy)) if dx.abs() <= 1 && dy.abs() <= 1 => Reach::Near,
        Some(offset) if distance(offset) == 2 => Reach::Maybe(offset),
        Some(offset) => Reach::Seen(offset),
    }
}

fn in_reach(reach: Reach) -> bool {
    matches!(reach, Reach::Near | Reach::Maybe(_))
}

fn missing_station(name: &str, reach: Reach, action: &str) -> Option<String> {
    match reach {
        Reach::Near | Reach::Maybe(_) => None,
        Reach::Seen(offset) => Some(format!(
            "{action} needs a {name} within one step of you (the 3x3 area around you, diagonals count); \
             the nearest {name} is {}: walk next to it first.",
            describe_offset(offset)
        )),
        Reach::Unseen => {
            let build = if name == "table" {
                format!("Place Table ({TABLE_WOOD} wood)")
            } else {
                format!("Place Furnace ({FURNACE_STONE} stone)")
            };
            Some(format!(
                "{action} needs a {name} within one step of you, and there is no {name} in view: {build} \
                 first, or walk back to one you noted."
            ))
        }
    }
}

fn source_of(item: &str) -> &'static str {
    match item {
        "wood" => "tree",
        "stone" => "stone",
        "coal" => "coal",
        "iron" => "iron",
        "diamond" => "diamond",
        "sapling" => "grass",
        _ => "tree",
    }
}

fn where_to_get(info: &Info, item: &str) -> String {
    let source = source_of(item);
    match info.nearest(source) {
        Some(offset) => format!("nearest {}", describe_place(source, offset)),
        None => format!("no {source} in view"),
    }
}

fn recipe_check(info: &Info, recipe: &Recipe) -> Result<(), String> {
    let short: Vec<(&str, i64, i64)> = recipe
        .cost
        .iter()
        .filter(|&&(item, n)| info.item(item) < n)
        .map(|&(item, n)| (item, n, info.item(item)))
        .collect();
    if let Some(&(item, _, _)) = short.first() {
        let cost = recipe.cost.iter().map(|(i, n)| format!("{n} {i}")).collect::<Vec<_>>().join(" + ");
        let have = recipe.cost.iter().map(|(i, _)| format!("{} {i}", info.item(i))).collect::<Vec<_>>().join(", ");
        return Err(format!(
            "{} needs {cost}; you have {have}. Get {item} first ({}).",
            recipe.action,
            where_to_get(info, item)
        ));
    }
    if let Some(reason) = missing_station("table", station(info, "table"), recipe.action) {
        return Err(reason);
    }
    if recipe.furnace
        && let Some(reason) = missing_station("furnace", station(info, "furnace"), recipe.action)
    {
        return Err(reason);
    }
    Ok(())
}

fn placement_check(info: &Info, placement: &Placement) -> Result<(), String> {
    let (item, n) = placement.cost;
    let have = info.item(item);
    if have < n {
        return Err(format!(
            "{} needs {n} {item}; you have {have}. Get {item} first ({}).",
            placement.action,
            where_to_get(info, item)
        ));
    }
    let target = info.target.as_str();
    if CREATURES.contains(&target) {
        return Err(format!("{}: a {target} is in the cell you face; it must be empty.", placement.action));
    }
    if !placement.on.contains(&target) {
        let faced = if target == "nothing" { "the edge of the world".to_string() } else { target.to_string() };
        return Err(format!(
            "{} puts the {} on the cell you face, which must be {}; you face {faced}. Turn toward a \
             suitable cell first (a Move toward a blocked cell only turns you).",
            placement.action,
            placement.what,
            placement.on.join(", ")
        ));
    }
    Ok(())
}

/// Whether the game would carry out `action` in this state, as far as the state tells: missing
/// materials, stations out of reach, an unsuitable cell to place on, mining without the tool.
/// `Ok` also for every action this check does not cover (moves, Noop, Sleep, ...).
pub fn feasibility(info: &Info, action: Action) -> Result<(), String> {
    match action {
        Action::Make(recipe) => recipe_check(info, recipe),
        Action::Place(placement) => placement_check(info, placement),
        Action::Do => {
            let target = info.target.as_str();
            match MINING.iter().find(|(material, _)| *material == target) {
                Some(&(material, tool)) if info.item(tool) == 0 => Err(format!(
                    "Do on {material} needs a {} in your inventory, and you have none; it would do nothing.",
                    tool.replace('_', " ")
                )),
                _ => Ok(()),
            }
        }
        Action::Noop | Action::Move(..) | Action::Sleep => Ok(()),
    }
}

/// How many of the most recent actions in `history` are Noop.
pub fn trailing_noops(history: &[String]) -> u32 {
    history.iter().rev().take_while(|a| parse_action(a) == Some(Action::Noop)).count() as u32
}

/// Nearest hostile within `max` steps: `(kind, offset)`.
pub fn nearest_hostile(info: &Info, max: i64) -> Option<(&'static str, (i64, i64))> {
    HOSTILES
        .iter()
        .filter_map(|&kind| info.nearest(kind).map(|offset| (kind, offset)))
        .filter(|&(_, offset)| distance(offset) <= max)
        .min_by_key(|&(_, offset)| distance(offset))
}

/// The action gate: `Err(reason)` rejects the action. `trailing_noops` counts the Noops played
/// just before; `noop_limit` 0 turns the Noop-spiral gate off.
pub fn gate(info: &Info, action_text: &str, trailing_noops: u32, noop_limit: u32) -> Result<(), String> {
    let Some(action) = parse_action(action_text) else {
        return Ok(()); // Not an action: the host substitutes the default and says so.
    };
    if info.sleeping || info.dead {
        return Ok(()); // Asleep, every action becomes sleep anyway.
    }
    feasibility(info, action)?;
    match action {
        Action::Sleep => {
            if info.energy() >= 9 {
                return Err("Sleep does nothing: your energy is already 9/9. Sleep once it drops.".into());
            }
            if let Some((kind, offset)) = nearest_hostile(info, SLEEP_SAFE_DISTANCE) {
                return Err(format!(
                    "Unsafe to sleep: {}. A zombie hits a sleeper for 7. Move away, fight it, or wall \
                     yourself in with Place Stone first.",
                    describe_place(kind, offset)
                ));
            }
        }
        Action::Noop if noop_limit > 0 && trailing_noops >= noop_limit => {
            return Err(format!(
                "You have done nothing for {trailing_noops} steps in a row. Noop wastes food and drink: \
                 move, gather or craft instead."
            ));
        }
        Action::Move(dx, dy) if info.nearest("lava") == Some((dx, dy)) => {
            return Err("Lava is right there in that direction: stepping onto it kills you at once. Go around.".into());
        }
        _ => {}
    }
    Ok(())
}

/// The next step on the tech path, and the resource it needs from the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// What to do next, in words.
    pub step: String,
    /// The kind to walk to (a `nearest` key), if the step needs one.
    pub need: Option<&'static str>,
}

fn add_need(needs: &mut Vec<(&'static str, i64)>, item: &'static str, n: i64) {
    match needs.iter_mut().find(|(i, _)| *i == item) {
        Some(entry) => entry.1 += n,
        None => needs.push((item, n)),
    }
}

fn craft_path(info: &Info, recipe: &Recipe) -> Next {
    let table = station(info, "table");
    let furnace = if recipe.furnace { station(info, "furnace") } else { Reach::Near };
    let build_table = table == Reach::Unseen;
    let build_furnace = furnace == Reach::Unseen;
    let mut needs: Vec<(&'static str, i64)> = recipe.cost.to_vec();
    if build_table {
        add_need(&mut needs, "wood", TABLE_WOOD);
    }
    if build_furnace {
        add_need(&mut needs, "stone", FURNACE_STONE);
    }
    let short: Vec<(&'static str, i64)> = needs.iter().copied().filter(|&(i, n)| info.item(i) < n).collect();
    // Prefer a missing material whose source is in view.
    let pick = short.iter().find(|(i, _)| info.nearest(source_of(i)).is_some()).or_else(|| short.first());
    if let Some(&(item, n)) = pick {
        let mut why = vec![recipe.action.to_string()];
        if build_table {
            why.push("a table".into());
        }
        if build_furnace {
            why.push("a furnace".into());
        }
        let verb = match item {
            "wood" => "Chop",
            "sapling" => "Find",
            _ => "Mine",
        };
        return Next {
            step: format!(
                "{verb} {} more {item} (have {}, need {n} for {}).",
                n - info.item(item),
                info.item(item),
                why.join(" + ")
            ),
            need: Some(source_of(item)),
        };
    }
    if build_table {
        return Next {
            step: format!("Place Table ({TABLE_WOOD} wood) facing open grass, sand or path, then {}.", recipe.action),
            need: None,
        };
    }
    if let Reach::Seen(offset) = table {
        return Next {
            step: format!("Walk next to the table ({}), then {}.", describe_offset(offset), recipe.action),
            need: Some("table"),
        };
    }
    if build_furnace {
        return Next {
            step: format!("Place Furnace ({FURNACE_STONE} stone) next to the table, then {}.", recipe.action),
            need: None,
        };
    }
    if let Reach::Seen(offset) = furnace {
        return Next {
            step: format!(
                "Walk to where the table and the furnace are both within one step (furnace {}), then {}.",
                describe_offset(offset),
                recipe.action
            ),
            need: Some("furnace"),
        };
    }
    Next { step: format!("{} now: you have the materials and the station is in reach.", recipe.action), need: None }
}

/// The next step on the tool path: wood pickaxe, stone pickaxe, iron pickaxe, diamond.
pub fn next_step(info: &Info) -> Next {
    for recipe in RECIPES.iter().filter(|r| r.tool.ends_with("pickaxe")) {
        if info.item(recipe.tool) == 0 {
            return craft_path(info, recipe);
        }
    }
    if !info.has("collect_diamond") {
        return Next {
            step: "Mine a diamond: face it and Do (your iron pickaxe can). Diamonds lie deep in the mountains, \
                   often near lava."
                .into(),
            need: Some("diamond"),
        };
    }
    Next { step: "The tool path is complete: work through the open achievements below.".into(), need: None }
}

/// Short hints for open achievements that look within reach now (at most `max`).
pub fn open_hints(info: &Info, max: usize) -> Vec<String> {
    let mut hints = Vec::new();
    let near = |kind: &str| info.nearest(kind).map(|o| format!(" ({})", describe_place(kind, o))).unwrap_or_default();
    if !info.has("collect_drink") {
        hints.push(format!("collect_drink: face water and Do{}", near("water")));
    }
    if !info.has("eat_cow") && info.nearest("cow").is_some() {
        hints.push(format!("eat_cow: hit a cow until it dies{}", near("cow")));
    }
    if !info.has("place_stone") && info.item("stone") > 0 {
        hints.push("place_stone: Place Stone on the cell you face".into());
    }
    if !info.has("place_plant") && info.item("sapling") > 0 {
        hints.push("place_plant: Place Plant facing grass".into());
    }
    if !info.has("collect_sapling") {
        hints.push("collect_sapling: Do on grass (1 in 10 tries gives a sapling)".into());
    }
    if !info.has("wake_up") && info.energy() < 9 {
        hints.push("wake_up: Sleep in a safe spot and wake when energy is full".into());
    }
    let table = in_reach(station(info, "table"));
    let furnace = in_reach(station(info, "furnace"));
    for recipe in RECIPES.iter().filter(|r| r.tool.ends_with("sword")) {
        let affordable = recipe.cost.iter().all(|&(i, n)| info.item(i) >= n);
        if info.item(recipe.tool) == 0 && affordable && table && (!recipe.furnace || furnace) {
            hints.push(format!("make_{}: {} now (you are at the station)", recipe.tool, recipe.action));
        }
    }
    if !info.has("defeat_zombie") && info.nearest("zombie").is_some() {
        hints.push(format!("defeat_zombie: hit it 5 times with no sword, fewer with one{}", near("zombie")));
    }
    if !info.has("defeat_skeleton") && info.nearest("skeleton").is_some() {
        hints.push(format!("defeat_skeleton: hit it (3 health){}", near("skeleton")));
    }
    if !info.has("eat_plant") && info.nearest("plant").is_some() {
        hints.push(format!("eat_plant: Do on a ripe plant{}", near("plant")));
    }
    hints.truncate(max);
    hints
}

fn best(info: &Info, kind: &str) -> &'static str {
    for tier in ["iron", "stone", "wood"] {
        if info.item(&format!("{tier}_{kind}")) > 0 {
            return tier;
        }
    }
    "none"
}

/// The code-computed "TECH TREE STATUS" block for PLAN.
pub fn tech_tree_status(info: &Info) -> String {
    let mut s = String::from("=== TECH TREE STATUS (computed from the game state) ===\n");
    if let Some((x, y)) = info.position {
        let _ = writeln!(s, "Position: ({x},{y}); facing {} at {}", direction_word(info.facing), info.target);
    }
    let _ = writeln!(s, "Best pickaxe: {} | best sword: {}", best(info, "pickaxe"), best(info, "sword"));
    let materials = ["wood", "stone", "coal", "iron", "diamond", "sapling"]
        .iter()
        .map(|m| format!("{m} {}", info.item(m)))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(s, "Materials: {materials}");
    let reach = |name: &str| match station(info, name) {
        Reach::Near => format!("{name} in reach"),
        Reach::Maybe(o) => format!("{name} {} (probably in reach)", describe_offset(o)),
        Reach::Seen(o) => format!("{name} {} (walk closer)", describe_offset(o)),
        Reach::Unseen => format!("no {name} in view"),
    };
    let _ = writeln!(s, "Stations: {} | {}", reach("table"), reach("furnace"));
    let _ = writeln!(s, "Achievements: {}/{} unlocked", info.achievements.len(), ACHIEVEMENTS.len());
    let next = next_step(info);
    let _ = writeln!(s, "NEXT: {}", next.step);
    if let Some(kind) = next.need {
        match info.nearest(kind) {
            Some(offset) => {
                let _ = writeln!(
                    s,
                    "Nearest needed: {}; stand next to it, face it, then act.",
                    describe_place(kind, offset)
                );
            }
            None => {
                let _ = writeln!(
                    s,
                    "Needed: {kind}, none in view. SEARCH map_notes.txt for '{kind}' or explore in a straight line."
                );
            }
        }
    }
    let hints = open_hints(info, 4);
    if !hints.is_empty() {
        s.push_str("Also open:\n");
        for h in hints {
            let _ = writeln!(s, "- {h}");
        }
    }
    s.truncate(s.trim_end().len());
    s
}

/// Vital urgency warnings for any vital at or below `threshold`.
pub fn vital_warnings(info: &Info, threshold: i64) -> Vec<String> {
    let mut out = Vec::new();
    let place = |kind: &str| match info.nearest(kind) {
        Some(o) => format!("nearest {}", describe_place(kind, o)),
        None => format!("no {kind} in view"),
    };
    let level = |v: i64| if v == 0 { "CRITICAL" } else { "LOW" };
    if info.food() <= threshold {
        out.push(format!(
            "FOOD {} ({}/9): eat soon: hit a cow until it dies (+6 food; {}) or eat a ripe plant.",
            level(info.food()),
            info.food(),
            place("cow")
        ));
    }
    if info.drink() <= threshold {
        out.push(format!(
            "DRINK {} ({}/9): face water and Do ({}).",
            level(info.drink()),
            info.drink(),
            place("water")
        ));
    }
    if info.energy() <= threshold {
        out.push(format!(
            "ENERGY {} ({}/9): Sleep soon, away from zombies (wall yourself in with stone if you can).",
            level(info.energy()),
            info.energy()
        ));
    }
    if info.health() <= threshold {
        out.push(format!(
            "HEALTH {} ({}/9): avoid fights; health returns only while food, drink and energy are above 0.",
            level(info.health()),
            info.health()
        ));
    }
    out
}

fn damage(info: &Info) -> i64 {
    match best(info, "sword") {
        "iron" => 5,
        "stone" => 3,
        "wood" => 2,
        _ => 1,
    }
}

/// Threat warnings: a zombie or skeleton within [`THREAT_DISTANCE`], arrows close by, night.
pub fn threat_warnings(info: &Info) -> Vec<String> {
    let mut out = Vec::new();
    for kind in HOSTILES {
        if let Some(offset) = info.nearest(kind).filter(|&o| distance(o) <= THREAT_DISTANCE) {
            let health = if kind == "zombie" { 5 } else { 3 };
            out.push(format!(
                "THREAT: {}. It has {health} health and you deal {} per hit: face it and Do to fight, or move away.{}",
                describe_place(kind, offset),
                damage(info),
                if kind == "zombie" { " Zombies hit for 2 (7 if you sleep)." } else { " Skeletons shoot arrows." }
            ));
        }
    }
    if let Some(offset) = info.nearest("arrow").filter(|&o| distance(o) <= THREAT_DISTANCE) {
        out.push(format!("ARROW incoming: {}; step out of its line.", describe_place("arrow", offset)));
    }
    if info.daylight.is_some_and(|d| d < 0.3) {
        out.push("It is night: zombies appear far more often on grass. Shelter or stay ready to fight.".into());
    }
    out
}

/// What changed between two states: items gained and lost, vitals.
pub fn inventory_diff(before: &Info, after: &Info) -> Vec<String> {
    let mut gained = Vec::new();
    let mut lost = Vec::new();
    for (i, name) in ITEMS.iter().enumerate() {
        let d = after.inventory[i] - before.inventory[i];
        if d > 0 {
            gained.push(format!("+{d} {name}"));
        } else if d < 0 {
            lost.push(format!("{d} {name}"));
        }
    }
    let mut out = Vec::new();
    if !gained.is_empty() {
        out.push(format!("GAINED: {}", gained.join(", ")));
    }
    if !lost.is_empty() {
        out.push(format!("USED/LOST: {}", lost.join(", ")));
    }
    let vitals: Vec<String> = VITALS
        .iter()
        .enumerate()
        .filter(|&(i, _)| before.vitals[i] != after.vitals[i])
        .map(|(i, name)| format!("{name} {} -> {}", before.vitals[i], after.vitals[i]))
        .collect();
    if !vitals.is_empty() {
        out.push(format!("VITALS: {}", vitals.join(", ")));
    }
    if after.health() < before.health() {
        out.push(format!("DAMAGE TAKEN: -{} health.", before.health() - after.health()));
    }
    out
}

/// A notice when a craft or placement did nothing, with the reason as far as the state before it
/// tells.
pub fn failure_notice(before: &Info, after: &Info, action_text: &str) -> Option<String> {
    let action = parse_action(action_text)?;
    let worked = match action {
        Action::Make(recipe) => after.item(recipe.tool) > before.item(recipe.tool),
        Action::Place(placement) => after.item(placement.cost.0) < before.item(placement.cost.0),
        Action::Do => match MINING.iter().find(|(m, _)| *m == before.target) {
            Some(_) => after.inventory != before.inventory,
            None => return None,
        },
        _ => return None,
    };
    if worked || before.sleeping {
        return None;
    }
    Some(match feasibility(before, action) {
        Err(reason) => format!("FAILED: '{action_text}' did nothing. {reason}"),
        Ok(()) => format!("FAILED: '{action_text}' did nothing (the station may be out of reach or the cell blocked)."),
    })
}

/// The progress checklist file: one line per achievement, `[x]` when unlocked.
pub fn checklist(info: &Info) -> String {
    let done = ACHIEVEMENTS.iter().filter(|a| info.has(a)).count();
    let mut s = format!("=== ACHIEVEMENTS {done}/{} (kept by code) ===\n", ACHIEVEMENTS.len());
    for a in ACHIEVEMENTS {
        let _ = writeln!(s, "[{}] {a}", if info.has(a) { "x" } else { " " });
    }
    s
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn state() -> Info {
        Info {
            position: Some((32, 32)),
            facing: (0, 1),
            target: "grass".into(),
            vitals: [9, 9, 9, 9],
            ..Info::default()
        }
    }

    fn with(mut info: Info, items: &[(&str, i64)]) -> Info {
        for &(name, n) in items {
            let i = ITEMS.iter().position(|&x| x == name).unwrap();
            info.inventory[i] = n;
        }
        info
    }

    fn near(mut info: Info, things: &[(&str, i64, i64)]) -> Info {
        info.nearest.extend(things.iter().map(|&(k, dx, dy)| (k.to_string(), dx, dy)));
        info
    }

    #[test]
    fn stations_reach() {
        let info = near(state(), &[("table", 1, -1), ("furnace", 2, 0)]);
        assert_eq!(station(&info, "table"), Reach::Near);
        assert_eq!(station(&info, "furnace"), Reach::Maybe((2, 0)));
        let far = near(state(), &[("table", 3, 1), ("furnace", 1, 1)]);
        assert_eq!(station(&far, "table"), Reach::Seen((3, 1)));
        assert_eq!(station(&state(), "table"), Reach::Unseen);
    }

    #[test]
    fn craft_gate_names_missing_material_and_station() {
        let info = with(state(), &[("wood", 1)]);
        let err = gate(&info, "Make Stone Pickaxe", 0, 5).unwrap_err();
        assert!(err.contains("1 wood + 1 stone") && err.contains("0 stone") && err.contains("Get stone"), "{err}");
        let err = gate(&info, "Make Wood Pickaxe", 0, 5).unwrap_err();
        assert!(err.contains("no table in view") && err.contains("Place Table (2 wood)"), "{err}");
        let seen = near(info.clone(), &[("table", -3, 2)]);
        let err = gate(&seen, "Make Wood Pickaxe", 0, 5).unwrap_err();
        assert!(err.contains("3 west, 2 south"), "{err}");
        let at = near(info.clone(), &[("table", -1, 1)]);
        assert_eq!(gate(&at, "Make Wood Pickaxe", 0, 5), Ok(()));
        assert_eq!(gate(&at, "make_wood_sword", 0, 5), Ok(()));
        // A straight 2-step table may hide a diagonal one: not rejected.
        let maybe = near(info, &[("table", 0, 2)]);
        assert_eq!(gate(&maybe, "Make Wood Pickaxe", 0, 5), Ok(()));
    }

    #[test]
    fn iron_tools_need_table_and_furnace() {
        let info = near(with(state(), &[("wood", 1), ("coal", 1), ("iron", 1)]), &[("table", 1, 0)]);
        let err = gate(&info, "Make Iron Pickaxe", 0, 5).unwrap_err();
        assert!(err.contains("furnace"), "{err}");
        let both = near(info, &[("furnace", -1, -1)]);
        assert_eq!(gate(&both, "Make Iron Sword", 0, 5), Ok(()));
        let poor = near(with(state(), &[("wood", 1), ("iron", 1)]), &[("table", 1, 0), ("furnace", 0, 1)]);
        assert!(gate(&poor, "Make Iron Pickaxe", 0, 5).unwrap_err().contains("Get coal"));
    }

    #[test]
    fn place_gate_checks_cost_and_faced_cell() {
        let info = with(state(), &[("wood", 1), ("stone", 4), ("sapling", 1)]);
        assert!(gate(&info, "Place Table", 0, 5).unwrap_err().contains("needs 2 wood; you have 1"));
        assert_eq!(gate(&info, "Place Furnace", 0, 5), Ok(()));
        assert_eq!(gate(&info, "Place Plant", 0, 5), Ok(()));
        let mut on_tree = info.clone();
        on_tree.target = "tree".into();
        assert!(gate(&on_tree, "Place Stone", 0, 5).unwrap_err().contains("you face tree"));
        let mut on_sand = info.clone();
        on_sand.target = "sand".into();
        assert!(gate(&on_sand, "Place Plant", 0, 5).unwrap_err().contains("must be grass"));
        let mut on_water = info.clone();
        on_water.target = "water".into();
        assert_eq!(gate(&on_water, "Place Stone", 0, 5), Ok(()));
        assert!(gate(&on_water, "Place Furnace", 0, 5).is_err());
        let mut on_cow = info;
        on_cow.target = "cow".into();
        assert!(gate(&on_cow, "Place Stone", 0, 5).unwrap_err().contains("a cow is in the cell"));
    }

    #[test]
    fn do_gate_needs_the_right_pickaxe() {
        let mut info = state();
        info.target = "stone".into();
        assert!(gate(&info, "Do", 0, 5).unwrap_err().contains("wood pickaxe"));
        info = with(info, &[("wood_pickaxe", 1)]);
        assert_eq!(gate(&info, "Do", 0, 5), Ok(()));
        info.target = "iron".into();
        assert!(gate(&info, "Do", 0, 5).unwrap_err().contains("stone pickaxe"));
        info.target = "tree".into();
        assert_eq!(gate(&info, "Do", 0, 5), Ok(()));
    }

    #[test]
    fn sleep_gate() {
        let full = state();
        assert!(gate(&full, "Sleep", 0, 5).unwrap_err().contains("already 9/9"));
        let mut tired = state();
        tired.vitals[3] = 3;
        assert_eq!(gate(&tired, "Sleep", 0, 5), Ok(()));
        let zombie = near(tired.clone(), &[("zombie", 2, 1)]);
        assert!(gate(&zombie, "Sleep", 0, 5).unwrap_err().contains("zombie 2 east, 1 south (3 steps)"));
        let far = near(tired.clone(), &[("zombie", 3, 1), ("skeleton", -4, 0)]);
        assert_eq!(gate(&far, "Sleep", 0, 5), Ok(()));
        let skeleton = near(tired, &[("skeleton", 0, -1)]);
        assert!(gate(&skeleton, "sleep", 0, 5).unwrap_err().contains("skeleton"));
    }

    #[test]
    fn noop_spiral_lava_sleeping_and_unknown_actions() {
        let history: Vec<String> =
            ["Do", "Noop", "Noop", "noop", "Noop", "Noop"].iter().map(|s| s.to_string()).collect();
        assert_eq!(trailing_noops(&history), 5);
        assert_eq!(trailing_noops(&history[..1]), 0);
        assert!(gate(&state(), "Noop", 5, 5).unwrap_err().contains("5 steps"));
        assert_eq!(gate(&state(), "Noop", 4, 5), Ok(()));
        assert_eq!(gate(&state(), "Noop", 50, 0), Ok(()));
        let lava = near(state(), &[("lava", 0, -1)]);
        assert!(gate(&lava, "Move North", 0, 5).unwrap_err().contains("Lava"));
        assert_eq!(gate(&lava, "Move South", 0, 5), Ok(()));
        let mut asleep = state();
        asleep.sleeping = true;
        assert_eq!(gate(&asleep, "Make Iron Pickaxe", 9, 5), Ok(()));
        assert_eq!(gate(&state(), "dance", 0, 5), Ok(()));
    }

    #[test]
    fn next_step_walks_the_tool_path() {
        let start = near(state(), &[("tree", 2, -1)]);
        let next = next_step(&start);
        assert!(next.step.contains("Chop 3 more wood") && next.step.contains("a table"), "{}", next.step);
        assert_eq!(next.need, Some("tree"));
        let woody = with(start.clone(), &[("wood", 3)]);
        assert!(next_step(&woody).step.starts_with("Place Table"));
        let at_table = near(with(state(), &[("wood", 1)]), &[("table", 1, 0)]);
        assert!(next_step(&at_table).step.starts_with("Make Wood Pickaxe now"));
        let far_table = near(with(state(), &[("wood", 1)]), &[("table", 4, 0)]);
        let n = next_step(&far_table);
        assert!(n.step.starts_with("Walk next to the table (4 east)") && n.need == Some("table"));
        let picked = near(with(state(), &[("wood", 1), ("wood_pickaxe", 1)]), &[("table", 1, 0), ("stone", -2, 0)]);
        let n = next_step(&picked);
        assert!(n.step.contains("Mine 1 more stone") && n.need == Some("stone"), "{}", n.step);
        // Iron path with no furnace: needs the furnace's stone too; a visible source goes first.
        let iron = near(
            with(state(), &[("wood", 2), ("wood_pickaxe", 1), ("stone_pickaxe", 1), ("stone", 1)]),
            &[("table", 1, 0), ("coal", 3, 0)],
        );
        let n = next_step(&iron);
        assert!(n.step.contains("Mine 1 more coal"), "{}", n.step);
        let ready = near(
            with(
                state(),
                &[("wood", 2), ("coal", 1), ("iron", 1), ("stone", 4), ("wood_pickaxe", 1), ("stone_pickaxe", 1)],
            ),
            &[("table", 1, 0)],
        );
        assert!(next_step(&ready).step.starts_with("Place Furnace"));
        let done = with(state(), &[("wood_pickaxe", 1), ("stone_pickaxe", 1), ("iron_pickaxe", 1)]);
        assert_eq!(next_step(&done).need, Some("diamond"));
    }

    #[test]
    fn status_block_lists_tools_materials_next_and_nearest() {
        let mut info = near(with(state(), &[("wood", 2), ("wood_sword", 1)]), &[("tree", -1, 2), ("water", 3, 0)]);
        info.achievements = vec!["collect_wood".into()];
        let s = tech_tree_status(&info);
        assert!(s.starts_with("=== TECH TREE STATUS"));
        assert!(s.contains("Position: (32,32); facing south at grass"));
        assert!(s.contains("Best pickaxe: none | best sword: wood"));
        assert!(s.contains("Materials: wood 2, stone 0"));
        assert!(s.contains("Stations: no table in view | no furnace in view"));
        assert!(s.contains("Achievements: 1/22"));
        assert!(s.contains("NEXT: Chop 1 more wood"), "{s}");
        assert!(s.contains("Nearest needed: tree 1 west, 2 south (3 steps)"));
        assert!(s.contains("collect_drink: face water and Do (water 3 east (3 steps))"), "{s}");
        let bare = tech_tree_status(&with(state(), &[("wood", 0)]));
        assert!(bare.contains("Needed: tree, none in view"));
    }

    #[test]
    fn vitals_and_threats() {
        let mut info = near(state(), &[("zombie", 1, 1), ("cow", -2, 0), ("skeleton", 3, 3)]);
        info.vitals = [3, 2, 0, 8];
        info.daylight = Some(0.1);
        let v = vital_warnings(&info, 3);
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v[0].starts_with("FOOD LOW (2/9)") && v[0].contains("cow 2 west"));
        assert!(v[1].starts_with("DRINK CRITICAL (0/9)") && v[1].contains("no water in view"));
        assert!(v[2].starts_with("HEALTH LOW (3/9)"));
        assert!(vital_warnings(&state(), 3).is_empty());
        let t = threat_warnings(&info);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(t[0].contains("zombie 1 east, 1 south (2 steps)") && t[0].contains("deal 1 per hit"));
        assert!(t[1].contains("night"));
    }

    #[test]
    fn diffs_and_failure_notices() {
        let before = with(state(), &[("wood", 3)]);
        let mut after = with(state(), &[("wood", 1), ("sapling", 1)]);
        after.vitals = [7, 9, 8, 9];
        let d = inventory_diff(&before, &after);
        assert_eq!(d[0], "GAINED: +1 sapling");
        assert_eq!(d[1], "USED/LOST: -2 wood");
        assert_eq!(d[2], "VITALS: health 9 -> 7, drink 9 -> 8");
        assert_eq!(d[3], "DAMAGE TAKEN: -2 health.");
        assert!(inventory_diff(&before, &before).is_empty());
        let poor = with(state(), &[("wood", 1)]);
        let notice = failure_notice(&poor, &poor, "Place Table").unwrap();
        assert!(notice.starts_with("FAILED: 'Place Table' did nothing.") && notice.contains("needs 2 wood"));
        assert_eq!(failure_notice(&before, &after, "Place Table"), None);
        assert_eq!(failure_notice(&poor, &poor, "Move West"), None);
        let mut facing_stone = poor.clone();
        facing_stone.target = "stone".into();
        assert!(failure_notice(&facing_stone, &facing_stone, "Do").unwrap().contains("wood pickaxe"));
    }

    #[test]
    fn checklist_marks_unlocked() {
        let mut info = state();
        info.achievements = vec!["collect_wood".into(), "wake_up".into()];
        let c = checklist(&info);
        assert!(c.starts_with("=== ACHIEVEMENTS 2/22"));
        assert!(c.contains("[x] collect_wood\n") && c.contains("[ ] collect_stone\n") && c.contains("[x] wake_up\n"));
        assert_eq!(c.lines().count(), 23);
    }
}
