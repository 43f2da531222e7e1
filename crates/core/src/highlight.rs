//! Where the reader's search words occur in a text, so that cards can mark
//! them. Matching happens on folded text, as the search does, and the
//! places are mapped back to the original ("hopital" marks "Hôpital").

use std::cell::OnceCell;

use super::text::fold_mapped;

/// A text to mark, folded the first time a search asks, then kept: a card
/// that stays on screen is marked again at every keystroke.
pub struct Markable {
    text: String,
    /// The folded text, and for each of its bytes where its character
    /// starts in `text`.
    folded: OnceCell<(String, Vec<usize>)>,
}

impl Markable {
    pub fn new(text: &str) -> Self {
        Markable {
            text: text.to_owned(),
            folded: OnceCell::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte ranges of the text to mark, in order, merged where they touch:
    /// every occurrence of any of `needles` (folded search words, and the
    /// words a typo was taken for).
    pub fn marks(&self, needles: &[String]) -> Vec<(usize, usize)> {
        if needles.iter().all(String::is_empty) {
            return Vec::new();
        }
        let text = self.text.as_str();
        let (folded, origin) = self.folded.get_or_init(|| fold_mapped(text));
        // The original character a folded byte came from ends where the
        // next character starts.
        let end_of = |folded_end: usize| {
            let start = origin[folded_end - 1];
            start + text[start..].chars().next().map_or(0, char::len_utf8)
        };
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for needle in needles.iter().filter(|n| !n.is_empty()) {
            for (at, found) in folded.match_indices(needle.as_str()) {
                insert(&mut ranges, (origin[at], end_of(at + found.len())));
            }
        }
        ranges
    }
}

/// Adds `range` to sorted, disjoint `ranges`, merging any it overlaps or
/// touches. Lists stay short, so a linear insert beats pulling in a sort.
fn insert(ranges: &mut Vec<(usize, usize)>, (mut start, mut end): (usize, usize)) {
    let mut i = 0;
    while i < ranges.len() {
        let (s, e) = ranges[i];
        if e < start {
            i += 1;
        } else if s > end {
            break;
        } else {
            start = start.min(s);
            end = end.max(e);
            ranges.remove(i);
        }
    }
    ranges.insert(i, (start, end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needles(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn marks(text: &str, words: &[&str]) -> Vec<(usize, usize)> {
        Markable::new(text).marks(&needles(words))
    }

    fn marked(text: &str, words: &[&str]) -> Vec<String> {
        marks(text, words)
            .into_iter()
            .map(|(start, end)| text[start..end].to_owned())
            .collect()
    }

    #[test]
    fn marks_every_occurrence_ignoring_case_and_accents() {
        assert_eq!(
            marked(
                "Hôpital systems and HOSPITAL workflows",
                &["hopital", "hospital"]
            ),
            ["Hôpital", "HOSPITAL"]
        );
        assert_eq!(marked("Straße", &["strasse"]), ["Straße"]);
        assert_eq!(marked("Straße", &["stras"]), ["Straß"]);
    }

    #[test]
    fn overlapping_and_touching_matches_merge() {
        assert_eq!(marked("database", &["data", "tab", "base"]), ["database"]);
        assert_eq!(marks("abcabc", &["bc", "ca"]), [(1, 6)]);
    }

    #[test]
    fn no_words_mark_nothing_and_a_text_is_folded_once() {
        let text = Markable::new("Testing and implementation of tests");
        assert_eq!(text.marks(&[]), []);
        assert_eq!(text.marks(&needles(&[""])), []);
        assert!(text.folded.get().is_none(), "folded before a search asked");
        assert_eq!(text.marks(&needles(&["test"])), [(0, 4), (30, 34)]);
        assert_eq!(text.marks(&needles(&["impl"])), [(12, 16)]);
        assert_eq!(marks("", &["x"]), []);
    }
}
