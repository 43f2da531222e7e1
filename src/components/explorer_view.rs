//! The explorer: filter controls, the result count and the cards, driven by
//! the pure [`Explorer`] reducer.

use std::rc::Rc;

use yew::prelude::*;

use super::empty_state::empty_state;
use super::filter_bar::filter_bar;
use super::role_card::RoleCard;
use crate::core::explorer::{count_label, Action, Explorer};
use crate::core::setup::Setup;

impl Reducible for Explorer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerViewProps {
    pub setup: Rc<Setup>,
}

#[function_component]
pub fn ExplorerView(props: &ExplorerViewProps) -> Html {
    let catalog = &props.setup.catalog;
    let start = props.setup.start.clone();
    let state = use_reducer_eq(move || start);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let matches = catalog.matches(&state.to_query());
    let counts = catalog.chip_counts(&matches);
    let total = catalog.roles().len();
    let chosen_names: Vec<&str> = state
        .chips
        .iter()
        .map(|&i| catalog.chips()[i].name.as_str())
        .collect();
    let layout_list = props.setup.config.layout == crate::core::config::Layout::List;

    html! {
        <>
            { filter_bar(&state, catalog.chips(), &counts, &dispatch) }
            <p class="rx-count" role="status" aria-live="polite">{ count_label(matches.len(), total) }</p>
            if matches.is_empty() {
                { empty_state(&state.query, &chosen_names, dispatch.reform(|_| Action::ClearFilters)) }
            } else {
                <ul class={classes!("rx-cards", layout_list.then_some("rx-cards-list"))}>
                    { for matches.iter().map(|&i| {
                        let role = &catalog.roles()[i];
                        let id = role.id.clone();
                        html! {
                            <RoleCard key={role.id.clone()} role={role.clone()}
                                open={state.open.contains(&role.id)}
                                chosen={state.chips.iter().map(|&c| catalog.chips()[c].key.clone()).collect::<Vec<_>>()}
                                on_toggle={dispatch.reform(move |_| Action::ToggleRole(id.clone()))} />
                        }
                    }) }
                </ul>
            }
        </>
    }
}
