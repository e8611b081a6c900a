//! The PLAN phase: look up what the goal needs, then commit one action.

use crate::decide::{self, Decision};
use crate::geom::Dir;
use crate::info::Info;
use crate::nav;
use crate::notes;
use crate::recall::Recall;
use crate::tags;
use automem_sdk::Rng;

/// Landmark kinds worth looking up now: those the current needs and tech stage may use and the
/// view does not show, plus lava, always.
pub fn wanted_kinds(info: &Info) -> Vec<&'static str> {
    let has = |item: &str| info.item(item) > 0;
    let iron_tools = !has("iron_pickaxe") || !has("iron_sword");
    let mut kinds = Vec::new();
    let mut want = |kind: &'static str, yes: bool| {
        if yes && info.seen(kind).is_none() {
            kinds.push(kind);
        }
    };
    want("water", info.drink <= 7);
    want("cow", info.food <= 7);
    want("plant", !info.has("eat_plant"));
    want("table", true);
    want("tree", true);
    want("stone", has("wood_pickaxe"));
    want("furnace", has("stone_pickaxe") && iron_tools);
    want("coal", has("wood_pickaxe") && iron_tools);
    want("iron", has("stone_pickaxe") && iron_tools);
    want("diamond", has("iron_pickaxe"));
    kinds.push("lava");
    kinds
}

/// The look-ups of the first PLAN call.
pub fn lookups(info: &Info) -> String {
    let mut out = vec!["Checking memory for places I cannot see.".to_string()];
    out.extend(wanted_kinds(info).into_iter().map(|k| tags::search(notes::MAP, &format!("{k} at"))));
    out.push(tags::read(notes::ACTIONS_LOG));
    out.push(tags::read(notes::STRATEGY));
    out.join("\n")
}

/// An exploration heading from the seed and the step alone (no memory of the world).
pub fn default_heading(info: &Info, seed: u64) -> Dir {
    let period = u64::from(info.step / 40);
    let mut rng = Rng::new(seed ^ period.wrapping_mul(0xA24B_AED4_963E_E407));
    let start = rng.below(4) as usize;
    (0..4).map(|i| Dir::ALL[(start + i) % 4]).find(|d| !nav::at_edge(info, *d)).unwrap_or(Dir::ALL[start])
}

/// The decision, avoiding actions the schema's gate rejected this phase.
pub fn choose(info: &Info, recall: &Recall, heading: Dir, rejected: &[String], rng: &mut Rng) -> Decision {
    let d = decide::decide(info, recall, heading, rng);
    if !rejected.iter().any(|r| r.eq_ignore_ascii_case(d.action)) {
        return d;
    }
    let fallback = ["Noop", "Move West", "Move East", "Move North", "Move South", "Do"]
        .into_iter()
        .find(|a| !rejected.iter().any(|r| r.eq_ignore_ascii_case(a)))
        .unwrap_or("Noop");
    Decision { action: fallback, why: format!("'{}' was rejected", d.action) }
}

/// The committing reply.
pub fn commit(d: &Decision) -> String {
    format!("Plan: {}.\n{}", d.why, tags::action(d.action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_what_it_cannot_see() {
        let info = Info { drink: 4, food: 9, nearest: vec![("tree".into(), (1, 0))], ..Info::default() };
        let kinds = wanted_kinds(&info);
        assert!(kinds.contains(&"water") && kinds.contains(&"lava") && kinds.contains(&"table"));
        assert!(!kinds.contains(&"tree") && !kinds.contains(&"cow") && !kinds.contains(&"iron"));
        let text = lookups(&info);
        assert!(text.contains("<|SEARCH|>map_notes.txt|water at<|END|>"));
        assert!(text.contains("<|READ|>actions_log.txt<|END|>"));
    }

    #[test]
    fn avoids_rejected_actions() {
        let info = Info {
            area: (64, 64),
            pos: (30, 30),
            target: "grass".into(),
            health: 9,
            food: 9,
            drink: 9,
            energy: 9,
            ..Info::default()
        };
        let mut rng = Rng::new(2);
        let first = choose(&info, &Recall::default(), Dir::West, &[], &mut rng);
        let again = choose(&info, &Recall::default(), Dir::West, &[first.action.to_string()], &mut Rng::new(2));
        assert_ne!(first.action, again.action);
    }
}
