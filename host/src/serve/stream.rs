//! Bodies streamed to and from disk, so no route holds a whole payload: a trace is sent in
//! chunks as the client reads it, an upload is written to a temporary file as it arrives.
use super::api::ApiError;
use axum::body::{Body, Bytes, HttpBody};
use http_body::Frame;
use sha2::{Digest, Sha256};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Bytes read from disk per chunk.
const CHUNK: usize = 64 << 10;

/// A body fed by a reader thread through a channel of two chunks: memory per reader is bounded,
/// and a slow reader slows the thread down instead of piling data up.
struct ChannelBody {
    rx: tokio::sync::mpsc::Receiver<std::io::Result<Bytes>>,
}

impl HttpBody for ChannelBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<std::io::Result<Frame<Bytes>>>> {
        self.rx.poll_recv(cx).map(|chunk| chunk.map(|r| r.map(Frame::data)))
    }
}

/// The end of the last whole line of `file` within its first `len` bytes (0 if none): the line
/// being written is not part of a trace yet. Reads backwards one chunk at a time.
fn last_line_end(file: &mut std::fs::File, len: u64) -> std::io::Result<u64> {
    let mut end = len;
    let mut buf = vec![0u8; CHUNK];
    while end > 0 {
        let start = end.saturating_sub(CHUNK as u64);
        let part = &mut buf[..(end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(part)?;
        if let Some(i) = memchr::memrchr(b'\n', part) {
            return Ok(start + i as u64 + 1);
        }
        end = start;
    }
    Ok(0)
}

/// The whole lines of the trace at `path` as a streamed body, with its length when it is known
/// before sending (a plain trace; a missing trace is empty). A compressed trace (`.zst`) is sent
/// decompressed, as JSON lines, without a length.
pub async fn trace_body(path: PathBuf) -> Result<(Option<u64>, Body), ApiError> {
    if path.extension().is_some_and(|e| e == "zst") {
        return compressed_trace_body(path).await;
    }
    let (len, body) = plain_trace_body(path).await?;
    Ok((Some(len), body))
}

/// A compressed trace, decompressed as it is sent: the file is read asynchronously and
/// decompressed chunk by chunk in memory (no thread is held by a slow client), only whole lines
/// are sent (the step being written is not part of the trace yet), and at most
/// [`automem_runfile::read::MAX_DECOMPRESSED_BYTES`] of text.
async fn compressed_trace_body(path: PathBuf) -> Result<(Option<u64>, Body), ApiError> {
    let file = match tokio::fs::File::open(&path).await {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Some(0), Body::empty())),
        Err(e) => return Err(ApiError::internal(format!("reading the trace: {e}"))),
    };
    let mut decoder = zstd::stream::raw::Decoder::new()
        .map_err(|e| ApiError::internal(format!("reading the trace: cannot start decompressing: {e}")))?;
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        use zstd::stream::raw::{InBuffer, Operation, OutBuffer};
        let mut file = file;
        let mut input = vec![0u8; CHUNK];
        let mut output = vec![0u8; CHUNK];
        // Decompressed text not yet sent: whatever follows the last line break.
        let mut pending: Vec<u8> = Vec::new();
        let mut sent = 0u64;
        loop {
            let n = match file.read(&mut input).await {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let mut src = InBuffer::around(&input[..n]);
            loop {
                let before = src.pos();
                let mut dst = OutBuffer::around(&mut output[..]);
                if let Err(e) = decoder.run(&mut src, &mut dst) {
                    let error = std::io::Error::other(format!("the trace is not a zstd stream automem wrote: {e}"));
                    let _ = tx.send(Err(error)).await;
                    return;
                }
                let produced = dst.pos();
                pending.extend_from_slice(&output[..produced]);
                // Whole lines go out as they appear, so memory stays bounded however much a
                // chunk expands to.
                if let Some(end) = memchr::memrchr(b'\n', &pending) {
                    let rest = pending.split_off(end + 1);
                    let lines = std::mem::replace(&mut pending, rest);
                    sent += lines.len() as u64;
                    if sent > automem_runfile::read::MAX_DECOMPRESSED_BYTES {
                        let error = std::io::Error::other("the trace expands past the limit a trace may have");
                        let _ = tx.send(Err(error)).await;
                        return;
                    }
                    // The client went away: stop reading.
                    if tx.send(Ok(Bytes::from(lines))).await.is_err() {
                        return;
                    }
                }
                if pending.len() > automem_runfile::read::MAX_LINE_BYTES {
                    let error = std::io::Error::other("the trace has a line longer than a trace line may be");
                    let _ = tx.send(Err(error)).await;
                    return;
                }
                let drained = src.pos() >= n && produced < output.len();
                if drained || (produced == 0 && src.pos() == before) {
                    break;
                }
            }
        }
    });
    Ok((None, Body::new(ChannelBody { rx })))
}

