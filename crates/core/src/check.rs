//! A check of a role file before a blogger publishes it (the snippet
//! builder's "Check" button): the same reading the widget does, reported
//! as JSON for the page: how many roles, and every problem with its place.

use super::dataset::DataError;
use super::json_writer::JsonObject;
use super::remote::{read_answer, Answer, LoadError};

/// `{"roles": n, "errors": [...], "warnings": [...]}` for a fetched file.
pub fn check_answer(url: &str, answer: Answer) -> String {
    let (roles, errors, warnings) = match read_answer(url, answer) {
        Ok(loaded) => (
            loaded.dataset.roles.len(),
            Vec::new(),
            loaded.warnings.iter().map(ToString::to_string).collect(),
        ),
        Err(LoadError::Data {
            error: DataError::Invalid(problems),
            ..
        }) => (
            0,
            problems.iter().map(ToString::to_string).collect(),
            Vec::new(),
        ),
        Err(error) => (0, vec![error.to_string()], Vec::new()),
    };
    let mut json = JsonObject::default();
    json.number("roles", roles);
    json.list("errors", &errors);
    json.list("warnings", &warnings);
    json.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str) -> serde_json::Value {
        let answer = Answer::Response {
            status: 200,
            content_type: "application/json".into(),
            body: body.into(),
        };
        serde_json::from_str(&check_answer("roles.json", answer)).unwrap()
    }

    #[test]
    fn good_data_counts_its_roles_and_keeps_its_warnings() {
        assert_eq!(
            check(r#"[{"id":"a","title":"A","pay":3},{"id":"b","title":"B"}]"#),
            serde_json::json!({"roles": 2, "errors": [], "warnings": ["roles[0].pay: unknown field, ignored"]})
        );
    }

    #[test]
    fn every_problem_is_listed_with_its_place() {
        assert_eq!(
            check(r#"[{"id":"a","title":"A","skills":["x",42]},{"title":"B"}]"#),
            serde_json::json!({"roles": 0, "warnings": [], "errors": [
                "roles[0].skills[1]: expected a string, found 42",
                "roles[1].id: is required but missing"
            ]})
        );
    }

    #[test]
    fn fetch_faults_are_one_error() {
        let value: serde_json::Value =
            serde_json::from_str(&check_answer("x.json", Answer::Unreachable)).unwrap();
        assert_eq!(value["roles"], 0);
        assert!(value["errors"][0]
            .as_str()
            .unwrap()
            .starts_with("x.json could not be reached"));
    }
}
