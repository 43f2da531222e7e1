//! Reading JSON text into a [`Json`] value, and where an error is.

use super::{Json, JsonError, MAX_DEPTH};

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

pub(super) struct Reader<'a> {
    pub text: &'a [u8],
    pub pos: usize,
    depth: usize,
}

pub(super) type Step<T> = Result<T, &'static str>;

impl Reader<'_> {
    pub(super) fn error(&self, reason: &'static str) -> JsonError {
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

    pub(super) fn peek(&self) -> Option<u8> {
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
}
