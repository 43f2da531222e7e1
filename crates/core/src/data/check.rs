//! A check of a role file before a blogger publishes it (the snippet
//! builder's "Check" button): the widget's own reading, reported as JSON for
//! the page: how many roles, and every problem with its place.

use super::{Answer, Fault, Prepared};
use crate::json_writer::JsonObject;

/// `{"roles": n, "errors": [...], "warnings": [...]}` for the file at `url`.
pub fn check(url: &str, answer: Answer) -> String {
    report(&answer.reader(url).and_then(|reader| reader.finish()))
}

fn report(result: &Result<Prepared, Fault>) -> String {
    let (roles, errors, warnings) = match result {
        Ok(prepared) => (
            prepared.dataset.roles.len(),
            Vec::new(),
            prepared.warnings.iter().map(ToString::to_string).collect(),
        ),
        Err(fault) => (0, fault.problems(), Vec::new()),
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

    fn check_body(body: &str) -> serde_json::Value {
        let answer = Answer::Response {
            status: 200,
            content_type: "application/json".into(),
            body: body.as_bytes().to_vec(),
        };
        serde_json::from_str(&check("roles.json", answer)).unwrap()
    }

    #[test]
    fn good_data_counts_its_roles_and_keeps_its_warnings() {
        assert_eq!(
            check_body(r#"[{"id":"a","title":"A","pay":3},{"id":"b","title":"B"}]"#),
            serde_json::json!({"roles": 2, "errors": [], "warnings": ["roles[0].pay: unknown field, ignored"]})
        );
    }

    #[test]
    fn every_problem_is_listed_with_its_place() {
        assert_eq!(
            check_body(r#"[{"id":"a","title":"A","skills":["x",42]},{"title":"B"}]"#),
            serde_json::json!({"roles": 0, "warnings": [], "errors": [
                "roles[0].skills[1]: expected a string, found 42",
                "roles[1].id: is required but missing"
            ]})
        );
        assert_eq!(
            check_body("[{"),
            serde_json::json!({"roles": 0, "warnings": [], "errors": [
                "the data is not valid JSON (line 1, column 3: unexpected end of the data)"
            ]})
        );
    }

    #[test]
    fn fetch_faults_are_one_error() {
        let value: serde_json::Value =
            serde_json::from_str(&check("x.json", Answer::Unreachable)).unwrap();
        assert_eq!(value["roles"], 0);
        assert!(value["errors"][0]
            .as_str()
            .unwrap()
            .starts_with("x.json could not be reached"));
    }
}
