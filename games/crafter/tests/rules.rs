//! Collecting, placing, making, moving and fighting: every recipe and requirement.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::Env;

/// A hand-built world; the player starts facing south.
fn world(rows: &[&str]) -> Env {
    Env::from_layout(rows, 7, 10_000).unwrap()
}

fn set(env: &mut Env, items: &[(&str, i32)]) {
    for &(name, n) in items {
        assert!(env.debug_set_item(name, n), "unknown item {name}");
    }
}

fn item(env: &Env, name: &str) -> i32 {
    env.item(name).unwrap()
}

/// A player at (1, 1) facing a cell of `target` at (1, 2), in a 3x3 world.
fn facing(target: char) -> Env {
    let row = format!(".{target}.");
    world(&["...", ".@.", &row])
}

#[test]
fn chopping_a_tree_gives_wood_and_leaves_grass() {
    let mut env = facing('T');
    let out = env.step("Do");
    assert_eq!(item(&env, "wood"), 1);
    assert_eq!(env.material(1, 2), Some("grass"));
    assert_eq!(out.unlocked, vec!["collect_wood"]);
    assert_eq!(out.reward, 1.0);
    assert!(out.action_valid);
    // A second "Do" faces grass now: no more wood from that cell.
    env.step("Do");
    assert_eq!(item(&env, "wood"), 1);
}

#[test]
fn mining_needs_the_right_pickaxe() {
    // (material, pickaxe that is not enough, pickaxe that is, item, achievement)
    let cases = [
        ('S', None, "wood_pickaxe", "stone", "collect_stone"),
        ('c', None, "wood_pickaxe", "coal", "collect_coal"),
        ('i', Some("wood_pickaxe"), "stone_pickaxe", "iron", "collect_iron"),
        ('d', Some("stone_pickaxe"), "iron_pickaxe", "diamond", "collect_diamond"),
    ];
    for (ch, weak, tool, gives, achievement) in cases {
        let mut env = facing(ch);
        let before = env.material(1, 2);
        if let Some(weak) = weak {
            set(&mut env, &[(weak, 1)]);
        }
        let out = env.step("Do");
        assert_eq!(item(&env, gives), 0, "{gives} without {tool}");
        assert_eq!(env.material(1, 2), before);
        assert!(out.unlocked.is_empty());

        set(&mut env, &[(tool, 1)]);
        let out = env.step("Do");
        assert_eq!(item(&env, gives), 1, "{gives} with {tool}");
        assert_eq!(env.material(1, 2), Some("path"));
        assert_eq!(out.unlocked, vec![achievement]);
        assert_eq!(item(&env, tool), 1, "tools are not used up");
    }
}

#[test]
fn drinking_water_adds_drink_and_leaves_the_water() {
    let mut env = facing('~');
    set(&mut env, &[("drink", 4)]);
    env.debug_set_counters(0, 30, 0, 0);
    let out = env.step("Do");
    assert_eq!(item(&env, "drink"), 5);
    assert_eq!(env.material(1, 2), Some("water"));
    assert_eq!(out.unlocked, vec!["collect_drink"]);
    // The thirst counter restarted (then ticked once this step: 2 half steps).
    assert_eq!(env.debug_counters().1, 2);
}

#[test]
fn saplings_come_from_grass_one_time_in_ten() {
    let mut env = facing('.');
    let mut got = 0;
    for _ in 0..1000 {
        set(&mut env, &[("sapling", 0), ("food", 9), ("drink", 9), ("energy", 9), ("health", 9)]);
        env.step("Do");
        got += item(&env, "sapling");
        assert_eq!(env.material(1, 2), Some("grass"));
    }
    assert!((60..=140).contains(&got), "{got} saplings in 1000 tries");
    assert!(env.achievements().contains(&"collect_sapling"));
}

#[test]
fn items_are_capped_at_nine_but_still_count() {
    let mut env = facing('T');
    set(&mut env, &[("wood", 9)]);
    let out = env.step("Do");
    assert_eq!(item(&env, "wood"), 9);
    assert_eq!(env.material(1, 2), Some("grass"), "the tree is still used up");
    assert_eq!(out.unlocked, vec!["collect_wood"]);
}

#[test]
fn place_stone_on_ground_water_and_lava_only() {
    for (ch, ok) in [('.', true), ('s', true), ('_', true), ('~', true), ('L', true), ('T', false), ('S', false)] {
        let mut env = facing(ch);
        let before = env.material(1, 2);
        let out = env.step("Place Stone");
        assert!(out.unlocked.is_empty(), "no stone, nothing placed on {ch}");
        set(&mut env, &[("stone", 1)]);
        let out = env.step("Place Stone");
        if ok {
            assert_eq!(env.material(1, 2), Some("stone"), "on {ch}");
            assert_eq!(item(&env, "stone"), 0);
            assert_eq!(out.unlocked, vec!["place_stone"]);
        } else {
            assert_eq!(env.material(1, 2), before, "not on {ch}");
            assert!(out.unlocked.is_empty());
            assert_eq!(item(&env, "stone"), 1);
        }
    }
}

