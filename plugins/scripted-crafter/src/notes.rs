//! The memory files and the one-line formats the policy writes to them and reads back.
//!
//! - `map_notes.txt`: `iron at (34,40)`, `plant at (30,31) since step 120`.
//! - `actions_log.txt`: `Step 12: at (32,30) facing west, front stone; health 9 food 8 drink 7 energy 9`.
//! - `strategy.txt`: `explore west since step 40`.
//! - `crafting_progress.txt`: `Step 12: unlocked collect_wood`.
//! - `survival_log.txt`: `Step 80: health 9 -> 7, zombie 1 step away`.

use crate::geom::{Dir, Pos, parse_pos};

/// Where landmarks go.
pub const MAP: &str = "map_notes.txt";
/// The recent trail of positions (kept short).
pub const ACTIONS_LOG: &str = "actions_log.txt";
/// The exploration heading.
pub const STRATEGY: &str = "strategy.txt";
/// Achievements as they unlock.
pub const PROGRESS: &str = "crafting_progress.txt";
/// Damage and low vitals.
pub const SURVIVAL: &str = "survival_log.txt";

/// How many trail lines `actions_log.txt` keeps.
pub const TRAIL_LINES: usize = 12;

/// Kinds worth remembering, and the radius within which one note stands for a cluster.
pub const LANDMARKS: [(&str, i32); 11] = [
    ("water", 6),
    ("tree", 3),
    ("stone", 3),
    ("coal", 1),
    ("iron", 0),
    ("diamond", 0),
    ("table", 0),
    ("furnace", 0),
    ("lava", 0),
    ("cow", 6),
    ("plant", 0),
];

/// The cluster radius of a landmark kind; `None` for kinds not remembered.
pub fn cluster_radius(kind: &str) -> Option<i32> {
    LANDMARKS.iter().find(|(k, _)| *k == kind).map(|(_, r)| *r)
}

/// A remembered thing at a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Landmark {
    /// Its kind ("iron").
    pub kind: String,
    /// Its absolute cell.
    pub pos: Pos,
    /// For plants: the step it was first seen (it ripens some 300 steps later).
    pub since: Option<u32>,
}

impl Landmark {
    /// The note line.
    pub fn line(&self) -> String {
        match self.since {
            Some(step) => format!("{} at ({},{}) since step {step}", self.kind, self.pos.0, self.pos.1),
            None => format!("{} at ({},{})", self.kind, self.pos.0, self.pos.1),
        }
    }

    /// Read a note line; `None` for anything else.
    pub fn parse(line: &str) -> Option<Landmark> {
        let (kind, rest) = line.trim().split_once(" at ")?;
        cluster_radius(kind)?;
        let pos = parse_pos(rest)?;
        let since = rest.split_once("since step ").and_then(|(_, n)| n.trim().parse().ok());
        Some(Landmark { kind: kind.to_string(), pos, since })
    }
}

/// One step of the trail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trace {
    /// Agent step.
    pub step: u32,
    /// Where the player stood.
    pub pos: Pos,
    /// Which way it faced.
    pub facing: Dir,
    /// What the faced cell held.
    pub front: String,
    /// Health, food, drink, energy.
    pub vitals: [i32; 4],
}

impl Trace {
    /// The log line.
    pub fn line(&self) -> String {
        let [h, f, d, e] = self.vitals;
        format!(
            "Step {}: at ({},{}) facing {}, front {}; health {h} food {f} drink {d} energy {e}",
            self.step,
            self.pos.0,
            self.pos.1,
            self.facing.name(),
            self.front
        )
    }

    /// Read a log line (anything after the vitals is ignored).
    pub fn parse(line: &str) -> Option<Trace> {
        let rest = line.trim().strip_prefix("Step ")?;
        let (step, rest) = rest.split_once(": at ")?;
        let pos = parse_pos(rest)?;
        let (_, rest) = rest.split_once(" facing ")?;
        let (facing, rest) = rest.split_once(", front ")?;
        let (front, rest) = rest.split_once(';')?;
        let mut vitals = [0; 4];
        for (slot, name) in vitals.iter_mut().zip(["health ", "food ", "drink ", "energy "]) {
            let (_, tail) = rest.split_once(name)?;
            *slot = tail.split_whitespace().next()?.parse().ok()?;
        }
        Some(Trace {
            step: step.trim().parse().ok()?,
            pos,
            facing: Dir::from_name(facing)?,
            front: front.trim().into(),
            vitals,
        })
    }
}

/// The exploration heading kept in `strategy.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    /// Which way to explore.
    pub dir: Dir,
    /// Since when.
    pub since: u32,
}

impl Heading {
    /// The strategy line.
    pub fn line(&self) -> String {
        format!("explore {} since step {}", self.dir.name(), self.since)
    }

    /// Read a strategy line.
    pub fn parse(line: &str) -> Option<Heading> {
        let rest = line.trim().strip_prefix("explore ")?;
        let (dir, since) = rest.split_once(" since step ")?;
        Some(Heading { dir: Dir::from_name(dir)?, since: since.trim().parse().ok()? })
    }
}

/// The progress line for an unlocked achievement.
pub fn progress_line(step: u32, achievement: &str) -> String {
    format!("Step {step}: unlocked {achievement}")
}

/// The achievement a progress line records.
pub fn parse_progress(line: &str) -> Option<&str> {
    line.split_once("unlocked ").map(|(_, a)| a.trim()).filter(|a| !a.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_round_trip() {
        let l = Landmark { kind: "iron".into(), pos: (34, 40), since: None };
        assert_eq!(l.line(), "iron at (34,40)");
        assert_eq!(Landmark::parse(&l.line()), Some(l));
        let p = Landmark { kind: "plant".into(), pos: (3, 4), since: Some(120) };
        assert_eq!(Landmark::parse(&p.line()), Some(p));
        assert_eq!(Landmark::parse("grass at (1,2)"), None);
        assert_eq!(Landmark::parse("[No lines matching 'iron at']"), None);

        let t = Trace { step: 12, pos: (32, 30), facing: Dir::West, front: "stone".into(), vitals: [9, 8, 7, 6] };
        assert_eq!(Trace::parse(&t.line()), Some(t.clone()));
        assert_eq!(Trace::parse(&format!("{} after 'Move West'", t.line())), Some(t));

        let h = Heading { dir: Dir::North, since: 40 };
        assert_eq!(Heading::parse(&h.line()), Some(h));
        assert_eq!(parse_progress(&progress_line(3, "collect_wood")), Some("collect_wood"));
    }
}
