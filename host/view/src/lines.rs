//! Whole lines of a growing JSON-lines file, from a byte offset: a half-written last line (a run
//! still writing) is left for the next look, never an error.
use std::io::{BufRead, Read, Seek, SeekFrom};
use std::path::Path;

/// The longest line read (as automem-runfile allows).
pub const MAX_LINE: usize = automem_runfile::read::MAX_LINE_BYTES;

/// Call `each(offset, line)` for every whole line of `reader` (which starts at byte `start` of
/// its stream); returns the offset just past the last whole line. A line over [`MAX_LINE`] is an
/// error naming `what` and the offset.
pub fn whole_lines(
    reader: impl Read,
    start: u64,
    what: &str,
    mut each: impl FnMut(u64, &[u8]) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let mut at = start;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = (&mut reader).take(MAX_LINE as u64 + 1).read_until(b'\n', &mut line);
        let n = match n {
            Ok(n) => n,
            // A compressed file still being written ends at its last flush.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => anyhow::bail!("cannot read {what} at byte {at}: {e}"),
        };
        if n == 0 || line.last() != Some(&b'\n') {
            anyhow::ensure!(
                line.len() <= MAX_LINE,
                "{what} has a line over {MAX_LINE} bytes at byte {at}; it was not written by automem"
            );
            break; // the end, or a line still being written
        }
        each(at, &line[..line.len() - 1])?;
        at += n as u64;
    }
    Ok(at)
}

/// The bytes `[from, to)` of a regular file (opened without following links).
pub fn read_range(path: &Path, from: u64, to: u64) -> anyhow::Result<Vec<u8>> {
    let mut file = automem_runfile::read::open(path)?;
    file.seek(SeekFrom::Start(from)).map_err(|e| anyhow::anyhow!("cannot seek in {}: {e}", path.display()))?;
    let mut out = Vec::new();
    file.take(to.saturating_sub(from))
        .read_to_end(&mut out)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    Ok(out)
}

/// A regular file opened at `from`, to read at most up to `to`.
pub fn open_range(path: &Path, from: u64, to: u64) -> anyhow::Result<impl Read> {
    let mut file = automem_runfile::read::open(path)?;
    file.seek(SeekFrom::Start(from)).map_err(|e| anyhow::anyhow!("cannot seek in {}: {e}", path.display()))?;
    Ok(file.take(to.saturating_sub(from)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_half_written_last_line_waits() {
        let mut got = Vec::new();
        let end = whole_lines(&b"a\nbb\ncc"[..], 10, "t", |at, l| {
            got.push((at, l.to_vec()));
            Ok(())
        })
        .unwrap();
        assert_eq!(got, [(10, b"a".to_vec()), (12, b"bb".to_vec())]);
        assert_eq!(end, 15);
    }
}
