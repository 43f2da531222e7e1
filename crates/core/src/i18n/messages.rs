//! Every phrase a reader may see, as each language's file fills it in
//! (en.rs, es.rs, ar.rs beside this one), with its plural forms.

use super::Plural;

/// Every phrase a reader may see. `{name}` marks where a value goes.
/// In declared order (`repr(C)`), as a catalogue file lists them: reading
/// one is then a plain copy (catalogue.rs).
#[repr(C)]
pub struct Messages {
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub skills_legend: &'static str,
    pub clear_filters: &'static str,
    /// "{shown} of {total} roles", by the plural form of `total`.
    pub count: Forms,
    /// The hidden word after a chip's count: "3 roles".
    pub chip_roles: Forms,
    /// The disclosure that opens a card's details.
    pub details: &'static str,
    pub responsibilities: &'static str,
    pub links: &'static str,
    /// "Show {page} more ({hidden} not shown yet)".
    pub show_more: &'static str,
    /// "No role matches {asked}."
    pub empty_title: &'static str,
    /// How a search is named in `empty_title`: "“{query}”".
    pub empty_query: &'static str,
    /// How chosen skills are named in `empty_title`: "the skills {skills}".
    pub empty_skills: &'static str,
    /// Joins the query and the skills in `empty_title`.
    pub empty_with: &'static str,
    pub empty_hint: &'static str,
    pub notices_label: &'static str,
    pub notices_title: &'static str,
    /// "The roles could not be shown: {reason}."
    pub fault_title: &'static str,
    /// "…and {more} more (the browser console lists them all)."
    pub fault_more: &'static str,
    pub try_again: &'static str,
    pub loading: &'static str,
    pub source: &'static str,
    /// ", by {author}"
    pub source_by: &'static str,
    pub sort_label: &'static str,
    pub sort_relevance: &'static str,
    pub sort_title: &'static str,
    /// The facet of skills without a category, beside categorised ones.
    pub other_skills: &'static str,
    /// The toggle on a card that adds it to the comparison.
    pub compare: &'static str,
    /// "Comparing {count} roles", by the plural form of the count.
    pub comparing: Forms,
    /// Shown while only one role is chosen.
    pub compare_hint: &'static str,
    pub stop_comparing: &'static str,
    pub shared_by_all: &'static str,
    pub none_shared: &'static str,
    pub only_this_role: &'static str,
    /// In an open card: its skills that other roles in view have too.
    pub shared_with_shown: &'static str,
    /// The button that opens the skill facets.
    pub filter_by_skill: &'static str,
    /// The box that narrows the chips by name.
    pub narrow_label: &'static str,
    /// "No skill matches “{query}”."
    pub narrow_empty: &'static str,
    /// "Show {count} more" chips of a category, by the plural form of the count.
    pub show_more_chips: Forms,
    pub show_fewer_chips: &'static str,
    /// Read before a chosen skill's name on the button that unchooses it.
    pub remove_skill: &'static str,
}

/// One phrase in each plural form; an empty form falls back to `other`.
#[repr(C)]
pub struct Forms {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Forms {
    pub fn pick(&self, plural: Plural) -> &'static str {
        let form = match plural {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        };
        if form.is_empty() {
            self.other
        } else {
            form
        }
    }
}

/// Two plural forms, for languages with `one` and `other` only.
pub const fn two_forms(one: &'static str, other: &'static str) -> Forms {
    Forms {
        zero: "",
        one,
        two: "",
        few: "",
        many: "",
        other,
    }
}

/// Fills `{name}` placeholders in a phrase.
pub fn fill(phrase: &str, values: &[(&str, &str)]) -> String {
    let mut text = phrase.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every message of a catalogue by name: the plain ones and those with
    /// plural forms. The pattern names each field (no `..`), so a message
    /// added to [`Messages`] does not compile here until it is listed,
    /// and then every language is checked for it.
    macro_rules! every_message {
        ($messages:expr; $($plain:ident),*; $($forms:ident),*) => {{
            let Messages { $($plain,)* $($forms,)* } = $messages;
            (
                vec![$((stringify!($plain), *$plain)),*],
                vec![$((stringify!($forms), $forms)),*],
            )
        }};
    }

    /// Plain messages and messages with plural forms, by name.
    type Named<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, &'a Forms)>);

    fn messages(m: &Messages) -> Named<'_> {
        every_message!(m;
            search_label, search_placeholder, skills_legend, clear_filters, details,
            responsibilities, links, show_more, empty_title, empty_query, empty_skills,
            empty_with, empty_hint, notices_label, notices_title, fault_title, fault_more,
            try_again, loading, source, source_by, sort_label, sort_relevance, sort_title,
            other_skills, compare, compare_hint, stop_comparing, shared_by_all, none_shared,
            only_this_role, shared_with_shown, filter_by_skill, narrow_label, narrow_empty,
            show_fewer_chips, remove_skill;
            count, chip_roles, comparing, show_more_chips)
    }

    /// The `{name}` placeholders of a phrase, sorted.
    fn placeholders(phrase: &str) -> Vec<&str> {
        let mut names: Vec<&str> = phrase
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split('}').next())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_language_has_every_message_with_the_placeholders_of_english() {
        let (english, english_forms) = messages(Lang::En.text());
        for lang in Lang::ALL {
            let (plain, forms) = messages(lang.text());
            for ((name, phrase), (_, in_english)) in plain.iter().zip(&english) {
                assert!(!phrase.trim().is_empty(), "{lang:?} lacks {name}");
                assert_eq!(
                    placeholders(phrase),
                    placeholders(in_english),
                    "{lang:?} {name}: {phrase}"
                );
            }
            for ((name, forms), (_, in_english)) in forms.iter().zip(&english_forms) {
                // `other` says it all; other forms may leave a number out
                // ("one role" in Arabic is a word), never add one.
                assert!(!forms.other.trim().is_empty(), "{lang:?} lacks {name}");
                let all = placeholders(in_english.other);
                assert_eq!(placeholders(forms.other), all, "{lang:?} {name}");
                for form in [forms.zero, forms.one, forms.two, forms.few, forms.many] {
                    let used = placeholders(form);
                    assert!(
                        used.iter().all(|p| all.contains(p)),
                        "{lang:?} {name}: {form}"
                    );
                }
            }
            for plural in [
                Plural::Zero,
                Plural::One,
                Plural::Few,
                Plural::Many,
                Plural::Other,
            ] {
                assert!(
                    lang.text().count.pick(plural).contains("{shown}"),
                    "{lang:?}"
                );
            }
        }
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        assert_eq!(
            Lang::En.text().count.pick(Plural::Few),
            "{shown} of {total} roles"
        );
        assert_eq!(Plural::from_name("many"), Plural::Many);
        assert_eq!(Plural::from_name("bogus"), Plural::Other);
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill(
                "Show {page} more ({hidden} not shown yet)",
                &[("page", "24"), ("hidden", "1086")]
            ),
            "Show 24 more (1086 not shown yet)"
        );
    }
}
