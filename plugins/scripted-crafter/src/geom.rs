//! Grid geometry: positions, offsets and the four move directions.

/// A cell or an offset on the grid, `(x, y)` with y growing southward.
pub type Pos = (i32, i32);

/// One of the four move directions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// x − 1.
    West,
    /// x + 1.
    East,
    /// y − 1.
    North,
    /// y + 1.
    South,
}

impl Dir {
    /// The four directions in a fixed order.
    pub const ALL: [Dir; 4] = [Dir::West, Dir::East, Dir::North, Dir::South];

    /// The unit offset of one step this way.
    pub fn offset(self) -> Pos {
        match self {
            Dir::West => (-1, 0),
            Dir::East => (1, 0),
            Dir::North => (0, -1),
            Dir::South => (0, 1),
        }
    }

    /// The direction of a unit offset.
    pub fn from_offset(offset: Pos) -> Option<Dir> {
        Dir::ALL.into_iter().find(|d| d.offset() == offset)
    }

    /// Lower-case name, as the notes write it ("west").
    pub fn name(self) -> &'static str {
        match self {
            Dir::West => "west",
            Dir::East => "east",
            Dir::North => "north",
            Dir::South => "south",
        }
    }

    /// The direction called `name` (case-insensitive).
    pub fn from_name(name: &str) -> Option<Dir> {
        Dir::ALL.into_iter().find(|d| d.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The game action that moves (or turns) this way.
    pub fn action(self) -> &'static str {
        match self {
            Dir::West => "Move West",
            Dir::East => "Move East",
            Dir::North => "Move North",
            Dir::South => "Move South",
        }
    }

    /// The opposite direction.
    pub fn reverse(self) -> Dir {
        match self {
            Dir::West => Dir::East,
            Dir::East => Dir::West,
            Dir::North => Dir::South,
            Dir::South => Dir::North,
        }
    }
}

/// `a + b`.
pub fn add(a: Pos, b: Pos) -> Pos {
    (a.0 + b.0, a.1 + b.1)
}

/// `a − b`.
pub fn sub(a: Pos, b: Pos) -> Pos {
    (a.0 - b.0, a.1 - b.1)
}

/// Manhattan length of an offset.
pub fn manhattan(offset: Pos) -> i32 {
    offset.0.abs() + offset.1.abs()
}

/// Chebyshev length of an offset (1 means inside the 3x3 area around the origin).
pub fn chebyshev(offset: Pos) -> i32 {
    offset.0.abs().max(offset.1.abs())
}

/// Read the first `(x,y)` in `text`.
pub fn parse_pos(text: &str) -> Option<Pos> {
    let start = text.find('(')?;
    let rest = &text[start + 1..];
    let end = rest.find(')')?;
    let (x, y) = rest[..end].split_once(',')?;
    Some((x.trim().parse().ok()?, y.trim().parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_parse_and_directions_round_trip() {
        assert_eq!(parse_pos("iron at (34,40)"), Some((34, 40)));
        assert_eq!(parse_pos("x at ( -1, 2 ) y"), Some((-1, 2)));
        assert_eq!(parse_pos("no position"), None);
        for d in Dir::ALL {
            assert_eq!(Dir::from_offset(d.offset()), Some(d));
            assert_eq!(Dir::from_name(d.name()), Some(d));
            assert_eq!(add(d.offset(), d.reverse().offset()), (0, 0));
        }
    }
}
