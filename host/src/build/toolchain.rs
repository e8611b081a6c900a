//! The guest toolchain: rustup's `wasm32-unknown-unknown` target, added when missing, or Debian's
//! `rustc-web` with `-Zbuild-std` when rustup cannot download.
use super::BuildError;
use std::path::PathBuf;
use std::process::Command;

/// The Rust target guests build for unless they ask for another.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The WASI target, for guests that import WASI (its output is already a component).
pub const WASI_TARGET: &str = "wasm32-wasip2";
/// Every target a guest may ask for.
pub const GUEST_TARGETS: [&str; 2] = [WASM_TARGET, WASI_TARGET];

/// How to invoke cargo for guests.
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// The cargo binary.
    pub cargo: PathBuf,
    /// Extra arguments (e.g. `-Zbuild-std=std,panic_abort` for the Debian fallback).
    pub extra_args: Vec<String>,
    /// Extra environment variables.
    pub env: Vec<(String, String)>,
}

/// What to tell a user whose machine has no wasm32 toolchain.
pub const INSTALL_HINT: &str = "install the wasm targets with `rustup target add wasm32-unknown-unknown wasm32-wasip2` \
(scripts/setup.sh does this), or, offline on Debian, `apt-get install rustc-web cargo-web rust-web-src lld-22`";

/// Make sure guests of `target` can be built; add the rustup target if it is missing.
pub fn ensure_target(target: &str) -> Result<Toolchain, BuildError> {
    let cargo = std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("cargo"));
    if target_installed(target) {
        return Ok(Toolchain { cargo, extra_args: Vec::new(), env: Vec::new() });
    }
    tracing::info!("the {target} target is missing; adding it with rustup");
    eprintln!("automem: adding the Rust target {target} with rustup (once)");
    let added = Command::new("rustup").args(["target", "add", target]).status().map(|s| s.success()).unwrap_or(false);
    if added && target_installed(target) {
        return Ok(Toolchain { cargo, extra_args: Vec::new(), env: Vec::new() });
    }
    if target == WASM_TARGET
        && let Some(fallback) = debian_fallback()
    {
        eprintln!("automem: rustup could not add {target}; using Debian's rustc-web with -Zbuild-std");
        return Ok(fallback);
    }
    Err(BuildError::Toolchain(format!(
        "cannot build guests: the Rust target {target} is not installed; {INSTALL_HINT}"
    )))
}

/// Whether the active rustc has the standard library of `target`.
pub fn target_installed(target: &str) -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc).args(["--print", "target-libdir", "--target", target]).output();
    let Ok(out) = out else { return false };
    if !out.status.success() {
        return false;
    }
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libcore-")))
        .unwrap_or(false)
}

/// Debian's rustc-web (1.96) builds std for wasm32 from source when rust-web-src is installed.
fn debian_fallback() -> Option<Toolchain> {
    let cargo = PathBuf::from("/usr/bin/cargo");
    let src = PathBuf::from("/usr/lib/rustlib/src/rust/library");
    (cargo.is_file() && src.is_dir()).then(|| Toolchain {
        cargo,
        extra_args: vec!["-Zbuild-std=std,panic_abort".into()],
        env: vec![("RUSTC_BOOTSTRAP".into(), "1".into()), ("RUSTC".into(), "/usr/bin/rustc".into())],
    })
}
