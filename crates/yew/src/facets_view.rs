//! The skill facets: a box that narrows the chips by name when they are
//! many, then each category's chips (the core picks which) with its
//! "Show N more" or "Show fewer".

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::virtual_dom::VList;

use super::{aria, counted, on_click};
use role_explorer_core::explorer::Action;
use role_explorer_core::facets::{Facets, GroupToggle};
use role_explorer_core::i18n::{fill, Messages, Numbers};
use role_explorer_core::session::Session;

/// `counts[i]` is how many roles chip `i` would leave if chosen too.
pub fn facets_view(
    session: &Session,
    counts: &[usize],
    numbers: &impl Numbers,
    on_action: &Callback<Action>,
) -> Html {
    let (setup, state, facets) = (session.setup(), session.state(), session.facets());
    let (catalog, text) = (&setup.catalog, setup.lang().text());
    let groups = catalog.groups();
    let shown = facets.shown(catalog, &state.chips);
    let on_narrow = on_action.reform(|event: InputEvent| {
        Action::NarrowChips(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="rx-facets" part="chips">
            if Facets::narrows(catalog) {
                <label class="rx-narrow">
                    { text.narrow_label }
                    <input type="text" value={facets.narrow.clone()} oninput={on_narrow}
                        autocomplete="off" spellcheck="false" />
                </label>
            }
            if shown.is_empty() {
                <p class="rx-muted">
                    { fill(text.narrow_empty, &[("query", facets.narrow.trim())]) }
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
                // Pushed in a loop, as in compare_view.rs.
                let mut chips = Vec::new();
                for &i in &shown.chips {
                    let name = &catalog.chips()[i].name;
                    chips.push(chip_button(
                        i, name, state.chips.contains(&i), counts[i], text, numbers, on_action,
                    ));
                }
                let chips = VList::from(chips);
                html! {
                    <fieldset class="rx-chips">
                        <legend dir="auto">{ legend }</legend>
                        <ul role="list">{ chips }</ul>
                        if let Some(toggle) = shown.toggle {
                            <button type="button" class="rx-group-toggle"
                                aria-expanded={aria(toggle == GroupToggle::Fewer)}
                                onclick={on_click(on_action, Action::ToggleGroup(group))}>
                                { match toggle {
                                    GroupToggle::More(hidden) => counted(&text.show_more_chips, hidden, numbers),
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
            <button type="button" class="rx-chip" part="chip" aria-pressed={aria(pressed)}
                disabled={!pressed && count == 0}
                onclick={on_click(on_action, Action::ToggleChip(index))}>
                { name }
                <span class="rx-chip-count">{ numbers.format(count) }<span class="rx-sr">{ noun }</span></span>
            </button>
        </li>
    }
}
