//! Reading one role's fields, and the top level's: each a value of the
//! right type, a text within its length limit, a link that cannot run
//! script. Every problem is noted by the [`Checker`] with its place.

use super::limits::{max_chars, LINK_FIELDS, ROLE_FIELDS, SKILL_FIELDS, SOURCE_FIELDS};
use super::problems::{Checker, Path, ProblemKind};
use crate::json::Json;
use crate::role::{Code, Link, Role, Skill, Source};

impl Checker {
    pub fn role(&mut self, value: &Json, path: &Path) -> Option<Role> {
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
        let skills = self.list(fields, path, "skills", Checker::skill);
        let category = self.optional_text(fields, path, "category");
        let codes = self.codes(fields, path);
        let links = self.list(fields, path, "links", Checker::link);
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

    pub fn source(&mut self, value: &Json, path: &Path) -> Option<Source> {
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
            Some(Json::Object(codes)) => {
                let mut kept = Vec::new();
                for (scheme, value) in codes {
                    if let Some(value) = self.text(value, &here.key(scheme)) {
                        let scheme = scheme.trim().to_owned();
                        kept.push(Code { scheme, value });
                    }
                }
                kept
            }
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
            // A loop, not `filter_map().collect()`: std's collecting code is
            // written again in the wasm for each iterator, and is larger.
            Some(Json::Array(values)) => {
                let mut items = Vec::new();
                for (i, value) in values.iter().enumerate() {
                    if let Some(it) = item(self, value, &here.index(i)) {
                        items.push(it);
                    }
                }
                items
            }
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

    pub fn optional_text(
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

    pub fn unknown_fields(&mut self, fields: &[(String, Json)], path: &Path, known: &[&str]) {
        for (key, _) in fields
            .iter()
            .filter(|(key, _)| !known.contains(&key.as_str()))
        {
            self.warning(&path.key(key), ProblemKind::UnknownField);
        }
    }
}

pub(super) fn field<'a>(fields: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use crate::data::testing::{problems, read_text};
    use crate::role::Skill;

    #[test]
    fn accepts_a_bare_list_with_plain_skill_names() {
        let loaded = read_text(r#"[{"id":"a","title":"A","skills":["Rust","SQL"]}]"#).unwrap();
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
    fn source_links_other_than_http_are_dropped_with_a_warning() {
        let json = r#"{"source":{"title":"T","url":"javascript:alert(1)"},"roles":[{"id":"a","title":"A"}]}"#;
        let loaded = read_text(json).unwrap();
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
        let role = &read_text(json).unwrap().dataset.roles[0];
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
        let loaded = read_text(json).unwrap();
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
