//! Reads role data from JSON and checks it, naming the place of every problem
//! (`roles[3].skills[1]: expected a string, found 42`).

use std::fmt;
use std::rc::Rc;

use super::fast_hash::FastSet;
use super::json::{parse, Json, JsonError};
use super::role::{Code, Dataset, Link, Role, Skill, Source};

/// The data set built into the widget: the four roles of the 2009 post
/// "The Hottest Jobs in Healthcare IT".
pub const DEFAULT_ROLES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.json"));

/// The fields each object of the format knows; `static/roles.schema.json`
/// documents the same ones (a test keeps the two in step).
pub const DATASET_FIELDS: [&str; 5] = ["$schema", "version", "title", "source", "roles"];
pub const ROLE_FIELDS: [&str; 8] = [
    "id",
    "title",
    "summary",
    "responsibilities",
    "skills",
    "category",
    "codes",
    "links",
];
pub const LINK_FIELDS: [&str; 2] = ["label", "url"];
pub const SKILL_FIELDS: [&str; 2] = ["name", "category"];
pub const SOURCE_FIELDS: [&str; 4] = ["title", "author", "published", "url"];

/// Where a widget's role data came from, as messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataOrigin {
    BuiltIn,
    /// A `<script type="application/json">` inside the element.
    Inline,
    /// The element's `roles` property, set from JavaScript.
    Property,
}

impl DataOrigin {
    /// The name host pages see in the `ready` event.
    pub fn key(self) -> &'static str {
        match self {
            DataOrigin::BuiltIn => "built-in",
            DataOrigin::Inline => "inline",
            DataOrigin::Property => "property",
        }
    }
}

impl fmt::Display for DataOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DataOrigin::BuiltIn => "the built-in roles",
            DataOrigin::Inline => "the JSON inside <role-explorer>",
            DataOrigin::Property => "the roles property",
        })
    }
}

/// Why a data set was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The text is not JSON at all.
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    /// JSON, but not role data; every problem found is listed.
    Invalid(Vec<Problem>),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotJson {
                line,
                column,
                reason,
            } => write!(
                f,
                "the data is not valid JSON (line {line}, column {column}: {reason})"
            ),
            DataError::Invalid(problems) => {
                let noun = if problems.len() == 1 {
                    "problem"
                } else {
                    "problems"
                };
                write!(f, "the role data has {} {noun}: ", problems.len())?;
                for (i, problem) in problems.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

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

/// A data set that passed validation, with the warnings it raised.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Problem>,
}

/// Parses role data: either a list of roles or an object with a `roles` list
/// (plus optional `version`, `title` and `source`).
pub fn parse_dataset(json: &str) -> Result<Loaded, DataError> {
    let value = parse(json).map_err(not_json)?;
    let mut reader = DatasetReader::default();
    let root = Path::ROOT;
    let roles_path = root.key("roles");
    let count = match &value {
        Json::Array(items) => reader.roles(items),
        Json::Object(fields) => {
            reader.top_level(fields);
            match field(fields, "roles") {
                Some(Json::Array(items)) => reader.roles(items),
                Some(other) => {
                    reader
                        .reader
                        .wrong_type(&roles_path, "a list of roles", other);
                    return reader.finish(None);
                }
                None => {
                    reader.reader.error(&roles_path, ProblemKind::Missing);
                    return reader.finish(None);
                }
            }
        }
        other => {
            let expected = "a list of roles or an object with \"roles\"";
            reader.reader.wrong_type(&root, expected, other);
            return reader.finish(None);
        }
    };
    reader.finish(Some(count))
}

/// The JSON reader's error, in the data's terms.
pub fn not_json(error: JsonError) -> DataError {
    DataError::NotJson {
        line: error.line,
        column: error.column,
        reason: error.reason.to_owned(),
    }
}

/// Reads role data piece by piece: the top level's fields, then each role.
/// [`parse_dataset`] feeds it a whole value at once; `core::load` feeds it
/// a large file role by role, between which the page gets to run.
#[derive(Default)]
pub struct DatasetReader {
    reader: Reader,
    /// Ids of the roles kept so far.
    seen: FastSet<String>,
    dataset: Dataset,
}

