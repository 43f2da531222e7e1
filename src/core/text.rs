//! Text folding for search: readers type "sante" and expect to find "Santé".

/// Lower-cases `text` and strips the accents of Latin letters, so that
/// comparisons ignore case and accents. Combining marks (U+0300–U+036F) are
/// dropped, which also folds text that arrives decomposed.
///
/// Case folding covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
/// by hand: `char::to_lowercase` would add an 11 KB Unicode table to the wasm.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_folded(c, &mut out);
        }
    }
    out
}

/// The lower case of an upper-case Latin-1, Greek or Cyrillic letter.
fn lower(c: char) -> char {
    let shift = match c {
        'À'..='Þ' if c != '×' => 0x20,
        'Α'..='Ϋ' if c != '\u{3a2}' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        'А'..='Я' => 0x20,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

fn push_folded(c: char, out: &mut String) {
    let c = lower(c);
    let base: &str = match c {
        '\u{300}'..='\u{36f}' => "",
        'à'..='å' | '\u{100}'..='\u{105}' => "a",
        'æ' => "ae",
        'ç' | '\u{106}'..='\u{10d}' => "c",
        'ð' | '\u{10e}'..='\u{111}' => "d",
        'è'..='ë' | '\u{112}'..='\u{11b}' => "e",
        '\u{11c}'..='\u{123}' => "g",
        '\u{124}'..='\u{127}' => "h",
        'ì'..='ï' | '\u{128}'..='\u{131}' => "i",
        '\u{132}'..='\u{133}' => "ij",
        '\u{134}'..='\u{135}' => "j",
        '\u{136}'..='\u{138}' => "k",
        '\u{139}'..='\u{142}' => "l",
        'ñ' | '\u{143}'..='\u{14b}' => "n",
        'ò'..='ö' | 'ø' | '\u{14c}'..='\u{151}' => "o",
        'œ' => "oe",
        '\u{154}'..='\u{159}' => "r",
        'ß' => "ss",
        '\u{15a}'..='\u{161}' | 'ſ' => "s",
        '\u{162}'..='\u{167}' => "t",
        'þ' => "th",
        'ù'..='ü' | '\u{168}'..='\u{173}' => "u",
        '\u{174}'..='\u{175}' => "w",
        'ý' | 'ÿ' | '\u{176}'..='\u{178}' => "y",
        '\u{179}'..='\u{17e}' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(base);
}

/// Splits a search query into folded words; empty input gives no words.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Santé PÚBLICA"), "sante publica");
        assert_eq!(fold("Ærø Straße Łódź"), "aero strasse lodz");
        assert_eq!(fold("HIPAA"), "hipaa");
    }

    #[test]
    fn drops_combining_marks_of_decomposed_text() {
        assert_eq!(fold("Sante\u{301}"), "sante");
    }

    #[test]
    fn lower_cases_greek_and_cyrillic_and_leaves_other_scripts() {
        assert_eq!(fold("ΔΕΛΤΑ ВРАЧ Ёж مهندس"), "δελτα врач ёж مهندس");
        assert_eq!(fold("×"), "×");
    }

    #[test]
    fn terms_split_on_whitespace() {
        assert_eq!(terms("  Hospital   SYSTEMS "), vec!["hospital", "systems"]);
        assert!(terms("   ").is_empty());
    }
}
