//! The words of the readable copy the snippet builder puts inside
//! `<role-explorer>` (static/builder-readable.js): the widget's own, from
//! its message catalogues, so the copy speaks as the widget does.

use role_explorer_core::i18n::{Forms, Lang};

/// A JavaScript string literal.
fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            '\n' => out += "\\n",
            c => out.push(c),
        }
    }
    out + "\""
}

/// A plural phrase's forms by `Intl.PluralRules` category; an empty one is `other`'s.
fn forms(forms: &Forms) -> String {
    let pick = |form: &'static str| if form.is_empty() { forms.other } else { form };
    let entries = [
        ("zero", forms.zero),
        ("one", forms.one),
        ("two", forms.two),
        ("few", forms.few),
        ("many", forms.many),
        ("other", forms.other),
    ]
    .map(|(name, form)| format!("{name}: {}", string(pick(form))));
    format!("{{ {} }}", entries.join(", "))
}

/// `export const WORDS = { en: {…}, … };`, one entry per language.
pub fn words() -> String {
    let mut out = String::from("export const WORDS = {\n");
    for lang in Lang::ALL {
        let m = lang.text();
        out += &format!(
            "  {}: {{ dir: {}, skills: {}, responsibilities: {}, links: {}, source: {}, sourceBy: {}, count: {} }},\n",
            lang.tag(),
            string(lang.dir()),
            string(m.skills_legend),
            string(m.responsibilities),
            string(m.links),
            string(m.source),
            string(m.source_by),
            forms(&m.count),
        );
    }
    out + "};\n"
}