#[test]
fn placing_needs_a_free_cell() {
    // The cow is walled in so that it cannot wander off.
    let mut env = world(&["SSS", "S@S", "SCS", "SSS"]);
    set(&mut env, &[("stone", 1), ("wood", 2)]);
    for action in ["Place Stone", "Place Table", "Place Furnace"] {
        let out = env.step(action);
        assert!(out.unlocked.is_empty(), "{action} onto a cow");
    }
    assert_eq!(env.object(1, 2).map(|o| o.0), Some("cow"));
    assert_eq!(item(&env, "stone"), 1);
    assert_eq!(item(&env, "wood"), 2);
}

#[test]
fn a_table_costs_two_wood() {
    let mut env = facing('.');
    set(&mut env, &[("wood", 1)]);
    env.step("Place Table");
    assert_eq!(env.material(1, 2), Some("grass"));
    set(&mut env, &[("wood", 3)]);
    let out = env.step("Place Table");
    assert_eq!(env.material(1, 2), Some("table"));
    assert_eq!(item(&env, "wood"), 1);
    assert_eq!(out.unlocked, vec!["place_table"]);
    // Not on water.
    let mut env = facing('~');
    set(&mut env, &[("wood", 2)]);
    env.step("Place Table");
    assert_eq!(env.material(1, 2), Some("water"));
    assert_eq!(item(&env, "wood"), 2);
}

#[test]
fn a_furnace_costs_four_stone_and_needs_no_table() {
    let mut env = facing('s');
    set(&mut env, &[("stone", 3)]);
    env.step("Place Furnace");
    assert_eq!(env.material(1, 2), Some("sand"));
    set(&mut env, &[("stone", 4)]);
    let out = env.step("Place Furnace");
    assert_eq!(env.material(1, 2), Some("furnace"));
    assert_eq!(item(&env, "stone"), 0);
    assert_eq!(out.unlocked, vec!["place_furnace"]);
}

#[test]
fn a_sapling_is_planted_on_grass_only() {
    let mut env = facing('s');
    set(&mut env, &[("sapling", 1)]);
    env.step("Place Plant");
    assert_eq!(item(&env, "sapling"), 1, "not on sand");
    let mut env = facing('.');
    env.step("Place Plant");
    assert!(env.object(1, 2).is_none(), "no sapling, no plant");
    set(&mut env, &[("sapling", 1)]);
    let out = env.step("Place Plant");
    assert_eq!(env.object(1, 2).map(|o| o.0), Some("plant"));
    assert_eq!(item(&env, "sapling"), 0);
    assert_eq!(out.unlocked, vec!["place_plant"]);
}

/// Every make recipe, with and without its stations and items.
#[test]
fn making_tools_needs_stations_nearby_and_items() {
    type Recipe = (&'static str, &'static str, &'static [(&'static str, i32)], bool);
    let recipes: [Recipe; 6] = [
        ("Make Wood Pickaxe", "wood_pickaxe", &[("wood", 1)], false),
        ("Make Stone Pickaxe", "stone_pickaxe", &[("wood", 1), ("stone", 1)], false),
        ("Make Iron Pickaxe", "iron_pickaxe", &[("wood", 1), ("coal", 1), ("iron", 1)], true),
        ("Make Wood Sword", "wood_sword", &[("wood", 1)], false),
        ("Make Stone Sword", "stone_sword", &[("wood", 1), ("stone", 1)], false),
        ("Make Iron Sword", "iron_sword", &[("wood", 1), ("coal", 1), ("iron", 1)], true),
    ];
    for (action, tool, cost, furnace) in recipes {
        // No station at all.
        let mut env = world(&["...", ".@.", "..."]);
        set(&mut env, cost);
        env.step(action);
        assert_eq!(item(&env, tool), 0, "{action} without a table");

        // A table diagonally next to the player counts; for iron tools it is not enough.
        let mut env = world(&["t..", ".@.", "..f"]);
        let mut env_no_furnace = world(&["t..", ".@.", "..."]);
        set(&mut env_no_furnace, cost);
        env_no_furnace.step(action);
        assert_eq!(item(&env_no_furnace, tool), i32::from(!furnace), "{action} with only a table");

        // Missing one of each cost item fails.
        for (i, &(missing, _)) in cost.iter().enumerate() {
            let mut short = world(&["t..", ".@.", "..f"]);
            for (j, &(name, n)) in cost.iter().enumerate() {
                set(&mut short, &[(name, if i == j { n - 1 } else { n })]);
            }
            short.step(action);
            assert_eq!(item(&short, tool), 0, "{action} without {missing}");
        }

        set(&mut env, cost);
        let out = env.step(action);
        assert_eq!(item(&env, tool), 1, "{action}");
        for &(name, _) in cost {
            assert_eq!(item(&env, name), 0, "{action} uses {name}");
        }
        assert_eq!(out.unlocked, vec![format!("make_{tool}").as_str()]);
    }
}

