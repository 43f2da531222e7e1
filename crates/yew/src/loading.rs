//! The placeholder shown while a role file loads: it keeps roughly the
//! widget's height, so the host page does not jump when the cards arrive.

use yew::prelude::*;

use role_explorer_core::i18n::Messages;

pub fn loading(text: &Messages) -> Html {
    html! {
        <>
            <p class="rx-count" role="status" aria-live="polite">{ text.loading }</p>
            <div class="rx-skeleton" aria-hidden="true"></div>
        </>
    }
}
