//! Sessions: one episode each, played by the same engine as `automem run`, with the model's
//! replies coming from the API client instead of a policy.
//!
//! The episode runs on a blocking thread. Its policy is a [`RemotePolicy`]: each model turn is
//! sent to the session as a [`Turn`] and the thread waits for the client's reply. A closed or
//! expired session drops its reply channel and sets its cancel flag, so the thread ends at once.
use super::api::{ChatMessage, EpisodeResult, SchemaRef, SessionState, SessionView, Turn};
use crate::bindings::policy_api::{Message, Reply, Responder, Role, TurnContext};
use crate::bindings::types::Phase;
use crate::episode::{Policy, PolicyError};
use crate::runner::{self, Played, Policies, Setup};
use automem_runfile::EpisodeRecord;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::sync::mpsc;

/// What the episode thread tells its session.
pub enum Event {
    /// A model turn waits for a reply.
    Turn(Turn),
    /// The episode ended.
    Ended(EpisodeResult),
}

/// The reply channel's message: text and token counts.
pub type ReplyMsg = (String, u32, u32);

/// A policy whose replies come from the API client.
pub struct RemotePolicy {
    events: mpsc::UnboundedSender<Event>,
    replies: Arc<Mutex<mpsc::Receiver<ReplyMsg>>>,
    cancel: Arc<AtomicBool>,
}

impl Policy for RemotePolicy {
    fn respond(&mut self, messages: &[Message], context: &TurnContext) -> Result<Reply, PolicyError> {
        // A dead channel means nobody will ever answer: stop the episode, not just this turn.
        let closed = || {
            self.cancel.store(true, Ordering::Relaxed);
            PolicyError::new("closed", "the session was closed")
        };
        if self.cancel.load(Ordering::Relaxed) {
            return Err(closed());
        }
        let turn = Turn {
            id: 0, // numbered by the session when it records the turn
            phase: match context.phase {
                Phase::Log => "log",
                Phase::Plan => "plan",
            }
            .into(),
            responder: match context.responder {
                Responder::Single => "single",
                Responder::Memory => "memory",
                Responder::Gameplay => "gameplay",
            }
            .into(),
            step: context.step,
            call_index: context.call_index,
            messages: messages
                .iter()
                .map(|m| ChatMessage {
                    role: match m.role {
                        Role::System => "system",
                        Role::User => "user",
                        Role::Assistant => "assistant",
                    }
                    .into(),
                    content: m.content.clone(),
                })
                .collect(),
        };
        self.events.send(Event::Turn(turn)).map_err(|_| closed())?;
        let mut replies = self.replies.lock().map_err(|_| closed())?;
        let (text, prompt_tokens, completion_tokens) = replies.blocking_recv().ok_or_else(closed)?;
        Ok(Reply { text, prompt_tokens, completion_tokens })
    }
}

/// Mutable state of a session.
struct Inner {
    status: &'static str,
    turn: Option<Turn>,
    result: Option<EpisodeResult>,
    last_active: Instant,
    replies: Option<mpsc::Sender<ReplyMsg>>,
}

/// One session.
pub struct Session {
    view: SessionView,
    inner: Mutex<Inner>,
    events: tokio::sync::Mutex<mpsc::UnboundedReceiver<Event>>,
    cancel: Arc<AtomicBool>,
    step: Arc<AtomicU32>,
    turns: AtomicU32,
    /// Where its trace is written.
    pub trace_path: std::path::PathBuf,
}

impl Session {
    /// Start the episode of `setup` for `seed` on a blocking thread; returns once its first turn
    /// (or its end) is known.
    pub async fn start(
        id: String,
        group_id: Option<String>,
        setup: Setup,
        seed: u64,
        schema: SchemaRef,
        two_model: bool,
    ) -> Arc<Session> {
        let (event_tx, event_rx) = mpsc::unbounded_channel();
        let (reply_tx, reply_rx) = mpsc::channel(1);
        let replies = Arc::new(Mutex::new(reply_rx));
        let cancel = Arc::new(AtomicBool::new(false));
        let remote = |events: &mpsc::UnboundedSender<Event>| RemotePolicy {
            events: events.clone(),
            replies: replies.clone(),
            cancel: cancel.clone(),
        };
        let policies = Policies {
            memory: Box::new(remote(&event_tx)),
            gameplay: two_model.then(|| Box::new(remote(&event_tx)) as Box<dyn Policy + Send>),
        };
        let out = setup.out.clone().unwrap_or_default();
        let session = Arc::new(Session {
            view: SessionView {
                id,
                group_id,
                game: setup.game.name().to_string(),
                seed,
                schema,
                mode: if two_model { "two-model" } else { "single" }.into(),
                status: String::new(),
                step: 0,
                turns: 0,
            },
            inner: Mutex::new(Inner {
                status: "running",
                turn: None,
                result: None,
                last_active: Instant::now(),
                replies: Some(reply_tx),
            }),
            events: tokio::sync::Mutex::new(event_rx),
            cancel,
            step: Arc::new(AtomicU32::new(0)),
            turns: AtomicU32::new(0),
            trace_path: automem_runfile::layout::trace_path(&out, seed, automem_runfile::TraceFormat::default()),
        });
        let (cancel, step) = (session.cancel.clone(), session.step.clone());
        let steps_played = session.step.clone();
        tokio::task::spawn_blocking(move || {
            let played = runner::play_with(
                &setup,
                seed,
                &cancel,
                &|| {
                    step.fetch_add(1, Ordering::Relaxed);
                },
                Some(policies),
            );
            let result = match played {
                Played::Finished(record, _) => result_of(&record, None),
                Played::Failed(record) => result_of(&record, record.error.clone()),
                Played::Interrupted => EpisodeResult {
                    reward: 0.0,
                    progression: 0.0,
                    steps: steps_played.load(Ordering::Relaxed),
                    end_reason: "closed".into(),
                    achievements: Vec::new(),
                    error: None,
                },
            };
            let _ = event_tx.send(Event::Ended(result));
        });
        session.advance().await;
        session
    }

