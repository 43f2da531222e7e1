//! Text with the reader's search words marked (`<mark>`), rewritten only
//! when the marked places change.

use js_sys::Array;
use web_sys::Element;

use super::dom::with_text;
use role_explorer_core::highlight::marks;

/// An element of a card whose text carries the search's marks.
pub struct Marked {
    element: Element,
    text: String,
    /// The byte ranges marked now.
    ranges: Vec<(usize, usize)>,
}

impl Marked {
    /// `element` holding `text`, marked for `words` (folded words, see
    /// `core::highlight`).
    pub fn new(element: Element, text: &str, words: &[String]) -> Self {
        let mut marked = Marked {
            element,
            text: text.to_owned(),
            ranges: Vec::new(),
        };
        marked.write(marks(text, words));
        marked
    }

    /// Marks `words`; the element changes only if the marked places do.
    pub fn mark(&mut self, words: &[String]) {
        let ranges = marks(&self.text, words);
        if ranges != self.ranges {
            self.write(ranges);
        }
    }

    fn write(&mut self, ranges: Vec<(usize, usize)>) {
        if ranges.is_empty() {
            self.element.set_text_content(Some(&self.text));
        } else {
            // All pieces at once: one DOM change for the element.
            let pieces = Array::new();
            let mut at = 0;
            for &(start, end) in &ranges {
                if start > at {
                    pieces.push(&self.text[at..start].into());
                }
                pieces.push(&with_text(
                    "mark",
                    &[("part", "mark")],
                    &self.text[start..end],
                ));
                at = end;
            }
            if at < self.text.len() {
                pieces.push(&self.text[at..].into());
            }
            self.element.replace_children_with_node(&pieces);
        }
        self.ranges = ranges;
    }
}
