//! Shared test helpers: the workspace root, the built components, runtimes with test limits.
use automem::build::{BuildOptions, build, components_dir};
use automem::{Runtime, SandboxConfig};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The components directory, with every guest (product and test) built once per test process.
pub fn components() -> &'static Path {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let options = BuildOptions::new(root()).with_test_guests();
        if let Err(err) = build(&options) {
            panic!("building the guests failed:\n{err}");
        }
        components_dir(&root())
    })
}

/// The path of a built component.
pub fn component(name: &str) -> PathBuf {
    components().join(format!("{name}.wasm"))
}

/// Limits for tests: short call timeouts so hostile plugins end fast.
pub fn test_config() -> SandboxConfig {
    SandboxConfig { call_timeout_ms: 300, pool_instances: 64, ..SandboxConfig::default() }
}

/// A runtime with test limits and a cache in a fresh temporary directory.
pub fn runtime() -> (Runtime, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let runtime = Runtime::new(test_config(), Some(dir.path().to_path_buf())).unwrap();
    (runtime, dir)
}

/// The text of `seed`'s trace in the run folder `dir` (compressed or plain), one step per line.
pub fn trace_text(dir: &Path, seed: u64) -> String {
    let path = automem_runfile::layout::existing_trace(dir, seed)
        .unwrap_or_else(|| panic!("no trace of seed {seed} in {}", dir.display()));
    let mut lines = automem_runfile::read::Lines::open(&path).unwrap();
    let mut text = String::new();
    while let Some(line) = lines.next_line().unwrap() {
        text.push_str(line);
        text.push('\n');
    }
    text
}
