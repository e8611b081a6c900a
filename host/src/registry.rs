//! The schema registry: every schema version is a component identified by its name and the
//! SHA-256 of its bytes, with metadata (parent, when and by whom it was made, description,
//! evaluation). A directory is the registry's durable state: a restart finds every version.
//!
//! Layout: `DIR/<name>/<hash>.wasm`, `DIR/<name>/<hash>.json` (metadata, also for refused
//! versions, without the component) and `DIR/<name>/latest` (the hash "latest" points at). Files
//! are written atomically; "latest" moves only after its version is on disk and validated, so
//! sessions never see a half-published version.
use crate::runtime::Runtime;
use crate::schema::SchemaPlugin;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// Longest `created_by` the registry stores (bytes).
pub const MAX_CREATED_BY: usize = 200;
/// Longest `description` the registry stores (bytes).
pub const MAX_DESCRIPTION: usize = 4096;
/// Longest version string a schema may declare (bytes).
pub const MAX_VERSION: usize = 64;
/// Largest evaluation a version may carry (bytes of JSON).
pub const MAX_EVALUATION: usize = 64 << 10;

/// How much one registry keeps: a full registry refuses new versions with a clear reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistryLimits {
    /// Most published or validating versions of one schema name.
    pub max_versions: usize,
    /// Refused versions kept per name (their metadata, for the reason); older ones are deleted.
    pub keep_refused: usize,
}

impl RegistryLimits {
    /// No caps: for a registry only local, trusted tools write (`automem refine`'s own).
    pub const UNLIMITED: RegistryLimits = RegistryLimits { max_versions: usize::MAX, keep_refused: usize::MAX };
}

impl Default for RegistryLimits {
    /// The server's defaults: 256 versions per name, the 16 newest refused ones.
    fn default() -> Self {
        RegistryLimits { max_versions: 256, keep_refused: 16 }
    }
}

/// Where a version stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Uploaded; being compiled and smoke-tested.
    Validating,
    /// Usable, and can be "latest".
    Published,
    /// Failed validation; `reason` says why.
    Refused,
}

/// A version's metadata, as stored and as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionMeta {
    /// SHA-256 of the component.
    pub hash: String,
    /// The schema's name (its folder).
    pub name: String,
    /// The version string the schema itself declares ("" until validated).
    pub version: String,
    /// The version it was derived from, if any.
    pub parent: Option<String>,
    /// When it was submitted (UTC, RFC 3339).
    pub created_at: String,
    /// Who or what made it (a user, `automem refine`, ...).
    pub created_by: Option<String>,
    /// What changed.
    pub description: Option<String>,
    /// Where it stands.
    pub status: Status,
    /// Why it was refused.
    pub reason: Option<String>,
    /// Evaluation results attached later (e.g. by `automem refine`).
    pub evaluation: Option<serde_json::Value>,
}

/// What the registry knows of one schema name.
#[derive(Default)]
struct Entry {
    versions: BTreeMap<String, (VersionMeta, Option<SchemaPlugin>)>,
    latest: Option<String>,
}

/// Why a registry call failed.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// No such schema or version.
    #[error("{0}")]
    NotFound(String),
    /// The request cannot be done (a refused version as latest, a bad name, ...).
    #[error("{0}")]
    Invalid(String),
    /// The schema holds as many versions as the registry keeps.
    #[error("{0}")]
    Full(String),
    /// The disk said no.
    #[error("registry storage: {0}")]
    Io(String),
}

/// Schema versions by name and hash, on disk and loaded.
pub struct Registry {
    dir: PathBuf,
    runtime: Runtime,
    entries: RwLock<BTreeMap<String, Entry>>,
    /// Compiles uploads: one thread at the lowest priority, so serving keeps both cores.
    compiler: Option<rayon::ThreadPool>,
    /// Held while a version's files and "latest" are written and swapped in, so disk and memory
    /// always agree.
    publishing: std::sync::Mutex<()>,
    /// Order of submission in this process, by hash: a version validated late never displaces
    /// one submitted after it.
    order: std::sync::Mutex<std::collections::HashMap<String, u64>>,
    limits: RegistryLimits,
    /// Bumped on every change, so readers can cache what they build from the registry.
    generation: AtomicU64,
}

