//! Text with the reader's search words marked (`<mark>`).

use yew::prelude::*;

use role_explorer_core::highlight::pieces;

/// `marks` are folded words (see `core::highlight`).
pub fn marked(text: &str, marks: &[String]) -> Html {
    if marks.is_empty() {
        return html! { { text } };
    }
    pieces(text, marks)
        .into_iter()
        .map(|piece| {
            if piece.marked {
                html! { <mark part="mark">{ piece.text }</mark> }
            } else {
                html! { { piece.text } }
            }
        })
        .collect()
}
