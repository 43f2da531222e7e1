//! Roles side by side: the skills they all need, then a table with a
//! column per role for the skills only it has and its responsibilities.
//! On a phone the table scrolls sideways inside the widget.

use yew::prelude::*;
use yew::virtual_dom::VList;

use super::{counted, on_click};
use role_explorer_core::compare::Comparison;
use role_explorer_core::explorer::Action;
use role_explorer_core::filter::Catalog;
use role_explorer_core::i18n::{Messages, Numbers};

/// `ids` starts the widget's ids.
pub fn compare_view(
    comparison: &Comparison,
    catalog: &Catalog,
    ids: &str,
    text: &Messages,
    numbers: &impl Numbers,
    dispatch: &Callback<Action>,
) -> Html {
    let stop = html! {
        <button type="button" class="rx-clear" onclick={on_click(dispatch, Action::ClearCompare)}>
            { text.stop_comparing }
        </button>
    };
    let count = comparison.roles.len();
    if count < 2 {
        return html! {
            <div class="rx-compare-bar" part="comparison" role="status">
                <p>{ text.compare_hint }</p>
                { stop }
            </div>
        };
    }
    let chip_names = |chips: &[usize]| -> Html {
        let mut items = Vec::new();
        for &chip in chips {
            items.push(html! { <li>{ &catalog.chips()[chip].name }</li> });
        }
        html! { <ul class="rx-tags" dir="auto">{ VList::from(items) }</ul> }
    };
    // Each list of elements pushed in a loop: `{ for … }` and `collect` are
    // each a copy of std's collecting code in the wasm, per iterator.
    let (mut titles, mut unique, mut duties) = (Vec::new(), Vec::new(), Vec::new());
    for (&i, chips) in comparison.roles.iter().zip(&comparison.unique) {
        let role = &catalog.roles()[i];
        titles.push(html! { <th scope="col" dir="auto">{ &role.title }</th> });
        unique.push(html! { <td>{ chip_names(chips) }</td> });
        let mut items = Vec::new();
        for item in &role.responsibilities {
            items.push(html! { <li dir="auto">{ item }</li> });
        }
        duties.push(html! { <td><ul class="rx-list">{ VList::from(items) }</ul></td> });
    }
    let heading_id = format!("{ids}comparing");
    let heading = counted(&text.comparing, count, numbers);
    html! {
        <section class="rx-comparison" part="comparison" aria-labelledby={heading_id.clone()}>
            <div class="rx-comparison-head">
                <h3 id={heading_id.clone()}>{ heading }</h3>
                { stop }
            </div>
            <h4>{ text.shared_by_all }</h4>
            if comparison.shared.is_empty() {
                <p class="rx-muted">{ text.none_shared }</p>
            } else {
                { chip_names(&comparison.shared) }
            }
            // Focusable, so a keyboard can scroll it sideways on a phone.
            <div class="rx-table-scroll" role="region" aria-labelledby={heading_id} tabindex="0">
                <table class="rx-table" data-columns={count.to_string()}>
                    <thead>
                        <tr>
                            <td></td>
                            { VList::from(titles) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{ text.only_this_role }</th>
                            { VList::from(unique) }
                        </tr>
                        <tr>
                            <th scope="row">{ text.responsibilities }</th>
                            { VList::from(duties) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
