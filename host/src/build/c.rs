//! `automem build` for games whose core is C: compile it for wasm32 with Debian's clang and
//! wasi-libc, run its build-time tools (themselves compiled to modules that import nothing) in
//! wasmtime, and hand cargo an archive (and the sysroot archives after it) to link into the Rust
//! crate; after cargo,
//! transform the crate's module with binaryen's asyncify when the recipe asks for it.
//!
//! A guest opts in with `[package.metadata.automem] c = "<recipe.toml>"`. The recipe (see
//! `games/nethack/cbuild.toml`) names the sources, flags, tools, tool steps and the files the crate
//! embeds. Everything is written under `<cargo target dir>/c/<guest>/`, stamped with a SHA-256 of
//! the recipe, every input file and the compiler's version: an unchanged source is not rebuilt.
//! The crate's `build.rs` finds that folder from its `OUT_DIR` and links `lib/lib<library>.a` and
//! the archives `lib/lib<library>.link` lists.
use super::BuildError;
use super::discover::Guest;
use crate::cache::sha256_hex;
use anyhow::{Context, anyhow, bail};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Bumped when the layout of the outputs or the way they are made changes.
const FORMAT: &str = "automem-c-build-1";
/// At most this many compilers at once (the machines this runs on are small and shared).
const MAX_JOBS: usize = 2;
/// Bound on one build-time tool run, in wasm fuel (instructions, roughly).
const TOOL_FUEL: u64 = 200_000_000_000;

/// How a guest's C side is built, read from its recipe file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipe {
    /// Name of the archive the crate links: `lib/lib<library>.a`.
    pub library: String,
    /// Files and folders (relative to the recipe's folder, as every path here) whose contents
    /// decide whether to rebuild.
    pub inputs: Vec<String>,
    /// Flags for every C and C++ compilation; `{crate}` and `{gen}` expand to the recipe's folder
    /// and the generated tree.
    #[serde(default)]
    pub cflags: Vec<String>,
    /// Extra flags for C++ sources.
    #[serde(default)]
    pub cxxflags: Vec<String>,
    /// The library's sources: files, or `dir/*.c`-style globs (relative to the crate).
    pub sources: Vec<String>,
    /// Libraries of the wasi-libc sysroot linked after the archive, e.g. `c`, `c++`.
    #[serde(default)]
    pub libs: Vec<String>,
    /// Source folders copied into the generated tree before the steps: crate path -> tree path.
    #[serde(default)]
    pub tree: BTreeMap<String, String>,
    /// Build-time tools, compiled to modules that import nothing (by name).
    #[serde(default)]
    pub tools: BTreeMap<String, Tool>,
    /// Tool runs, in order; each sees the whole generated tree and writes into it.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Files of the generated tree the crate embeds; copied to `data/`.
    #[serde(default)]
    pub embed: Vec<String>,
    /// Run binaryen's asyncify on the crate's module after cargo (the C code yields from inside).
    #[serde(default)]
    pub asyncify: bool,
    /// A file (relative to the crate) naming, one a line (`#` starts a comment), the only
    /// functions asyncify instruments: those that can be on the stack when the code yields.
    /// Without it asyncify instruments every function that may reach a yield, indirect calls
    /// included (nearly all of a C program called through function pointers).
    #[serde(default)]
    pub asyncify_onlylist: Option<String>,
}

/// A build-time tool.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Its sources (as in [`Recipe::sources`]).
    pub sources: Vec<String>,
    /// Flags besides the recipe's `cflags`.
    #[serde(default)]
    pub cflags: Vec<String>,
}

/// One run of a tool.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Which tool.
    pub tool: String,
    /// The working folder inside the generated tree.
    #[serde(default)]
    pub cwd: String,
    /// Its arguments (after the program name); `{glob:dir/*.ext}` expands to the matching
    /// file names of the generated tree's `dir`, sorted.
    pub args: Vec<String>,
    /// What the tool's clock reads, in seconds since 1970 (default 0).
    #[serde(default)]
    pub time: u64,
}

