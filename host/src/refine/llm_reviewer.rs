//! The `openai:` reviewer: an LLM behind an OpenAI-compatible API gets the brief, the schema's
//! whole source and sampled traces in its prompt, and answers with whole files in one JSON object.
use super::reviewer::{Outcome, Request, Reviewer};
use super::source::{MANIFEST, safe_relative};
use anyhow::Context;
use automem_llm::{ChatMessage, Endpoint, EndpointConfig};
use std::time::Duration;

/// What the LLM must answer with.
const ANSWER_FORMAT: &str = r#"Answer with ONE JSON object and nothing else:
{"analysis": "<what you found in the metrics and traces>",
 "method": "<first line: a one-line summary of the change; then the method>",
 "files": {"src/lib.rs": "<the WHOLE new content of the file>", "...": "..."}}
List only the files you change, each with its whole content (paths relative to schema/; null deletes a
file). Cargo.toml and build.rs may not be written."#;

/// Asks an LLM for a revision.
pub struct LlmReviewer {
    endpoint: Endpoint,
    handle: tokio::runtime::Handle,
    budget: usize,
}

impl LlmReviewer {
    /// Connect to `spec`; unless the spec sets them, replies may be long (32k tokens) and a call
    /// may take `timeout`. Prompts are kept under `budget` characters.
    pub fn new(spec: &str, timeout: Duration, budget: usize, handle: tokio::runtime::Handle) -> anyhow::Result<Self> {
        let mut config = EndpointConfig::parse_spec(spec)?;
        let query = spec.split_once('?').map_or("", |(_, q)| q);
        if !query.split('&').any(|kv| kv.starts_with("max_tokens=")) {
            config.max_tokens = 32_768;
        }
        if !query.split('&').any(|kv| kv.starts_with("timeout=")) {
            config.timeout = timeout;
        }
        let endpoint =
            Endpoint::new(config).map_err(|e| anyhow::anyhow!("cannot set up the reviewer endpoint: {e}"))?;
        Ok(LlmReviewer { endpoint, handle, budget })
    }
}

impl Reviewer for LlmReviewer {
    fn review(&mut self, request: &Request<'_>) -> anyhow::Result<Outcome> {
        let ws = request.workspace;
        let prompt = request.brief.prompt(request.source, self.budget)?;
        std::fs::write(ws.join("reviewer-prompt.md"), &prompt)?;
        let messages = [
            ChatMessage::system(format!(
                "You revise the memory scaffold of an LLM agent, written in Rust as a WebAssembly component. \
                 Keep the rules you are given. {ANSWER_FORMAT}"
            )),
            ChatMessage::user(prompt),
        ];
        let completion = self
            .handle
            .block_on(self.endpoint.chat(&messages, None))
            .map_err(|e| anyhow::anyhow!("the reviewer's model call failed ({}): {e}", e.kind()))?;
        std::fs::write(ws.join("reviewer-answer.txt"), &completion.text)?;
        if completion.truncated() {
            anyhow::bail!(
                "the reviewer's answer was cut at max_tokens ({} tokens); raise it in the spec (?max_tokens=...)",
                self.endpoint.config().max_tokens
            );
        }
        let answer = parse_answer(&completion.text)?;
        for (path, content) in &answer.files {
            let rel = safe_relative(path).map_err(|e| anyhow::anyhow!("the answer names a bad file: {e}"))?;
            let name = rel.to_string_lossy();
            anyhow::ensure!(name != MANIFEST && name != "build.rs", "the answer writes {name}, which is not allowed");
            let target = ws.join("schema").join(&rel);
            match content {
                Some(text) => {
                    if let Some(dir) = target.parent() {
                        std::fs::create_dir_all(dir)?;
                    }
                    std::fs::write(&target, text).with_context(|| format!("cannot write {}", target.display()))?;
                }
                None => {
                    let _ = std::fs::remove_file(&target);
                }
            }
        }
        std::fs::write(ws.join("analysis.md"), &answer.analysis)?;
        std::fs::write(ws.join("method.md"), &answer.method)?;
        Ok(Outcome::Revised)
    }
}

/// The reviewer's answer.
#[derive(Debug, PartialEq)]
pub struct Answer {
    /// What it found.
    pub analysis: String,
    /// What it changed.
    pub method: String,
    /// Files to write (`None` deletes).
    pub files: Vec<(String, Option<String>)>,
}

/// Read the JSON object out of an answer (code fences and prose around it are tolerated).
pub fn parse_answer(text: &str) -> anyhow::Result<Answer> {
    let start = text.find('{');
    let end = text.rfind('}');
    let (Some(start), Some(end)) = (start, end) else {
        anyhow::bail!("the reviewer's answer holds no JSON object (it must answer in the format asked for)");
    };
    anyhow::ensure!(start < end, "the reviewer's answer holds no complete JSON object");
    let value: serde_json::Value = serde_json::from_str(&text[start..=end])
        .map_err(|e| anyhow::anyhow!("the reviewer's answer is not valid JSON: {e}"))?;
    let field = |name: &str| value.get(name).and_then(|v| v.as_str()).map(str::to_string);
    let files = value
        .get("files")
        .and_then(|f| f.as_object())
        .ok_or_else(|| anyhow::anyhow!("the reviewer's answer has no `files` object"))?;
    let mut out = Vec::new();
    for (path, content) in files {
        match content {
            serde_json::Value::String(s) => out.push((path.clone(), Some(s.clone()))),
            serde_json::Value::Null => out.push((path.clone(), None)),
            other => anyhow::bail!("file `{path}` in the answer is {other}, not its content as a string"),
        }
    }
    anyhow::ensure!(!out.is_empty(), "the reviewer's answer changes no file");
    Ok(Answer {
        analysis: field("analysis").unwrap_or_default(),
        method: field("method").ok_or_else(|| anyhow::anyhow!("the reviewer's answer has no `method`"))?,
        files: out,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::parse_answer;

    #[test]
    fn answers_are_read_from_fences_and_bad_ones_are_named() {
        let ok = "Here it is:\n```json\n{\"analysis\": \"a\", \"method\": \"m\", \"files\": {\"src/lib.rs\": \"fn x() {}\", \"src/old.rs\": null}}\n```";
        let a = parse_answer(ok).unwrap();
        assert_eq!(a.files.len(), 2);
        assert_eq!(a.files[1], ("src/old.rs".to_string(), None));
        for (bad, wanted) in [
            ("no json here", "no JSON"),
            ("{\"method\": \"m\"}", "no `files`"),
            ("{\"method\": \"m\", \"files\": {}}", "changes no file"),
            ("{\"files\": {\"a.rs\": \"x\"}}", "no `method`"),
            ("{\"method\": \"m\", \"files\": {\"a.rs\": 3}}", "not its content"),
            ("} {", "no complete"),
        ] {
            let err = parse_answer(bad).unwrap_err().to_string();
            assert!(err.contains(wanted), "{bad}: {err}");
        }
    }
}
