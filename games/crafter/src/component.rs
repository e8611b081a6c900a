//! The WebAssembly component: the `game` world's `Guest` over [`Env`], one episode at a time.

use crate::env::{Config, Env};
use crate::rules::ACTIONS;
use crate::settings::SettingsError;
// Named one by one: `automem_sdk::game::*` reaches `Observation` and `GameEvent` through two globs.
use automem_sdk::game::{GameError, GameInfo, Guest, Picture, StepResult, TaskOptions, TileGrid};
use automem_sdk::types::{GameEvent, Observation};
use std::cell::RefCell;

thread_local! {
    static EPISODE: RefCell<Option<Env>> = const { RefCell::new(None) };
}

/// The component's game type.
struct Crafter;

fn config_from(options: &TaskOptions) -> Result<Config, GameError> {
    Config::from_options(&options.task, options.max_steps, &options.settings).map_err(|e| match e {
        SettingsError::UnknownTask(task) => GameError::UnknownTask(task),
        SettingsError::InvalidSetting(why) => GameError::InvalidSetting(why),
    })
}

fn observation(obs: crate::Obs) -> Observation {
    Observation { long_term_context: obs.long_term, short_term_context: obs.short_term, info: obs.info_json }
}

impl Guest for Crafter {
    fn task_info(task: String) -> Result<GameInfo, GameError> {
        automem_sdk::game::same_for_every_task(Self::info(), &task)
    }

    fn info() -> GameInfo {
        GameInfo {
            name: "crafter".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            tasks: vec!["default".into()],
            actions: ACTIONS.iter().map(|a| a.to_string()).collect(),
            default_action: "Noop".into(),
            max_steps: Config::default().length,
            instructions: crate::instructions(),
        }
    }

    fn reset(seed: u64, options: TaskOptions) -> Result<Observation, GameError> {
        let config = config_from(&options)?;
        let env = Env::start(config, seed);
        let obs = env.observe();
        EPISODE.with(|e| *e.borrow_mut() = Some(env));
        Ok(observation(obs))
    }

    fn step(action: String) -> Result<StepResult, GameError> {
        EPISODE.with(|e| {
            let mut slot = e.borrow_mut();
            let env = slot.as_mut().ok_or(GameError::NotStarted)?;
            if env.done() {
                return Err(GameError::EpisodeOver);
            }
            let out = env.step(&action);
            let mut events: Vec<GameEvent> = out
                .unlocked
                .iter()
                .map(|name| GameEvent { kind: "achievement".into(), name: (*name).into() })
                .collect();
            if out.done && !out.truncated {
                events.push(GameEvent { kind: "death".into(), name: "player".into() });
            }
            Ok(StepResult {
                observation: observation(out.obs),
                reward: out.reward,
                done: out.done,
                truncated: out.truncated,
                progression: out.progression,
                action_valid: out.action_valid,
                events,
            })
        })
    }

    fn draw() -> Option<Picture> {
        EPISODE.with(|e| {
            let tiles = e.borrow().as_ref()?.tiles();
            let cells = tiles.cells.iter().map(|c| c.to_string()).collect();
            Some(Picture::Tiles(TileGrid { width: tiles.width, height: tiles.height, cells }))
        })
    }
}

automem_sdk::export_game!(Crafter);
