//! A game that misbehaves on `step` in the way its task names, to prove the host contains it.
//!
//! Tasks: `well-behaved`, `echo` (returns the action as it is: the cheapest possible step, for
//! measuring the host's call path), `endless-loop`, `memory-bomb`, `deep-recursion`, `shadow-stack-overflow`,
//! `trap`, `huge-output`, `nan-reward`, `progression-above-one`; and pictures a viewer must
//! never get: `picture-million-cells` (1000x1000 tiles), `picture-wide` (a 300-cell row),
//! `picture-bad-colours` (colour digits that do not match the line). Other tasks draw none.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use automem_sdk::game::*;
use std::cell::RefCell;

const TASKS: [&str; 13] = [
    "well-behaved",
    "echo",
    "endless-loop",
    "memory-bomb",
    "deep-recursion",
    "shadow-stack-overflow",
    "trap",
    "huge-output",
    "nan-reward",
    "progression-above-one",
    "picture-million-cells",
    "picture-wide",
    "picture-bad-colours",
];

thread_local! {
    static TASK: RefCell<String> = const { RefCell::new(String::new()) };
}

fn observation(text: String) -> Observation {
    Observation { long_term_context: text, short_term_context: String::new(), info: "{}".into() }
}

/// Endless recursion with tiny frames: exhausts the wasm call stack.
#[inline(never)]
#[allow(unconditional_recursion, reason = "endless recursion is the point")]
fn recurse(depth: u64) -> u64 {
    std::hint::black_box(recurse(std::hint::black_box(depth + 1))).wrapping_mul(3).wrapping_add(depth)
}

/// Endless recursion with big frames in linear memory: exhausts Rust's shadow stack first.
#[inline(never)]
#[allow(unconditional_recursion, reason = "endless recursion is the point")]
fn recurse_big(depth: u64, trail: &mut [u64; 16]) -> u64 {
    trail[(depth % 16) as usize] = depth;
    let mut local = [depth; 64];
    local[(depth % 64) as usize] = recurse_big(depth + 1, trail);
    std::hint::black_box(&local);
    local[3]
}

/// The hostile game, as the component exports it.
pub struct Hostile;

impl Guest for Hostile {
    fn task_info(task: String) -> Result<GameInfo, GameError> {
        automem_sdk::game::same_for_every_task(Self::info(), &task)
    }

    fn info() -> GameInfo {
        GameInfo {
            name: "hostile".into(),
            version: "0.0.0".into(),
            tasks: TASKS.iter().map(|t| t.to_string()).collect(),
            actions: vec!["go".into()],
            default_action: "go".into(),
            max_steps: 10,
            instructions: "A test game that misbehaves on purpose.".into(),
        }
    }

    fn reset(_seed: u64, options: TaskOptions) -> Result<Observation, GameError> {
        if !TASKS.contains(&options.task.as_str()) {
            return Err(GameError::UnknownTask(options.task));
        }
        TASK.with(|t| *t.borrow_mut() = options.task.clone());
        Ok(observation(format!("task {}", options.task)))
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        let echo = TASK.with(|t| t.borrow().as_str() == "echo");
        if echo {
            return Ok(StepResult {
                observation: Observation {
                    long_term_context: action,
                    short_term_context: String::new(),
                    info: String::new(),
                },
                reward: 0.0,
                done: false,
                truncated: false,
                progression: 0.0,
                action_valid: true,
                events: Vec::new(),
            });
        }
        let task = TASK.with(|t| t.borrow().clone());
        let text = match task.as_str() {
            "endless-loop" => {
                let mut n: u64 = 0;
                loop {
                    n = std::hint::black_box(n.wrapping_add(1));
                }
            }
            "memory-bomb" => {
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    hoard.push(vec![7u8; 1 << 20]);
                    std::hint::black_box(&hoard);
                }
            }
            "deep-recursion" => format!("{}", recurse(0)),
            "shadow-stack-overflow" => {
                let mut trail = [0u64; 16];
                format!("{}", recurse_big(0, &mut trail))
            }
            "trap" => panic!("the hostile game panicked on purpose in step"),
            "huge-output" => "x".repeat(24 << 20),
            _ => format!("you did {action}"),
        };
        Ok(StepResult {
            observation: observation(text),
            reward: if task == "nan-reward" { f64::NAN } else { 0.0 },
            done: false,
            truncated: false,
            progression: if task == "progression-above-one" { 2.0 } else { 0.0 },
            action_valid: true,
            events: Vec::new(),
        })
    }

    fn draw() -> Option<Picture> {
        let task = TASK.with(|t| t.borrow().clone());
        let tiles = |width: u32, height: u32, name: &str| {
            Some(Picture::Tiles(TileGrid { width, height, cells: vec![name.to_string(); (width * height) as usize] }))
        };
        match task.as_str() {
            // Empty names allocate nothing: the million entries alone are over the output limit.
            "picture-million-cells" => tiles(1000, 1000, ""),
            "picture-wide" => tiles(300, 1, "x"),
            "picture-bad-colours" => Some(Picture::Terminal(TerminalScreen {
                lines: vec!["@..".into()],
                colours: vec!["7z".into()],
                cursor: None,
            })),
            _ => None,
        }
    }
}

automem_sdk::export_game!(Hostile);
