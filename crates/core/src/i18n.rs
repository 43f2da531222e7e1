//! The words the widget shows readers, in English, Spanish and Arabic.
//! Counts use the browser's plural rules (`Intl.PluralRules`), passed in as
//! [`Numbers`], so Arabic's six plural forms come out right.
//!
//! Messages for bloggers (a wrong attribute, a faulty role file) stay in
//! English: they name attributes and fields, which are English too.

use crate::contract::{language_index, LANG_TAGS};

/// A language the widget has a message catalogue for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ar,
}

impl Lang {
    /// The catalogue for a BCP 47 tag (`es-MX` → Spanish), if there is one.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // In the contract's order of languages (a new one fails to compile here).
        const ALL: [Lang; LANG_TAGS.len()] = [Lang::En, Lang::Es, Lang::Ar];
        language_index(tag).map(|i| ALL[i])
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// Writing direction, for the widget's `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub fn text(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::Ar => &AR,
        }
    }
}

/// The CLDR plural categories, as `Intl.PluralRules.select` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn from_name(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// How numbers are written and which plural form they take, in the reader's
/// language: the browser's `Intl` in the widget, a stand-in in native tests.
pub trait Numbers {
    fn format(&self, n: usize) -> String;
    fn plural(&self, n: usize) -> Plural;
}

/// English numbers without asking the browser: CLDR's English rule is
/// simply "one" for 1, and digits grouped by commas. Creating the browser's
/// `Intl` objects costs milliseconds at start, which English readers, the
/// most common, need not wait for.
pub struct English;

impl Numbers for English {
    fn format(&self, n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        out
    }

    fn plural(&self, n: usize) -> Plural {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }
}

/// One phrase in each plural form; an empty form falls back to `other`.
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
const fn two_forms(one: &'static str, other: &'static str) -> Forms {
    Forms {
        zero: "",
        one,
        two: "",
        few: "",
        many: "",
        other,
    }
}

/// Every phrase a reader may see. `{name}` marks where a value goes.
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
}

pub static EN: Messages = Messages {
    search_label: "Search roles",
    search_placeholder: "Title, skill or task",
    skills_legend: "Skills and knowledge",
    clear_filters: "Clear all filters",
    count: two_forms("{shown} of {total} role", "{shown} of {total} roles"),
    chip_roles: two_forms(" role", " roles"),
    details: "Details",
    responsibilities: "Responsibilities",
    links: "Links",
    show_more: "Show {page} more ({hidden} not shown yet)",
    empty_title: "No role matches {asked}.",
    empty_query: "“{query}”",
    empty_skills: "the skills {skills}",
    empty_with: " with ",
    empty_hint: "Try fewer or shorter words, check the spelling, or unchoose a skill.",
    notices_label: "Settings problems",
    notices_title: "Some settings or data of this widget could not be used:",
    fault_title: "The roles could not be shown: {reason}.",
    fault_more: "…and {more} more (the browser console lists them all).",
    try_again: "Try again",
    loading: "Loading roles…",
    source: "Source: ",
    source_by: ", by {author}",
    sort_label: "Sort by",
    sort_relevance: "Best match",
    sort_title: "Title (A–Z)",
    other_skills: "Other skills",
    compare: "Compare",
    comparing: two_forms("Comparing {count} role", "Comparing {count} roles"),
    compare_hint: "Choose one to three more roles to compare them side by side.",
    stop_comparing: "Stop comparing",
    shared_by_all: "Skills they all need",
    none_shared: "No skill is common to all of them.",
    only_this_role: "Only this role",
    shared_with_shown: "Skills shared with other roles shown",
};

