//! Guests from other toolchains import WASI; they get a capability set with nothing in it.
use crate::support::{component, runtime};
use automem::bindings::game_api::TaskOptions;

fn probe(seed: u64) -> std::collections::BTreeMap<String, String> {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("wasi-prober")).unwrap();
    let mut instance = game.instantiate(seed).unwrap();
    let options = TaskOptions { task: String::new(), max_steps: None, settings: vec![] };
    let text = instance.reset(seed, &options).unwrap().long_term_context;
    text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn a_wasi_guest_reaches_nothing() {
    let report = probe(3);
    assert_eq!(report["env"], "0", "{report:?}");
    assert_eq!(report["args"], "0", "{report:?}");
    assert_eq!(report["read-etc-passwd"], "denied", "{report:?}");
    assert_eq!(report["list-root"], "denied", "{report:?}");
    assert_eq!(report["write-file"], "denied", "{report:?}");
    assert_eq!(report["connect"], "denied", "{report:?}");
}

#[test]
fn a_wasi_guest_sees_a_frozen_clock_and_seeded_randomness() {
    let a = probe(3);
    assert_eq!(a["wall-clock-secs"], "0", "{a:?}");
    assert_eq!(a["monotonic-elapsed-ns"], "0", "{a:?}");
    // Same seed, same randomness (std's HashMap keys come from WASI random); another seed differs.
    assert_eq!(a["hash-order"], probe(3)["hash-order"]);
    assert_ne!(a["hash-order"], probe(4)["hash-order"]);
}
