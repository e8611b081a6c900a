//! Guests in Python and JavaScript: a folder with an `automem.toml` instead of a `Cargo.toml`.
//!
//! ```toml
//! [guest]
//! name = "pairs-py"            # the component's name
//! world = "game"               # game, memory-schema or policy
//! toolchain = "componentize-py" # or componentize-js (StarlingMonkey), componentize-qjs (QuickJS)
//! module = "app"               # Python: the module holding the export class
//! # entry = "game.js"          # JavaScript: the ES module with the exports
//! ```
//!
//! The tools are pinned and live in the project's `.tools/` (`scripts/setup-guest-tools.sh`
//! installs them): a Python venv with componentize-py, and a node_modules with componentize-js,
//! componentize-qjs and rolldown (which bundles the JavaScript SDK, `plugins/sdk-js`, into the
//! guest). A build is slow (componentize-py ~20 s, StarlingMonkey ~35 s), so its result is cached
//! by content: the SHA-256 of the guest's files, the SDK's files, `wit/`, the tool and its version,
//! in `~/.cache/automem/guests/` (or `$XDG_CACHE_HOME/automem/guests`, or
//! `$AUTOMEM_GUEST_CACHE_DIR`; `off` disables it). An unchanged guest is a file copy.
use super::discover::Guest;
use super::{BuildError, BuildOptions, Built};
use crate::runtime::World;
use anyhow::Context;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The manifest of a guest in another language.
pub const MANIFEST: &str = "automem.toml";
/// What to run to install the tools.
pub const SETUP_HINT: &str = "run `bash scripts/setup-guest-tools.sh` (scripts/setup.sh runs it), which installs \
the pinned tools into .tools/";
/// The longest one tool may run.
const TOOL_TIMEOUT: Duration = Duration::from_secs(600);
/// Most bytes of source (guest, SDK and WIT together) one guest may hash.
const MAX_SOURCE_BYTES: u64 = 64 << 20;

/// The toolchains a guest may name, with the version each is pinned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toolchain {
    /// componentize-py (CPython; PyPI).
    Python,
    /// componentize-js (StarlingMonkey, SpiderMonkey; npm).
    StarlingMonkey,
    /// componentize-qjs (QuickJS; npm), always with `--sync`.
    QuickJs,
}

impl Toolchain {
    /// Every toolchain.
    pub const ALL: [Toolchain; 3] = [Toolchain::Python, Toolchain::StarlingMonkey, Toolchain::QuickJs];

    /// The name written in `automem.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Toolchain::Python => "componentize-py",
            Toolchain::StarlingMonkey => "componentize-js",
            Toolchain::QuickJs => "componentize-qjs",
        }
    }

    /// The version `scripts/setup-guest-tools.sh` installs.
    pub fn pinned_version(self) -> &'static str {
        match self {
            Toolchain::Python => "0.25.1",
            Toolchain::StarlingMonkey => "0.23.0",
            Toolchain::QuickJs => "0.4.5",
        }
    }

    fn parse(name: &str) -> Option<Toolchain> {
        Toolchain::ALL.into_iter().find(|t| t.name() == name)
    }

    fn is_js(self) -> bool {
        self != Toolchain::Python
    }
}

/// A guest written in Python or JavaScript.
#[derive(Debug, Clone)]
pub struct ForeignGuest {
    /// As a Rust guest is described (its `target` is the toolchain's name).
    pub guest: Guest,
    /// The toolchain that builds it.
    pub toolchain: Toolchain,
    /// Python: the module name; JavaScript: the entry file, relative to the guest's folder.
    pub entry: String,
}

/// Guests with an `automem.toml` directly under each of `roots` (relative to `root`).
pub fn discover(root: &Path, roots: &[PathBuf]) -> anyhow::Result<Vec<ForeignGuest>> {
    let mut guests = Vec::new();
    for sub in roots {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else { continue };
        for entry in entries {
            let manifest = entry?.path().join(MANIFEST);
            if manifest.is_file() {
                guests.push(read_manifest(&manifest)?);
            }
        }
    }
    guests.sort_by(|a, b| a.guest.name.cmp(&b.guest.name));
    Ok(guests)
}

