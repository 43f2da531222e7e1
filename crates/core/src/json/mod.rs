//! A small, strict JSON reader (RFC 8259). The widget ships it instead of
//! serde_json, which cost about 10 KB of the gzipped wasm; serde_json stays
//! the reference that the tests compare this reader against (below).
//!
//! reader.rs reads values and names the place of an error, strings.rs and
//! numbers.rs read those two by hand (std's number parsing and Unicode
//! tables cost kilobytes), and scan.rs cuts a large file into its parts
//! without reading them, for role data read in slices.

/// A JSON value. Objects keep their keys in document order.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` in an object (the first, if the key repeats).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where and why the text is not JSON; line and column count from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub column: usize,
    pub reason: &'static str,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let JsonError {
            line,
            column,
            reason,
        } = self;
        write!(f, "line {line}, column {column}: {reason}")
    }
}

impl std::error::Error for JsonError {}

/// Deeper nesting is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

mod numbers;
mod reader;
mod scan;
mod strings;

pub use reader::{parse, parse_part};
pub use scan::{Scan, Unusual};

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64*: a tiny deterministic generator for the property test.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn random_value(rng: &mut Rng, depth: u32, out: &mut String) {
        const STRINGS: [&str; 8] = [
            "",
            "a",
            "Santé",
            "\\n",
            "\\u00e9",
            "\\ud83d\\ude00",
            "HIPAA",
            "\\\"",
        ];
        const NUMBERS: [&str; 10] = [
            "0",
            "-1",
            "42",
            "3.25",
            "-0.001",
            "1e10",
            "2E-3",
            "123456789",
            "0.5e+2",
            "-7.0",
        ];
        match rng.below(if depth > 3 { 4 } else { 6 }) {
            0 => out.push_str(["true", "false", "null"][rng.below(3) as usize]),
            1 => out.push_str(NUMBERS[rng.below(10) as usize]),
            2 | 3 => {
                out.push('"');
                out.push_str(STRINGS[rng.below(8) as usize]);
                out.push('"');
            }
            4 => {
                out.push('[');
                for i in 0..rng.below(4) {
                    if i > 0 {
                        out.push(',');
                    }
                    random_value(rng, depth + 1, out);
                }
                out.push(']');
            }
            _ => {
                out.push('{');
                for i in 0..rng.below(4) {
                    if i > 0 {
                        out.push_str(" , ");
                    }
                    out.push_str(&format!("\"k{i}\": "));
                    random_value(rng, depth + 1, out);
                }
                out.push('}');
            }
        }
    }

    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => {
                let b = b.as_f64().unwrap();
                (a - b).abs() <= 1e-9 * b.abs().max(1.0)
            }
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Object(a), Value::Object(b)) => {
                a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
            }
            _ => false,
        }
    }

    #[test]
    fn agrees_with_serde_json_on_thousands_of_generated_inputs() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        const NOISE: &[u8] = b"{}[],:\"\\ 0-.eE+atfnu\n\x01x";
        let (mut valid, mut invalid) = (0, 0);
        for round in 0..6000 {
            let mut text = String::new();
            random_value(&mut rng, 0, &mut text);
            // Two rounds in three damage the document: cut it, or change, insert or drop a byte.
            if round % 3 != 0 && !text.is_empty() {
                let mut bytes = text.into_bytes();
                let at = rng.below(bytes.len() as u64) as usize;
                match rng.below(4) {
                    0 => bytes.truncate(at),
                    1 => bytes[at] = NOISE[rng.below(NOISE.len() as u64) as usize],
                    2 => bytes.insert(at, NOISE[rng.below(NOISE.len() as u64) as usize]),
                    _ => {
                        bytes.remove(at);
                    }
                }
                let Ok(damaged) = String::from_utf8(bytes) else {
                    continue;
                };
                text = damaged;
            }
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => {
                    valid += 1;
                    assert!(same(a, b), "{text:?}: {a:?} vs {b:?}");
                }
                (Err(e), Err(_)) => {
                    invalid += 1;
                    assert!(e.line >= 1 && e.column >= 1);
                }
                _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
            }
        }
        assert!(
            valid > 1500 && invalid > 1500,
            "{valid} valid, {invalid} invalid"
        );
    }
}
