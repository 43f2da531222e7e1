//! The one reader of role data, whatever its size and source. It cuts the
//! text into its roles (see [`Scan`]) and reads them a few at a time, each
//! checked and added to the catalog as it goes, so the same code reads four
//! roles in one step and 10,000 in slices of a few milliseconds, between
//! which the widget gives the page back the main thread (a file of 10,000
//! roles takes a quarter of a second to read, far past the 50 ms after
//! which a page feels stuck).
//!
//! Anything unusual (a syntax error, `roles` that is no list) is read as
//! one JSON value instead, which names the problem precisely: the result is
//! the same, only the work is not sliced.

use super::collector::Collector;
use super::fault::{Fault, FaultKind};
use super::{Origin, Prepared};
use crate::json::{parse, parse_part, Json, Scan};

/// Bytes scanned between two looks at the clock.
const SCAN_BYTES: usize = 32 * 1024;

pub struct Reader {
    origin: Origin,
    text: String,
    stage: Stage,
    collector: Collector,
}

enum Stage {
    /// The members of a top-level object.
    Members(Scan),
    /// The roles list; `next` is the first role not read yet; `top` when
    /// the list is the whole file.
    Roles { scan: Scan, next: usize, top: bool },
    /// Read the whole text as one value.
    Whole,
}

impl Reader {
    /// A reader of `bytes` from `origin`. JSON is UTF-8 (RFC 8259); other
    /// bytes are read as the replacement character, as browsers show them.
    pub fn new(origin: Origin, bytes: Vec<u8>) -> Self {
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
        let start = text
            .char_indices()
            .find(|&(_, c)| !matches!(c, '\u{feff}' | ' ' | '\t' | '\n' | '\r'))
            .map_or(text.len(), |(i, _)| i);
        let stage = match text.as_bytes().get(start) {
            Some(b'[') => Stage::Roles {
                scan: Scan::new(&text, start),
                next: 0,
                top: true,
            },
            Some(b'{') => Stage::Members(Scan::new(&text, start)),
            _ => Stage::Whole,
        };
        Reader {
            origin,
            text,
            stage,
            collector: Collector::default(),
        }
    }

    /// The reading a file falls back to when it cannot be cut into roles:
    /// the whole text as one JSON value. Tests hold the cut reading to it.
    pub fn whole(origin: Origin, bytes: Vec<u8>) -> Self {
        Reader {
            stage: Stage::Whole,
            ..Reader::new(origin, bytes)
        }
    }

    /// Works while `more()` says there is time; `Some` once finished.
    pub fn step(&mut self, mut more: impl FnMut() -> bool) -> Option<Result<Prepared, Fault>> {
        while more() {
            if let Some(done) = self.advance() {
                return Some(done);
            }
        }
        None
    }

    /// Reads to the end at once.
    pub fn finish(mut self) -> Result<Prepared, Fault> {
        loop {
            if let Some(done) = self.advance() {
                return done;
            }
        }
    }

    /// One small piece of work: a slice of the scan, or one role.
    fn advance(&mut self) -> Option<Result<Prepared, Fault>> {
        let text = &self.text;
        match &mut self.stage {
            Stage::Whole => return Some(self.read_whole()),
            Stage::Members(scan) => {
                if scan.step(text, SCAN_BYTES).is_err() {
                    self.stage = Stage::Whole;
                } else if scan.done {
                    self.stage = match read_members(text, scan, &mut self.collector) {
                        Some(roles_at) => Stage::Roles {
                            scan: Scan::new(text, roles_at),
                            next: 0,
                            top: false,
                        },
                        None => Stage::Whole,
                    };
                }
            }
            Stage::Roles { scan, next, top } => {
                if let Some(&(_, (start, end))) = scan.children.get(*next) {
                    let depth = if *top { 1 } else { 2 };
                    let Ok(value) = parse_part(text, start, end, depth) else {
                        self.stage = Stage::Whole;
                        return None;
                    };
                    self.collector.role(*next, &value);
                    *next += 1;
                } else if !scan.done {
                    if scan.step(text, SCAN_BYTES).is_err() {
                        self.stage = Stage::Whole;
                    }
                } else if *top && !only_space(&text[scan.end()..]) {
                    self.stage = Stage::Whole;
                } else {
                    let count = scan.children.len();
                    let collector = std::mem::take(&mut self.collector);
                    return Some(collector.finish(self.origin.clone(), Some(count)));
                }
            }
        }
        None
    }

    fn read_whole(&mut self) -> Result<Prepared, Fault> {
        let origin = self.origin.clone();
        let value = match parse(&self.text) {
            Ok(value) => value,
            Err(error) => return Err(Fault::new(origin, FaultKind::NotJson(error))),
        };
        // Afresh: roles read before the fall-back would count twice.
        let mut collector = Collector::default();
        let count = collector.value(&value);
        collector.finish(origin, count)
    }
}

