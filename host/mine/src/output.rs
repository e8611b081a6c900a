//! Training items and the files `automem mine` writes: the LLaMA-Factory dataset (sharegpt) with
//! its `dataset_info.json`, the same as chat-messages JSONL (OpenAI / TRL), `review_decisions.jsonl`
//! and `selection_stats.json`. Every item is validated first; a dataset with a broken item is not
//! written. Everything is ordered (no timestamps, no hash-map order): same inputs, same bytes.
use super::candidates::{Materials, phase_name};
use automem_llm::{ChatMessage, Role};
use automem_protocol::postprocess::{Reject, clean_item_with, strip_actions};
use automem_protocol::{Command, ParseOptions, Phase, parse_reply};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One training item: a phase's conversation up to the chosen turn, its last reply cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingItem {
    /// The candidate's id.
    pub id: String,
    /// The game.
    pub game: String,
    /// The phase.
    pub phase: Phase,
    /// The system prompt, if any.
    pub system: Option<String>,
    /// (user, assistant) pairs; the last assistant message is the cleaned reply.
    pub turns: Vec<(String, String)>,
    /// The schema's custom ops, which count as memory ops.
    pub custom_ops: Vec<String>,
}

/// The custom op names in a turn's results (names that are not built-in commands).
fn custom_ops(materials: &Materials) -> Vec<String> {
    let mut ops: Vec<String> = Vec::new();
    for result in &materials.results {
        let name = result.op.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        let builtin = parse_reply(&format!("<|{name}|>x<|END|>"), &ParseOptions::default())
            .iter()
            .any(|p| !matches!(p.command, Command::Malformed { .. }));
        if !name.is_empty() && !builtin && !ops.contains(&name) {
            ops.push(name);
        }
    }
    ops
}

impl TrainingItem {
    /// Builds the item of a candidate: earlier turns as history (PLAN ones without their
    /// actions), the reply cleaned by AutoMem's post-processing.
    ///
    /// # Errors
    /// The post-processing rule that drops it.
    pub fn build(id: String, game: &str, phase: Phase, materials: &Materials) -> Result<TrainingItem, Reject> {
        let custom_ops = custom_ops(materials);
        let options = ParseOptions { custom_ops: custom_ops.clone(), ..ParseOptions::default() };
        let reply = clean_item_with(phase, &materials.reply, &options)?;
        // A PLAN turn that only committed an action (which the gate rejected, so the phase went
        // on) is empty once its action is stripped: its user message is carried into the next
        // one, so no assistant message is empty and nothing the model saw is lost.
        let mut turns: Vec<(String, String)> = Vec::with_capacity(materials.history.len() + 1);
        let mut carried = String::new();
        for (user, assistant) in &materials.history {
            let assistant = match phase {
                Phase::Plan => strip_actions(assistant, &options).trim().to_string(),
                Phase::Log => assistant.clone(),
            };
            let user = if carried.is_empty() { user.clone() } else { format!("{carried}\n\n{user}") };
            if assistant.trim().is_empty() {
                carried = user;
            } else {
                carried.clear();
                turns.push((user, assistant));
            }
        }
        let prompt =
            if carried.is_empty() { materials.prompt.clone() } else { format!("{carried}\n\n{}", materials.prompt) };
        turns.push((prompt, reply));
        Ok(TrainingItem { id, game: game.to_string(), phase, system: materials.system.clone(), turns, custom_ops })
    }

    /// The messages: system (if any), then user and assistant alternating.
    pub fn messages(&self) -> Vec<ChatMessage> {
        let mut messages = Vec::with_capacity(self.turns.len() * 2 + 1);
        if let Some(system) = &self.system {
            messages.push(ChatMessage::system(system.clone()));
        }
        for (user, assistant) in &self.turns {
            messages.push(ChatMessage::user(user.clone()));
            messages.push(ChatMessage::assistant(assistant.clone()));
        }
        messages
    }