impl DatasetReader {
    /// The fields of a top-level object; its `roles` are read by [`Self::role`].
    pub fn top_level(&mut self, fields: &[(String, Json)]) {
        let root = Path::ROOT;
        let reader = &mut self.reader;
        reader.unknown_fields(fields, &root, &DATASET_FIELDS);
        self.dataset.title = reader.optional_text(fields, &root, "title");
        self.dataset.source = match field(fields, "source") {
            None | Some(Json::Null) => None,
            Some(value) => reader.source(value, &root.key("source")),
        };
    }

    /// Reads `roles[index]`; returns the role if it is kept (valid, and its
    /// id not taken by an earlier one).
    pub fn role(&mut self, index: usize, value: &Json) -> Option<&Rc<Role>> {
        let roles = Path::ROOT.key("roles");
        let here = roles.index(index);
        let role = self.reader.role(value, &here)?;
        if !self.seen.insert(role.id.clone()) {
            self.reader
                .error(&here.key("id"), ProblemKind::DuplicateId(role.id));
            return None;
        }
        self.dataset.roles.push(Rc::new(role));
        self.dataset.roles.last()
    }

    fn roles(&mut self, items: &[Json]) -> usize {
        for (i, item) in items.iter().enumerate() {
            self.role(i, item);
        }
        items.len()
    }

    /// The data, or every problem found. `count` is how many roles the list
    /// held (`None` when there was no list, already reported).
    pub fn finish(mut self, count: Option<usize>) -> Result<Loaded, DataError> {
        if count == Some(0) {
            // Reported first, as a reader of the file meets it first.
            let empty = Problem {
                path: "roles".into(),
                kind: ProblemKind::Empty,
            };
            self.reader.errors.insert(0, empty);
        }
        if self.reader.errors.is_empty() {
            Ok(Loaded {
                dataset: self.dataset,
                warnings: self.reader.warnings,
            })
        } else {
            Err(DataError::Invalid(self.reader.errors))
        }
    }
}

/// Walks the JSON value, collecting errors and warnings instead of stopping
/// at the first one, so a site owner can fix them all in one go.
#[derive(Default)]
struct Reader {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

/// Where a value sits, as a chain of steps that is only written out as text
/// when there is a problem to report: 10,000 roles hold over 100,000 values.
#[derive(Clone, Copy)]
struct Path<'a> {
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
    const ROOT: Path<'static> = Path {
        parent: None,
        step: Step::Root,
    };

    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    /// The name of the field this value belongs to: `skills` for
    /// `roles[0].skills[2]`.
    fn field(&self) -> &'a str {
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

impl Reader {
    fn error(&mut self, path: &Path, kind: ProblemKind) {
        self.errors.push(Problem {
            path: path.text(),
            kind,
        });
    }

    fn warning(&mut self, path: &Path, kind: ProblemKind) {
        self.warnings.push(Problem {
            path: path.text(),
            kind,
        });
    }

    fn role(&mut self, value: &Json, path: &Path) -> Option<Role> {
        let Json::Object(fields) = value else {
            self.wrong_type(path, "a role object", value);
            return None;
        };
        self.unknown_fields(fields, path, &ROLE_FIELDS);
        let id = self.required_text(fields, path, "id");
        let title = self.required_text(fields, path, "title");
        let summary = self
            .optional_text(fields, path, "summary")
            .unwrap_or_default();
        let responsibilities = self.list(fields, path, "responsibilities", |reader, item, here| {
            reader.text(item, here)
        });
        let skills = self.list(fields, path, "skills", Reader::skill);
        let category = self.optional_text(fields, path, "category");
        let codes = self.codes(fields, path);
        let links = self.list(fields, path, "links", Reader::link);
        Some(Role {
            id: id?,
            title: title?,
            summary,
            responsibilities,
            skills,
            category,
            codes,
            links,
        })
    }

    /// A skill is a plain name or `{ "name": …, "category": … }`.
    fn skill(&mut self, value: &Json, path: &Path) -> Option<Skill> {
        match value {
            Json::String(_) => self.text(value, path).map(|name| Skill {
                name,
                category: None,
            }),
            Json::Object(fields) => {
                self.unknown_fields(fields, path, &SKILL_FIELDS);
                let name = self.required_text(fields, path, "name")?;
                let category = self.optional_text(fields, path, "category");
                Some(Skill { name, category })
            }
            other => {
                self.wrong_type(path, "a string", other);
                None
            }
        }
    }

