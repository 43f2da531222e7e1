//! The explorer: filter controls, the result count, the comparison and
//! the cards.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::compare_view::compare_view;
use super::empty_state::empty_state;
use super::filter_bar::filter_bar;
use super::role_card::{RoleCard, SharedSkill};
use role_explorer_core::compare::{compare, shared_with, MAX_COMPARED};
use role_explorer_core::config::Layout;
use role_explorer_core::explorer::{Action, PAGE};
use role_explorer_core::filter::Catalog;
use role_explorer_core::i18n::{count_label, fill, Messages, Numbers};
use role_explorer_core::session::Session;

/// The session's matching roles, in order; while the page prints, all of
/// them get a card, not only the first pages. `ids` starts every id.
pub fn explorer_view(
    session: &Session,
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
    let chosen_keys: Rc<Vec<String>> = Rc::new(
        state
            .chips
            .iter()
            .map(|&i| catalog.chips()[i].key.clone())
            .collect(),
    );
    let marks = Rc::new(found.marks.clone());
    let list = setup.config.layout == Layout::List;
    let limit = if printing { usize::MAX } else { state.limit() };
    let compare_full = state.compare.len() >= MAX_COMPARED;
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
                <ul class="rx-cards" part="cards" data-list={list.then_some("")} onclick={card_clicks(dispatch)}>
                    { for matches.iter().take(limit).map(|&i| {
                        let role = &catalog.roles()[i];
                        // Printing shows every card open.
                        let open = printing || state.open.contains(&role.id);
                        let shared = if open { shared_titles(catalog, i, matches) } else { Vec::new() };
                        // Keyed by role: a card still shown keeps its element, and a new
                        // one is built off the page and placed whole (see `role_card`).
                        html! {
                            <RoleCard key={role.id.as_str()} role={role.clone()} {lang} {open}
                                chosen={chosen_keys.clone()} marks={marks.clone()}
                                compared={state.compare.contains(&role.id)} {compare_full}
                                shared={Rc::new(shared)} ids={ids.clone()} />
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

/// The open role's skills that other matching roles share, with their titles.
fn shared_titles(catalog: &Catalog, role: usize, matches: &[usize]) -> Vec<SharedSkill> {
    shared_with(catalog, role, matches)
        .into_iter()
        .map(|(chip, roles)| {
            let titles = roles
                .iter()
                .map(|&r| catalog.roles()[r].title.clone())
                .collect();
            (catalog.chips()[chip].name.clone(), titles)
        })
        .collect()
}

/// The cards' buttons, heard by their list: a card registers no listeners.
fn card_clicks(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: MouseEvent| {
        if let Some(action) = card_action(&event) {
            dispatch.emit(action);
        }
    })
}

/// What a click in the card list asks for, if it was on a card's button.
fn card_action(event: &MouseEvent) -> Option<Action> {
    let button = event
        .target_dyn_into::<Element>()?
        .closest("button")
        .ok()??;
    let role = button
        .closest(".rx-card")
        .ok()??
        .get_attribute("data-role")?;
    match button.class_name().as_str() {
        "rx-disclosure" => Some(Action::ToggleRole(role)),
        "rx-compare" => Some(Action::ToggleCompare(role)),
        _ => None,
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
