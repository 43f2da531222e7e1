//! Catalogues as files. The embed's wasm is built without the `catalogues`
//! feature: it carries English only, and the loader fetches the messages of
//! another language, the first time a widget speaks it, from
//! `role-explorer-<tag>.json` beside the wasm, which crates/gen writes from
//! that language's file here. A file is a JSON array of every message, in
//! the order of `Messages`' fields; plural forms take six places each.

use std::cell::Cell;

use super::{en, Lang, Messages};
use crate::json::{parse, Json};

/// Every message in a file's order, which is the order of [`Messages`]'s
/// fields (a test checks): each field is named (no `..`), so a new message
/// does not compile until it is listed here.
macro_rules! catalogue_order {
    ($($kind:ident $field:ident),* $(,)?) => {
        impl Messages {
            /// Every message, in a catalogue file's order.
            pub fn texts(&self) -> Vec<&'static str> {
                let Messages { $($field),* } = self;
                [$(catalogue_order!(@texts $kind $field)),*].concat()
            }
        }
    };
    (@texts text $field:ident) => {
        &[*$field] as &[&'static str]
    };
    (@texts forms $field:ident) => {
        &[$field.zero, $field.one, $field.two, $field.few, $field.many, $field.other]
    };
}

catalogue_order!(
    text search_label, text search_placeholder, text skills_legend, text clear_filters,
    forms count, forms chip_roles, text details, text responsibilities, text links,
    text show_more, text empty_title, text empty_query, text empty_skills, text empty_with,
    text empty_hint, text notices_label, text notices_title, text fault_title, text fault_more,
    text try_again, text loading, text source, text source_by, text sort_label,
    text sort_relevance, text sort_title, text other_skills, text compare, forms comparing,
    text compare_hint, text stop_comparing, text shared_by_all, text none_shared,
    text only_this_role, text shared_with_shown, text filter_by_skill, text narrow_label,
    text narrow_empty, forms show_more_chips, text show_fewer_chips, text remove_skill,
);

/// How many texts a catalogue holds: `Messages` is made of them alone.
const COUNT: usize = size_of::<Messages>() / size_of::<&str>();

impl Messages {
    /// The messages from their texts in a file's order; `None` unless there
    /// are exactly as many as [`Messages::texts`] gives.
    pub fn from_texts(texts: &[&'static str]) -> Option<Messages> {
        let texts: [&'static str; COUNT] = texts.try_into().ok()?;
        // SAFETY: `Messages` and `Forms` are `repr(C)` and hold `&'static str`
        // fields only, so `Messages` is laid out as COUNT of them in the order
        // of its fields, which is a file's order. (Field by field, the copy
        // cost the wasm 1.2 KB.)
        Some(unsafe { std::mem::transmute::<[&'static str; COUNT], Messages>(texts) })
    }
}

thread_local! {
    /// Each language's messages as the widget uses them: English's until the
    /// language's catalogue is loaded. (Read at every view, so a plain table.)
    static TEXTS: Cell<[&'static Messages; Lang::ALL.len()]> =
        const { Cell::new([&en::MESSAGES; Lang::ALL.len()]) };
}

impl Lang {
    /// Whether this language's messages are here: built in, or loaded.
    pub fn ready(self) -> bool {
        cfg!(feature = "catalogues") || self == Lang::En || loaded(self).is_some()
    }

    /// Reads this language's catalogue file; false when the text is not one.
    /// The messages live as long as the wasm instance, as built-in ones do.
    pub fn load(self, json: &str) -> bool {
        let Ok(Json::Array(items)) = parse(json) else {
            return false;
        };
        let texts: Option<Vec<&'static str>> = items
            .into_iter()
            .map(|item| match item {
                Json::String(text) => Some(&*text.leak()),
                _ => None,
            })
            .collect();
        let Some(messages) = texts.as_deref().and_then(Messages::from_texts) else {
            return false;
        };
        let messages: &'static Messages = Box::leak(Box::new(messages));
        TEXTS.with(|texts| {
            let mut all = texts.get();
            all[self as usize] = messages;
            texts.set(all);
        });
        true
    }

    /// The text of this language's catalogue file.
    pub fn catalogue_file(self) -> String {
        let items: Vec<String> = self.text().texts().into_iter().map(String::from).collect();
        crate::json_writer::list(&items)
    }
}

/// `lang`'s messages, as loaded (English's until then).
pub(super) fn text(lang: Lang) -> &'static Messages {
    TEXTS.with(|texts| texts.get()[lang as usize])
}

/// `lang`'s loaded catalogue, if there is one.
fn loaded(lang: Lang) -> Option<&'static Messages> {
    let messages = text(lang);
    (lang != Lang::En && !std::ptr::eq(messages, &en::MESSAGES)).then_some(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_file_gives_back_every_message() {
        for &lang in Lang::ALL {
            let texts = lang.text().texts();
            let again = Messages::from_texts(&texts).expect("as many texts as messages");
            assert_eq!(again.texts(), texts, "{lang:?}");
        }
        let texts = Lang::Es.text().texts();
        assert!(Messages::from_texts(&texts[1..]).is_none());
        assert!(Messages::from_texts(&[texts.as_slice(), &["more"]].concat()).is_none());
    }

    #[test]
    fn a_loaded_catalogue_is_the_file_read_back() {
        // Loading into a language whose messages are built in changes
        // nothing it shows; it checks that the file reads back whole.
        assert!(Lang::Ar.load(&Lang::Ar.catalogue_file()));
        assert_eq!(loaded(Lang::Ar).unwrap().texts(), Lang::Ar.text().texts());
        for bad in ["", "{}", "[1]", "[\"one\"]", "not json"] {
            assert!(!Lang::Es.load(bad), "{bad}");
        }
        assert!(Lang::Es.ready() && Lang::En.ready());
    }
}