/// A one-thread pool whose thread runs at the lowest CPU priority (Linux: per-thread nice 19).
fn background_compiler() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "automem-compile".into())
        .start_handler(|_| {
            #[cfg(target_os = "linux")]
            // SAFETY: setpriority with who = 0 changes only the calling thread's nice value.
            unsafe {
                libc::setpriority(libc::PRIO_PROCESS, 0, 19);
            }
        })
        .build()
        .ok()
}

impl Registry {
    /// Open (or create) the registry in `dir`, loading every published version, with no caps
    /// (see [`Registry::open_with`]).
    pub fn open(dir: &Path, runtime: Runtime) -> anyhow::Result<Registry> {
        Registry::open_with(dir, runtime, RegistryLimits::UNLIMITED)
    }

    /// Open (or create) the registry in `dir` with these caps; refused versions over
    /// `keep_refused` are deleted now.
    pub fn open_with(dir: &Path, runtime: Runtime, limits: RegistryLimits) -> anyhow::Result<Registry> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create the schema registry {}: {e}", dir.display()))?;
        let mut entries = BTreeMap::new();
        for folder in std::fs::read_dir(dir)? {
            let folder = folder?;
            let name = folder.file_name().to_string_lossy().into_owned();
            if !folder.file_type()?.is_dir() || check_name(&name).is_err() {
                continue;
            }
            let mut entry = Entry::default();
            for file in std::fs::read_dir(folder.path())? {
                let path = file?.path();
                if path.extension().is_none_or(|e| e != "json") {
                    continue;
                }
                // One bad version must not keep the others from being served.
                let meta: VersionMeta = match std::fs::read_to_string(&path)
                    .map_err(anyhow::Error::from)
                    .and_then(|t| Ok(serde_json::from_str(&t)?))
                {
                    Ok(meta) => meta,
                    Err(e) => {
                        tracing::warn!("skipping {}: {e}", path.display());
                        continue;
                    }
                };
                let plugin = if meta.status == Status::Published {
                    let wasm = path.with_extension("wasm");
                    match runtime.load_schema(&wasm) {
                        Ok(plugin) => Some(plugin),
                        Err(e) => {
                            tracing::warn!("skipping {}: {e}", wasm.display());
                            continue;
                        }
                    }
                } else {
                    None
                };
                entry.versions.insert(meta.hash.clone(), (meta, plugin));
            }
            let latest = std::fs::read_to_string(folder.path().join("latest")).ok().map(|s| s.trim().to_string());
            let usable = |h: &String| entry.versions.get(h).is_some_and(|(_, p)| p.is_some());
            entry.latest = match latest {
                Some(h) if usable(&h) => Some(h),
                other => {
                    // Missing or broken: the newest published version, said out loud.
                    let newest = entry
                        .versions
                        .values()
                        .filter(|(m, p)| p.is_some() && m.status == Status::Published)
                        .max_by(|a, b| a.0.created_at.cmp(&b.0.created_at))
                        .map(|(m, _)| m.hash.clone());
                    if other.is_some() || newest.is_some() {
                        tracing::warn!("schema `{name}`: latest {other:?} is not usable; using {newest:?}");
                    }
                    newest
                }
            };
            entries.insert(name, entry);
        }
        let names: Vec<String> = entries.keys().cloned().collect();
        let registry = Registry {
            dir: dir.to_path_buf(),
            runtime,
            entries: RwLock::new(entries),
            compiler: background_compiler(),
            publishing: std::sync::Mutex::new(()),
            order: std::sync::Mutex::new(std::collections::HashMap::new()),
            limits,
            generation: AtomicU64::new(0),
        };
        for name in names {
            registry.collect_refused(&name);
        }
        Ok(registry)
    }

    /// A number that changes whenever anything in the registry does.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn changed(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// Delete the oldest refused versions of `name` beyond `keep_refused` (memory and disk).
    fn collect_refused(&self, name: &str) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = entries.get_mut(name) else { return };
        let mut refused: Vec<(String, String)> = entry
            .versions
            .values()
            .filter(|(m, _)| m.status == Status::Refused)
            .map(|(m, _)| (m.created_at.clone(), m.hash.clone()))
            .collect();
        if refused.len() <= self.limits.keep_refused {
            return;
        }
        refused.sort();
        let excess = refused.len() - self.limits.keep_refused;
        for (_, hash) in refused.into_iter().take(excess) {
            entry.versions.remove(&hash);
            for ext in ["json", "wasm"] {
                let _ = std::fs::remove_file(self.dir.join(name).join(format!("{hash}.{ext}")));
            }
        }
        drop(entries);
        self.changed();
    }

    /// Every schema with its versions (oldest first) and its latest.
    pub fn list(&self) -> Vec<(String, Option<String>, Vec<VersionMeta>)> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries
            .iter()
            .map(|(name, e)| {
                let mut versions: Vec<VersionMeta> = e.versions.values().map(|(m, _)| m.clone()).collect();
                versions.sort_by(|a, b| a.created_at.cmp(&b.created_at));
                (name.clone(), e.latest.clone(), versions)
            })
            .collect()
    }

    /// One version's metadata; `hash` may be a unique prefix.
    pub fn version(&self, name: &str, hash: &str) -> Result<VersionMeta, RegistryError> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get(name).ok_or_else(|| unknown(name))?;
        Ok(find(entry, name, hash)?.0.clone())
    }

    /// The version a session asks for: `name`, `name@latest` or `name@HASH` (a unique prefix).
    pub fn resolve(&self, spec: &str) -> Result<(VersionMeta, SchemaPlugin), RegistryError> {
        let (name, which) = spec.split_once('@').unwrap_or((spec, "latest"));
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get(name).ok_or_else(|| unknown(name))?;
        let hash = match which {
            "latest" => entry
                .latest
                .clone()
                .ok_or_else(|| RegistryError::NotFound(format!("schema `{name}` has no published version yet")))?,
            prefix => prefix.to_string(),
        };
        let (meta, plugin) = find(entry, name, &hash)?;
        match plugin {
            Some(plugin) => Ok((meta.clone(), plugin.clone())),
            None => Err(RegistryError::Invalid(format!(
                "version {} of `{name}` is {:?}{}; only published versions can be played",
                short(&meta.hash),
                meta.status,
                meta.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
            ))),
        }
    }

    /// Record an upload as validating (or return the version already known for these bytes).
    pub fn submit(
        &self,
        name: &str,
        bytes: &[u8],
        parent: Option<String>,
        created_by: Option<String>,
        description: Option<String>,
    ) -> Result<VersionMeta, RegistryError> {
        self.submit_hash(name, &crate::cache::sha256_hex(bytes), parent, created_by, description)
    }

    /// [`Registry::submit`] for a component known by its SHA-256 (an upload streamed to a file).
    /// Every stored field is checked: `created_by` and `description` for length and control
    /// characters, `parent` must be a known version of `name`, and a name holding
    /// `max_versions` versions takes no more.
    pub fn submit_hash(
        &self,
        name: &str,
        hash: &str,
        parent: Option<String>,
        created_by: Option<String>,
        description: Option<String>,
    ) -> Result<VersionMeta, RegistryError> {
        check_name(name)?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(RegistryError::Invalid(format!("`{hash}` is not a SHA-256")));
        }
        if let Some(by) = &created_by {
            check_text("created_by", by, MAX_CREATED_BY, false)?;
        }
        if let Some(d) = &description {
            check_text("description", d, MAX_DESCRIPTION, true)?;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let parent = match (parent, entries.get(name)) {
            (None, _) => None,
            (Some(p), Some(entry)) => Some(
                find(entry, name, &p)
                    .map_err(|e| {
                        RegistryError::Invalid(format!(
                            "parent: {e}; a parent must be a version of `{name}` this registry has"
                        ))
                    })?
                    .0
                    .hash
                    .clone(),
            ),
            (Some(p), None) => {
                return Err(RegistryError::Invalid(format!(
                    "parent `{}`: schema `{name}` has no versions yet, so it cannot have a parent here",
                    p.escape_debug().take(80).collect::<String>()
                )));
            }
        };
        let entry = entries.entry(name.to_string()).or_default();
        let known = entry.versions.contains_key(hash);
        let held = entry.versions.values().filter(|(m, _)| m.status != Status::Refused).count();
        if !known && held >= self.limits.max_versions {
            return Err(RegistryError::Full(format!(
                "schema `{name}` holds {held} versions, the most this registry keeps; delete old versions from its folder or raise the server's --max-versions"
            )));
        }
        {
            let mut order = self.order.lock().unwrap_or_else(|e| e.into_inner());
            let next = order.values().copied().max().unwrap_or(0) + 1;
            order.entry(hash.to_string()).or_insert(next);
        }
        self.changed();
        match entry.versions.get_mut(hash) {
            // Published or being validated: nothing to do. Refused: try again (the cause may
            // have been passing, e.g. a full disk).
            Some((meta, _)) if meta.status != Status::Refused => return Ok(meta.clone()),
            Some((meta, _)) => {
                meta.status = Status::Validating;
                meta.reason = None;
                return Ok(meta.clone());
            }
            None => {}
        }
        let meta = VersionMeta {
            hash: hash.to_string(),
            name: name.to_string(),
            version: String::new(),
            parent,
            created_at: now_rfc3339(),
            created_by,
            description,
            status: Status::Validating,
            reason: None,
            evaluation: None,
        };
        entry.versions.insert(hash.to_string(), (meta.clone(), None));
        Ok(meta)
    }

    /// Compile and check an upload, run `smoke` on it, and publish it as the new latest, or
    /// refuse it with the reason (latest stays where it was). Slow: call it off the request path.
    pub fn validate_and_publish(
        &self,
        name: &str,
        bytes: &[u8],
        smoke: &dyn Fn(&SchemaPlugin) -> anyhow::Result<String>,
    ) -> Result<VersionMeta, RegistryError> {
        self.validate(name, bytes, smoke, true)
    }

    /// As [`Registry::validate_and_publish`], but a validated version becomes latest only when
    /// `as_latest` (refine publishes a candidate, and moves latest only if it wins).
    pub fn validate(
        &self,
        name: &str,
        bytes: &[u8],
        smoke: &dyn Fn(&SchemaPlugin) -> anyhow::Result<String>,
        as_latest: bool,
    ) -> Result<VersionMeta, RegistryError> {
        let hash = crate::cache::sha256_hex(bytes);
        let load = || self.runtime.load_schema_bytes(name, bytes);
        let loaded = match &self.compiler {
            Some(pool) => pool.install(load),
            None => load(),
        };
        let checked = loaded.map_err(anyhow::Error::from).and_then(|plugin| {
            let version = smoke(&plugin)?;
            check_text("its declared version", &version, MAX_VERSION, false).map_err(anyhow::Error::from)?;
            Ok((plugin, version))
        });
        let (plugin, version) = match checked {
            Ok(ok) => ok,
            Err(err) => {
                let reason = format!("{err:#}");
                let meta = self.update(name, &hash, |m| {
                    m.status = Status::Refused;
                    m.reason = Some(reason.clone());
                })?;
                self.store_meta(&meta)?;
                self.collect_refused(name);
                return Ok(meta);
            }
        };
        match self.store_published(name, &hash, bytes, plugin, version, as_latest) {
            Ok(meta) => Ok(meta),
            Err(err) => {
                // Never leave a version "validating" for ever.
                let reason = format!("could not be stored: {err}");
                let meta = self.update(name, &hash, |m| {
                    m.status = Status::Refused;
                    m.reason = Some(reason.clone());
                })?;
                let _ = self.store_meta(&meta);
                Err(err)
            }
        }
    }

    /// Write a validated version to disk and make it latest, unless a version submitted after
    /// it already is.
    fn store_published(
        &self,
        name: &str,
        hash: &str,
        bytes: &[u8],
        plugin: SchemaPlugin,
        version: String,
        as_latest: bool,
    ) -> Result<VersionMeta, RegistryError> {
        let folder = self.dir.join(name);
        std::fs::create_dir_all(&folder).map_err(io)?;
        atomic_write(&folder.join(format!("{hash}.wasm")), bytes)?;
        let mut meta = self.version(name, hash)?;
        meta.status = Status::Published;
        meta.version = version;
        let _publishing = self.publishing.lock().unwrap_or_else(|e| e.into_inner());
        self.store_meta(&meta)?;
        let order = |h: &str| self.order.lock().unwrap_or_else(|e| e.into_inner()).get(h).copied().unwrap_or(0);
        let current = self.entries.read().unwrap_or_else(|e| e.into_inner()).get(name).and_then(|e| e.latest.clone());
        let becomes_latest = as_latest && current.as_deref().is_none_or(|c| order(c) <= order(hash));
        if becomes_latest {
            atomic_write(&folder.join("latest"), hash.as_bytes())?;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let entry = entries.entry(name.to_string()).or_default();
        entry.versions.insert(hash.to_string(), (meta.clone(), Some(plugin)));
        if becomes_latest {
            entry.latest = Some(hash.to_string());
        }
        drop(entries);
        self.changed();
        Ok(meta)
    }

    /// Point "latest" at a published version (promotion or rollback).
    pub fn set_latest(&self, name: &str, hash: &str) -> Result<VersionMeta, RegistryError> {
        let meta = self.version(name, hash)?;
        if meta.status != Status::Published {
            return Err(RegistryError::Invalid(format!(
                "version {} of `{name}` is {:?}; only a published version can be latest",
                short(&meta.hash),
                meta.status
            )));
        }
        let _publishing = self.publishing.lock().unwrap_or_else(|e| e.into_inner());
        {
            // A promotion or rollback counts as the newest event: an upload submitted before it
            // and validated after it must not displace it.
            let mut order = self.order.lock().unwrap_or_else(|e| e.into_inner());
            let next = order.values().copied().max().unwrap_or(0) + 1;
            order.insert(meta.hash.clone(), next);
        }
        atomic_write(&self.dir.join(name).join("latest"), meta.hash.as_bytes())?;
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if let Some(entry) = entries.get_mut(name) {
            entry.latest = Some(meta.hash.clone());
        }
        drop(entries);
        self.changed();
        Ok(meta)
    }

    /// Attach evaluation results to a version.
    pub fn set_evaluation(&self, name: &str, hash: &str, evaluation: serde_json::Value) -> Result<(), RegistryError> {
        let size = evaluation.to_string().len();
        if size > MAX_EVALUATION {
            return Err(RegistryError::Invalid(format!(
                "an evaluation of {size} bytes is over the {MAX_EVALUATION}-byte limit; keep it to the metrics"
            )));
        }
        let meta = self.update(name, hash, |m| m.evaluation = Some(evaluation.clone()))?;
        self.store_meta(&meta)
    }

    fn update(&self, name: &str, hash: &str, change: impl Fn(&mut VersionMeta)) -> Result<VersionMeta, RegistryError> {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get_mut(name).ok_or_else(|| unknown(name))?;
        let full = find(entry, name, hash)?.0.hash.clone();
        let (meta, _) = entry.versions.get_mut(&full).ok_or_else(|| unknown(name))?;
        change(meta);
        let meta = meta.clone();
        drop(entries);
        self.changed();
        Ok(meta)
    }

    fn store_meta(&self, meta: &VersionMeta) -> Result<(), RegistryError> {
        let folder = self.dir.join(&meta.name);
        std::fs::create_dir_all(&folder).map_err(io)?;
        let json = serde_json::to_vec_pretty(meta).map_err(|e| RegistryError::Io(e.to_string()))?;
        atomic_write(&folder.join(format!("{}.json", meta.hash)), &json)
    }
}

