//! Preference pairs for DPO (beyond AutoMem, off unless `--dpo`): a kept memory decision and a
//! low-scoring one from a comparable situation (the same episode, phase and turn position, within
//! two windows of steps), in the conversational format TRL's `DPOTrainer` reads:
//! `{"prompt": [...], "chosen": [{"role": "assistant", ...}], "rejected": [...]}`. The prompt is
//! the kept turn's; the rejected reply is the other turn's cleaned reply.
use super::candidates::WINDOW;
use super::output::{DpoPair, TrainingItem, prompt_of};
use automem_llm::ChatMessage;

/// A candidate offered for pairing: its step, score and item.
#[derive(Debug, Clone)]
pub struct Offer<'a> {
    /// The step.
    pub step: u32,
    /// The turn within the phase.
    pub turn: u32,
    /// The heuristic score.
    pub score: i32,
    /// The cleaned item.
    pub item: &'a TrainingItem,
}

/// Least score gap between the two sides of a pair.
pub const MIN_GAP: i32 = 2;

/// Pairs the kept offers of one episode and phase with the nearest unused worse offer (score
/// below zero, same turn position, at most 2 x WINDOW steps away, a different reply; the earlier
/// one on a tie).
pub fn pairs(chosen: &[Offer<'_>], worse: &[Offer<'_>]) -> Vec<DpoPair> {
    let mut used = vec![false; worse.len()];
    let mut out = Vec::new();
    let reply = |o: &Offer<'_>| o.item.turns.last().map(|(_, a)| a.clone());
    for c in chosen {
        let best = worse
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                !used[*i]
                    && reply(w) != reply(c)
                    && w.turn == c.turn
                    && w.score < 0
                    && c.score - w.score >= MIN_GAP
                    && w.step.abs_diff(c.step) <= 2 * WINDOW
            })
            .min_by_key(|(_, w)| (w.step.abs_diff(c.step), w.step));
        let Some((i, w)) = best else { continue };
        used[i] = true;
        let (Some((_, good)), Some((_, bad))) = (c.item.turns.last(), w.item.turns.last()) else { continue };
        out.push(DpoPair {
            prompt: prompt_of(c.item),
            chosen: vec![ChatMessage::assistant(good.clone())],
            rejected: vec![ChatMessage::assistant(bad.clone())],
            meta: serde_json::json!({
                "chosen_id": c.item.id, "chosen_score": c.score,
                "rejected_id": w.item.id, "rejected_score": w.score,
            }),
        });
    }
    out
}
