//! The skill facets: a box that narrows the chips by name when they are
//! many, then each category's chips (the core picks which) with its
//! "Show N more" or "Show fewer".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use role_explorer_core::explorer::{Action, Explorer};
use role_explorer_core::facets::{Facets, GroupToggle};
use role_explorer_core::filter::Catalog;
use role_explorer_core::i18n::{fill, Messages, Numbers};

/// `id` is the facets' own id, which the "Filter by skill" button controls;
/// `ids` starts the widget's other ids.
#[allow(clippy::too_many_arguments)]
pub fn facets_view(
    state: &Explorer,
    catalog: &Catalog,
    counts: &[usize],
    id: &str,
    ids: &str,
    text: &Messages,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let groups = catalog.groups();
    let shown = state.facets.shown(catalog, &state.chips);
    let narrow_id = format!("{ids}narrow");
    let on_narrow = on_action.reform(|event: InputEvent| {
        Action::NarrowChips(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="rx-facets" part="chips" id={id.to_owned()}>
            if Facets::narrows(catalog) {
                <div class="rx-narrow">
                    <label for={narrow_id.clone()}>{ text.narrow_label }</label>
                    <input id={narrow_id} type="text" value={state.facets.narrow.clone()} oninput={on_narrow}
                        autocomplete="off" spellcheck="false" />
                </div>
            }
            if shown.is_empty() {
                <p class="rx-muted" role="status">
                    { fill(text.narrow_empty, &[("query", state.facets.narrow.trim())]) }
                </p>
            }
            // One node, not spliced into this list: Yew matches unkeyed siblings from
            // the end, so a shorter list of categories would replace the box being typed in.
            { shown.into_iter().map(|shown| {
                let legend = match &groups[shown.group].name {
                    Some(name) => name.as_str(),
                    None if groups.len() == 1 => text.skills_legend,
                    None => text.other_skills,
                };
                let group = shown.group;
                html! {
                    <fieldset class="rx-chips">
                        <legend dir="auto">{ legend }</legend>
                        <ul role="list">
                            { for shown.chips.iter().map(|&i| {
                                chip_button(i, &catalog.chips()[i].name, state.chips.contains(&i), counts[i], text, numbers, on_action)
                            }) }
                        </ul>
                        if let Some(toggle) = shown.toggle {
                            <button type="button" class="rx-group-toggle"
                                aria-expanded={(toggle == GroupToggle::Fewer).to_string()}
                                onclick={on_action.reform(move |_| Action::ToggleGroup(group))}>
                                { match toggle {
                                    GroupToggle::More(hidden) => fill(
                                        text.show_more_chips.pick(numbers.plural(hidden)),
                                        &[("count", &numbers.format(hidden))],
                                    ),
                                    GroupToggle::Fewer => text.show_fewer_chips.to_owned(),
                                } }
                            </button>
                        }
                    </fieldset>
                }
            }).collect::<Html>() }
        </div>
    }
}

/// A toggle button; a chip that would leave no role is disabled, so chips
/// alone can never lead into an empty result.
fn chip_button(
    index: usize,
    name: &str,
    pressed: bool,
    count: usize,
    text: &Messages,
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let noun = text.chip_roles.pick(numbers.plural(count));
    html! {
        <li>
            <button type="button" class="rx-chip" part="chip" aria-pressed={pressed.to_string()}
                disabled={!pressed && count == 0}
                onclick={on_action.reform(move |_| Action::ToggleChip(index))}>
                { name }
                <span class="rx-chip-count">{ numbers.format(count) }<span class="rx-sr">{ noun }</span></span>
            </button>
        </li>
    }
}
