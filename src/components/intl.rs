//! Numbers in the reader's language, from the browser's `Intl`: its digits
//! (Arabic-Indic for `ar`) and its plural rules.

use js_sys::{Array, Intl, Number, Object};

use crate::core::i18n::{Lang, Numbers, Plural};

pub struct BrowserNumbers {
    lang: &'static str,
    rules: Intl::PluralRules,
}

impl BrowserNumbers {
    pub fn new(lang: Lang) -> Self {
        let lang = lang.tag();
        let rules = Intl::PluralRules::new(&Array::of1(&lang.into()), &Object::new());
        BrowserNumbers { lang, rules }
    }
}

impl Numbers for BrowserNumbers {
    fn format(&self, n: usize) -> String {
        Number::from(n as f64)
            .to_locale_string(self.lang)
            .as_string()
            .unwrap_or_default()
    }

    fn plural(&self, n: usize) -> Plural {
        Plural::from_name(&String::from(self.rules.select(n as f64)))
    }
}
