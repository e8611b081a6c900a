//! Food, drink, energy and health over time; sleeping and waking up.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::Env;

/// A player alone on a small island of grass.
fn island() -> Env {
    Env::from_layout(&["~~~~~", "~...~", "~.@.~", "~...~", "~~~~~"], 3, 100_000).unwrap()
}

fn item(env: &Env, name: &str) -> i32 {
    env.item(name).unwrap()
}

/// The steps (1-based) at which `name` changed, over `steps` steps of `action`.
fn changes(env: &mut Env, name: &str, action: &str, steps: u32) -> Vec<(u32, i32)> {
    let mut last = item(env, name);
    let mut out = Vec::new();
    for t in 1..=steps {
        env.step(action);
        let now = item(env, name);
        if now != last {
            out.push((t, now));
            last = now;
        }
    }
    out
}

#[test]
fn food_drops_every_26_steps_drink_every_21_energy_every_31() {
    assert_eq!(changes(&mut island(), "food", "Noop", 80), vec![(26, 8), (52, 7), (78, 6)]);
    assert_eq!(changes(&mut island(), "drink", "Noop", 64), vec![(21, 8), (42, 7), (63, 6)]);
    assert_eq!(changes(&mut island(), "energy", "Noop", 95), vec![(31, 8), (62, 7), (93, 6)]);
}

#[test]
fn health_recovers_every_26_steps_while_needs_are_met() {
    let mut env = island();
    env.debug_set_item("health", 5);
    assert_eq!(changes(&mut env, "health", "Noop", 53), vec![(26, 6), (52, 7)]);
}

#[test]
fn health_drains_every_16_steps_while_a_need_is_unmet() {
    for need in ["food", "drink", "energy"] {
        let mut env = island();
        env.debug_set_item(need, 0);
        assert_eq!(changes(&mut env, "health", "Noop", 33), vec![(16, 8), (32, 7)], "{need} at 0");
    }
}

#[test]
fn starving_to_death_ends_the_episode() {
    let mut env = island();
    env.debug_set_item("food", 0);
    env.debug_set_item("health", 1);
    let mut t = 0;
    loop {
        t += 1;
        let out = env.step("Noop");
        if out.done {
            assert!(!out.truncated);
            assert!(out.obs.long_term.starts_with("You died."));
            assert!((out.reward - -0.1).abs() < 1e-9);
            break;
        }
        assert!(t < 100);
    }
    assert_eq!(t, 16);
}

#[test]
fn sleep_needs_missing_energy() {
    let mut env = island();
    env.step("Sleep");
    assert!(!env.sleeping(), "energy is full");
    env.debug_set_item("energy", 8);
    let out = env.step("Sleep");
    assert!(env.sleeping());
    assert!(
        out.obs
            .long_term
            .starts_with("You are sleeping, and will not be able take actions until energy is full.\n\nYou see")
    );
}

#[test]
fn sleeping_restores_energy_then_wakes_with_the_achievement() {
    let mut env = island();
    env.debug_set_item("energy", 5);
    env.step("Sleep");
    // While asleep, actions are ignored and energy rises by one every 11 steps.
    let mut energy = Vec::new();
    let mut woke_at = None;
    for t in 1..=60 {
        let out = env.step("Move West");
        energy.push(item(&env, "energy"));
        if !env.sleeping() {
            woke_at = Some(t);
            assert_eq!(out.unlocked, vec!["wake_up"]);
            assert!((out.reward - 1.0).abs() < 1e-9);
            break;
        }
        assert_eq!(env.position(), (2, 2), "no moving in one's sleep");
    }
    // Fatigue counts down from the Sleep step: +1 energy at steps 10, 21, 32, 43 of the loop.
    assert_eq!(energy[9], 6);
    assert_eq!(energy[20], 7);
    assert_eq!(energy[31], 8);
    assert_eq!(energy[42], 9);
    // At the next update the player wakes up, and the action of that step runs.
    assert_eq!(woke_at, Some(44));
    assert_eq!(env.position(), (1, 2));
}

#[test]
fn sleeping_halves_hunger_and_thirst_and_doubles_recovery() {
    let mut env = island();
    env.debug_set_item("energy", 0);
    env.debug_set_item("health", 5);
    env.step("Sleep");
    let mut food = Vec::new();
    let mut health = Vec::new();
    for t in 2..=60 {
        env.step("Noop");
        assert!(env.sleeping());
        if item(&env, "food") < 9 && food.is_empty() {
            food.push(t);
        }
        health.push((t, item(&env, "health")));
    }
    // Hunger passes 25 after 51 sleeping steps; recovery passes 25 after 13.
    assert_eq!(food, vec![51]);
    let first_up = health.iter().find(|h| h.1 == 6).unwrap().0;
    assert_eq!(first_up, 13);
}
