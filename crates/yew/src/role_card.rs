//! One role as a card: its category, title, codes, summary, skills and
//! links, a toggle to compare it, and a disclosure for its details (its
//! responsibilities, and the skills it shares with the other roles shown).
//! Search words are marked in every field. The data's text may be in
//! another language than the widget's, so it takes its own direction
//! (`dir="auto"`): English roles read left to right in an Arabic widget.
//!
//! The card is the one view built with the DOM directly: it is made off
//! the page and placed whole (one DOM change), then kept for as long as its
//! role is shown, and a new search rewrites only the texts whose marks
//! moved. Through `html!`, Yew put a new card into the page node by node;
//! rendered through a portal into a detached element instead, each card
//! added event listeners of its own that were never freed. The card's
//! buttons have no listeners: the list hears their clicks
//! (`explorer_view::card_clicks`).

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::aria;
use super::dom::{append, child, element, set, with_text, Attributes};
use super::marked::Marked;
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
}

/// A card's elements. A struct component: the wasm then carries none of
/// Yew's hooks.
pub struct RoleCard {
    /// The `<li>`, kept while the role is shown.
    element: Element,
    article: Element,
    marked: Vec<Marked>,
    /// Skill tags with their folded names.
    tags: Vec<(Element, String)>,
    disclosure: Option<Element>,
    compare: Element,
    /// Open: the details, and their marked texts.
    details: Option<(Element, Vec<Marked>)>,
}

impl Component for RoleCard {
    type Message = ();
    type Properties = RoleCardProps;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let attributes: Attributes = &[("class", "rx-card"), ("part", "card"), ("tabindex", "-1")];
        let element = element("li", attributes);
        set(&element, "data-role", &props.role.id);
        RoleCard::build(element, props)
    }

    /// Yew calls this only when the props differ. The card changes in place
    /// and its element stays, so there is nothing to render again.
    fn changed(&mut self, ctx: &Context<Self>, old: &RoleCardProps) -> bool {
        self.update(old, ctx.props());
        false
    }

    fn view(&self, _ctx: &Context<Self>) -> Html {
        Html::VRef(self.element.clone().into())
    }
}

impl RoleCard {
    /// Builds the card's content off the page and puts it in `host`.
    fn build(host: Element, props: &RoleCardProps) -> Self {
        let (role, marks) = (&props.role, props.marks.as_slice());
        let text = props.lang.text();
        let article = element("article", &[]);
        let mut marked = Vec::new();
        if let Some(category) = &role.category {
            let attributes: Attributes = &[("class", "rx-category"), ("dir", "auto")];
            let category_element = child(&article, "p", attributes);
            marked.push(Marked::new(category_element, category, marks));
        }
        let attributes: Attributes = &[
            ("class", "rx-title"),
            ("part", "card-title"),
            ("dir", "auto"),
        ];
        marked.push(Marked::new(
            child(&article, "h3", attributes),
            &role.title,
            marks,
        ));
        if !role.codes.is_empty() {
            let list = child(&article, "dl", &[("class", "rx-codes")]);
            for code in &role.codes {
                let row = child(&list, "div", &[]);
                append(&row, &with_text("dt", &[], &code.scheme));
                marked.push(Marked::new(child(&row, "dd", &[]), &code.value, marks));
            }
        }
        if !role.summary.is_empty() {
            let attributes: Attributes = &[("class", "rx-summary"), ("dir", "auto")];
            marked.push(Marked::new(
                child(&article, "p", attributes),
                &role.summary,
                marks,
            ));
        }
        let mut tags = Vec::new();
        if !role.skills.is_empty() {
            let list = child(&article, "ul", &[("class", "rx-tags"), ("dir", "auto")]);
            set(&list, "aria-label", text.skills_legend);
            for skill in &role.skills {
                // A state is a data attribute, not a class: the stylesheet
                // needs no class per tag.
                let tag = child(&list, "li", &[("part", "tag")]);
                let key = fold(&skill.name);
                if props.chosen.contains(&key) {
                    set(&tag, "data-chosen", "");
                }
                marked.push(Marked::new(tag.clone(), &skill.name, marks));
                tags.push((tag, key));
            }
        }
        if !role.links.is_empty() {
            let list = child(&article, "ul", &[("class", "rx-links")]);
            set(&list, "aria-label", text.links);
            for link in &role.links {
                let anchor = with_text("a", &[("rel", "noopener")], &link.label);
                set(&anchor, "href", &link.url);
                append(&child(&list, "li", &[]), &anchor);
            }
        }
        let actions = child(&article, "div", &[("class", "rx-actions")]);
        let disclosure = has_details(role).then(|| {
            let attributes: Attributes = &[
                ("type", "button"),
                ("class", "rx-disclosure"),
                ("part", "disclosure"),
            ];
            let button = with_text("button", attributes, text.details);
            set(&button, "aria-controls", &details_id(props));
            append(&actions, &button);
            button
        });
        let attributes: Attributes = &[
            ("type", "button"),
            ("class", "rx-compare"),
            ("part", "compare"),
        ];
        let compare = with_text("button", attributes, text.compare);
        append(&actions, &compare);
        let mut card = RoleCard {
            element: host,
            article,
            marked,
            tags,
            disclosure,
            compare,
            details: None,
        };
        card.set_compare(props);
        card.set_details(props);
        card.element.replace_children_with_node_1(&card.article);
        card
    }

