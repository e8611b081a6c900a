//! A game's picture checked at the boundary: the WIT `picture` a game returns becomes the trace's
//! [`Picture`] only within fixed bounds, so a hostile game cannot make every step's record huge
//! or hand viewers cells that do not add up.
use crate::bindings::game_api::{Picture as WitPicture, TerminalScreen, TileGrid};
use automem_runfile::Picture;

/// Most cells a tile row has, and most rows.
pub const MAX_TILES_SIDE: u32 = 256;
/// Most bytes of one tile name.
pub const MAX_TILE_NAME_BYTES: usize = 64;
/// Most rows of a terminal screen.
pub const MAX_TERMINAL_ROWS: usize = 256;
/// Most characters (cells) of one terminal line.
pub const MAX_TERMINAL_COLUMNS: usize = 512;

/// The picture as the trace stores it, or what is wrong with it (for the game's error).
pub fn checked(picture: WitPicture) -> Result<Picture, String> {
    match picture {
        WitPicture::Tiles(grid) => tiles(grid),
        WitPicture::Terminal(screen) => terminal(screen),
    }
}

fn tiles(grid: TileGrid) -> Result<Picture, String> {
    let TileGrid { width, height, cells } = grid;
    for (what, n) in [("width", width), ("height", height)] {
        if !(1..=MAX_TILES_SIDE).contains(&n) {
            return Err(format!("drew a tile grid of {what} {n}; a tile grid is 1 to {MAX_TILES_SIDE} cells each way"));
        }
    }
    let want = width as usize * height as usize;
    if cells.len() != want {
        return Err(format!(
            "drew a {width}x{height} tile grid with {} cells; it must have width * height = {want}",
            cells.len()
        ));
    }
    for (i, name) in cells.iter().enumerate() {
        if name.is_empty() || name.len() > MAX_TILE_NAME_BYTES || name.chars().any(char::is_control) {
            return Err(format!(
                "drew tile {i} (row {}, column {}) named {:?}; a tile name is 1 to {MAX_TILE_NAME_BYTES} bytes of \
                 printable text",
                i / width as usize,
                i % width as usize,
                shorten(name)
            ));
        }
    }
    Ok(Picture::Tiles { width, height, cells })
}

fn terminal(screen: TerminalScreen) -> Result<Picture, String> {
    let TerminalScreen { lines, colours, cursor } = screen;
    if lines.is_empty() || lines.len() > MAX_TERMINAL_ROWS {
        return Err(format!("drew a terminal of {} lines; a terminal has 1 to {MAX_TERMINAL_ROWS} lines", lines.len()));
    }
    if colours.len() != lines.len() {
        return Err(format!(
            "drew a terminal of {} lines with {} colour rows; each line needs its row of colours",
            lines.len(),
            colours.len()
        ));
    }
    for (row, (line, colour)) in lines.iter().zip(&colours).enumerate() {
        // Cheap bound first: a line of more bytes than 4 per allowed cell cannot be short enough.
        let cells = if line.len() > 4 * MAX_TERMINAL_COLUMNS { usize::MAX } else { line.chars().count() };
        if cells > MAX_TERMINAL_COLUMNS {
            return Err(format!(
                "drew terminal line {row} of more than {MAX_TERMINAL_COLUMNS} characters, the most a line may have"
            ));
        }
        if let Some(c) = line.chars().find(|c| c.is_control()) {
            return Err(format!(
                "drew terminal line {row} with the control character {c:?}; a line holds one printable character a cell"
            ));
        }
        if colour.len() != cells {
            return Err(format!(
                "drew terminal line {row} of {cells} characters with {} colours; each character needs one colour digit",
                colour.len()
            ));
        }
        if let Some(c) = colour.chars().find(|c| !matches!(c, '0'..='9' | 'a'..='f')) {
            return Err(format!(
                "drew terminal line {row} with the colour {c:?}; a colour is one hex digit 0-9 or a-f (lower case)"
            ));
        }
    }
    if let Some((col, row)) = cursor
        && (row as usize >= lines.len() || col as usize >= MAX_TERMINAL_COLUMNS)
    {
        return Err(format!(
            "drew the cursor at column {col}, row {row}, off its {}-line screen (columns below {MAX_TERMINAL_COLUMNS})",
            lines.len()
        ));
    }
    Ok(Picture::Terminal { lines, colours, cursor: cursor.map(|(col, row)| [col, row]) })
}

/// At most 40 characters of a hostile name, for an error message.
fn shorten(name: &str) -> String {
    name.chars().take(40).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn screen(lines: &[&str], colours: &[&str], cursor: Option<(u32, u32)>) -> WitPicture {
        WitPicture::Terminal(TerminalScreen {
            lines: lines.iter().map(|s| s.to_string()).collect(),
            colours: colours.iter().map(|s| s.to_string()).collect(),
            cursor,
        })
    }

    fn grid(width: u32, height: u32, cells: usize, name: &str) -> WitPicture {
        WitPicture::Tiles(TileGrid { width, height, cells: vec![name.to_string(); cells] })
    }

    #[test]
    fn good_pictures_pass_as_the_trace_keeps_them() {
        let p = checked(screen(&["@.", "é "], &["f7", "10"], Some((1, 0)))).unwrap();
        assert_eq!(
            p,
            Picture::Terminal {
                lines: vec!["@.".into(), "é ".into()],
                colours: vec!["f7".into(), "10".into()],
                cursor: Some([1, 0])
            }
        );
        assert!(checked(grid(256, 256, 65_536, "grass")).is_ok());
    }

    #[test]
    fn bad_grids_are_refused_saying_why() {
        let err = |p| checked(p).unwrap_err();
        assert!(err(grid(257, 1, 257, "x")).contains("width 257"));
        assert!(err(grid(0, 1, 0, "x")).contains("width 0"));
        assert!(err(grid(3, 3, 8, "x")).contains("with 8 cells"));
        assert!(err(grid(1, 1, 1, "")).contains("tile 0"));
        assert!(err(grid(1, 1, 1, &"x".repeat(65))).contains("1 to 64 bytes"));
        assert!(err(grid(1, 1, 1, "a\u{1b}[31m")).contains("printable"));
    }

    #[test]
    fn bad_screens_are_refused_saying_why() {
        let err = |p| checked(p).unwrap_err();
        assert!(err(screen(&[], &[], None)).contains("0 lines"));
        assert!(err(screen(&["ab"], &[], None)).contains("0 colour rows"));
        assert!(err(screen(&["ab"], &["7"], None)).contains("2 characters with 1 colours"));
        assert!(err(screen(&["ab"], &["7g"], None)).contains("'g'"));
        assert!(err(screen(&["ab"], &["7F"], None)).contains("'F'"));
        assert!(err(screen(&["a\tb"], &["777"], None)).contains("control"));
        assert!(err(screen(&["ab"], &["77"], Some((0, 1)))).contains("row 1"));
        let long = "x".repeat(513);
        assert!(err(screen(&[long.as_str()], &[long.as_str()], None)).contains("more than 512"));
        let rows = vec!["x"; 257];
        assert!(err(screen(&rows, &rows, None)).contains("257 lines"));
    }
}
