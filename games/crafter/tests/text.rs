//! Golden tests of BALROG's observation text, and the info JSON, for hand-built states.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::Env;

/// Player at (5, 4), facing south at a zombie. Things on row 0, row 8, column 0 and column 10
/// are outside the 9x7 window and must not be listed.
const SCENE: [&str; 9] = [
    "T.........d", //
    "..T....~~~~",
    "...C...~~~~",
    "T.s_...~~~~",
    "d....@S....",
    "..T..Z.....",
    ".....t....c",
    "..i........",
    "...........",
];

const FULL_STATUS: &str = "Your status:\n- health: 9/9\n- food: 9/9\n- drink: 9/9\n- energy: 9/9\n\n";

#[test]
fn golden_scene() {
    let env = Env::from_layout(&SCENE, 0, 100).unwrap();
    let obs = env.observe();
    assert_eq!(
        obs.long_term,
        "You see:\n\
         - tree 4 steps to your south-west\n\
         - iron 6 steps to your south-west\n\
         - cow 4 steps to your north-west\n\
         - zombie 1 step to your south\n\
         - table 2 steps to your south\n\
         - stone 1 step to your east\n\
         - water 3 steps to your north-east\n\
         \n\
         You face zombie at your front."
    );
    assert_eq!(obs.short_term, format!("{FULL_STATUS}You have nothing in your inventory."));
}

#[test]
fn golden_info_json() {
    let env = Env::from_layout(&SCENE, 0, 100).unwrap();
    let info = env.observe().info_json;
    assert_eq!(
        info,
        concat!(
            r#"{"step":0,"world_step":0,"area":[11,9],"position":[5,4],"#,
            r#""facing":{"dx":0,"dy":1,"direction":"south","target":"zombie"},"#,
            r#""vitals":{"health":9,"food":9,"drink":9,"energy":9},"sleeping":false,"dead":false,"#,
            r#""inventory":{"sapling":0,"wood":0,"stone":0,"coal":0,"iron":0,"diamond":0,"#,
            r#""wood_pickaxe":0,"stone_pickaxe":0,"iron_pickaxe":0,"wood_sword":0,"stone_sword":0,"#,
            r#""iron_sword":0},"achievements":[],"progression":0.000000,"daylight":0.797,"#,
            r#""nearest":{"tree":[-3,1],"iron":[-3,3],"cow":[-2,-2],"zombie":[0,1],"table":[0,2],"#,
            r#""stone":[1,0],"water":[2,-1]}}"#
        )
    );
    let parsed: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert_eq!(parsed["position"][0], 5);
}

#[test]
fn info_json_is_valid_along_a_random_game() {
    let mut env = Env::new(crafter::Config::default());
    env.reset(3);
    let mut policy = automem_sdk::Rng::new(3);
    for _ in 0..500 {
        let out = env.step(crafter::ACTIONS[policy.below(17) as usize]);
        let v: serde_json::Value = serde_json::from_str(&out.obs.info_json).unwrap();
        assert_eq!(v["step"], env.steps());
        assert_eq!(v["achievements"].as_array().unwrap().len(), env.achievements().len());
        if out.done {
            assert!(v["dead"].as_bool().unwrap());
            break;
        }
    }
}

#[test]
fn golden_inventory() {
    let mut env = Env::from_layout(&SCENE, 0, 100).unwrap();
    for (name, n) in [("wood", 3), ("sapling", 1), ("wood_pickaxe", 1), ("iron_sword", 2), ("health", 4)] {
        env.debug_set_item(name, n);
    }
    assert_eq!(
        env.observe().short_term,
        "Your status:\n- health: 4/9\n- food: 9/9\n- drink: 9/9\n- energy: 9/9\n\n\
         Your inventory:\n- sapling: 1\n- wood: 3\n- wood_pickaxe: 1\n- iron_sword: 2"
    );
}

#[test]
fn golden_empty_surroundings_asleep_and_dead() {
    let rows = [".........", ".........", ".........", "....@....", ".........", ".........", "........."];
    let mut env = Env::from_layout(&rows, 0, 100).unwrap();
    let quiet = "You see nothing away from you.\n\nYou face nothing at your front.";
    assert_eq!(env.observe().long_term, quiet);
    env.debug_set_sleeping(true);
    assert_eq!(
        env.observe().long_term,
        format!("You are sleeping, and will not be able take actions until energy is full.\n\n{quiet}")
    );
    env.debug_set_item("health", 0);
    assert!(env.observe().long_term.starts_with("You are sleeping,"), "sleeping wins over dead");
    env.debug_set_sleeping(false);
    assert_eq!(env.observe().long_term, format!("You died.\n\n{quiet}"));
}

#[test]
fn a_lake_is_listed_once_at_its_nearest_cell() {
    // The player stands on a grass cell in a lake. BALROG lists water only where it borders
    // something else; the nearest water cell always does (it borders the player's cell), so the
    // lake shows once, at distance 1, first met in the west column.
    let rows = [
        "...............", //
        "...~~~~~~~~~~~~",
        "...~~~~~~~~~~~~",
        "..~~~~~~@~~~~~~",
        "...~~~~~~~~~~~~",
        "...~~~~~~~~~~~~",
        "...~~~~~~~~~~~~",
        "...~~~~~~~~~~~~",
    ];
    let env = Env::from_layout(&rows, 0, 100).unwrap();
    let obs = env.observe();
    assert_eq!(obs.long_term, "You see:\n- water 1 step to your west\n\nYou face water at your front.");
    assert!(obs.info_json.contains(r#""nearest":{"water":[-1,0]}"#), "{}", obs.info_json);
}

#[test]
fn ties_keep_the_first_found_and_directions_read_north_first() {
    let rows = [
        ".........", //
        "...T.....",
        ".........",
        "..T.@.T..",
        ".........",
        "...T.....",
        "........C",
    ];
    let env = Env::from_layout(&rows, 0, 100).unwrap();
    // Trees at (-2, 0) and (2, 0), both 2 away (and two 3 away): the first met, west, is kept.
    assert_eq!(
        env.observe().long_term,
        "You see:\n- tree 2 steps to your west\n- cow 7 steps to your south-east\n\nYou face nothing at your front."
    );
}

#[test]
fn facing_the_edge_of_the_map_is_facing_nothing() {
    let mut env = Env::from_layout(&["@T", ".."], 0, 100).unwrap();
    env.debug_set_facing(-1, 0);
    let obs = env.observe();
    assert_eq!(obs.long_term, "You see:\n- tree 1 step to your east\n\nYou face nothing at your front.");
    assert!(obs.info_json.contains(r#""target":"nothing""#));
    env.debug_set_facing(1, 0);
    assert!(env.observe().long_term.ends_with("You face tree at your front."));
}

#[test]
fn plants_arrows_and_creatures_are_named() {
    let env = Env::from_layout(&["..K..", ".p@<.", "..C.."], 0, 100).unwrap();
    assert_eq!(
        env.observe().long_term,
        "You see:\n- plant 1 step to your west\n- skeleton 1 step to your north\n\
         - cow 1 step to your south\n- arrow 1 step to your east\n\nYou face cow at your front."
    );
}
