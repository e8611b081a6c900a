//! Hostile plugins end only their own instance, with the right error kind, in bounded time; the
//! same runtime then runs a well-behaved plugin correctly.
use crate::support::{component, runtime, test_config};
use automem::bindings::game_api::TaskOptions;
use automem::{PluginErrorKind, Runtime, SandboxConfig};
use std::time::{Duration, Instant};

fn task(name: &str) -> TaskOptions {
    TaskOptions { task: name.into(), max_steps: None, settings: Vec::new() }
}

/// Step the hostile game with `task` and return the error kind and message.
fn misbehave(runtime: &Runtime, name: &str) -> (PluginErrorKind, String, Duration) {
    let game = runtime.load_game(&component("hostile-game")).unwrap();
    let mut instance = game.instantiate(1).unwrap();
    instance.reset(1, &task(name)).unwrap();
    let started = Instant::now();
    let err = instance.step("go").expect_err("a hostile step must fail");
    let elapsed = started.elapsed();
    // The failed instance refuses further calls instead of running broken code.
    let again = instance.step("go").expect_err("a failed instance must stay failed");
    assert_eq!(again.kind, PluginErrorKind::Poisoned);
    assert_eq!(err.plugin, "hostile-game");
    assert_eq!(err.call, "step");
    (err.kind, err.to_string(), elapsed)
}

/// A well-behaved game still plays correctly on the same runtime.
fn still_healthy(runtime: &Runtime) {
    let game = runtime.load_game(&component("corridor")).unwrap();
    let mut instance = game.instantiate(1).unwrap();
    let obs = instance.reset(7, &task("")).unwrap();
    assert!(obs.long_term_context.contains("corridor"));
    let step = instance.step("east").unwrap();
    assert!(step.action_valid);
    let hostile = runtime.load_game(&component("hostile-game")).unwrap();
    let mut ok = hostile.instantiate(1).unwrap();
    ok.reset(1, &task("well-behaved")).unwrap();
    assert_eq!(ok.step("go").unwrap().observation.long_term_context, "you did go");
}

/// Containment must not take long; the bound is generous because machines are noisy.
const BOUND: Duration = Duration::from_secs(20);

#[test]
fn endless_loop_times_out() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "endless-loop");
    assert_eq!(kind, PluginErrorKind::Timeout, "{message}");
    assert!(message.contains("endless loop"), "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn endless_loop_runs_out_of_fuel_when_metered() {
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig { fuel_per_call: Some(50_000_000), call_timeout_ms: 60_000, ..test_config() };
    let runtime = Runtime::new(config, Some(dir.path().to_path_buf())).unwrap();
    let (kind, message, elapsed) = misbehave(&runtime, "endless-loop");
    assert_eq!(kind, PluginErrorKind::OutOfFuel, "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn memory_bomb_hits_the_memory_limit() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "memory-bomb");
    assert_eq!(kind, PluginErrorKind::MemoryLimit, "{message}");
    assert!(message.contains("over the limit"), "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn deep_recursion_overflows_the_stack() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "deep-recursion");
    assert_eq!(kind, PluginErrorKind::StackOverflow, "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn recursion_with_big_frames_overflows_the_shadow_stack() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "shadow-stack-overflow");
    assert_eq!(kind, PluginErrorKind::Trap, "{message}");
    assert!(message.contains("shadow stack"), "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn a_panic_mid_call_is_a_trap() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "trap");
    assert_eq!(kind, PluginErrorKind::Trap, "{message}");
    assert!(message.contains("unreachable"), "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn a_huge_return_value_is_refused() {
    let (runtime, _cache) = runtime();
    let (kind, message, elapsed) = misbehave(&runtime, "huge-output");
    assert_eq!(kind, PluginErrorKind::OutputTooLarge, "{message}");
    assert!(message.contains("max-output-kib"), "{message}");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    still_healthy(&runtime);
}

#[test]
fn hostile_instances_fail_alone_while_others_run() {
    let (runtime, _cache) = runtime();
    let corridor = runtime.load_game(&component("corridor")).unwrap();
    let mut healthy = corridor.instantiate(1).unwrap();
    healthy.reset(3, &task("")).unwrap();
    for name in ["endless-loop", "memory-bomb", "deep-recursion", "shadow-stack-overflow", "trap", "huge-output"] {
        misbehave(&runtime, name);
        // The instance that was alive before each failure keeps working.
        assert!(healthy.step("west").is_ok(), "after {name}");
    }
}

#[test]
fn a_nan_reward_or_a_progression_above_one_is_refused_at_the_boundary_with_the_games_name() {
    let (runtime, _cache) = runtime();
    let game = runtime.load_game(&component("hostile-game")).unwrap();
    for (name, said) in [
        ("nan-reward", "returned a reward of NaN; a reward must be a finite number"),
        ("progression-above-one", "returned a progression of 2; progression must be a number from 0 to 1"),
    ] {
        let mut instance = game.instantiate(1).unwrap();
        instance.reset(1, &task(name)).unwrap();
        let err = instance.step("go").expect_err("the number must be refused");
        assert_eq!(
            (err.plugin.as_str(), err.call.as_str(), err.kind),
            ("hostile-game", "step", PluginErrorKind::Guest)
        );
        assert!(err.to_string().contains(said), "{err}");
    }
    // Through a run, the episode fails with that error and its record still loads (no NaN in it).
    let out = tempfile::tempdir().unwrap();
    let setup = automem::runner::Setup {
        out: Some(out.path().to_path_buf()),
        ..automem::runner::Setup::new(
            game,
            Some(runtime.load_schema(&component("generic-v0")).unwrap()),
            automem::policy::PolicySource::Plugin(runtime.load_policy(&component("random")).unwrap()),
            5,
        )
        .with_task("nan-reward")
    };
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let automem::runner::Played::Failed(record) = automem::runner::play(&setup, 3, &cancel, &|| {}) else {
        panic!("the episode must fail")
    };
    assert!(record.error.as_deref().unwrap_or("").contains("reward of NaN"), "{record:?}");
    assert_eq!(automem_runfile::EpisodeRecord::load(out.path(), 3).unwrap().end_reason, "failed");
}
