//! How long parsing takes on adversarial replies of 0.5 MB and 2 MB, and the ratio: a linear
//! parser shows about 4x for 4x the input, a quadratic one about 16x.
//! Run with `cargo run --release -p automem-protocol --example parse_speed`.
use automem_protocol::{ParseOptions, parse_reply};
use std::time::Instant;

fn main() {
    let options = ParseOptions::default();
    let cases: [(&str, &str); 5] = [
        ("<|<|<|", "<|"),
        ("unclosed READ", "x"),
        ("JSON keys", "{\"a\":\""),
        ("ACTION lines", "\nACTION:"),
        ("fences", "```\n"),
    ];
    for (name, piece) in cases {
        let make = |bytes: usize| {
            let body = piece.repeat(bytes / piece.len() + 1);
            if name == "unclosed READ" { format!("<|READ|>{body}") } else { body }
        };
        let time = |text: &str| {
            (0..3)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(parse_reply(text, &options));
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        };
        let (small, large) = (time(&make(1 << 19)), time(&make(1 << 21)));
        println!(
            "{name:<14} 0.5 MB {small:>10.2?}  2 MB {large:>10.2?}  ratio {:.1}",
            large.as_secs_f64() / small.as_secs_f64().max(1e-9)
        );
    }
}
