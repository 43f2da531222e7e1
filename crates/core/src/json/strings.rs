//! JSON strings: escapes, and surrogate pairs joined into one character.

use super::reader::{Reader, Step};

impl Reader<'_> {
    /// At `"`; reads the string and its closing quote.
    pub(super) fn string(&mut self) -> Step<String> {
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
}

#[cfg(test)]
mod tests {
    use crate::json::{parse, Json};

    fn s(text: &str) -> Json {
        Json::String(text.into())
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
}
