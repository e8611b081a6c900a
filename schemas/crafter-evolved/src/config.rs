//! The tunables an offline search (or a user) may turn, and their parsing from `start`'s settings.
//!
//! Their defaults are data, in `tunables.toml` beside `Cargo.toml`: the built-in values below
//! apply only to a tunable the file does not set.

/// One tunable: name, description, default, the values worth trying.
pub struct TunableSpec {
    /// Setting name.
    pub name: &'static str,
    /// What it does.
    pub description: &'static str,
    /// Built-in default, as text (`tunables.toml` may override it).
    pub default: &'static str,
    /// Values worth trying.
    pub choices: &'static [&'static str],
}

/// Every tunable, with its default.
pub const TUNABLES: [TunableSpec; 10] = [
    TunableSpec {
        name: "tech_tree",
        description: "Show the code-computed TECH TREE STATUS block (tools, materials, NEXT step, nearest \
                      needed resource, open achievements) in PLAN.",
        default: "on",
        choices: &["on", "off"],
    },
    TunableSpec {
        name: "gates",
        description: "Reject infeasible crafts and placements, mining without the tool, unsafe or useless \
                      Sleep, Noop spirals and steps into lava, with a reason.",
        default: "on",
        choices: &["on", "off"],
    },
    TunableSpec {
        name: "warnings",
        description: "Vital-urgency, threat, stagnation and Noop warnings in PLAN; file-size warnings in LOG.",
        default: "on",
        choices: &["on", "off"],
    },
    TunableSpec {
        name: "inventory_diffs",
        description: "Show what changed since the previous step in LOG (GAINED/USED, vitals, damage, failed crafts).",
        default: "on",
        choices: &["on", "off"],
    },
    TunableSpec {
        name: "prune_above",
        description: "Prune actions_log.txt after a step when it has more lines than this.",
        default: "200",
        choices: &["100", "200", "400"],
    },
    TunableSpec {
        name: "prune_keep",
        description: "Lines of actions_log.txt kept by a prune (the most recent); must be below prune_above \
                      (when only prune_above is set, half of it).",
        default: "100",
        choices: &["25", "50", "100"],
    },
    TunableSpec {
        name: "autoload_log_lines",
        description: "The last K lines of actions_log.txt shown in PLAN without a lookup (0 = none).",
        default: "5",
        choices: &["0", "5", "10"],
    },
    TunableSpec {
        name: "file_warn_lines",
        description: "LOG warns to compact a model-kept file (other than actions_log.txt) above this many lines.",
        default: "50",
        choices: &["25", "50", "100"],
    },
    TunableSpec {
        name: "noop_limit",
        description: "The gate rejects a Noop after this many consecutive Noops (0 = never).",
        default: "5",
        choices: &["3", "5", "8", "0"],
    },
    TunableSpec {
        name: "vital_threshold",
        description: "Warn when health, food, drink or energy is at or below this.",
        default: "3",
        choices: &["2", "3", "4"],
    },
];

/// Steps without any inventory gain before PLAN warns about stagnation.
pub const STAGNATION_STEPS: u32 = 30;

/// The tunables' current values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// See [`TUNABLES`].
    pub tech_tree: bool,
    /// See [`TUNABLES`].
    pub gates: bool,
    /// See [`TUNABLES`].
    pub warnings: bool,
    /// See [`TUNABLES`].
    pub inventory_diffs: bool,
    /// See [`TUNABLES`].
    pub prune_above: usize,
    /// See [`TUNABLES`].
    pub prune_keep: usize,
    /// See [`TUNABLES`].
    pub autoload_log_lines: usize,
    /// See [`TUNABLES`].
    pub file_warn_lines: u32,
    /// See [`TUNABLES`].
    pub noop_limit: u32,
    /// See [`TUNABLES`].
    pub vital_threshold: i64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tech_tree: true,
            gates: true,
            warnings: true,
            inventory_diffs: true,
            prune_above: 200,
            prune_keep: 100,
            autoload_log_lines: 5,
            file_warn_lines: 50,
            noop_limit: 5,
            vital_threshold: 3,
        }
    }
}

fn switch(name: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err(format!("setting '{name}' takes on or off, got '{value}'")),
    }
}

fn number<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    name: &str,
    value: &str,
    min: T,
    max: T,
) -> Result<T, String> {
    match value.trim().parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(n),
        _ => Err(format!("setting '{name}' takes a whole number from {min} to {max}, got '{value}'")),
    }
}

/// The shipped defaults file, embedded at build time.
const DEFAULTS_FILE: &str = include_str!("../tunables.toml");

/// The `(name, value)` pairs of `tunables.toml`.
pub fn file_defaults() -> Result<Vec<(String, String)>, String> {
    automem_sdk::tunables::parse(DEFAULTS_FILE)
}

