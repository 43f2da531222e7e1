//! JSON numbers, read by hand: `str::parse::<f64>` would add about 15 KB
//! of tables and code to the wasm.

use super::reader::{Reader, Step};

impl Reader<'_> {
    /// Checks the grammar and computes the value by hand: `str::parse::<f64>`
    /// would add about 15 KB of tables and code to the wasm. Integers up to
    /// 2^53 are exact; other values are within a few units in the last place.
    pub(super) fn number(&mut self) -> Step<f64> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let mut mantissa = 0.0f64;
        let mut exponent = 0i32;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while let Some(b @ b'0'..=b'9') = self.peek() {
                    mantissa = mantissa * 10.0 + f64::from(b - b'0');
                    self.pos += 1;
                }
            }
            _ => return Err("a number is malformed"),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("a number is malformed");
            }
            while let Some(b @ b'0'..=b'9') = self.peek() {
                // Digits past double precision only shift the value.
                if mantissa < 1e17 {
                    mantissa = mantissa * 10.0 + f64::from(b - b'0');
                    exponent -= 1;
                }
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    -1
                }
                Some(b'+') => {
                    self.pos += 1;
                    1
                }
                _ => 1,
            };
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("a number is malformed");
            }
            let mut power = 0i32;
            while let Some(b @ b'0'..=b'9') = self.peek() {
                power = power.saturating_mul(10).saturating_add(i32::from(b - b'0'));
                self.pos += 1;
            }
            exponent = exponent.saturating_add(sign * power);
        }
        let value = scale(mantissa, exponent);
        if value.is_infinite() {
            return Err("a number is too large");
        }
        Ok(if negative { -value } else { value })
    }
}

/// `mantissa × 10^exponent`, dividing for negative powers (more exact than
/// multiplying by a rounded 10^-n) and in steps that avoid early overflow.
fn scale(mut value: f64, exponent: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let mut left = exponent;
    while left > 0 {
        let step = left.min(22);
        value *= 10f64.powi(step);
        left -= step;
    }
    while left < 0 {
        let step = (-left).min(22);
        value /= 10f64.powi(step);
        left += step;
    }
    value
}

#[cfg(test)]
mod tests {
    use crate::json::{parse, Json};

    #[test]
    fn numbers_are_exact_where_it_matters() {
        let number = |text: &str| match parse(text).unwrap() {
            Json::Number(n) => n,
            other => panic!("{other:?}"),
        };
        assert_eq!(number("9007199254740992"), 9_007_199_254_740_992.0);
        assert_eq!(number("12345678901234567"), 12_345_678_901_234_567.0);
        assert_eq!(number("-0.5"), -0.5);
        assert_eq!(number("0.1"), 0.1);
        assert!((number("1e308") / 1e308 - 1.0).abs() < 1e-15);
        assert_eq!(number("1E-5"), 1e-5);
        assert_eq!(number("0e99999"), 0.0);
        assert!(parse("1e309").is_err());
    }
}
