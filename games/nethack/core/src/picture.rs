//! The screen as a picture for viewers: NLE's 24x80 tty, its colours and its cursor.
use crate::ffi::{self, COLS, ROWS};
use crate::text::latin1;
use automem_sdk::game::{Picture, TerminalScreen};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The current screen: its 24 lines as the `map:` text shows them (latin-1), each cell's
/// colour as NLE's tty_colors give it (one hex digit, 0-15), and the cursor as (column, row).
pub fn screen() -> Picture {
    let obs = ffi::obs();
    let colors = ffi::tty_colors();
    picture(&obs.tty_chars, &colors, obs.tty_cursor)
}

/// The picture of a screen's characters, colours (0-15) and NLE's `[row, column]` cursor.
pub fn picture(chars: &[u8], colors: &[u8], cursor: [u8; 2]) -> Picture {
    let lines = chars.chunks(COLS).take(ROWS).map(latin1).collect();
    let colours = colors
        .chunks(COLS)
        .take(ROWS)
        .map(|row| row.iter().map(|c| char::from(HEX[usize::from(c & 15)])).collect())
        .collect();
    let cursor = Some((u32::from(cursor[1]), u32::from(cursor[0])));
    Picture::Terminal(TerminalScreen { lines, colours, cursor })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn lines_colours_and_cursor_as_the_contract_says() {
        let mut chars = vec![b' '; ROWS * COLS];
        chars[COLS] = b'@';
        let mut colors = vec![0u8; ROWS * COLS];
        colors[COLS] = 15;
        colors[COLS + 1] = 4;
        let Picture::Terminal(screen) = picture(&chars, &colors, [1, 0]) else { panic!("a terminal") };
        assert_eq!(screen.lines.len(), ROWS);
        assert!(screen.lines.iter().all(|l| l.len() == COLS));
        assert!(screen.lines[1].starts_with("@ "));
        assert_eq!(&screen.colours[1][..3], "f40");
        assert_eq!(screen.cursor, Some((0, 1)));
    }
}
