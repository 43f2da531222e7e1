//! Counts in the reader's language: the plural form a number takes, and
//! how it is written. The widget asks the browser's `Intl` for both
//! (passed in as [`Numbers`]), so Arabic's six plural forms come out right;
//! English does without it.

use super::{fill, Messages};

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
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// English-like rules with Western digits, for native tests.
    struct Plain;

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
    fn counts_take_the_plural_form_of_the_total() {
        assert_eq!(count_label(Lang::En.text(), &Plain, 2, 4), "2 of 4 roles");
        assert_eq!(count_label(Lang::En.text(), &Plain, 1, 1), "1 of 1 role");
        assert_eq!(count_label(Lang::Es.text(), &Plain, 0, 1), "0 de 1 puesto");
        assert_eq!(count_label(Lang::Ar.text(), &Arabic, 2, 4), "٢ من ٤ وظائف");
        assert_eq!(count_label(Lang::Ar.text(), &Arabic, 1, 2), "١ من وظيفتين");
        assert_eq!(
            count_label(Lang::Ar.text(), &Arabic, 5, 11),
            "٥ من ١١ وظيفة"
        );
        assert_eq!(
            count_label(Lang::Ar.text(), &Arabic, 1, 1),
            "١ من وظيفة واحدة"
        );
    }

    #[test]
    fn english_numbers_group_thousands_and_take_one_for_one() {
        let formatted: Vec<String> = [0, 1, 999, 1000, 1110, 1234567]
            .map(|n| English.format(n))
            .into();
        assert_eq!(formatted, ["0", "1", "999", "1,000", "1,110", "1,234,567"]);
        assert_eq!(
            count_label(Lang::En.text(), &English, 1, 1110),
            "1 of 1,110 roles"
        );
        assert_eq!(count_label(Lang::En.text(), &English, 1, 1), "1 of 1 role");
    }
}