    /// Wait for the episode thread's next event and record it.
    async fn advance(&self) {
        let event = self.events.lock().await.recv().await;
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.last_active = Instant::now();
        match event {
            Some(Event::Turn(mut turn)) => {
                turn.id = self.turns.fetch_add(1, Ordering::Relaxed).saturating_add(1);
                inner.turn = Some(turn);
                inner.status = "awaiting-reply";
            }
            Some(Event::Ended(result)) => {
                inner.turn = None;
                inner.status = match result.end_reason.as_str() {
                    "failed" => "failed",
                    "closed" => "closed",
                    _ => "finished",
                };
                inner.result = Some(result);
                inner.replies = None;
            }
            None => {
                // The episode's thread ended without saying how: it panicked.
                inner.turn = None;
                inner.status = "failed";
                inner.result.get_or_insert(EpisodeResult {
                    reward: 0.0,
                    progression: 0.0,
                    steps: self.step.load(Ordering::Relaxed),
                    end_reason: "failed".into(),
                    achievements: Vec::new(),
                    error: Some("the episode stopped unexpectedly; see the server's log".into()),
                });
            }
        }
    }

    /// Hand the client's reply to turn `turn` to the episode and wait for the next turn or the
    /// end. A reply to any other turn (one already answered, a retry, a race) changes nothing.
    pub async fn reply(
        &self,
        turn: u32,
        text: String,
        prompt_tokens: u32,
        completion_tokens: u32,
    ) -> Result<(), String> {
        let sender = {
            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            let waiting = inner.turn.as_ref().map(|t| t.id).filter(|_| inner.status == "awaiting-reply");
            if waiting != Some(turn) {
                let answered = turn <= self.turns.load(Ordering::Relaxed);
                return Err(match waiting {
                    Some(w) if answered => format!(
                        "turn {turn} of session {} was already answered; it now waits for turn {w}",
                        self.view.id
                    ),
                    Some(w) => format!("session {} has no turn {turn}; it waits for turn {w}", self.view.id),
                    None if answered => format!(
                        "turn {turn} of session {} was already answered; the session is {}",
                        self.view.id, inner.status
                    ),
                    None => format!("session {} is {}, not waiting for a reply", self.view.id, inner.status),
                });
            }
            inner.status = "running";
            inner.turn = None;
            inner.last_active = Instant::now();
            inner.replies.clone()
        };
        // If the episode is gone, the send fails and `advance` reads its end instead.
        if let Some(sender) = sender {
            let _ = sender.send((text, prompt_tokens, completion_tokens)).await;
        }
        self.advance().await;
        Ok(())
    }

    /// Stop the episode (its thread ends at once); the trace so far stays on disk.
    pub fn close(&self) {
        self.cancel.store(true, Ordering::Relaxed);
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.replies = None;
        inner.last_active = Instant::now();
        if inner.result.is_none() {
            inner.status = "closed";
            inner.turn = None;
        }
    }

    /// Whether the episode is over (finished, failed or closed).
    pub fn is_over(&self) -> bool {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        matches!(inner.status, "finished" | "failed" | "closed")
    }

    /// How long since the client last did something.
    pub fn idle_for(&self) -> std::time::Duration {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).last_active.elapsed()
    }

    /// The session's id.
    pub fn id(&self) -> &str {
        &self.view.id
    }

    /// The schema version it is pinned to.
    pub fn schema(&self) -> &SchemaRef {
        &self.view.schema
    }

    /// Its state for the API.
    pub fn state(&self) -> SessionState {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut view = self.view.clone();
        view.status = inner.status.to_string();
        view.step = self.step.load(Ordering::Relaxed);
        view.turns = self.turns.load(Ordering::Relaxed);
        SessionState { session: view, turn: inner.turn.clone(), result: inner.result.clone() }
    }
}

/// A session dropped before it was registered (its client hung up while it started) stops its
/// episode.
impl Drop for Session {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

fn result_of(record: &EpisodeRecord, error: Option<String>) -> EpisodeResult {
    EpisodeResult {
        reward: record.total_reward,
        progression: record.progression,
        steps: record.steps,
        end_reason: record.end_reason.clone(),
        achievements: record.achievements.clone(),
        error,
    }
}
