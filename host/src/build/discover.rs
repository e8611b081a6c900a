//! Find guest crates: folders with a `Cargo.toml` that declares an automem world.
use crate::runtime::World;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// A guest crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guest {
    /// The package name, which is also the component's name.
    pub name: String,
    /// The crate's folder.
    pub dir: PathBuf,
    /// The world it implements.
    pub world: World,
    /// The Rust target it builds for: `wasm32-unknown-unknown` (no imports; the default) or
    /// `wasm32-wasip2` (a component importing WASI, as guests from other toolchains do); for a
    /// Python or JavaScript guest, its toolchain's name (`foreign.rs`).
    pub target: String,
}

/// Guest crates directly under each of `roots` (relative to `root`), sorted by name.
pub fn discover(root: &Path, roots: &[PathBuf]) -> anyhow::Result<Vec<Guest>> {
    let mut guests = Vec::new();
    for sub in roots {
        let dir = root.join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let manifest = entry?.path().join("Cargo.toml");
            if manifest.is_file()
                && let Some(guest) = read_guest(&manifest)?
            {
                guests.push(guest);
            }
        }
    }
    guests.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(guests)
}

fn read_guest(manifest: &Path) -> anyhow::Result<Option<Guest>> {
    let text = std::fs::read_to_string(manifest).with_context(|| format!("reading {}", manifest.display()))?;
    let doc: toml::Table = toml::from_str(&text).with_context(|| format!("parsing {}", manifest.display()))?;
    let package = doc.get("package").and_then(|p| p.as_table());
    let world = package
        .and_then(|p| p.get("metadata"))
        .and_then(|m| m.get("automem"))
        .and_then(|a| a.get("world"))
        .and_then(|w| w.as_str());
    let Some(world) = world else { return Ok(None) };
    let world = World::parse(world).with_context(|| {
        format!("{}: unknown automem world `{world}`; use game, memory-schema or policy", manifest.display())
    })?;
    let name = package
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .with_context(|| format!("{}: [package] has no name", manifest.display()))?;
    let target = package
        .and_then(|p| p.get("metadata"))
        .and_then(|m| m.get("automem"))
        .and_then(|a| a.get("target"))
        .and_then(|t| t.as_str())
        .unwrap_or(super::toolchain::WASM_TARGET);
    anyhow::ensure!(
        super::toolchain::GUEST_TARGETS.contains(&target),
        "{}: unsupported target `{target}`; use one of {}",
        manifest.display(),
        super::toolchain::GUEST_TARGETS.join(", ")
    );
    let dir = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Some(Guest { name: name.to_string(), dir, world, target: target.to_string() }))
}
