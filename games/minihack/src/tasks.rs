//! The eight MiniHack tasks BALROG and AutoMem evaluate, each as MiniHack 1.0.2 defines it:
//! its level, action set, character, which questions are answered for the agent, and its goal.
use crate::boxoban::Set;

/// How a task's level is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// MiniHack's des file (dat/).
    File(&'static str),
    /// A maze of this width and height (MiniHack's MazeWalk).
    Maze(usize, usize),
    /// The corridor battle, unlit.
    CorridorBattleDark,
    /// A Boxoban puzzle from this set, chosen by the seed at every reset.
    Boxoban(Set),
}

/// When the task is solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// The hero stands on the down stairs (NLE's NetHackStaircase).
    StairsDown,
    /// Every fountain has a boulder on it (MiniHack's BoxoHack).
    BouldersOnFountains,
}

/// One task.
#[derive(Debug, Clone, Copy)]
pub struct Task {
    pub name: &'static str,
    pub level: Level,
    /// BALROG's names of the task's actions (MiniHack's, intersected with BALROG's dictionary).
    pub actions: &'static [&'static str],
    /// A character the task always plays (MiniHack sets it over the caller's), else None
    /// (BALROG's "@": random role, race, gender and alignment from the seed).
    pub character: Option<&'static str>,
    /// NLE's `allow_all_yn_questions`: a y/n question is left to the agent; when false it is
    /// refused for it unless it asks what to eat, attack, pray or which direction.
    pub allow_all_yn: bool,
    pub goal: Goal,
    /// What the agent is asked to do (BALROG's goal sentence for the task's family).
    pub objective: &'static str,
    /// What the task asks, for the instructions.
    pub about: &'static str,
}

/// The eight compass moves (NLE's CompassDirection).
const MOVES: &[&str] = &["north", "east", "south", "west", "northeast", "southeast", "southwest", "northwest"];
/// Corridor's: moves, open, kick, search.
const NAVIGATE: &[&str] =
    &["north", "east", "south", "west", "northeast", "southeast", "southwest", "northwest", "open", "kick", "search"];
/// Boxoban's: the four cardinal moves.
const CARDINAL: &[&str] = &["north", "east", "south", "west"];
/// The skill tasks': MiniHack's full action set (less `up`) as far as BALROG names it.
const SKILL: &[&str] = &[
    "north",
    "east",
    "south",
    "west",
    "northeast",
    "southeast",
    "southwest",
    "northwest",
    "far north",
    "far east",
    "far south",
    "far west",
    "far northeast",
    "far southeast",
    "far southwest",
    "far northwest",
    "down",
    "wait",
    "more",
    "apply",
    "close",
    "open",
    "eat",
    "force",
    "kick",
    "loot",
    "pickup",
    "pray",
    "puton",
    "quaff",
    "search",
    "zap",
];

const EXPLORE: &str = "explore the level and reach the stairs down";
const QUEST: &str =
    "explore the level, fight monsters, and navigate rooms and mazes to ultimately reach the stairs down";
const BOXOBAN: &str = "push every boulder onto a fountain";
const FARTHEST: &str = "get as far as possible";

