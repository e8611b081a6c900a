//! One cargo invocation for all guests, its JSON messages read to find each guest's `.wasm` and
//! to pin every compiler error on the guest that caused it.
use super::BuildError;
use super::confine::{Confinement, Spawned};
use super::discover::Guest;
use super::toolchain::Toolchain;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The cargo profile guests build with (defined in the workspace `Cargo.toml`).
pub const GUEST_PROFILE: &str = "guest";

/// Build the guests; returns each guest's core `.wasm` by package name.
pub fn build_guests(
    root: &Path,
    target_dir: &Path,
    target: &str,
    guests: &[&Guest],
    toolchain: &Toolchain,
    verbose: bool,
    confinement: Option<&Confinement>,
) -> Result<HashMap<String, PathBuf>, BuildError> {
    let mut cmd = Command::new(&toolchain.cargo);
    cmd.current_dir(root)
        .args(["build", "--keep-going", "--message-format=json", "--target", target, "--profile", GUEST_PROFILE])
        .arg("--target-dir")
        .arg(target_dir)
        .args(&toolchain.extra_args)
        .stdout(Stdio::piped())
        .stderr(if verbose { Stdio::inherit() } else { Stdio::piped() });
    for guest in guests {
        cmd.args(["-p", &guest.name]);
    }
    for (k, v) in &toolchain.env {
        cmd.env(k, v);
    }
    // Flags meant for the host build (e.g. -C target-cpu=native) must not leak into guests.
    cmd.env_remove("RUSTFLAGS").env_remove("CARGO_BUILD_TARGET");
    let mut child = Spawned::start(cmd, confinement)
        .map_err(|e| BuildError::Cargo(format!("cannot run {}: {e:#}", toolchain.cargo.display())))?;
    let stderr = child.stderr().map(|mut s| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = s.read_to_string(&mut text);
            text
        })
    });
    let mut artifacts = HashMap::new();
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    if let Some(stdout) = child.stdout() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let Ok(msg) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let package = msg["package_id"].as_str().map(package_name).unwrap_or_default();
            match msg["reason"].as_str() {
                Some("compiler-artifact") => {
                    let wasm = msg["filenames"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|f| f.as_str())
                        .find(|f| f.ends_with(".wasm"));
                    if let Some(wasm) = wasm {
                        artifacts.insert(package, PathBuf::from(wasm));
                    }
                }
                Some("compiler-message") if msg["message"]["level"].as_str() == Some("error") => {
                    if let Some(rendered) = msg["message"]["rendered"].as_str() {
                        errors.entry(package).or_default().push_str(rendered);
                    }
                }
                _ => {}
            }
        }
    }
    let exit = child.wait().map_err(|e| BuildError::Cargo(format!("waiting for cargo: {e}")))?;
    let stderr = stderr.and_then(|h| h.join().ok()).unwrap_or_default();
    if let Some(c) = confinement {
        super::confine::check_exit(c, &exit, &stderr)?;
    }
    let status = exit.status;
    if !errors.is_empty() {
        return Err(BuildError::Compile(errors.into_iter().collect()));
    }
    if !status.success() {
        return Err(BuildError::Cargo(stderr));
    }
    Ok(artifacts)
}

/// The package name inside a cargo package id, in either of its formats:
/// `name 0.1.0 (path+file:///...)` or `path+file:///.../dir#name@0.1.0` (or `...#0.1.0`).
fn package_name(id: &str) -> String {
    if let Some((_, tail)) = id.rsplit_once('#') {
        if let Some((name, _)) = tail.split_once('@') {
            return name.to_string();
        }
        // `#version` only: the name is the folder.
        let path = id.rsplit_once('#').map(|(p, _)| p).unwrap_or(id);
        return path.rsplit('/').next().unwrap_or(path).to_string();
    }
    id.split_whitespace().next().unwrap_or(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::package_name;

    #[test]
    fn package_ids_in_both_formats() {
        assert_eq!(package_name("path+file:///w/games/crafter#0.1.0"), "crafter");
        assert_eq!(package_name("path+file:///w/tests/guests/hostile#hostile-game@0.1.0"), "hostile-game");
        assert_eq!(package_name("corridor 0.1.0 (path+file:///w/games/corridor)"), "corridor");
    }
}
