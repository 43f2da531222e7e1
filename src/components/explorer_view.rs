//! The explorer: filter controls, the result count and the cards.

use yew::prelude::*;

use super::empty_state::empty_state;
use super::filter_bar::filter_bar;
use super::role_card::RoleCard;
use crate::core::config::Layout;
use crate::core::explorer::{count_label, Action, Explorer, PAGE};
use crate::core::setup::Setup;

pub fn explorer_view(setup: &Setup, state: &Explorer, dispatch: &Callback<Action>) -> Html {
    let catalog = &setup.catalog;
    let matches = catalog.matches(&state.to_query());
    let counts = catalog.chip_counts(&matches);
    let chosen_names: Vec<&str> = state
        .chips
        .iter()
        .map(|&i| catalog.chips()[i].name.as_str())
        .collect();
    let chosen_keys: Vec<String> = state
        .chips
        .iter()
        .map(|&i| catalog.chips()[i].key.clone())
        .collect();
    let list = setup.config.layout == Layout::List;
    html! {
        <>
            { filter_bar(state, catalog.chips(), &counts, dispatch) }
            <p class="rx-count" role="status" aria-live="polite">{ count_label(matches.len(), catalog.roles().len()) }</p>
            if matches.is_empty() {
                { empty_state(&state.query, &chosen_names, dispatch.reform(|_| Action::ClearFilters)) }
            } else {
                <ul class={classes!("rx-cards", list.then_some("rx-cards-list"))}>
                    { for matches.iter().take(state.limit()).map(|&i| {
                        let role = &catalog.roles()[i];
                        let id = role.id.clone();
                        html! {
                            <RoleCard key={role.id.clone()} role={role.clone()}
                                open={state.open.contains(&role.id)}
                                chosen={chosen_keys.clone()}
                                on_toggle={dispatch.reform(move |_| Action::ToggleRole(id.clone()))} />
                        }
                    }) }
                </ul>
                if matches.len() > state.limit() {
                    { show_more(matches.len() - state.limit(), dispatch) }
                }
            }
        </>
    }
}

/// Adds the next page of cards; the app then moves focus to the first new one.
fn show_more(hidden: usize, dispatch: &Callback<Action>) -> Html {
    html! {
        <button type="button" class="rx-more" onclick={dispatch.reform(|_| Action::ShowMore)}>
            { format!("Show {} more ({hidden} not shown yet)", hidden.min(PAGE)) }
        </button>
    }
}
