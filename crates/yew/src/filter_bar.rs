//! The search box, the sort control, the skill chips grouped by category
//! (the facets), and the clear-all control.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use role_explorer_core::explorer::{Action, Explorer};
use role_explorer_core::filter::{Catalog, Sort};
use role_explorer_core::i18n::{Messages, Numbers};

/// `counts[i]` is how many roles chip `i` would leave if chosen too; `ids`
/// starts the widget's ids.
pub fn filter_bar(
    state: &Explorer,
    catalog: &Catalog,
    counts: &[usize],
    ids: &str,
    text: &Messages,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let on_input = on_action.reform(|event: InputEvent| {
        Action::Search(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_sort = on_action.reform(|event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::Sort(if value == "title" {
            Sort::Title
        } else {
            Sort::Relevance
        })
    });
    let groups = catalog.groups();
    let (search_id, sort_id) = (format!("{ids}search"), format!("{ids}sort"));
    html! {
        <div class="rx-filters" part="filters">
            <div class="rx-query">
                <div class="rx-search">
                    <label for={search_id.clone()}>{ text.search_label }</label>
                    <input id={search_id} type="search" part="search" value={state.query.clone()} oninput={on_input}
                        placeholder={text.search_placeholder} autocomplete="off" spellcheck="false" />
                </div>
                <div class="rx-sort">
                    <label for={sort_id.clone()}>{ text.sort_label }</label>
                    <select id={sort_id} part="sort" onchange={on_sort}>
                        <option value="relevance" selected={state.sort == Sort::Relevance}>{ text.sort_relevance }</option>
                        <option value="title" selected={state.sort == Sort::Title}>{ text.sort_title }</option>
                    </select>
                </div>
            </div>
            <div class="rx-facets" part="chips">
                { for groups.iter().map(|group| {
                    let legend = match &group.name {
                        Some(name) => name.as_str(),
                        None if groups.len() == 1 => text.skills_legend,
                        None => text.other_skills,
                    };
                    html! {
                        <fieldset class="rx-chips">
                            <legend dir="auto">{ legend }</legend>
                            <ul role="list">
                                { for group.chips.iter().map(|&i| {
                                    chip_button(i, &catalog.chips()[i].name, state.chips.contains(&i), counts[i], text, numbers, on_action)
                                }) }
                            </ul>
                        </fieldset>
                    }
                }) }
            </div>
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
    name: &str,
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
                { name }
                <span class="rx-chip-count">{ numbers.format(count) }<span class="rx-sr">{ noun }</span></span>
            </button>
        </li>
    }
}
