//! The schema keeps its own copies of Crafter's tables (it is a separate component and cannot
//! link the game); these tests hold the copies to the game's own, so a change there fails here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::{ACHIEVEMENTS, ACTIONS, Config, Env};
use crafter_evolved::info::{self, ITEMS, VITALS};
use crafter_evolved::rules::{PLACEMENTS, RECIPES};

#[test]
fn achievements_are_the_games_in_its_order() {
    assert_eq!(info::ACHIEVEMENTS, ACHIEVEMENTS);
}

#[test]
fn every_recipe_and_placement_names_a_game_action_in_its_order() {
    let position = |a: &str| ACTIONS.iter().position(|x| *x == a).unwrap_or_else(|| panic!("{a} is not an action"));
    let makes: Vec<usize> = RECIPES.iter().map(|r| position(r.action)).collect();
    let places: Vec<usize> = PLACEMENTS.iter().map(|p| position(p.action)).collect();
    assert!(makes.windows(2).all(|w| w[0] < w[1]) && places.windows(2).all(|w| w[0] < w[1]));
    let game_makes = ACTIONS.iter().filter(|a| a.starts_with("Make ")).count();
    let game_places = ACTIONS.iter().filter(|a| a.starts_with("Place ")).count();
    assert_eq!((makes.len(), places.len()), (game_makes, game_places));
}

#[test]
fn items_and_vitals_are_the_games_info_keys_in_its_order() {
    let mut env = Env::new(Config::default());
    let obs = env.reset(7);
    let state: serde_json::Value = serde_json::from_str(&obs.info_json).unwrap();
    let keys = |name: &str| -> Vec<String> { state[name].as_object().unwrap().keys().cloned().collect() };
    // serde_json's map is sorted, so compare as sets and check the order from the raw text.
    let mut items: Vec<String> = ITEMS.iter().map(|s| s.to_string()).collect();
    items.sort();
    assert_eq!(keys("inventory"), items);
    let mut vitals: Vec<String> = VITALS.iter().map(|s| s.to_string()).collect();
    vitals.sort();
    assert_eq!(keys("vitals"), vitals);
    let offsets: Vec<usize> = ITEMS.iter().map(|i| obs.info_json.find(&format!("\"{i}\":")).unwrap()).collect();
    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "ITEMS is in the game's order");
}
