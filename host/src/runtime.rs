//! The runtime: one sandboxed engine, one linker per world, the compiled-component cache, and
//! loading of components as games, schemas or policies with their world checked at load.
use crate::bindings;
use crate::cache::{CacheOutcome, ComponentCache, sha256_hex};
use crate::error::{PluginError, PluginErrorKind};
use crate::game::GamePlugin;
use crate::policy::PolicyPlugin;
use crate::sandbox::{HostState, Sandbox, SandboxConfig};
use crate::schema::SchemaPlugin;
use std::path::Path;
use std::sync::Arc;
use wasmtime::component::{Component, HasSelf, InstancePre, Linker};

/// The package every world lives in, with its version.
pub const WIT_PACKAGE: &str = "automem:plugin@0.1.0";

/// The three kinds of plugin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum World {
    /// A game (`world game`).
    Game,
    /// A memory schema (`world memory-schema`).
    MemorySchema,
    /// A policy (`world policy`).
    Policy,
}

impl World {
    /// The world's name in `wit/`.
    pub fn name(self) -> &'static str {
        match self {
            World::Game => "game",
            World::MemorySchema => "memory-schema",
            World::Policy => "policy",
        }
    }
    /// The interface a component of this world must export.
    pub fn export(self) -> String {
        let iface = match self {
            World::Game => "environment",
            World::MemorySchema => "scaffold",
            World::Policy => "agent",
        };
        format!("automem:plugin/{iface}@0.1.0")
    }
    /// Parse a world name as written in a guest's `[package.metadata.automem] world = ...`.
    pub fn parse(name: &str) -> Option<World> {
        [World::Game, World::MemorySchema, World::Policy].into_iter().find(|w| w.name() == name)
    }
}

impl std::fmt::Display for World {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A component compiled and linked once, ready to be instantiated many times.
#[derive(Clone)]
pub struct Loaded {
    /// The plugin's name (its file stem).
    pub name: Arc<str>,
    /// SHA-256 of the component bytes: the plugin's identity.
    pub hash: Arc<str>,
    /// Whether compilation was skipped thanks to the cache.
    pub cache: CacheOutcome,
    pub(crate) pre: InstancePre<HostState>,
}

struct Inner {
    sandbox: Sandbox,
    cache: ComponentCache,
    game_linker: Linker<HostState>,
    schema_linker: Linker<HostState>,
    policy_linker: Linker<HostState>,
}

/// The plugin runtime. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Inner>,
}

impl Runtime {
    /// A runtime with these limits, caching compiled components in `cache_dir` (none: no cache).
    pub fn new(config: SandboxConfig, cache_dir: Option<std::path::PathBuf>) -> anyhow::Result<Self> {
        let sandbox = Sandbox::new(config)?;
        let engine = sandbox.engine();
        // Games and policies get WASI with nothing granted (for guests in other languages) and
        // nothing else; schemas also get the episode memory.
        let mut game_linker = Linker::new(engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut game_linker)?;
        let policy_linker = game_linker.clone();
        let mut schema_linker = game_linker.clone();
        bindings::schema::MemorySchema::add_to_linker::<HostState, HasSelf<HostState>>(&mut schema_linker, |s| s)?;
        Ok(Runtime {
            inner: Arc::new(Inner {
                sandbox,
                cache: ComponentCache::new(cache_dir),
                game_linker,
                schema_linker,
                policy_linker,
            }),
        })
    }

    /// A runtime with default limits and the default cache directory.
    pub fn with_defaults() -> anyhow::Result<Self> {
        Self::new(SandboxConfig::default(), ComponentCache::default_dir())
    }

    /// The sandbox every instance runs in.
    pub fn sandbox(&self) -> &Sandbox {
        &self.inner.sandbox
    }

    /// The compiled-component cache.
    pub fn cache(&self) -> &ComponentCache {
        &self.inner.cache
    }

    /// Load a game component from a file.
    pub fn load_game(&self, path: &Path) -> Result<GamePlugin, PluginError> {
        let (name, bytes) = read_component(path)?;
        self.load_game_bytes(&name, &bytes)
    }

    /// Load a game component from bytes.
    pub fn load_game_bytes(&self, name: &str, bytes: &[u8]) -> Result<GamePlugin, PluginError> {
        let loaded = self.load(name, bytes, World::Game)?;
        let pre = bindings::game::GamePre::new(loaded.pre.clone()).map_err(|e| wrong_world(name, World::Game, e))?;
        let game = GamePlugin::new(loaded, pre, self.clone());
        // What it declares is checked once here, so a game with a 30 MiB version is refused at load.
        game.instantiate(0)?.info()?;
        Ok(game)
    }

    /// Load a memory-schema component from a file.
    pub fn load_schema(&self, path: &Path) -> Result<SchemaPlugin, PluginError> {
        let (name, bytes) = read_component(path)?;
        self.load_schema_bytes(&name, &bytes)
    }

    /// Load a memory-schema component from bytes.
    pub fn load_schema_bytes(&self, name: &str, bytes: &[u8]) -> Result<SchemaPlugin, PluginError> {
        let loaded = self.load(name, bytes, World::MemorySchema)?;
        let pre = bindings::schema::MemorySchemaPre::new(loaded.pre.clone())
            .map_err(|e| wrong_world(name, World::MemorySchema, e))?;
        let schema = SchemaPlugin::new(loaded, pre, self.clone());
        // What it declares is checked once here, so a schema with a 30 MiB version is refused at load.
        schema.instantiate(0, automem_memory::Memory::default())?.describe()?;
        Ok(schema)
    }

