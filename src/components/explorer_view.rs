//! The explorer: filter controls, the result count and the cards.

use yew::prelude::*;

use super::empty_state::empty_state;
use super::filter_bar::filter_bar;
use super::role_card::RoleCard;
use crate::core::config::Layout;
use crate::core::explorer::{Action, Explorer, PAGE};
use crate::core::i18n::{count_label, fill, Messages, Numbers};
use crate::core::setup::Setup;

/// `matches` are the catalog indices of the roles that fit; while the page
/// prints, all of them get a card, not only the first pages.
pub fn explorer_view(
    setup: &Setup,
    state: &Explorer,
    matches: &[usize],
    printing: bool,
    numbers: &impl Numbers,
    dispatch: &Callback<Action>,
) -> Html {
    let catalog = &setup.catalog;
    let lang = setup.lang();
    let text = lang.text();
    let counts = catalog.chip_counts(matches);
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
    let limit = if printing { usize::MAX } else { state.limit() };
    html! {
        <>
            { filter_bar(state, catalog.chips(), &counts, text, numbers, dispatch) }
            <p class="rx-count" part="count" role="status" aria-live="polite">
                { count_label(text, numbers, matches.len(), catalog.roles().len()) }
            </p>
            if matches.is_empty() {
                { empty_state(&state.query, &chosen_names, text, dispatch.reform(|_| Action::ClearFilters)) }
            } else {
                <ul class={classes!("rx-cards", list.then_some("rx-cards-list"))} part="cards">
                    { for matches.iter().take(limit).map(|&i| {
                        let role = &catalog.roles()[i];
                        let id = role.id.clone();
                        html! {
                            <RoleCard key={role.id.clone()} role={role.clone()} {lang}
                                open={state.open.contains(&role.id)}
                                chosen={chosen_keys.clone()}
                                on_toggle={dispatch.reform(move |_| Action::ToggleRole(id.clone()))} />
                        }
                    }) }
                </ul>
                if matches.len() > limit {
                    { show_more(matches.len() - limit, text, numbers, dispatch) }
                }
            }
        </>
    }
}

/// Adds the next page of cards; the app then moves focus to the first new one.
fn show_more(
    hidden: usize,
    text: &Messages,
    numbers: &impl Numbers,
    dispatch: &Callback<Action>,
) -> Html {
    let label = fill(
        text.show_more,
        &[
            ("page", &numbers.format(hidden.min(PAGE))),
            ("hidden", &numbers.format(hidden)),
        ],
    );
    html! {
        <button type="button" class="rx-more" part="more" onclick={dispatch.reform(|_| Action::ShowMore)}>
            { label }
        </button>
    }
}
