//! The bodies `automem serve` deserializes from any client: never a panic, whatever the bytes.
#![no_main]
use automem::serve::api::{CreateSession, ReplyBody};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = serde_json::from_slice::<CreateSession>(data);
    let _ = serde_json::from_slice::<ReplyBody>(data);
    let _ = serde_json::from_slice::<automem_memory::Quotas>(data);
});
