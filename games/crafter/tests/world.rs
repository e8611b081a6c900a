//! The generated world, the clock, creature balancing, episode ends and determinism.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use automem_sdk::Rng;
use crafter::{ACTIONS, Config, Env};

#[test]
fn the_player_starts_in_the_middle_facing_south_on_grass() {
    let mut env = Env::new(Config::default());
    for seed in 0..5 {
        env.reset(seed);
        assert_eq!(env.position(), (32, 32));
        assert_eq!(env.facing(), (0, 1));
        assert_eq!(env.material(32, 32), Some("grass"));
        assert_eq!(env.steps(), 0);
        assert_eq!(env.world_step(), 1, "BALROG's wrapper plays one Noop on reset");
        for name in ["health", "food", "drink", "energy"] {
            assert_eq!(env.item(name), Some(9));
        }
        assert_eq!(env.item("wood"), Some(0));
    }
}

#[test]
fn terrain_proportions_are_crafters() {
    // Crafter 1.8.3 over 20 worlds: grass 42%, water 23%, stone 14%, path 9%, sand 6%, tree 4.7%,
    // coal 1.2%, lava 0.7%, iron 0.4%, diamond 0.07%; 25 cows, 15 zombies, 9 skeletons.
    let names = ["grass", "water", "stone", "path", "sand", "tree", "coal", "lava", "iron", "diamond"];
    let expected = [42.3, 22.5, 13.6, 8.6, 5.9, 4.65, 1.23, 0.74, 0.40, 0.07];
    let mut counts = [0u32; 10];
    let mut creatures = [0usize; 3];
    let seeds = 20;
    let mut env = Env::new(Config::default());
    for seed in 0..seeds {
        env.reset(seed);
        for x in 0..64 {
            for y in 0..64 {
                let m = env.material(x, y).unwrap();
                counts[names.iter().position(|&n| n == m).unwrap()] += 1;
            }
        }
        for (i, kind) in ["cow", "zombie", "skeleton"].iter().enumerate() {
            creatures[i] += env.count(kind);
        }
    }
    for ((name, n), want) in names.iter().zip(counts).zip(expected) {
        let got = 100.0 * f64::from(n) / f64::from(seeds as u32 * 4096);
        assert!((got - want).abs() <= 0.25 * want + 0.05, "{name}: {got:.2}% vs Crafter's {want}%");
    }
    let per_world = creatures.map(|n| n as f64 / seeds as f64);
    assert!((18.0..=32.0).contains(&per_world[0]), "cows {per_world:?}");
    assert!((9.0..=20.0).contains(&per_world[1]), "zombies {per_world:?}");
    assert!((5.0..=14.0).contains(&per_world[2]), "skeletons {per_world:?}");
}

#[test]
fn daylight_follows_the_300_step_cycle() {
    let mut env = Env::from_layout(&["@"], 0, 10).unwrap();
    let at = |env: &mut Env, t| {
        env.debug_set_world_step(t);
        env.daylight()
    };
    assert!((at(&mut env, 60) - 1.0).abs() < 1e-12);
    assert!(at(&mut env, 210).abs() < 1e-12);
    assert!((at(&mut env, 360) - 1.0).abs() < 1e-12);
    // 1 − |cos(0.3π)|³ at t = 0.
    let c = (0.3 * std::f64::consts::PI).cos().abs();
    assert!((at(&mut env, 0) - (1.0 - c * c * c)).abs() < 1e-12);
    assert!(at(&mut env, 150) < 0.5 && at(&mut env, 270) < 0.5);
}

/// Zombies over the whole map at world step `t`, with the player walled in and kept fed.
fn zombies_at(seed: u64, t: u32) -> usize {
    let mut env = Env::new(Config::default());
    env.reset(seed);
    let (px, py) = env.position();
    for (dx, dy) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
        env.debug_set_material(px + dx, py + dy, "stone");
    }
    while env.world_step() < t {
        env.step("Noop");
        for name in ["health", "food", "drink", "energy"] {
            env.debug_set_item(name, 9);
        }
    }
    env.count("zombie")
}

#[test]
fn zombies_swarm_at_night() {
    let (mut day, mut night) = (0, 0);
    for seed in 0..4 {
        day += zombies_at(seed, 80);
        night += zombies_at(seed, 230);
    }
    assert!(night > 2 * day + 8, "{night} zombies at night, {day} by day");
}

