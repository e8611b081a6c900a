//! Task options as the host passes them: the task name, a step limit and key/value settings.

use crate::env::Config;

/// Why task options were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// The task is not "default" (or empty).
    UnknownTask(String),
    /// A setting is unknown or its value is out of range; the text says which and why.
    InvalidSetting(String),
}

impl Config {
    /// The configuration for a task, an optional step limit (which overrides `length`) and
    /// settings: `area` ("WIDTHxHEIGHT", each side 9 to 256) and `length` (steps, at least 1).
    pub fn from_options(
        task: &str,
        max_steps: Option<u32>,
        settings: &[(String, String)],
    ) -> Result<Config, SettingsError> {
        if !(task.is_empty() || task == "default") {
            return Err(SettingsError::UnknownTask(task.to_string()));
        }
        let mut config = Config::default();
        for (key, value) in settings {
            match key.as_str() {
                "area" => {
                    config.area = parse_area(value).ok_or_else(|| {
                        SettingsError::InvalidSetting(format!(
                            "area must be WIDTHxHEIGHT with each side from 9 to 256, e.g. 64x64; got '{value}'"
                        ))
                    })?;
                }
                "length" => {
                    config.length = value.trim().parse().ok().filter(|&n: &u32| n >= 1).ok_or_else(|| {
                        SettingsError::InvalidSetting(format!(
                            "length must be a whole number of steps, at least 1; got '{value}'"
                        ))
                    })?;
                }
                other => {
                    return Err(SettingsError::InvalidSetting(format!(
                        "unknown setting '{other}'; crafter knows 'area' (e.g. 64x64) and 'length' (steps)"
                    )));
                }
            }
        }
        match max_steps {
            Some(0) => {
                return Err(SettingsError::InvalidSetting("max-steps must be at least 1".into()));
            }
            Some(n) => config.length = n,
            None => {}
        }
        Ok(config)
    }
}

/// Parse "WxH" with both sides in 9..=256.
fn parse_area(value: &str) -> Option<(u32, u32)> {
    let (w, h) = value.trim().split_once(['x', 'X'])?;
    let w: u32 = w.trim().parse().ok()?;
    let h: u32 = h.trim().parse().ok()?;
    ((9..=256).contains(&w) && (9..=256).contains(&h)).then_some((w, h))
}
