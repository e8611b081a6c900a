//! Cows, zombies, skeletons, arrows and plants.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::Env;

fn world(rows: &[&str]) -> Env {
    Env::from_layout(rows, 11, 100_000).unwrap()
}

fn item(env: &Env, name: &str) -> i32 {
    env.item(name).unwrap()
}

/// Keep the player's needs topped up so long tests are not about starving.
fn feed(env: &mut Env) {
    for name in ["food", "drink", "energy"] {
        env.debug_set_item(name, 9);
    }
}

#[test]
fn eating_a_cow_takes_three_hits_and_gives_six_food() {
    let mut env = world(&["SSS", "SCS", "S@S", "SSS"]);
    env.debug_set_facing(0, -1);
    env.debug_set_item("food", 2);
    env.debug_set_counters(40, 0, 0, 0);
    env.step("Do");
    env.step("Do");
    assert_eq!(env.object(1, 1), Some(("cow", 1)));
    let out = env.step("Do");
    assert_eq!(out.unlocked, vec!["eat_cow"]);
    assert_eq!(item(&env, "food"), 8);
    assert_eq!(env.debug_counters().0, 2, "the hunger counter restarts");
    assert!(env.object(1, 1).is_none(), "the cow is gone");
}

#[test]
fn cows_wander_on_ground_only() {
    let mut env = world(&[
        "~~~~~~~~~", //
        "~.......~",
        "~.......~",
        "~...C...~",
        "~.......~",
        "~~~~~~~~~",
        "....@....",
    ]);
    let mut moves = 0;
    let mut last = (4, 3);
    for _ in 0..200 {
        env.step("Noop");
        feed(&mut env);
        let cows: Vec<_> = env.objects().into_iter().filter(|o| o.0 == "cow").collect();
        assert_eq!(cows.len(), 1);
        let here = (cows[0].1, cows[0].2);
        assert_eq!(env.material(here.0, here.1), Some("grass"), "a cow never enters water");
        let step = (here.0 - last.0).abs() + (here.1 - last.1).abs();
        assert!(step <= 1);
        moves += step;
        last = here;
    }
    // A cow tries to move half the time; some tries hit the water or the edge.
    assert!((40..=110).contains(&moves), "{moves} moves in 200 steps");
}

#[test]
fn a_zombie_walks_up_to_the_player() {
    let mut env = world(&[
        "...........", //
        "Z..........",
        "...........",
        "...........",
        "....SSS....",
        "....S@S....",
        "....SSS....",
    ]);
    let start = 9; // from (0, 1) to (5, 5)
    let mut nearest = start;
    for _ in 0..30 {
        env.step("Noop");
        let z = env.objects().into_iter().find(|o| o.0 == "zombie").unwrap();
        nearest = nearest.min((z.1 - 5).abs() + (z.2 - 5).abs());
    }
    assert!(nearest <= 2, "the zombie came within {nearest} (started {start} away)");
}

#[test]
fn a_zombie_hits_for_two_with_a_five_step_cooldown() {
    let mut env = world(&["SSS", "SZS", "S@S", "SSS"]);
    let mut health = Vec::new();
    for _ in 0..13 {
        env.step("Noop");
        health.push(item(&env, "health"));
    }
    // Hits at steps 1, 7 and 13 (cooldown 5 counted down while adjacent).
    assert_eq!(health, vec![7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 5, 5, 3]);
}

#[test]
fn a_zombie_hits_a_sleeper_for_seven_and_wakes_it_without_the_achievement() {
    let mut env = world(&["SSS", "SZS", "S@S", "SSS"]);
    // Let the first blow and its cooldown pass, then sleep.
    for _ in 0..3 {
        env.step("Noop");
    }
    env.debug_set_item("health", 9);
    env.debug_set_item("energy", 3);
    let out = env.step("Sleep");
    assert!(env.sleeping());
    assert!(out.obs.long_term.starts_with("You are sleeping"));
    let mut woke = None;
    for t in 0..10 {
        let out = env.step("Noop");
        if !env.sleeping() {
            woke = Some((t, out));
            break;
        }
    }
    let (t, _) = woke.unwrap();
    assert!(t <= 3, "woken up by the blow");
    assert_eq!(item(&env, "health"), 2, "a sleeper takes 7");
    assert!(!env.achievements().contains(&"wake_up"));
}

#[test]
fn a_killed_zombie_gives_defeat_zombie() {
    let mut env = world(&["SSS", "SZS", "S@S", "SSS"]);
    env.debug_set_facing(0, -1);
    env.debug_set_item("stone_sword", 1);
    env.step("Do");
    assert_eq!(env.object(1, 1), Some(("zombie", 2)));
    let out = env.step("Do");
    assert_eq!(out.unlocked, vec!["defeat_zombie"]);
    assert!(env.object(1, 1).is_none());
}

