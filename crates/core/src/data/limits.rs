//! What the role format allows: its fields, and how long files and texts
//! may be. `static/roles.schema.json` documents the same (a test keeps the
//! two in step) and the README states the limits.

/// Files above this are refused before reading: a widget on someone's blog
/// should never make its readers download more.
pub const MAX_BYTES: usize = 5_000_000;

/// The fields each object of the format knows; others raise a warning.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::problems;
    use crate::json::{parse, Json};

    #[test]
    fn the_shipped_json_schema_documents_exactly_the_fields_read() {
        let schema = parse(include_str!("../../../../static/roles.schema.json")).unwrap();
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
}
