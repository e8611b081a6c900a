//! Loading checks the world: wrong worlds and non-components are refused at load, by name.
use crate::support::{component, components, runtime};
use automem::PluginErrorKind;
use automem::bindings::game_api::TaskOptions;

#[test]
fn a_policy_loaded_as_a_game_names_the_missing_export() {
    let (runtime, _cache) = runtime();
    let err = runtime.load_game(&component("random")).err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::WrongWorld);
    assert_eq!(err.call, "load");
    let text = err.to_string();
    assert!(text.contains("automem:plugin/environment@0.1.0"), "{text}");
    assert!(text.contains("looks like a policy"), "{text}");
}

#[test]
fn a_game_loaded_as_a_schema_or_policy_is_refused() {
    let (runtime, _cache) = runtime();
    let err = runtime.load_schema(&component("corridor")).err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::WrongWorld);
    assert!(err.to_string().contains("automem:plugin/scaffold@0.1.0"), "{err}");
    let err = runtime.load_policy(&component("corridor")).err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::WrongWorld);
    assert!(err.to_string().contains("looks like a game"), "{err}");
}

#[test]
fn bytes_that_are_not_a_component_are_refused() {
    let (runtime, _cache) = runtime();
    let err = runtime.load_game_bytes("junk", b"definitely not wasm").err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::NotAComponent);
    let err = runtime.load_game_bytes("empty", b"").err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::NotAComponent);
    // The guest's core module, before componentization.
    let core = components().parent().unwrap().join("guests/wasm32-unknown-unknown/guest/corridor.wasm");
    let bytes = std::fs::read(&core).unwrap();
    let err = runtime.load_game_bytes("corridor-core", &bytes).err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::NotAComponent);
    assert!(err.to_string().contains("core WebAssembly module"), "{err}");
    // A truncated component fails to compile, with a typed error, not a panic.
    let full = std::fs::read(component("corridor")).unwrap();
    let err = runtime.load_game_bytes("truncated", &full[..full.len() / 2]).err().expect("must be refused");
    assert_eq!(err.kind, PluginErrorKind::Compile);
}

#[test]
fn a_missing_file_says_how_to_build() {
    let (runtime, _cache) = runtime();
    let err = runtime.load_game(std::path::Path::new("/nonexistent/thing.wasm")).err().expect("must fail");
    assert!(err.to_string().contains("automem build"), "{err}");
}

#[test]
fn games_are_deterministic_from_the_seed() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let play = |seed: u64| {
        let mut g = game.instantiate(seed).unwrap();
        let mut text =
            vec![g.reset(seed, &TaskOptions { task: String::new(), max_steps: None, settings: vec![] }).unwrap()];
        for action in ["west", "west", "pick up", "east", "open door", "dance", "east"] {
            text.push(g.step(action).unwrap().observation);
        }
        text
    };
    assert_eq!(play(11), play(11));
    assert_ne!(play(11), play(12));
}

#[test]
fn an_invalid_setting_is_a_guest_error_with_the_games_reason() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("corridor")).unwrap();
    let mut g = game.instantiate(1).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![("length".into(), "two".into())] };
    let err = g.reset(1, &options).expect_err("must be refused");
    assert_eq!(err.kind, PluginErrorKind::Guest);
    assert!(err.to_string().contains("length must be"), "{err}");
}

#[test]
fn random_policy_repeats_itself_from_the_seed() {
    use automem::bindings::policy_api::{Responder, TurnContext};
    use automem::bindings::types::{Observation, Phase};
    let (runtime, _cache) = runtime();
    let policy = runtime.load_policy(&component("random")).unwrap();
    let context = TurnContext {
        phase: Phase::Plan,
        responder: Responder::Single,
        step: 0,
        call_index: 0,
        game: "corridor".into(),
        observation: Observation {
            long_term_context: String::new(),
            short_term_context: String::new(),
            info: "{}".into(),
        },
        actions: (0..17).map(|i| format!("a{i}")).collect(),
        memory_index: vec![],
        allowed_ops: vec!["ACTION".into()],
        results: vec![],
    };
    let replies = |seed| {
        let mut p = policy.instantiate(seed, &[]).unwrap();
        (0..20).map(|_| p.respond(&[], &context).unwrap().text).collect::<Vec<_>>()
    };
    assert_eq!(replies(5), replies(5));
    assert_ne!(replies(5), replies(6));
    let err = policy.instantiate(1, &[("temperature".into(), "1".into())]).err().expect("settings refused");
    assert_eq!(err.kind, PluginErrorKind::Guest);
}
