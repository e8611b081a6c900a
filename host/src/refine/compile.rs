//! Building a revision: its source is untrusted, so cargo runs confined (see
//! [`crate::build::confine`]): it reads only the toolchain, the registry's sources, the
//! schema's path dependencies and its own workspace, writes only there and in the shared target
//! directory, gets a cleared environment, and is killed at a deadline or its memory limit.
use super::source::{self, Files};
use crate::build::confine;
use crate::build::{BuildError, BuildOptions};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one revision's build may take (dependencies compile once, into the shared target).
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(900);

/// Limits of one build.
#[derive(Debug, Clone)]
pub struct BuildLimits {
    /// The build is killed after this long.
    pub timeout: Duration,
    /// Confine its files with Landlock (off only with `--reviewer-sandbox off`).
    pub landlock: bool,
    /// Address space of each compiler process, bytes.
    pub memory: u64,
}

impl Default for BuildLimits {
    fn default() -> Self {
        BuildLimits { timeout: BUILD_TIMEOUT, landlock: true, memory: confine::BUILD_MEMORY }
    }
}

/// Build a schema's source into component bytes, in `builds/<digest>/` whose one member is
/// named by the source's digest. Builds share one target directory under `root/target` (so
/// dependencies compile once), serialized by a lock across processes. Cargo names a member's
/// build by its path inside its workspace, so the digest in that path keeps two sources from
/// ever sharing a build (or being thought fresh because of another one).
pub fn build_source(root: &Path, builds: &Path, files: &Files, limits: &BuildLimits) -> Result<Vec<u8>, BuildError> {
    let digest = source::digest(files);
    let member = format!("schema-{}", &digest[..16]);
    let ws = builds.join(&digest[..16]);
    let _ = std::fs::remove_dir_all(&ws);
    source::write_workspace(root, &ws, &member, files).map_err(BuildError::Io)?;
    let target = root.join("target").join("refine-guests");
    std::fs::create_dir_all(&target).map_err(|e| BuildError::Io(e.into()))?;
    let lock = std::fs::File::create(target.join(".automem-build.lock")).map_err(|e| BuildError::Io(e.into()))?;
    lock.lock().map_err(|e| BuildError::Io(e.into()))?;
    let toolchain = crate::build::toolchain::ensure_target(crate::build::toolchain::WASM_TARGET)?;
    let mut confinement =
        confine::for_build(&ws, &target, &read_sources(root, files), &toolchain.env, limits.timeout, limits.landlock);
    confinement.memory = Some(limits.memory);
    let options = BuildOptions {
        root: ws.clone(),
        guest_roots: vec![PathBuf::from(".")],
        only: Vec::new(),
        verbose: false,
        target_dir: Some(target),
        confine: Some(confinement),
    };
    let built = crate::build::build(&options)?;
    let component = built
        .into_iter()
        .next()
        .ok_or_else(|| BuildError::Cargo("the workspace's schema/ produced no component".into()))?
        .component;
    std::fs::read(&component).map_err(|e| BuildError::Io(anyhow::anyhow!("{}: {e}", component.display())))
}

/// What a build reads besides the toolchain and its workspace: the manifest's path dependencies
/// (absolute in a standalone manifest), the project's `Cargo.toml` (they inherit from it) and
/// `wit/` (the SDK's bindings are generated from it).
fn read_sources(root: &Path, files: &Files) -> Vec<PathBuf> {
    let mut out = vec![root.join("Cargo.toml"), root.join("wit")];
    let manifest = files.get(source::MANIFEST).and_then(|m| m.parse::<toml::Table>().ok());
    let deps = manifest.as_ref().and_then(|m| m.get("dependencies")).and_then(toml::Value::as_table);
    for dep in deps.into_iter().flat_map(|d| d.values()) {
        if let Some(path) = dep.get("path").and_then(toml::Value::as_str).map(PathBuf::from)
            && path.is_absolute()
        {
            out.push(path);
        }
    }
    out
}
