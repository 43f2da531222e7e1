//! Role data gathered piece by piece: the top level's fields, then each
//! role, checked, its id compared with the earlier ones', and added to the
//! catalog as it comes. The reader feeds it role by role from a file cut
//! into its roles, or a whole JSON value at once (see reader.rs).

use std::rc::Rc;

use super::fault::{Fault, FaultKind};
use super::fields::field;
use super::limits::DATASET_FIELDS;
use super::problems::{Checker, Path, Problem, ProblemKind};
use super::{Origin, Prepared};
use crate::fast_hash::FastMap;
use crate::filter::CatalogBuilder;
use crate::json::Json;
use crate::role::Dataset;

#[derive(Default)]
pub(super) struct Collector {
    checker: Checker,
    /// Ids of the roles kept so far. A map whose values go unused rather
    /// than a set: it shares its hash table's code in the wasm with the
    /// catalog's maps from text to a number.
    seen: FastMap<String, usize>,
    dataset: Dataset,
    catalog: CatalogBuilder,
}

impl Collector {
    /// The fields of a top-level object; its `roles` are read by [`Self::role`].
    pub fn top_level(&mut self, fields: &[(String, Json)]) {
        let root = Path::ROOT;
        let checker = &mut self.checker;
        checker.unknown_fields(fields, &root, &DATASET_FIELDS);
        self.dataset.title = checker.optional_text(fields, &root, "title");
        self.dataset.source = match field(fields, "source") {
            None | Some(Json::Null) => None,
            Some(value) => checker.source(value, &root.key("source")),
        };
    }

    /// Reads `roles[index]`, and keeps it if it is valid and its id not
    /// taken by an earlier role.
    pub fn role(&mut self, index: usize, value: &Json) {
        let roles = Path::ROOT.key("roles");
        let here = roles.index(index);
        let Some(role) = self.checker.role(value, &here) else {
            return;
        };
        if self.seen.insert(role.id.clone(), 0).is_some() {
            self.checker
                .error(&here.key("id"), ProblemKind::DuplicateId(role.id));
            return;
        }
        let role = Rc::new(role);
        self.catalog.add(role.clone());
        self.dataset.roles.push(role);
    }

    /// A whole value: a list of roles, or an object with a `roles` list
    /// (plus optional `version`, `title` and `source`). Says how many roles
    /// the list held; `None` when there was none (already reported).
    pub fn value(&mut self, value: &Json) -> Option<usize> {
        let root = Path::ROOT;
        let items = match value {
            Json::Array(items) => items,
            Json::Object(fields) => {
                self.top_level(fields);
                let roles = root.key("roles");
                match field(fields, "roles") {
                    Some(Json::Array(items)) => items,
                    Some(other) => {
                        self.checker.wrong_type(&roles, "a list of roles", other);
                        return None;
                    }
                    None => {
                        self.checker.error(&roles, ProblemKind::Missing);
                        return None;
                    }
                }
            }
            other => {
                let expected = "a list of roles or an object with \"roles\"";
                self.checker.wrong_type(&root, expected, other);
                return None;
            }
        };
        for (i, item) in items.iter().enumerate() {
            self.role(i, item);
        }
        Some(items.len())
    }

    /// The prepared data, or every problem found. `count` is how many roles
    /// the list held (`None` when there was no list, already reported).
    pub fn finish(mut self, origin: Origin, count: Option<usize>) -> Result<Prepared, Fault> {
        let errors = &mut self.checker.errors;
        if count == Some(0) {
            // Reported first, as a reader of the file meets it first.
            let empty = Problem {
                path: "roles".into(),
                kind: ProblemKind::Empty,
            };
            errors.insert(0, empty);
        }
        if !errors.is_empty() {
            return Err(Fault::new(origin, FaultKind::Invalid(self.checker.errors)));
        }
        Ok(Prepared {
            dataset: self.dataset,
            warnings: self.checker.warnings,
            catalog: Rc::new(self.catalog.finish()),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::data::testing::{problems, read_text};

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
    fn the_top_level_must_hold_a_list_of_roles() {
        assert_eq!(
            problems(r#"{"title":"T"}"#),
            ["roles: is required but missing"]
        );
        assert_eq!(
            problems(r#"{"roles":{"id":"a"}}"#),
            ["roles: expected a list of roles, found an object"]
        );
        assert_eq!(
            problems("7"),
            ["(top level): expected a list of roles or an object with \"roles\", found 7"]
        );
    }

    #[test]
    fn unknown_fields_are_warnings() {
        let loaded = read_text(r#"[{"id":"a","title":"A","salary":1}]"#).unwrap();
        assert_eq!(
            loaded.warnings[0].to_string(),
            "roles[0].salary: unknown field, ignored"
        );
        let loaded = read_text(r#"{"roles":[{"id":"a","title":"A"}],"year":2009}"#).unwrap();
        assert_eq!(
            loaded.warnings[0].to_string(),
            "year: unknown field, ignored"
        );
    }

    #[test]
    fn the_catalog_holds_the_roles_kept_and_no_other() {
        let loaded = read_text(
            r#"[{"id":"a","title":"A","skills":["x"]},{"id":"a","title":"B"},{"id":"c","title":"C","skills":["y"]}]"#,
        );
        // A duplicate id refuses the data as a whole: nothing half-shown.
        assert!(loaded.is_err());
        let loaded = read_text(
            r#"[{"id":"a","title":"A","skills":["x"]},{"id":"c","title":"C","skills":["y","x"]}]"#,
        )
        .unwrap();
        let ids: Vec<&str> = loaded
            .catalog
            .roles()
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "c"]);
        let chips: Vec<&str> = loaded
            .catalog
            .chips()
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(chips, ["x", "y"]);
    }
}
