//! Where the reader's search words occur in a text, so that cards can mark
//! them. Matching happens on folded text, as the search does, and the
//! places are mapped back to the original ("hopital" marks "Hôpital").

use super::text::fold_mapped;

/// A run of text, marked or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// `text` cut into pieces, where the marked ones are occurrences of any of
/// `needles` (folded search words, and the words a typo was taken for).
pub fn pieces<'a>(text: &'a str, needles: &[String]) -> Vec<Piece<'a>> {
    let ranges = marks(text, needles);
    let mut pieces = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            pieces.push(Piece {
                text: &text[at..start],
                marked: false,
            });
        }
        pieces.push(Piece {
            text: &text[start..end],
            marked: true,
        });
        at = end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push(Piece {
            text: &text[at..],
            marked: false,
        });
    }
    pieces
}

/// Byte ranges of `text` to mark, in order, merged where they touch.
pub fn marks(text: &str, needles: &[String]) -> Vec<(usize, usize)> {
    if needles.iter().all(String::is_empty) {
        return Vec::new();
    }
    let (folded, origin) = fold_mapped(text);
    // The original character a folded byte came from ends where the next
    // character starts.
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

    fn marked(text: &str, words: &[&str]) -> Vec<String> {
        pieces(text, &needles(words))
            .into_iter()
            .filter(|p| p.marked)
            .map(|p| p.text.to_owned())
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
        assert_eq!(marks("abcabc", &needles(&["bc", "ca"])), [(1, 6)]);
    }

    #[test]
    fn pieces_rebuild_the_text() {
        let text = "Testing and implementation of tests";
        let all = pieces(text, &needles(&["test"]));
        assert_eq!(all.iter().map(|p| p.text).collect::<String>(), text);
        assert_eq!(all.iter().filter(|p| p.marked).count(), 2);
        assert_eq!(
            pieces("plain", &[]),
            [Piece {
                text: "plain",
                marked: false
            }]
        );
        assert_eq!(pieces("", &needles(&["x"])).len(), 1);
    }
}