#[test]
fn a_skeleton_shoots_arrows_that_hurt() {
    // A tunnel running east from the player; the skeleton is 4 cells away.
    let mut env = world(&[
        "SSSSSSSSSS", //
        "S@___K___S",
        "SSSSSSSSSS",
    ]);
    let mut arrows_seen = 0;
    let mut hurt = false;
    for _ in 0..60 {
        env.step("Noop");
        feed(&mut env);
        arrows_seen += env.count("arrow");
        hurt |= item(&env, "health") < 9;
        if let Some(k) = env.objects().into_iter().find(|o| o.0 == "skeleton") {
            assert_eq!(k.2, 1, "the skeleton stays in the tunnel");
        }
    }
    assert!(arrows_seen > 0, "the skeleton shot");
    assert!(hurt, "an arrow hit the player");
}

#[test]
fn a_skeleton_backs_away_from_a_close_player() {
    let mut env = world(&[
        "SSSSSSSSSSSS", //
        "S@_K_______S",
        "SSSSSSSSSSSS",
    ]);
    let mut farthest = 2;
    for _ in 0..20 {
        env.step("Noop");
        feed(&mut env);
        env.debug_set_item("health", 9);
        if let Some(k) = env.objects().into_iter().find(|o| o.0 == "skeleton") {
            farthest = farthest.max(k.1 - 1);
        }
    }
    assert!(farthest >= 4, "the skeleton moved off to {farthest}");
}

#[test]
fn arrows_fly_straight_and_hit_what_they_meet() {
    // East-flying arrows: one over water and into the player, one into a table, one into stone,
    // one into a cow.
    let mut env = world(&[
        ">_~~_@..", //
        ">__t....", ">_SS....", ">__CS...",
    ]);
    env.debug_set_facing(1, 0);
    let mut health = Vec::new();
    for _ in 0..6 {
        env.step("Noop");
        health.push(item(&env, "health"));
    }
    assert_eq!(health[4], 7, "hit for 2 after crossing the water: {health:?}");
    assert_eq!(env.material(3, 1), Some("path"), "the table is destroyed");
    assert_eq!(env.material(2, 2), Some("stone"), "stone stops arrows");
    assert_eq!(env.count("arrow"), 0);
    let cow = env.objects().into_iter().find(|o| o.0 == "cow").unwrap();
    assert_eq!(cow.3, 1, "the cow took 2");
}

#[test]
fn plants_ripen_and_feed_and_regrow() {
    let mut env = world(&["SSS", "S@S", "S.S", "SSS"]);
    env.debug_set_item("sapling", 1);
    env.step("Place Plant");
    assert_eq!(env.object(1, 2).map(|o| o.0), Some("plant"));
    env.debug_set_item("food", 3);
    let out = env.step("Do");
    assert!(out.unlocked.is_empty(), "an unripe plant is not food");
    assert_eq!(env.object(1, 2).map(|o| o.0), Some("plant"), "and stays");
    // Grows one per step; ripe after more than 300.
    for _ in 0..300 {
        env.step("Noop");
        feed(&mut env);
    }
    assert_eq!(env.debug_object_timer(1, 2), Some(301));
    env.debug_set_item("food", 3);
    let out = env.step("Do");
    assert_eq!(out.unlocked, vec!["eat_plant"]);
    assert_eq!(item(&env, "food"), 7);
    assert_eq!(env.debug_object_timer(1, 2), Some(1), "it grows again from 0");
    let out = env.step("Do");
    assert!(out.unlocked.is_empty());
}

#[test]
fn creatures_next_to_a_plant_destroy_it() {
    let mut env = world(&["SSSS", "S@SS", "SpZS", "SSSS"]);
    env.step("Noop");
    assert!(env.object(1, 2).is_none(), "the zombie ate the sapling");
}

#[test]
fn objects_far_from_the_player_are_frozen() {
    // Cows at distance 20 (frozen) and 5 (alive), fenced in by water.
    let mut row = ['.'; 24];
    row[0] = '@';
    let mut rows: Vec<String> = vec![row.iter().collect()];
    rows.push("~".repeat(24));
    let mut pen = ['~'; 24];
    for (i, cell) in pen.iter_mut().enumerate() {
        if (2..=6).contains(&i) || (17..=22).contains(&i) {
            *cell = '.';
        }
    }
    let mut far = pen;
    far[20] = 'C';
    far[4] = 'C';
    rows.push(pen.iter().collect());
    rows.push(far.iter().collect());
    rows.push(pen.iter().collect());
    rows.push("~".repeat(24));
    let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
    let mut env = world(&refs);
    let mut near_moved = false;
    for _ in 0..100 {
        env.step("Noop");
        feed(&mut env);
        assert!(env.object(20, 3).is_some_and(|o| o.0 == "cow"), "the far cow never moves");
        near_moved |= env.object(4, 3).is_none();
    }
    assert!(near_moved, "the near cow wandered");
}
