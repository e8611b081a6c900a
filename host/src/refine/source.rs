//! A schema's source as a value: its crate's text files by relative path, made standalone (its
//! manifest no longer leans on our workspace), written into a reviewer's workspace, read back,
//! and compared as a unified diff.
use anyhow::{Context, bail};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// A crate's files by `/`-separated relative path (UTF-8 text only).
pub type Files = BTreeMap<String, String>;

/// The manifest's path inside a crate.
pub const MANIFEST: &str = "Cargo.toml";
/// Where a schema keeps its tunables' defaults (`automem_sdk::tunables::FILE_NAME`; the SDK is a
/// guest crate, so the name is repeated here).
pub const TUNABLES_FILE: &str = "tunables.toml";
/// Largest file a schema crate may hold.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// Largest crate, all files together.
const MAX_TOTAL_BYTES: u64 = 8 << 20;
/// Folders of a crate that are not part of the component (tests need the host's workspace).
const SKIPPED_DIRS: [&str; 5] = ["target", "tests", "benches", "examples", "node_modules"];

/// The crate folder of schema `name`: a path to a crate, or a guest under `ROOT/schemas`.
pub fn locate(root: &Path, name: &str) -> anyhow::Result<PathBuf> {
    let as_path = Path::new(name);
    if as_path.join(MANIFEST).is_file() {
        return Ok(as_path.to_path_buf());
    }
    let guests = crate::build::discover(root, &[PathBuf::from("schemas")])?;
    let found = guests.iter().find(|g| g.name == name && g.world == crate::runtime::World::MemorySchema);
    match found {
        Some(g) => Ok(g.dir.clone()),
        None => bail!(
            "no schema crate named `{name}` under {}/schemas (schemas found: {}); give the schema's crate \
             name or the path to its folder",
            root.display(),
            guests
                .iter()
                .filter(|g| g.world == crate::runtime::World::MemorySchema)
                .map(|g| g.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Read every text file of a crate (skipping build output, tests and hidden entries). Symlinks,
/// non-UTF-8 files and oversized files are refused, naming the file.
pub fn read_tree(dir: &Path) -> anyhow::Result<Files> {
    let meta = std::fs::symlink_metadata(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    if !meta.is_dir() {
        bail!("{} is not a folder (a symbolic link, say); a schema's source must be a plain folder", dir.display());
    }
    let mut files = Files::new();
    let mut total = 0u64;
    read_into(dir, dir, &mut files, &mut total)?;
    Ok(files)
}

fn read_into(base: &Path, dir: &Path, files: &mut Files, total: &mut u64) -> anyhow::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("cannot list {}", dir.display()))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            bail!("{}: a file name that is not UTF-8", entry.path().display());
        };
        if name.starts_with('.') || (dir == base && SKIPPED_DIRS.contains(&name)) {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            bail!("{} is a symbolic link; a schema's source must be plain files", path.display());
        }
        if kind.is_dir() {
            read_into(base, &path, files, total)?;
            continue;
        }
        if !kind.is_file() {
            bail!(
                "{} is not a regular file (a FIFO, socket or device); a schema's source must be plain files",
                path.display()
            );
        }
        let len = entry.metadata()?.len();
        *total += len;
        if len > MAX_FILE_BYTES || *total > MAX_TOTAL_BYTES {
            bail!("{} is too large for a schema's source (files up to 1 MiB, 8 MiB in all)", path.display());
        }
        // Opened again without following anything: what was listed may have been swapped.
        let bytes = read_regular(&path, MAX_FILE_BYTES)
            .with_context(|| format!("in {}", dir.display()))?
            .ok_or_else(|| anyhow::anyhow!("{} disappeared while being read", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{} is not UTF-8 text", path.display()))?;
        let rel = path.strip_prefix(base).unwrap_or(&path);
        let rel: Vec<&str> = rel.components().filter_map(|c| c.as_os_str().to_str()).collect();
        files.insert(rel.join("/"), text);
    }
    Ok(())
}

/// Largest file a reviewer may hand back beside its source (`method.md`, `analysis.md`).
pub const MAX_LEFT_BYTES: u64 = MAX_FILE_BYTES;

/// Open a file a reviewer could have planted: never following a symlink, never blocking (a FIFO
/// opens at once and is refused), and only a regular file with one link, checked on the opened
/// file itself so nothing can be swapped in between. `Ok(None)` when there is no file.
fn open_regular(path: &Path, cap: u64) -> anyhow::Result<Option<(std::fs::File, u64)>> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path);
    let file = match opened {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            bail!("{name} is a symbolic link; hand back a regular file")
        }
        Err(e) => bail!("cannot open {name}: {e}"),
    };
    let meta = file.metadata().with_context(|| format!("cannot inspect {name}"))?;
    if !meta.is_file() {
        bail!("{name} is not a regular file (a FIFO, socket, device or folder); hand back a regular file");
    }
    if meta.nlink() > 1 {
        bail!("{name} is a hard link to another file; hand back a file of its own");
    }
    if meta.len() > cap {
        bail!("{name} is {} bytes, over the limit of {cap}; keep it shorter", meta.len());
    }
    Ok(Some((file, meta.len())))
}