/// The guest's recipe, when its manifest names one.
pub fn recipe_of(guest: &Guest) -> Result<Option<(PathBuf, Recipe)>, BuildError> {
    let manifest = guest.dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).with_context(|| format!("reading {}", manifest.display()))?;
    let doc: toml::Table = toml::from_str(&text).with_context(|| format!("parsing {}", manifest.display()))?;
    let Some(file) =
        doc.get("package").and_then(|p| p.get("metadata")).and_then(|m| m.get("automem")).and_then(|a| a.get("c"))
    else {
        return Ok(None);
    };
    let file =
        file.as_str().ok_or_else(|| anyhow!("{}: metadata.automem.c must be a file name", manifest.display()))?;
    let path = guest.dir.join(file);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("guest `{}`: cannot read its C recipe {}", guest.name, path.display()))?;
    let recipe: Recipe =
        toml::from_str(&text).with_context(|| format!("guest `{}`: bad C recipe {}", guest.name, path.display()))?;
    Ok(Some((path, recipe)))
}

/// Where a guest's C outputs live.
pub fn out_dir(cargo_target_dir: &Path, guest: &str) -> PathBuf {
    cargo_target_dir.join("c").join(guest)
}

/// Build the C side of every guest that has a recipe (before cargo runs).
pub fn prepare(guests: &[Guest], cargo_target_dir: &Path, verbose: bool) -> Result<(), BuildError> {
    for guest in guests {
        if let Some((path, recipe)) = recipe_of(guest)? {
            build_c(guest, &path, &recipe, cargo_target_dir, verbose)
                .map_err(|e| BuildError::Compile(vec![(guest.name.clone(), format!("{e:#}"))]))?;
        }
    }
    Ok(())
}

/// After cargo: the module to componentize (asyncified when the recipe says so).
pub fn finish(guest: &Guest, core: &Path, cargo_target_dir: &Path) -> Result<PathBuf, BuildError> {
    let Some((_, recipe)) = recipe_of(guest)? else {
        return Ok(core.to_path_buf());
    };
    if !recipe.asyncify {
        return Ok(core.to_path_buf());
    }
    asyncify(guest, core, recipe.asyncify_onlylist.as_deref(), &out_dir(cargo_target_dir, &guest.name))
        .map_err(|e| BuildError::Compile(vec![(guest.name.clone(), format!("{e:#}"))]))
}

/// The compilers and the sysroot.
struct Toolchain {
    cc: PathBuf,
    cxx: PathBuf,
    ar: PathBuf,
    sysroot: PathBuf,
    version: String,
}

fn find_program(candidates: &[&str], what: &str) -> anyhow::Result<PathBuf> {
    for name in candidates {
        if let Ok(out) = Command::new(name).arg("--version").output()
            && out.status.success()
        {
            return Ok(PathBuf::from(name));
        }
    }
    bail!(
        "{what} not found (tried {}); run scripts/setup.sh, which installs Debian's clang-16, lld-16, wasi-libc and binaryen",
        candidates.join(", ")
    )
}

fn toolchain(out: &Path) -> anyhow::Result<Toolchain> {
    let cc = find_program(&["clang-16", "clang"], "a C compiler for wasm32")?;
    let cxx = find_program(&["clang++-16", "clang++"], "a C++ compiler for wasm32")?;
    let ar = find_program(&["llvm-ar-16", "llvm-ar"], "llvm-ar")?;
    let headers = Path::new("/usr/include/wasm32-wasi");
    let libs = Path::new("/usr/lib/wasm32-wasi");
    if !headers.join("stdio.h").is_file() || !libs.join("libc.a").is_file() {
        bail!("wasi-libc is not installed ({} and {}); run scripts/setup.sh", headers.display(), libs.display());
    }
    // A sysroot of two links: `--sysroot=/usr` would let glibc's headers in.
    let sysroot = out.join("sysroot");
    std::fs::create_dir_all(sysroot.join("lib"))?;
    for (link, target) in [(sysroot.join("include"), headers), (sysroot.join("lib/wasm32-wasi"), libs)] {
        if std::fs::read_link(&link).ok().as_deref() != Some(target) {
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(target, &link).with_context(|| format!("linking {}", link.display()))?;
        }
    }
    let version =
        Command::new(&cc).arg("--version").output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned())?;
    Ok(Toolchain { cc, cxx, ar, sysroot, version })
}

/// Files under `rel` (a file or folder of the crate), sorted, as crate-relative paths.
fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) -> anyhow::Result<()> {
    let path = dir.join(rel);
    if path.is_file() {
        out.push(rel.to_string());
        return Ok(());
    }
    let mut entries: Vec<_> =
        std::fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        walk(dir, &format!("{rel}/{name}"), out)?;
    }
    Ok(())
}

