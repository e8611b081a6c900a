//! Steps per second of random play, natively (resets not counted).
//!
//! `cargo run --release -p crafter --example speed -- [EPISODES] [STEPS]` (default 5 x 2000).

use automem_sdk::Rng;
use crafter::{ACTIONS, Config, Env};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u32>().ok());
    let episodes = args.next().flatten().unwrap_or(5);
    let steps = args.next().flatten().unwrap_or(2000);
    let mut env = Env::new(Config { length: steps, ..Config::default() });
    let mut stepping = Duration::ZERO;
    let mut resetting = Duration::ZERO;
    let mut count = 0u64;
    let mut bytes = 0usize;
    let mut resets = u64::from(episodes);
    for seed in 0..episodes {
        let t = Instant::now();
        env.reset(u64::from(seed));
        resetting += t.elapsed();
        let mut policy = Rng::new(u64::from(seed));
        // A random player dies after about 180 steps; start again (timed as a reset) and go on.
        for _ in 0..steps {
            let t = Instant::now();
            let out = env.step(ACTIONS[policy.below(17) as usize]);
            stepping += t.elapsed();
            bytes += out.obs.long_term.len() + out.obs.short_term.len() + out.obs.info_json.len();
            count += 1;
            if out.done {
                let t = Instant::now();
                env.reset(u64::from(seed) + 1000);
                resetting += t.elapsed();
                resets += 1;
            }
        }
    }
    println!(
        "{count} steps in {:.3}s: {:.0} steps/s; reset {:.2} ms each; {:.0} bytes of text per step",
        stepping.as_secs_f64(),
        count as f64 / stepping.as_secs_f64(),
        resetting.as_secs_f64() * 1000.0 / resets.max(1) as f64,
        bytes as f64 / count as f64
    );
}