fn find<'a>(
    entry: &'a Entry,
    name: &str,
    hash: &str,
) -> Result<&'a (VersionMeta, Option<SchemaPlugin>), RegistryError> {
    if hash.len() < 6 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(RegistryError::Invalid(format!(
            "`{hash}` is not a version hash; give `latest` or at least 6 hex digits of one"
        )));
    }
    let mut matches = entry.versions.iter().filter(|(h, _)| h.starts_with(hash));
    match (matches.next(), matches.next()) {
        (Some((_, v)), None) => Ok(v),
        (None, _) => Err(RegistryError::NotFound(format!("schema `{name}` has no version {hash}"))),
        (Some(_), Some(_)) => Err(RegistryError::Invalid(format!("`{hash}` matches several versions of `{name}`"))),
    }
}

fn unknown(name: &str) -> RegistryError {
    RegistryError::NotFound(format!("no schema named `{name}` in the registry"))
}

/// The first 12 characters of a hash, as messages show it.
pub fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

/// Refuse a schema name that is not lower-case letters, digits, `-` and `_` (at most 64).
pub fn check_name(name: &str) -> Result<(), RegistryError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !name.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(RegistryError::Invalid(format!(
            "`{name}` is not a schema name; use lower-case letters, digits, '-' and '_' (at most 64)"
        )))
    }
}