/// A plain trace: its whole lines, streamed from disk, with their length.
async fn plain_trace_body(path: PathBuf) -> Result<(u64, Body), ApiError> {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    let opened = tokio::task::spawn_blocking(move || -> std::io::Result<Option<(std::fs::File, u64)>> {
        let mut file = match std::fs::File::open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let len = file.metadata()?.len();
        let end = last_line_end(&mut file, len)?;
        file.seek(SeekFrom::Start(0))?;
        Ok(Some((file, end)))
    })
    .await
    .map_err(|e| ApiError::internal(format!("reading the trace: {e}")))?
    .map_err(|e| ApiError::internal(format!("reading the trace: {e}")))?;
    let Some((file, end)) = opened else { return Ok((0, Body::empty())) };
    // An async task, not a blocking thread: a reader that stalls holds no thread, only its
    // two chunks.
    tokio::spawn(async move {
        let mut file = tokio::fs::File::from_std(file);
        let mut left = end;
        while left > 0 {
            let mut chunk = vec![0u8; CHUNK.min(usize::try_from(left).unwrap_or(CHUNK))];
            let mut buf = tokio::io::ReadBuf::new(&mut chunk);
            let read =
                std::future::poll_fn(|cx| tokio::io::AsyncRead::poll_read(Pin::new(&mut file), cx, &mut buf)).await;
            let n = buf.filled().len();
            if let Err(e) = read {
                let _ = tx.send(Err(e)).await;
                break;
            }
            if n == 0 {
                break;
            }
            chunk.truncate(n);
            left = left.saturating_sub(n as u64);
            // The client went away: stop reading.
            if tx.send(Ok(Bytes::from(chunk))).await.is_err() {
                break;
            }
        }
    });
    Ok((end, Body::new(ChannelBody { rx })))
}

/// An upload written to a temporary file: its SHA-256 and size.
pub struct Spooled {
    /// The file (deleted when dropped).
    pub file: tempfile::NamedTempFile,
    /// SHA-256 of its bytes, as hex.
    pub hash: String,
    /// Its size.
    pub size: u64,
}

/// Write `body` to a new temporary file in `dir`, hashing as it goes, refusing it (413) as soon
/// as it passes `cap` bytes.
pub async fn spool(body: Body, dir: &Path, cap: u64) -> Result<Spooled, ApiError> {
    use std::io::Write;
    let internal = |e: std::io::Error| ApiError::internal(format!("storing the upload: {e}"));
    std::fs::create_dir_all(dir).map_err(internal)?;
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(internal)?;
    // Frames are small (tens of KiB) and land in the page cache: a plain write is cheap.
    let mut out = std::io::BufWriter::with_capacity(CHUNK, tmp.as_file().try_clone().map_err(internal)?);
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut body = std::pin::pin!(body);
    while let Some(frame) = std::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let frame = frame.map_err(|e| {
            let text = e.to_string();
            let source = std::error::Error::source(&e).map(|s| s.to_string()).unwrap_or_default();
            if text.contains(super::http::BODY_TIMEOUT) || source.contains(super::http::BODY_TIMEOUT) {
                ApiError {
                    status: axum::http::StatusCode::REQUEST_TIMEOUT,
                    kind: "timeout",
                    message: format!(
                        "{}; send the whole component within the server's body timeout",
                        super::http::BODY_TIMEOUT
                    ),
                }
            } else {
                ApiError::bad_request(format!("reading the upload: {text}"))
            }
        })?;
        let Ok(data) = frame.into_data() else { continue };
        size += data.len() as u64;
        if size > cap {
            return Err(ApiError::too_large(format!(
                "the component is over the upload limit of {cap} bytes; a schema component is a few MiB"
            )));
        }
        hasher.update(&data);
        out.write_all(&data).map_err(internal)?;
    }
    out.flush().map_err(internal)?;
    Ok(Spooled { file: tmp, hash: hex(&hasher.finalize()), size })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::io::Write;

    async fn collect(body: Body) -> Vec<u8> {
        let mut body = std::pin::pin!(body);
        let mut all = Vec::new();
        while let Some(frame) = std::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
            all.extend_from_slice(&frame.unwrap().into_data().unwrap());
        }
        all
    }

    #[tokio::test]
    async fn a_compressed_trace_is_sent_as_its_whole_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("episode-1.jsonl.zst");
        let mut encoder = zstd::stream::write::Encoder::new(std::fs::File::create(&path).unwrap(), 3).unwrap();
        let mut expected = Vec::new();
        for i in 0..3000 {
            let line = format!("{{\"step\":{i},\"pad\":\"{}\"}}\n", "y".repeat(i % 700));
            encoder.write_all(line.as_bytes()).unwrap();
            expected.extend_from_slice(line.as_bytes());
        }
        // Long runs of one line expand far past a chunk from a little input.
        let same = format!("{{\"pad\":\"{}\"}}\n", "x".repeat(1013));
        for i in 0..(16 << 10) {
            encoder.write_all(same.as_bytes()).unwrap();
            expected.extend_from_slice(same.as_bytes());
            if i % 7 == 0 {
                encoder.flush().unwrap();
            }
        }
        encoder.write_all(b"{\"half\":").unwrap();
        encoder.flush().unwrap();
        let (len, body) = trace_body(path).await.unwrap();
        assert_eq!(len, None);
        let got = collect(body).await;
        assert_eq!(got.len(), expected.len());
        assert!(got == expected);
    }
}