/// A tunable's effective default: `tunables.toml`'s value, else the built-in one.
pub fn effective_default(spec: &TunableSpec) -> String {
    file_defaults()
        .ok()
        .and_then(|pairs| pairs.into_iter().find(|(n, _)| n == spec.name).map(|(_, v)| v))
        .unwrap_or_else(|| spec.default.to_string())
}

impl Config {
    /// The defaults (built-in, overridden by `tunables.toml`) overridden by `settings`; an unknown
    /// name or a bad value, in the file or in the settings, is an error.
    pub fn from_settings(settings: &[(String, String)]) -> Result<Config, String> {
        let mut c = Config::default();
        let defaults = file_defaults()?;
        c.apply(&defaults).map_err(|e| format!("tunables.toml: {e}"))?;
        let keep_set = c.apply(settings)?;
        if c.prune_keep >= c.prune_above && !keep_set {
            // Only prune_above was turned: keep half of it rather than refuse the combination.
            c.prune_keep = c.prune_above / 2;
        }
        if c.prune_keep >= c.prune_above {
            return Err(format!("prune_keep ({}) must be below prune_above ({})", c.prune_keep, c.prune_above));
        }
        Ok(c)
    }

    /// Apply `settings`; returns whether `prune_keep` was among them.
    fn apply(&mut self, settings: &[(String, String)]) -> Result<bool, String> {
        let c = self;
        let mut keep_set = false;
        for (name, value) in settings {
            match name.as_str() {
                "tech_tree" => c.tech_tree = switch(name, value)?,
                "gates" => c.gates = switch(name, value)?,
                "warnings" => c.warnings = switch(name, value)?,
                "inventory_diffs" => c.inventory_diffs = switch(name, value)?,
                "prune_above" => c.prune_above = number(name, value, 1, 100_000)?,
                "prune_keep" => {
                    c.prune_keep = number(name, value, 0, 100_000)?;
                    keep_set = true;
                }
                "autoload_log_lines" => c.autoload_log_lines = number(name, value, 0, 50)?,
                "file_warn_lines" => c.file_warn_lines = number(name, value, 1, 100_000)?,
                "noop_limit" => c.noop_limit = number(name, value, 0, 1000)?,
                "vital_threshold" => c.vital_threshold = number(name, value, 0, 9)?,
                _ => {
                    let known = TUNABLES.iter().map(|t| t.name).collect::<Vec<_>>().join(", ");
                    return Err(format!("crafter-evolved has no setting '{name}'; known settings: {known}"));
                }
            }
        }
        Ok(keep_set)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn set(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn defaults_match_the_declared_defaults() {
        let from_declared = Config::from_settings(
            &TUNABLES.iter().map(|t| (t.name.to_string(), t.default.to_string())).collect::<Vec<_>>(),
        )
        .unwrap();
        assert_eq!(from_declared, Config::default());
        assert_eq!(Config::from_settings(&[]).unwrap(), Config::default());
    }

    #[test]
    fn the_shipped_file_sets_every_tunable_to_its_built_in_default() {
        let pairs = file_defaults().unwrap();
        let names: Vec<_> = pairs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, TUNABLES.iter().map(|t| t.name).collect::<Vec<_>>());
        for t in &TUNABLES {
            assert_eq!(effective_default(t), t.default, "{}", t.name);
        }
    }

    #[test]
    fn every_declared_choice_is_accepted() {
        for t in &TUNABLES {
            for choice in t.choices {
                let pairs = vec![(t.name, *choice)];
                assert!(Config::from_settings(&set(&pairs)).is_ok(), "{} = {choice}", t.name);
            }
        }
    }

    #[test]
    fn settings_apply_and_bad_ones_are_refused() {
        let c = Config::from_settings(&set(&[("gates", "off"), ("autoload_log_lines", "10"), ("prune_above", "400")]))
            .unwrap();
        assert!(!c.gates && c.autoload_log_lines == 10 && c.prune_above == 400 && c.tech_tree);
        let err = Config::from_settings(&set(&[("gatez", "on")])).unwrap_err();
        assert!(err.contains("'gatez'") && err.contains("tech_tree"), "{err}");
        assert!(Config::from_settings(&set(&[("gates", "maybe")])).unwrap_err().contains("on or off"));
        assert!(Config::from_settings(&set(&[("prune_above", "-3")])).is_err());
        assert!(Config::from_settings(&set(&[("vital_threshold", "12")])).is_err());
        let err = Config::from_settings(&set(&[("prune_above", "100"), ("prune_keep", "100")])).unwrap_err();
        assert!(err.contains("below"), "{err}");
        let alone = Config::from_settings(&set(&[("prune_above", "100")])).unwrap();
        assert_eq!((alone.prune_above, alone.prune_keep), (100, 50));
    }
}
