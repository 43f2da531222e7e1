//! A flat JSON object, written field by field: what the widget hands to
//! JavaScript (event details, data checks). serde_json would cost kilobytes.

/// A flat JSON object, written field by field.
#[derive(Default)]
pub struct JsonObject(String);

impl JsonObject {
    pub fn raw(&mut self, key: &str, value: &str) {
        self.0.push(if self.0.is_empty() { '{' } else { ',' });
        push_string(&mut self.0, key);
        self.0.push(':');
        self.0.push_str(value);
    }

    pub fn text(&mut self, key: &str, value: &str) {
        let mut quoted = String::new();
        push_string(&mut quoted, value);
        self.raw(key, &quoted);
    }

    pub fn number(&mut self, key: &str, value: usize) {
        self.raw(key, &value.to_string());
    }

    pub fn list(&mut self, key: &str, items: &[String]) {
        self.raw(key, &list(items));
    }

    pub fn finish(mut self) -> String {
        if self.0.is_empty() {
            self.0.push('{');
        }
        self.0.push('}');
        self.0
    }
}

/// A JSON array of strings.
pub fn list(items: &[String]) -> String {
    let mut list = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        push_string(&mut list, item);
    }
    list.push(']');
    list
}

/// Appends `text` as a JSON string literal.
fn push_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_escaped_strings_numbers_and_lists() {
        let mut json = JsonObject::default();
        json.text("q", "say \"hi\"\\\n\u{1}é");
        json.number("n", 42);
        json.list("l", &["a".to_string(), "b,c".to_string()]);
        json.raw("ok", "true");
        let text = json.finish();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"q": "say \"hi\"\\\n\u{1}é", "n": 42, "l": ["a", "b,c"], "ok": true})
        );
        assert_eq!(JsonObject::default().finish(), "{}");
    }
}
