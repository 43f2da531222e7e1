//! Shown instead of cards when the role data was refused: what is wrong
//! and where, so a site owner can fix the file.

use yew::prelude::*;

use crate::core::dataset::DataError;
use crate::core::setup::DataFault;

/// More problems than this are counted, not listed.
const LISTED: usize = 12;

pub fn data_fault(fault: &DataFault) -> Html {
    let problems: Vec<String> = match &fault.error {
        DataError::NotJson { .. } => vec![fault.error.to_string()],
        DataError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
    };
    let more = problems.len().saturating_sub(LISTED);
    html! {
        <div class="rx-fault" role="alert">
            <p class="rx-fault-title">{ format!("The roles could not be shown: {} has problems.", fault.origin) }</p>
            <ul>
                { for problems.iter().take(LISTED).map(|problem| html! { <li><code>{ problem }</code></li> }) }
                if more > 0 { <li>{ format!("…and {more} more (the browser console lists them all).") }</li> }
            </ul>
        </div>
    }
}
