//! One role as a card: its category, title, codes, summary, skills and
//! links, with a disclosure for its responsibilities. The data's text may be
//! in another language than the widget's, so it takes its own direction
//! (`dir="auto"`): English roles read left to right in an Arabic widget.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::role::Role;
use crate::core::text::fold;

#[derive(Properties, PartialEq)]
pub struct RoleCardProps {
    pub role: Rc<Role>,
    pub lang: Lang,
    pub open: bool,
    /// Folded names of the chosen skills, to mark them on the card.
    pub chosen: Vec<String>,
    pub on_toggle: Callback<()>,
}

#[function_component]
pub fn RoleCard(props: &RoleCardProps) -> Html {
    let role = &props.role;
    let title_id = format!("rx-title-{}", role.id);
    let details_id = format!("rx-details-{}", role.id);
    let on_click = props.on_toggle.reform(|_: MouseEvent| ());
    let text = props.lang.text();
    html! {
        <li class="rx-card" part="card" data-role={role.id.clone()} tabindex="-1">
            <article aria-labelledby={title_id.clone()}>
                if let Some(category) = &role.category {
                    <p class="rx-category">{ category }</p>
                }
                <h3 id={title_id} class="rx-title" part="card-title" dir="auto">{ &role.title }</h3>
                if !role.codes.is_empty() {
                    <dl class="rx-codes">
                        { for role.codes.iter().map(|code| html! {
                            <div><dt>{ &code.scheme }</dt><dd>{ &code.value }</dd></div>
                        }) }
                    </dl>
                }
                if !role.summary.is_empty() {
                    <p class="rx-summary" dir="auto">{ &role.summary }</p>
                }
                if !role.skills.is_empty() {
                    <ul class="rx-tags" aria-label={text.skills_legend}>
                        { for role.skills.iter().map(|skill| {
                            let chosen = props.chosen.contains(&fold(&skill.name));
                            html! { <li class={classes!("rx-tag", chosen.then_some("rx-tag-chosen"))} part="tag" dir="auto">{ &skill.name }</li> }
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
                if !role.responsibilities.is_empty() {
                    <button type="button" class="rx-disclosure" part="disclosure" aria-expanded={props.open.to_string()}
                        aria-controls={details_id.clone()} onclick={on_click}>
                        { text.responsibilities }
                    </button>
                    <div id={details_id} class="rx-details" part="details" hidden={!props.open}>
                        <ul>{ for role.responsibilities.iter().map(|item| html! { <li dir="auto">{ item }</li> }) }</ul>
                    </div>
                }
            </article>
        </li>
    }
}
