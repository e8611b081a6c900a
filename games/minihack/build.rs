//! Link the C side (NetHack's build script, shared) and pack the Boxoban puzzles into the
//! records `src/boxoban.rs` reads: 17 bytes each, the 8x8 inside of the 10x10 puzzle (its border
//! is always wall) as a wall bitmap (u64, little-endian, bit `row * 8 + col`), then the player,
//! the four boxes and the four goals as cells `row * 8 + col`.
#[path = "../nethack/build.rs"]
mod link;

use std::io::Read;
use std::path::{Path, PathBuf};

fn main() {
    link::main();
    if let Err(e) = pack_all() {
        panic!("packing the Boxoban puzzles of games/minihack/data/boxoban: {e}");
    }
}

fn pack_all() -> Result<(), String> {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let data = Path::new("data/boxoban");
    println!("cargo:rerun-if-changed=data/boxoban");
    let why = |what: &'static str| move |e: std::io::Error| format!("{what}: {e}");
    let medium = std::fs::File::open(data.join("medium-train.txt.zst")).map_err(why("medium-train.txt.zst"))?;
    let mut text = String::new();
    ruzstd::decoding::StreamingDecoder::new(medium)
        .map_err(|e| format!("medium-train.txt.zst is not a zstd stream: {e}"))?
        .read_to_string(&mut text)
        .map_err(why("decoding medium-train.txt.zst"))?;
    std::fs::write(out.join("boxoban-medium.bin"), pack(&text, "medium-train")).map_err(why("writing"))?;
    let mut hard = String::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("hard"))
        .map_err(why("hard/"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for file in files {
        hard.push_str(&std::fs::read_to_string(&file).map_err(why("a hard puzzle file"))?);
        hard.push('\n');
    }
    std::fs::write(out.join("boxoban-hard.bin"), pack(&hard, "hard")).map_err(why("writing"))?;
    Ok(())
}

/// Every puzzle of a Boxoban file (`; N` then 10 rows of 10), packed.
fn pack(text: &str, what: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rows: Vec<&str> = Vec::new();
    let flush = |rows: &mut Vec<&str>, out: &mut Vec<u8>| {
        if rows.is_empty() {
            return;
        }
        assert_eq!(rows.len(), 10, "{what}: a puzzle of {} rows: {rows:?}", rows.len());
        let (mut walls, mut player, mut boxes, mut goals) = (0u64, Vec::new(), Vec::new(), Vec::new());
        for (r, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), 10, "{what}: a row of {} cells: {row:?}", row.len());
            for (c, ch) in row.bytes().enumerate() {
                let border = r == 0 || r == 9 || c == 0 || c == 9;
                if border {
                    assert_eq!(ch, b'#', "{what}: the border is not wall: {rows:?}");
                    continue;
                }
                let cell = ((r - 1) * 8 + (c - 1)) as u8;
                match ch {
                    b'#' => walls |= 1 << cell,
                    b'@' => player.push(cell),
                    b'$' => boxes.push(cell),
                    b'.' => goals.push(cell),
                    b' ' => {}
                    other => panic!("{what}: unknown cell {:?} in {rows:?}", char::from(other)),
                }
            }
        }
        assert!(player.len() == 1 && boxes.len() == 4 && goals.len() == 4, "{what}: not 1 player, 4 boxes, 4 goals");
        out.extend(walls.to_le_bytes());
        out.extend(player);
        out.extend(boxes);
        out.extend(goals);
        rows.clear();
    };
    for line in text.lines() {
        if line.starts_with(';') || line.trim().is_empty() {
            flush(&mut rows, &mut out);
        } else {
            rows.push(line);
        }
    }
    flush(&mut rows, &mut out);
    out
}
