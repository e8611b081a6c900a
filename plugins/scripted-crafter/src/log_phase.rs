//! The LOG phase: read the notes, then record what the current observation shows.
//!
//! Call 0 reads the files it is about to update (so nothing is written twice); the next call
//! appends new landmarks (or rewrites `map_notes.txt` when the view shows a note is out of date),
//! rewrites the short trail in `actions_log.txt`, updates the exploration heading, logs new
//! achievements and damage, and ends with DONE.

use crate::geom::{Dir, manhattan, sub};
use crate::info::Info;
use crate::nav;
use crate::notes::{self, Heading, Landmark, Trace};
use crate::recall::{self, Recall};
use crate::tags;
use automem_sdk::Rng;

/// Steps after which the exploration heading is changed anyway.
const HEADING_SPAN: u32 = 60;

/// The look-ups of the first LOG call.
pub fn lookups() -> String {
    let files = [notes::MAP, notes::ACTIONS_LOG, notes::STRATEGY, notes::PROGRESS];
    let reads: Vec<String> = files.iter().map(|f| tags::read(f)).collect();
    format!("Checking my notes before writing.\n{}", reads.join("\n"))
}

/// The writes of the second LOG call, ending with DONE.
pub fn writes(info: &Info, recall: &Recall, previous_action: Option<&str>, rng: &mut Rng) -> String {
    let mut out = vec![format!("Step {}: recording what I see.", info.step)];
    out.extend(map_writes(info, recall));
    out.push(trail_write(info, recall, previous_action));
    if let Some(h) = new_heading(info, recall, rng) {
        out.push(tags::write(notes::STRATEGY, &h.line()));
    }
    for a in info.achievements.iter().filter(|a| !recall.progress.contains(a)) {
        out.push(tags::append(notes::PROGRESS, &notes::progress_line(info.step, a)));
    }
    if let Some(line) = survival_line(info, recall) {
        out.push(tags::append(notes::SURVIVAL, &line));
    }
    out.push(tags::DONE.to_string());
    out.join("\n")
}

/// New landmarks in view, and notes the view shows to be out of date.
pub fn map_changes(info: &Info, recall: &Recall) -> (Vec<Landmark>, Vec<Landmark>) {
    let (stale, mut keep): (Vec<Landmark>, Vec<Landmark>) =
        recall.landmarks.iter().cloned().partition(|l| recall::stale(info, l));
    let mut added = Vec::new();
    for (kind, offset) in &info.nearest {
        let Some(radius) = notes::cluster_radius(kind) else { continue };
        let pos = crate::geom::add(info.pos, *offset);
        if keep.iter().any(|l| &l.kind == kind && manhattan(sub(l.pos, pos)) <= radius) {
            continue;
        }
        let since = (kind == "plant").then_some(info.step);
        let note = Landmark { kind: kind.clone(), pos, since };
        keep.push(note.clone());
        added.push(note);
    }
    (added, stale)
}

fn map_writes(info: &Info, recall: &Recall) -> Vec<String> {
    let (added, stale) = map_changes(info, recall);
    if !stale.is_empty() && recall.map_read {
        let lines: Vec<String> =
            recall.landmarks.iter().filter(|l| !stale.contains(l)).chain(added.iter()).map(Landmark::line).collect();
        return vec![tags::write(notes::MAP, &lines.join("\n"))];
    }
    added.iter().map(|l| tags::append(notes::MAP, &l.line())).collect()
}

fn trail_write(info: &Info, recall: &Recall, previous_action: Option<&str>) -> String {
    let trace = Trace {
        step: info.step,
        pos: info.pos,
        facing: info.facing_dir().unwrap_or(Dir::South),
        front: info.target.clone(),
        vitals: [info.health, info.food, info.drink, info.energy],
    };
    let mut line = trace.line();
    if let Some(a) = previous_action {
        line.push_str(&format!(" after '{a}'"));
    }
    let skip = recall.trail.len().saturating_sub(notes::TRAIL_LINES - 1);
    let mut lines: Vec<String> = recall.trail[skip..].iter().map(Trace::line).collect();
    lines.push(line);
    tags::write(notes::ACTIONS_LOG, &lines.join("\n"))
}

