//! The contract: everything the widget promises the host page, in one place.
//! Every attribute (its keywords, default, `data-` and `<meta>` forms), every
//! event and its detail's fields, every `::part()` and every `--rx-*`
//! property.
//!
//! The settings parser ([`crate::config`]) and the event details
//! ([`crate::events`]) use it here. From it, `cargo run -p role-explorer-gen`
//! writes the loader's constants (`static/loader/contract.js`),
//! `static/role-explorer.d.ts`, the snippet builder's controls and the
//! README's reference tables; the tests in `crates/gen/tests` fail when any
//! of those, the stylesheet or the components' `part`s differ from it.
//!
//! Only the constants the wasm's code reads (keyword lists, names) reach the
//! wasm: the descriptions here are for the generator alone.

mod attributes;
mod events;
mod release;
mod styling;

pub use attributes::*;
pub use events::*;
pub use release::*;
pub use styling::*;

/// The one rule for keywords, in Rust and in the loader alike: white space
/// around them (`char::is_whitespace`) is ignored, and so is the case of
/// ASCII letters. `theme=" Dark "` is `dark`.
pub fn fold_keyword(value: &str) -> String {
    value.trim().to_ascii_lowercase()
}

/// Where `tag` (a BCP 47 language tag: `es-MX`, `EN_gb`) falls in
/// [`LANG_TAGS`], by its primary subtag.
pub fn language_index(tag: &str) -> Option<usize> {
    let folded = fold_keyword(tag);
    let primary = folded.split(['-', '_']).next().unwrap_or("");
    LANG_TAGS.iter().position(|known| *known == primary)
}

/// A keyword an attribute accepts, with a few words for the snippet builder.
#[derive(Clone, Copy, Debug)]
pub struct Keyword {
    pub name: &'static str,
    /// What it means, for the builder's menu; empty when the name says it.
    pub note: &'static str,
}

impl Keyword {
    pub const fn new(name: &'static str, note: &'static str) -> Self {
        Keyword { name, note }
    }
}

/// A language the widget speaks.
#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// The primary language subtag, lower case.
    pub tag: &'static str,
    /// Its name in itself, for the builder's menu.
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

impl Language {
    pub const fn new(tag: &'static str, name: &'static str, dir: &'static str) -> Self {
        Language { tag, name, dir }
    }
}

/// The attribute called `name`, if the widget has one.
pub fn attribute(name: &str) -> Option<&'static Attribute> {
    ATTRIBUTES.iter().find(|attribute| attribute.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cases both sides of the keyword rule check: this test and the
    /// loader's (tests/loader/keywords.test.mjs).
    const CASES: &str = include_str!("../../../../tests/loader/keywords.json");

    fn cases(kind: &str) -> Vec<(String, serde_json::Value)> {
        let all: serde_json::Value = serde_json::from_str(CASES).expect("valid JSON");
        all[kind]
            .as_array()
            .expect("a list of cases")
            .iter()
            .map(|case| (case[0].as_str().unwrap().to_owned(), case[1].clone()))
            .collect()
    }

    #[test]
    fn keywords_ignore_surrounding_white_space_and_ascii_case_only() {
        for (value, expected) in cases("keyword") {
            assert_eq!(
                fold_keyword(&value),
                expected.as_str().unwrap(),
                "{value:?}"
            );
        }
    }

    #[test]
    fn language_tags_match_by_their_primary_subtag() {
        for (tag, expected) in cases("language") {
            let found = language_index(&tag).map(|i| LANG_TAGS[i]);
            assert_eq!(found, expected.as_str(), "{tag:?}");
        }
    }

    #[test]
    fn names_are_unique_and_keywords_already_folded() {
        fn unique(kind: &str, names: impl Iterator<Item = &'static str>) {
            let mut names: Vec<&str> = names.collect();
            let count = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), count, "a name of {kind} is listed twice");
        }
        unique("attributes", ATTRIBUTES.iter().map(|a| a.name));
        unique("parts", PARTS.iter().map(|p| p.name));
        unique("properties", PROPERTIES.iter().map(|p| p.name));
        unique("events", EVENTS.iter().map(|e| e.name));
        for event in &EVENTS {
            unique(event.name, event.detail.iter().map(|f| f.name));
        }
        for attribute in &ATTRIBUTES {
            if let Values::Keywords(keywords) = attribute.values {
                for keyword in keywords {
                    assert_eq!(fold_keyword(keyword.name), keyword.name);
                }
                assert_eq!(
                    attribute.default, "",
                    "{}: its first keyword is the default",
                    attribute.name
                );
            }
        }
        assert!(PROPERTIES.iter().all(|p| p.name.starts_with("--rx-")));
    }

    #[test]
    fn every_language_has_its_catalogue_direction_and_the_first_is_the_default() {
        use crate::i18n::Lang;
        for language in &LANGUAGES {
            let lang = Lang::from_tag(language.tag).expect("a catalogue");
            assert_eq!((lang.tag(), lang.dir()), (language.tag, language.dir));
        }
        // The loader falls back to the first language, as the widget does.
        assert_eq!(Lang::default().tag(), LANG_TAGS[0]);
    }

    #[test]
    fn every_source_the_widget_names_is_listed() {
        use crate::data::Origin;
        for origin in [
            Origin::BuiltIn,
            Origin::Inline,
            Origin::Property,
            Origin::Src("roles.json".into()),
        ] {
            assert!(SOURCES.contains(&origin.key()), "{}", origin.key());
        }
    }
}