    /// Checks every rule a dataset item must meet.
    ///
    /// # Errors
    /// Why the item breaks a rule, in one sentence.
    pub fn validate(&self) -> Result<(), String> {
        let Some((_, last)) = self.turns.last() else {
            return Err("it has no turns".into());
        };
        for (n, (user, assistant)) in self.turns.iter().enumerate() {
            if user.trim().is_empty() {
                return Err(format!("user message {} is empty", n + 1));
            }
            if assistant.trim().is_empty() {
                return Err(format!("assistant message {} is empty", n + 1));
            }
        }
        if self.system.as_deref().is_some_and(|s| s.trim().is_empty()) {
            return Err("its system prompt is empty".into());
        }
        let options = ParseOptions { custom_ops: self.custom_ops.clone(), ..ParseOptions::default() };
        match clean_item_with(self.phase, last, &options) {
            Err(reject) => {
                return Err(format!("its last reply breaks post-processing rule `{}`: {reject}", reject.rule()));
            }
            Ok(cleaned) if cleaned != *last => {
                return Err("its last reply is not post-processed (cleaning it again changes it)".into());
            }
            Ok(_) => {}
        }
        if self.phase == Phase::Plan {
            for (n, (_, assistant)) in self.turns.iter().enumerate() {
                let unlimited = ParseOptions { max_commands: usize::MAX, ..options.clone() };
                if parse_reply(assistant, &unlimited).iter().any(|p| matches!(p.command, Command::Action(_))) {
                    return Err(format!(
                        "assistant message {} commits a game action (the memory model never commits actions)",
                        n + 1
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Validates every item.
///
/// # Errors
/// Names each broken item (the first ten) and why; no dataset should be written then.
pub fn validate_all<'a>(items: impl IntoIterator<Item = &'a TrainingItem>) -> anyhow::Result<()> {
    let broken: Vec<String> = items
        .into_iter()
        .filter_map(|item| item.validate().err().map(|why| format!("item {}: {why}", item.id)))
        .collect();
    if broken.is_empty() {
        return Ok(());
    }
    let mut message = format!("refusing to write a dataset: {} item(s) break a rule", broken.len());
    for line in broken.iter().take(10) {
        message.push_str(&format!("\n  {line}"));
    }
    if broken.len() > 10 {
        message.push_str(&format!("\n  ... and {} more", broken.len() - 10));
    }
    message.push_str("\nthis is a bug in the miner or a hand-edited trace; please report it with the item ids");
    Err(anyhow::anyhow!(message))
}

/// Writes `bytes` to `path` atomically (a temporary file in the same folder, then a rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&tmp, bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    Ok(())
}

/// Writes a file atomically through a buffered writer that `fill` writes to.
pub fn write_with(path: &Path, fill: impl FnOnce(&mut dyn std::io::Write) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let file = std::fs::File::create(&tmp).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", tmp.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    fill(&mut writer)?;
    std::io::Write::flush(&mut writer).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", tmp.display()))?;
    drop(writer);
    std::fs::rename(&tmp, path).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    Ok(())
}

/// A name safe for a file name ("crafter", "my_game").
pub fn file_stem(game: &str) -> String {
    let stem: String =
        game.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if stem.is_empty() { "game".into() } else { stem }
}

/// The LLaMA-Factory dataset name of a game.
pub fn dataset_name(game: &str) -> String {
    format!("automem_{}", file_stem(game).replace('-', "_"))
}

#[derive(Serialize)]
struct Turn<'a> {
    role: &'a str,
    content: &'a str,
}

#[derive(Serialize)]
struct SharegptItem<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<&'a str>,
    conversations: Vec<Turn<'a>>,
}

/// The sharegpt JSON of a game's items (LLaMA-Factory): a JSON array, one item per line.
pub fn sharegpt(items: &[TrainingItem], out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    out.write_all(b"[\n")?;
    for (n, item) in items.iter().enumerate() {
        let conversations = item
            .turns
            .iter()
            .flat_map(|(u, a)| [Turn { role: "user", content: u }, Turn { role: "assistant", content: a }])
            .collect();
        let value = SharegptItem { id: &item.id, system: item.system.as_deref(), conversations };
        serde_json::to_writer(&mut *out, &value)?;
        out.write_all(if n + 1 < items.len() { b",\n" } else { b"\n" })?;
    }
    out.write_all(b"]\n")?;
    Ok(())
}

/// The chat-messages JSONL of a game's items (OpenAI fine-tuning, TRL's SFTTrainer): one
/// `{"messages": [...]}` per line.
pub fn messages_jsonl(items: &[TrainingItem], out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        messages: Vec<Turn<'a>>,
    }
    for item in items {
        let messages = item.messages_ref().into_iter().map(|(role, content)| Turn { role, content }).collect();
        serde_json::to_writer(&mut *out, &Line { messages })?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

impl TrainingItem {
    /// The messages as (role, content) borrowed from the item.
    fn messages_ref(&self) -> Vec<(&'static str, &str)> {
        let mut messages = Vec::with_capacity(self.turns.len() * 2 + 1);
        if let Some(system) = &self.system {
            messages.push(("system", system.as_str()));
        }
        for (user, assistant) in &self.turns {
            messages.push(("user", user.as_str()));
            messages.push(("assistant", assistant.as_str()));
        }
        messages
    }
}

/// The `dataset_info.json` entries of the games' sharegpt files.
pub fn dataset_info(games: &[String]) -> anyhow::Result<String> {
    let mut info = BTreeMap::new();
    for game in games {
        info.insert(
            dataset_name(game),
            serde_json::json!({
                "file_name": format!("{}.sharegpt.json", file_stem(game)),
                "formatting": "sharegpt",
                "columns": { "messages": "conversations", "system": "system" },
                "tags": {
                    "role_tag": "role",
                    "content_tag": "content",
                    "user_tag": "user",
                    "assistant_tag": "assistant",
                    "system_tag": "system"
                }
            }),
        );
    }
    Ok(serde_json::to_string_pretty(&info)? + "\n")
}

/// One line of `review_decisions.jsonl`: a candidate, kept or not, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewRow {
    /// The candidate's id.
    pub id: String,
    /// The game.
    pub game: String,
    /// The episode's seed.
    pub seed: u64,
    /// The step.
    pub step: u32,
    /// "log" or "plan".
    pub phase: &'static str,
    /// The turn within the phase.
    pub turn: u32,
    /// "keep" or "reject".
    pub decision: &'static str,
    /// What decided: "heuristic", "judge", "judge-garbage", "judge-fault", "postprocess",
    /// "episode-filter", "min-examples".
    pub stage: &'static str,
    /// The heuristic score (computed for every candidate, whatever the selector).
    pub score: i32,
    /// Why, in one line.
    pub reason: String,
}

/// Candidates and kept ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Count {
    /// Candidates.
    pub candidates: u64,
    /// Kept.
    pub kept: u64,
}

/// `selection_stats.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    /// "heuristic" or the judge's model.
    pub selector: String,
    /// The shuffle seed.
    pub seed: u64,
    /// Episodes found.
    pub episodes: u64,
    /// Episodes in the top --top-episodes percent.
    pub episodes_used: u64,
    /// Steps read.
    pub steps: u64,
    /// Candidate turns.
    pub candidates: u64,
    /// Items kept (written to the dataset).
    pub kept: u64,
    /// --min-examples.
    pub min_examples: u64,
    /// Why candidates were dropped, by stage.
    pub rejected_by_stage: BTreeMap<String, u64>,
    /// Post-processing rejections by rule.
    pub rejected_by_rule: BTreeMap<String, u64>,
    /// By phase.
    pub by_phase: BTreeMap<String, Count>,
    /// By operation (a turn counts once per op kind it used).
    pub by_op: BTreeMap<String, Count>,
    /// By game.
    pub by_game: BTreeMap<String, Count>,
    /// By episode.
    pub by_episode: BTreeMap<String, Count>,
    /// DPO pairs written (with --dpo).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo_pairs: Option<u64>,
}

impl Stats {
    /// Counts one candidate.
    pub fn count(&mut self, phase: Phase, ops: &[String], game: &str, episode: &str, kept: bool) {
        let k = u64::from(kept);
        self.candidates += 1;
        self.kept += k;
        let bump = |map: &mut BTreeMap<String, Count>, key: &str| {
            let c = map.entry(key.to_string()).or_default();
            c.candidates += 1;
            c.kept += k;
        };
        bump(&mut self.by_phase, phase_name(phase));
        bump(&mut self.by_game, game);
        bump(&mut self.by_episode, episode);
        let mut seen: Vec<&str> = Vec::new();
        for op in ops {
            if !seen.contains(&op.as_str()) {
                seen.push(op);
                bump(&mut self.by_op, op);
            }
        }
        if ops.is_empty() {
            bump(&mut self.by_op, "DONE-only");
        }
    }
}

/// One DPO pair in TRL's conversational preference format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DpoPair {
    /// The shared prompt: system, then the conversation up to the reply.
    pub prompt: Vec<ChatMessage>,
    /// The better reply.
    pub chosen: Vec<ChatMessage>,
    /// The worse reply.
    pub rejected: Vec<ChatMessage>,
    /// Ids of the two candidates and their scores, for review.
    pub meta: serde_json::Value,
}

