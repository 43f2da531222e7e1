//! The words the widget shows readers, one file per language beside this
//! one (en.rs, es.rs, ar.rs); messages.rs lists the phrases, plural.rs
//! picks a count's plural form.
//!
//! Messages for bloggers (a wrong attribute, a faulty role file) stay in
//! English: they name attributes and fields, which are English too.

mod catalogue;
mod messages;
mod plural;

pub use messages::{fill, two_forms, Forms, Messages};
pub use plural::{count_label, English, Numbers, Plural};

/// Declares the languages: each one's file (a module named by its BCP 47
/// primary tag, holding its `MESSAGES` and whether it is `RIGHT_TO_LEFT`)
/// and its [`Lang`] variant.
macro_rules! languages {
    ($($variant:ident => $file:ident,)*) => {
        // Without the `catalogues` feature only English's messages are used;
        // the others are read from files (catalogue.rs).
        $(#[cfg_attr(not(feature = "catalogues"), allow(dead_code))] mod $file;)*

        /// A language the widget has a message catalogue for.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Lang {
            $($variant,)*
        }

        impl Lang {
            /// Every language, in the order registered.
            pub const ALL: &[Lang] = &[$(Lang::$variant,)*];

            /// The catalogue for a BCP 47 tag (`es-MX` → Spanish), if there is one.
            /// By the contract's rule for tags; a test keeps `ALL` in the
            /// contract's order of languages.
            pub fn from_tag(tag: &str) -> Option<Lang> {
                crate::contract::language_index(tag).map(|i| Lang::ALL[i])
            }

            /// The BCP 47 primary tag, which is also its file's name.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => stringify!($file),)*
                }
            }

            /// This language's messages; English's while a catalogue that
            /// is not built in has not been loaded.
            pub fn text(self) -> &'static Messages {
                #[cfg(not(feature = "catalogues"))]
                return catalogue::text(self);
                #[cfg(feature = "catalogues")]
                match self {
                    $(Lang::$variant => &$file::MESSAGES,)*
                }
            }

            /// Writing direction, for the widget's `dir` attribute.
            pub fn dir(self) -> &'static str {
                let right_to_left = match self {
                    $(Lang::$variant => $file::RIGHT_TO_LEFT,)*
                };
                if right_to_left {
                    "rtl"
                } else {
                    "ltr"
                }
            }
        }
    };
}

// Every language the widget speaks, one line each. Adding one is adding its
// file (a copy of en.rs, translated) and its line here; a test checks that
// the file has every message.
languages! {
    En => en,
    Es => es,
    Ar => ar,
}

/// English when nothing else is asked for, or the page's language has no
/// catalogue.
impl Default for Lang {
    fn default() -> Self {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_a_catalogue_by_their_primary_language() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag(" AR "), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!((Lang::Ar.dir(), Lang::Es.dir()), ("rtl", "ltr"));
    }

    #[test]
    fn every_registered_language_is_found_by_its_own_tag() {
        assert_eq!(Lang::ALL, [Lang::En, Lang::Es, Lang::Ar]);
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::En.text().try_again, "Try again");
        assert_eq!(Lang::Es.text().try_again, "Reintentar");
    }
}
