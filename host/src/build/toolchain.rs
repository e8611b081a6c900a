//! The guest toolchain: rustup's `wasm32-unknown-unknown` target, added when missing, or Debian's
//! `rustc-web` with `-Zbuild-std` when rustup cannot download.
use super::BuildError;
use std::path::PathBuf;
use std::process::Command;

/// The Rust target every guest is built for.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

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
pub const INSTALL_HINT: &str = "install the wasm32 target with `rustup target add wasm32-unknown-unknown` \
(scripts/setup.sh does this), or, offline on Debian, `apt-get install rustc-web cargo-web rust-web-src lld-22`";

/// Make sure guests can be built; add the rustup target if it is missing.
pub fn ensure_wasm_target() -> Result<Toolchain, BuildError> {
    let cargo = std::env::var_os("CARGO")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("cargo"));
    if target_installed() {
        return Ok(Toolchain {
            cargo,
            extra_args: Vec::new(),
            env: Vec::new(),
        });
    }
    tracing::info!("the {WASM_TARGET} target is missing; adding it with rustup");
    eprintln!("automem: adding the Rust target {WASM_TARGET} with rustup (once)");
    let added = Command::new("rustup")
        .args(["target", "add", WASM_TARGET])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if added && target_installed() {
        return Ok(Toolchain {
            cargo,
            extra_args: Vec::new(),
            env: Vec::new(),
        });
    }
    if let Some(fallback) = debian_fallback() {
        eprintln!(
            "automem: rustup could not add {WASM_TARGET}; using Debian's rustc-web with -Zbuild-std"
        );
        return Ok(fallback);
    }
    Err(BuildError::Toolchain(format!(
        "cannot build guests: the Rust target {WASM_TARGET} is not installed; {INSTALL_HINT}"
    )))
}

/// Whether the active rustc has the wasm32 standard library.
pub fn target_installed() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc)
        .args(["--print", "target-libdir", "--target", WASM_TARGET])
        .output();
    let Ok(out) = out else { return false };
    if !out.status.success() {
        return false;
    }
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("libcore-"))
        })
        .unwrap_or(false)
}

/// Debian's rustc-web (1.96) builds std for wasm32 from source when rust-web-src is installed.
fn debian_fallback() -> Option<Toolchain> {
    let cargo = PathBuf::from("/usr/bin/cargo");
    let src = PathBuf::from("/usr/lib/rustlib/src/rust/library");
    (cargo.is_file() && src.is_dir()).then(|| Toolchain {
        cargo,
        extra_args: vec!["-Zbuild-std=std,panic_abort".into()],
        env: vec![
            ("RUSTC_BOOTSTRAP".into(), "1".into()),
            ("RUSTC".into(), "/usr/bin/rustc".into()),
        ],
    })
}
