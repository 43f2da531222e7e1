//! Where the children of one array or object lie in a text, found by a scan
//! that can stop and resume anywhere: a file of thousands of roles is cut
//! into its roles without one long pause. The scan follows brackets,
//! strings and the container's own commas and colons; each child is then
//! read (and checked) by [`parse_part`](super::parse_part). Anything odd at
//! the container's level stops the scan with [`Unusual`], and the caller
//! reads the text whole to say exactly what is wrong.

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans the container at `start` in steps of `bytes`.
    fn scan(text: &str, start: usize, bytes: usize) -> Result<Scan, Unusual> {
        let mut scan = Scan::new(text, start);
        while !scan.done {
            scan.step(text, bytes)?;
        }
        Ok(scan)
    }

    #[test]
    fn a_scan_resumed_after_every_byte_finds_what_one_pass_finds() {
        let text = r#" {"a": [1, {"b": "]}"}], "c\"": "x,y", "d": {} } "#;
        let whole = scan(text, 1, text.len()).unwrap();
        let slow = scan(text, 1, 1).unwrap();
        assert_eq!(slow.children, whole.children);
        let parts: Vec<(&str, &str)> = whole
            .children
            .iter()
            .map(|&((ks, ke), (vs, ve))| (&text[ks..ke], &text[vs..ve]))
            .collect();
        assert_eq!(
            parts,
            [
                (r#""a""#, r#"[1, {"b": "]}"}]"#),
                (r#""c\"""#, r#""x,y""#),
                (r#""d""#, "{}")
            ]
        );
        assert_eq!(&text[whole.end()..], " ");
    }

    #[test]
    fn anything_odd_at_the_container_s_level_is_unusual() {
        for text in [
            "[1,,2]",
            "[1,]",
            r#"{"a" 1}"#,
            "{1: 2}",
            r#"{"a":1,}"#,
            "[1",
            "[1}",
        ] {
            assert!(scan(text, 0, 3).is_err(), "{text}");
        }
        let list = scan("[1, [2, 3], \"x\"]", 0, 3).unwrap();
        assert_eq!(list.children.len(), 3);
    }
}
