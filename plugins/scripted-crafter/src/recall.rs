//! What the policy knows from memory this phase: facts read back from the op results.

use crate::geom::{Pos, manhattan, sub};
use crate::info::Info;
use crate::notes::{self, Heading, Landmark, Trace};

/// One op result of this phase, as the host reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpResult {
    /// The op, compact ("SEARCH map_notes.txt|iron at").
    pub op: String,
    /// It ran.
    pub ok: bool,
    /// What it returned.
    pub text: String,
}

/// Facts read back from memory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recall {
    /// Remembered landmarks, in file order.
    pub landmarks: Vec<Landmark>,
    /// The recent trail, oldest first.
    pub trail: Vec<Trace>,
    /// The exploration heading.
    pub heading: Option<Heading>,
    /// Achievements already logged.
    pub progress: Vec<String>,
    /// `map_notes.txt` was read whole, so it may be rewritten from `landmarks`.
    pub map_read: bool,
}

/// The op names a result's file: "READ map_notes.txt" or "SEARCH map_notes.txt|x".
fn op_file(op: &str) -> (&str, &str) {
    let (name, args) = op.trim().split_once(' ').unwrap_or((op, ""));
    (name, args.split('|').next().unwrap_or("").trim())
}

impl Recall {
    /// Gather the facts in this phase's results.
    pub fn from_results(results: &[OpResult]) -> Recall {
        let mut recall = Recall::default();
        // Failed ops return error texts, which no note format matches.
        for r in results {
            let (name, file) = op_file(&r.op);
            let whole = name.eq_ignore_ascii_case("READ");
            for line in r.text.lines() {
                match file {
                    notes::MAP => {
                        if let Some(l) = Landmark::parse(line)
                            && !recall.landmarks.contains(&l)
                        {
                            recall.landmarks.push(l);
                        }
                    }
                    notes::ACTIONS_LOG => recall.trail.extend(Trace::parse(line)),
                    notes::STRATEGY => recall.heading = Heading::parse(line).or(recall.heading),
                    notes::PROGRESS => recall.progress.extend(notes::parse_progress(line).map(str::to_string)),
                    _ => {}
                }
            }
            if whole && file == notes::MAP {
                recall.map_read = true;
            }
        }
        recall.trail.sort_by_key(|t| t.step);
        recall.trail.dedup_by_key(|t| t.step);
        recall
    }

    /// The remembered `kind` nearest to the player that the current view does not contradict.
    pub fn nearest(&self, info: &Info, kind: &str) -> Option<Pos> {
        self.landmarks
            .iter()
            .filter(|l| l.kind == kind && !stale(info, l))
            .map(|l| l.pos)
            .min_by_key(|p| manhattan(sub(*p, info.pos)))
    }

    /// Remembered landmarks of `kind`, not contradicted by the view.
    pub fn all<'a>(&'a self, info: &'a Info, kind: &'a str) -> impl Iterator<Item = &'a Landmark> + 'a {
        self.landmarks.iter().filter(move |l| l.kind == kind && !stale(info, l))
    }

    /// The player stood on this cell in the recent trail (so it is not lava).
    pub fn visited(&self, cell: Pos) -> usize {
        self.trail.iter().filter(|t| t.pos == cell).count()
    }

    /// The trail's latest word on a cell in front of the player at some step.
    pub fn front_at(&self, cell: Pos) -> Option<&str> {
        self.trail.iter().rev().find(|t| crate::geom::add(t.pos, t.facing.offset()) == cell).map(|t| t.front.as_str())
    }

    /// How many of the latest trail entries (including the current position) share `pos`.
    pub fn stuck_for(&self, pos: Pos) -> usize {
        self.trail.iter().rev().take_while(|t| t.pos == pos).count()
    }
}

/// The view contradicts the note: its cell is in view but the nearest visible `kind` is farther
/// away (or absent), or the player stands on it. Cows wander, so any cow in view keeps them.
pub fn stale(info: &Info, note: &Landmark) -> bool {
    if !info.in_view(note.pos) {
        return false;
    }
    if note.pos == info.pos {
        return true;
    }
    let distance = manhattan(sub(note.pos, info.pos));
    match info.distance(&note.kind) {
        None => true,
        Some(_) if note.kind == "cow" => false,
        Some(d) => d > distance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(op: &str, text: &str) -> OpResult {
        OpResult { op: op.into(), ok: true, text: text.into() }
    }

    #[test]
    fn reads_facts_from_results() {
        let results = [
            result("SEARCH map_notes.txt|iron at", "iron at (34,40)\niron at (36,41)"),
            result("SEARCH map_notes.txt|water at", "[No lines matching 'water at']"),
            result(
                "READ actions_log.txt",
                "Step 2: at (1,1) facing west, front grass; health 9 food 9 drink 9 energy 9\n\
                 Step 1: at (2,1) facing west, front grass; health 9 food 9 drink 9 energy 9",
            ),
            result("READ strategy.txt", "explore south since step 4"),
            OpResult { op: "READ crafting_progress.txt".into(), ok: false, text: "[ERROR: file missing]".into() },
        ];
        let recall = Recall::from_results(&results);
        assert_eq!(recall.landmarks.len(), 2);
        assert_eq!(recall.trail.iter().map(|t| t.step).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(recall.heading.map(|h| h.since), Some(4));
        assert!(recall.progress.is_empty() && !recall.map_read);
        assert_eq!(recall.visited((2, 1)), 1);
        assert_eq!(recall.front_at((0, 1)), Some("grass"));
    }

    #[test]
    fn the_view_overrides_stale_notes() {
        let info = Info { pos: (10, 10), nearest: vec![("iron".into(), (2, 0))], ..Info::default() };
        let near = Landmark { kind: "iron".into(), pos: (11, 10), since: None };
        let same = Landmark { kind: "iron".into(), pos: (12, 10), since: None };
        let far = Landmark { kind: "iron".into(), pos: (20, 10), since: None };
        assert!(stale(&info, &near));
        assert!(!stale(&info, &same) && !stale(&info, &far));
        let water = Landmark { kind: "water".into(), pos: (9, 9), since: None };
        assert!(stale(&info, &water));
    }
}
