//! The explorer: filter controls, the result count, the comparison and
//! the cards.

use std::rc::Rc;

use yew::prelude::*;

use super::card_list::CardList;
use super::compare_view::compare_view;
use super::empty_state::empty_state;
use super::filter_bar::filter_bar;
use role_explorer_core::compare::compare;
use role_explorer_core::explorer::{Action, PAGE};
use role_explorer_core::i18n::{count_label, fill, Messages, Numbers};
use role_explorer_core::session::Session;

/// The session's matching roles, in order; while the page prints, all of
/// them get a card, not only the first pages. `ids` starts every id.
pub fn explorer_view(
    session: &Rc<Session>,
    ids: &AttrValue,
    numbers: &impl Numbers,
    dispatch: &Callback<Action>,
) -> Html {
    let (setup, state, found) = (session.setup(), session.state(), session.found());
    let printing = session.printing();
    let catalog = &setup.catalog;
    let matches = &found.matches;
    let lang = setup.lang();
    let text = lang.text();
    let counts = catalog.chip_counts(matches);
    let chosen_names: Vec<&str> = state
        .chips
        .iter()
        .map(|&i| catalog.chips()[i].name.as_str())
        .collect();
    let limit = if printing { usize::MAX } else { state.limit() };
    html! {
        <>
            { filter_bar(session, &counts, ids, numbers, dispatch) }
            <p class="rx-count" part="count" role="status" aria-live="polite">
                { count_label(text, numbers, matches.len(), catalog.roles().len()) }
            </p>
            if !state.compare.is_empty() {
                { compare_view(&compare(catalog, &state.compare), catalog, ids, text, numbers, dispatch) }
            }
            if matches.is_empty() {
                { empty_state(&state.query, &chosen_names, text, dispatch.reform(|_| Action::ClearFilters)) }
            } else {
                <CardList session={session.clone()} {limit} ids={ids.clone()} on_action={dispatch.clone()} />
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
