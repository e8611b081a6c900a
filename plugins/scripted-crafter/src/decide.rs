//! Choosing the game action: survive first, then climb Crafter's tech tree, else explore.

use crate::geom::{Dir, Pos, add, chebyshev, manhattan, sub};
use crate::info::Info;
use crate::nav::{self, Cell};
use crate::recall::Recall;
use automem_sdk::Rng;

/// Steps after which a plant is taken to be ripe (Crafter: more than 300).
pub const RIPE_AFTER: u32 = 330;

/// Farther than this, a remembered table is not worth walking back to.
const TABLE_RANGE: i32 = 16;

/// A chosen action and the reason, for the reply text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// One of the game's action strings.
    pub action: &'static str,
    /// Why, in a few words.
    pub why: String,
}

fn act(action: &'static str, why: impl Into<String>) -> Option<Decision> {
    Some(Decision { action, why: why.into() })
}

/// Everything one decision looks at.
struct Ctx<'a> {
    info: &'a Info,
    recall: &'a Recall,
    heading: Dir,
    rng: &'a mut Rng,
}

impl Ctx<'_> {
    /// Where the nearest `kind` is: in view, else remembered.
    fn locate(&self, kind: &str) -> Option<Pos> {
        self.info.seen_at(kind).or_else(|| self.recall.nearest(self.info, kind))
    }

    /// Walk to the nearest known `kind` and "Do" it (or `then`).
    fn fetch(&mut self, kind: &str, then: &'static str, why: &str) -> Option<Decision> {
        let target = self.locate(kind)?;
        let action = nav::approach(self.info, self.recall, target, then, self.rng)?;
        let place = if self.info.in_view(target) { "in view" } else { "remembered" };
        act(action, format!("{why}: {kind} at ({},{}) {place}", target.0, target.1))
    }

    /// Walk onto `cell`.
    fn walk_to(&mut self, cell: Pos, why: &str) -> Option<Decision> {
        let action = nav::step_toward(self.info, self.recall, cell, self.rng)?;
        act(action, format!("{why}: heading to ({},{})", cell.0, cell.1))
    }

    /// Keep exploring along the heading.
    fn explore(&mut self, why: &str) -> Decision {
        let mut heading = self.heading;
        if nav::at_edge(self.info, heading) {
            heading = heading.reverse();
        }
        let goal = nav::far_point(self.info, heading);
        let action = nav::step_toward(self.info, self.recall, goal, self.rng)
            .or_else(|| Dir::ALL.into_iter().map(|d| d.action()).find(|_| self.info.distance("lava") != Some(1)))
            .unwrap_or("Noop");
        Decision { action, why: format!("{why}: exploring {}", heading.name()) }
    }

    /// Step onto a free neighbour that keeps `anchor` (an offset) inside the 3x3 area, so the
    /// player ends up facing fresh ground next to a station.
    fn shuffle_near(&mut self, anchor: Pos, why: &str) -> Option<Decision> {
        let options: Vec<Dir> = Dir::ALL
            .into_iter()
            .filter(|d| chebyshev(sub(anchor, d.offset())) <= 1)
            .filter(|d| nav::classify(self.info, self.recall, add(self.info.pos, d.offset())) == Cell::Free)
            .collect();
        let d = *options.get(self.rng.below(options.len() as u64) as usize)?;
        act(d.action(), format!("{why}: stepping {} to face open ground", d.name()))
    }
}

/// The action for this step, from the info, what memory recalls, and an exploration heading.
pub fn decide(info: &Info, recall: &Recall, heading: Dir, rng: &mut Rng) -> Decision {
    let mut c = Ctx { info, recall, heading, rng };
    if info.sleeping {
        return Decision { action: "Noop", why: "asleep".into() };
    }
    survive(&mut c)
        .or_else(|| opportunity(&mut c))
        .or_else(|| needs(&mut c))
        .or_else(|| tech(&mut c))
        .or_else(|| idle(&mut c))
        .unwrap_or_else(|| c.explore("nothing to do"))
}

/// Threats and urgent needs.
fn survive(c: &mut Ctx) -> Option<Decision> {
    let info = c.info;
    for foe in ["zombie", "skeleton"] {
        if info.distance(foe) == Some(1) {
            return c.fetch(foe, "Do", "fight");
        }
    }
    if info.target == "lava" && info.item("stone") > 0 {
        return act("Place Stone", "cover the lava in front");
    }
    let zombie = info.distance("zombie").unwrap_or(99);
    let armed = info.item("wood_sword") + info.item("stone_sword") + info.item("iron_sword") > 0;
    if (zombie <= 2 || (armed && !info.has("defeat_zombie") && zombie <= 4 && info.health >= 7))
        && let Some(d) = c.fetch("zombie", "Do", "fight")
    {
        return Some(d);
    }
    if info.drink <= 3
        && let Some(d) = c.fetch("water", "Do", "thirsty")
    {
        return Some(d);
    }
    if info.food <= 3
        && let Some(d) = c.fetch("cow", "Do", "hungry").or_else(|| ripe_plant(c, "hungry"))
    {
        return Some(d);
    }
    if sleepy(info) && zombie > 6 && info.distance("skeleton").is_none() {
        return act("Sleep", "tired");
    }
    None
}