/// The prompt of an item: all messages but the last.
pub fn prompt_of(item: &TrainingItem) -> Vec<ChatMessage> {
    let mut messages = item.messages();
    if messages.last().is_some_and(|m| m.role == Role::Assistant) {
        messages.pop();
    }
    messages
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_turn_that_only_committed_a_rejected_action_folds_into_the_next_prompt() {
        let materials = Materials {
            system: Some("sys".into()),
            history: vec![
                ("observation: a tree ahead".into(), "<|ACTION|>Place Table<|END|>".into()),
                ("ACTION REJECTED: no wood".into(), "<|SEARCH|>notes.txt|wood<|END|>".into()),
            ],
            prompt: "results: wood at (3,4)".into(),
            reply: "<|READ|>notes.txt<|END|>\n<|ACTION|>Do<|END|>".into(),
            observation: String::new(),
            results: Vec::new(),
        };
        let item = TrainingItem::build("x".into(), "crafter", Phase::Plan, &materials).unwrap();
        assert_eq!(item.turns.len(), 2);
        assert_eq!(item.turns[0].0, "observation: a tree ahead\n\nACTION REJECTED: no wood");
        assert!(item.turns[0].1.contains("SEARCH") && !item.turns[1].1.contains("ACTION"));
        item.validate().unwrap();
    }
}
