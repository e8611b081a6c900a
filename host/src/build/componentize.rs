//! Turn a guest's core module into a component, in-process, only when the module changed.
use super::BuildError;
use crate::cache::sha256_hex;
use std::path::Path;

/// Encode `core` as a component at `out`; returns false when `out` was already up to date.
pub fn componentize(guest: &str, core: &Path, out: &Path) -> Result<bool, BuildError> {
    let bytes = std::fs::read(core).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", core.display()))?;
    let stamp_path = out.with_extension("wasm.source-sha256");
    let stamp = sha256_hex(&bytes);
    if out.is_file() && std::fs::read_to_string(&stamp_path).is_ok_and(|s| s.trim() == stamp) {
        return Ok(false);
    }
    // wasm32-wasip2 builds are components already (layer byte 0x0d); the rest are core modules.
    let component = if bytes.get(4..8) == Some(&[0x0d, 0x00, 0x01, 0x00]) {
        bytes.clone()
    } else {
        wit_component::ComponentEncoder::default()
            .module(&bytes)
            .and_then(|e| e.validate(true).encode())
            .map_err(|e| BuildError::Componentize { guest: guest.to_string(), message: format!("{e:#}") })?
    };
    let dir = out.parent().unwrap_or(Path::new("."));
    let write = || -> anyhow::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        std::io::Write::write_all(&mut tmp, &component)?;
        tmp.persist(out)?;
        std::fs::write(&stamp_path, &stamp)?;
        Ok(())
    };
    write().map_err(|e| anyhow::anyhow!("cannot write {}: {e:#}", out.display()))?;
    Ok(true)
}
