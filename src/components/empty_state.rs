//! What the reader sees when nothing fits: what was asked, and a way out.

use yew::prelude::*;

/// `chips` are the names of the chosen skills.
pub fn empty_state(query: &str, chips: &[&str], on_clear: Callback<MouseEvent>) -> Html {
    let mut asked = Vec::new();
    if !query.trim().is_empty() {
        asked.push(format!("“{}”", query.trim()));
    }
    if !chips.is_empty() {
        asked.push(format!("the skills {}", chips.join(", ")));
    }
    html! {
        <div class="rx-empty">
            <p class="rx-empty-title">{ format!("No role matches {}.", asked.join(" with ")) }</p>
            <p>{ "Try fewer or shorter words, check the spelling, or unchoose a skill." }</p>
            <button type="button" class="rx-clear" onclick={on_clear}>{ "Clear all filters" }</button>
        </div>
    }
}