/// Expand `dir/*.ext` globs (only in the last component) and plain files.
fn expand(dir: &Path, patterns: &[String]) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for pattern in patterns {
        let (folder, last) = pattern.rsplit_once('/').unwrap_or((".", pattern));
        if let Some((prefix, suffix)) = last.split_once('*') {
            let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
                .with_context(|| format!("source pattern {pattern}"))?
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
                .collect();
            names.sort();
            if names.is_empty() {
                bail!("source pattern {pattern} matches no file");
            }
            out.extend(names.into_iter().map(|n| format!("{folder}/{n}")));
        } else {
            if !dir.join(pattern).is_file() {
                bail!("source {pattern} does not exist");
            }
            out.push(pattern.clone());
        }
    }
    Ok(out)
}

/// The stamp of a build: the recipe, every input file and the compiler.
fn input_hash(dir: &Path, recipe_path: &Path, recipe: &Recipe, tc: &Toolchain) -> anyhow::Result<String> {
    let mut h = Sha256::new();
    h.update(FORMAT);
    h.update(&tc.version);
    h.update(std::fs::read(recipe_path)?);
    let mut files = Vec::new();
    for input in &recipe.inputs {
        walk(dir, input, &mut files)?;
    }
    for file in files {
        h.update(file.as_bytes());
        h.update([0]);
        let bytes = std::fs::read(dir.join(&file))?;
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

fn build_c(guest: &Guest, recipe_path: &Path, recipe: &Recipe, target: &Path, verbose: bool) -> anyhow::Result<()> {
    let out = out_dir(target, &guest.name);
    std::fs::create_dir_all(&out)?;
    let tc = toolchain(&out)?;
    // Paths in a recipe are relative to its own folder, so crates sharing one recipe (NetHack
    // and MiniHack) share its build: same inputs, same hash, one entry in the shared cache.
    let dir = recipe_path.parent().map(Path::to_path_buf).unwrap_or_else(|| guest.dir.clone());
    let hash = input_hash(&dir, recipe_path, recipe, &tc)?;
    let stamp = out.join("stamp");
    let object = out.join("lib").join(format!("lib{}.a", recipe.library));
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == hash)
        && outputs(&out, recipe).iter().all(|f| f.is_file())
    {
        return Ok(());
    }
    let shared = shared_cache().map(|cache| cache.join(format!("{}-{hash}", recipe.library)));
    if let Some(shared) = &shared
        && restore(shared, &out, recipe)?
    {
        std::fs::write(&stamp, &hash)?;
        return Ok(());
    }
    eprintln!("automem: compiling the C side of `{}` (once per source change; this takes minutes)", guest.name);
    let _ = std::fs::remove_file(&stamp);
    let gen_dir = out.join("gen");
    if gen_dir.exists() {
        std::fs::remove_dir_all(&gen_dir)?;
    }
    std::fs::create_dir_all(&gen_dir)?;
    for (from, to) in &recipe.tree {
        copy_tree(&dir.join(from), &gen_dir.join(to))?;
    }
    let ctx = Ctx { dir: dir.clone(), gen_dir: gen_dir.clone(), tc, verbose };
    // The tools and their steps first: they generate headers the library includes.
    let engine = tool_engine()?;
    let mut tools: BTreeMap<String, wasmtime::Module> = BTreeMap::new();
    for step in &recipe.steps {
        if !tools.contains_key(&step.tool) {
            let tool = recipe.tools.get(&step.tool).ok_or_else(|| anyhow!("step uses unknown tool `{}`", step.tool))?;
            let wasm = ctx.link_tool(&step.tool, tool, recipe, &out.join("tools"))?;
            let module =
                wasmtime::Module::from_file(&engine, &wasm).map_err(|e| anyhow!("tool `{}`: {e:#}", step.tool))?;
            tools.insert(step.tool.clone(), module);
        }
        let module = &tools[&step.tool];
        run_step(&engine, module, step, &gen_dir)
            .with_context(|| format!("running {} {}", step.tool, step.args.join(" ")))?;
    }
    // The library: every source compiled into one archive; `lib/<library>.link` lists the
    // sysroot's archives the crate links after it (build.rs passes both to the linker).
    let sources = expand(&dir, &recipe.sources)?;
    let objects = ctx.compile_all(&sources, &[], recipe, &out.join("obj"))?;
    std::fs::create_dir_all(object.parent().unwrap_or(&out))?;
    let _ = std::fs::remove_file(&object);
    let mut cmd = Command::new(&ctx.tc.ar);
    cmd.arg("rcs").arg(&object).args(&objects);
    run(&mut cmd, "archiving the C library")?;
    // The real folder, not the sysroot link inside this target folder: the list is kept in the
    // shared cache and read from other checkouts.
    let libdir = std::fs::canonicalize(ctx.tc.sysroot.join("lib/wasm32-wasi"))?;
    let mut link = String::new();
    for lib in &recipe.libs {
        let path = libdir.join(format!("lib{lib}.a"));
        if !path.is_file() {
            bail!("the recipe links {lib}, but {} does not exist; run scripts/setup.sh", path.display());
        }
        link.push_str(&format!("{}\n", path.display()));
    }
    std::fs::write(object.with_extension("link"), link)?;
    let data = out.join("data");
    std::fs::create_dir_all(&data)?;
    for file in &recipe.embed {
        std::fs::copy(gen_dir.join(file), data.join(base(file)))
            .with_context(|| format!("the recipe embeds {file}, which no step made"))?;
    }
    std::fs::write(&stamp, &hash)?;
    if let Some(shared) = &shared
        && let Err(e) = keep(&out, shared, recipe)
    {
        eprintln!("automem: could not keep the C build of `{}` in {}: {e:#}", guest.name, shared.display());
    }
    Ok(())
}

/// Where finished C builds are kept across checkouts, by input hash (a fresh clone, as in CI,
/// would otherwise compile NetHack again): `$AUTOMEM_CACHE_DIR/c`, else `$XDG_CACHE_HOME/automem/c`
/// or `~/.cache/automem/c`; `AUTOMEM_CACHE_DIR=off` keeps none.
fn shared_cache() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AUTOMEM_CACHE_DIR") {
        return (dir != "off").then(|| PathBuf::from(dir).join("c"));
    }
    Some(crate::cache::cache_home()?.join("c"))
}

