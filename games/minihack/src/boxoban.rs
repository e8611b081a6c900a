//! The Boxoban puzzles (DeepMind's boxoban-levels, Apache-2.0, data/boxoban/), packed by build.rs
//! into 17-byte records, and the level MiniHack's BoxoHack makes of one.
use crate::level::Des;

/// The medium training set (450,000 puzzles): MiniHack's Boxoban-Medium draws from it.
static MEDIUM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/boxoban-medium.bin"));
/// The hard set (3,332 puzzles): Boxoban-Hard.
static HARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/boxoban-hard.bin"));
/// Bytes of one packed puzzle.
const RECORD: usize = 17;

/// Which published set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    Medium,
    Hard,
}

impl Set {
    fn bytes(self) -> &'static [u8] {
        match self {
            Set::Medium => MEDIUM,
            Set::Hard => HARD,
        }
    }

    /// How many puzzles the set holds.
    pub fn len(self) -> usize {
        self.bytes().len() / RECORD
    }
}

/// One puzzle on the 10x10 grid: cells as (x, y).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Puzzle {
    pub walls: Vec<(u8, u8)>,
    pub player: (u8, u8),
    pub boxes: [(u8, u8); 4],
    pub goals: [(u8, u8); 4],
}

fn cell(inner: u8) -> (u8, u8) {
    (inner % 8 + 1, inner / 8 + 1)
}

/// Puzzle `index` of `set`, if there is one.
pub fn puzzle(set: Set, index: usize) -> Option<Puzzle> {
    let rec = set.bytes().get(index.checked_mul(RECORD)?..index.checked_mul(RECORD)? + RECORD)?;
    let mut bits = [0u8; 8];
    bits.copy_from_slice(&rec[..8]);
    let inner = u64::from_le_bytes(bits);
    let mut walls = Vec::new();
    for y in 0..10u8 {
        for x in 0..10u8 {
            let border = x == 0 || x == 9 || y == 0 || y == 9;
            if border || inner & (1 << ((y - 1) * 8 + (x - 1))) != 0 {
                walls.push((x, y));
            }
        }
    }
    let four = |at: usize| [cell(rec[at]), cell(rec[at + 1]), cell(rec[at + 2]), cell(rec[at + 3])];
    Some(Puzzle { walls, player: cell(rec[8]), boxes: four(9), goals: four(13) })
}

impl Puzzle {
    /// The puzzle as it was published: `#` wall, `@` player, `$` box, `.` goal.
    pub fn rows(&self) -> Vec<String> {
        let mut grid = [[b' '; 10]; 10];
        for &(x, y) in &self.walls {
            grid[y as usize][x as usize] = b'#';
        }
        for &(x, y) in &self.goals {
            grid[y as usize][x as usize] = b'.';
        }
        for &(x, y) in &self.boxes {
            grid[y as usize][x as usize] = b'$';
        }
        grid[self.player.1 as usize][self.player.0 as usize] = b'@';
        grid.iter().map(|r| String::from_utf8_lossy(r).into_owned()).collect()
    }

    /// MiniHack's BoxoHack level of it: walls become iron bars (`F`), the rest lit floor,
    /// boxes boulders and goals fountains; no teleporting, the map known from the start.
    pub fn des(&self) -> String {
        let map: Vec<String> =
            self.rows().iter().map(|r| r.chars().map(|c| if c == '#' { 'F' } else { '.' }).collect()).collect();
        let mut des = Des::new(&map, &["noteleport", "premapped"], true);
        for &(x, y) in &self.boxes {
            des.line(format!("OBJECT: \"boulder\", ({x}, {y})"));
        }
        for &(x, y) in &self.goals {
            des.line(format!("FOUNTAIN: ({x}, {y})"));
        }
        des.start_at(self.player);
        des.finish()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_sets_are_whole_and_decode_as_published() {
        assert_eq!(Set::Medium.len(), 450_000);
        assert_eq!(Set::Hard.len(), 3_332);
        // The first puzzle of medium/train/000.txt and of hard/000.txt.
        let first = puzzle(Set::Medium, 0).unwrap().rows();
        assert_eq!(first[0], "##########");
        assert_eq!(first[3], "### .# #.#");
        assert_eq!(first[8], "### @    #");
        let hard = puzzle(Set::Hard, 0).unwrap().rows();
        assert_eq!(hard[8], "#####. $@#");
        assert!(puzzle(Set::Hard, 3_332).is_none());
        assert!(puzzle(Set::Hard, usize::MAX).is_none());
    }

    #[test]
    fn a_puzzle_becomes_minihacks_level() {
        let des = puzzle(Set::Medium, 0).unwrap().des();
        assert!(des.contains("FLAGS:noteleport,premapped\n"));
        assert!(des.contains("\nFFFFFFFFFF\nFFFFFFFFFF\nFFFFFFF..F\n"));
        assert_eq!(des.matches("OBJECT: \"boulder\"").count(), 4);
        assert_eq!(des.matches("FOUNTAIN: ").count(), 4);
        assert!(des.contains("BRANCH:(4,8,4,8),(3,7,3,7)\n"), "{des}");
    }
}