/// Time to sleep: exhausted, or tired in daylight (zombies crowd the night).
fn sleepy(info: &Info) -> bool {
    info.energy <= 1 || (info.energy <= 3 && info.daylight > 0.3) || (info.energy <= 5 && info.daylight > 0.7)
}

/// A remembered plant old enough to be ripe.
fn ripe_plant(c: &mut Ctx, why: &str) -> Option<Decision> {
    let step = c.info.step;
    let target = c
        .recall
        .all(c.info, "plant")
        .filter(|l| l.since.is_some_and(|s| step >= s + RIPE_AFTER))
        .map(|l| l.pos)
        .min_by_key(|p| manhattan(sub(*p, c.info.pos)))?;
    let action = nav::approach(c.info, c.recall, target, "Do", c.rng)?;
    act(action, format!("{why}: ripe plant at ({},{}) remembered", target.0, target.1))
}

/// Cheap wins right where the player stands.
fn opportunity(c: &mut Ctx) -> Option<Decision> {
    let info = c.info;
    if info.distance("water") == Some(1) && info.drink <= 7 {
        return c.fetch("water", "Do", "drink while here");
    }
    if info.distance("cow") == Some(1) && info.food <= 6 {
        return c.fetch("cow", "Do", "eat while here");
    }
    if let Some(d) = craft(c) {
        return Some(d);
    }
    if !info.has("collect_sapling") && info.target == "grass" && info.food > 3 && info.drink > 3 {
        return act("Do", "look for a sapling in the grass");
    }
    if info.item("sapling") > 0 && info.target == "grass" {
        return act("Place Plant", "plant the sapling");
    }
    if info.item("stone") > 0
        && !info.has("place_stone")
        && matches!(info.target.as_str(), "grass" | "sand" | "path" | "water" | "lava")
    {
        return act("Place Stone", "place a stone");
    }
    if !info.has("eat_plant") && info.food <= 7 {
        return ripe_plant(c, "eat");
    }
    None
}

/// Crafting and station placement when the stations are in the 3x3 area.
fn craft(c: &mut Ctx) -> Option<Decision> {
    let info = c.info;
    let near = |kind: &str| info.seen(kind).filter(|o| chebyshev(*o) <= 1);
    let table = near("table")?;
    let has = |item: &str| info.item(item) > 0;
    let (wood, stone, coal, iron) = (info.item("wood"), info.item("stone"), info.item("coal"), info.item("iron"));
    if !has("wood_pickaxe") && wood >= 1 {
        return act("Make Wood Pickaxe", "at the table");
    }
    if !has("wood_sword") && wood >= 1 {
        return act("Make Wood Sword", "at the table");
    }
    if !has("stone_pickaxe") && wood >= 1 && stone >= 1 {
        return act("Make Stone Pickaxe", "at the table");
    }
    if !has("stone_sword") && wood >= 1 && stone >= 1 {
        return act("Make Stone Sword", "at the table");
    }
    let furnace = near("furnace");
    if furnace.is_some() && wood >= 1 && coal >= 1 && iron >= 1 {
        if !has("iron_pickaxe") {
            return act("Make Iron Pickaxe", "at the table and furnace");
        }
        if !has("iron_sword") {
            return act("Make Iron Sword", "at the table and furnace");
        }
    }
    let want_furnace = !info.has("place_furnace") || (!has("iron_pickaxe") || !has("iron_sword"));
    if furnace.is_none() && want_furnace && has("stone_pickaxe") && stone >= 4 {
        if info.facing_ground() {
            return act("Place Furnace", "next to the table");
        }
        return c.shuffle_near(table, "place a furnace");
    }
    None
}

/// Moderate needs with a known remedy.
fn needs(c: &mut Ctx) -> Option<Decision> {
    if c.info.drink <= 5
        && let Some(d) = c.fetch("water", "Do", "drink")
    {
        return Some(d);
    }
    if c.info.food <= 5
        && let Some(d) = c.fetch("cow", "Do", "eat")
    {
        return Some(d);
    }
    None
}

fn missing(info: &Info, tool: &str) -> i32 {
    i32::from(info.item(tool) == 0)
}

