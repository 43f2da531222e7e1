//! Problems in role data, each with its place (`roles[3].skills[1]:
//! expected a string, found 42`), and the [`Checker`] that collects them
//! all instead of stopping at the first, so a site owner fixes them in one go.

use std::fmt;

use crate::json::Json;

/// One problem in a data set, at a path such as `roles[2].title`.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A value of the wrong JSON type; `found` describes what was there.
    WrongType {
        expected: &'static str,
        found: String,
    },
    Missing,
    Empty,
    DuplicateId(String),
    TooLong {
        chars: usize,
        limit: usize,
    },
    /// A field the schema does not know; reported as a warning only.
    UnknownField,
    /// A link that is not http, https or mailto; left out, with a warning.
    UnsafeLink,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            ProblemKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ProblemKind::Missing => f.write_str("is required but missing"),
            ProblemKind::Empty => f.write_str("must not be empty"),
            ProblemKind::DuplicateId(id) => write!(f, "the id \"{id}\" is used by an earlier role"),
            ProblemKind::UnknownField => f.write_str("unknown field, ignored"),
            ProblemKind::UnsafeLink => {
                f.write_str("only http, https and mailto links are shown; this one is left out")
            }
            ProblemKind::TooLong { chars, limit } => {
                write!(f, "is {chars} characters long; the limit is {limit}")
            }
        }
    }
}

/// Where a value sits, as a chain of steps that is only written out as text
/// when there is a problem to report: 10,000 roles hold over 100,000 values.
#[derive(Clone, Copy)]
pub(super) struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> Path<'a> {
    pub const ROOT: Path<'static> = Path {
        parent: None,
        step: Step::Root,
    };

    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    /// The name of the field this value belongs to: `skills` for
    /// `roles[0].skills[2]`.
    pub fn field(&self) -> &'a str {
        match (self.step, self.parent) {
            (Step::Key(key), _) => key,
            (_, Some(parent)) => parent.field(),
            _ => "",
        }
    }

    /// `roles[3].skills[1]`; the root alone is `(top level)`.
    fn text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        if text.is_empty() {
            text.push_str("(top level)");
        }
        text
    }

    fn write(&self, text: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(text);
        }
        match self.step {
            Step::Root => {}
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Index(index) => {
                text.push('[');
                text.push_str(&index.to_string());
                text.push(']');
            }
        }
    }
}

/// The errors and warnings found so far.
#[derive(Default)]
pub(super) struct Checker {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Checker {
    pub fn error(&mut self, path: &Path, kind: ProblemKind) {
        self.errors.push(Problem {
            path: path.text(),
            kind,
        });
    }

    pub fn warning(&mut self, path: &Path, kind: ProblemKind) {
        self.warnings.push(Problem {
            path: path.text(),
            kind,
        });
    }

    pub fn wrong_type(&mut self, path: &Path, expected: &'static str, found: &Json) {
        self.error(
            path,
            ProblemKind::WrongType {
                expected,
                found: describe(found),
            },
        );
    }
}

/// How a misplaced value is named in a message: numbers and short strings
/// as themselves, containers by kind.
fn describe(value: &Json) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => describe_number(*n),
        Json::String(s) if s.chars().count() <= 30 => format!("\"{s}\""),
        Json::String(_) => "a long string".into(),
        Json::Array(_) => "a list".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// `42`, `-0.5`, `3.14159`: up to six decimals, through integer formatting
/// only, since f64's `Display` adds about 5 KB to the wasm.
fn describe_number(n: f64) -> String {
    if n.abs() >= 1e15 {
        return "a very large number".into();
    }
    let millionths = (n.abs() * 1e6).round() as u64;
    let sign = if n < 0.0 && millionths > 0 { "-" } else { "" };
    let (whole, fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let decimals = format!("{fraction:06}");
    format!("{sign}{whole}.{}", decimals.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_described_as_written() {
        let found = |n: f64| describe(&Json::Number(n));
        assert_eq!(found(42.0), "42");
        assert_eq!(found(-0.5), "-0.5");
        assert_eq!(found(12.125), "12.125");
        assert_eq!(found(-0.0), "0");
        assert_eq!(found(1e20), "a very large number");
    }

    #[test]
    fn other_values_are_named_by_kind_and_short_strings_as_written() {
        let found = |json: &str| describe(&crate::json::parse(json).unwrap());
        assert_eq!(found("null"), "null");
        assert_eq!(found("false"), "false");
        assert_eq!(found(r#""HIPAA""#), "\"HIPAA\"");
        assert_eq!(found(&format!("\"{}\"", "x".repeat(31))), "a long string");
        assert_eq!(
            (found("[1]"), found("{}")),
            ("a list".into(), "an object".into())
        );
    }

    #[test]
    fn paths_are_written_as_a_reader_of_the_file_would_point_at_them() {
        let root = Path::ROOT;
        let roles = root.key("roles");
        let role = roles.index(3);
        let skills = role.key("skills");
        let skill = skills.index(1);
        assert_eq!(skill.text(), "roles[3].skills[1]");
        assert_eq!(skill.field(), "skills");
        assert_eq!(root.text(), "(top level)");
        assert_eq!(root.key("title").text(), "title");
    }
}