/// The files of a finished build, relative to its output folder: what the crate links and embeds.
fn output_names(recipe: &Recipe) -> Vec<PathBuf> {
    let mut names = vec![
        Path::new("lib").join(format!("lib{}.a", recipe.library)),
        Path::new("lib").join(format!("lib{}.link", recipe.library)),
    ];
    names.extend(recipe.embed.iter().map(|f| Path::new("data").join(base(f))));
    names
}

fn outputs(out: &Path, recipe: &Recipe) -> Vec<PathBuf> {
    output_names(recipe).into_iter().map(|n| out.join(n)).collect()
}

/// Copy a kept build into `out`; false when there is none (or it is incomplete).
fn restore(shared: &Path, out: &Path, recipe: &Recipe) -> anyhow::Result<bool> {
    let names = output_names(recipe);
    if !names.iter().all(|n| shared.join(n).is_file()) {
        return Ok(false);
    }
    for name in names {
        let to = out.join(&name);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(shared.join(&name), &to).with_context(|| format!("restoring {}", to.display()))?;
    }
    Ok(true)
}

/// Keep a finished build in the shared cache: written beside it, then renamed into place, so a
/// reader never sees half of one.
fn keep(out: &Path, shared: &Path, recipe: &Recipe) -> anyhow::Result<()> {
    if shared.is_dir() {
        return Ok(());
    }
    let parent = shared.parent().ok_or_else(|| anyhow!("no parent folder"))?;
    std::fs::create_dir_all(parent)?;
    let tmp = tempfile::Builder::new().prefix(".partial-").tempdir_in(parent)?;
    for name in output_names(recipe) {
        let to = tmp.path().join(&name);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(out.join(&name), &to)?;
    }
    let tmp = tmp.keep();
    if std::fs::rename(&tmp, shared).is_err() {
        // Another build kept the same inputs first.
        let _ = std::fs::remove_dir_all(&tmp);
    }
    Ok(())
}

