//! The two phases of an agent step, as far as the text protocol cares.

/// Which phase of an agent step a reply or a training item belongs to; it decides result headings
/// and which post-processing rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Memory is written about the previous action's outcome; results come back as "Command results:".
    Log,
    /// Memory is consulted (read-only) and one game action is committed; results come back as
    /// "Search results:".
    Plan,
}

impl Phase {
    /// The phase's name in upper case ("LOG" or "PLAN"), for messages and traces.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Log => "LOG",
            Phase::Plan => "PLAN",
        }
    }
}
