//! One episode, or a comparison of two runs, as a single HTML file that opens from disk: the page
//! with its script and styles inlined and the data as JSON inside, at most [`MAX_EXPORT_BYTES`]
//! of steps (a longer episode's export holds its first steps and says where it stops).
use crate::catalog::{RunDetail, RunRef};
use crate::episode::Episode;

/// Most bytes of step data in one export.
pub const MAX_EXPORT_BYTES: usize = 24 << 20;

/// JSON that is safe inside a `<script>` element: no `<`, `>` or `&` (so no `</script>`), and
/// no U+2028/U+2029.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The export of `episode` of `run`.
pub fn episode_html(episode: &Episode, run: &RunRef) -> anyhow::Result<String> {
    let mut overview = serde_json::to_value(episode.overview(5_000))?;
    overview["run"] = serde_json::json!({ "id": run.id, "label": run.label, "path": run.path });
    let mut steps = Vec::new();
    let mut bytes = 0usize;
    for n in 0..episode.len() {
        let step = serde_json::to_value(episode.step(n)?)?;
        let size = serde_json::to_string(&step)?.len();
        if bytes + size > MAX_EXPORT_BYTES && !steps.is_empty() {
            break;
        }
        bytes += size;
        steps.push(step);
    }
    let data = serde_json::json!({
        "overview": overview,
        "steps": steps,
        "total_steps": episode.len(),
        "limit_bytes": MAX_EXPORT_BYTES,
    });
    page_with(&data)
}

/// The export of the comparison of runs `a` and `b` (their summaries and episode rows).
pub fn compare_html(a: &RunDetail, b: &RunDetail) -> anyhow::Result<String> {
    page_with(&serde_json::json!({ "compare": { "a": a, "b": b } }))
}

/// The front end with `data` inside, as one file.
fn page_with(data: &serde_json::Value) -> anyhow::Result<String> {
    let data = script_safe(&serde_json::to_string(data)?);
    // The modules inlined as one classic script (a file:// page cannot import modules).
    let draw = crate::assets::DRAW_JS.replace("export function", "function").replace("export const", "const");
    let app = crate::assets::APP_JS.lines().filter(|l| !l.starts_with("import ")).collect::<Vec<_>>().join("\n");
    let script = format!("(() => {{\n{draw}\n{app}\n}})();").replace("</script", "<\\/script");
    let style = crate::assets::STYLE_CSS.replace("</style", "<\\/style");
    let html = crate::assets::INDEX_HTML
        .replace("<link rel=\"stylesheet\" href=\"/style.css\">", &format!("<style>\n{style}\n</style>"))
        .replace(
            "<script type=\"module\" src=\"/app.js\"></script>",
            &format!(
                "<script id=\"automem-data\" type=\"application/json\">{data}</script>\n<script>\n{script}\n</script>"
            ),
        );
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_close_its_script() {
        let safe = script_safe(r#"{"a":"</script><script>alert(1)</script>"}"#);
        assert!(!safe.contains('<') && !safe.contains('>'));
    }
}