/// Refuse text the registry would store and serve that is too long or carries control
/// characters (ANSI escapes, bidi overrides, ...); `multiline` allows newlines and tabs.
fn check_text(field: &str, text: &str, max: usize, multiline: bool) -> Result<(), RegistryError> {
    if text.len() > max {
        return Err(RegistryError::Invalid(format!("{field} is {} bytes; at most {max} are kept", text.len())));
    }
    if let Some(bad) = text.chars().find(|&c| !allowed_char(c, multiline)) {
        return Err(RegistryError::Invalid(format!(
            "{field} contains the control character {:?}; use printable text{}",
            bad,
            if multiline { " (newlines and tabs are fine)" } else { " on one line" }
        )));
    }
    Ok(())
}

fn allowed_char(c: char, multiline: bool) -> bool {
    let format = matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}');
    (multiline && (c == '\n' || c == '\t')) || !(c.is_control() || format)
}

/// `text` made fit for a stored field of `max` bytes: control characters other than newlines
/// and tabs dropped, cut at a character boundary (for callers that would rather trim than be
/// refused, e.g. refine's method notes as a description).
pub fn fit_text(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().filter(|&c| allowed_char(c, true)) {
        if out.len() + c.len_utf8() > max {
            break;
        }
        out.push(c);
    }
    out
}

