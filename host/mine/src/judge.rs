//! The LLM selector: a judge behind an OpenAI-compatible API sees each candidate in context (the
//! observation, the memory index in the prompt, the op results, what happened next) and answers
//! keep or reject with a reason. Decisions are appended to `judge_decisions.jsonl` as they come,
//! so a rerun asks only about undecided candidates; garbage answers and failed calls are recorded
//! and asked again on the next run, never fatal.
use super::candidates::{Candidate, Materials, StepLine, WINDOW, phase_name};
use automem_llm::{ChatMessage, Endpoint};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The decisions file in the output folder.
pub const DECISIONS_FILE: &str = "judge_decisions.jsonl";

/// Longest piece of any one text shown to the judge.
const MAX_PIECE: usize = 2000;

/// What the judge said about one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The candidate's id.
    pub id: String,
    /// SHA-256 of the model and the request: a decision is reused only for the same question.
    pub key: String,
    /// "keep", "reject", "garbage" (an answer that said neither) or "fault" (the call failed).
    pub verdict: String,
    /// The judge's reason, or what was wrong.
    pub reason: String,
}

impl Decision {
    /// Whether the judge decided (kept or rejected); garbage and faults are asked again.
    pub fn decided(&self) -> bool {
        self.verdict == "keep" || self.verdict == "reject"
    }
}

/// One question for the judge.
#[derive(Debug, Clone)]
pub struct Question {
    /// The candidate's id.
    pub id: String,
    /// See [`Decision::key`].
    pub key: String,
    /// The chat messages.
    pub messages: Vec<ChatMessage>,
}

/// Cuts `text` to at most `max` bytes on a character boundary, saying so.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n[... {} more bytes]", &text[..end], text.len() - end)
}

const SYSTEM: &str = "You review memory decisions of an LLM agent that plays a long game with a folder of memory \
files. Each step has a LOG phase (it records what its previous action did, with APPEND/WRITE/... commands) and a PLAN \
phase (memory is read-only; it looks things up with SEARCH/READ/TAIL/COUNT, then commits a game action). Good turns \
will become fine-tuning data for a memory specialist model. Keep a turn only if its memory operations are worth \
imitating: notes that are accurate, specific, not duplicated and later useful; look-ups that fetch what the decision \
needs. Reject turns that write noise, duplicates or wrong facts, or look up nothing useful. Answer with one JSON \
object and nothing else: {\"decision\": \"keep\" or \"reject\", \"reason\": \"one sentence\"}.";

/// The question about one candidate.
pub fn question(
    id: String,
    model: &str,
    game: &str,
    candidate: &Candidate,
    materials: &Materials,
    facts_line: &str,
    timeline: &[StepLine],
) -> Question {
    let mut user = String::new();
    user.push_str(&format!(
        "Game: {game}. Step {}, {} phase, turn {}.\n\n=== OBSERVATION ===\n{}\n\n",
        candidate.step,
        phase_name(candidate.phase).to_uppercase(),
        candidate.turn,
        cut(&materials.observation, MAX_PIECE)
    ));
    user.push_str("=== CONVERSATION SO FAR (the prompt shows the memory index) ===\n");
    for (prompt, reply) in &materials.history {
        user.push_str(&format!("[user]\n{}\n[assistant]\n{}\n", cut(prompt, MAX_PIECE), cut(reply, MAX_PIECE)));
    }
    user.push_str(&format!("[user]\n{}\n\n", cut(&materials.prompt, MAX_PIECE * 2)));
    user.push_str(&format!("=== THE REPLY UNDER REVIEW ===\n{}\n\n", cut(&materials.reply, MAX_PIECE)));
    user.push_str("=== ITS OPERATIONS AND RESULTS ===\n");
    if materials.results.is_empty() {
        user.push_str("(none)\n");
    }
    for result in &materials.results {
        user.push_str(&format!(
            "- {} [{}]\n{}\n",
            result.op,
            if result.ok { "ok" } else { "failed" },
            cut(&result.body, 400)
        ));
    }
    user.push_str(&format!("\n=== WHAT HAPPENED NEXT ===\nFrom the memory journal: {facts_line}\n"));
    for line in timeline.iter().filter(|l| l.step >= candidate.step && l.step < candidate.step + WINDOW) {
        user.push_str(&format!("{}\n", line.text));
    }
    user.push_str("\nKeep or reject this turn as training data? Answer with the JSON object only.");
    let messages = vec![ChatMessage::system(SYSTEM), ChatMessage::user(user)];
    let mut hasher = Sha256::new();
    hasher.update(model.as_bytes());
    for m in &messages {
        hasher.update([0u8]);
        hasher.update(m.content.as_bytes());
    }
    let key = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Question { id, key, messages }
}

