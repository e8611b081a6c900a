//! `exp` and `cos` from basic arithmetic only, so native and WebAssembly builds agree to the bit.
//!
//! The standard library hands `exp`/`cos` to the platform's libm natively and to a Rust libm on
//! `wasm32-unknown-unknown`; the two may differ in the last bit, which could flip a terrain
//! threshold or the printed daylight. These versions use only `+ - * /`, which IEEE 754 fixes
//! exactly (Rust never fuses them), so both builds compute the same values.

const LN2: f64 = core::f64::consts::LN_2;
const PI: f64 = core::f64::consts::PI;

/// `1 / n` for n in 0..=28, computed once by the compiler (entry 0 unused).
const INV: [f64; 29] = {
    let mut t = [0.0; 29];
    let mut n = 1;
    while n < 29 {
        t[n] = 1.0 / n as f64;
        n += 1;
    }
    t
};

/// `e^x` for `|x| < 700`, accurate to a few ulps.
pub fn exp(x: f64) -> f64 {
    // x = k ln2 + r with |r| <= ln2 / 2; e^x = 2^k e^r.
    let k = round(x / LN2);
    let r = x - k * LN2;
    // |r| <= 0.35, so r^15 / 15! < 1e-19: 14 terms reach full precision.
    let mut term = 1.0;
    let mut sum = 1.0;
    for inv in &INV[1..=14] {
        term = term * r * inv;
        sum += term;
    }
    sum * pow2(k as i32)
}

/// `cos(x)` for moderate `|x|` (a few thousand at most), accurate to a few ulps.
pub fn cos(x: f64) -> f64 {
    // x = k pi + r with |r| <= pi / 2; cos x = (-1)^k cos r.
    let k = round(x / PI);
    let r = x - k * PI;
    // |r| <= pi / 2, so r^28 / 28! < 1e-24: terms up to r^26 reach full precision.
    let r2 = r * r;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=13 {
        term = -term * r2 * INV[2 * n - 1] * INV[2 * n];
        sum += term;
    }
    if (k as i64) % 2 == 0 { sum } else { -sum }
}

/// Round half away from zero, by truncation (exact in IEEE arithmetic).
fn round(x: f64) -> f64 {
    let t = x.trunc();
    let f = x - t;
    if f >= 0.5 {
        t + 1.0
    } else if f <= -0.5 {
        t - 1.0
    } else {
        t
    }
}

/// `2^k` for `-1022 <= k <= 1023`, built from its bits.
fn pow2(k: i32) -> f64 {
    let k = k.clamp(-1022, 1023);
    f64::from_bits(((k + 1023) as u64) << 52)
}

#[cfg(test)]
mod tests {
    #[test]
    fn close_to_std() {
        for i in -2000..2000 {
            let x = f64::from(i) * 0.037;
            assert!((super::exp(x) / x.exp() - 1.0).abs() < 1e-13, "exp {x}");
            assert!((super::cos(x) - x.cos()).abs() < 1e-13, "cos {x}");
        }
    }
}
