//! What the reader sees when nothing fits: what was asked, and a way out.

use yew::prelude::*;

use role_explorer_core::i18n::{fill, Messages};
use role_explorer_core::text::Listed;

/// `chips` are the names of the chosen skills.
pub fn empty_state(
    query: &str,
    chips: &[&str],
    text: &Messages,
    on_clear: Callback<MouseEvent>,
) -> Html {
    let mut asked = Vec::new();
    if !query.trim().is_empty() {
        asked.push(fill(text.empty_query, &[("query", query.trim())]));
    }
    if !chips.is_empty() {
        asked.push(fill(
            text.empty_skills,
            &[("skills", &Listed(chips).to_string())],
        ));
    }
    let title = fill(text.empty_title, &[("asked", &asked.join(text.empty_with))]);
    html! {
        <div class="rx-empty" part="empty">
            <p class="rx-empty-title">{ title }</p>
            <p>{ text.empty_hint }</p>
            <button type="button" class="rx-clear" onclick={on_clear}>{ text.clear_filters }</button>
        </div>
    }
}
