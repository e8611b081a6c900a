//! Playing a batch of seeds with one [`Setup`], as `automem run` and `automem refine` do: a
//! folder's finished episodes are kept (resume), the rest are played concurrently on tokio's
//! blocking threads, and Ctrl-C stops cleanly between steps.
use crate::runner::{self, Played, Setup};
use automem_runfile::EpisodeRecord;
use indicatif::ProgressBar;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The finished episodes of `seeds` already in `out`. Resuming mixes nothing: an episode played
/// with another game, schema, policy or settings is an error naming it.
pub fn finished_records(out: &Path, seeds: &[u64], setup: &Setup) -> anyhow::Result<Vec<EpisodeRecord>> {
    let done: Vec<EpisodeRecord> =
        seeds.iter().filter_map(|s| EpisodeRecord::load(out, *s)).filter(|r| r.is_complete()).collect();
    let fresh = crate::results::fresh(0, setup);
    for old in &done {
        // Plugins by hash and settings (a rebuilt policy is another policy) and the task. The step
        // limit may change: a resume may finish the remaining episodes shorter, and each record
        // keeps its own `max_steps`.
        let differs = [
            (old.game.hash != fresh.game.hash, "game"),
            (old.game.settings != fresh.game.settings, "game settings"),
            (old.schema != fresh.schema, "schema or its settings"),
            (old.policy != fresh.policy, "policy or its settings"),
            (old.gameplay_policy != fresh.gameplay_policy, "gameplay policy"),
            (old.task != fresh.task, "task"),
        ];
        if let Some((_, what)) = differs.iter().find(|(d, _)| *d) {
            anyhow::bail!(
                "{} already holds episode {} played with another {what} (game {}, schema {:?}, policy {}); \
                 use another --out, or delete that folder to start over",
                out.display(),
                old.seed,
                old.game.name,
                old.schema.as_ref().map(|s| &s.name),
                old.policy.name
            );
        }
    }
    Ok(done)
}

/// Set `cancel` on Ctrl-C (saying what happens next); a second Ctrl-C exits at once. Abort the
/// returned task when done listening.
pub fn watch_ctrl_c(cancel: Arc<AtomicBool>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!(
                "\nautomem: interrupted; finishing the current step of each running episode (Ctrl-C again to quit now)"
            );
            cancel.store(true, Ordering::Relaxed);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    })
}

/// Play `seeds` with at most `concurrency` episodes at once, each on a blocking thread of the
/// tokio runtime (plugin calls are synchronous; an LLM policy drives its HTTP calls on the
/// runtime from there), printing each record's line when `print_records`. Once `cancel` is set (see [`watch_ctrl_c`]), no episode starts and
/// running ones stop between steps. Returns the records and how many were interrupted.
pub async fn play_all(
    setup: Arc<Setup>,
    seeds: Vec<u64>,
    concurrency: usize,
    bar: &ProgressBar,
    cancel: Arc<AtomicBool>,
    print_records: bool,
) -> (Vec<EpisodeRecord>, usize) {
    let slots = Arc::new(tokio::sync::Semaphore::new(concurrency));
    let mut running = tokio::task::JoinSet::new();
    let mut seeds = seeds.into_iter();
    let mut records = Vec::new();
    let mut interrupted = 0;
    loop {
        let next_slot = async {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let permit = slots.clone().acquire_owned().await.ok()?;
            // Ctrl-C may have come while waiting for the slot.
            (!cancel.load(Ordering::Relaxed)).then_some(permit)
        };
        tokio::select! {
            permit = next_slot, if seeds.len() > 0 => {
                // A seed is taken only with a slot: without one (Ctrl-C), it stays to be counted.
                if let Some(permit) = permit
                    && let Some(seed) = seeds.next()
                {
                    let (setup, cancel, bar) = (setup.clone(), cancel.clone(), bar.clone());
                    running.spawn_blocking(move || {
                        let played = runner::play(&setup, seed, &cancel, &|| bar.inc(1));
                        drop(permit);
                        played
                    });
                }
            }
            joined = running.join_next(), if !running.is_empty() => {
                match joined {
                    Some(Ok(Played::Finished(record, _))) | Some(Ok(Played::Failed(record))) => {
                        bar.inc(u64::from(setup.max_steps.saturating_sub(record.steps)));
                        if !print_records {
                        } else if bar.is_hidden() {
                            println!("{}", record.line())
                        } else {
                            bar.println(record.line())
                        }
                        records.push(record);
                        bar.set_message(format!("{} episode(s) done", records.len()));
                    }
                    Some(Ok(Played::Interrupted)) => interrupted += 1,
                    Some(Err(panic)) => {
                        // A bug, not an interruption: say so loudly; a re-run will retry it.
                        eprintln!("automem: an episode crashed ({panic}); please report it");
                        interrupted += 1;
                    }
                    None => {}
                }
            }
            else => break,
        }
        if cancel.load(Ordering::Relaxed) && seeds.len() > 0 {
            interrupted += seeds.len();
            seeds = Vec::new().into_iter();
        }
    }
    (records, interrupted)
}
