//! The rules a revision must keep, checked by code where code can check them: the manifest is
//! fixed (no new crates, no build scripts), something changes beyond wording, and the revised
//! schema still leaves memory to the model (a LOG op that writes, a PLAN look-up, ACTION), and its
//! source does not read the build host at compile time ([`super::host_reads`]).
use super::source::{Files, MANIFEST};
use crate::bindings::schema_api::SchemaInfo;
use crate::bindings::types::Phase;

/// The rules as the reviewer reads them (in the brief and in the LLM reviewer's prompt).
pub const RULES: &str = "\
1. Memory operations stay the model's actions. Do not replace them with a history buffer kept by \
code, do not remove them from the LOG or PLAN phases, and do not make all storing and retrieving \
automatic. The LOG phase must keep at least one op that writes (APPEND, WRITE, CREATE, ... or a \
custom op), and the PLAN phase a look-up (SEARCH, READ, ...) and ACTION.
2. Two phases: nothing is written to memory about an action's outcome until the game's actual \
response has been observed, at the NEXT step. LOG writes only about outcomes already observed.
3. Make at least one STRUCTURAL change to the memory system (files, ops, gates, helpers, pruning, \
what is loaded into the prompt, the tunables' defaults). Prompt wording alone does not count. Do \
not optimize for token efficiency.
4. Edit only the schema's source under schema/: Cargo.toml is fixed (no new dependencies, no \
build script). The schema's name and its game stay the same.
5. The source may not read the build host when it compiles: `include_str!`/`include_bytes!` only \
with a literal relative path to a file of the crate (and not inside macro_rules!), `env!`/`option_env!` \
only for cargo's CARGO_PKG_* values, and no `include!`, `#[path]`, `#![feature]` or `wit_bindgen`.";

/// Check a revision's files against its parent's; `Ok` holds a one-line description of the change.
pub fn check_revision(parent: &Files, revised: &Files) -> Result<String, String> {
    if parent == revised {
        return Err("the revision changes nothing".into());
    }
    if parent.get(MANIFEST) != revised.get(MANIFEST) {
        return Err("Cargo.toml was changed; it is fixed (the dependencies stay, no build scripts)".into());
    }
    if revised.contains_key("build.rs") {
        return Err("build.rs was added; build scripts run on the host and are not allowed".into());
    }
    super::host_reads::check(revised)?;
    let changed: Vec<&String> = parent
        .keys()
        .chain(revised.keys())
        .filter(|k| parent.get(*k) != revised.get(*k))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let structural = changed.iter().any(|name| {
        let (a, b) = (parent.get(*name), revised.get(*name));
        match (a, b) {
            (Some(a), Some(b)) if name.ends_with(".rs") => without_wording(a) != without_wording(b),
            // A new or removed Rust module, or a changed data file (tunables.toml), is structure;
            // text files (prompts pulled in with include_str!, notes) are wording.
            _ => name.ends_with(".rs") || name.ends_with(".toml"),
        }
    });
    if !structural {
        return Err(format!(
            "the revision changes only wording (string literals, comments or text files in {}); rule 3 asks \
             for at least one structural change",
            changed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    Ok(format!(
        "{} file(s) changed: {}",
        changed.len(),
        changed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
    ))
}

/// Rust source as its tokens ([`super::lexer`]) with every string and char literal emptied,
/// comments and whitespace dropped: two sources equal under it differ only in wording.
pub fn without_wording(src: &str) -> String {
    use super::lexer::Tok;
    let mut out = String::with_capacity(src.len());
    for token in super::lexer::tokens(src) {
        if !out.is_empty() {
            out.push(' ');
        }
        match token.tok {
            Tok::Ident { name, raw } => {
                if raw {
                    out.push_str("r#");
                }
                out.push_str(&name);
            }
            Tok::Punct(c) => out.push(c),
            Tok::Str { .. } => out.push_str("\"\""),
            Tok::Char => out.push_str("''"),
            Tok::Lit(text) | Tok::Lifetime(text) => out.push_str(&text),
        }
    }
    out
}

const WRITING_OPS: [&str; 7] = ["APPEND", "WRITE", "CREATE", "INSERT", "STR_REPLACE", "RENAME", "DELETE"];
const LOOKUP_OPS: [&str; 5] = ["SEARCH", "READ", "TAIL", "COUNT", "VIEW"];

/// Check what a revised schema declares against its parent: same name and game, memory still
/// the model's to write (LOG) and to look up (PLAN), ACTION in PLAN, at least one file.
pub fn check_contract(parent: &SchemaInfo, revised: &SchemaInfo) -> Result<(), String> {
    if revised.name != parent.name {
        return Err(format!(
            "it calls itself `{}`, not `{}`; a revision keeps the schema's name",
            revised.name, parent.name
        ));
    }
    if revised.game != parent.game {
        return Err(format!("it is written for game `{}`, not `{}`", revised.game, parent.game));
    }
    let custom_in =
        |phase: Phase| revised.custom_ops.iter().filter(move |c| c.phases.contains(&phase)).map(|c| c.name.as_str());
    let writes = revised.log_ops.iter().any(|o| WRITING_OPS.contains(&o.as_str()))
        || custom_in(Phase::Log).any(|c| revised.log_ops.iter().any(|o| o == c));
    if !writes {
        return Err(format!(
            "its LOG phase offers no op that writes memory ({:?}); rule 1: memory stays the model's to write",
            revised.log_ops
        ));
    }
    let looks = revised.plan_ops.iter().any(|o| LOOKUP_OPS.contains(&o.as_str()))
        || custom_in(Phase::Plan).any(|c| revised.plan_ops.iter().any(|o| o == c));
    if !looks {
        return Err(format!(
            "its PLAN phase offers no look-up ({:?}); rule 1: retrieval stays the model's action",
            revised.plan_ops
        ));
    }
    if !revised.plan_ops.iter().any(|o| o == "ACTION") {
        return Err("its PLAN phase does not offer ACTION, so the model could never act".into());
    }
    if revised.files.is_empty() {
        return Err("it declares no memory files".into());
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, &str)]) -> Files {
        pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn wording_is_told_from_structure() {
        let a = "fn p() -> &'static str { \"Look around.\" } // hint\nconst C: char = 'x';\n";
        let reworded = "fn p() -> &'static str {\n    \"Look around carefully, then act.\" }\n/* new note */ const C: char = 'y';\n";
        let restructured =
            "fn p() -> &'static str { if true { \"Look around.\" } else { \"\" } }\nconst C: char = 'x';\n";
        assert_eq!(without_wording(a), without_wording(reworded));
        assert_ne!(without_wording(a), without_wording(restructured));
        let raw = "let s = r#\"a \"quoted\" thing\"#; let t: &'a str = x;";
        assert_eq!(without_wording(raw), "let s = \"\" ; let t : & 'a str = x ;");
        let esc = "let s = b\"a \\\" b\"; let n = 1; let c = b'x';";
        assert_eq!(without_wording(esc), "let s = \"\" ; let n = 1 ; let c = '' ;");
        // Spacing is not structure; numbers are.
        assert_eq!(without_wording("a+b*2"), without_wording("a + b * 2"));
        assert_ne!(without_wording("a + b * 2"), without_wording("a + b * 3"));
    }

    #[test]
    fn revisions_are_checked() {
        let base =
            files(&[("Cargo.toml", "[package]"), ("src/lib.rs", "fn a() { \"x\"; }"), ("tunables.toml", "a = 1")]);
        assert!(check_revision(&base, &base).unwrap_err().contains("changes nothing"));
        let mut m = base.clone();
        m.insert("Cargo.toml".into(), "[package]\n[dependencies]\nlibc = \"1\"".into());
        assert!(check_revision(&base, &m).unwrap_err().contains("Cargo.toml"));
        let mut b = base.clone();
        b.insert("build.rs".into(), "fn main() {}".into());
        assert!(check_revision(&base, &b).unwrap_err().contains("build.rs"));
        let mut w = base.clone();
        w.insert("src/lib.rs".into(), "fn a() {\n  \"y, better\";\n}".into());
        assert!(check_revision(&base, &w).unwrap_err().contains("only wording"));
        let mut t = base.clone();
        t.insert("tunables.toml".into(), "a = 2".into());
        assert!(check_revision(&base, &t).is_ok());
        let mut s = base.clone();
        s.insert("src/lib.rs".into(), "fn a() { \"x\"; b(); }".into());
        assert!(check_revision(&base, &s).unwrap().contains("src/lib.rs"));
    }

    proptest::proptest! {
        #[test]
        fn stripping_never_panics(src in "\\PC{0,200}") {
            let _ = without_wording(&src);
        }
    }
}