fn read_manifest(manifest: &Path) -> anyhow::Result<ForeignGuest> {
    let at = manifest.display();
    let text = std::fs::read_to_string(manifest).with_context(|| format!("reading {at}"))?;
    let doc: toml::Table = toml::from_str(&text).with_context(|| format!("parsing {at}"))?;
    let table = doc.get("guest").and_then(|g| g.as_table()).with_context(|| format!("{at}: no [guest] table"))?;
    let field = |key: &str| table.get(key).and_then(|v| v.as_str());
    let name = field("name").with_context(|| format!("{at}: [guest] has no name"))?;
    anyhow::ensure!(
        !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "{at}: name `{name}` must be 1-64 letters, digits, '-' or '_'"
    );
    let world = field("world").with_context(|| format!("{at}: [guest] has no world"))?;
    let world = World::parse(world)
        .with_context(|| format!("{at}: unknown world `{world}`; use game, memory-schema or policy"))?;
    let tool = field("toolchain").with_context(|| format!("{at}: [guest] has no toolchain"))?;
    let toolchain = Toolchain::parse(tool).with_context(|| {
        format!("{at}: unknown toolchain `{tool}`; use one of {}", Toolchain::ALL.map(Toolchain::name).join(", "))
    })?;
    let key = if toolchain.is_js() { "entry" } else { "module" };
    let entry = field(key).with_context(|| format!("{at}: a {tool} guest needs `{key}` in [guest]"))?;
    let dir = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
    let valid = if toolchain.is_js() {
        !entry.contains("..") && !entry.starts_with('/') && dir.join(entry).is_file()
    } else {
        !entry.is_empty()
            && entry.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
    };
    anyhow::ensure!(
        valid,
        "{at}: `{key} = \"{entry}\"` is not a file (JavaScript) or module name (Python) of the guest"
    );
    let guest = Guest { name: name.to_string(), dir, world, target: toolchain.name().to_string() };
    Ok(ForeignGuest { guest, toolchain, entry: entry.to_string() })
}

/// Where the tools live: `$AUTOMEM_TOOLS_DIR`, else `ROOT/.tools`.
pub fn tools_dir(root: &Path) -> PathBuf {
    std::env::var_os("AUTOMEM_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|| root.join(".tools"))
}

/// The built-component cache: `$AUTOMEM_GUEST_CACHE_DIR` (`off`: none), else
/// `$XDG_CACHE_HOME/automem/guests`, else `~/.cache/automem/guests`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AUTOMEM_GUEST_CACHE_DIR") {
        return (dir != "off").then(|| PathBuf::from(dir));
    }
    Some(crate::cache::cache_home()?.join("guests"))
}

/// The tool's executable and its installed version, or why it cannot be used.
fn installed(tools: &Path, toolchain: Toolchain) -> Result<(PathBuf, String), BuildError> {
    let missing = |what: String| BuildError::Toolchain(format!("{what}; {SETUP_HINT}"));
    let (bin, version) = if toolchain.is_js() {
        let modules = tools.join("js").join("node_modules");
        let package = match toolchain {
            Toolchain::StarlingMonkey => "@bytecodealliance/componentize-js",
            _ => "componentize-qjs",
        };
        let meta = std::fs::read_to_string(modules.join(package).join("package.json"))
            .map_err(|_| missing(format!("{} is not installed in {}", toolchain.name(), modules.display())))?;
        let meta: serde_json::Value = serde_json::from_str(&meta)
            .map_err(|e| missing(format!("{package}'s package.json is unreadable ({e})")))?;
        let version = meta["version"].as_str().unwrap_or_default().to_string();
        (modules.join(".bin").join(toolchain.name()), version)
    } else {
        let bin = tools.join("venv").join("bin").join("componentize-py");
        let out = Command::new(&bin)
            .arg("--version")
            .output()
            .map_err(|_| missing(format!("componentize-py is not installed in {}", tools.join("venv").display())))?;
        let text = String::from_utf8_lossy(&out.stdout);
        (bin, text.split_whitespace().last().unwrap_or_default().to_string())
    };
    if version != toolchain.pinned_version() {
        return Err(missing(format!(
            "{} {version} is installed, automem pins {}",
            toolchain.name(),
            toolchain.pinned_version()
        )));
    }
    if toolchain.is_js() && !tools.join("js/node_modules/.bin/rolldown").is_file() {
        return Err(missing("rolldown (which bundles the JavaScript SDK) is not installed".into()));
    }
    Ok((bin, version))
}

/// The SDK folder of a toolchain's language.
fn sdk_dir(root: &Path, toolchain: Toolchain) -> PathBuf {
    root.join("plugins").join(if toolchain.is_js() { "sdk-js" } else { "sdk-py" })
}

