//! A uniformly random policy over many seeds: how often each achievement is unlocked.
//!
//! `cargo run --release -p crafter --example random_rates -- [SEEDS] [STEPS]` (default 50 x 2000,
//! BALROG's episode cap). Episodes end at death or after STEPS steps.

use automem_sdk::Rng;
use crafter::{ACHIEVEMENTS, ACTIONS, Config, Env};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u32>().ok());
    let seeds = args.next().flatten().unwrap_or(50);
    let steps = args.next().flatten().unwrap_or(2000);
    let mut unlocked = [0u32; 22];
    let mut total_steps = 0u64;
    let mut deaths = 0;
    let start = Instant::now();
    let mut env = Env::new(Config { length: steps, ..Config::default() });
    for seed in 0..seeds {
        env.reset(u64::from(seed));
        let mut policy = Rng::new(u64::from(seed) ^ 0xDEAD_BEEF);
        loop {
            let out = env.step(ACTIONS[policy.below(17) as usize]);
            total_steps += 1;
            if out.done {
                deaths += u32::from(!out.truncated);
                break;
            }
        }
        for name in env.achievements() {
            if let Some(i) = ACHIEVEMENTS.iter().position(|&a| a == name) {
                unlocked[i] += 1;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("random policy: {seeds} seeds x up to {steps} steps");
    println!(
        "mean episode length {:.1} steps, {} deaths, {:.0} steps/s",
        total_steps as f64 / f64::from(seeds.max(1)),
        deaths,
        total_steps as f64 / secs
    );
    println!("{:<20} {:>7}", "achievement", "rate");
    for (name, n) in ACHIEVEMENTS.iter().zip(unlocked) {
        println!("{:<20} {:>6.1}%", name, 100.0 * f64::from(n) / f64::from(seeds.max(1)));
    }
}
