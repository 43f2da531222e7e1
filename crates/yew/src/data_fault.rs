//! Shown instead of cards when there is no data: what is wrong and where,
//! so a site owner can fix the file, and a way to try a fetch again.

use yew::prelude::*;
use yew::virtual_dom::VList;

use role_explorer_core::data::Fault;
use role_explorer_core::i18n::{fill, Messages};

/// More problems than this are counted, not listed.
const LISTED: usize = 12;

pub fn data_fault(fault: &Fault, text: &Messages, on_retry: &Callback<()>) -> Html {
    let title = if fault.is_fetch() {
        "the role file could not be loaded".to_owned()
    } else {
        format!("{} has problems", fault.origin)
    };
    let problems = fault.problems();
    let more = problems.len().saturating_sub(LISTED);
    // Pushed in a loop, as in compare_view.rs.
    let mut listed = Vec::new();
    for problem in problems.iter().take(LISTED) {
        listed.push(html! { <li><code>{ problem }</code></li> });
    }
    html! {
        <div class="rx-fault" part="fault" role="alert">
            <p class="rx-fault-title">{ fill(text.fault_title, &[("reason", &title)]) }</p>
            <ul>
                { VList::from(listed) }
                if more > 0 { <li>{ fill(text.fault_more, &[("more", &more.to_string())]) }</li> }
            </ul>
            if fault.can_retry() {
                <button type="button" class="rx-retry" part="retry" onclick={on_retry.reform(|_: MouseEvent| ())}>{ text.try_again }</button>
            }
        </div>
    }
}