fn base(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(&path, to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

fn run(cmd: &mut Command, what: &str) -> anyhow::Result<()> {
    let out = cmd.output().with_context(|| format!("{what}: cannot run {:?}", cmd.get_program()))?;
    if !out.status.success() {
        bail!("{what} failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
    Ok(())
}

struct Ctx {
    dir: PathBuf,
    gen_dir: PathBuf,
    tc: Toolchain,
    verbose: bool,
}

impl Ctx {
    fn flag(&self, f: &str) -> String {
        f.replace("{crate}", &self.dir.to_string_lossy()).replace("{gen}", &self.gen_dir.to_string_lossy())
    }

    /// Compile `sources` (crate-relative) into `obj_dir`, at most MAX_JOBS at once.
    fn compile_all(
        &self,
        sources: &[String],
        extra: &[String],
        recipe: &Recipe,
        obj_dir: &Path,
    ) -> anyhow::Result<Vec<PathBuf>> {
        std::fs::create_dir_all(obj_dir)?;
        let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, MAX_JOBS);
        let next = std::sync::atomic::AtomicUsize::new(0);
        let errors = std::sync::Mutex::new(Vec::new());
        let objects: Vec<PathBuf> =
            sources.iter().map(|s| obj_dir.join(format!("{}.o", s.replace('/', "__")))).collect();
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(source) = sources.get(i) else { break };
                        if let Err(e) = self.compile(source, &objects[i], extra, recipe)
                            && let Ok(mut errs) = errors.lock()
                        {
                            errs.push(format!("{e:#}"));
                        }
                    }
                });
            }
        });
        let errors = errors.into_inner().unwrap_or_default();
        if !errors.is_empty() {
            bail!("{}", errors.join("\n"));
        }
        Ok(objects)
    }

    fn compile(&self, source: &str, object: &Path, extra: &[String], recipe: &Recipe) -> anyhow::Result<()> {
        let cxx = source.ends_with(".cc") || source.ends_with(".cpp");
        let mut cmd = Command::new(if cxx { &self.tc.cxx } else { &self.tc.cc });
        cmd.arg("--target=wasm32-wasi").arg(format!("--sysroot={}", self.tc.sysroot.display()));
        cmd.args(recipe.cflags.iter().map(|f| self.flag(f)));
        cmd.args(extra.iter().map(|f| self.flag(f)));
        if cxx {
            cmd.args(recipe.cxxflags.iter().map(|f| self.flag(f)));
        }
        cmd.arg("-c").arg(self.dir.join(source)).arg("-o").arg(object);
        if self.verbose {
            eprintln!("automem: cc {source}");
        }
        run(&mut cmd, &format!("compiling {source}"))
    }

    /// A tool as a module that imports nothing (a WASI reactor whose WASI is in the module).
    fn link_tool(&self, name: &str, tool: &Tool, recipe: &Recipe, dir: &Path) -> anyhow::Result<PathBuf> {
        let sources = expand(&self.dir, &tool.sources)?;
        let objects = self.compile_all(&sources, &tool.cflags, recipe, &dir.join(name))?;
        let wasm = dir.join(format!("{name}.wasm"));
        let mut cmd = Command::new(&self.tc.cc);
        cmd.arg("--target=wasm32-wasi")
            .arg(format!("--sysroot={}", self.tc.sysroot.display()))
            .arg("-mexec-model=reactor")
            .arg("-O0")
            .args(&objects)
            .arg("-o")
            .arg(&wasm);
        for lib in &recipe.libs {
            if !lib.starts_with("c++") {
                cmd.arg(format!("-l{lib}"));
            }
        }
        run(&mut cmd, &format!("linking tool {name}"))?;
        Ok(wasm)
    }
}

fn tool_engine() -> anyhow::Result<wasmtime::Engine> {
    let mut config = wasmtime::Config::new();
    config.consume_fuel(true);
    wasmtime::Engine::new(&config).map_err(|e| anyhow!("cannot start wasmtime for the build tools: {e:#}"))
}