    /// Load a policy component from a file.
    pub fn load_policy(&self, path: &Path) -> Result<PolicyPlugin, PluginError> {
        let (name, bytes) = read_component(path)?;
        self.load_policy_bytes(&name, &bytes)
    }

    /// Load a policy component from bytes.
    pub fn load_policy_bytes(&self, name: &str, bytes: &[u8]) -> Result<PolicyPlugin, PluginError> {
        let loaded = self.load(name, bytes, World::Policy)?;
        let pre =
            bindings::policy::PolicyPre::new(loaded.pre.clone()).map_err(|e| wrong_world(name, World::Policy, e))?;
        Ok(PolicyPlugin::new(loaded, pre, self.clone()))
    }

    /// Check the bytes, compile (or load from cache), check the exports and link the imports.
    fn load(&self, name: &str, bytes: &[u8], world: World) -> Result<Loaded, PluginError> {
        check_component_header(name, bytes)?;
        let engine = self.inner.sandbox.engine();
        let (component, cache) =
            self.inner.cache.load(engine, name, bytes).map_err(|e| compile_error(name, &format!("{e:#}")))?;
        check_exports(name, &component, engine, world)?;
        let linker = match world {
            World::Game => &self.inner.game_linker,
            World::MemorySchema => &self.inner.schema_linker,
            World::Policy => &self.inner.policy_linker,
        };
        // A StarlingMonkey build imports wasi:http without using it: linked deny-all (deny_http.rs).
        let with_http;
        let linker = if crate::deny_http::imports_http(&component, engine) {
            with_http = crate::deny_http::link(linker, &component).map_err(|e| {
                PluginError::new(
                    name,
                    "load",
                    PluginErrorKind::ForbiddenImport,
                    format!("cannot link wasi:http: {e:#}"),
                )
            })?;
            &with_http
        } else {
            linker
        };
        let pre = linker.instantiate_pre(&component).map_err(|e| {
            PluginError::new(
                name,
                "load",
                PluginErrorKind::ForbiddenImport,
                format!("imports something a {world} plugin is not granted: {e:#}"),
            )
        })?;
        Ok(Loaded { name: name.into(), hash: sha256_hex(bytes).into(), cache, pre })
    }
}

/// A compile failure; one from the component-model async ABI says how to build a sync component.
fn compile_error(name: &str, detail: &str) -> PluginError {
    let message = if detail.contains("component model async") {
        format!(
            "could not compile: it uses the component-model async ABI ({detail}), which automem does not run: \
             plugin calls are synchronous. Build a sync component: `componentize-qjs --sync` (what `automem build` \
             runs for `toolchain = \"componentize-qjs\"`), `componentize-js` (StarlingMonkey), or componentize-py; \
             `jco componentize --backend qjs` makes async components"
        )
    } else {
        format!("could not compile: {detail}")
    };
    PluginError::new(name, "load", PluginErrorKind::Compile, message)
}

fn read_component(path: &Path) -> Result<(String, Vec<u8>), PluginError> {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "plugin".into());
    let bytes = std::fs::read(path).map_err(|e| {
        PluginError::new(
            &name,
            "load",
            PluginErrorKind::NotAComponent,
            format!("cannot read {}: {e}; build plugins with `automem build`", path.display()),
        )
    })?;
    Ok((name, bytes))
}

/// Refuse anything that is not a component before handing it to the compiler.
fn check_component_header(name: &str, bytes: &[u8]) -> Result<(), PluginError> {
    let not = |msg: &str| Err(PluginError::new(name, "load", PluginErrorKind::NotAComponent, msg));
    if bytes.len() < 8 || &bytes[0..4] != b"\0asm" {
        return not("this is not WebAssembly (no \\0asm header)");
    }
    match &bytes[4..8] {
        [0x0d, 0x00, 0x01, 0x00] => Ok(()),
        [0x01, 0x00, 0x00, 0x00] => {
            not("this is a core WebAssembly module, not a component; build it with `automem build`, \
             which turns guest modules into components")
        }
        other => not(&format!("unknown WebAssembly version/layer bytes {other:02x?}")),
    }
}

/// Say plainly which world's export is missing and what the component does export.
fn check_exports(
    name: &str,
    component: &Component,
    engine: &wasmtime::Engine,
    world: World,
) -> Result<(), PluginError> {
    let wanted = world.export();
    let exports: Vec<String> = component.component_type().exports(engine).map(|(n, _)| n.to_string()).collect();
    if exports.contains(&wanted) {
        return Ok(());
    }
    let looks_like = [World::Game, World::MemorySchema, World::Policy]
        .into_iter()
        .find(|w| exports.iter().any(|e| *e == w.export()))
        .map(|w| format!(" It looks like a {w} plugin."))
        .unwrap_or_default();
    Err(PluginError::new(
        name,
        "load",
        PluginErrorKind::WrongWorld,
        format!(
            "does not implement world `{world}`: it has no export `{wanted}` (its exports: {}).{looks_like}",
            if exports.is_empty() { "none".to_string() } else { exports.join(", ") }
        ),
    ))
}

fn wrong_world(name: &str, world: World, err: wasmtime::Error) -> PluginError {
    PluginError::new(
        name,
        "load",
        PluginErrorKind::WrongWorld,
        format!("its exports do not match world `{world}` of {WIT_PACKAGE}: {err:#}"),
    )
}
