//! Link the C side that `automem build` compiled (host/src/build/c.rs) into the wasm32 crate.
//! Shared by the crates built from `cbuild.toml` (games/nethack and games/minihack name it as
//! their build script).
//!
//! The C outputs live in `<cargo target dir>/c/<package>/`, found from OUT_DIR
//! (`<target dir>/<triple>/<profile>/build/<pkg>-<hash>/out`). Native builds (tests, clippy)
//! link nothing and embed nothing: the game runs only as a component.
use std::path::PathBuf;

pub fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target = std::env::var("TARGET").unwrap_or_default();
    if !target.starts_with("wasm32") {
        return;
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let Some(target_dir) = out_dir.ancestors().nth(5) else {
        panic!("unexpected OUT_DIR {}", out_dir.display());
    };
    let package = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    let c_dir = target_dir.join("c").join(&package);
    let object = c_dir.join("lib").join("libnethackc.a");
    let libs = c_dir.join("lib").join("libnethackc.link");
    let data = c_dir.join("data");
    let nhdat = data.join("nhdat");
    if !object.is_file() || !nhdat.is_file() {
        panic!(
            "the C side of NetHack is not built ({} is missing): build `{package}` with `automem build`, \
             which compiles it first (scripts/setup.sh installs clang, wasi-libc and binaryen)",
            object.display()
        );
    }
    println!("cargo:rerun-if-changed={}", object.display());
    for file in std::fs::read_dir(&data).into_iter().flatten().flatten() {
        println!("cargo:rerun-if-changed={}", file.path().display());
    }
    println!("cargo:rerun-if-changed={}", libs.display());
    println!("cargo:rustc-cdylib-link-arg={}", object.display());
    // wasi-libc and friends, after the archive (the linker resolves lazily either way).
    for lib in std::fs::read_to_string(&libs).unwrap_or_default().lines().filter(|l| !l.is_empty()) {
        println!("cargo:rustc-cdylib-link-arg={lib}");
    }
    println!("cargo:rustc-env=NETHACK_DATA={}", data.display());
}