/// Run one step: the whole generated tree in, the tool's changed files out.
fn run_step(engine: &wasmtime::Engine, module: &wasmtime::Module, step: &Step, gen_dir: &Path) -> anyhow::Result<()> {
    use wasmtime::{Instance, Store, TypedFunc};
    let mut store = Store::new(engine, ());
    store.set_fuel(TOOL_FUEL).map_err(|e| anyhow!("{e:#}"))?;
    let instance = Instance::new(&mut store, module, &[]).map_err(|e| anyhow!("instantiating: {e:#}"))?;
    let memory = instance.get_memory(&mut store, "memory").ok_or_else(|| anyhow!("the tool exports no memory"))?;
    macro_rules! func {
        ($name:literal, $p:ty, $r:ty) => {
            instance
                .get_typed_func::<$p, $r>(&mut store, $name)
                .map_err(|e| anyhow!("the tool lacks {}: {e:#}", $name))?
        };
    }
    let init: TypedFunc<(), ()> = func!("_initialize", (), ());
    let reset: TypedFunc<(), ()> = func!("tool_reset", (), ());
    let alloc: TypedFunc<u32, u32> = func!("tool_alloc", u32, u32);
    let add: TypedFunc<(u32, u32, u32), i32> = func!("tool_add", (u32, u32, u32), i32);
    let cwd: TypedFunc<u32, ()> = func!("tool_cwd", u32, ());
    let clock: TypedFunc<u64, ()> = func!("tool_time", u64, ());
    let run_main: TypedFunc<(u32, u32), ()> = func!("tool_run", (u32, u32), ());
    let status: TypedFunc<(), i32> = func!("tool_status", (), i32);
    let slots: TypedFunc<(), i32> = func!("tool_slots", (), i32);
    let name_of: TypedFunc<i32, u32> = func!("tool_name", i32, u32);
    let data_of: TypedFunc<i32, u32> = func!("tool_data", i32, u32);
    let output: TypedFunc<i32, u32> = func!("tool_output", i32, u32);
    let len: TypedFunc<(), u32> = func!("tool_len", (), u32);
    let err = |e: wasmtime::Error| anyhow!("{e:#}");
    init.call(&mut store, ()).map_err(err)?;
    reset.call(&mut store, ()).map_err(err)?;
    let put = |store: &mut Store<()>, bytes: &[u8]| -> anyhow::Result<u32> {
        let n = u32::try_from(bytes.len() + 1).map_err(|_| anyhow!("file too large"))?;
        let ptr = alloc.call(&mut *store, n).map_err(err)?;
        if ptr == 0 {
            bail!("the tool ran out of memory");
        }
        let mut owned = bytes.to_vec();
        owned.push(0);
        memory.write(&mut *store, ptr as usize, &owned).map_err(|e| anyhow!("{e}"))?;
        Ok(ptr)
    };
    let mut files = Vec::new();
    walk(gen_dir, ".", &mut files)?;
    let mut before = BTreeMap::new();
    for file in &files {
        let rel = file.trim_start_matches("./").to_string();
        let bytes = std::fs::read(gen_dir.join(&rel))?;
        let name = put(&mut store, rel.as_bytes())?;
        let data = put(&mut store, &bytes)?;
        let len = u32::try_from(bytes.len()).map_err(|_| anyhow!("{rel} is too large"))?;
        if add.call(&mut store, (name, data, len)).map_err(err)? != 0 {
            bail!("the tool's file system is full at {rel}");
        }
        before.insert(rel, sha256_hex(&bytes));
    }
    let dir = put(&mut store, step.cwd.as_bytes())?;
    cwd.call(&mut store, dir).map_err(err)?;
    clock.call(&mut store, step.time).map_err(err)?;
    let mut args = vec!["tool".to_string()];
    for arg in &step.args {
        match arg.strip_prefix("{glob:").and_then(|a| a.strip_suffix('}')) {
            Some(pattern) => {
                let names = expand(gen_dir, &[pattern.to_string()])?;
                args.extend(names.into_iter().map(|n| base(&n).to_string()));
            }
            None => args.push(arg.clone()),
        }
    }
    let mut argv = Vec::new();
    for arg in &args {
        argv.extend(put(&mut store, arg.as_bytes())?.to_le_bytes());
    }
    let argv_ptr = put(&mut store, &argv)?;
    let argc = u32::try_from(args.len())?;
    // exit() ends every run in a trap after recording the status.
    let trap = run_main.call(&mut store, (argc, argv_ptr)).err();
    let code = status.call(&mut store, ()).map_err(err)?;
    let read = |store: &mut Store<()>, ptr: u32, n: u32| -> Vec<u8> {
        let mut buf = vec![0; n as usize];
        let _ = memory.read(&*store, ptr as usize, &mut buf);
        buf
    };
    let mut printed = String::new();
    for which in [1, 2] {
        let ptr = output.call(&mut store, which).map_err(err)?;
        let n = len.call(&mut store, ()).map_err(err)?;
        printed.push_str(&String::from_utf8_lossy(&read(&mut store, ptr, n)));
    }
    if code != 0 {
        let why = if code < 0 {
            format!("it trapped: {}", trap.map(|t| format!("{t:#}")).unwrap_or_default())
        } else {
            format!("exit status {code}")
        };
        bail!("{why}\n{printed}");
    }
    for i in 0..slots.call(&mut store, ()).map_err(err)? {
        let name_ptr = name_of.call(&mut store, i).map_err(err)?;
        if name_ptr == 0 {
            continue;
        }
        let raw = read(&mut store, name_ptr, 256);
        let name = String::from_utf8_lossy(raw.split(|b| *b == 0).next().unwrap_or(&[])).into_owned();
        let ptr = data_of.call(&mut store, i).map_err(err)?;
        let n = len.call(&mut store, ()).map_err(err)?;
        let bytes = read(&mut store, ptr, n);
        if before.get(&name).is_some_and(|h| *h == sha256_hex(&bytes)) {
            continue;
        }
        if name.split('/').any(|c| c == ".." || c.is_empty()) {
            bail!("the tool wrote a file with a bad name: {name}");
        }
        let path = gen_dir.join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &bytes)?;
    }
    Ok(())
}

