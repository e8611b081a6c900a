//! Compiled components on disk, so a second start of the binary compiles nothing.
//!
//! An entry is keyed by the component's SHA-256 and by the engine's compatibility hash (wasmtime
//! version and every setting that changes generated code), so a changed component or a changed
//! engine never loads a stale artifact. Entries are written atomically (temporary file, rename).
use sha2::{Digest, Sha256};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use wasmtime::Engine;
use wasmtime::component::Component;

/// Where compiled components are kept; none disables the cache.
#[derive(Debug)]
pub struct ComponentCache {
    dir: Option<PathBuf>,
    compiled: AtomicU64,
    hits: AtomicU64,
}

/// How a component was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Loaded from the cache: no compilation.
    Hit,
    /// Compiled with Cranelift (and stored, if the cache is on).
    Compiled,
}

/// automem's folder of caches: `$XDG_CACHE_HOME/automem`, else `~/.cache/automem` (compiled
/// components, C builds, Python/JavaScript guest builds each keep a sub-folder of it).
pub fn cache_home() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("automem"))
}

impl ComponentCache {
    /// A cache in `dir`, or no cache.
    pub fn new(dir: Option<PathBuf>) -> Self {
        ComponentCache { dir, compiled: AtomicU64::new(0), hits: AtomicU64::new(0) }
    }

    /// The default directory: `$AUTOMEM_CACHE_DIR`, else `$XDG_CACHE_HOME/automem/compiled`, else
    /// `~/.cache/automem/compiled`; `AUTOMEM_CACHE_DIR=off` disables caching.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("AUTOMEM_CACHE_DIR") {
            return (dir != "off").then(|| PathBuf::from(dir));
        }
        Some(cache_home()?.join("compiled"))
    }

    /// The cache directory, if caching is on.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Components compiled by this process so far.
    pub fn compiled_count(&self) -> u64 {
        self.compiled.load(Ordering::Relaxed)
    }

    /// Components loaded from the cache by this process so far.
    pub fn hit_count(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    /// Load a compiled component from the cache, or compile it and store it.
    pub fn load(&self, engine: &Engine, name: &str, bytes: &[u8]) -> wasmtime::Result<(Component, CacheOutcome)> {
        let path = self.dir.as_ref().map(|dir| dir.join(format!("{}.cwasm", cache_key(engine, bytes))));
        if let Some(path) = path.as_ref().filter(|p| p.is_file()) {
            let started = Instant::now();
            // SAFETY: the cache directory only holds artifacts this program serialized with an
            // engine of the same compatibility hash (it is part of the file name). Anyone able
            // to write there can already run code as this user.
            match unsafe { Component::deserialize_file(engine, path) } {
                Ok(component) => {
                    self.hits.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(plugin = name, elapsed = ?started.elapsed(), "loaded compiled component from cache");
                    return Ok((component, CacheOutcome::Hit));
                }
                Err(err) => tracing::warn!(plugin = name, "ignoring unusable cache entry {}: {err:#}", path.display()),
            }
        }
        let started = Instant::now();
        let component = Component::new(engine, bytes)?;
        self.compiled.fetch_add(1, Ordering::Relaxed);
        tracing::debug!(plugin = name, elapsed = ?started.elapsed(), "compiled component with Cranelift");
        if let Some(path) = path
            && let Err(err) = store(&component, &path)
        {
            tracing::warn!(plugin = name, "could not write the compiled-component cache {}: {err:#}", path.display());
        }
        Ok((component, CacheOutcome::Compiled))
    }
}

fn store(component: &Component, path: &Path) -> anyhow::Result<()> {
    let dir = path.parent().ok_or_else(|| anyhow::anyhow!("cache path has no parent"))?;
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, &component.serialize()?)?;
    tmp.persist(path)?;
    Ok(())
}

/// The SHA-256 of some bytes, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn cache_key(engine: &Engine, bytes: &[u8]) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    format!("{}-{:016x}", sha256_hex(bytes), hasher.finish())
}
