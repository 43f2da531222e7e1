//! Numbers in the reader's language: English ones from the widget itself
//! (see `core::i18n::English`), others from the browser's `Intl`, with its
//! digits (Arabic-Indic for `ar` where the browser says so) and its plural
//! rules.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object};
use wasm_bindgen::JsValue;

use role_explorer_core::i18n::{English, Lang, Numbers, Plural};

#[derive(Clone)]
pub enum LocalNumbers {
    English,
    /// The browser's formatter and plural rules, made once per language:
    /// building them (or calling `toLocaleString`, which builds one each
    /// time) costs far more than using them.
    Browser(Rc<(Function, Intl::PluralRules)>),
}

thread_local! {
    static MADE: RefCell<Vec<(Lang, LocalNumbers)>> = const { RefCell::new(Vec::new()) };
}

impl LocalNumbers {
    pub fn new(lang: Lang) -> Self {
        if lang == Lang::En {
            return LocalNumbers::English;
        }
        MADE.with(|made| {
            let mut made = made.borrow_mut();
            if let Some((_, numbers)) = made.iter().find(|(l, _)| *l == lang) {
                return numbers.clone();
            }
            let locales = Array::of1(&lang.tag().into());
            let format = Intl::NumberFormat::new(&locales, &Object::new()).format();
            let rules = Intl::PluralRules::new(&locales, &Object::new());
            let numbers = LocalNumbers::Browser(Rc::new((format, rules)));
            made.push((lang, numbers.clone()));
            numbers
        })
    }
}

impl Numbers for LocalNumbers {
    fn format(&self, n: usize) -> String {
        match self {
            LocalNumbers::English => English.format(n),
            LocalNumbers::Browser(intl) => intl
                .0
                .call1(&JsValue::NULL, &(n as f64).into())
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_else(|| n.to_string()),
        }
    }

    fn plural(&self, n: usize) -> Plural {
        match self {
            LocalNumbers::English => English.plural(n),
            LocalNumbers::Browser(intl) => {
                Plural::from_name(&String::from(intl.1.select(n as f64)))
            }
        }
    }
}