pub static ES: Messages = Messages {
    search_label: "Buscar puestos",
    search_placeholder: "Título, habilidad o tarea",
    skills_legend: "Habilidades y conocimientos",
    clear_filters: "Quitar todos los filtros",
    count: two_forms("{shown} de {total} puesto", "{shown} de {total} puestos"),
    chip_roles: two_forms(" puesto", " puestos"),
    details: "Detalles",
    responsibilities: "Responsabilidades",
    links: "Enlaces",
    show_more: "Mostrar {page} más ({hidden} aún sin mostrar)",
    empty_title: "Ningún puesto coincide con {asked}.",
    empty_query: "«{query}»",
    empty_skills: "las habilidades {skills}",
    empty_with: " y ",
    empty_hint:
        "Pruebe con menos palabras o más cortas, revise la ortografía o quite una habilidad.",
    notices_label: "Problemas de configuración",
    notices_title: "No se pudieron usar algunos ajustes o datos de este widget:",
    fault_title: "No se pudieron mostrar los puestos: {reason}.",
    fault_more: "…y {more} más (la consola del navegador los muestra todos).",
    try_again: "Reintentar",
    loading: "Cargando puestos…",
    source: "Fuente: ",
    source_by: ", de {author}",
    sort_label: "Ordenar por",
    sort_relevance: "Mejor coincidencia",
    sort_title: "Título (A–Z)",
    other_skills: "Otras habilidades",
    compare: "Comparar",
    comparing: two_forms("Comparando {count} puesto", "Comparando {count} puestos"),
    compare_hint: "Elija de uno a tres puestos más para compararlos lado a lado.",
    stop_comparing: "Dejar de comparar",
    shared_by_all: "Habilidades que todos requieren",
    none_shared: "Ninguna habilidad es común a todos.",
    only_this_role: "Solo este puesto",
    shared_with_shown: "Habilidades en común con otros puestos mostrados",
};

pub static AR: Messages = Messages {
    search_label: "البحث في الوظائف",
    search_placeholder: "المسمى أو المهارة أو المهمة",
    skills_legend: "المهارات والمعارف",
    clear_filters: "مسح كل عوامل التصفية",
    count: Forms {
        zero: "{shown} من {total} وظيفة",
        one: "{shown} من وظيفة واحدة",
        two: "{shown} من وظيفتين",
        few: "{shown} من {total} وظائف",
        many: "{shown} من {total} وظيفة",
        other: "{shown} من {total} وظيفة",
    },
    chip_roles: Forms {
        zero: " وظيفة",
        one: " وظيفة",
        two: " وظيفتان",
        few: " وظائف",
        many: " وظيفة",
        other: " وظيفة",
    },
    details: "التفاصيل",
    responsibilities: "المسؤوليات",
    links: "روابط",
    show_more: "عرض {page} أخرى ({hidden} لم تُعرض بعد)",
    empty_title: "لا توجد وظيفة تطابق {asked}.",
    empty_query: "«{query}»",
    empty_skills: "المهارات {skills}",
    empty_with: " مع ",
    empty_hint: "جرّب كلمات أقل أو أقصر، أو تحقق من الإملاء، أو ألغِ اختيار مهارة.",
    notices_label: "مشكلات في الإعدادات",
    notices_title: "تعذّر استخدام بعض إعدادات هذه الأداة أو بياناتها:",
    fault_title: "تعذّر عرض الوظائف: {reason}.",
    fault_more: "…و{more} أخرى (تعرضها وحدة تحكم المتصفح كلها).",
    try_again: "إعادة المحاولة",
    loading: "جارٍ تحميل الوظائف…",
    source: "المصدر: ",
    source_by: "، بقلم {author}",
    sort_label: "الترتيب حسب",
    sort_relevance: "الأكثر تطابقًا",
    sort_title: "المسمى (أ–ي)",
    other_skills: "مهارات أخرى",
    compare: "مقارنة",
    comparing: Forms {
        zero: "",
        one: "",
        two: "مقارنة وظيفتين",
        few: "مقارنة {count} وظائف",
        many: "",
        other: "مقارنة {count} وظيفة",
    },
    compare_hint: "اختر وظيفة إلى ثلاث وظائف أخرى لمقارنتها جنبًا إلى جنب.",
    stop_comparing: "إيقاف المقارنة",
    shared_by_all: "مهارات تحتاجها كلها",
    none_shared: "لا توجد مهارة مشتركة بينها كلها.",
    only_this_role: "لهذه الوظيفة فقط",
    shared_with_shown: "مهارات مشتركة مع الوظائف المعروضة الأخرى",
};