/// The tasks, the default first.
pub const TASKS: &[Task] = &[
    Task {
        name: "MiniHack-MazeWalk-9x9-v0",
        level: Level::Maze(9, 9),
        actions: MOVES,
        character: None,
        allow_all_yn: false,
        goal: Goal::StairsDown,
        objective: FARTHEST,
        about: "A maze carved at random in a 9x9 area, unmapped; the down stairs `>` are somewhere in it.",
    },
    Task {
        name: "MiniHack-MazeWalk-15x15-v0",
        level: Level::Maze(15, 15),
        actions: MOVES,
        character: None,
        allow_all_yn: false,
        goal: Goal::StairsDown,
        objective: FARTHEST,
        about: "A maze carved at random in a 15x15 area, unmapped; remember the dead ends.",
    },
    Task {
        name: "MiniHack-Corridor-R3-v0",
        level: Level::File("corridor3.des"),
        actions: NAVIGATE,
        character: None,
        allow_all_yn: false,
        goal: Goal::StairsDown,
        objective: EXPLORE,
        about: "Three lit rooms placed at random, joined by random corridors; the down stairs are in one room. Doors may need opening.",
    },
    Task {
        name: "MiniHack-CorridorBattle-Dark-v0",
        level: Level::CorridorBattleDark,
        actions: MOVES,
        character: Some("kni-hum-law-fem"),
        allow_all_yn: false,
        goal: Goal::StairsDown,
        objective: FARTHEST,
        about: "An unlit start room, a corridor, and a long room where six giant rats wait before the down stairs. Fight them one at a time in the corridor.",
    },
    Task {
        name: "MiniHack-Quest-Easy-v0",
        level: Level::File("quest_easy.des"),
        actions: SKILL,
        character: None,
        allow_all_yn: true,
        goal: Goal::StairsDown,
        objective: QUEST,
        about: "A river of lava `}` between the start and the goal room; a wand of cold and a frost horn lie at the start (freeze the lava to cross); two random monsters.",
    },
    Task {
        name: "MiniHack-Quest-Medium-v0",
        level: Level::File("quest_medium.des"),
        actions: SKILL,
        character: Some("kni-hum-law-fem"),
        allow_all_yn: true,
        goal: Goal::StairsDown,
        objective: QUEST,
        about: "Two rooms and a narrow corridor; six giant rats and a column of lava before the goal room; a wand of cold and a frost horn at the start.",
    },
    Task {
        name: "MiniHack-Boxoban-Medium-v0",
        level: Level::Boxoban(Set::Medium),
        actions: CARDINAL,
        character: None,
        allow_all_yn: false,
        goal: Goal::BouldersOnFountains,
        objective: BOXOBAN,
        about: "Sokoban: push the four boulders `` ` `` onto the four fountains `{`. Moves are north, east, south and west only; boulders can only be pushed; `#` are iron bars. A puzzle of the medium set.",
    },
    Task {
        name: "MiniHack-Boxoban-Hard-v0",
        level: Level::Boxoban(Set::Hard),
        actions: CARDINAL,
        character: None,
        allow_all_yn: false,
        goal: Goal::BouldersOnFountains,
        objective: BOXOBAN,
        about: "Sokoban as in Boxoban-Medium, with a puzzle of the hard set.",
    },
];

/// The task called `name` (empty: the default).
pub fn find(name: &str) -> Option<&'static Task> {
    if name.is_empty() { TASKS.first() } else { TASKS.iter().find(|t| t.name == name) }
}

impl Task {
    /// The instruction prompt: the game, the goal, the actions.
    pub fn instructions(&self) -> String {
        let mut out = format!(
            "You are an agent playing MiniHack, small NetHack levels built for one task each. \
             Your goal: {}.\n\nThis task ({}): {}\n\nThe observation describes what you see in words, \
             then shows the screen: the map (`@` is you), the message line and the status lines.\n\n\
             Your actions:\n",
            self.objective, self.name, self.about
        );
        for action in self.actions {
            out.push_str(&format!("{action}: {}\n", describe(action)));
        }
        out.push_str("\nTip: there is no point in sending the same action again and again when nothing changes.\n");
        out
    }
}

fn describe(action: &str) -> &'static str {
    match action {
        "north" | "east" | "south" | "west" | "northeast" | "southeast" | "southwest" | "northwest" => {
            "move one square"
        }
        "far north" | "far east" | "far south" | "far west" | "far northeast" | "far southeast" | "far southwest"
        | "far northwest" => "move in that direction until something interesting is seen",
        "down" => "go down the stairs you stand on",
        "wait" => "rest one turn",
        "more" => "show the rest of a message that ends in --More--",
        "apply" => "use a tool (you are asked which)",
        "close" => "close a door next to you",
        "open" => "open a door next to you",
        "eat" => "eat something",
        "force" => "force a lock",
        "kick" => "kick something next to you",
        "loot" => "open a container on the floor",
        "pickup" => "pick up what lies here",
        "pray" => "pray to your god",
        "puton" => "put on a ring or an amulet",
        "quaff" => "drink a potion",
        "search" => "search around you for hidden things",
        "zap" => "zap a wand (you are asked which, then the direction)",
        _ => "",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_one_key_balrog_knows() {
        for task in TASKS {
            assert!(task.actions.contains(&"north"), "{}", task.name);
            for action in task.actions {
                let keys = nethack_core::actions::keys(action).unwrap_or_default();
                assert_eq!(keys.len(), 1, "{action} of {}", task.name);
                assert!(!describe(action).is_empty(), "{action}");
            }
        }
        assert_eq!(SKILL.len(), 32);
        assert_eq!(TASKS.len(), 8);
        assert_eq!(find("").unwrap().name, "MiniHack-MazeWalk-9x9-v0");
        assert!(find("MiniHack-River-v0").is_none());
    }
}
