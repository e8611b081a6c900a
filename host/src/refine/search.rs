//! The `search` reviewer: offline and deterministic. It screens every single-tunable change of
//! the current best (each declared choice other than the current default) on the fixed seeds,
//! by running the best with that setting, and proposes the best-scoring change that strictly
//! beats it, written as a new default in `tunables.toml`. Ties go to the declared order.
use super::reviewer::{Outcome, Request, Reviewer};
use super::source::TUNABLES_FILE as FILE_NAME;
use std::fmt::Write as _;

/// The offline tunable search.
#[derive(Debug, Default)]
pub struct SearchReviewer;

/// One screened change.
struct Screened {
    name: String,
    from: String,
    to: String,
    score: Result<f64, String>,
}

impl Reviewer for SearchReviewer {
    fn review(&mut self, request: &Request<'_>) -> anyhow::Result<Outcome> {
        let info = request.info;
        let Some(current) = request.source.get(FILE_NAME) else {
            return Ok(Outcome::Nothing(format!(
                "`{}` keeps no {FILE_NAME} beside its Cargo.toml, so the search has no defaults to change",
                info.name
            )));
        };
        if info.tunables.is_empty() {
            return Ok(Outcome::Nothing(format!("`{}` declares no tunables", info.name)));
        }
        let baseline = (request.screen)(&[])?.progression;
        let mut screened = Vec::new();
        for t in &info.tunables {
            for choice in t.choices.iter().filter(|c| **c != t.default_value) {
                let text = set_default(current, &t.name, choice);
                if request.tried.iter().any(|files| files.get(FILE_NAME) == Some(&text)) {
                    continue;
                }
                let score = (request.screen)(&[(t.name.clone(), choice.clone())]).map(|m| m.progression);
                if let Err(e) = &score
                    && e.downcast_ref::<crate::runner::Interrupted>().is_some()
                {
                    return Err(crate::runner::Interrupted.into());
                }
                screened.push(Screened {
                    name: t.name.clone(),
                    from: t.default_value.clone(),
                    to: choice.clone(),
                    score: score.map_err(|e| format!("{e:#}")),
                });
            }
        }
        let mut better: Vec<&Screened> =
            screened.iter().filter(|s| s.score.as_ref().is_ok_and(|p| *p > baseline + 1e-9)).collect();
        // Stable: equal scores keep the declared order.
        better.sort_by(|a, b| {
            let (a, b) = (a.score.as_ref().unwrap_or(&0.0), b.score.as_ref().unwrap_or(&0.0));
            b.total_cmp(a)
        });
        let analysis = analysis(&screened, baseline);
        std::fs::write(request.workspace.join("analysis.md"), &analysis)?;
        let Some(pick) = better.first() else {
            return Ok(Outcome::Nothing(format!(
                "none of the {} untried single-tunable changes beats the current {baseline:.2}%",
                screened.len()
            )));
        };
        let score = pick.score.as_ref().map_or(0.0, |p| *p);
        std::fs::write(request.workspace.join("schema").join(FILE_NAME), set_default(current, &pick.name, &pick.to))?;
        std::fs::write(
            request.workspace.join("method.md"),
            format!(
                "Set {} from {} to {} ({score:.2}% against {baseline:.2}% when screened on the fixed seeds).\n\n\
                 Method: every single-tunable change of the current version (each declared choice other than \
                 the current default, {} in all) was played on the fixed seeds with the same policy; the \
                 best-scoring change that strictly beats the current version becomes the new default in \
                 {FILE_NAME}. Ties go to the order in which the schema declares its tunables.\n",
                pick.name,
                pick.from,
                pick.to,
                screened.len()
            ),
        )?;
        Ok(Outcome::Revised)
    }
}

fn analysis(screened: &[Screened], baseline: f64) -> String {
    let mut s = format!(
        "# Screening of single-tunable changes\n\nCurrent version: {baseline:.2}% mean progression.\n\n| tunable | from | to | progression |\n|---|---|---|---|\n"
    );
    for c in screened {
        let score = match &c.score {
            Ok(p) if *p > baseline + 1e-9 => format!("**{p:.2}%**"),
            Ok(p) => format!("{p:.2}%"),
            Err(e) => format!("failed: {}", e.lines().next().unwrap_or("")),
        };
        let _ = writeln!(s, "| {} | {} | {} | {score} |", c.name, c.from, c.to);
    }
    s
}

/// `text` (a `tunables.toml`) with `name` set to `value`: its line replaced, or one appended.
pub fn set_default(text: &str, name: &str, value: &str) -> String {
    let line = format!("{name} = \"{value}\"");
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|l| {
            let key = l.split_once('=').map(|(k, _)| k.trim());
            if !found && !l.trim_start().starts_with('#') && key == Some(name) {
                found = true;
                line.clone()
            } else {
                l.to_string()
            }
        })
        .collect();
    if !found {
        out.push(line);
    }
    let mut joined = out.join("\n");
    joined.push('\n');
    joined
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn set_default_replaces_or_appends_and_keeps_comments() {
        let text = "# gates = \"on\"\ngates = \"on\"\nnoop_limit = 5 # x\n";
        assert_eq!(set_default(text, "noop_limit", "0"), "# gates = \"on\"\ngates = \"on\"\nnoop_limit = \"0\"\n");
        assert_eq!(set_default(text, "gates", "off"), "# gates = \"on\"\ngates = \"off\"\nnoop_limit = 5 # x\n");
        assert!(set_default(text, "new", "1").ends_with("new = \"1\"\n"));
    }
}
