//! A uniformly random player over many seeds unlocks the easy achievements about as often as in
//! real Crafter.
//!
//! Reference, measured on Crafter 1.8.3 (the Python package) with a uniform random policy over
//! its 17 actions, 200 seeds, episodes capped at 2,000 steps (they end by death after about 172
//! steps on average): collect_wood 28.5%, collect_sapling 54%, place_plant 49%, wake_up 94%,
//! collect_drink 11%, place_table 6%, make_wood_sword 0.5%, eat_cow 0.5%, everything else 0.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use automem_sdk::Rng;
use crafter::{ACHIEVEMENTS, ACTIONS, Config, Env};

#[test]
fn random_play_unlocks_the_easy_achievements_at_crafters_rates() {
    let seeds = 100;
    let mut env = Env::new(Config { length: 2000, ..Config::default() });
    let mut unlocked = [0u32; 22];
    let mut steps = 0;
    for seed in 0..seeds {
        env.reset(seed);
        let mut policy = Rng::new(seed ^ 0xDEAD_BEEF);
        while !env.step(ACTIONS[policy.below(17) as usize]).done {}
        steps += env.steps();
        for name in env.achievements() {
            unlocked[ACHIEVEMENTS.iter().position(|&a| a == name).unwrap()] += 1;
        }
    }
    let rate = |name: &str| {
        let i = ACHIEVEMENTS.iter().position(|&a| a == name).unwrap();
        f64::from(unlocked[i]) / seeds as f64
    };
    println!("mean episode length {:.1}", f64::from(steps) / seeds as f64);
    for name in ACHIEVEMENTS {
        println!("{name:<20} {:5.1}%", 100.0 * rate(name));
    }
    let mean_length = f64::from(steps) / seeds as f64;
    assert!((120.0..=260.0).contains(&mean_length), "mean length {mean_length}");
    for (name, low, high) in [
        ("collect_wood", 0.10, 0.50),
        ("collect_sapling", 0.30, 0.75),
        ("place_plant", 0.25, 0.70),
        ("wake_up", 0.75, 1.0),
        ("collect_drink", 0.02, 0.30),
        ("place_table", 0.01, 0.15),
    ] {
        let r = rate(name);
        assert!((low..=high).contains(&r), "{name}: {:.1}% (expected {low}..{high})", 100.0 * r);
    }
    for hard in ["collect_iron", "collect_diamond", "make_iron_pickaxe", "make_iron_sword", "eat_plant"] {
        assert_eq!(rate(hard), 0.0, "{hard}");
    }
}
