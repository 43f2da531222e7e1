//! Reading a large role file in steps: a file of 10,000 roles takes a
//! quarter of a second to read and prepare, far past the 50 ms after which
//! a page feels stuck. The job cuts the file into its roles (see
//! [`Scan`]), reads them a few at a time and adds each to the catalog as it
//! goes; between steps the widget gives the page back the main thread.
//!
//! The result is exactly what [`parse_dataset`] and [`Catalog::new`] give:
//! anything unusual (a syntax error, `roles` that is no list) is left to a
//! reading of the whole file, which names the problem precisely.

use super::dataset::{parse_dataset, DataError, DatasetReader, Loaded};
use super::filter::{Catalog, CatalogBuilder};
use super::json::{parse_part, Json, Scan};

/// Bytes scanned between two looks at the clock.
const SCAN_BYTES: usize = 32 * 1024;

/// A finished job: the data (or why not), and, for good data, the catalog
/// of all its roles.
pub type Outcome = (Result<Loaded, DataError>, Option<Catalog>);

pub struct LoadJob {
    text: String,
    stage: Stage,
    reader: DatasetReader,
    catalog: CatalogBuilder,
}

enum Stage {
    /// The members of a top-level object.
    Members(Scan),
    /// The roles list; `next` is the first role not read yet; `top` when
    /// the list is the whole file.
    Roles { scan: Scan, next: usize, top: bool },
    /// Read the whole file at once.
    Whole,
}

impl LoadJob {
    pub fn new(text: String) -> Self {
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
        LoadJob {
            text,
            stage,
            reader: DatasetReader::default(),
            catalog: CatalogBuilder::default(),
        }
    }

    /// Works while `more()` says there is time; `Some` once finished.
    pub fn step(&mut self, mut more: impl FnMut() -> bool) -> Option<Outcome> {
        while more() {
            if let Some(outcome) = self.advance() {
                return Some(outcome);
            }
        }
        None
    }

    /// One small piece of work.
    fn advance(&mut self) -> Option<Outcome> {
        let text = &self.text;
        match &mut self.stage {
            Stage::Whole => {
                return Some((parse_dataset(text), None));
            }
            Stage::Members(scan) => {
                if scan.step(text, SCAN_BYTES).is_err() {
                    self.stage = Stage::Whole;
                } else if scan.done {
                    self.stage = match read_members(text, scan, &mut self.reader) {
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
                    if let Some(role) = self.reader.role(*next, &value) {
                        self.catalog.add(role.clone());
                    }
                    *next += 1;
                } else if !scan.done {
                    if scan.step(text, SCAN_BYTES).is_err() {
                        self.stage = Stage::Whole;
                    }
                } else if *top && !only_space(&text[scan.end()..]) {
                    self.stage = Stage::Whole;
                } else {
                    let count = scan.children.len();
                    let reader = std::mem::take(&mut self.reader);
                    let catalog = std::mem::take(&mut self.catalog);
                    return Some(match reader.finish(Some(count)) {
                        Ok(loaded) => (Ok(loaded), Some(catalog.finish())),
                        Err(error) => (Err(error), None),
                    });
                }
            }
        }
        None
    }
}

/// Reads a top-level object's members but `roles`, and says where the
/// `roles` list starts; `None` for anything a whole reading should handle.
fn read_members(text: &str, scan: &Scan, reader: &mut DatasetReader) -> Option<usize> {
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
    reader.top_level(&fields);
    roles_at
}

fn only_space(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a job to the end, in steps of `n` pieces of work.
    fn run(text: &str, n: usize) -> (Outcome, usize) {
        let mut job = LoadJob::new(text.to_owned());
        let mut steps = 0;
        loop {
            steps += 1;
            let mut left = n;
            let more = || {
                left = left.saturating_sub(1);
                left > 0
            };
            if let Some(outcome) = job.step(more) {
                return (outcome, steps);
            }
        }
    }

    fn ids(catalog: &Catalog) -> Vec<String> {
        catalog.roles().iter().map(|r| r.id.clone()).collect()
    }

    fn same_as_whole(text: &str) {
        let ((result, catalog), _) = run(text, 3);
        let whole = parse_dataset(text);
        assert_eq!(result, whole, "{text}");
        if let Ok(loaded) = &whole {
            let catalog = catalog.expect("a catalog for good data");
            let expected = Catalog::new(loaded.dataset.roles.clone());
            assert_eq!(ids(&catalog), ids(&expected));
            let chips = |c: &Catalog| c.chips().iter().map(|c| c.name.clone()).collect::<Vec<_>>();
            assert_eq!(chips(&catalog), chips(&expected));
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
        let ((result, catalog), steps) = run(&text, 50);
        assert!(steps > 40, "{steps} steps");
        assert_eq!(result.unwrap().dataset.roles.len(), 2000);
        assert_eq!(catalog.unwrap().chips().len(), 7);
        same_as_whole(&text);
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
}