/// A new exploration heading when there is none, the old one is worn out, the player is stuck,
/// or the world's edge is near.
pub fn new_heading(info: &Info, recall: &Recall, rng: &mut Rng) -> Option<Heading> {
    let stuck = recall.stuck_for(info.pos) >= 3;
    if let Some(h) = recall.heading
        && info.step < h.since + HEADING_SPAN
        && !stuck
        && !nav::at_edge(info, h.dir)
    {
        return None;
    }
    let old = recall.heading.map(|h| h.dir);
    let options: Vec<Dir> = Dir::ALL.into_iter().filter(|d| Some(*d) != old && !nav::at_edge(info, *d)).collect();
    let dir = *options.get(rng.below(options.len() as u64) as usize)?;
    Some(Heading { dir, since: info.step })
}

fn survival_line(info: &Info, recall: &Recall) -> Option<String> {
    let prev = recall.trail.last()?;
    if info.health >= prev.vitals[0] {
        return None;
    }
    let mut causes: Vec<String> = ["zombie", "skeleton", "arrow"]
        .iter()
        .filter_map(|k| info.distance(k).filter(|d| *d <= 3).map(|d| format!("{k} {d} steps away")))
        .collect();
    for (name, v) in [("food", info.food), ("drink", info.drink), ("energy", info.energy)] {
        if v == 0 {
            causes.push(format!("{name} is 0"));
        }
    }
    let cause = if causes.is_empty() { "cause unseen".to_string() } else { causes.join(", ") };
    Some(format!("Step {}: health {} -> {}, {cause}", info.step, prev.vitals[0], info.health))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recall::OpResult;

    fn info() -> Info {
        Info {
            step: 5,
            area: (64, 64),
            pos: (30, 30),
            facing: (-1, 0),
            target: "tree".into(),
            health: 7,
            food: 9,
            drink: 9,
            energy: 9,
            nearest: vec![("tree".into(), (-1, 0)), ("water".into(), (3, 2))],
            achievements: vec!["collect_wood".into()],
            ..Info::default()
        }
    }

    #[test]
    fn appends_new_landmarks_and_rewrites_stale_ones() {
        let recall = Recall::from_results(&[OpResult {
            op: "READ map_notes.txt".into(),
            ok: true,
            text: "tree at (29,30)\nwater at (31,31)".into(),
        }]);
        let (added, stale) = map_changes(&info(), &recall);
        assert_eq!(added.iter().map(Landmark::line).collect::<Vec<_>>(), ["water at (33,32)"]);
        assert_eq!(stale.iter().map(Landmark::line).collect::<Vec<_>>(), ["water at (31,31)"]);
        let text = writes(&info(), &recall, Some("Do"), &mut Rng::new(1));
        assert!(text.contains("<|WRITE|>map_notes.txt|tree at (29,30)\nwater at (33,32)<|END|>"), "{text}");
        assert!(text.contains("after 'Do'"));
        assert!(text.contains("<|APPEND|>crafting_progress.txt|Step 5: unlocked collect_wood<|END|>"));
        assert!(text.ends_with(tags::DONE));

        let fresh = writes(&info(), &Recall::default(), None, &mut Rng::new(1));
        assert!(fresh.contains("<|APPEND|>map_notes.txt|tree at (29,30)<|END|>"), "{fresh}");
        assert!(fresh.contains("<|APPEND|>map_notes.txt|water at (33,32)<|END|>"));
        assert!(fresh.contains("<|WRITE|>strategy.txt|explore"));
    }

    #[test]
    fn logs_damage_with_its_likely_cause() {
        let mut i = info();
        i.nearest.push(("zombie".into(), (1, 0)));
        let recall = Recall::from_results(&[OpResult {
            op: "READ actions_log.txt".into(),
            ok: true,
            text: "Step 4: at (30,30) facing west, front tree; health 9 food 9 drink 9 energy 9".into(),
        }]);
        assert_eq!(survival_line(&i, &recall).as_deref(), Some("Step 5: health 9 -> 7, zombie 1 steps away"));
    }
}
