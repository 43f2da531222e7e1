//! A small, strict JSON reader (RFC 8259). The widget ships it instead of
//! serde_json, which cost about 10 KB of the gzipped wasm; serde_json stays
//! the reference that the tests compare this reader against.

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

pub fn parse(text: &str) -> Result<Json, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        text: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let value = reader.value().map_err(|reason| reader.error(reason))?;
    reader.skip_space();
    if reader.pos < reader.text.len() {
        return Err(reader.error("trailing characters after the data"));
    }
    Ok(value)
}

/// Parses the value at `text[start..end]`; errors name their line and
/// column in the whole `text`, so a part reads like the file it came from;
/// `depth` is how deep the part sits, so that nesting is limited as in a
/// reading of the whole.
pub fn parse_part(text: &str, start: usize, end: usize, depth: usize) -> Result<Json, JsonError> {
    let mut reader = Reader {
        text: &text.as_bytes()[..end],
        pos: start,
        depth,
    };
    let value = reader.value().map_err(|reason| reader.error(reason))?;
    reader.skip_space();
    if reader.pos < end {
        return Err(reader.error("trailing characters after the data"));
    }
    Ok(value)
}

/// Where the children of one array or object lie in a text, found by a scan
/// that can stop and resume anywhere: a file of thousands of roles is cut
/// into its roles without one long pause. The scan follows brackets,
/// strings and the container's own commas and colons; each child is then
/// read (and checked) by [`parse_part`]. Anything odd at the container's
/// level stops the scan with `Err`, and the caller reads the text whole to
/// say exactly what is wrong.
/// Something at a container's level that the scan does not follow; a
/// reading of the whole text then says what is wrong.
#[derive(Debug)]
pub struct Unusual;

#[derive(Clone, Debug)]
pub struct Scan {
    pos: usize,
    /// Nesting below the container's own bracket.
    depth: usize,
    in_string: bool,
    escaped: bool,
    is_object: bool,
    /// Start of the key or value being read, at the container's level.
    start: Option<usize>,
    /// End of the last byte that was not white space.
    last: usize,
    key: Option<(usize, usize)>,
    colon: bool,
    /// A comma was read and no child has started since.
    after_comma: bool,
    /// Each child: an object's key range (empty for arrays) and value range.
    pub children: Vec<((usize, usize), (usize, usize))>,
    /// The container's closing bracket was found; `end()` is after it.
    pub done: bool,
}

impl Scan {
    /// A scan of the array or object whose bracket is at `start`.
    pub fn new(text: &str, start: usize) -> Self {
        Scan {
            pos: start + 1,
            depth: 0,
            in_string: false,
            escaped: false,
            is_object: text.as_bytes().get(start) == Some(&b'{'),
            start: None,
            last: start + 1,
            key: None,
            colon: false,
            after_comma: false,
            children: Vec::new(),
            done: false,
        }
    }

    /// Where the scan has come to: after the closing bracket once `done`.
    pub fn end(&self) -> usize {
        self.pos
    }

    /// Scans at most `bytes` more bytes.
    pub fn step(&mut self, text: &str, bytes: usize) -> Result<(), Unusual> {
        let text = text.as_bytes();
        let stop = (self.pos + bytes).min(text.len());
        while self.pos < stop && !self.done {
            let byte = text[self.pos];
            self.pos += 1;
            if self.in_string {
                match (self.escaped, byte) {
                    (true, _) => self.escaped = false,
                    (false, b'\\') => self.escaped = true,
                    (false, b'"') => {
                        self.in_string = false;
                        self.last = self.pos;
                        if self.depth == 0 && self.is_object && self.key.is_none() {
                            self.key = self.start.take().map(|s| (s, self.pos));
                        }
                    }
                    _ => {}
                }
                continue;
            }
            if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                continue;
            }
            if self.depth > 0 {
                match byte {
                    b'"' => self.in_string = true,
                    b'[' | b'{' => self.depth += 1,
                    b']' | b'}' => self.depth -= 1,
                    _ => {}
                }
                self.last = self.pos;
                continue;
            }
            match byte {
                b',' | b']' | b'}' => self.end_child(byte)?,
                b':' if self.is_object
                    && self.key.is_some()
                    && !self.colon
                    && self.start.is_none() =>
                {
                    self.colon = true;
                }
                b':' => return Err(Unusual),
                _ => {
                    if self.start.is_none() {
                        let starts_key = self.is_object && self.key.is_none();
                        // An object's key must be a string, and its value follow a colon.
                        if (starts_key && byte != b'"')
                            || (self.is_object && !starts_key && !self.colon)
                        {
                            return Err(Unusual);
                        }
                        self.start = Some(self.pos - 1);
                        self.after_comma = false;
                    }
                    // More after a value ("1 2") stays in its range: parse_part names it.
                    match byte {
                        b'"' => self.in_string = true,
                        b'[' | b'{' => self.depth += 1,
                        _ => {}
                    }
                }
            }
            self.last = self.pos;
        }
        if !self.done && self.pos >= text.len() {
            return Err(Unusual);
        }
        Ok(())
    }

    /// A comma or the closing bracket, at the container's level.
    fn end_child(&mut self, byte: u8) -> Result<(), Unusual> {
        let closer = if self.is_object { b'}' } else { b']' };
        if byte != b',' && byte != closer {
            return Err(Unusual);
        }
        match self.start.take() {
            Some(start) => {
                let key = match self.key.take() {
                    Some(key) if self.colon => key,
                    None if !self.is_object => (start, start),
                    _ => return Err(Unusual),
                };
                self.children.push((key, (start, self.last)));
            }
            // Nothing since the last comma, or since the opening bracket.
            None if byte == b',' || self.after_comma || !self.children.is_empty() => {
                return Err(Unusual)
            }
            None if self.key.is_some() => return Err(Unusual),
            None => {}
        }
        self.colon = false;
        self.after_comma = byte == b',';
        self.done = byte != b',';
        Ok(())
    }
}