/// The function names of an asyncify list file: one a line, blank lines and `#` comments skipped.
fn list_names(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Asyncify `core` with binaryen (cached by the input's hash), then drop the exports the pass
/// adds: the C side drives asyncify from inside, and a component exports only its world.
fn asyncify(guest: &Guest, core: &Path, onlylist: Option<&str>, out: &Path) -> anyhow::Result<PathBuf> {
    let mut bytes = std::fs::read(core).with_context(|| format!("reading {}", core.display()))?;
    let names = super::keep_names();
    let only = match onlylist {
        Some(file) => {
            let path = guest.dir.join(file);
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading the asyncify list {} the recipe names", path.display()))?;
            Some(list_names(&text))
        }
        None => None,
    };
    if only.is_some() && !has_name_section(&bytes)? {
        bail!(
            "{} has no function names, so asyncify's list ({}) would match nothing and the game would hang \
             at its first yield: build the guest with names (the guest profile's strip = \"debuginfo\")",
            core.display(),
            onlylist.unwrap_or_default()
        );
    }
    // The stamp covers the module, the list and whether names are kept.
    if let Some(only) = &only {
        bytes.extend_from_slice(only.join("\n").as_bytes());
    }
    let hash = format!("{}{}", sha256_hex(&bytes), if names { "-names" } else { "" });
    drop(bytes);
    let result = out.join(format!("{}.asyncified.wasm", guest.name));
    let stamp = out.join("asyncified.stamp");
    if result.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == hash) {
        return Ok(result);
    }
    let shared = shared_cache().map(|dir| dir.join(format!("{}-asyncified-{hash}.wasm", guest.name)));
    if let Some(kept) = shared.as_ref().filter(|p| p.is_file()) {
        std::fs::copy(kept, &result).with_context(|| format!("restoring {}", kept.display()))?;
        std::fs::write(&stamp, &hash)?;
        return Ok(result);
    }
    let opt = find_program(&["wasm-opt"], "binaryen's wasm-opt")?;
    eprintln!("automem: asyncify `{}` with wasm-opt (about a minute)", guest.name);
    let tmp = out.join(format!("{}.asyncify-tmp.wasm", guest.name));
    let mut cmd = Command::new(opt);
    // rustc's wasm32 output uses these features without a target_features section binaryen reads.
    cmd.arg(core)
        .args([
            "--enable-bulk-memory",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .args(["--asyncify", "--pass-arg=asyncify-ignore-imports", "-O2"]);
    // binaryen 108 reads the list only from its argument (no @file), comma-separated.
    if let Some(only) = &only {
        if let Some(bad) = only.iter().find(|n| n.contains(',')) {
            bail!("the asyncify list names `{bad}`: a function name with a comma cannot be passed to wasm-opt");
        }
        cmd.arg(format!("--pass-arg=asyncify-onlylist@{}", only.join(",")));
    }
    if names {
        cmd.arg("-g");
    }
    cmd.arg("-o").arg(&tmp);
    run(&mut cmd, "wasm-opt --asyncify")?;
    let transformed = std::fs::read(&tmp)?;
    let stripped = strip_exports(&transformed, |name| name.starts_with("asyncify_"))?;
    std::fs::write(&result, stripped)?;
    let _ = std::fs::remove_file(&tmp);
    std::fs::write(&stamp, &hash)?;
    if let Some(kept) = &shared {
        let partial = kept.with_extension(format!("partial-{}", std::process::id()));
        let stored = kept.parent().map(std::fs::create_dir_all).transpose().is_ok()
            && std::fs::copy(&result, &partial).is_ok()
            && std::fs::rename(&partial, kept).is_ok();
        if !stored {
            let _ = std::fs::remove_file(&partial);
        }
    }
    Ok(result)
}

fn read_leb(bytes: &[u8], pos: &mut usize) -> anyhow::Result<u32> {
    let mut result: u64 = 0;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*pos).ok_or_else(|| anyhow!("truncated module"))?;
        *pos += 1;
        result |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            break;
        }
        shift += 7;
        if shift > 35 {
            bail!("bad LEB128 in module");
        }
    }
    u32::try_from(result).map_err(|_| anyhow!("bad LEB128 in module"))
}

