//! `automem build` names the guest that failed and shows the compiler's error.
use automem::build::{BuildError, BuildOptions, build};

#[test]
fn a_guest_that_does_not_compile_is_named_with_the_compiler_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("wit")).unwrap();
    std::fs::create_dir_all(root.join("games/broken/src")).unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"games/broken\"]\nresolver = \"3\"\n\n[profile.guest]\ninherits = \"release\"\n",
    )
    .unwrap();
    std::fs::write(
        root.join("games/broken/Cargo.toml"),
        "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[lib]\ncrate-type = [\"cdylib\"]\n\n\
         [package.metadata.automem]\nworld = \"game\"\n",
    )
    .unwrap();
    std::fs::write(root.join("games/broken/src/lib.rs"), "pub fn f() -> u32 { \"not a number\" }\n").unwrap();
    let err = build(&BuildOptions::new(root)).expect_err("must fail");
    match &err {
        BuildError::Compile(failures) => {
            assert_eq!(failures.len(), 1);
            assert_eq!(failures[0].0, "broken");
            assert!(failures[0].1.contains("mismatched types"), "{}", failures[0].1);
        }
        other => panic!("expected a compile error, got {other}"),
    }
    assert!(err.to_string().contains("guest `broken` failed to build"), "{err}");
}

#[test]
fn an_unknown_world_in_a_manifest_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("games/odd")).unwrap();
    std::fs::write(
        root.join("games/odd/Cargo.toml"),
        "[package]\nname = \"odd\"\nversion = \"0.1.0\"\n\n[package.metadata.automem]\nworld = \"gaem\"\n",
    )
    .unwrap();
    let err = build(&BuildOptions::new(root)).expect_err("must fail");
    assert!(err.to_string().contains("unknown automem world `gaem`"), "{err}");
}
