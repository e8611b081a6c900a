//! `automem build`: compile guest crates to WebAssembly components.
//!
//! Every crate under the guest roots (`games/`, `schemas/`, `plugins/`, and `tests/guests/` for
//! the test suite) whose manifest says `[package.metadata.automem] world = "game"` (or
//! `"memory-schema"`, `"policy"`) is built for `wasm32-unknown-unknown` in one cargo invocation
//! with one shared target directory (`target/guests`), then turned into a component in-process
//! with `wit-component`, into `target/components/<name>.wasm`. Cargo skips unchanged crates and an
//! unchanged core module is not re-encoded. A guest may set `target = "wasm32-wasip2"` in the same
//! metadata table; rustc then emits a component importing WASI, which is copied as it is.
//! Guests in Python and JavaScript (an `automem.toml` instead of a `Cargo.toml`) are built by
//! their own tools, cached by content: see `foreign.rs`. A Rust guest with a C side (NetHack)
//! has it built before cargo and transformed after it: see `c.rs`.
pub mod c;
mod cargo;
mod componentize;
pub mod confine;
mod discover;
pub mod foreign;
pub mod toolchain;

pub use discover::{Guest, discover};

use std::path::{Path, PathBuf};

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The workspace root (holds `Cargo.toml`, `games/`, ...).
    pub root: PathBuf,
    /// Folders (relative to the root) whose sub-folders are guest crates.
    pub guest_roots: Vec<PathBuf>,
    /// Build only these guests (package names); empty builds all.
    pub only: Vec<String>,
    /// Print cargo's progress.
    pub verbose: bool,
    /// Cargo's target directory (default `ROOT/target/guests`); components go beside it, in
    /// `components/`, unless it is the default.
    pub target_dir: Option<PathBuf>,
    /// Run cargo confined (files, environment, memory, time): builds of untrusted source.
    pub confine: Option<confine::Confinement>,
}

impl BuildOptions {
    /// Build every product guest under `root` (games, schemas, plugins).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            guest_roots: ["games", "schemas", "plugins"].into_iter().map(PathBuf::from).collect(),
            only: Vec::new(),
            verbose: false,
            target_dir: None,
            confine: None,
        }
    }

    /// Also build the test suite's guests (`tests/guests`).
    pub fn with_test_guests(mut self) -> Self {
        self.guest_roots.push(PathBuf::from("tests/guests"));
        self
    }

    /// Where components are written.
    pub fn components_dir(&self) -> PathBuf {
        match &self.target_dir {
            Some(dir) => dir.join("components"),
            None => components_dir(&self.root),
        }
    }

    /// Cargo's target directory for guests.
    pub fn cargo_target_dir(&self) -> PathBuf {
        self.target_dir.clone().unwrap_or_else(|| self.root.join("target").join("guests"))
    }
}

/// `AUTOMEM_KEEP_NAMES=1`: a profiling build, whose asyncified guests keep their function names
/// (binaryen drops them otherwise), so `perf` with `AUTOMEM_PERF_MAP=1` names them.
pub fn keep_names() -> bool {
    std::env::var_os("AUTOMEM_KEEP_NAMES").is_some_and(|v| v == "1")
}

/// Where components of the workspace at `root` live.
pub fn components_dir(root: &Path) -> PathBuf {
    root.join("target").join("components")
}