    fn source(&mut self, value: &Json, path: &Path) -> Option<Source> {
        let Json::Object(fields) = value else {
            self.wrong_type(path, "an object", value);
            return None;
        };
        self.unknown_fields(fields, path, &SOURCE_FIELDS);
        let title = self.required_text(fields, path, "title")?;
        let author = self.optional_text(fields, path, "author");
        let published = self.optional_text(fields, path, "published");
        let url = match self.optional_text(fields, path, "url") {
            Some(url) => self.safe_url(url, &path.key("url")),
            None => None,
        };
        Some(Source {
            title,
            author,
            published,
            url,
        })
    }

    /// `{ "O*NET-SOC": "15-1211.00" }`: scheme names to codes, in order.
    fn codes(&mut self, fields: &[(String, Json)], path: &Path) -> Vec<Code> {
        let here = path.key("codes");
        match field(fields, "codes") {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Object(codes)) => codes
                .iter()
                .filter_map(|(scheme, value)| {
                    let value = self.text(value, &here.key(scheme))?;
                    Some(Code {
                        scheme: scheme.trim().to_owned(),
                        value,
                    })
                })
                .collect(),
            Some(other) => {
                self.wrong_type(&here, "an object of codes", other);
                Vec::new()
            }
        }
    }

    fn link(&mut self, value: &Json, path: &Path) -> Option<Link> {
        let Json::Object(fields) = value else {
            self.wrong_type(path, "a link object", value);
            return None;
        };
        self.unknown_fields(fields, path, &LINK_FIELDS);
        let label = self.required_text(fields, path, "label");
        let url = self.required_text(fields, path, "url")?;
        let url = self.safe_url(url, &path.key("url"))?;
        Some(Link { label: label?, url })
    }

    /// Keeps only addresses that cannot run script when followed.
    fn safe_url(&mut self, url: String, path: &Path) -> Option<String> {
        let lower = url.to_ascii_lowercase();
        if ["https://", "http://", "mailto:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
        {
            return Some(url);
        }
        self.warning(path, ProblemKind::UnsafeLink);
        None
    }

    fn list<T>(
        &mut self,
        fields: &[(String, Json)],
        path: &Path,
        key: &str,
        mut item: impl FnMut(&mut Self, &Json, &Path) -> Option<T>,
    ) -> Vec<T> {
        let here = path.key(key);
        match field(fields, key) {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Array(values)) => values
                .iter()
                .enumerate()
                .filter_map(|(i, value)| item(self, value, &here.index(i)))
                .collect(),
            Some(other) => {
                self.wrong_type(&here, "a list", other);
                Vec::new()
            }
        }
    }

    fn required_text(
        &mut self,
        fields: &[(String, Json)],
        path: &Path,
        key: &str,
    ) -> Option<String> {
        match field(fields, key) {
            Some(value) => self.text(value, &path.key(key)),
            None => {
                self.error(&path.key(key), ProblemKind::Missing);
                None
            }
        }
    }

    fn optional_text(
        &mut self,
        fields: &[(String, Json)],
        path: &Path,
        key: &str,
    ) -> Option<String> {
        match field(fields, key) {
            None | Some(Json::Null) => None,
            Some(value) => self.text(value, &path.key(key)),
        }
    }

    /// A non-empty string, trimmed, within its field's length limit.
    fn text(&mut self, value: &Json, path: &Path) -> Option<String> {
        match value {
            Json::String(text) if text.trim().is_empty() => {
                self.error(path, ProblemKind::Empty);
                None
            }
            Json::String(text) => {
                let (chars, limit) = (text.trim().chars().count(), max_chars(path.field()));
                if chars > limit {
                    self.error(path, ProblemKind::TooLong { chars, limit });
                    return None;
                }
                Some(text.trim().to_owned())
            }
            other => {
                self.wrong_type(path, "a string", other);
                None
            }
        }
    }

    fn unknown_fields(&mut self, fields: &[(String, Json)], path: &Path, known: &[&str]) {
        for (key, _) in fields
            .iter()
            .filter(|(key, _)| !known.contains(&key.as_str()))
        {
            self.warning(&path.key(key), ProblemKind::UnknownField);
        }
    }

    fn wrong_type(&mut self, path: &Path, expected: &'static str, found: &Json) {
        self.error(
            path,
            ProblemKind::WrongType {
                expected,
                found: describe(found),
            },
        );
    }
}