struct Reader<'a> {
    text: &'a [u8],
    pos: usize,
    depth: usize,
}

type Step<T> = Result<T, &'static str>;

impl Reader<'_> {
    fn error(&self, reason: &'static str) -> JsonError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        let column = before[line_start..]
            .iter()
            .filter(|&&b| b & 0xc0 != 0x80)
            .count()
            + 1;
        JsonError {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column,
            reason,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Step<Json> {
        self.skip_space();
        match self.peek() {
            None => Err("unexpected end of the data"),
            Some(b'{') => self.nested(Reader::object),
            Some(b'[') => self.nested(Reader::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            Some(_) => Err("expected a value"),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Step<Json>) -> Step<Json> {
        if self.depth == MAX_DEPTH {
            return Err("nesting deeper than 128 levels");
        }
        self.depth += 1;
        self.pos += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn literal(&mut self, word: &str, value: Json) -> Step<Json> {
        if self.text[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err("expected a value")
        }
    }

    /// After `[`; reads up to and including `]`.
    fn array(&mut self) -> Step<Json> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                None => return Err("unexpected end of the data"),
                Some(_) => return Err("expected ',' or ']'"),
            }
        }
    }

    /// After `{`; reads up to and including `}`.
    fn object(&mut self) -> Step<Json> {
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err("unexpected end of the data"),
                Some(_) => return Err("expected a string key"),
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err("expected ':'");
            }
            self.pos += 1;
            fields.push((key, self.value()?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(fields));
                }
                None => return Err("unexpected end of the data"),
                Some(_) => return Err("expected ',' or '}'"),
            }
        }
    }

    /// At `"`; reads the string and its closing quote.
    fn string(&mut self) -> Step<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters at once; the input is valid UTF-8.
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            out.push_str(
                std::str::from_utf8(&self.text[start..self.pos]).map_err(|_| "invalid text")?,
            );
            match self.peek() {
                None => return Err("unexpected end of the data"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err("control character inside a string"),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self) -> Step<char> {
        let byte = self.peek().ok_or("unexpected end of the data")?;
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xd800..=0xdbff => {
                        if !self.text[self.pos..].starts_with(b"\\u") {
                            return Err("a lone surrogate in a string");
                        }
                        self.pos += 2;
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            return Err("a lone surrogate in a string");
                        }
                        0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                    }
                    0xdc00..=0xdfff => return Err("a lone surrogate in a string"),
                    _ => unit,
                };
                char::from_u32(code).ok_or("invalid escape in a string")?
            }
            _ => {
                self.pos -= 1;
                return Err("invalid escape in a string");
            }
        })
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err("invalid escape in a string"),
            };
            value = value * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(value)
    }

    /// Checks the grammar and computes the value by hand: `str::parse::<f64>`
    /// would add about 15 KB of tables and code to the wasm. Integers up to
    /// 2^53 are exact; other values are within a few units in the last place.
    fn number(&mut self) -> Step<f64> {
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
    use super::*;

    fn s(text: &str) -> Json {
        Json::String(text.into())
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value =
            parse(r#" {"a": [1, -2.5, 3e2, true, false, null, "x"], "b": {}, "c": []} "#).unwrap();
        assert_eq!(
            value,
            Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Number(-2.5),
                        Json::Number(300.0),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                        s("x"),
                    ])
                ),
                ("b".into(), Json::Object(vec![])),
                ("c".into(), Json::Array(vec![])),
            ])
        );
        assert_eq!(value.get("b"), Some(&Json::Object(vec![])));
    }

    #[test]
    fn reads_escapes_and_surrogate_pairs() {
        assert_eq!(
            parse(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).unwrap(),
            s("a\"\\/\u{8}\u{c}\n\r\té😀")
        );
        assert_eq!(parse("\"Santé\"").unwrap(), s("Santé"));
        for bad in [
            r#""\ud83d""#,
            r#""\ude00""#,
            r#""\ud83d\u0041""#,
            r#""\x""#,
            r#""\u12g4""#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

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

    #[test]
    fn errors_name_line_column_and_reason() {
        let error = |text: &str| parse(text).unwrap_err();
        assert_eq!(
            error("[1,\n  2,, 3]"),
            JsonError {
                line: 2,
                column: 5,
                reason: "expected a value"
            }
        );
        assert_eq!(
            error("{\"é\": 1 2}"),
            JsonError {
                line: 1,
                column: 9,
                reason: "expected ',' or '}'"
            }
        );
        assert_eq!(error("[1, 2").reason, "unexpected end of the data");
        assert_eq!(error("{1: 2}").reason, "expected a string key");
        assert_eq!(error("[] x").reason, "trailing characters after the data");
        assert_eq!(
            error("\"a\nb\"").reason,
            "control character inside a string"
        );
        assert_eq!(error("01").reason, "trailing characters after the data");
        assert_eq!(error("-").reason, "a number is malformed");
        assert_eq!(error("1.").reason, "a number is malformed");
        assert_eq!(error("").reason, "unexpected end of the data");
        assert_eq!(error("<!doctype html>").reason, "expected a value");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(128)).is_ok());
        assert_eq!(
            parse(&nested(129)).unwrap_err().reason,
            "nesting deeper than 128 levels"
        );
        assert!(parse(&"[{\"a\":".repeat(100_000)).is_err());
    }

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
