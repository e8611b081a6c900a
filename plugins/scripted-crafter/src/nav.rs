//! Moving on the grid: which way to step toward a cell, using what the view shows and what the
//! memory recalls about nearby cells.

use crate::geom::{Dir, Pos, add, manhattan, sub};
use crate::info::{Info, is_ground};
use crate::recall::Recall;
use automem_sdk::Rng;

/// What the policy believes a neighbouring cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Walkable, as far as anyone knows.
    Free,
    /// Not known; walkable unless the view says otherwise.
    Unknown,
    /// An obstacle the player can clear with "Do" (and collect).
    Dig,
    /// An obstacle to walk around.
    Wall,
    /// Lava is next to the player and might be here too: never step here.
    Risky,
    /// Lava: never step here.
    Lava,
}

/// The player can mine `kind` with what it holds.
pub fn can_dig(info: &Info, kind: &str) -> bool {
    match kind {
        "tree" => true,
        "stone" | "coal" => info.item("wood_pickaxe") > 0,
        "iron" => info.item("stone_pickaxe") > 0,
        "diamond" => info.item("iron_pickaxe") > 0,
        _ => false,
    }
}

fn classify_kind(info: &Info, kind: &str) -> Cell {
    match kind {
        k if is_ground(k) => Cell::Free,
        "lava" => Cell::Lava,
        k if can_dig(info, k) => Cell::Dig,
        _ => Cell::Wall,
    }
}

/// What a cell next to the player holds: the view first, then the memory.
pub fn classify(info: &Info, recall: &Recall, cell: Pos) -> Cell {
    if !info.inside(cell) {
        return Cell::Wall;
    }
    if let Some(kind) = info.known_at(cell) {
        return classify_kind(info, kind);
    }
    if recall.all(info, "lava").any(|l| l.pos == cell) {
        return Cell::Lava;
    }
    // The info lists every kind in view at its nearest cell, so this neighbour can only hold a
    // kind whose nearest instance is also one step away (a tie); with none, it is ground.
    let ties: Vec<&str> = info
        .nearest
        .iter()
        .filter(|(_, o)| manhattan(*o) == 1 && add(info.pos, *o) != cell)
        .map(|(k, _)| k.as_str())
        .collect();
    if ties.is_empty() {
        return Cell::Free;
    }
    let trail_says_ground = recall.visited(cell) > 0 || recall.front_at(cell).is_some_and(is_ground);
    match (trail_says_ground, ties.contains(&"lava")) {
        (true, _) => Cell::Free,
        (false, true) => Cell::Risky,
        (false, false) => Cell::Unknown,
    }
}

/// The action that steps (or digs) one cell toward `goal`, never into lava; `None` when every
/// way is closed.
pub fn step_toward(info: &Info, recall: &Recall, goal: Pos, rng: &mut Rng) -> Option<&'static str> {
    let off = sub(goal, info.pos);
    let mut best: Option<(i64, Dir, Cell)> = None;
    for d in Dir::ALL {
        let cell = add(info.pos, d.offset());
        let kind = classify(info, recall, cell);
        let mut cost = match kind {
            Cell::Lava | Cell::Wall | Cell::Risky => continue,
            Cell::Free => 0,
            Cell::Unknown => 1,
            Cell::Dig => 4,
        };
        cost += 10 * i64::from(manhattan(sub(off, d.offset())));
        cost += 6 * recall.visited(cell) as i64;
        cost += rng.below(4) as i64;
        if best.is_none_or(|(c, _, _)| cost < c) {
            best = Some((cost, d, kind));
        }
    }
    let (_, d, kind) = best?;
    Some(if kind == Cell::Dig && info.facing_dir() == Some(d) { "Do" } else { d.action() })
}

/// The action that brings the player next to `target` and facing it, then "Do" (or `then`).
pub fn approach(info: &Info, recall: &Recall, target: Pos, then: &'static str, rng: &mut Rng) -> Option<&'static str> {
    let off = sub(target, info.pos);
    if let Some(d) = Dir::from_offset(off) {
        return Some(if info.facing_dir() == Some(d) { then } else { d.action() });
    }
    if off == (0, 0) {
        return None;
    }
    step_toward(info, recall, target, rng)
}

/// A point far along `dir`, kept inside the world's margin.
pub fn far_point(info: &Info, dir: Dir) -> Pos {
    let (dx, dy) = dir.offset();
    let x = (info.pos.0 + 12 * dx).clamp(2, info.area.0 - 3);
    let y = (info.pos.1 + 12 * dy).clamp(2, info.area.1 - 3);
    (x, y)
}

/// The player is within the margin of the world's edge in `dir`.
pub fn at_edge(info: &Info, dir: Dir) -> bool {
    far_point(info, dir) == info.pos || manhattan(sub(far_point(info, dir), info.pos)) < 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info_at(pos: Pos, facing: Pos, target: &str, nearest: &[(&str, Pos)]) -> Info {
        Info {
            area: (64, 64),
            pos,
            facing,
            target: target.into(),
            nearest: nearest.iter().map(|(k, o)| (k.to_string(), *o)).collect(),
            ..Info::default()
        }
    }

    #[test]
    fn faces_then_acts_on_an_adjacent_target() {
        let mut rng = Rng::new(1);
        let recall = Recall::default();
        let info = info_at((10, 10), (0, 1), "grass", &[("tree", (-1, 0))]);
        assert_eq!(approach(&info, &recall, (9, 10), "Do", &mut rng), Some("Move West"));
        let info = info_at((10, 10), (-1, 0), "tree", &[("tree", (-1, 0))]);
        assert_eq!(approach(&info, &recall, (9, 10), "Do", &mut rng), Some("Do"));
    }

    #[test]
    fn never_steps_into_lava_and_avoids_walls() {
        let recall = Recall::default();
        for seed in 0..50 {
            let mut rng = Rng::new(seed);
            let info = info_at((10, 10), (0, 1), "water", &[("lava", (-1, 0)), ("water", (0, 1))]);
            let a = step_toward(&info, &recall, (0, 20), &mut rng);
            assert!(a != Some("Move West") && a != Some("Move South"), "{a:?}");
        }
    }

    #[test]
    fn digs_through_stone_with_a_pickaxe() {
        let recall = Recall::default();
        let mut rng = Rng::new(3);
        let mut info = info_at((10, 10), (1, 0), "stone", &[("stone", (1, 0)), ("water", (0, 1)), ("water", (0, -1))]);
        info.inventory = vec![("wood_pickaxe".into(), 1)];
        assert_eq!(step_toward(&info, &recall, (20, 10), &mut rng), Some("Do"));
    }
}
