//! The second wall around a revision's build: refuse the source forms that make the compiler read
//! the build host. `include_str!`/`include_bytes!` may name only a file of the schema's own crate,
//! by a literal relative path, outside macro bodies; `env!`/`option_env!` only cargo's
//! `CARGO_PKG_*` values; `include!`, `#[path]`, `#![feature]`, `debugger_visualizer`, `#[link]`,
//! macro variables in attributes and `wit_bindgen` (whose `generate!` reads files) not at all.
//! The check is on tokens, so any other way to name these macros (a `use` rename, a path such as
//! `core::include_str`, a raw identifier, an identifier passed to a macro) is refused too: the
//! name may appear only in the one allowed shape.
use super::lexer::{Tok, Token, tokens};
use super::source::Files;
use std::path::{Component, Path};

/// Names that may appear only as a checked call: (name, what it reads).
const CHECKED: [(&str, &str); 4] = [
    ("include_str", "a file"),
    ("include_bytes", "a file"),
    ("env", "an environment variable of the build host"),
    ("option_env", "an environment variable of the build host"),
];

/// Names refused wherever they appear: (name, why).
const REFUSED: [(&str, &str); 4] = [
    ("include", "`include!` compiles another file as code; put the code in a module"),
    ("wit_bindgen", "`wit_bindgen` macros read files of the build host; use the SDK's export macros"),
    ("debugger_visualizer", "`debugger_visualizer` reads a file of the build host"),
    ("concat_idents", "`concat_idents!` builds identifiers, which could name a macro that reads the host"),
];

/// Check every Rust file of a revision; the error names the file, the line and the form.
pub fn check(files: &Files) -> Result<(), String> {
    for (name, text) in files.iter().filter(|(n, _)| n.ends_with(".rs")) {
        check_file(files, name, text).map_err(|(line, why)| {
            format!("{name} line {line}: {why}; a revision's source may not read the build host at compile time")
        })?;
    }
    Ok(())
}

