//! Shown instead of cards when there is no data: what is wrong and where,
//! so a site owner can fix the file, and a way to try a fetch again.

use yew::prelude::*;

use crate::core::dataset::DataError;
use crate::core::remote::LoadError;
use crate::core::setup::DataFault;

/// More problems than this are counted, not listed.
const LISTED: usize = 12;

pub fn data_fault(fault: &DataFault, on_retry: &Callback<()>) -> Html {
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
        <div class="rx-fault" role="alert">
            <p class="rx-fault-title">{ format!("The roles could not be shown: {title}.") }</p>
            <ul>
                { for problems.iter().take(LISTED).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                if more > 0 { <li>{ format!("…and {more} more (the browser console lists them all).") }</li> }
            </ul>
            if retry {
                <button type="button" class="rx-retry" onclick={on_retry.reform(|_: MouseEvent| ())}>{ "Try again" }</button>
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