/// Read a file a reviewer handed back as bytes: see [`open_regular`]; at most `cap` bytes are
/// read even if the file grows meanwhile.
pub fn read_regular(path: &Path, cap: u64) -> anyhow::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let Some((file, len)) = open_regular(path, cap)? else { return Ok(None) };
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(cap + 1).read_to_end(&mut bytes).with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.len() as u64 > cap {
        bail!("{} grew over the limit of {cap} bytes while being read", path.display());
    }
    Ok(Some(bytes))
}

/// Read a small text file a reviewer left (e.g. `method.md`): `Ok(None)` when it is absent, an
/// error naming the problem unless it is a regular UTF-8 file (not a symlink, FIFO, device or
/// hard link) of at most [`MAX_LEFT_BYTES`].
pub fn read_left_file(path: &Path) -> anyhow::Result<Option<String>> {
    match read_regular(path, MAX_LEFT_BYTES)? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
            anyhow::anyhow!(
                "{} is not UTF-8 text",
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
            )
        }),
    }
}

/// The last `max` bytes of a log a reviewer wrote (lossy UTF-8), read as [`open_regular`] does;
/// empty when it cannot be read that way.
pub fn read_tail(path: &Path, max: u64) -> String {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(Some((mut file, len))) = open_regular(path, u64::MAX) else { return String::new() };
    if file.seek(SeekFrom::Start(len.saturating_sub(max))).is_err() {
        return String::new();
    }
    let mut bytes = Vec::new();
    let _ = file.take(max).read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Write a file into a folder a reviewer could write to: whatever is at `path` (a symlink
/// planted to redirect the write, say) is removed, and the file is created anew, never followed.
pub fn write_fresh(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path)?,
        Ok(_) => std::fs::remove_file(path)?,
        Err(_) => {}
    }
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    std::io::Write::write_all(&mut f, bytes)
}

/// A relative path that stays inside its folder: no `..`, no root, no empty or hidden parts.
pub fn safe_relative(path: &str) -> anyhow::Result<PathBuf> {
    let p = Path::new(path);
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(part) if !part.to_string_lossy().starts_with('.') => out.push(part),
            _ => bail!("`{path}` is not a plain relative path inside the crate"),
        }
    }
    if out.as_os_str().is_empty() {
        bail!("empty file path");
    }
    Ok(out)
}

