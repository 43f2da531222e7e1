//! Roles side by side: the skills they all need, then a table with a
//! column per role for the skills only it has and its responsibilities.
//! On a phone the table scrolls sideways inside the widget.

use yew::prelude::*;

use super::on_click;
use role_explorer_core::compare::Comparison;
use role_explorer_core::explorer::Action;
use role_explorer_core::filter::Catalog;
use role_explorer_core::i18n::{fill, Messages, Numbers};

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
        html! {
            <ul class="rx-tags" dir="auto">
                { for chips.iter().map(|&chip| html! { <li>{ &catalog.chips()[chip].name }</li> }) }
            </ul>
        }
    };
    // The compared roles, walked twice rather than collected into a list.
    let roles = || comparison.roles.iter().map(|&i| &catalog.roles()[i]);
    let heading_id = format!("{ids}comparing");
    let heading = fill(
        text.comparing.pick(numbers.plural(count)),
        &[("count", &numbers.format(count))],
    );
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
                            { for roles().map(|role| html! { <th scope="col" dir="auto">{ &role.title }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{ text.only_this_role }</th>
                            { for comparison.unique.iter().map(|chips| html! { <td>{ chip_names(chips) }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ text.responsibilities }</th>
                            { for roles().map(|role| html! {
                                <td>
                                    <ul class="rx-list">
                                        { for role.responsibilities.iter().map(|item| html! { <li dir="auto">{ item }</li> }) }
                                    </ul>
                                </td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
