//! The offline selector: a deterministic score per candidate from the journal and the outcomes,
//! and a one-line explanation built from the same facts.
//!
//! A look-up is targeted when it returns at most [`TARGETED`] earlier notes; a whole-file READ
//! of a long log, or the schema's prompt, only shows notes in bulk.
//!
//! Up: a write that a later targeted look-up returned (+2), and again when progress followed that
//! look-up within [`WINDOW`](super::candidates::WINDOW) steps (+2); a targeted look-up that found
//! earlier notes (+2, at most twice); in PLAN, progress within the window after a turn whose
//! targeted look-ups found notes (+1). Neutral: a write only shown in bulk. Down: a write never read nor shown (-1), a duplicate write
//! (-1), a failed or rejected operation (-2), a look-up that found nothing (-1).
use super::candidates::{Candidate, Facts, TARGETED};
use automem_protocol::Phase;

/// Candidates scoring at least this are kept.
pub const KEEP_SCORE: i32 = 3;

/// A candidate's score and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    /// The score.
    pub score: i32,
    /// One line: the facts behind it.
    pub why: String,
}

/// Scores one candidate.
pub fn score(candidate: &Candidate) -> Scored {
    let facts = &candidate.facts;
    let mut score = 0i32;
    let mut parts: Vec<String> = Vec::new();
    let (mut read, mut shown, mut unread, mut duplicate, mut followed) = (0, 0, 0, 0, 0);
    let mut first: Option<String> = None;
    let mut progress: Option<String> = None;
    for write in &facts.writes {
        if write.duplicate {
            duplicate += 1;
            score -= 1;
        } else if write.reads > 0 {
            read += 1;
            score += 2;
            if first.is_none()
                && let Some(r) = &write.first_read
            {
                first = Some(format!("{} returned at step {} by {}", write.op, r.step, r.by));
            }
            if let Some((step, what)) = &write.progress {
                followed += 1;
                score += 2;
                if progress.is_none() {
                    progress = Some(format!("{what} at step {step}"));
                }
            }
        } else if write.shown > 0 {
            shown += 1;
        } else {
            unread += 1;
            score -= 1;
        }
    }
    let writes = facts.writes.len();
    if read > 0 {
        parts.push(format!("{read} of {writes} write(s) returned by later look-ups ({})", first.unwrap_or_default()));
    }
    if followed > 0 {
        parts.push(format!("{followed} followed by progress ({})", progress.unwrap_or_default()));
    }
    if shown > 0 {
        parts.push(format!("{shown} write(s) only shown in bulk later (whole-file reads, prompts)"));
    }
    if unread > 0 {
        parts.push(format!("{unread} write(s) never read"));
    }
    if duplicate > 0 {
        parts.push(format!("{duplicate} duplicate write(s)"));
    }
    let targeted: Vec<&(String, u32, u32)> = facts.retrieved.iter().filter(|(_, n, _)| *n <= TARGETED).collect();
    if !targeted.is_empty() {
        score += 2 * targeted.len().min(2) as i32;
        let (op, n, step) = targeted[0];
        parts.push(format!(
            "{} targeted look-up(s) found earlier notes ({op}: {n} note(s), latest from step {step})",
            targeted.len()
        ));
    }
    let bulk = facts.retrieved.len() - targeted.len();
    if bulk > 0 {
        parts.push(format!("{bulk} bulk read(s) of earlier notes"));
    }
    if candidate.phase == Phase::Plan
        && !targeted.is_empty()
        && let Some((step, what)) = &facts.progress_after
    {
        score += 1;
        parts.push(format!("its action ({}) was followed by {what} at step {step}", facts.action));
    }
    if facts.empty_lookups > 0 {
        score -= facts.empty_lookups as i32;
        parts.push(format!("{} look-up(s) found nothing", facts.empty_lookups));
    }
    if !facts.failed.is_empty() {
        score -= 2 * facts.failed.len() as i32;
        parts.push(format!("{} failed or rejected op(s) ({})", facts.failed.len(), facts.failed[0]));
    }
    if parts.is_empty() {
        parts.push(describe_plain(facts));
    }
    Scored { score, why: format!("score {score:+}: {}", parts.join("; ")) }
}

/// What a turn with no notable facts did.
fn describe_plain(facts: &Facts) -> String {
    if facts.ops.is_empty() {
        "no memory operation ran".to_string()
    } else if facts.writes.is_empty() {
        format!("{} look-up(s), none returning an earlier note", facts.lookups)
    } else {
        "writes with no later read yet".to_string()
    }
}
