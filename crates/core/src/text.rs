//! Text folding for search: readers type "sante" and expect to find "Santé".

/// Lower-cases `text` and strips the accents of Latin and Greek letters, so
/// that comparisons ignore case and accents. Combining marks (U+0300–U+036F)
/// are dropped, which also folds text that arrives decomposed.
///
/// Case folding covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic
/// by hand: `char::to_lowercase` would add an 11 KB Unicode table to the wasm.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, out);
    }
}

/// [`fold`], with the byte offset in `text` of the character each folded
/// byte came from, so that a match in folded text can be marked in the
/// original ("hopital" marks "Hôpital").
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        fold_char(c, &mut out);
        origin.resize(out.len(), offset);
    }
    (out, origin)
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_folded(c, out);
    }
}

/// The words of folded text: runs of letters and digits. Every non-ASCII
/// character counts as a letter (`char::is_alphanumeric` would add a
/// Unicode table to the wasm), which suits every script the widget folds.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// Whether `typed` is one typo away from `word` or from the start of it: one
/// letter wrong, missing, added, or two neighbours swapped. "managment" finds
/// "management", and "hospitl" finds "hospitals".
pub fn one_typo_from(typed: &[char], word: &[char]) -> bool {
    let n = typed.len();
    one_edit(typed, word)
        || [n.saturating_sub(1), n, n + 1]
            .into_iter()
            .any(|k| k < word.len() && one_edit(typed, &word[..k]))
}