#[test]
fn stations_two_cells_away_are_too_far() {
    let mut env = world(&["t....", ".....", "..@..", ".....", "....."]);
    set(&mut env, &[("wood", 1)]);
    env.step("Make Wood Pickaxe");
    assert_eq!(item(&env, "wood_pickaxe"), 0);
}

#[test]
fn moving_turns_even_when_blocked() {
    let mut env = world(&["~~~~~", "~sT_~", "~.@S~", "~~.~~"]);
    assert_eq!(env.facing(), (0, 1));
    env.step("Move North"); // tree: blocked
    assert_eq!((env.position(), env.facing()), ((2, 2), (0, -1)));
    env.step("Move East"); // stone: blocked
    assert_eq!((env.position(), env.facing()), ((2, 2), (1, 0)));
    env.step("Move West"); // grass
    assert_eq!((env.position(), env.facing()), ((1, 2), (-1, 0)));
    env.step("Move West"); // water: blocked
    assert_eq!(env.position(), (1, 2));
    env.step("Move North"); // sand
    assert_eq!(env.position(), (1, 1));
    env.step("Move East"); // tree: blocked
    assert_eq!(env.position(), (1, 1));
    env.step("Move South");
    env.step("Move East");
    env.step("Move North"); // tree
    assert_eq!(env.position(), (2, 2));
    env.step("Move South");
    assert_eq!(env.position(), (2, 3));
    env.step("Move South"); // off the map: blocked
    assert_eq!((env.position(), env.facing()), ((2, 3), (0, 1)));
}

#[test]
fn walking_into_lava_kills() {
    let mut env = world(&[".@L"]);
    let out = env.step("Move East");
    assert_eq!(env.position(), (2, 0));
    assert!(out.done && !out.truncated);
    assert_eq!(item(&env, "health"), 0);
    assert!((out.reward - -0.9).abs() < 1e-9);
    assert!(out.obs.long_term.starts_with("You died.\n\n"));
    // Nothing changes any more.
    let again = env.step("Move West");
    assert!(again.done);
    assert_eq!(env.position(), (2, 0));
}

#[test]
fn creatures_block_movement() {
    let mut env = world(&["SSS", "S@S", "SZS", "SSS"]);
    env.step("Move South");
    assert_eq!(env.position(), (1, 1));
    assert_eq!(env.facing(), (0, 1));
}

#[test]
fn sword_damage_is_one_two_three_or_five() {
    for (sword, damage) in [(None, 1), (Some("wood_sword"), 2), (Some("stone_sword"), 3), (Some("iron_sword"), 5)] {
        // A zombie walled in below the player cannot step away.
        let mut env = world(&["SSS", "S@S", "SZS", "SSS"]);
        if let Some(sword) = sword {
            set(&mut env, &[(sword, 1)]);
        }
        // Better swords win when several are held.
        if sword == Some("stone_sword") {
            set(&mut env, &[("wood_sword", 1)]);
        }
        env.step("Do");
        let health = env.object(1, 2).map(|o| o.1);
        assert_eq!(health, if damage >= 5 { None } else { Some(5 - damage) }, "{sword:?}");
        if damage >= 5 {
            assert!(env.achievements().contains(&"defeat_zombie"));
        }
    }
}

#[test]
fn health_changes_give_a_tenth_reward_per_point() {
    let mut env = world(&["SSS", "S@S", "SZS", "SSS"]);
    let out = env.step("Noop"); // the zombie hits for 2
    assert!((out.reward - -0.2).abs() < 1e-9, "{}", out.reward);
    assert_eq!(item(&env, "health"), 7);
}

#[test]
fn invalid_actions_run_noop_and_say_so() {
    let mut env = facing('T');
    let out = env.step("chop the tree please");
    assert!(!out.action_valid);
    assert_eq!(item(&env, "wood"), 0);
    assert!(
        out.obs
            .long_term
            .starts_with("Your previous output did not contain a valid action. Defaulted to action: Noop\n\nYou see:")
    );
    let out = env.step("Do");
    assert!(out.action_valid);
    assert!(out.obs.long_term.starts_with("You see"));
    // Case matters, as in BALROG's exact match.
    assert!(!env.step("do").action_valid);
}