fn io(e: std::io::Error) -> RegistryError {
    RegistryError::Io(e.to_string())
}

fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), RegistryError> {
    let dir = path.parent().ok_or_else(|| RegistryError::Io(format!("{} has no folder", path.display())))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// The current time as RFC 3339 UTC, e.g. "2026-11-24T01:02:03Z".
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_is_checked_for_length_and_control_characters() {
        assert!(check_text("created_by", "automem refine", MAX_CREATED_BY, false).is_ok());
        assert!(check_text("created_by", "\u{1b}[31mred", MAX_CREATED_BY, false).is_err());
        assert!(check_text("created_by", "two\nlines", MAX_CREATED_BY, false).is_err());
        assert!(check_text("description", "two\nlines\tok", MAX_DESCRIPTION, true).is_ok());
        assert!(check_text("description", "bidi \u{202e} override", MAX_DESCRIPTION, true).is_err());
        let long = "v".repeat(MAX_VERSION + 1);
        let refused = check_text("its declared version", &long, MAX_VERSION, false).unwrap_err().to_string();
        assert!(refused.contains("at most 64"), "{refused}");
        assert_eq!(fit_text("a\u{1b}b\nc", 100), "ab\nc");
        assert_eq!(fit_text("ééé", 5), "éé");
    }
}
