//! The feasibility gates against the real game: every rejection must be a move the game would
//! refuse (soundness), and a craft or placement the gate passes with its stations surely in reach
//! must work (completeness). Random play with random inventories over several seeds; each candidate
//! action is tried on a clone of the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use automem_sdk::Rng;
use crafter::{ACTIONS, Config, Env};
use crafter_evolved::info::{ITEMS, Info};
use crafter_evolved::logic::{Reach, feasibility, station};
use crafter_evolved::rules::{Action, MINING, parse_action};

fn effect(before: &Info, after: &Info, action: Action) -> Option<bool> {
    match action {
        Action::Make(r) => Some(after.item(r.tool) > before.item(r.tool)),
        Action::Place(p) => Some(after.item(p.cost.0) < before.item(p.cost.0)),
        Action::Do if MINING.iter().any(|(m, _)| *m == before.target) => Some(after.inventory != before.inventory),
        _ => None,
    }
}

#[test]
fn gate_rejections_match_the_game() {
    let mut checked = 0usize;
    let mut rejected = 0usize;
    let mut passed_and_worked = 0usize;
    for seed in 0..6u64 {
        let mut env = Env::new(Config::default());
        env.reset(seed);
        let mut rng = Rng::new(seed);
        for step in 0..400 {
            if env.done() {
                break;
            }
            // Keep the player alive and awake, and give it random materials now and then.
            for vital in ["health", "food", "drink", "energy"] {
                env.debug_set_item(vital, 9);
            }
            if step % 7 == 0 {
                for item in ITEMS {
                    let n = match rng.below(3) {
                        0 => 0,
                        1 => 1,
                        _ => rng.below(6) as i32,
                    };
                    env.debug_set_item(item, n);
                }
            }
            let obs = env.observe();
            let info = Info::parse(&obs.info_json).expect("the game's info parses");
            assert!(!info.sleeping);
            for text in ACTIONS {
                let action = parse_action(text).expect("every game action parses");
                let mut trial = env.clone();
                let out = trial.step(text);
                let after = Info::parse(&out.obs.info_json).unwrap();
                let Some(worked) = effect(&info, &after, action) else { continue };
                checked += 1;
                match feasibility(&info, action) {
                    Err(reason) => {
                        rejected += 1;
                        assert!(!worked, "seed {seed} step {step}: gate refused '{text}' ({reason}) but it worked");
                    }
                    Ok(()) => {
                        let surely = match action {
                            Action::Make(r) => {
                                station(&info, "table") == Reach::Near
                                    && (!r.furnace || station(&info, "furnace") == Reach::Near)
                            }
                            Action::Place(_) => true,
                            _ => false,
                        };
                        if surely {
                            assert!(worked, "seed {seed} step {step}: gate passed '{text}' but the game refused it");
                            passed_and_worked += 1;
                        }
                    }
                }
            }
            // Walk on: mostly moves and Do, sometimes a table or a furnace to craft at later.
            let choice = match rng.below(10) {
                0..=5 => ["Move West", "Move East", "Move North", "Move South"][rng.below(4) as usize],
                6 | 7 => "Do",
                8 => "Place Table",
                _ => "Place Furnace",
            };
            env.step(choice);
        }
    }
    assert!(checked > 5000, "only {checked} checks");
    assert!(rejected > 1000 && passed_and_worked > 500, "rejected {rejected}, passed and worked {passed_and_worked}");
}