fn check_file(files: &Files, name: &str, text: &str) -> Result<(), (usize, String)> {
    let toks = tokens(text);
    let macro_bodies = macro_bodies(&toks);
    let mut attr_depth: Vec<bool> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let in_attr = attr_depth.iter().any(|&a| a);
        match &t.tok {
            Tok::Punct('[') => {
                let opens_attr = matches!(prev(&toks, i, 1), Some(Tok::Punct('#')))
                    || (matches!(prev(&toks, i, 1), Some(Tok::Punct('!')))
                        && matches!(prev(&toks, i, 2), Some(Tok::Punct('#'))));
                attr_depth.push(opens_attr);
            }
            Tok::Punct(']') => {
                attr_depth.pop();
            }
            Tok::Punct('$') if in_attr => {
                return Err((t.line, "a macro variable inside an attribute could make it `#[path]`".into()));
            }
            Tok::Ident { name: id, .. } => {
                if let Some((_, why)) = REFUSED.iter().find(|(n, _)| n == id) {
                    return Err((t.line, why.to_string()));
                }
                let next_is = |c: char| matches!(toks.get(i + 1).map(|t| &t.tok), Some(Tok::Punct(p)) if *p == c);
                if in_attr && id == "path" && next_is('=') {
                    return Err((t.line, "`#[path = ...]` loads a module from anywhere on the build host".into()));
                }
                if in_attr && id == "link" && next_is('(') {
                    return Err((t.line, "`#[link(...)]` makes the linker read libraries of the build host".into()));
                }
                if id == "feature" && attr_depth.last() == Some(&true) && is_inner_attr_start(&toks, i) {
                    return Err((t.line, "`#![feature(...)]` enables unstable compiler features".into()));
                }
                if let Some((macro_name, reads)) = CHECKED.iter().find(|(n, _)| n == id) {
                    let in_macro = macro_bodies.iter().any(|r| r.contains(&i));
                    check_call(files, name, &toks, i, macro_name, reads, in_macro).map_err(|why| (t.line, why))?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn prev(toks: &[Token], i: usize, back: usize) -> Option<&Tok> {
    i.checked_sub(back).and_then(|j| toks.get(j)).map(|t| &t.tok)
}

/// `feature` right after `#![`.
fn is_inner_attr_start(toks: &[Token], i: usize) -> bool {
    matches!(prev(toks, i, 1), Some(Tok::Punct('[')))
        && matches!(prev(toks, i, 2), Some(Tok::Punct('!')))
        && matches!(prev(toks, i, 3), Some(Tok::Punct('#')))
}

/// The token ranges of `macro_rules! name { ... }` bodies.
fn macro_bodies(toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let is_def = matches!(&toks[i].tok, Tok::Ident { name, .. } if name == "macro_rules")
            && matches!(toks.get(i + 1).map(|t| &t.tok), Some(Tok::Punct('!')));
        if !is_def {
            continue;
        }
        // The body is the first delimited group after the name; an unclosed one runs to the end.
        let Some(open) = (i + 2..toks.len()).find(|&j| matches!(toks[j].tok, Tok::Punct('{' | '(' | '['))) else {
            continue;
        };
        out.push(open..group_end(toks, open).unwrap_or(toks.len()));
    }
    out
}

/// The index of the token closing the group opened at `open`.
fn group_end(toks: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in toks.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Punct('{' | '(' | '[') => depth += 1,
            Tok::Punct('}' | ')' | ']') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The one allowed shape of a checked name: `NAME!("literal")` (any delimiters), with a literal
/// that passes.
fn check_call(
    files: &Files,
    file: &str,
    toks: &[Token],
    i: usize,
    name: &str,
    reads: &str,
    in_macro: bool,
) -> Result<(), String> {
    let shape =
        || format!("`{name}` may appear only as `{name}!(\"...\")` with a literal argument ({name}! reads {reads})");
    let tok = |k: usize| toks.get(i + k).map(|t| &t.tok);
    if matches!(&toks[i].tok, Tok::Ident { raw: true, .. }) {
        return Err(shape());
    }
    let (Some(Tok::Punct('!')), Some(Tok::Punct(open)), Some(Tok::Str { text, plain }), Some(Tok::Punct(close))) =
        (tok(1), tok(2), tok(3), tok(4))
    else {
        return Err(shape());
    };
    if !matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}')) || !plain {
        return Err(shape());
    }
    if name.contains("env") {
        return if text.starts_with("CARGO_PKG_") || text == "CARGO_CRATE_NAME" {
            Ok(())
        } else {
            Err(format!(
                "`{name}!(\"{text}\")` reads an environment variable of the build host; only cargo's CARGO_PKG_* \
                 values may be read"
            ))
        };
    }
    if in_macro {
        return Err(format!(
            "`{name}!` inside a macro_rules! body (its path would be resolved where the macro is used)"
        ));
    }
    match inside_crate(file, text) {
        Some(target) if files.contains_key(&target) => Ok(()),
        _ => Err(format!(
            "`{name}!(\"{text}\")` must name a file of the schema's crate by a relative path (it reads {reads} at \
             compile time)"
        )),
    }
}

/// `path` as written in `file` (relative to its folder), as a crate-relative `/`-path, if it
/// stays inside the crate.
fn inside_crate(file: &str, path: &str) -> Option<String> {
    if path.is_empty() || path.contains('\\') || path.starts_with('/') {
        return None;
    }
    let mut at: Vec<String> = Path::new(file).parent().map(components).unwrap_or_default();
    for c in Path::new(path).components() {
        match c {
            Component::Normal(p) => at.push(p.to_str()?.to_string()),
            Component::CurDir => {}
            Component::ParentDir => {
                at.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(at.join("/"))
}

fn components(p: &Path) -> Vec<String> {
    p.components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str().map(str::to_string),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn crate_with(lib: &str) -> Files {
        Files::from([
            ("Cargo.toml".into(), "[package]".into()),
            ("tunables.toml".into(), "a = 1".into()),
            ("src/config.rs".into(), "const D: &str = include_str!(\"../tunables.toml\");".into()),
            ("src/lib.rs".into(), lib.into()),
        ])
    }

    #[test]
    fn the_base_schemas_forms_pass() {
        let ok = "mod config;\nfn v() -> &'static str { env!(\"CARGO_PKG_VERSION\") }\nfn f(env: u8) {}\n";
        // `env` as a plain identifier is refused too (it could be handed to a macro as a name).
        assert!(check(&crate_with(ok)).unwrap_err().contains("`env` may appear only"));
        let ok = "mod config;\nfn v() -> &'static str { env!(\"CARGO_PKG_VERSION\") }\nconst S: &str = \"include_str!(\\\"/etc/passwd\\\")\"; // env!(\"HOME\")\n";
        check(&crate_with(ok)).unwrap();
    }

    #[test]
    fn every_form_that_reads_the_host_is_refused_and_named() {
        let cases = [
            ("const P: &str = include_str!(\"/etc/passwd\");", "include_str!(\"/etc/passwd\")"),
            ("const P: &[u8] = include_bytes!(\"/dev/zero\");", "include_bytes!(\"/dev/zero\")"),
            ("const P: &str = include_str!(\"../../../../../etc/passwd\");", "must name a file"),
            ("const P: &str = include_str!(\"../Cargo.lock\");", "must name a file"),
            ("include!(\"/etc/hostname\");", "`include!`"),
            ("const K: &str = env!(\"SOME_SECRET\");", "env!(\"SOME_SECRET\")"),
            ("const K: Option<&str> = option_env!(\"OPENAI_API_KEY\");", "option_env!(\"OPENAI_API_KEY\")"),
            ("#[path = \"/etc/hostname\"] mod x;", "#[path"),
            ("#[cfg_attr(all(), path = \"/etc/hostname\")] mod x;", "#[path"),
            ("const P: &str = core::include_str!(concat!(\"/etc/\", \"passwd\"));", "literal argument"),
            ("const P: &str = std::include_str!(\"/etc/passwd\");", "include_str!(\"/etc/passwd\")"),
            ("const P: &str = r#include_str!(\"../tunables.toml\");", "`include_str` may appear only"),
            ("use std::include_str as inc; const P: &str = inc!(\"/etc/passwd\");", "`include_str` may appear only"),
            ("use std::{env as e}; const K: &str = e!(\"SECRET\");", "`env` may appear only"),
            (
                "macro_rules! m { ($i:ident) => { $i!(\"/etc/passwd\") } } const P: &str = m!(include_str);",
                "include_str",
            ),
            ("macro_rules! m { () => { include_str!(\"../tunables.toml\") } }", "macro_rules! body"),
            ("macro_rules! m { ($p:literal) => { include_str!($p) } }", "literal argument"),
            ("macro_rules! m { ($a:ident) => { #[$a = \"/etc/passwd\"] mod x; } } m!(path);", "macro variable"),
            ("#[doc = include_str!(\"/etc/passwd\")] pub struct S;", "include_str!(\"/etc/passwd\")"),
            ("automem_sdk::wit_bindgen::generate!({ path: \"/etc\" });", "wit_bindgen"),
            ("#![feature(macro_metavar_expr_concat)]", "#![feature"),
            ("#[debugger_visualizer(natvis_file = \"/etc/passwd\")] mod x {}", "debugger_visualizer"),
            ("#[link(name = \"x\")] unsafe extern \"C\" {}", "#[link"),
            ("const K: &str = env!(\"HOME\", \"msg\");", "literal argument"),
            ("const K: &str = env! (\"A\\u{48}OME\");", "literal argument"),
        ];
        for (src, wanted) in cases {
            let err = check(&crate_with(&format!("mod config;\n{src}\n"))).unwrap_err();
            assert!(err.contains(wanted) && err.contains("src/lib.rs line 2"), "{src}\n  -> {err}");
        }
    }
}