/// Write `files` under `dir` (which is created).
pub fn write_tree(dir: &Path, files: &Files) -> anyhow::Result<()> {
    for (rel, text) in files {
        let path = dir.join(safe_relative(rel)?);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The crate's source with a manifest that stands alone: `workspace = true` keys are replaced by
/// the workspace's values, path dependencies become absolute, dev- and build-dependencies go
/// (tests are not part of the component).
pub fn standalone(root: &Path, crate_dir: &Path) -> anyhow::Result<Files> {
    let mut files = read_tree(crate_dir)?;
    if files.contains_key("build.rs") {
        bail!("{} has a build script; refine builds only schemas without one", crate_dir.display());
    }
    let manifest = files.get(MANIFEST).ok_or_else(|| anyhow::anyhow!("{} has no Cargo.toml", crate_dir.display()))?;
    let rewritten = standalone_manifest(root, crate_dir, manifest)?;
    files.insert(MANIFEST.to_string(), rewritten);
    Ok(files)
}

fn read_root_manifest(root: &Path) -> anyhow::Result<toml::Table> {
    let path = root.join(MANIFEST);
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    text.parse::<toml::Table>().with_context(|| format!("{} is not valid TOML", path.display()))
}

fn table<'a>(t: &'a toml::Table, path: &[&str]) -> Option<&'a toml::Table> {
    let mut at = t;
    for key in path {
        at = at.get(*key)?.as_table()?;
    }
    Some(at)
}

fn inherits(v: &toml::Value) -> bool {
    v.as_table().and_then(|t| t.get("workspace")).and_then(toml::Value::as_bool) == Some(true)
}

fn absolute_path(dep: &mut toml::Table, base: &Path) {
    if let Some(p) = dep.get("path").and_then(toml::Value::as_str) {
        let abs = base.join(p);
        let abs = abs.canonicalize().unwrap_or(abs);
        dep.insert("path".into(), toml::Value::String(abs.to_string_lossy().into_owned()));
    }
}

fn standalone_manifest(root: &Path, crate_dir: &Path, manifest: &str) -> anyhow::Result<String> {
    let ws = read_root_manifest(root)?;
    let mut m: toml::Table = manifest.parse().with_context(|| format!("{}/Cargo.toml", crate_dir.display()))?;
    if let Some(package) = m.get_mut("package").and_then(toml::Value::as_table_mut) {
        let keys: Vec<String> = package.iter().filter(|(_, v)| inherits(v)).map(|(k, _)| k.clone()).collect();
        for key in keys {
            let value = table(&ws, &["workspace", "package"])
                .and_then(|t| t.get(&key))
                .ok_or_else(|| anyhow::anyhow!("{key}.workspace = true, but the workspace has no package.{key}"))?;
            package.insert(key, value.clone());
        }
        package.insert("publish".into(), toml::Value::Boolean(false));
    }
    if let Some(deps) = m.get_mut("dependencies").and_then(toml::Value::as_table_mut) {
        for (name, dep) in deps.iter_mut() {
            if inherits(dep) {
                let base = table(&ws, &["workspace", "dependencies"])
                    .and_then(|t| t.get(name))
                    .ok_or_else(|| anyhow::anyhow!("dependency `{name}` inherits from a workspace that lacks it"))?;
                let mut merged = match base {
                    toml::Value::String(v) => {
                        toml::Table::from_iter([("version".to_string(), toml::Value::String(v.clone()))])
                    }
                    toml::Value::Table(t) => t.clone(),
                    other => bail!("workspace dependency `{name}` is {other}, not a version or a table"),
                };
                absolute_path(&mut merged, root);
                if let Some(own) = dep.as_table() {
                    for (k, v) in own {
                        match k.as_str() {
                            "workspace" => {}
                            "features" => {
                                let mut all =
                                    merged.get("features").and_then(toml::Value::as_array).cloned().unwrap_or_default();
                                all.extend(v.as_array().cloned().unwrap_or_default());
                                merged.insert("features".into(), toml::Value::Array(all));
                            }
                            _ => {
                                merged.insert(k.clone(), v.clone());
                            }
                        }
                    }
                }
                *dep = toml::Value::Table(merged);
            } else if let Some(t) = dep.as_table_mut() {
                absolute_path(t, crate_dir);
            }
        }
    }
    for section in ["dev-dependencies", "build-dependencies", "bench", "test", "example"] {
        m.remove(section);
    }
    if m.get("lints").is_some_and(inherits) {
        match table(&ws, &["workspace", "lints"]) {
            Some(lints) => m.insert("lints".into(), toml::Value::Table(lints.clone())),
            None => m.remove("lints"),
        };
    }
    let body = toml::to_string(&m).context("cannot write the schema's manifest")?;
    Ok(format!(
        "# Written by automem refine from {}/Cargo.toml: it stands alone. Do not edit;\n# a revision that changes it is refused (the dependencies are fixed, no build scripts).\n{body}",
        crate_dir.display()
    ))
}