/// Build every guest (cache hit or tool run) into `options.components_dir()`.
pub fn build(options: &BuildOptions, guests: Vec<ForeignGuest>) -> Result<Vec<Built>, BuildError> {
    if guests.is_empty() {
        return Ok(Vec::new());
    }
    if options.confine.is_some() {
        // Confined builds are refine's, of untrusted Rust source; these tools are not confined.
        let names: Vec<&str> = guests.iter().map(|g| g.guest.name.as_str()).collect();
        return Err(BuildError::Toolchain(format!(
            "guests {} are Python/JavaScript: a confined build (refine) builds Rust guests only",
            names.join(", ")
        )));
    }
    let tools = tools_dir(&options.root);
    let out_dir = options.components_dir();
    std::fs::create_dir_all(&out_dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", out_dir.display()))?;
    let work_root = options.cargo_target_dir().with_file_name("foreign-guests");
    let cache = cache_dir();
    let mut built = Vec::new();
    for guest in guests {
        let (bin, version) = match installed(&tools, guest.toolchain) {
            Ok(found) => found,
            // Building everything: a Rust-only machine still builds its Rust guests.
            Err(e) if options.only.is_empty() => {
                eprintln!("automem: skipping `{}`: {e}", guest.guest.name);
                continue;
            }
            Err(e) => return Err(e),
        };
        let key = source_key(&options.root, &guest, &version)?;
        let component = out_dir.join(format!("{}.wasm", guest.guest.name));
        let stamp_path = component.with_extension("wasm.source-sha256");
        if component.is_file() && std::fs::read_to_string(&stamp_path).is_ok_and(|s| s.trim() == key) {
            built.push(Built { guest: guest.guest, component, encoded: false });
            continue;
        }
        let cached = cache.as_ref().map(|c| c.join(format!("{key}.wasm")));
        let bytes = match cached.as_ref().and_then(|c| std::fs::read(c).ok()) {
            Some(bytes) => bytes,
            None => {
                let started = Instant::now();
                eprintln!("automem: building `{}` with {} {version}", guest.guest.name, guest.toolchain.name());
                let bytes = run_tool(&options.root, &tools, &bin, &guest, &work_root.join(&guest.guest.name))?;
                tracing::info!(guest = %guest.guest.name, elapsed = ?started.elapsed(), "built a foreign guest");
                if let Some(cached) = &cached
                    && let Err(e) = write_atomic(cached, &bytes)
                {
                    tracing::warn!("could not cache {}: {e:#}", cached.display());
                }
                bytes
            }
        };
        write_atomic(&component, &bytes)
            .and_then(|()| std::fs::write(&stamp_path, &key).map_err(Into::into))
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e:#}", component.display()))?;
        built.push(Built { guest: guest.guest, component, encoded: true });
    }
    Ok(built)
}

/// SHA-256 over what decides the output: the tool and its version, the world, the entry, and
/// every file of the guest, its language's SDK and `wit/` (relative path and content).
fn source_key(root: &Path, guest: &ForeignGuest, version: &str) -> Result<String, BuildError> {
    let mut hasher = Sha256::new();
    for part in [guest.toolchain.name(), version, guest.guest.world.name(), &guest.entry, &guest.guest.name] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    let mut budget = MAX_SOURCE_BYTES;
    for (label, dir) in
        [("guest", guest.guest.dir.clone()), ("sdk", sdk_dir(root, guest.toolchain)), ("wit", root.join("wit"))]
    {
        let mut files = Vec::new();
        list_files(&dir, &dir, &mut files)?;
        files.sort();
        for rel in files {
            let bytes =
                std::fs::read(dir.join(&rel)).map_err(|e| anyhow::anyhow!("{}: {e}", dir.join(&rel).display()))?;
            budget = budget.checked_sub(bytes.len() as u64).ok_or_else(|| {
                anyhow::anyhow!("guest `{}`: its sources pass {MAX_SOURCE_BYTES} bytes", guest.guest.name)
            })?;
            let name = format!("{label}/{}", rel.to_string_lossy());
            hasher.update((name.len() as u64).to_le_bytes());
            hasher.update(name.as_bytes());
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Regular files under `dir`, relative to `base`; hidden entries, `__pycache__` and
/// `node_modules` are skipped, and a symbolic link is refused (it could name anything).
fn list_files(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), BuildError> {
    let entries = std::fs::read_dir(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "__pycache__" || name == "node_modules" {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if kind.is_symlink() {
            return Err(BuildError::Io(anyhow::anyhow!(
                "{} is a symbolic link; a guest's sources must be plain files",
                path.display()
            )));
        } else if kind.is_dir() {
            list_files(base, &path, out)?;
        } else if kind.is_file() {
            out.push(path.strip_prefix(base).unwrap_or(&path).to_path_buf());
        }
    }
    Ok(())
}

/// Run the toolchain in `work` (cleared first); returns the component's bytes.
fn run_tool(root: &Path, tools: &Path, bin: &Path, guest: &ForeignGuest, work: &Path) -> Result<Vec<u8>, BuildError> {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", work.display()))?;
    let out = work.join("component.wasm");
    let wit = root.join("wit");
    let world = guest.guest.world.name();
    let mut cmd = Command::new(bin);
    match guest.toolchain {
        Toolchain::Python => {
            cmd.arg("-d").arg(&wit).args(["-w", world, "componentize", "-p"]).arg(&guest.guest.dir);
            cmd.arg("-p").arg(sdk_dir(root, guest.toolchain)).arg(&guest.entry).arg("-o").arg(&out);
        }
        Toolchain::StarlingMonkey | Toolchain::QuickJs => {
            let bundle = bundle_js(root, tools, guest, work)?;
            if guest.toolchain == Toolchain::QuickJs {
                cmd.arg("--wit").arg(&wit).args(["--world", world, "--sync", "--js"]).arg(&bundle);
                cmd.arg("-o").arg(&out);
            } else {
                cmd.arg("--wit").arg(&wit).args(["--world-name", world, "-o"]).arg(&out).arg(&bundle);
            }
        }
    }
    cmd.current_dir(work);
    run_bounded(cmd, &guest.guest.name, guest.toolchain.name())?;
    std::fs::read(&out).map_err(|e| BuildError::Componentize {
        guest: guest.guest.name.clone(),
        message: format!("the tool wrote no component: {e}"),
    })
}

/// Bundle the guest's entry and the JavaScript SDK (`import ... from "automem"`) into one ES
/// module with rolldown; WIT imports (`automem:plugin/memory@0.1.0`, `wasi:...`) stay imports.
fn bundle_js(root: &Path, tools: &Path, guest: &ForeignGuest, work: &Path) -> Result<PathBuf, BuildError> {
    let sdk = sdk_dir(root, guest.toolchain);
    let bundle = work.join("bundle.js");
    let js = |p: &Path| serde_json::Value::String(p.to_string_lossy().into_owned()).to_string();
    let config = format!(
        "export default {{\n  input: {input},\n  external: [/^[a-z][a-z0-9-]*:/],\n  platform: \"neutral\",\n  \
         resolve: {{ alias: {{ \"automem/memory\": {memory}, \"automem\": {sdk} }} }},\n  \
         output: {{ file: {out}, format: \"esm\" }},\n}};\n",
        input = js(&guest.guest.dir.join(&guest.entry)),
        memory = js(&sdk.join("memory.js")),
        sdk = js(&sdk.join("automem.js")),
        out = js(&bundle),
    );
    let config_path = work.join("rolldown.config.mjs");
    std::fs::write(&config_path, config).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", config_path.display()))?;
    let mut cmd = Command::new(tools.join("js/node_modules/.bin/rolldown"));
    cmd.arg("-c").arg(&config_path).current_dir(work);
    run_bounded(cmd, &guest.guest.name, "rolldown")?;
    Ok(bundle)
}

/// Run `cmd` with a small environment and its output captured, as a process tree of its own
/// (`confine.rs`: its own process group, and PID namespace when allowed) killed after
/// [`TOOL_TIMEOUT`]. Not Landlock-confined: the tools and the guest's source are the user's own.
fn run_bounded(mut cmd: Command, guest: &str, tool: &str) -> Result<(), BuildError> {
    let mut env: Vec<(std::ffi::OsString, std::ffi::OsString)> = ["PATH", "HOME", "LANG", "TMPDIR"]
        .into_iter()
        .filter_map(|k| std::env::var_os(k).map(|v| (k.into(), v)))
        .collect();
    env.push(("PYTHONHASHSEED".into(), "0".into()));
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let confinement = super::confine::Confinement { env: Some(env), timeout: Some(TOOL_TIMEOUT), ..Default::default() };
    let mut child = super::confine::spawn(cmd, &confinement)
        .map_err(|e| BuildError::Toolchain(format!("cannot run {tool}: {e:#}; {SETUP_HINT}")))?;
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = (&mut pipe).take(1 << 20).read_to_end(&mut text);
                let _ = std::io::copy(&mut pipe, &mut std::io::sink());
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let stdout = read(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = read(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let exit = child.wait().map_err(|e| BuildError::Io(anyhow::anyhow!("waiting for {tool}: {e}")))?;
    let text = format!("{}{}", stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
    let lines: Vec<&str> = text.lines().collect();
    let tail = lines[lines.len().saturating_sub(40)..].join("\n");
    if exit.timed_out {
        return Err(BuildError::Compile(vec![(
            guest.to_string(),
            format!("{tool} ran past {} s and was killed:\n{tail}", TOOL_TIMEOUT.as_secs()),
        )]));
    }
    if !exit.status.success() {
        return Err(BuildError::Compile(vec![(
            guest.to_string(),
            format!("{tool} failed ({}):\n{tail}", exit.status),
        )]));
    }
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path)?;
    Ok(())
}
