//! `scripted-nethack`: a scripted NetHack explorer that plays through AutoMem's text protocol as
//! an LLM would, so NetHack episodes with memory run without a model server (the demo, the tests).
//!
//! Each step it walks to the stairs down when it sees or remembers them, otherwise to the nearest
//! unexplored edge of the map, and goes down; on each new level it may go up and back down once
//! (`bounce`, on by default), so episodes change level in both directions. In LOG it notes in
//! `dungeon_map.txt` where a level's stairs down are (after a SEARCH shows they are not noted
//! yet) and in `actions_log.txt` each level reached; in PLAN it SEARCHes its notes for the
//! current level's stairs when none are in view. With `memory=off` it issues no memory ops.
pub mod nav;

use automem_sdk::Rng;
use nav::{Pos, Screen};
use serde_json::Value;

/// The memory file that holds where each level's stairs down are.
pub const MAP_FILE: &str = "dungeon_map.txt";
/// The memory file of levels reached.
pub const LOG_FILE: &str = "actions_log.txt";

/// What the policy reads from one observation's `info`.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// The terminal lines.
    pub lines: Vec<String>,
    /// The top line's message (with AutoMore's joined pages).
    pub message: String,
    /// The hero's cell (the cursor, where the game waits for a command).
    pub hero: Pos,
    /// Dungeon level (depth).
    pub depth: i64,
}

impl View {
    /// Read the info JSON of the NetHack game.
    pub fn parse(info: &str) -> Result<View, String> {
        let v: Value = serde_json::from_str(info).map_err(|e| format!("the observation's info is not JSON: {e}"))?;
        let lines = v["tty_lines"]
            .as_array()
            .ok_or("the observation's info has no tty_lines: this policy plays only nethack")?
            .iter()
            .map(|l| l.as_str().unwrap_or_default().to_string())
            .collect();
        let number = |x: &Value| x.as_i64().unwrap_or(0);
        Ok(View {
            lines,
            message: v["message"].as_str().unwrap_or_default().to_string(),
            hero: (number(&v["cursor"]["col"]) as i32, number(&v["cursor"]["row"]) as i32),
            depth: number(&v["blstats"]["depth"]),
        })
    }
}

/// The note saying where a level's stairs down are.
pub fn stairs_note(depth: i64, (x, y): Pos) -> String {
    format!("Dlvl {depth} stairs down at ({x},{y})")
}

/// The stairs position in a SEARCH result that holds [`stairs_note`] for `depth`.
pub fn stairs_in(text: &str, depth: i64) -> Option<Pos> {
    let key = format!("Dlvl {depth} stairs down at (");
    let start = text.find(&key)? + key.len();
    let rest = &text[start..];
    let (inside, _) = rest.split_once(')')?;
    let (x, y) = inside.split_once(',')?;
    Some((x.trim().parse().ok()?, y.trim().parse().ok()?))
}

/// One episode's policy: its RNG, settings and what it did last.
#[derive(Debug, Clone)]
pub struct Explorer {
    rng: Rng,
    memory: bool,
    bounce: bool,
    /// Depth at the previous LOG (a change is logged once).
    logged_depth: i64,
    /// Depths where it already went up and back down.
    bounced: Vec<i64>,
    /// The last action was `up` for a bounce: go back down next.
    returning: bool,
    /// A closed door ahead: `open` was sent, the direction follows.
    opening: Option<&'static str>,
    /// Stairs seen at the last step (depth, cell): the hero covers them once on them.
    last_seen: Option<(i64, Pos)>,
    /// Cells stood on, by depth: exploring goes where the hero has not been.
    visited: std::collections::HashMap<i64, std::collections::HashSet<Pos>>,
}

impl Explorer {
    /// A policy for one episode; settings `memory` and `bounce`, each `on` (default) or `off`.
    pub fn new(seed: u64, settings: &[(String, String)]) -> Result<Explorer, String> {
        let mut explorer = Explorer {
            rng: Rng::new(seed),
            memory: true,
            bounce: true,
            logged_depth: 0,
            bounced: Vec::new(),
            returning: false,
            opening: None,
            last_seen: None,
            visited: std::collections::HashMap::new(),
        };
        for (key, value) in settings {
            let on = match value.trim().to_ascii_lowercase().as_str() {
                "on" | "true" | "1" => true,
                "off" | "false" | "0" => false,
                _ => return Err(format!("setting '{key}' must be 'on' or 'off', got '{value}'")),
            };
            match key.as_str() {
                "memory" => explorer.memory = on,
                "bounce" => explorer.bounce = on,
                _ => {
                    return Err(format!(
                        "unknown setting '{key}': the scripted NetHack policy takes 'memory' and 'bounce' (on|off)"
                    ));
                }
            }
        }
        Ok(explorer)
    }

    /// The LOG phase: check whether the stairs in view are noted, note them and a new level.
    /// `results` are the texts of this phase's earlier ops.
    pub fn log(&mut self, view: &View, call_index: u32, results: &[String]) -> String {
        if !self.memory {
            return "<|DONE|>".into();
        }
        let stairs = Screen::new(&view.lines).find('>');
        let mut ops = String::new();
        if call_index == 0 && !stairs.is_empty() {
            return format!("<|SEARCH|>{MAP_FILE}|Dlvl {} stairs down<|END|>", view.depth);
        }
        if let Some(&at) = stairs.first()
            && !results.iter().any(|r| stairs_in(r, view.depth).is_some())
        {
            ops.push_str(&format!("<|APPEND|>{MAP_FILE}|{}<|END|>", stairs_note(view.depth, at)));
        }
        if view.depth != self.logged_depth {
            self.logged_depth = view.depth;
            ops.push_str(&format!("<|APPEND|>{LOG_FILE}|reached Dlvl {}<|END|>", view.depth));
        }
        ops.push_str("<|DONE|>");
        ops
    }

