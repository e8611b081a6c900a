//! BALROG's NetHack action space: NLE's USEFUL_ACTIONS by their language-wrapper names, then
//! the letters, digits and two-digit counts, each as the keys it sends.

/// NLE's USEFUL_ACTIONS in their order, each by nle-language-wrapper's first name and its key
/// (the action space BALROG builds; its prompt also lists a few names, such as `travel`, that are
/// not in it).
pub const NAMED: &[(&str, u8)] = &[
    ("north", 107),
    ("east", 108),
    ("south", 106),
    ("west", 104),
    ("northeast", 117),
    ("southeast", 110),
    ("southwest", 98),
    ("northwest", 121),
    ("far north", 75),
    ("far east", 76),
    ("far south", 74),
    ("far west", 72),
    ("far northeast", 85),
    ("far southeast", 78),
    ("far southwest", 66),
    ("far northwest", 89),
    ("up", 60),
    ("down", 62),
    ("wait", 46),
    ("more", 13),
    ("adjust", 225),
    ("apply", 97),
    ("attributes", 24),
    ("call", 67),
    ("cast", 90),
    ("chat", 227),
    ("close", 99),
    ("dip", 228),
    ("drop", 100),
    ("droptype", 68),
    ("eat", 101),
    ("engrave", 69),
    ("enhance", 229),
    ("esc", 27),
    ("fight", 70),
    ("fire", 102),
    ("force", 230),
    ("inventory", 105),
    ("inventtype", 73),
    ("invoke", 233),
    ("jump", 234),
    ("kick", 4),
    ("look", 58),
    ("loot", 236),
    ("monster", 237),
    ("move", 109),
    ("movefar", 77),
    ("offer", 239),
    ("open", 111),
    ("pay", 112),
    ("pickup", 44),
    ("pray", 240),
    ("puton", 80),
    ("quaff", 113),
    ("quiver", 81),
    ("read", 114),
    ("remove", 82),
    ("ride", 210),
    ("rub", 242),
    ("rush", 103),
    ("rush2", 71),
    ("search", 115),
    ("seearmor", 91),
    ("seerings", 61),
    ("seetools", 40),
    ("seetrap", 94),
    ("seeweapon", 41),
    ("shell", 33),
    ("sit", 243),
    ("swap", 120),
    ("takeoff", 84),
    ("takeoffall", 65),
    ("throw", 116),
    ("tip", 212),
    ("turnundead", 244),
    ("twoweapon", 88),
    ("untrap", 245),
    ("versionshort", 118),
    ("wear", 87),
    ("wield", 119),
    ("wipe", 247),
    ("zap", 122),
    ("seespells", 43),
    ("seeamulet", 34),
    ("seegold", 36),
    ("space", 32),
];

/// The key of BALROG's `more`.
pub const MORE: u8 = b'\r';
/// The key of BALROG's `esc`, the default action.
pub const ESC: u8 = 0x1b;

/// Every action name, in BALROG's order: the named actions, a-z, A-Z, 0-9, 00-99.
pub fn all() -> Vec<String> {
    let mut out: Vec<String> = NAMED.iter().map(|(n, _)| n.to_string()).collect();
    out.extend((b'a'..=b'z').chain(b'A'..=b'Z').map(|c| char::from(c).to_string()));
    out.extend((0..10).map(|d| d.to_string()));
    out.extend((0..100).map(|d| format!("{d:02}")));
    out
}

/// The keys an action sends, or None if it is not an action. Single letters send their own key
/// (as the language wrapper does: "k" is north's key); "00"-"99" send two digits (a count).
pub fn keys(action: &str) -> Option<Vec<u8>> {
    if let Some((_, key)) = NAMED.iter().find(|(n, _)| *n == action) {
        return Some(vec![*key]);
    }
    let bytes = action.as_bytes();
    match bytes {
        [c] if c.is_ascii_alphanumeric() => Some(vec![*c]),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => Some(vec![*a, *b]),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn balrog_space() {
        let all = all();
        // 86 named USEFUL_ACTIONS + 52 letters + 10 digits + 100 counts.
        assert_eq!(NAMED.len(), 86);
        assert_eq!(all.len(), 86 + 52 + 10 + 100);
        assert_eq!(keys("esc"), Some(vec![0x1b]));
        assert_eq!(keys("far east"), Some(vec![b'L']));
        assert_eq!(keys("kick"), Some(vec![4]));
        assert_eq!(keys("pray"), Some(vec![0xf0]));
        assert_eq!(keys("q"), Some(vec![b'q']));
        assert_eq!(keys("42"), Some(vec![b'4', b'2']));
        assert_eq!(keys("jump around"), None);
        assert!(all.iter().all(|a| keys(a).is_some()));
    }
}
