//! The screen as a grid: where the hero and the stairs are, and shortest walks over what is seen.
use std::collections::VecDeque;

/// A screen cell: (column, row) on the 24x80 terminal.
pub type Pos = (i32, i32);

/// The map rows of the terminal (row 0 is the message line; the last two are the status lines).
const MAP_ROWS: std::ops::RangeInclusive<i32> = 1..=21;

/// The four moves a doorway allows, with BALROG's action names.
pub const MOVES: [(i32, i32, &str); 4] = [(0, -1, "north"), (1, 0, "east"), (0, 1, "south"), (-1, 0, "west")];

/// The 24 terminal lines, as characters.
pub struct Screen {
    rows: Vec<Vec<char>>,
}

impl Screen {
    /// The screen from the game's `tty_lines`.
    pub fn new(lines: &[String]) -> Screen {
        Screen { rows: lines.iter().map(|l| l.chars().collect()).collect() }
    }

    /// The character at `p` (blank off the screen).
    pub fn at(&self, (x, y): Pos) -> char {
        if x < 0 || y < 0 {
            return ' ';
        }
        self.rows.get(y as usize).and_then(|r| r.get(x as usize)).copied().unwrap_or(' ')
    }

    /// Every map cell showing `c`.
    pub fn find(&self, c: char) -> Vec<Pos> {
        let mut out = Vec::new();
        for y in MAP_ROWS {
            for x in 0..80 {
                if self.at((x, y)) == c {
                    out.push((x, y));
                }
            }
        }
        out
    }

    /// Whether a cell can be walked onto (floor, corridor, stairs, items, monsters to fight).
    pub fn walkable(&self, p: Pos) -> bool {
        MAP_ROWS.contains(&p.1) && (0..80).contains(&p.0) && walkable(self.at(p))
    }

    /// The first move of a shortest walk from `from` to the nearest cell `goal` accepts, over
    /// walkable cells (the goal itself may be any cell): its direction name and the goal.
    pub fn walk(&self, from: Pos, goal: impl Fn(Pos) -> bool) -> Option<(&'static str, Pos)> {
        let mut first: std::collections::HashMap<Pos, &'static str> = std::collections::HashMap::new();
        let mut queue = VecDeque::new();
        for (dx, dy, name) in MOVES {
            let next = (from.0 + dx, from.1 + dy);
            if goal(next) {
                return Some((name, next));
            }
            if self.walkable(next) && !first.contains_key(&next) {
                first.insert(next, name);
                queue.push_back(next);
            }
        }
        while let Some(p) = queue.pop_front() {
            let name = first[&p];
            for (dx, dy, _) in MOVES {
                let next = (p.0 + dx, p.1 + dy);
                if next == from || first.contains_key(&next) {
                    continue;
                }
                if goal(next) {
                    return Some((name, next));
                }
                if self.walkable(next) {
                    first.insert(next, name);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// A walkable cell beside unexplored blank space: where exploring goes next.
    pub fn frontier(&self, p: Pos) -> bool {
        self.walkable(p) && MOVES.iter().any(|(dx, dy, _)| self.at((p.0 + dx, p.1 + dy)) == ' ')
    }
}

fn walkable(c: char) -> bool {
    matches!(
        c,
        '.' | '#' | '<' | '>' | '{' | '_' | '$' | ')' | '[' | '%' | '?' | '!' | '/' | '=' | '"' | '(' | '*' | '`' | '+'
    ) || c.is_ascii_alphabetic()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn screen(map: &[&str]) -> Screen {
        let mut lines = vec![String::new()];
        lines.extend(map.iter().map(|s| s.to_string()));
        Screen::new(&lines)
    }

    #[test]
    fn walks_around_walls_to_the_stairs() {
        let s = screen(&["-----", "|.@.|", "|-|.|", "|>..|", "-----"]);
        let hero = (2, 2);
        let (dir, goal) = s.walk(hero, |p| s.at(p) == '>').unwrap();
        assert_eq!((dir, goal), ("east", (1, 4)));
        assert_eq!(s.find('>'), vec![(1, 4)]);
    }

    #[test]
    fn no_walk_through_rock() {
        let s = screen(&["---  ", "|@|  >", "---  "]);
        assert!(s.walk((1, 2), |p| s.at(p) == '>').is_none());
    }
}
