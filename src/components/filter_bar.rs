//! The search box, the skill chips and the clear-all control.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::explorer::{Action, Explorer};
use crate::core::filter::SkillChip;
use crate::core::i18n::{Messages, Numbers};

/// `counts[i]` is how many roles chip `i` would leave if chosen too.
pub fn filter_bar(
    state: &Explorer,
    chips: &[SkillChip],
    counts: &[usize],
    text: &Messages,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let on_input = on_action.reform(|event: InputEvent| {
        Action::Search(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="rx-filters" part="filters">
            <div class="rx-search">
                <label for="rx-search">{ text.search_label }</label>
                <input id="rx-search" type="search" part="search" value={state.query.clone()} oninput={on_input}
                    placeholder={text.search_placeholder} autocomplete="off" spellcheck="false" />
            </div>
            <fieldset class="rx-chips" part="chips">
                <legend>{ text.skills_legend }</legend>
                <ul role="list">
                    { for chips.iter().enumerate().map(|(i, chip)| {
                        chip_button(i, chip, state.chips.contains(&i), counts[i], text, numbers, on_action)
                    }) }
                </ul>
            </fieldset>
            <button type="button" class="rx-clear" part="clear" disabled={!state.is_filtered()}
                onclick={on_action.reform(|_| Action::ClearFilters)}>
                { text.clear_filters }
            </button>
        </div>
    }
}

/// A toggle button; a chip that would leave no role is disabled, so chips
/// alone can never lead into an empty result.
fn chip_button(
    index: usize,
    chip: &SkillChip,
    pressed: bool,
    count: usize,
    text: &Messages,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let noun = text.chip_roles.pick(numbers.plural(count));
    html! {
        <li>
            <button type="button" class="rx-chip" part="chip" aria-pressed={pressed.to_string()}
                disabled={!pressed && count == 0}
                onclick={on_action.reform(move |_| Action::ToggleChip(index))}>
                { &chip.name }
                <span class="rx-chip-count">{ numbers.format(count) }<span class="rx-sr">{ noun }</span></span>
            </button>
        </li>
    }
}