#[test]
fn new_zombies_spawn_away_from_the_player() {
    let mut spawned = 0;
    for seed in 0..3 {
        let mut env = Env::new(Config::default());
        env.reset(seed);
        env.debug_set_world_step(150);
        let zombies = |env: &Env| -> Vec<(i32, i32)> {
            env.objects().into_iter().filter(|o| o.0 == "zombie").map(|o| (o.1, o.2)).collect()
        };
        let mut before = zombies(&env);
        for _ in 0..100 {
            env.step("Noop");
            for name in ["health", "food", "drink", "energy"] {
                env.debug_set_item(name, 9);
            }
            let now = zombies(&env);
            let (px, py) = env.position();
            for &(x, y) in &now {
                // A zombie with no zombie within one cell of it a step ago is a new one.
                if !before.iter().any(|&(bx, by)| (bx - x).abs() + (by - y).abs() <= 1) {
                    spawned += 1;
                    assert!((x - px).abs() + (y - py).abs() >= 6, "zombie spawned at ({x}, {y})");
                }
            }
            before = now;
        }
    }
    assert!(spawned > 10, "{spawned} spawns seen");
}

#[test]
fn episodes_end_at_their_length() {
    let mut env = Env::from_layout(&["~~~~", "~@.~", "~~~~"], 0, 5).unwrap();
    for t in 1..=5 {
        let out = env.step("Noop");
        assert_eq!(out.done, t == 5);
        assert_eq!(out.truncated, t == 5);
    }
    let out = env.step("Noop");
    assert!(out.done && out.truncated);
    assert_eq!(env.steps(), 5);
    let mut env = Env::new(Config { length: 3, ..Config::default() });
    env.reset(1);
    assert!(!env.step("Noop").done);
    assert!(!env.step("Noop").done);
    assert!(env.step("Noop").truncated);
}

/// The whole observation stream of a random player over `steps` steps, starting again with the
/// next seed whenever an episode ends.
fn stream(seed: u64, steps: usize) -> Vec<String> {
    let mut env = Env::new(Config::default());
    let first = env.reset(seed);
    let mut out = vec![first.long_term, first.short_term, first.info_json];
    let mut policy = Rng::new(seed + 99);
    let mut episode = seed;
    for _ in 0..steps {
        // A few invalid actions too.
        let action = match policy.below(20) {
            17 => "dance",
            n => ACTIONS[(n % 17) as usize],
        };
        let o = env.step(action);
        out.push(format!(
            "{}|{}|{}|{}|{}|{:?}|{}",
            o.reward, o.done, o.truncated, o.progression, o.action_valid, o.unlocked, o.obs.long_term
        ));
        out.push(o.obs.short_term);
        out.push(o.obs.info_json);
        if o.done {
            episode += 1000;
            let obs = env.reset(episode);
            out.push(obs.long_term);
        }
    }
    out
}

#[test]
fn same_seed_and_actions_give_the_same_stream_over_10000_steps() {
    let a = stream(42, 10_000);
    let b = stream(42, 10_000);
    assert_eq!(a.len(), b.len());
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x, y, "streams differ at entry {i}");
    }
    let c = stream(43, 100);
    assert_ne!(a[..c.len()], c[..], "another seed gives another game");
}

#[test]
fn a_long_survivor_sees_day_and_night_and_stays_consistent() {
    // One 10,000-step episode: a walled-in, fed player, to exercise balancing and the clock.
    let mut env = Env::new(Config::default());
    env.reset(9);
    let (px, py) = env.position();
    for (dx, dy) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
        env.debug_set_material(px + dx, py + dy, "stone");
    }
    let mut zombies_max = 0;
    for _ in 0..10_000 {
        let out = env.step("Noop");
        for name in ["health", "food", "drink", "energy"] {
            env.debug_set_item(name, 9);
        }
        zombies_max = zombies_max.max(env.count("zombie"));
        assert!(!out.done || env.steps() == 10_000);
    }
    assert!(env.done());
    assert!(zombies_max > 0);
    // Every object stands on its own cell and on a material it may stand on.
    let objects = env.objects();
    for (i, a) in objects.iter().enumerate() {
        for b in &objects[i + 1..] {
            assert!((a.1, a.2) != (b.1, b.2), "{a:?} and {b:?} share a cell");
        }
        let m = env.material(a.1, a.2).unwrap();
        assert!(["grass", "sand", "path", "water", "lava"].contains(&m), "{a:?} on {m}");
    }
}
