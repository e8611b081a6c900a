//! Memory path canonicalization on any string: an accepted path is relative, plain ASCII from the
//! allowed set, within the limits, and canonical (canonicalizing it again changes nothing).
#![no_main]
use libfuzzer_sys::fuzz_target;

// The module has no dependencies, so it is fuzzed without building the host crate (and wasmtime).
#[path = "../../host/src/memory/path.rs"]
#[allow(dead_code)]
mod path;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    if let Ok(canonical) = path::canonicalize(raw) {
        assert!(!canonical.starts_with('/'), "{canonical:?}");
        assert!(canonical.len() <= path::MAX_PATH_BYTES);
        assert!(canonical.split('/').count() <= path::MAX_DEPTH);
        for name in canonical.split('/') {
            assert!(!name.is_empty() && !name.starts_with('.') && name.len() <= path::MAX_NAME_BYTES);
            assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b"_-., ()+".contains(&b)), "{name:?}");
        }
        assert_eq!(path::canonicalize(&canonical).as_deref(), Ok(canonical.as_str()));
        assert_eq!(path::fold(&canonical), path::fold(&path::fold(&canonical)));
    }
});
