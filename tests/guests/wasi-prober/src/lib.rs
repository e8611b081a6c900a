//! A game built for `wasm32-wasip2`, so its standard library imports WASI, the way components
//! from componentize-py or jco do. Each step reports what the guest could reach: the host must
//! grant nothing (no files, no environment, no network) and make time and randomness repeatable.
use automem_sdk::game::*;
use std::collections::HashMap;

fn probe() -> String {
    let mut lines = Vec::new();
    lines.push(format!("env={}", std::env::vars().count()));
    lines.push(format!("args={}", std::env::args().count()));
    lines.push(format!(
        "read-etc-passwd={}",
        std::fs::read("/etc/passwd").map(|b| b.len().to_string()).unwrap_or_else(|_| "denied".into())
    ));
    lines.push(format!(
        "list-root={}",
        std::fs::read_dir("/").map(|_| "listed".to_string()).unwrap_or_else(|_| "denied".into())
    ));
    lines.push(format!(
        "write-file={}",
        std::fs::write("escape.txt", b"x").map(|_| "written".to_string()).unwrap_or_else(|_| "denied".into())
    ));
    lines.push(format!(
        "connect={}",
        std::net::TcpStream::connect("127.0.0.1:9")
            .map(|_| "connected".to_string())
            .unwrap_or_else(|_| "denied".into())
    ));
    let now =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(u64::MAX);
    lines.push(format!("wall-clock-secs={now}"));
    let start = std::time::Instant::now();
    let mut spin = 0u64;
    for i in 0..100_000u64 {
        spin = std::hint::black_box(spin.wrapping_add(i));
    }
    lines.push(format!("monotonic-elapsed-ns={}", start.elapsed().as_nanos()));
    // std's HashMap seeds its hasher from WASI randomness: the iteration order shows the seed.
    let map: HashMap<u32, ()> = (0..24).map(|k| (k, ())).collect();
    let order: Vec<String> = map.keys().map(|k| k.to_string()).collect();
    lines.push(format!("hash-order={}", order.join(",")));
    lines.join("\n")
}

/// The prober, as the component exports it.
pub struct Prober;

impl Guest for Prober {
    fn task_info(task: String) -> Result<GameInfo, GameError> {
        automem_sdk::game::same_for_every_task(Self::info(), &task)
    }

    fn info() -> GameInfo {
        GameInfo {
            name: "wasi-prober".into(),
            version: "0.0.0".into(),
            tasks: vec!["default".into()],
            actions: vec!["probe".into()],
            default_action: "probe".into(),
            max_steps: 10,
            instructions: "A test game that reports what WASI lets it reach.".into(),
        }
    }

    fn reset(_seed: u64, _options: TaskOptions) -> Result<Observation, GameError> {
        Ok(Observation { long_term_context: probe(), short_term_context: String::new(), info: "{}".into() })
    }

    fn step(_action: String) -> Result<StepResult, GameError> {
        Ok(StepResult {
            observation: Observation {
                long_term_context: probe(),
                short_term_context: String::new(),
                info: "{}".into(),
            },
            reward: 0.0,
            done: false,
            truncated: false,
            progression: 0.0,
            action_valid: true,
            events: Vec::new(),
        })
    }

    /// Nothing to draw.
    fn draw() -> Option<Picture> {
        None
    }
}

automem_sdk::export_game!(Prober);
