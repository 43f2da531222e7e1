//! Shown instead of cards when there is no data: what is wrong and where,
//! so a site owner can fix the file, and a way to try a fetch again.

use yew::prelude::*;

use role_explorer_core::dataset::DataError;
use role_explorer_core::i18n::{fill, Messages};
use role_explorer_core::remote::LoadError;
use role_explorer_core::setup::DataFault;

/// More problems than this are counted, not listed.
const LISTED: usize = 12;

pub fn data_fault(fault: &DataFault, text: &Messages, on_retry: &Callback<()>) -> Html {
    let (title, problems, retry) = match fault {
        DataFault::Refused { origin, error } => {
            (format!("{origin} has problems"), problem_list(error), false)
        }
        DataFault::Failed(LoadError::Data { url, error }) => {
            (format!("{url} has problems"), problem_list(error), true)
        }
        DataFault::Failed(error) => (
            "the role file could not be loaded".to_owned(),
            vec![error.to_string()],
            true,
        ),
    };
    let more = problems.len().saturating_sub(LISTED);
    html! {
        <div class="rx-fault" part="fault" role="alert">
            <p class="rx-fault-title">{ fill(text.fault_title, &[("reason", &title)]) }</p>
            <ul>
                { for problems.iter().take(LISTED).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                if more > 0 { <li>{ fill(text.fault_more, &[("more", &more.to_string())]) }</li> }
            </ul>
            if retry {
                <button type="button" class="rx-retry" part="retry" onclick={on_retry.reform(|_: MouseEvent| ())}>{ text.try_again }</button>
            }
        </div>
    }
}

fn problem_list(error: &DataError) -> Vec<String> {
    match error {
        DataError::NotJson { .. } => vec![error.to_string()],
        DataError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}