/// Reads a top-level object's members but `roles`, and says where the
/// `roles` list starts; `None` for anything a whole reading should handle.
fn read_members(text: &str, scan: &Scan, collector: &mut Collector) -> Option<usize> {
    if !only_space(&text[scan.end()..]) {
        return None;
    }
    let mut fields = Vec::new();
    let mut roles_at = None;
    for &((key_start, key_end), (start, end)) in &scan.children {
        let Ok(Json::String(key)) = parse_part(text, key_start, key_end, 1) else {
            return None;
        };
        if key == "roles" {
            if roles_at.is_none() {
                roles_at = Some(start).filter(|&at| text.as_bytes()[at] == b'[');
                roles_at?;
            }
        } else {
            fields.push((key, parse_part(text, start, end, 1).ok()?));
        }
    }
    collector.top_level(&fields);
    roles_at
}

fn only_space(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Catalog;

    /// Reads `text` to the end, in steps of `n` pieces of work.
    fn run(text: &str, n: usize) -> (Result<Prepared, Fault>, usize) {
        let mut reader = Reader::new(Origin::Inline, text.as_bytes().to_vec());
        let mut steps = 0;
        loop {
            steps += 1;
            let mut left = n;
            let more = || {
                left = left.saturating_sub(1);
                left > 0
            };
            if let Some(done) = reader.step(more) {
                return (done, steps);
            }
        }
    }

    fn ids(catalog: &Catalog) -> Vec<String> {
        catalog.roles().iter().map(|r| r.id.clone()).collect()
    }

    fn chips(catalog: &Catalog) -> Vec<String> {
        catalog.chips().iter().map(|c| c.name.clone()).collect()
    }

    /// Reading in small steps gives what a reading of the whole value
    /// gives: the same data, warnings and fault, and the catalog of exactly
    /// the roles kept.
    fn same_as_whole(text: &str) {
        let (stepped, _) = run(text, 3);
        let whole = Reader::whole(Origin::Inline, text.as_bytes().to_vec()).finish();
        match (&stepped, &whole) {
            (Ok(a), Ok(b)) => {
                assert_eq!(
                    (&a.dataset, &a.warnings),
                    (&b.dataset, &b.warnings),
                    "{text}"
                );
                assert_eq!(ids(&a.catalog), ids(&b.catalog));
                let expected = Catalog::new(a.dataset.roles.clone());
                assert_eq!(ids(&a.catalog), ids(&expected));
                assert_eq!(chips(&a.catalog), chips(&expected));
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{text}"),
            _ => panic!("{text}: {stepped:?} but whole {whole:?}"),
        }
    }

    #[test]
    fn a_large_file_is_read_in_many_small_steps() {
        let roles: Vec<String> = (0..2000)
            .map(|i| {
                format!(
                    r#"{{"id":"r{i}","title":"Role {i}","skills":["S{}"]}}"#,
                    i % 7
                )
            })
            .collect();
        let text = format!(
            r#"{{"title":"Many","roles":[{}],"version":1}}"#,
            roles.join(",")
        );
        let (result, steps) = run(&text, 50);
        assert!(steps > 40, "{steps} steps");
        let prepared = result.unwrap();
        assert_eq!(prepared.dataset.roles.len(), 2000);
        assert_eq!(prepared.catalog.chips().len(), 7);
        same_as_whole(&text);
        // A small file takes one step.
        let (result, steps) = run(r#"[{"id":"a","title":"A"}]"#, 50);
        assert_eq!((result.is_ok(), steps), (true, 1));
    }

    #[test]
    fn every_kind_of_file_reads_as_a_whole_reading_does() {
        for text in [
            r#"[{"id":"a","title":"A"},{"id":"b","title":"B","skills":["x"]}]"#,
            "\u{feff} [ {\"id\":\"a\",\"title\":\"A\"} ] \n",
            r#"{"title":"T","source":{"title":"S","url":"javascript:x"},"roles":[{"id":"a","title":"A","extra":1}],"more":2}"#,
            r#"{"roles":[{"id":"a","title":"A"},{"id":"a","title":"B"},{"title":7}]}"#,
            r#"{"roles":[]}"#,
            r#"{"roles":{"id":"a"}}"#,
            r#"{"title":"no roles"}"#,
            r#"{"roles":[{"id":"a","title":"A"}],"roles":[1]}"#,
            r#"[{"id":"a","title":"A"},]"#,
            r#"[{"id":"a","title":"A"} {"id":"b","title":"B"}]"#,
            r#"{"roles" [{"id":"a","title":"A"}]}"#,
            r#"{"roles":[{"id":"a","title":"A"}]} trailing"#,
            r#"[{"id":"a","title":"A"}"#,
            r#"[1,,2]"#,
            r#"{"a":1,}"#,
            r#"{,"roles":[]}"#,
            r#"[{"id":"a\"]","title":"[{"}]"#,
            r#""just a string""#,
            "",
        ] {
            same_as_whole(text);
        }
    }

    #[test]
    fn nesting_is_limited_as_in_a_whole_reading() {
        let deep = format!(
            r#"[{{"id":"a","title":"A","x":{}1{}}}]"#,
            "[".repeat(130),
            "]".repeat(130)
        );
        same_as_whole(&deep);
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let (result, _) = run("[\n{\"id\": }", 3);
        let fault = result.unwrap_err();
        let FaultKind::NotJson(error) = &fault.kind else {
            panic!("{fault:?}")
        };
        assert_eq!((error.line, error.column), (2, 8));
        assert_eq!(
            fault.to_string(),
            "the JSON inside <role-explorer> could not be used: the data is not valid JSON (line 2, column 8: expected a value)"
        );
    }
}
