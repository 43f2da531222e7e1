//! Role data, one path from wherever it comes to the cards:
//!
//! ```text
//! source          property, inline JSON, built-in: bytes at once
//!                 `src`: the loader fetches, an [`Answer`] (fetch.rs) gives the bytes or a fault
//!   -> bytes
//!   -> Reader     (reader.rs) one reader for every size: a small file in one step,
//!                 a large one in slices, between which the page runs
//!   -> Prepared   the roles, the warnings, and the catalog the filters search, built once
//!      or Fault   (fault.rs) why not, with the origin, for the widget and the snippet builder
//! ```
//!
//! The reader cuts the text into roles (`json::Scan`), and the `Collector`
//! checks each (fields.rs, with the places of problems from problems.rs and
//! the limits of limits.rs) and adds it to the catalog as it goes.

mod check;
mod collector;
mod fault;
mod fetch;
mod fields;
mod limits;
mod problems;
mod reader;

use std::fmt;
use std::rc::Rc;

use super::filter::Catalog;
use super::role::Dataset;

pub use check::check;
pub use fault::{Fault, FaultKind};
pub use fetch::Answer;
pub use limits::{max_chars, MAX_BYTES};
pub use problems::{Problem, ProblemKind};
pub use reader::Reader;

/// The data set built into the widget: the four roles of the 2009 post
/// "The Hottest Jobs in Healthcare IT".
pub const DEFAULT_ROLES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.json"));

/// Where role data came from, as messages and the `ready` event name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// A `<script type="application/json">` inside the element.
    Inline,
    /// The element's `roles` property, set from JavaScript.
    Property,
    /// A file from the `src` attribute, by its address as written there.
    Src(String),
}

impl Origin {
    /// The name host pages see in the `ready` event.
    pub fn key(&self) -> &'static str {
        match self {
            Origin::BuiltIn => "built-in",
            Origin::Inline => "inline",
            Origin::Property => "property",
            Origin::Src(_) => "src",
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Origin::BuiltIn => "the built-in roles",
            Origin::Inline => "the JSON inside <role-explorer>",
            Origin::Property => "the roles property",
            Origin::Src(url) => url,
        })
    }
}

/// Role data that passed validation, ready to show.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub dataset: Dataset,
    /// Harmless oddities, such as unknown fields.
    pub warnings: Vec<Problem>,
    /// Every role of the data, prepared for searching: built once per data,
    /// however often the settings change (it takes a while for thousands).
    pub catalog: Rc<Catalog>,
}

/// Reads role data in one go: small data, or where nothing else has to run
/// meanwhile. Large data in the widget goes through [`Reader::step`].
pub fn read(origin: Origin, bytes: Vec<u8>) -> Result<Prepared, Fault> {
    Reader::new(origin, bytes).finish()
}

/// The built-in roles, read as any other data is.
pub fn built_in() -> Result<Prepared, Fault> {
    read(Origin::BuiltIn, DEFAULT_ROLES_JSON.as_bytes().to_vec())
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Reads `json` as inline data.
    pub fn read_text(json: &str) -> Result<Prepared, Fault> {
        read(Origin::Inline, json.as_bytes().to_vec())
    }

    /// Every problem of data that is refused, as the widget lists them.
    pub fn problems(json: &str) -> Vec<String> {
        match read_text(json) {
            Err(Fault {
                kind: FaultKind::Invalid(problems),
                ..
            }) => problems.iter().map(ToString::to_string).collect(),
            other => panic!("expected invalid data, got {other:?}"),
        }
    }

    /// The built-in roles, which must read.
    pub fn seed() -> Prepared {
        built_in().expect("the built-in roles are valid")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn default_data_is_the_four_roles_of_the_post() {
        let loaded = seed();
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
        // The catalog comes with the data, over the same roles.
        assert_eq!(loaded.catalog.roles(), &loaded.dataset.roles[..]);
    }

    #[test]
    fn every_source_reads_the_same_bytes_alike_and_is_named_in_its_faults() {
        let good = br#"[{"id":"a","title":"A"}]"#;
        let bad = br#"[{"id":"a"}]"#;
        let sources = [
            (
                Origin::BuiltIn,
                "built-in",
                "the built-in roles could not be used: ",
            ),
            (
                Origin::Inline,
                "inline",
                "the JSON inside <role-explorer> could not be used: ",
            ),
            (
                Origin::Property,
                "property",
                "the roles property could not be used: ",
            ),
            (
                Origin::Src("data/roles.json".into()),
                "src",
                "data/roles.json: ",
            ),
        ];
        for (origin, key, start) in sources {
            assert_eq!(origin.key(), key);
            let read_good = read(origin.clone(), good.to_vec()).unwrap();
            assert_eq!(read_good.dataset.roles[0].title, "A");
            assert_eq!(read_good.catalog.roles().len(), 1);
            let fault = read(origin.clone(), bad.to_vec()).unwrap_err();
            assert_eq!(fault.origin, origin);
            assert_eq!(
                fault.to_string(),
                format!(
                    "{start}the role data has 1 problem: roles[0].title: is required but missing"
                )
            );
        }
    }

    #[test]
    fn a_fetched_file_goes_through_the_same_reader() {
        let answer = Answer::Response {
            status: 200,
            content_type: "application/json".into(),
            body: br#"{"title":"T","roles":[{"id":"a","title":"A","skills":["x"]}]}"#.to_vec(),
        };
        let prepared = answer.reader("roles.json").unwrap().finish().unwrap();
        assert_eq!(prepared.dataset.title.as_deref(), Some("T"));
        assert_eq!(prepared.catalog.chips()[0].name, "x");
    }

    #[test]
    fn text_that_is_not_utf8_is_read_with_replacement_characters() {
        let prepared = read(
            Origin::Inline,
            b"[{\"id\":\"a\",\"title\":\"Caf\xe9\"}]".to_vec(),
        );
        assert_eq!(prepared.unwrap().dataset.roles[0].title, "Caf\u{fffd}");
    }
}
