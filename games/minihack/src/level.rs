//! Des files the way MiniHack's `LevelGenerator` writes them, for the tasks whose level it builds
//! in Python: the mazes, the dark corridor battle and every Boxoban puzzle. The text matches
//! what MiniHack 1.0.2 writes for the same task, so NetHack's lev_comp makes the same level.

/// A MAZE-type level being written.
pub struct Des {
    text: String,
}

impl Des {
    /// `MAZE "mylevel"` with `flags`, the map (rows of equal width), one lit or unlit region
    /// over all of it.
    pub fn new(map: &[String], flags: &[&str], lit: bool) -> Self {
        let width = map.first().map_or(0, String::len);
        let height = map.len();
        let mut text = String::from("\nMAZE: \"mylevel\", ' '\n");
        text.push_str(&format!("FLAGS:{}\n", flags.join(",")));
        text.push_str("INIT_MAP: solidfill,' '\nGEOMETRY:center,center\nMAP\n");
        for row in map {
            text.push_str(row);
            text.push('\n');
        }
        text.push_str("ENDMAP\n");
        let light = if lit { "lit" } else { "unlit" };
        text.push_str(&format!("REGION:(0,0,{width},{height}),{light},\"ordinary\"\n"));
        Des { text }
    }

    /// A filled map of `w` by `h` floor.
    pub fn floor(w: usize, h: usize) -> Vec<String> {
        vec![".".repeat(w); h]
    }

    /// One statement.
    pub fn line(&mut self, statement: String) {
        self.text.push_str(&statement);
        self.text.push('\n');
    }

    /// The hero starts at `at` (MiniHack's `set_start_pos`: an up stair branch there, its
    /// other end on any other cell).
    pub fn start_at(&mut self, at: (u8, u8)) {
        let (x, y) = at;
        let (ox, oy) = ((i32::from(x) - 1).abs(), (i32::from(y) - 1).abs());
        self.line(format!("BRANCH:({x},{y},{x},{y}),({ox},{oy},{ox},{oy})"));
    }

    /// The text of the des file.
    pub fn finish(self) -> String {
        self.text
    }
}

/// MiniHack's MazeWalk-WxH: a W by H area walled round, carved by NetHack's MAZEWALK from its
/// centre, the down stairs anywhere; not pre-mapped.
pub fn mazewalk(w: usize, h: usize) -> String {
    let (w, h) = (w + 2, h + 2);
    let mut des = Des::new(&Des::floor(w, h), &["hardfloor"], true);
    des.line(format!("TERRAIN:rect (0,0,{},{}),'-'", w - 1, h - 1));
    des.line(format!("TERRAIN:fillrect (1,1,{},{}),' '", w - 2, h - 2));
    des.line(format!("MAZEWALK:({},{}),east", w / 2, h / 2));
    des.line("STAIR:random,down".into());
    des.finish()
}

/// MiniHack's CorridorBattle(-Dark): a small room, a corridor, a long room with six giant rats
/// before the down stairs.
pub fn corridor_battle(lit: bool) -> String {
    let map: Vec<String> = [
        "-----       ----------------------",
        "|...|       |....................|",
        "|....#######.....................|",
        "|...|       |....................|",
        "-----       ----------------------",
    ]
    .iter()
    .map(|r| r.to_string())
    .collect();
    let mut des = Des::new(&map, &["hardfloor"], lit);
    des.line("BRANCH:(1,1,3,3),(0,0,0,0)".into());
    for (x, y) in [(30, 1), (30, 2), (30, 3), (31, 1), (31, 2), (31, 3)] {
        des.line(format!("MONSTER:\"giant rat\",({x}, {y})"));
    }
    des.line("STAIR:(32, 2),down".into());
    des.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// What MiniHack 1.0.2's LevelGenerator writes for MiniHack-MazeWalk-9x9-v0.
    #[test]
    fn the_nine_by_nine_maze_is_minihacks() {
        let expected =
            "\nMAZE: \"mylevel\", ' '\nFLAGS:hardfloor\nINIT_MAP: solidfill,' '\nGEOMETRY:center,center\nMAP\n"
                .to_string()
                + &"...........\n".repeat(11)
                + "ENDMAP\nREGION:(0,0,11,11),lit,\"ordinary\"\nTERRAIN:rect (0,0,10,10),'-'\n\
               TERRAIN:fillrect (1,1,9,9),' '\nMAZEWALK:(5,5),east\nSTAIR:random,down\n";
        assert_eq!(mazewalk(9, 9), expected);
        assert!(mazewalk(15, 15).contains("REGION:(0,0,17,17),lit"));
        assert!(mazewalk(15, 15).contains("MAZEWALK:(8,8),east"));
    }

    #[test]
    fn the_dark_battle_is_unlit_with_six_rats() {
        let des = corridor_battle(false);
        assert!(des.contains("REGION:(0,0,34,5),unlit,\"ordinary\"\nBRANCH:(1,1,3,3),(0,0,0,0)\n"));
        assert_eq!(des.matches("giant rat").count(), 6);
        assert!(des.ends_with("STAIR:(32, 2),down\n"));
    }
}