fn write_leb(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
}

/// Whether a core module has a `name` section (function names).
fn has_name_section(module: &[u8]) -> anyhow::Result<bool> {
    if module.get(0..8) != Some(&[0, b'a', b's', b'm', 1, 0, 0, 0]) {
        bail!("not a core WebAssembly module");
    }
    let mut pos = 8;
    while pos < module.len() {
        let id = module[pos];
        pos += 1;
        let size = read_leb(module, &mut pos)? as usize;
        let body = module.get(pos..pos + size).ok_or_else(|| anyhow!("truncated section"))?;
        pos += size;
        if id == 0 {
            let mut p = 0;
            let len = read_leb(body, &mut p)? as usize;
            if body.get(p..p + len) == Some(b"name".as_slice()) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// A copy of a core module without the exports `drop` names.
fn strip_exports(module: &[u8], drop: impl Fn(&str) -> bool) -> anyhow::Result<Vec<u8>> {
    if module.get(0..8) != Some(&[0, b'a', b's', b'm', 1, 0, 0, 0]) {
        bail!("not a core WebAssembly module");
    }
    let mut out = module[..8].to_vec();
    let mut pos = 8;
    while pos < module.len() {
        let id = module[pos];
        pos += 1;
        let size = read_leb(module, &mut pos)? as usize;
        let body = module.get(pos..pos + size).ok_or_else(|| anyhow!("truncated section"))?;
        pos += size;
        if id != 7 {
            out.push(id);
            write_leb(&mut out, size as u32);
            out.extend_from_slice(body);
            continue;
        }
        let mut p = 0;
        let count = read_leb(body, &mut p)?;
        let mut kept = Vec::new();
        let mut n = 0;
        for _ in 0..count {
            let start = p;
            let len = read_leb(body, &mut p)? as usize;
            let name = std::str::from_utf8(body.get(p..p + len).ok_or_else(|| anyhow!("truncated export"))?)?;
            p += len + 1;
            read_leb(body, &mut p)?;
            if !drop(name) {
                kept.extend_from_slice(&body[start..p]);
                n += 1;
            }
        }
        let mut section = Vec::new();
        write_leb(&mut section, n);
        section.extend(kept);
        out.push(7);
        write_leb(&mut out, section.len() as u32);
        out.extend(section);
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn strip_exports_keeps_the_others() {
        // (module (func) (export "a" (func 0)) (export "asyncify_x" (func 0)))
        let module = [
            0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 18, 2, 1, b'a', 0, 0, 10, b'a', b's', b'y',
            b'n', b'c', b'i', b'f', b'y', b'_', b'x', 0, 0, 10, 4, 1, 2, 0, 11,
        ];
        let out = strip_exports(&module, |n| n.starts_with("asyncify_")).expect("strip");
        let expected =
            [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, b'a', 0, 0, 10, 4, 1, 2, 0, 11];
        assert_eq!(out, expected);
    }

    #[test]
    fn a_list_needs_names() {
        // (module (func)) without and with a name section naming the function `f`.
        let bare = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 11];
        assert!(!has_name_section(&bare).expect("parse"));
        let mut named = bare.to_vec();
        named.extend([0, 11, 4, b'n', b'a', b'm', b'e', 1, 4, 1, 0, 1, b'f']);
        assert!(has_name_section(&named).expect("parse"));
        assert!(has_name_section(b"not wasm").is_err());
        assert_eq!(list_names("# c\nfoo\n\n  bar  # why\n"), ["foo", "bar"]);
    }

    #[test]
    fn globs_expand_sorted() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("s")).expect("mkdir");
        for f in ["b.c", "a.c", "c.h"] {
            std::fs::write(dir.path().join("s").join(f), "").expect("write");
        }
        let got = expand(dir.path(), &["s/*.c".to_string()]).expect("expand");
        assert_eq!(got, ["s/a.c", "s/b.c"]);
        assert!(expand(dir.path(), &["s/*.cc".to_string()]).is_err());
    }
}
