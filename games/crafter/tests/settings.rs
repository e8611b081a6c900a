//! Task options: task names, settings and the step limit.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crafter::{Config, SettingsError};

fn settings(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn defaults() {
    let config = Config::from_options("", None, &[]).unwrap();
    assert_eq!(config, Config { area: (64, 64), length: 10_000 });
    assert_eq!(Config::from_options("default", None, &[]).unwrap(), config);
}

#[test]
fn area_length_and_max_steps() {
    let config = Config::from_options("", None, &settings(&[("area", "32x48"), ("length", "2000")])).unwrap();
    assert_eq!(config, Config { area: (32, 48), length: 2000 });
    let config = Config::from_options("", Some(500), &settings(&[("length", "2000")])).unwrap();
    assert_eq!(config.length, 500, "max-steps overrides length");
}

#[test]
fn bad_options_are_refused_with_reasons() {
    assert_eq!(Config::from_options("hard", None, &[]), Err(SettingsError::UnknownTask("hard".into())));
    for (key, value, says) in [
        ("area", "64", "WIDTHxHEIGHT"),
        ("area", "8x64", "from 9 to 256"),
        ("area", "64x999", "from 9 to 256"),
        ("length", "0", "at least 1"),
        ("length", "many", "whole number"),
        ("seed", "3", "unknown setting 'seed'"),
    ] {
        match Config::from_options("", None, &settings(&[(key, value)])) {
            Err(SettingsError::InvalidSetting(why)) => {
                assert!(why.contains(says), "{key}={value}: {why}")
            }
            other => panic!("{key}={value}: {other:?}"),
        }
    }
    assert!(matches!(Config::from_options("", Some(0), &[]), Err(SettingsError::InvalidSetting(_))));
}

#[test]
fn a_smaller_world_works() {
    let config = Config::from_options("", None, &settings(&[("area", "16x12")])).unwrap();
    let mut env = crafter::Env::new(config);
    env.reset(1);
    assert_eq!(env.position(), (8, 6));
    for _ in 0..300 {
        if env.step("Move North").done {
            break;
        }
    }
    assert!(env.position().1 >= 0);
}
