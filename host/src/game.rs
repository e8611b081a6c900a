//! Game plugins: load once, instantiate per episode, reset and step.
use crate::bindings::game::{Game, GamePre};
use crate::bindings::game_api::{GameError, GameInfo, StepResult, TaskOptions};
use crate::bindings::types::Observation;
use crate::error::PluginError;
use crate::instance::{Instance, instantiate};
use crate::runtime::{Loaded, Runtime};

/// A loaded game component.
#[derive(Clone)]
pub struct GamePlugin {
    loaded: Loaded,
    pre: GamePre<crate::sandbox::HostState>,
    runtime: Runtime,
}

impl GamePlugin {
    pub(crate) fn new(loaded: Loaded, pre: GamePre<crate::sandbox::HostState>, runtime: Runtime) -> Self {
        GamePlugin { loaded, pre, runtime }
    }

    /// The plugin's name.
    pub fn name(&self) -> &str {
        &self.loaded.name
    }

    /// SHA-256 of the component.
    pub fn hash(&self) -> &str {
        &self.loaded.hash
    }

    /// Whether loading skipped compilation thanks to the cache.
    pub fn cache_outcome(&self) -> crate::cache::CacheOutcome {
        self.loaded.cache
    }

    /// A fresh instance for the episode of `seed` (which also seeds any WASI randomness).
    pub fn instantiate(&self, seed: u64) -> Result<GameInstance, PluginError> {
        let instance =
            instantiate(self.runtime.sandbox(), &self.loaded.name, seed, None, |store| self.pre.instantiate(store))?;
        Ok(GameInstance { instance })
    }

    /// The task options and host step limit of a batch: `max_steps` when given (the game is told
    /// too), else the task's own episode length (`task-info(task).max-steps`; the game is sent none and
    /// applies its own, so a setting such as Crafter's `length` may shorten it; to lengthen it
    /// past `max-steps`, give `max_steps`). The options are checked by resetting a throwaway
    /// instance, so an unknown setting fails before any episode.
    pub fn task_options(
        &self,
        task: &str,
        max_steps: Option<u32>,
        settings: Vec<(String, String)>,
    ) -> Result<(TaskOptions, u32), PluginError> {
        let mut instance = self.instantiate(0)?;
        let limit = match max_steps {
            Some(n) => n,
            None => instance.task_info(task)?.max_steps,
        };
        let options = TaskOptions { task: task.to_string(), max_steps, settings };
        instance.reset(0, &options)?;
        Ok((options, limit))
    }
}

/// A live game instance.
pub struct GameInstance {
    instance: Instance<Game>,
}

impl GameInstance {
    /// Describe the game (its name and version at most [`crate::instance::MAX_NAME_BYTES`] each).
    pub fn info(&mut self) -> Result<GameInfo, PluginError> {
        let info = self.instance.call("info", |b, s| b.automem_plugin_environment().call_info(s))?;
        for (field, value) in [("name", &info.name), ("version", &info.version)] {
            self.instance.check_name("info", field, value)?;
        }
        Ok(info)
    }

    /// Describe the game as `task` presents it (its actions, default action, episode length and
    /// instructions); an unknown task is the game's error.
    pub fn task_info(&mut self, task: &str) -> Result<GameInfo, PluginError> {
        let result = self.instance.call("task-info", |b, s| b.automem_plugin_environment().call_task_info(s, task))?;
        let info = result.map_err(|e| self.instance.guest_error("task-info", describe(&e)))?;
        for (field, value) in [("name", &info.name), ("version", &info.version)] {
            self.instance.check_name("task-info", field, value)?;
        }
        Ok(info)
    }

    /// Start an episode.
    pub fn reset(&mut self, seed: u64, options: &TaskOptions) -> Result<Observation, PluginError> {
        let result = self.instance.call("reset", |b, s| b.automem_plugin_environment().call_reset(s, seed, options))?;
        result.map_err(|e| self.instance.guest_error("reset", describe(&e)))
    }

    /// Draw the current state for viewers; none when the game has nothing to draw. A picture
    /// outside [`crate::picture`]'s bounds is the game's error, as a NaN reward is.
    pub fn picture(&mut self) -> Result<Option<automem_runfile::Picture>, PluginError> {
        let picture = self.instance.call("draw", |b, s| b.automem_plugin_environment().call_draw(s))?;
        picture.map(crate::picture::checked).transpose().map_err(|message| self.instance.guest_error("draw", message))
    }

    /// Play one action. A reward that is not a finite number, or a progression outside [0, 1],
    /// is the game's error (it would poison every sum, record and summary after it).
    pub fn step(&mut self, action: &str) -> Result<StepResult, PluginError> {
        let result = self.instance.call("step", |b, s| b.automem_plugin_environment().call_step(s, action))?;
        let result = result.map_err(|e| self.instance.guest_error("step", describe(&e)))?;
        if !result.reward.is_finite() {
            let message = format!("returned a reward of {}; a reward must be a finite number", result.reward);
            return Err(self.instance.guest_error("step", message));
        }
        if !(0.0..=1.0).contains(&result.progression) {
            let message =
                format!("returned a progression of {}; progression must be a number from 0 to 1", result.progression);
            return Err(self.instance.guest_error("step", message));
        }
        Ok(result)
    }
}

/// Total bytes of an observation's text.
pub fn observation_size(obs: &Observation) -> usize {
    obs.long_term_context.len() + obs.short_term_context.len() + obs.info.len()
}

/// A game's own error, in words.
pub fn describe(err: &GameError) -> String {
    match err {
        GameError::UnknownTask(t) => format!("unknown task '{t}'"),
        GameError::InvalidSetting(msg) => format!("invalid setting: {msg}"),
        GameError::NotStarted => "step before reset".to_string(),
        GameError::EpisodeOver => "step after the episode ended".to_string(),
    }
}
