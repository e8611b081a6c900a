//! NetHack through the host: random-play steps/s (the 16 movement actions, as the `nle` gym
//! comparison in scripts/nethack-bench.sh plays), with BALROG's full text observation and with
//! `observation=frame` (only the info JSON: the tty frame and blstats, what NLE's gym returns as
//! arrays); reset latency (a fresh instance played to the first prompt); component size; first
//! compile and cached load.
//!
//! `cargo bench -p automem --bench nethack [-- SECONDS] [text] [frame] [bare]` (default 15 s per
//! mode; text and frame; `bare` times `esc` at the move prompt, a step's fixed cost); the script runs
//! it with `--profile dev` (the dependencies are optimized there too) beside the nle gym.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem::bindings::game_api::TaskOptions;
use automem::build::{BuildOptions, build, components_dir};
use automem::game::GamePlugin;
use automem::{Runtime, SandboxConfig};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The tests' tiny deterministic picker (tests/all/nethack.rs).
struct Picker(u64);
impl Picker {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// What one mode measured.
struct Run {
    steps: u64,
    episodes: usize,
    steps_per_s: f64,
    /// Steps per second of this thread's CPU time (steadier than wall time on a shared machine).
    steps_per_cpu_s: f64,
    reset_median_ms: f64,
}

/// A bench mode: its word, its name, the settings and the one action (or random movement).
type Mode = (&'static str, &'static str, &'static [(&'static str, &'static str)], Option<&'static str>);

/// This thread's CPU time.
fn thread_cpu() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec, which `t` is.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// Random movement for `secs` (or only `only`, every step), episodes of at most 2,000 steps;
/// reset time kept apart.
fn play(game: &GamePlugin, settings: &[(&str, &str)], only: Option<&str>, secs: f64) -> Run {
    let actions = game.instantiate(0).unwrap().info().unwrap().actions;
    let moves: Vec<&String> = match only {
        Some(name) => actions.iter().filter(|a| *a == name).collect(),
        None => actions.iter().take(16).collect(),
    };
    let options = TaskOptions {
        task: String::new(),
        max_steps: None,
        settings: settings.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    };
    let (mut steps, mut resets, mut seed) = (0u64, Vec::new(), 0u64);
    let (mut playing, mut playing_cpu) = (Duration::ZERO, Duration::ZERO);
    let started = Instant::now();
    // NETHACK_BENCH_EPISODES=N: exactly the episodes of seeds 0..N (the same play for every build
    // compared) instead of as many as `secs` allows.
    let episodes: Option<u64> = std::env::var("NETHACK_BENCH_EPISODES").ok().and_then(|n| n.parse().ok());
    while episodes.map_or(started.elapsed().as_secs_f64() < secs, |n| seed < n) {
        let t = Instant::now();
        let mut g = game.instantiate(seed).unwrap();
        g.reset(seed, &options).unwrap();
        resets.push(t.elapsed().as_secs_f64());
        let (t, cpu) = (Instant::now(), thread_cpu());
        let mut picker = Picker(seed);
        for _ in 0..2000 {
            steps += 1;
            if g.step(moves[picker.next(moves.len())]).unwrap().done {
                break;
            }
        }
        playing += t.elapsed();
        playing_cpu += thread_cpu().saturating_sub(cpu);
        seed += 1;
    }
    resets.sort_by(f64::total_cmp);
    Run {
        steps,
        episodes: resets.len(),
        steps_per_s: steps as f64 / playing.as_secs_f64(),
        steps_per_cpu_s: steps as f64 / playing_cpu.as_secs_f64(),
        reset_median_ms: resets[resets.len() / 2] * 1e3,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a number is the seconds per mode.
    let secs: f64 = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(15.0);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    // NETHACK_BENCH_COMPONENT: time that file (a saved build, to compare two) instead of building.
    let path = match std::env::var_os("NETHACK_BENCH_COMPONENT") {
        Some(file) => PathBuf::from(file),
        None => {
            let mut options = BuildOptions::new(&root);
            options.only = vec!["nethack".into()];
            build(&options).expect("building nethack");
            components_dir(&root).join("nethack.wasm")
        }
    };
    let size = std::fs::metadata(&path).unwrap().len();
    let cache = tempfile::tempdir().unwrap();
    let config = SandboxConfig { call_timeout_ms: 10_000, ..SandboxConfig::default() };
    let t = Instant::now();
    let runtime = Runtime::new(config.clone(), Some(cache.path().to_path_buf())).unwrap();
    let game = runtime.load_game(&path).unwrap();
    let compile = t.elapsed();
    let t = Instant::now();
    let again = Runtime::new(config, Some(cache.path().to_path_buf())).unwrap();
    let _cached = again.load_game(&path).unwrap();
    let cached = t.elapsed();
    println!(
        "bench: component {:.2} MB, first compile {:.2} s, cached load {:.3} s",
        size as f64 / 1e6,
        compile.as_secs_f64(),
        cached.as_secs_f64()
    );
    // Words pick modes (text, frame, bare); the default is text and frame.
    let picked: Vec<String> =
        std::env::args().skip(1).filter(|a| a.parse::<f64>().is_err() && a != "--bench").collect();
    let modes: [Mode; 3] = [
        ("text", "random movement, full BALROG text", &[], None),
        ("frame", "random movement, raw frame", &[("observation", "frame")], None),
        // The fixed cost of a step: `esc` at the move prompt (no game time passes), frame only.
        (
            "bare",
            "bare key (esc at the move prompt, frame only)",
            &[("observation", "frame"), ("no_progress_timeout", "0")],
            Some("esc"),
        ),
    ];
    for (mode, name, settings, only) in modes {
        let default = mode != "bare";
        if !(picked.iter().any(|p| p == mode) || picked.is_empty() && default) {
            continue;
        }
        let run = play(&game, settings, only, secs);
        println!(
            "bench: {name}: {:.0} steps/s ({:.0} per CPU second; {} steps, {} episodes), reset median {:.2} ms",
            run.steps_per_s, run.steps_per_cpu_s, run.steps, run.episodes, run.reset_median_ms
        );
    }
}