/// At most one edit (substitution, insertion, deletion or transposition of
/// neighbours) between `a` and `b`, in linear time.
fn one_edit(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same..], &b[same..]);
    match (a.len(), b.len()) {
        (0, 0) => true,
        (x, y) if x == y => {
            a[1..] == b[1..] || (x >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        (x, y) if x > y => a[1..] == *b,
        _ => *a == b[1..],
    }
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
    let folded: &str = match c {
        // Combining marks: text that arrives decomposed.
        '\u{300}'..='\u{36f}' => "",
        // Letters that fold to more than one letter, or whose Unicode name
        // does not name their base letter.
        'æ' => "ae",
        'Œ' | 'œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'þ' => "th",
        'Ĳ' | 'ĳ' => "ij",
        'ð' => "d",
        'ı' => "i",
        'ĸ' => "k",
        'ŉ' | 'Ŋ' | 'ŋ' => "n",
        'ſ' => "s",
        // Greek with tonos or dialytika, and the final sigma.
        'Ά' | 'ά' => "α",
        'Έ' | 'έ' => "ε",
        'Ή' | 'ή' => "η",
        'Ί' | 'ί' | 'ΐ' | 'ϊ' => "ι",
        'Ό' | 'ό' => "ο",
        'Ύ' | 'ύ' | 'ΰ' | 'ϋ' => "υ",
        'Ώ' | 'ώ' => "ω",
        'ς' => "σ",
        _ => {
            match latin_base(c) {
                Some(base) => out.push(base),
                None => out.push(c),
            }
            return;
        }
    };
    out.push_str(folded);
}

/// The base letter of an accented Latin letter of either case: Latin-1,
/// Extended-A and -B (Romanian "ș", pinyin "ǎ", Vietnamese "ơ") and Extended
/// Additional (Vietnamese "ế", Welsh "ŵ").
fn latin_base(c: char) -> Option<char> {
    let code = c as usize;
    let base = match code {
        0xC0..0x250 => LATIN_1_TO_EXTENDED_B[code - 0xC0],
        0x1E00..0x1F00 => LATIN_EXTENDED_ADDITIONAL[code - 0x1E00],
        _ => b'.',
    };
    (base != b'.').then_some(base as char)
}

// Base letters by code point from U+00C0 and from U+1E00, a dot where a
// character has none; written by scripts/latin-fold-table.py from the
// Unicode character names.
const LATIN_1_TO_EXTENDED_B: &[u8; 400] = b"\
aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii...jjkk.lllllll\
lllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.\
bbbb...cc.ddd....ffg...ikkl..nnooo..pp.....ttttuu.vyyzz.........\
.....d..l..n.aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j.d.gg..nnaa..oo\
aaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylnt...acclts\
z..b..eejj.qrryy\
";
const LATIN_EXTENDED_ADDITIONAL: &[u8; 256] = b"\
aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm\
mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv\
wwwwwwwwwwxxxxyyzzzzzzhtwya.....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy....yy\
";

/// Splits a search query into folded words; empty input gives no words.
pub fn terms(query: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for term in fold(query).split_whitespace() {
        terms.push(term.to_owned());
    }
    terms
}

/// Items with ", " between them, for `write!` and `format!`: `[&str]::join`
/// would be a second copy of std's joining code beside the one for
/// `[String]`, which the cards use.
pub struct Listed<'a>(pub &'a [&'a str]);

impl std::fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(item)?;
        }
        Ok(())
    }
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

    /// Each script's accented letters, as readers write them, and what a
    /// reader types without accents.
    #[test]
    fn folds_the_accents_of_each_script() {
        for (script, written, typed) in [
            ("French", "Hôpital, ŒUVRE", "hopital, oeuvre"),
            ("German", "Größe, GROẞE", "grosse, grosse"),
            ("Romanian (comma below)", "Știință ȚARĂ", "stiinta tara"),
            ("Romanian (cedilla)", "Ştiinţă", "stiinta"),
            ("Polish", "Łódź Żółć", "lodz zolc"),
            ("Czech", "Řízení ČESKÉ", "rizeni ceske"),
            ("Turkish", "Işık Şehir", "isik sehir"),
            (
                "Vietnamese",
                "Kỹ sư Điều dưỡng Bệnh viện",
                "ky su dieu duong benh vien",
            ),
            ("Vietnamese capitals", "QUẢN LÝ Y TẾ", "quan ly y te"),
            ("Pinyin", "Hùlǐ Yīshēng", "huli yisheng"),
            ("Welsh", "Ŵyr Ŷ", "wyr y"),
            ("Icelandic", "Þjónusta Aðstoð", "thjonusta adstod"),
            (
                "Greek (tonos)",
                "Νοσηλεύτρια ΆΈΉΊΌΎΏ",
                "νοσηλευτρια αεηιουω",
            ),
            ("Greek (dialytika)", "Ϊ ϋ ΐ ΰ", "ι υ ι υ"),
            ("Greek (final sigma)", "ΙΑΤΡΟΣ ιατρός", "ιατροσ ιατροσ"),
        ] {
            assert_eq!(fold(written), typed, "{script}");
        }
    }

    #[test]
    fn leaves_what_is_not_a_letter_with_an_accent() {
        for kept in ["×", "÷", "ǆ", "ẟ", "Ё", "مهندس", "漢字"] {
            assert_eq!(fold(kept), kept.to_lowercase(), "{kept}");
        }
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

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn one_typo_covers_each_kind_of_slip_and_prefixes() {
        let word = chars("management");
        for typed in [
            "managment",
            "managemant",
            "manageement",
            "mangaement",
            "managemen",
        ] {
            assert!(one_typo_from(&chars(typed), &word), "{typed}");
        }
        // Typed as the start of a word, with one slip.
        assert!(one_typo_from(&chars("hospitl"), &chars("hospitals")));
        assert!(one_typo_from(&chars("mnage"), &chars("management")));
        for typed in ["mangament", "mgmt", "managers", "xanagemenx"] {
            assert!(!one_typo_from(&chars(typed), &word), "{typed}");
        }
        assert!(one_typo_from(&chars("café"), &chars("cafe")));
    }

    #[test]
    fn fold_mapped_points_back_to_the_original_characters() {
        let (folded, origin) = fold_mapped("Hôpital Straße");
        assert_eq!(folded, "hopital strasse");
        assert_eq!(origin[1], 1); // "o" came from "ô", at byte 1
        assert_eq!(origin[2], 3); // "p", after the two bytes of "ô"
        assert_eq!(&origin[12..15], [13, 13, 15]); // "ss" both came from "ß"
        assert_eq!(origin.len(), folded.len());
    }

    #[test]
    fn words_split_on_ascii_punctuation_and_keep_other_scripts() {
        let folded = fold("Bug-tracking (software), مهندس نظم; 15-1252.00");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            [
                "bug",
                "tracking",
                "software",
                "مهندس",
                "نظم",
                "15",
                "1252",
                "00"
            ]
        );
    }

    #[test]
    fn terms_split_on_whitespace() {
        assert_eq!(terms("  Hospital   SYSTEMS "), vec!["hospital", "systems"]);
        assert!(terms("   ").is_empty());
    }
}
