//! Settings the widget could not use and oddities in its data, shown where
//! the blogger will see them.

use yew::prelude::*;

use role_explorer_core::i18n::Messages;
use role_explorer_core::setup::Setup;

pub fn notices(setup: &Setup, text: &Messages) -> Html {
    if setup.errors.is_empty() && setup.warnings.is_empty() {
        return html! {};
    }
    let items = setup
        .errors
        .iter()
        .map(ToString::to_string)
        .chain(setup.warnings.iter().map(ToString::to_string));
    html! {
        <div class="rx-notice" part="notice" role="note" aria-label={text.notices_label}>
            <p class="rx-notice-title">{ text.notices_title }</p>
            <ul>{ for items.map(|item| html! { <li>{ item }</li> }) }</ul>
        </div>
    }
}