    /// Changes what `props` changed, in place: a button keeps its focus.
    fn update(&mut self, shown: &RoleCardProps, props: &RoleCardProps) {
        if !Rc::ptr_eq(&shown.role, &props.role)
            || shown.lang != props.lang
            || shown.ids != props.ids
        {
            *self = RoleCard::build(self.element.clone(), props);
            return;
        }
        if shown.marks != props.marks {
            let details = self.details.iter_mut().flat_map(|(_, marked)| marked);
            for marked in self.marked.iter_mut().chain(details) {
                marked.mark(&props.marks);
            }
        }
        if shown.chosen != props.chosen {
            for (tag, key) in &self.tags {
                if props.chosen.contains(key) {
                    set(tag, "data-chosen", "");
                } else {
                    let _ = tag.remove_attribute("data-chosen");
                }
            }
        }
        if (shown.compared, shown.compare_full) != (props.compared, props.compare_full) {
            self.set_compare(props);
        }
        if shown.open != props.open || (props.open && shown.shared != props.shared) {
            self.set_details(props);
        }
    }

    fn set_compare(&self, props: &RoleCardProps) {
        set(&self.compare, "aria-pressed", aria(props.compared));
        if props.compare_full && !props.compared {
            set(&self.compare, "disabled", "");
        } else {
            let _ = self.compare.remove_attribute("disabled");
        }
    }

    /// Only an open card holds its details: a keystroke then rewrites far
    /// fewer nodes.
    fn set_details(&mut self, props: &RoleCardProps) {
        if let Some((details, _)) = self.details.take() {
            details.remove();
        }
        let Some(disclosure) = &self.disclosure else {
            return;
        };
        set(disclosure, "aria-expanded", aria(props.open));
        if props.open {
            let (element, marked) = details(props);
            append(&self.article, &element);
            self.details = Some((element, marked));
        }
    }
}

/// An open card's details: its responsibilities, and the skills it shares
/// with the other roles shown.
fn details(props: &RoleCardProps) -> (Element, Vec<Marked>) {
    let (role, text) = (&props.role, props.lang.text());
    let details = element("div", &[("class", "rx-details"), ("part", "details")]);
    set(&details, "id", &details_id(props));
    let mut marked = Vec::new();
    if !role.responsibilities.is_empty() {
        append(&details, &with_text("h4", &[], text.responsibilities));
        let list = child(&details, "ul", &[]);
        for item in &role.responsibilities {
            marked.push(Marked::new(
                child(&list, "li", &[("dir", "auto")]),
                item,
                &props.marks,
            ));
        }
    }
    if !props.shared.is_empty() {
        append(&details, &with_text("h4", &[], text.shared_with_shown));
        let list = child(&details, "ul", &[("class", "rx-shared")]);
        for (skill, roles) in props.shared.iter() {
            let item = child(&list, "li", &[("dir", "auto")]);
            append(&item, &with_text("strong", &[], skill));
            let _ = item.append_with_str_1(&[": ", &roles.join(", ")].concat());
        }
    }
    (details, marked)
}

/// Responsibilities, or skills that other roles may share.
fn has_details(role: &Role) -> bool {
    !role.responsibilities.is_empty() || !role.skills.is_empty()
}

fn details_id(props: &RoleCardProps) -> String {
    [props.ids.as_str(), "details-", &props.role.id].concat()
}