/// Fills `{name}` placeholders in a phrase.
pub fn fill(phrase: &str, values: &[(&str, &str)]) -> String {
    let mut text = phrase.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// "2 of 4 roles", the result count read out after every change.
pub fn count_label(text: &Messages, numbers: &impl Numbers, shown: usize, total: usize) -> String {
    fill(
        text.count.pick(numbers.plural(total)),
        &[
            ("shown", &numbers.format(shown)),
            ("total", &numbers.format(total)),
        ],
    )
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// English-like rules with Western digits, for native tests.
    pub struct Plain;

    impl Numbers for Plain {
        fn format(&self, n: usize) -> String {
            n.to_string()
        }
        fn plural(&self, n: usize) -> Plural {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
    }

    /// Arabic's rules and digits, as `Intl` gives them for `ar`.
    struct Arabic;

    impl Numbers for Arabic {
        fn format(&self, n: usize) -> String {
            n.to_string()
                .chars()
                .map(|d| char::from_u32(0x660 + d.to_digit(10).unwrap()).unwrap())
                .collect()
        }
        fn plural(&self, n: usize) -> Plural {
            match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            }
        }
    }

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
    fn counts_take_the_plural_form_of_the_total() {
        assert_eq!(count_label(&EN, &Plain, 2, 4), "2 of 4 roles");
        assert_eq!(count_label(&EN, &Plain, 1, 1), "1 of 1 role");
        assert_eq!(count_label(&ES, &Plain, 0, 1), "0 de 1 puesto");
        assert_eq!(count_label(&AR, &Arabic, 2, 4), "٢ من ٤ وظائف");
        assert_eq!(count_label(&AR, &Arabic, 1, 2), "١ من وظيفتين");
        assert_eq!(count_label(&AR, &Arabic, 5, 11), "٥ من ١١ وظيفة");
        assert_eq!(count_label(&AR, &Arabic, 1, 1), "١ من وظيفة واحدة");
    }

    #[test]
    fn english_numbers_group_thousands_and_take_one_for_one() {
        let formatted: Vec<String> = [0, 1, 999, 1000, 1110, 1234567]
            .map(|n| English.format(n))
            .into();
        assert_eq!(formatted, ["0", "1", "999", "1,000", "1,110", "1,234,567"]);
        assert_eq!(count_label(&EN, &English, 1, 1110), "1 of 1,110 roles");
        assert_eq!(count_label(&EN, &English, 1, 1), "1 of 1 role");
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        assert_eq!(EN.count.pick(Plural::Few), "{shown} of {total} roles");
        assert_eq!(Plural::from_name("many"), Plural::Many);
        assert_eq!(Plural::from_name("bogus"), Plural::Other);
    }

    #[test]
    fn every_catalogue_keeps_the_placeholders_of_english() {
        let placeholders = |m: &Messages| {
            [
                m.show_more,
                m.empty_title,
                m.empty_query,
                m.empty_skills,
                m.fault_title,
                m.fault_more,
                m.source_by,
            ]
            .map(|phrase| {
                let mut names: Vec<&str> = phrase
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split('}').next())
                    .collect();
                names.sort();
                names
            })
        };
        for lang in [Lang::Es, Lang::Ar] {
            assert_eq!(placeholders(lang.text()), placeholders(&EN), "{lang:?}");
            for form in [
                Plural::Zero,
                Plural::One,
                Plural::Few,
                Plural::Many,
                Plural::Other,
            ] {
                assert!(lang.text().count.pick(form).contains("{shown}"));
            }
        }
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
