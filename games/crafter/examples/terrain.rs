//! Terrain statistics over many seeds, and one world drawn as ASCII.
//!
//! `cargo run --release -p crafter --example terrain -- [SEEDS] [DRAW_SEED]` (default 20, 0).

use crafter::{Config, Env};

const MATERIALS: [&str; 12] =
    ["grass", "water", "stone", "path", "sand", "tree", "coal", "lava", "iron", "diamond", "table", "furnace"];

fn glyph(env: &Env, x: i32, y: i32) -> char {
    if let Some((kind, _)) = env.object(x, y) {
        return match kind {
            "player" => '@',
            "cow" => 'C',
            "zombie" => 'Z',
            "skeleton" => 'K',
            "arrow" => '*',
            _ => 'p',
        };
    }
    match env.material(x, y).unwrap_or("") {
        "grass" => '.',
        "water" => '~',
        "stone" => 'S',
        "path" => '_',
        "sand" => 's',
        "tree" => 'T',
        "coal" => 'c',
        "lava" => 'L',
        "iron" => 'i',
        "diamond" => 'd',
        _ => '?',
    }
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u64>().ok());
    let seeds = args.next().flatten().unwrap_or(20);
    let draw = args.next().flatten().unwrap_or(0);
    let mut env = Env::new(Config::default());
    let (w, h) = (64, 64);
    let mut counts = [0u64; 12];
    let mut creatures = [0usize; 3];
    for seed in 0..seeds {
        env.reset(seed);
        for x in 0..w {
            for y in 0..h {
                let m = env.material(x, y).unwrap_or("");
                if let Some(i) = MATERIALS.iter().position(|&n| n == m) {
                    counts[i] += 1;
                }
            }
        }
        for (i, kind) in ["cow", "zombie", "skeleton"].iter().enumerate() {
            creatures[i] += env.count(kind);
        }
    }
    let total: u64 = counts.iter().sum();
    println!("materials over {seeds} worlds:");
    for (name, n) in MATERIALS.iter().zip(counts) {
        println!("  {name:<8} {:6.2}%", 100.0 * n as f64 / total as f64);
    }
    for (kind, n) in ["cow", "zombie", "skeleton"].iter().zip(creatures) {
        println!("  {kind:<8} {:6.2} per world", n as f64 / seeds.max(1) as f64);
    }
    env.reset(draw);
    println!("\nseed {draw}:");
    for y in 0..h {
        let row: String = (0..w).map(|x| glyph(&env, x, y)).collect();
        println!("{row}");
    }
}
