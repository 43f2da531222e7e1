//! Settings the widget could not use and oddities in its data, shown where
//! the blogger will see them.

use yew::prelude::*;

use crate::core::setup::Setup;

pub fn notices(setup: &Setup) -> Html {
    if setup.errors.is_empty() && setup.warnings.is_empty() {
        return html! {};
    }
    let items = setup
        .errors
        .iter()
        .map(ToString::to_string)
        .chain(setup.warnings.iter().map(ToString::to_string));
    html! {
        <div class="rx-notice" role="note" aria-label="Settings problems">
            <p class="rx-notice-title">{ "Some settings or data of this widget could not be used:" }</p>
            <ul>{ for items.map(|item| html! { <li>{ item }</li> }) }</ul>
        </div>
    }
}