    /// The PLAN phase: look up the level's stairs if none are in view, then commit an action.
    pub fn plan(&mut self, view: &View, call_index: u32, results: &[String]) -> String {
        let screen = Screen::new(&view.lines);
        let in_view = screen.find('>').first().copied();
        if self.memory && in_view.is_none() && call_index == 0 {
            return format!("<|SEARCH|>{MAP_FILE}|Dlvl {} stairs down<|END|>", view.depth);
        }
        let remembered = results.iter().find_map(|r| stairs_in(r, view.depth));
        let just_seen = self.last_seen.filter(|(depth, _)| *depth == view.depth).map(|(_, p)| p);
        self.last_seen = in_view.map(|p| (view.depth, p));
        let action = self.decide(view, &screen, in_view.or(remembered).or(just_seen));
        format!("<|ACTION|>{action}<|END|>")
    }

    fn decide(&mut self, view: &View, screen: &Screen, stairs: Option<Pos>) -> &'static str {
        if let Some(dir) = self.opening.take() {
            return dir;
        }
        let top = view.lines.first().map(String::as_str).unwrap_or_default();
        let menu = view.lines.iter().any(|l| l.contains("(end)") || l.contains(" of ") && l.contains('('));
        if menu || top.contains("[yn") || top.trim_end().ends_with('?') {
            return "esc";
        }
        if self.returning {
            self.returning = false;
            return "down";
        }
        if self.bounce && view.depth > 1 && !self.bounced.contains(&view.depth) {
            // Just arrived by the stairs down: standing on the stairs up.
            self.bounced.push(view.depth);
            self.returning = true;
            return "up";
        }
        if stairs == Some(view.hero) {
            return "down";
        }
        // Now and then a random move, so a walk that fails (a monster, a boulder) does not
        // repeat forever.
        if self.rng.below(10) == 0 {
            return nav::MOVES[self.rng.below(4) as usize].2;
        }
        let visited = self.visited.entry(view.depth).or_default();
        visited.insert(view.hero);
        let step = match stairs {
            Some(goal) => screen.walk(view.hero, |p| p == goal),
            None => screen.walk(view.hero, |p| !visited.contains(&p) && screen.frontier(p)),
        };
        match step {
            Some((dir, _)) => {
                let (dx, dy, _) = nav::MOVES.iter().copied().find(|m| m.2 == dir).unwrap_or(nav::MOVES[0]);
                if screen.at((view.hero.0 + dx, view.hero.1 + dy)) == '+' {
                    self.opening = Some(dir);
                    return "open";
                }
                dir
            }
            None if self.rng.below(2) == 0 => "search",
            None => ["far north", "far east", "far south", "far west"][self.rng.below(4) as usize],
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod component {
    use super::{Explorer, View};
    use automem_sdk::policy::{Guest, Message, Reply, TurnContext};
    use automem_sdk::types::Phase;
    use std::cell::RefCell;

    thread_local! {
        static POLICY: RefCell<Option<Explorer>> = const { RefCell::new(None) };
    }

    struct ScriptedNetHack;

    impl Guest for ScriptedNetHack {
        fn configure(seed: u64, settings: Vec<(String, String)>) -> Result<(), String> {
            let explorer = Explorer::new(seed, &settings)?;
            POLICY.with(|p| *p.borrow_mut() = Some(explorer));
            Ok(())
        }

        fn respond(_messages: Vec<Message>, context: TurnContext) -> Result<Reply, String> {
            let view = View::parse(&context.observation.info)?;
            let results: Vec<String> = context.results.into_iter().map(|r| r.text).collect();
            let text = POLICY.with(|p| {
                let mut slot = p.borrow_mut();
                let explorer = slot.as_mut().ok_or("the policy was not configured")?;
                Ok::<_, String>(match context.phase {
                    Phase::Log => explorer.log(&view, context.call_index, &results),
                    Phase::Plan => explorer.plan(&view, context.call_index, &results),
                })
            })?;
            Ok(Reply { text, prompt_tokens: 0, completion_tokens: 0 })
        }
    }

    automem_sdk::export_policy!(ScriptedNetHack);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip_and_settings_are_checked() {
        let note = stairs_note(3, (41, 7));
        assert_eq!(stairs_in(&format!("dungeon_map.txt:2: {note}\n"), 3), Some((41, 7)));
        assert_eq!(stairs_in(&note, 4), None);
        assert!(Explorer::new(1, &[("memory".into(), "loud".into())]).is_err());
        assert!(Explorer::new(1, &[("colour".into(), "on".into())]).is_err());
    }

    #[test]
    fn logs_stairs_once_and_goes_down_on_them() {
        let mut lines = vec![String::new(); 24];
        lines[5] = "   |.@>.|".into();
        let view = View { lines, message: String::new(), hero: (5, 5), depth: 1 };
        let mut e = Explorer::new(1, &[]).unwrap();
        assert!(e.log(&view, 0, &[]).starts_with("<|SEARCH|>dungeon_map.txt|Dlvl 1 stairs down"));
        let log = e.log(&view, 1, &["no match".into()]);
        assert!(log.contains("<|APPEND|>dungeon_map.txt|Dlvl 1 stairs down at (6,5)<|END|>"), "{log}");
        assert!(log.contains("reached Dlvl 1") && log.ends_with("<|DONE|>"), "{log}");
        let again = e.log(&view, 1, &[stairs_note(1, (6, 5))]);
        assert_eq!(again, "<|DONE|>");
        // The stairs in view: no look-up, a walk east (or, one time in ten, a random move).
        let plan = e.plan(&view, 0, &[]);
        assert!(plan.starts_with("<|ACTION|>"), "{plan}");
    }
}
