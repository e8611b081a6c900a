//! Link the C side that `automem build` compiled (host/src/build/c.rs) into the wasm32 crate.
//!
//! The C outputs live in `<cargo target dir>/c/nethack/`, found from OUT_DIR
//! (`<target dir>/<triple>/<profile>/build/<pkg>-<hash>/out`). Native builds (tests, clippy)
//! link nothing and embed nothing: the game runs only as a component.
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target = std::env::var("TARGET").unwrap_or_default();
    if !target.starts_with("wasm32") {
        return;
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let Some(target_dir) = out_dir.ancestors().nth(5) else {
        panic!("unexpected OUT_DIR {}", out_dir.display());
    };
    let c_dir = target_dir.join("c").join("nethack");
    let object = c_dir.join("lib").join("libnethackc.a");
    let libs = c_dir.join("lib").join("libnethackc.link");
    let nhdat = c_dir.join("data").join("nhdat");
    if !object.is_file() || !nhdat.is_file() {
        panic!(
            "the C side of NetHack is not built ({} is missing): build the game with `automem build`, \
             which compiles it first (scripts/setup.sh installs clang, wasi-libc and binaryen)",
            object.display()
        );
    }
    println!("cargo:rerun-if-changed={}", object.display());
    println!("cargo:rerun-if-changed={}", nhdat.display());
    println!("cargo:rerun-if-changed={}", libs.display());
    println!("cargo:rustc-cdylib-link-arg={}", object.display());
    // wasi-libc and friends, after the archive (the linker resolves lazily either way).
    for lib in std::fs::read_to_string(&libs).unwrap_or_default().lines().filter(|l| !l.is_empty()) {
        println!("cargo:rustc-cdylib-link-arg={lib}");
    }
    println!("cargo:rustc-env=NETHACK_NHDAT={}", nhdat.display());
}