/// Reads the judge's answer: a JSON object with `decision` and `reason` (fenced or amid prose),
/// or a reply starting with KEEP or REJECT. Anything else is garbage.
pub fn parse_answer(text: &str) -> (String, String) {
    let verdict_of = |word: &str| match word.trim().to_ascii_lowercase().as_str() {
        "keep" | "accept" | "accepted" | "kept" | "yes" => Some("keep"),
        "reject" | "rejected" | "drop" | "no" => Some("reject"),
        _ => None,
    };
    if let (Some(start), Some(end)) = (text.find('{'), text.rfind('}'))
        && start < end
        && let Ok(value) = serde_json::from_str::<serde_json::Value>(&text[start..=end])
        && let Some(verdict) = value.get("decision").and_then(|d| d.as_str()).and_then(verdict_of)
    {
        let reason = value.get("reason").and_then(|r| r.as_str()).unwrap_or("").trim().to_string();
        return (verdict.to_string(), if reason.is_empty() { "(no reason given)".into() } else { reason });
    }
    let trimmed = text.trim_start();
    let word: String = trimmed.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if let Some(verdict) = verdict_of(&word) {
        let reason = trimmed[word.len()..].trim_start_matches([':', '-', ' ', '.']).trim();
        let reason = reason.lines().next().unwrap_or("").trim();
        return (verdict.to_string(), if reason.is_empty() { "(no reason given)".into() } else { reason.to_string() });
    }
    let excerpt: String = text.trim().chars().take(200).collect();
    ("garbage".to_string(), format!("the judge's answer said neither keep nor reject: {excerpt:?}"))
}

/// Asks the judge one question; never fails (a failed call is a "fault" decision).
pub async fn ask(endpoint: Endpoint, question: Question) -> Decision {
    let (verdict, reason) = match endpoint.chat(&question.messages, None).await {
        Ok(completion) => parse_answer(&completion.text),
        Err(failure) => ("fault".to_string(), format!("{}: {failure}", failure.kind())),
    };
    Decision { id: question.id, key: question.key, verdict, reason }
}

/// The decisions file: earlier decisions read back, new ones appended as they come.
#[derive(Debug)]
pub struct DecisionLog {
    path: PathBuf,
    /// Every decision, by candidate id (the latest for each).
    pub decisions: BTreeMap<String, Decision>,
    file: Option<std::fs::File>,
}

impl DecisionLog {
    /// Reads `OUT/judge_decisions.jsonl` if there is one; unreadable lines (a run killed mid-write)
    /// are skipped.
    pub fn open(out: &Path) -> anyhow::Result<Self> {
        let path = out.join(DECISIONS_FILE);
        let mut decisions = BTreeMap::new();
        if let Some(mut lines) = automem_runfile::read::Lines::open_if_exists(&path)? {
            while let Some(line) = lines.next_line()? {
                if let Ok(decision) = serde_json::from_str::<Decision>(line) {
                    decisions.insert(decision.id.clone(), decision);
                }
            }
        }
        Ok(DecisionLog { path, decisions, file: None })
    }

    /// The earlier decision for this question, if it was decided.
    pub fn decided(&self, id: &str, key: &str) -> Option<&Decision> {
        self.decisions.get(id).filter(|d| d.key == key && d.decided())
    }

    /// Records a decision, appending it to the file at once.
    pub fn record(&mut self, decision: Decision) -> anyhow::Result<()> {
        if self.file.is_none() {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", self.path.display()))?;
            self.file = Some(file);
        }
        if let Some(file) = &mut self.file {
            let mut line = serde_json::to_string(&decision)?;
            line.push('\n');
            file.write_all(line.as_bytes())?;
        }
        self.decisions.insert(decision.id.clone(), decision);
        Ok(())
    }

    /// Rewrites the file sorted by id (one line per candidate), so the same decisions give the
    /// same bytes whatever order the answers came in.
    pub fn finish(mut self) -> anyhow::Result<()> {
        self.file = None;
        if self.decisions.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for decision in self.decisions.values() {
            text.push_str(&serde_json::to_string(decision)?);
            text.push('\n');
        }
        super::output::write_atomic(&self.path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_leniently() {
        assert_eq!(parse_answer(r#"{"decision": "keep", "reason": "useful"}"#).0, "keep");
        assert_eq!(parse_answer("```json\n{\"decision\":\"Reject\",\"reason\":\"dup\"}\n```").1, "dup");
        assert_eq!(parse_answer("KEEP: precise note").1, "precise note");
        assert_eq!(parse_answer("I think maybe").0, "garbage");
        assert_eq!(parse_answer(r#"{"decision": "perhaps"}"#).0, "garbage");
    }
}
