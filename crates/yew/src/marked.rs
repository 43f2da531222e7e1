//! Text with the reader's search words marked (`<mark>`), rewritten only
//! when the marked places change.

use js_sys::Array;
use web_sys::Element;

use super::dom::with_text;
use role_explorer_core::highlight::Markable;

/// An element of a card whose text carries the search's marks.
pub struct Marked {
    element: Element,
    text: Markable,
    /// The byte ranges marked now.
    ranges: Vec<(usize, usize)>,
}

impl Marked {
    /// `element` holding `text`, marked for `words` (folded words, see
    /// `core::highlight`).
    pub fn new(element: Element, text: &str, words: &[String]) -> Self {
        let text = Markable::new(text);
        let ranges = text.marks(words);
        let mut marked = Marked {
            element,
            text,
            ranges: Vec::new(),
        };
        marked.write(ranges);
        marked
    }

    /// Marks `words`; the element changes only if the marked places do.
    pub fn mark(&mut self, words: &[String]) {
        let ranges = self.text.marks(words);
        if ranges != self.ranges {
            self.write(ranges);
        }
    }

    fn write(&mut self, ranges: Vec<(usize, usize)>) {
        let text = self.text.text();
        if ranges.is_empty() {
            self.element.set_text_content(Some(text));
        } else {
            // All pieces at once: one DOM change for the element.
            let pieces = Array::new();
            let mut at = 0;
            for &(start, end) in &ranges {
                if start > at {
                    pieces.push(&text[at..start].into());
                }
                pieces.push(&with_text("mark", &[("part", "mark")], &text[start..end]));
                at = end;
            }
            if at < text.len() {
                pieces.push(&text[at..].into());
            }
            self.element.replace_children_with_node(&pieces);
        }
        self.ranges = ranges;
    }
}