/// One built component.
#[derive(Debug, Clone)]
pub struct Built {
    /// The guest it came from.
    pub guest: Guest,
    /// The component file.
    pub component: PathBuf,
    /// False when the component was already up to date.
    pub encoded: bool,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The wasm32 toolchain is missing and could not be installed.
    #[error("{0}")]
    Toolchain(String),
    /// Some guests did not compile; each is named with the compiler's errors.
    #[error("{}", describe_failures(.0))]
    Compile(Vec<(String, String)>),
    /// Cargo itself failed (bad manifest, lock contention, ...).
    #[error("cargo failed:\n{0}")]
    Cargo(String),
    /// A core module could not be turned into a component.
    #[error("guest `{guest}`: could not make a component: {message}")]
    Componentize {
        /// The guest.
        guest: String,
        /// Why.
        message: String,
    },
    /// Reading the guests or writing components failed.
    #[error(transparent)]
    Io(#[from] anyhow::Error),
}

fn describe_failures(failures: &[(String, String)]) -> String {
    let mut out = String::new();
    for (guest, errors) in failures {
        out.push_str(&format!("guest `{guest}` failed to build:\n{}\n", errors.trim_end()));
    }
    out
}

/// Build the guests and return their components.
pub fn build(options: &BuildOptions) -> Result<Vec<Built>, BuildError> {
    let mut guests = discover(&options.root, &options.guest_roots)?;
    let mut others = foreign::discover(&options.root, &options.guest_roots)?;
    if !options.only.is_empty() {
        let known = |n: &String| guests.iter().any(|g| &g.name == n) || others.iter().any(|g| &g.guest.name == n);
        if let Some(missing) = options.only.iter().find(|n| !known(n)) {
            let mut names: Vec<&str> = guests.iter().map(|g| g.name.as_str()).collect();
            names.extend(others.iter().map(|g| g.guest.name.as_str()));
            return Err(BuildError::Io(anyhow::anyhow!(
                "no guest crate named `{missing}`; guests found: {}",
                names.join(", ")
            )));
        }
        guests.retain(|g| options.only.contains(&g.name));
        others.retain(|g| options.only.contains(&g.guest.name));
    }
    let foreign_built = foreign::build(options, others)?;
    let members = workspace_members(&options.root)?;
    guests.retain(|g| {
        let member = members.iter().any(|m| same_dir(m, &g.dir));
        if !member {
            eprintln!(
                "automem: skipping `{}` ({}): it is not a member of the workspace; add it to [workspace] members",
                g.name,
                g.dir.display()
            );
        }
        member
    });
    if guests.is_empty() {
        return Ok(foreign_built);
    }
    // Guests with a C side (games/nethack): compile it before cargo links it. A confined build
    // (refine's untrusted source) may not have one: the C build runs clang on the recipe's flags
    // outside the confinement.
    if options.confine.is_some() {
        for guest in &guests {
            if c::recipe_of(guest)?.is_some() {
                return Err(BuildError::Compile(vec![(
                    guest.name.clone(),
                    "a confined build cannot have a C side (`metadata.automem.c`); remove it".into(),
                )]));
            }
        }
    } else {
        c::prepare(&guests, &options.cargo_target_dir(), options.verbose)?;
    }
    // One cargo invocation per target (almost always one in all).
    let mut targets: Vec<&str> = guests.iter().map(|g| g.target.as_str()).collect();
    targets.sort_unstable();
    targets.dedup();
    let mut artifacts = std::collections::HashMap::new();
    let mut failures = Vec::new();
    for target in targets {
        let toolchain = toolchain::ensure_target(target)?;
        let group: Vec<&Guest> = guests.iter().filter(|g| g.target == target).collect();
        match cargo::build_guests(
            &options.root,
            &options.cargo_target_dir(),
            target,
            &group,
            &toolchain,
            options.verbose,
            options.confine.as_ref(),
        ) {
            Ok(found) => artifacts.extend(found),
            Err(BuildError::Compile(errors)) => failures.extend(errors),
            Err(other) => return Err(other),
        }
    }
    if !failures.is_empty() {
        return Err(BuildError::Compile(failures));
    }
    let out_dir = options.components_dir();
    std::fs::create_dir_all(&out_dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", out_dir.display()))?;
    let mut built = Vec::new();
    for guest in guests {
        let core = artifacts
            .get(&guest.name)
            .ok_or_else(|| BuildError::Cargo(format!("cargo reported no wasm artifact for guest `{}`", guest.name)))?;
        let core = c::finish(&guest, core, &options.cargo_target_dir())?;
        let component = out_dir.join(format!("{}.wasm", guest.name));
        let encoded = componentize::componentize(&guest.name, &core, &component)?;
        built.push(Built { guest, component, encoded });
    }
    built.extend(foreign_built);
    Ok(built)
}

/// The folders of the workspace's member packages, as cargo sees them.
fn workspace_members(root: &Path) -> Result<Vec<PathBuf>, BuildError> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = std::process::Command::new(cargo)
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .output()
        .map_err(|e| BuildError::Cargo(format!("cannot run cargo metadata: {e}")))?;
    if !out.status.success() {
        return Err(BuildError::Cargo(String::from_utf8_lossy(&out.stderr).into_owned()));
    }
    let meta: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| BuildError::Cargo(format!("cargo metadata: {e}")))?;
    Ok(meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["manifest_path"].as_str())
        .filter_map(|m| Path::new(m).parent().map(Path::to_path_buf))
        .collect())
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The workspace root: the nearest ancestor of `start` whose `Cargo.toml` has `[workspace]` and
/// which holds a `wit/` folder.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| {
            dir.join("wit").is_dir()
                && std::fs::read_to_string(dir.join("Cargo.toml")).map(|s| s.contains("[workspace]")).unwrap_or(false)
        })
        .map(Path::to_path_buf)
}