/// The manifest of a workspace whose one member is `member/`, with the guest profile.
pub fn workspace_manifest(root: &Path, member: &str) -> anyhow::Result<String> {
    let ws = read_root_manifest(root)?;
    let mut out = toml::Table::new();
    let mut workspace = toml::Table::new();
    workspace.insert("resolver".into(), toml::Value::String("3".into()));
    workspace.insert("members".into(), toml::Value::Array(vec![toml::Value::String(member.into())]));
    out.insert("workspace".into(), toml::Value::Table(workspace));
    if let Some(profile) = ws.get("profile") {
        out.insert("profile".into(), profile.clone());
    }
    let body = toml::to_string(&out).context("cannot write the workspace manifest")?;
    Ok(format!("# Written by automem refine: a workspace with one member, {member}/.\n{body}"))
}

/// Lay out a buildable workspace at `dir`: its manifest, the project's lock file (so the same
/// dependency versions build offline), and the schema crate in `member/`.
pub fn write_workspace(root: &Path, dir: &Path, member: &str, files: &Files) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::write(dir.join(MANIFEST), workspace_manifest(root, member)?)?;
    let lock = root.join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).with_context(|| format!("cannot copy {}", lock.display()))?;
    }
    write_tree(&dir.join(member), files)
}

/// A unified diff from `old` to `new`, file by file (`a/` and `b/` prefixes, as git writes it).
pub fn unified_diff(old: &Files, new: &Files) -> String {
    let mut out = String::new();
    let names: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        let (a, b) = (old.get(name).map_or("", String::as_str), new.get(name).map_or("", String::as_str));
        if a == b && old.contains_key(name) == new.contains_key(name) {
            continue;
        }
        let diff = similar::TextDiff::from_lines(a, b);
        let from = if old.contains_key(name) { format!("a/{name}") } else { "/dev/null".into() };
        let to = if new.contains_key(name) { format!("b/{name}") } else { "/dev/null".into() };
        out.push_str(&diff.unified_diff().context_radius(3).header(&from, &to).to_string());
    }
    out
}

/// Lines added and removed by a diff from [`unified_diff`].
pub fn diff_size(diff: &str) -> (usize, usize) {
    let added = diff.lines().filter(|l| l.starts_with('+') && !l.starts_with("+++")).count();
    let removed = diff.lines().filter(|l| l.starts_with('-') && !l.starts_with("---")).count();
    (added, removed)
}

/// SHA-256 of a source tree (paths and contents), to name it.
pub fn digest(files: &Files) -> String {
    let mut all = Vec::new();
    for (k, v) in files {
        all.extend_from_slice(k.as_bytes());
        all.push(0);
        all.extend_from_slice(v.as_bytes());
        all.push(0);
    }
    crate::cache::sha256_hex(&all)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn escaping_paths_are_refused() {
        for bad in ["../x.rs", "/etc/passwd", "src/../../x", "", ".git/config", "src/.hidden"] {
            assert!(safe_relative(bad).is_err(), "{bad}");
        }
        assert_eq!(safe_relative("src/lib.rs").unwrap(), PathBuf::from("src/lib.rs"));
    }

    #[test]
    fn diff_names_files_and_counts_lines() {
        let old = Files::from([("a.rs".into(), "x\ny\n".into()), ("gone.rs".into(), "z\n".into())]);
        let new = Files::from([("a.rs".into(), "x\nY\n".into()), ("new.rs".into(), "n\n".into())]);
        let d = unified_diff(&old, &new);
        assert!(d.contains("--- a/a.rs") && d.contains("+++ b/new.rs") && d.contains("+++ /dev/null"), "{d}");
        assert_eq!(diff_size(&d), (2, 2));
        assert!(unified_diff(&old, &old).is_empty());
    }
}
