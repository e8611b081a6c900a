//! Reading back what a run folder holds (traces, memory journals, records, judge decisions):
//! files anyone may have put there, read by `stats`, `mine` and a resumed `run`.
//!
//! Every such read goes through here: a file is opened without blocking and without following a
//! symbolic link, and refused unless it is a regular file (a FIFO would hang the reader, a device
//! such as `/dev/zero` never ends); a line, and a whole small file, may be only so long; and
//! every error names the file and the line. automem writes run files as regular files and never
//! links them, so a link in a run folder is a copy mistake or an attack: it is refused rather than
//! followed (the folders named on the command line may be links; only files are checked).
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The longest line a trace or a journal may have. The engine's step records stay well below it
/// (a step stops asking the model at a few MiB, each plugin call returns at most 4 MiB), and the
/// runner refuses to write a longer one.
pub const MAX_LINE_BYTES: usize = 64 << 20;

/// The largest whole file read at once (an episode record, a summary).
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Open `path` for reading if it is a regular file; a FIFO, a device, a socket, a folder or a
/// symbolic link is refused at once, saying what it is.
pub fn open(path: &Path) -> anyhow::Result<File> {
    open_if_exists(path)?.ok_or_else(|| anyhow::anyhow!("{} does not exist", path.display()))
}

/// As [`open`], but `None` when nothing is at `path`.
pub fn open_if_exists(path: &Path) -> anyhow::Result<Option<File>> {
    let file = match open_nofollow(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if is_symlink(path) || e.raw_os_error() == Some(libc::ELOOP) => anyhow::bail!(
            "{} is a symbolic link; automem writes run files as regular files and does not follow links \
             in a run folder (copy the file instead of linking it)",
            path.display()
        ),
        Err(e) => anyhow::bail!("cannot open {}: {e}", path.display()),
    };
    let kind = file.metadata().map_err(|e| anyhow::anyhow!("cannot inspect {}: {e}", path.display()))?.file_type();
    if !kind.is_file() {
        anyhow::bail!(
            "{} is {}, not a regular file; automem reads only regular files from a run folder",
            path.display(),
            describe_kind(&kind)
        );
    }
    Ok(Some(file))
}

#[cfg(unix)]
fn open_nofollow(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting; the type check
    // then refuses it. It changes nothing for a regular file.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
}

#[cfg(not(unix))]
fn open_nofollow(path: &Path) -> std::io::Result<File> {
    if is_symlink(path) {
        return Err(std::io::Error::other("a symbolic link"));
    }
    File::open(path)
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn describe_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() { "a folder" } else { "not a regular file" }
}

/// The whole of a small regular file as text, refused if it is over `max` bytes.
pub fn read_to_string(path: &Path, max: u64) -> anyhow::Result<String> {
    let file = open(path)?;
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    anyhow::ensure!(
        bytes.len() as u64 <= max,
        "{} is over {max} bytes, more than such a file can hold; it was not written by automem",
        path.display()
    );
    String::from_utf8(bytes).map_err(|e| anyhow::anyhow!("{} is not UTF-8 text: {e}", path.display()))
}

/// The most text a compressed (`.zst`) file may expand to: far above any trace automem writes (an
/// episode's trace and journal are capped at 512 MiB by default), and a bound on a crafted file.
pub const MAX_DECOMPRESSED_BYTES: u64 = 16 << 30;

/// A JSON-lines file read one bounded line at a time; a file named `*.zst` is decompressed as it
/// is read (at most [`MAX_DECOMPRESSED_BYTES`]), and a compressed file cut off after its last
/// flushed step (a trace still being written) ends there.
pub struct Lines {
    reader: BufReader<Box<dyn Read + Send>>,
    compressed: bool,
    path: PathBuf,
    line: usize,
    max: usize,
    buf: Vec<u8>,
}

impl Lines {
    /// Open a regular file (see [`open`]) for reading by lines of at most [`MAX_LINE_BYTES`].
    pub fn open(path: &Path) -> anyhow::Result<Lines> {
        Lines::new(open(path)?, path)
    }

    /// As [`Lines::open`], but `None` when nothing is at `path`.
    pub fn open_if_exists(path: &Path) -> anyhow::Result<Option<Lines>> {
        open_if_exists(path)?.map(|file| Lines::new(file, path)).transpose()
    }

