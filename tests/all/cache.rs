//! The compiled-component cache: a second start compiles nothing.
use crate::support::{component, test_config};
use automem::Runtime;
use automem::cache::CacheOutcome;
use std::process::Command;

#[test]
fn a_second_runtime_loads_from_the_cache_without_compiling() {
    let dir = tempfile::tempdir().unwrap();
    let first = Runtime::new(test_config(), Some(dir.path().to_path_buf())).unwrap();
    let game = first.load_game(&component("corridor")).unwrap();
    assert_eq!(game.cache_outcome(), CacheOutcome::Compiled);
    assert_eq!(first.cache().compiled_count(), 1);
    drop(first);
    let second = Runtime::new(test_config(), Some(dir.path().to_path_buf())).unwrap();
    let game = second.load_game(&component("corridor")).unwrap();
    assert_eq!(game.cache_outcome(), CacheOutcome::Hit);
    assert_eq!(second.cache().compiled_count(), 0);
    assert_eq!(second.cache().hit_count(), 1);
    // And the cached code runs.
    let mut g = game.instantiate(1).unwrap();
    assert_eq!(g.info().unwrap().name, "corridor");
}

#[test]
fn a_corrupt_cache_entry_is_recompiled_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(test_config(), Some(dir.path().to_path_buf())).unwrap();
    runtime.load_game(&component("corridor")).unwrap();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        std::fs::write(entry.unwrap().path(), b"garbage").unwrap();
    }
    let runtime = Runtime::new(test_config(), Some(dir.path().to_path_buf())).unwrap();
    let game = runtime.load_game(&component("corridor")).unwrap();
    assert_eq!(game.cache_outcome(), CacheOutcome::Compiled);
    assert_eq!(game.instantiate(1).unwrap().info().unwrap().name, "corridor");
}

/// The binary itself: the second start logs cache hits and no Cranelift compilation.
#[test]
fn the_binary_compiles_nothing_on_its_second_start() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_automem"))
            .args(["run", "--game"])
            .arg(component("corridor"))
            .arg("--policy")
            .arg(component("random"))
            .args(["--seeds", "1..2", "--max-steps", "50"])
            .env("AUTOMEM_CACHE_DIR", dir.path())
            .env("AUTOMEM_LOG", "automem=debug")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let first = run();
    assert_eq!(first.matches("compiled component with Cranelift").count(), 2, "{first}");
    let second = run();
    assert_eq!(second.matches("compiled component with Cranelift").count(), 0, "{second}");
    assert_eq!(second.matches("loaded compiled component from cache").count(), 2, "{second}");
}
