//! Settings the widget could not use, shown where the blogger will see them.

use yew::prelude::*;

use crate::core::config::ConfigError;

pub fn notices(errors: &[ConfigError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="rx-notice" role="note" aria-label="Settings problems">
            <p class="rx-notice-title">{ "Some settings of this widget could not be used:" }</p>
            <ul>{ for errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }</ul>
        </div>
    }
}