fn field<'a>(fields: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
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

/// The longest text a field may hold, by the field's name (`skills` for
/// `roles[0].skills[2]`): longer text breaks a card's layout and is usually a mistake.
pub fn max_chars(field: &str) -> usize {
    match field {
        "summary" | "url" => 2000,
        "responsibilities" => 1000,
        "name" | "category" | "skills" | "label" => 100,
        _ => 200,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        match parse_dataset(json) {
            Err(DataError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
            other => panic!("expected invalid data, got {other:?}"),
        }
    }

    #[test]
    fn default_data_is_the_four_roles_of_the_post() {
        let loaded = parse_dataset(DEFAULT_ROLES_JSON).expect("default data is valid");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let titles: Vec<_> = loaded
            .dataset
            .roles
            .iter()
            .map(|r| r.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Health Integration Engineer",
                "Healthcare Project Manager",
                "IT Resource Manager",
                "Healthcare Systems Analyst"
            ]
        );
        for role in &loaded.dataset.roles {
            assert!(!role.summary.is_empty(), "{} has a summary", role.id);
            assert!(
                !role.responsibilities.is_empty(),
                "{} has responsibilities",
                role.id
            );
            assert!(!role.skills.is_empty(), "{} has skills", role.id);
        }
        let source = loaded.dataset.source.expect("the post is credited");
        assert_eq!(source.author.as_deref(), Some("Sarah Scrafford"));
    }

    #[test]
    fn accepts_a_bare_list_with_plain_skill_names() {
        let loaded = parse_dataset(r#"[{"id":"a","title":"A","skills":["Rust","SQL"]}]"#).unwrap();
        let role = &loaded.dataset.roles[0];
        assert_eq!(
            role.skills[1],
            Skill {
                name: "SQL".into(),
                category: None
            }
        );
        assert_eq!(role.summary, "");
    }

    #[test]
    fn names_the_path_and_the_value_of_a_wrong_type() {
        let json = r#"{"roles":[{"id":"a","title":"A","skills":["Rust",42]}]}"#;
        assert_eq!(
            problems(json),
            ["roles[0].skills[1]: expected a string, found 42"]
        );
    }

    #[test]
    fn the_shipped_json_schema_documents_exactly_the_fields_read() {
        let schema = crate::json::parse(include_str!("../../../static/roles.schema.json")).unwrap();
        let properties = |definition: &Json| -> Vec<String> {
            match definition.get("properties") {
                Some(Json::Object(fields)) => fields.iter().map(|(name, _)| name.clone()).collect(),
                other => panic!("no properties in {other:?}"),
            }
        };
        let definition = |name: &str| schema.get("$defs").and_then(|defs| defs.get(name)).unwrap();
        let sorted = |fields: &[&str]| {
            let mut names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
            names.sort();
            names
        };
        let mut cases = [
            (properties(definition("dataset")), sorted(&DATASET_FIELDS)),
            (properties(definition("role")), sorted(&ROLE_FIELDS)),
            (properties(definition("skill")), sorted(&SKILL_FIELDS)),
            (properties(definition("source")), sorted(&SOURCE_FIELDS)),
            (properties(definition("link")), sorted(&LINK_FIELDS)),
        ];
        for (documented, read) in &mut cases {
            documented.sort();
            assert_eq!(documented, read);
        }
    }

    #[test]
    fn overlong_text_is_refused_with_its_length_and_limit() {
        let json = format!(
            r#"[{{"id":"a","title":"{}","summary":"{}","skills":["{}"],"responsibilities":["{}"]}}]"#,
            "T".repeat(201),
            "s".repeat(2000),
            "k".repeat(101),
            "r".repeat(1000)
        );
        assert_eq!(
            problems(&json),
            [
                "roles[0].title: is 201 characters long; the limit is 200",
                "roles[0].skills[0]: is 101 characters long; the limit is 100",
            ]
        );
        assert_eq!(max_chars("url"), 2000);
        assert_eq!(max_chars("id"), 200);
        assert_eq!(max_chars("name"), 100);
        assert_eq!(max_chars("responsibilities"), 1000);
    }

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
    fn lists_every_problem_together() {
        let json = r#"[{"title":"A"},{"id":"b","title":""},{"id":"b","title":"B"},{"id":"b","title":"C"}]"#;
        assert_eq!(
            problems(json),
            [
                "roles[0].id: is required but missing",
                "roles[1].title: must not be empty",
                "roles[3].id: the id \"b\" is used by an earlier role",
            ]
        );
    }

    #[test]
    fn an_empty_list_is_refused() {
        assert_eq!(problems("[]"), ["roles: must not be empty"]);
        assert_eq!(problems(r#"{"roles":[]}"#), ["roles: must not be empty"]);
    }

    #[test]
    fn unknown_fields_are_warnings() {
        let loaded = parse_dataset(r#"[{"id":"a","title":"A","salary":1}]"#).unwrap();
        assert_eq!(
            loaded.warnings[0].to_string(),
            "roles[0].salary: unknown field, ignored"
        );
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let err = parse_dataset("[\n{\"id\": }").unwrap_err();
        assert!(matches!(err, DataError::NotJson { line: 2, .. }), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("the data is not valid JSON (line 2, column"),
            "{err}"
        );
    }

    #[test]
    fn source_links_other_than_http_are_dropped_with_a_warning() {
        let json = r#"{"source":{"title":"T","url":"javascript:alert(1)"},"roles":[{"id":"a","title":"A"}]}"#;
        let loaded = parse_dataset(json).unwrap();
        assert_eq!(loaded.dataset.source.unwrap().url, None);
        assert_eq!(
            loaded.warnings[0].to_string(),
            "source.url: only http, https and mailto links are shown; this one is left out"
        );
    }

    #[test]
    fn optional_category_codes_and_links_are_read_in_order() {
        let json = r#"[{"id":"a","title":"A","category":" Computer and Mathematical ",
            "codes":{"O*NET-SOC":"15-1252.00","ISCO-08":"2512"},
            "links":[{"label":"O*NET OnLine","url":"https://www.onetonline.org/link/summary/15-1252.00"},
                     {"label":"Write to us","url":"MAILTO:jobs@example.org"}]}]"#;
        let role = &parse_dataset(json).unwrap().dataset.roles[0];
        assert_eq!(role.category.as_deref(), Some("Computer and Mathematical"));
        let codes: Vec<(&str, &str)> = role
            .codes
            .iter()
            .map(|c| (c.scheme.as_str(), c.value.as_str()))
            .collect();
        assert_eq!(codes, [("O*NET-SOC", "15-1252.00"), ("ISCO-08", "2512")]);
        let urls: Vec<&str> = role.links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://www.onetonline.org/link/summary/15-1252.00",
                "MAILTO:jobs@example.org"
            ]
        );
        assert_eq!(role.links[0].label, "O*NET OnLine");
    }

    #[test]
    fn links_that_could_run_script_are_left_out_and_named() {
        let json = r#"[{"id":"a","title":"A","links":[
            {"label":"x","url":"javascript:alert(1)"},
            {"label":"y","url":" data:text/html,<script>alert(1)</script>"},
            {"label":"z","url":"https://example.org/"}]}]"#;
        let loaded = parse_dataset(json).unwrap();
        assert_eq!(loaded.dataset.roles[0].links.len(), 1);
        let paths: Vec<&str> = loaded.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["roles[0].links[0].url", "roles[0].links[1].url"]);
    }

    #[test]
    fn malformed_optional_fields_name_their_path() {
        let json = r#"[{"id":"a","title":"A","category":7,"codes":["15-1252.00"],
            "links":[{"url":"https://example.org/"},"https://example.org/"]}]"#;
        assert_eq!(
            problems(json),
            [
                "roles[0].category: expected a string, found 7",
                "roles[0].codes: expected an object of codes, found a list",
                "roles[0].links[0].label: is required but missing",
                "roles[0].links[1]: expected a link object, found \"https://example.org/\"",
            ]
        );
        let json = r#"[{"id":"a","title":"A","codes":{"O*NET-SOC":""}}]"#;
        assert_eq!(
            problems(json),
            ["roles[0].codes.O*NET-SOC: must not be empty"]
        );
    }
}
