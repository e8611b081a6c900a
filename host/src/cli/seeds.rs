//! Seed lists as users write them: `42..51` (inclusive), `1,5,9`, or a mix like `1,10..12`.

/// Parse a seed list; ranges are inclusive, as in AutoMem's "seeds 42-51".
pub fn parse_seeds(text: &str) -> Result<Vec<u64>, String> {
    let mut seeds = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some((a, b)) = part.split_once("..") {
            let a: u64 = parse_one(a)?;
            let b: u64 = parse_one(b.trim_start_matches('='))?;
            if b < a {
                return Err(format!("seed range {part} runs backwards"));
            }
            if b - a >= 1_000_000 {
                return Err(format!("seed range {part} has more than a million seeds"));
            }
            seeds.extend(a..=b);
        } else {
            seeds.push(parse_one(part)?);
        }
    }
    if seeds.is_empty() {
        return Err("no seeds given; write e.g. 42..51 or 1,2,3".into());
    }
    Ok(seeds)
}

fn parse_one(s: &str) -> Result<u64, String> {
    s.trim().parse().map_err(|_| format!("'{}' is not a seed (a whole number from 0)", s.trim()))
}

#[cfg(test)]
mod tests {
    use super::parse_seeds;

    #[test]
    fn ranges_are_inclusive_and_lists_mix() {
        assert_eq!(parse_seeds("42..51").map(|s| s.len()), Ok(10));
        assert_eq!(parse_seeds("1, 3..=4,9"), Ok(vec![1, 3, 4, 9]));
        assert!(parse_seeds("5..1").is_err());
        assert!(parse_seeds("x").is_err());
        assert!(parse_seeds("").is_err());
    }
}