/// The next step up the tech tree: gather what is short, then go to the stations.
fn tech(c: &mut Ctx) -> Option<Decision> {
    let info = c.info;
    let table = c.locate("table").filter(|t| manhattan(sub(*t, info.pos)) <= TABLE_RANGE);
    let table_cost = if table.is_some() { 0 } else { 2 };
    let wood_tools = missing(info, "wood_pickaxe") + missing(info, "wood_sword");
    let stone_tools = missing(info, "stone_pickaxe") + missing(info, "stone_sword");
    let iron_tools = missing(info, "iron_pickaxe") + missing(info, "iron_sword");
    // What to hold before the next trip to the stations, in the order to gather it.
    let mut wants: Vec<(&str, i32)> = Vec::new();
    let mut furnace = None;
    if wood_tools > 0 {
        wants.push(("tree", wood_tools + table_cost));
    } else if stone_tools > 0 {
        wants.push(("stone", stone_tools + i32::from(!info.has("place_stone"))));
        wants.push(("tree", stone_tools + table_cost));
    } else if iron_tools > 0 {
        furnace = c.locate("furnace").filter(|f| table.is_some_and(|t| chebyshev(sub(*f, t)) <= 2));
        let furnace_cost = if furnace.is_some() { 0 } else { 4 };
        wants.push(("stone", furnace_cost));
        wants.push(("tree", 1 + table_cost));
        wants.push(("coal", 1));
        wants.push(("iron", 1));
    } else if info.item("iron_pickaxe") > 0 {
        wants.push(("diamond", 9));
    }
    let short: Vec<&str> = wants.iter().filter(|(k, n)| info.item(item_of(k)) < *n).map(|(k, _)| *k).collect();
    if !short.is_empty() {
        for kind in &short {
            if let Some(d) = c.fetch(kind, "Do", &format!("need {}", item_of(kind))) {
                return Some(d);
            }
        }
        return Some(c.explore(&format!("looking for {}", short.join(", "))));
    }
    if wood_tools + stone_tools + iron_tools == 0 {
        return None;
    }
    // Everything is in hand: go to the stations, or build them here.
    let Some(table) = table else {
        if info.facing_ground() {
            return act("Place Table", "no table nearby");
        }
        return Some(c.explore("find open ground for a table"));
    };
    if wood_tools + stone_tools == 0
        && let Some(f) = furnace
    {
        let spot = meeting_cell(c, table, f)?;
        if spot == info.pos {
            return None;
        }
        return c.walk_to(spot, "craft iron tools");
    }
    c.fetch("table", "Noop", "go to the table")
}

/// The free cell nearest the player that has both stations in its 3x3 area.
fn meeting_cell(c: &Ctx, a: Pos, b: Pos) -> Option<Pos> {
    let mut best = None;
    for dx in -1..=1 {
        for dy in -1..=1 {
            let cell = add(a, (dx, dy));
            if cell == a || cell == b || chebyshev(sub(cell, b)) > 1 {
                continue;
            }
            if c.info.in_view(cell) && c.info.known_at(cell).is_some_and(|k| !crate::info::is_ground(k)) {
                continue;
            }
            let d = manhattan(sub(cell, c.info.pos));
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, cell));
            }
        }
    }
    best.map(|(_, cell)| cell)
}

/// The inventory item a kind gives.
fn item_of(kind: &str) -> &str {
    if kind == "tree" { "wood" } else { kind }
}

/// With the tech tree done or stuck: saplings, plants, and a full stomach.
fn idle(c: &mut Ctx) -> Option<Decision> {
    let info = c.info;
    if !info.has("collect_sapling") && info.target == "grass" {
        return act("Do", "look for a sapling in the grass");
    }
    if info.food <= 7
        && let Some(d) = c.fetch("cow", "Do", "top up food")
    {
        return Some(d);
    }
    if info.drink <= 7
        && let Some(d) = c.fetch("water", "Do", "top up drink")
    {
        return Some(d);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Info {
        Info {
            area: (64, 64),
            pos: (32, 32),
            facing: (0, 1),
            target: "grass".into(),
            health: 9,
            food: 9,
            drink: 9,
            energy: 9,
            daylight: 1.0,
            achievements: vec!["collect_sapling".into()],
            ..Info::default()
        }
    }

    fn run(info: &Info, recall: &Recall) -> Decision {
        decide(info, recall, Dir::East, &mut Rng::new(7))
    }

    #[test]
    fn gathers_wood_first_then_builds_a_table() {
        let mut info = base();
        info.nearest = vec![("tree".into(), (2, 0))];
        assert_eq!(run(&info, &Recall::default()).action, "Move East");
        info.inventory = vec![("wood".into(), 4)];
        assert_eq!(run(&info, &Recall::default()).action, "Place Table");
        info.nearest.push(("table".into(), (0, 1)));
        info.target = "table".into();
        assert_eq!(run(&info, &Recall::default()).action, "Make Wood Pickaxe");
    }

    #[test]
    fn walks_to_remembered_water_when_thirsty() {
        let mut info = base();
        info.drink = 2;
        let recall = Recall {
            landmarks: vec![crate::notes::Landmark { kind: "water".into(), pos: (20, 32), since: None }],
            ..Recall::default()
        };
        let d = run(&info, &recall);
        assert_eq!(d.action, "Move West", "{d:?}");
        assert!(d.why.contains("remembered"));
    }

    #[test]
    fn fights_an_adjacent_zombie() {
        let mut info = base();
        info.nearest = vec![("zombie".into(), (0, 1))];
        info.target = "zombie".into();
        assert_eq!(run(&info, &Recall::default()).action, "Do");
    }

    #[test]
    fn asleep_waits() {
        let mut info = base();
        info.sleeping = true;
        assert_eq!(run(&info, &Recall::default()).action, "Noop");
    }
}
