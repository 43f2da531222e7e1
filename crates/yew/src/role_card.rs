//! One role as a card: its category, title, codes, summary, skills and
//! links, a toggle to compare it, and a disclosure for its details (its
//! responsibilities, and the skills it shares with the other roles shown).
//! Search words are marked in every field. The data's text may be in
//! another language than the widget's, so it takes its own direction
//! (`dir="auto"`): English roles read left to right in an Arabic widget.
//! A card is built off the page (see `off_page`) and keeps its element for
//! as long as its role is shown.

use std::rc::Rc;

use yew::prelude::*;

use super::marked::marked;
use super::off_page::{detached, placed};
use role_explorer_core::explorer::Action;
use role_explorer_core::i18n::Lang;
use role_explorer_core::role::Role;
use role_explorer_core::text::fold;

/// A skill of the open role, with the titles of the other roles shown that
/// have it too.
pub type SharedSkill = (String, Vec<String>);

#[derive(Properties, PartialEq)]
pub struct RoleCardProps {
    pub role: Rc<Role>,
    pub lang: Lang,
    pub open: bool,
    /// Folded names of the chosen skills, to set them apart on the card.
    pub chosen: Rc<Vec<String>>,
    /// Folded words to mark.
    pub marks: Rc<Vec<String>>,
    pub compared: bool,
    /// The comparison is full: this card cannot join it.
    pub compare_full: bool,
    /// Computed for open cards only.
    pub shared: Rc<Vec<SharedSkill>>,
    /// The start of the widget's ids.
    pub ids: AttrValue,
    /// The app's one dispatcher: the same on every render, so a card whose
    /// other props are unchanged is not rendered again.
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn RoleCard(props: &RoleCardProps) -> Html {
    let role = &props.role;
    let marks = props.marks.as_slice();
    let details_id = format!("{}details-{}", props.ids, role.id);
    let text = props.lang.text();
    let act = |action: fn(String) -> Action| {
        let id = role.id.clone();
        props
            .dispatch
            .reform(move |_: MouseEvent| action(id.clone()))
    };
    // Responsibilities, or skills that other roles may share.
    let has_details = !role.responsibilities.is_empty() || !role.skills.is_empty();
    // The list keys cards by role, so the id never changes under a card.
    let host = use_memo(role.id.clone(), |id| {
        detached(
            "li",
            &[
                ("class", "rx-card"),
                ("part", "card"),
                ("data-role", id),
                ("tabindex", "-1"),
            ],
        )
    });
    let content = html! {
        <article>
            if let Some(category) = &role.category {
                <p class="rx-category" dir="auto">{ marked(category, marks) }</p>
            }
            <h3 class="rx-title" part="card-title" dir="auto">{ marked(&role.title, marks) }</h3>
            if !role.codes.is_empty() {
                <dl class="rx-codes">
                    { for role.codes.iter().map(|code| html! {
                        <div><dt>{ &code.scheme }</dt><dd>{ marked(&code.value, marks) }</dd></div>
                    }) }
                </dl>
            }
            if !role.summary.is_empty() {
                <p class="rx-summary" dir="auto">{ marked(&role.summary, marks) }</p>
            }
            if !role.skills.is_empty() {
                <ul class="rx-tags" aria-label={text.skills_legend} dir="auto">
                    { for role.skills.iter().map(|skill| {
                        let chosen = props.chosen.contains(&fold(&skill.name));
                        // A state is a data attribute, not a class: Yew builds a
                        // computed `class` through Classes, an IndexSet, on every render.
                        html! {
                            <li part="tag" data-chosen={chosen.then_some("")}>
                                { marked(&skill.name, marks) }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !role.links.is_empty() {
                <ul class="rx-links" aria-label={text.links}>
                    { for role.links.iter().map(|link| html! {
                        <li><a href={link.url.clone()} rel="noopener">{ &link.label }</a></li>
                    }) }
                </ul>
            }
            <div class="rx-actions">
                if has_details {
                    <button type="button" class="rx-disclosure" part="disclosure" aria-expanded={props.open.to_string()}
                        aria-controls={details_id.clone()} onclick={act(Action::ToggleRole)}>
                        { text.details }
                    </button>
                }
                <button type="button" class="rx-compare" part="compare" aria-pressed={props.compared.to_string()}
                    disabled={props.compare_full && !props.compared}
                    onclick={act(Action::ToggleCompare)}>
                    { text.compare }
                </button>
            </div>
            // Only an open card holds its details: a keystroke then
            // re-renders far fewer nodes.
            if has_details && props.open {
                <div id={details_id} class="rx-details" part="details">
                    if !role.responsibilities.is_empty() {
                        <h4>{ text.responsibilities }</h4>
                        <ul>
                            { for role.responsibilities.iter().map(|item| html! {
                                <li dir="auto">{ marked(item, marks) }</li>
                            }) }
                        </ul>
                    }
                    if !props.shared.is_empty() {
                        <h4>{ text.shared_with_shown }</h4>
                        <ul class="rx-shared">
                            { for props.shared.iter().map(|(skill, roles)| html! {
                                <li dir="auto"><strong>{ skill }</strong>{ ": " }{ roles.join(", ") }</li>
                            }) }
                        </ul>
                    }
                </div>
            }
        </article>
    };
    placed(&host, content)
}
