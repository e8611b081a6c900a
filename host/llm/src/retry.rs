//! Retry timing: exponential backoff with full jitter from a per-endpoint seeded generator, and
//! the server's `Retry-After`.
//!
//! Retry `n` (1 for the first retry) waits a uniform random time in `[0, min(backoff_max,
//! backoff_initial * 2^(n-1))]` ("full jitter"). When a 429 or 503 carries `Retry-After`, the wait
//! is that value capped at `backoff_max` (a server asking for an hour does not stall a run), plus
//! up to 10% of it as jitter so callers turned away together do not come back together.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// SplitMix64: a tiny, seedable, lock-free generator; each endpoint owns one (no global state).
#[derive(Debug)]
pub struct Jitter {
    state: AtomicU64,
}

const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

impl Jitter {
    /// A generator starting from `seed`; the same seed gives the same sequence of draws.
    pub fn new(seed: u64) -> Self {
        Jitter { state: AtomicU64::new(seed) }
    }

    /// The next 64 random bits.
    pub fn next_u64(&self) -> u64 {
        let mut z = self.state.fetch_add(GOLDEN_GAMMA, Ordering::Relaxed).wrapping_add(GOLDEN_GAMMA);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform duration in `[0, max]`.
    pub fn up_to(&self, max: Duration) -> Duration {
        // 53 random bits give a uniform f64 in [0, 1].
        let unit = (self.next_u64() >> 11) as f64 / ((1u64 << 53) - 1) as f64;
        max.mul_f64(unit)
    }
}

/// How long to wait before retry number `retry` (1-based), given the server's `Retry-After` if any.
pub fn backoff(
    jitter: &Jitter,
    retry: u32,
    initial: Duration,
    max: Duration,
    retry_after: Option<Duration>,
) -> Duration {
    if let Some(asked) = retry_after {
        let base = asked.min(max);
        return base + jitter.up_to(base / 10);
    }
    let doublings = retry.saturating_sub(1).min(31);
    let ceiling = initial.saturating_mul(1u32 << doublings).min(max);
    jitter.up_to(ceiling)
}

/// Reads a `Retry-After` value: integer (or, leniently, fractional) seconds, or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(secs).ok();
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn same_seed_same_draws() {
        let (a, b) = (Jitter::new(7), Jitter::new(7));
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(xs[0], Jitter::new(8).next_u64());
    }

    #[test]
    fn backoff_stays_under_the_exponential_ceiling() {
        let j = Jitter::new(1);
        let (initial, max) = (Duration::from_millis(100), Duration::from_secs(1));
        for retry in 1..40 {
            let ceiling = (initial * 2u32.pow(retry.min(20) - 1)).min(max);
            for _ in 0..50 {
                assert!(backoff(&j, retry, initial, max, None) <= ceiling);
            }
        }
        let waits: Vec<Duration> = (0..100).map(|_| backoff(&j, 4, initial, max, None)).collect();
        assert!(
            waits.iter().any(|w| *w < Duration::from_millis(200))
                && waits.iter().any(|w| *w > Duration::from_millis(600))
        );
    }

    #[test]
    fn retry_after_is_honored_and_capped() {
        let j = Jitter::new(1);
        let w = backoff(&j, 1, Duration::from_millis(10), Duration::from_secs(30), Some(Duration::from_secs(2)));
        assert!(w >= Duration::from_secs(2) && w <= Duration::from_millis(2200));
        let w = backoff(&j, 1, Duration::from_millis(10), Duration::from_secs(5), Some(Duration::from_secs(3600)));
        assert!(w >= Duration::from_secs(5) && w <= Duration::from_millis(5500));
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after("0.5"), Some(Duration::from_millis(500)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(100));
        assert!(parse_retry_after(&later).unwrap() > Duration::from_secs(90));
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