    fn new(file: File, path: &Path) -> anyhow::Result<Lines> {
        let compressed = path.extension().is_some_and(|e| e == "zst");
        let reader: Box<dyn Read + Send> = if compressed {
            let decoder = zstd::stream::read::Decoder::new(file)
                .map_err(|e| anyhow::anyhow!("cannot start decompressing {}: {e}", path.display()))?;
            Box::new(decoder.take(MAX_DECOMPRESSED_BYTES))
        } else {
            Box::new(file)
        };
        Ok(Lines {
            reader: BufReader::new(reader),
            compressed,
            path: path.to_path_buf(),
            line: 0,
            max: MAX_LINE_BYTES,
            buf: Vec::new(),
        })
    }

    /// Lines may be at most `max` bytes (without the line break).
    pub fn with_max_line(mut self, max: usize) -> Lines {
        self.max = max;
        self
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The 1-based number of the line last returned.
    pub fn line_number(&self) -> usize {
        self.line
    }

    /// The next line without its line break, or `None` at the end. A line over the limit is an
    /// error naming the file and the line, found after reading at most the limit (never the
    /// whole line into memory).
    pub fn next_line(&mut self) -> anyhow::Result<Option<&str>> {
        self.buf.clear();
        let mut ended = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // A compressed file still being written (or cut off) ends at its last whole flush.
                Err(e) if self.compressed && e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(e) if self.compressed => anyhow::bail!(
                    "{} after line {} is not a zstd stream automem wrote ({e}); a damaged or foreign file: \
                     remove it, or re-run the episode",
                    self.path.display(),
                    self.line
                ),
                Err(e) => anyhow::bail!("cannot read {} after line {}: {e}", self.path.display(), self.line),
            };
            if available.is_empty() {
                break;
            }
            let (take, found) = match memchr::memchr(b'\n', available) {
                Some(i) => (i, true),
                None => (available.len(), false),
            };
            if self.buf.len() + take > self.max {
                anyhow::bail!(
                    "{} line {} is longer than {} bytes; it is not a trace or journal line automem writes \
                     (a damaged or foreign file: remove it, or the episode's folder from the input)",
                    self.path.display(),
                    self.line + 1,
                    self.max
                );
            }
            self.buf.extend_from_slice(&available[..take]);
            self.reader.consume(take + usize::from(found));
            if found {
                ended = true;
                break;
            }
        }
        if !ended && self.buf.is_empty() {
            return Ok(None);
        }
        self.line += 1;
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        std::str::from_utf8(&self.buf)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("{} line {} is not UTF-8 text: {e}", self.path.display(), self.line))
    }
}

impl Lines {
    /// The next non-blank line read as one record of type `T` (a JSON object), or `None` at the
    /// end; a line that is not one is an error naming `what`, the file and the line.
    pub fn next_record<T: serde::de::DeserializeOwned>(&mut self, what: &str) -> anyhow::Result<Option<T>> {
        while let Some(line) = self.next_line()? {
            if line.trim().is_empty() {
                continue;
            }
            let parsed = serde_json::from_str(line);
            return parsed.map(Some).map_err(|e| {
                anyhow::anyhow!(
                    "{} line {}: not {what} ({e}); was it written by another automem version?",
                    self.path.display(),
                    self.line
                )
            });
        }
        Ok(None)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_with_and_without_a_final_break() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.jsonl");
        std::fs::write(&path, "a\r\nbb\n\nccc").unwrap();
        let mut lines = Lines::open(&path).unwrap();
        let mut got = Vec::new();
        while let Some(line) = lines.next_line().unwrap() {
            got.push(line.to_string());
        }
        assert_eq!(got, ["a", "bb", "", "ccc"]);
        assert_eq!(lines.line_number(), 4);
    }

    #[test]
    fn a_long_line_is_an_error_naming_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.jsonl");
        std::fs::write(&path, format!("ok\n{}\n", "x".repeat(100))).unwrap();
        let mut lines = Lines::open(&path).unwrap().with_max_line(50);
        assert_eq!(lines.next_line().unwrap(), Some("ok"));
        let err = lines.next_line().unwrap_err().to_string();
        assert!(err.contains("t.jsonl line 2 is longer than 50 bytes"), "{err}");
    }

    #[test]
    fn a_big_file_is_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert!(read_to_string(&path, 100).is_ok());
        let err = read_to_string(&path, 99).unwrap_err().to_string();
        assert!(err.contains("over 99 bytes"), "{err}");
    }
}
