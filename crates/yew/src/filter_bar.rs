//! The filters: a search row (search, sort and, with `filters="compact"`,
//! the "Filter by skill" button), the skill facets when shown, and the
//! chosen skills as removable chips beside "Clear all filters".

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew::virtual_dom::VList;

use super::facets_view::facets_view;
use super::{aria, on_click};
use role_explorer_core::config::Filters;
use role_explorer_core::explorer::{Action, Explorer};
use role_explorer_core::filter::{Catalog, Sort};
use role_explorer_core::i18n::{Messages, Numbers};
use role_explorer_core::session::Session;

/// `counts[i]` is how many roles chip `i` would leave if chosen too; `ids`
/// starts the widget's ids.
pub fn filter_bar(
    session: &Session,
    counts: &[usize],
    ids: &str,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let (setup, state, open) = (session.setup(), session.state(), session.facets().open);
    let (catalog, text) = (&setup.catalog, setup.lang().text());
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
    let has_chips = !catalog.chips().is_empty();
    let filters = setup.config.filters;
    let toggle = filters == Filters::Compact && has_chips;
    let facets = has_chips
        && match filters {
            Filters::Compact => open,
            Filters::Open => true,
            Filters::None => false,
        };
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
                if toggle {
                    <button type="button" class="rx-toggle" part="skills-toggle"
                        aria-expanded={aria(open)}
                        onclick={on_click(on_action, Action::ToggleFacets)}>
                        { text.filter_by_skill }
                    </button>
                }
            </div>
            if facets {
                { facets_view(session, counts, numbers, on_action) }
            }
            if state.is_filtered() {
                { chosen(state, catalog, text, on_action) }
            }
        </div>
    }
}

/// The chosen skills, each a button that unchooses it, and "Clear all
/// filters": what narrows the list stays in sight while the facets are closed.
fn chosen(
    state: &Explorer,
    catalog: &Catalog,
    text: &Messages,
    on_action: &Callback<Action>,
) -> Html {
    // Pushed in a loop, as in compare_view.rs.
    let mut chosen = Vec::new();
    for &i in &state.chips {
        chosen.push(html! {
            <button type="button" class="rx-remove" part="chosen"
                onclick={removing(on_action, Action::ToggleChip(i))}>
                <span class="rx-sr">{ text.remove_skill }</span>
                { &catalog.chips()[i].name }
            </button>
        });
    }
    html! {
        <div class="rx-chosen">
            { VList::from(chosen) }
            <button type="button" class="rx-clear" part="clear"
                onclick={removing(on_action, Action::ClearFilters)}>
                { text.clear_filters }
            </button>
        </div>
    }
}

/// A click on a chosen-skill or "Clear all" button: one closure type for
/// both, as `on_click` (lib.rs) is for the other buttons.
#[inline(never)]
fn removing(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |event| focus_search(event, action.clone()))
}

/// A pressed chosen-skill or "Clear all" button goes away with what it
/// removed: focus moves to the search box, where filtering goes on, rather
/// than falling back to the host page.
fn focus_search(event: MouseEvent, action: Action) -> Action {
    let search = event
        .target_dyn_into::<Element>()
        .and_then(|button| button.closest(".rx-filters").ok().flatten())
        .and_then(|filters| filters.query_selector("input[type=search]").ok().flatten());
    if let Some(search) = search {
        let _ = search.unchecked_into::<HtmlElement>().focus();
    }
    action
}
