//! Crafter as a component plays exactly like Crafter compiled natively.
use crate::support::{component, runtime};
use automem::bindings::game_api::TaskOptions;

/// A tiny deterministic action picker shared by both sides.
struct Picker(u64);
impl Picker {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn component_and_native_give_identical_observation_streams() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: Some(2000), settings: vec![] };
    let config = crafter::Config { length: 2000, ..crafter::Config::default() };
    for seed in 0..5u64 {
        let mut wasm = game.instantiate(seed).unwrap();
        let mut native = crafter::Env::new(config);
        let mut episode_seed = seed;
        let obs = wasm.reset(episode_seed, &options).unwrap();
        let nobs = native.reset(episode_seed);
        assert_eq!(
            (obs.long_term_context, obs.short_term_context, obs.info),
            (nobs.long_term, nobs.short_term, nobs.info_json)
        );
        let mut picker = Picker(seed);
        for step in 0..2000 {
            // Mostly valid actions, now and then an invalid one.
            let index = picker.next(crafter::ACTIONS.len() + 1);
            let action = crafter::ACTIONS.get(index).copied().unwrap_or("Dance");
            let w = wasm.step(action).unwrap();
            let n = native.step(action);
            let context = format!("seed {seed}, step {step}, action {action}");
            assert_eq!(w.observation.long_term_context, n.obs.long_term, "{context}");
            assert_eq!(w.observation.short_term_context, n.obs.short_term, "{context}");
            assert_eq!(w.observation.info, n.obs.info_json, "{context}");
            assert_eq!(
                (w.reward, w.done, w.truncated, w.action_valid),
                (n.reward, n.done, n.truncated, n.action_valid),
                "{context}"
            );
            assert_eq!(w.progression, n.progression, "{context}");
            let names: Vec<&str> =
                w.events.iter().filter(|e| e.kind == "achievement").map(|e| e.name.as_str()).collect();
            assert_eq!(names, n.unlocked, "{context}");
            if w.done {
                episode_seed += 1000;
                wasm.reset(episode_seed, &options).unwrap();
                native.reset(episode_seed);
            }
        }
    }
}

#[test]
fn crafter_refuses_bad_settings_with_the_reason() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("crafter")).unwrap();
    let mut g = game.instantiate(1).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![("area".into(), "huge".into())] };
    let err = g.reset(1, &options).expect_err("must be refused");
    assert_eq!(err.kind, automem::PluginErrorKind::Guest);
    assert!(err.message.contains("area"), "{err}");
    let options = TaskOptions { task: "nethack".into(), max_steps: None, settings: vec![] };
    assert!(g.reset(1, &options).is_err());
}
