//! One role as a card: its category, title, codes, summary, skills and
//! links, a toggle to compare it, and a disclosure for its details (its
//! responsibilities, and the skills it shares with the other roles shown).
//! Search words are marked in every field. The data's text may be in
//! another language than the widget's, so it takes its own direction
//! (`dir="auto"`): English roles read left to right in an Arabic widget.
//!
//! The card is built with the DOM directly: it is made off the page and
//! placed whole (one DOM change), then kept for as long as its role is
//! shown (see `card_list`), and a new search rewrites only the texts whose
//! marks moved. Through `html!`, Yew put a new card into the page node by
//! node. The card's buttons have no listeners: the list hears their clicks.

use std::rc::Rc;

use web_sys::Element;
use yew::AttrValue;

use super::aria;
use super::dom::{append, child, element, set, with_text, Attributes};
use super::marked::Marked;
use role_explorer_core::i18n::Lang;
use role_explorer_core::role::Role;
use role_explorer_core::text::fold;

/// A skill of the open role, with the titles of the other roles shown that
/// have it too.
pub type SharedSkill = (String, Vec<String>);

/// What a card shows.
pub struct CardState {
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
    pub shared: Vec<SharedSkill>,
    /// The start of the widget's ids.
    pub ids: AttrValue,
}

/// A card's elements, and what they show.
pub struct RoleCard {
    shown: CardState,
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

impl RoleCard {
    pub fn new(state: CardState) -> Self {
        let attributes: Attributes = &[("class", "rx-card"), ("part", "card"), ("tabindex", "-1")];
        RoleCard::build(element("li", attributes), state)
    }

    /// The `<li>`.
    pub fn element(&self) -> &Element {
        &self.element
    }

    pub fn role_id(&self) -> &str {
        &self.shown.role.id
    }

    /// Builds the card's content off the page and puts it in `host`.
    fn build(host: Element, state: CardState) -> Self {
        let (role, marks) = (&state.role, state.marks.as_slice());
        let text = state.lang.text();
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
                if state.chosen.contains(&key) {
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
            set(&button, "aria-controls", &details_id(&state));
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
        set(&host, "data-role", &role.id);
        let mut card = RoleCard {
            shown: state,
            element: host,
            article,
            marked,
            tags,
            disclosure,
            compare,
            details: None,
        };
        card.set_compare();
        card.set_details();
        card.element.replace_children_with_node_1(&card.article);
        card
    }

    /// Shows `state`, changing what differs in place: a button keeps its focus.
    pub fn update(&mut self, state: CardState) {
        let shown = &self.shown;
        if !Rc::ptr_eq(&shown.role, &state.role)
            || shown.lang != state.lang
            || shown.ids != state.ids
        {
            *self = RoleCard::build(self.element.clone(), state);
            return;
        }
        if shown.marks != state.marks {
            let details = self.details.iter_mut().flat_map(|(_, marked)| marked);
            for marked in self.marked.iter_mut().chain(details) {
                marked.mark(&state.marks);
            }
        }
        if shown.chosen != state.chosen {
            for (tag, key) in &self.tags {
                if state.chosen.contains(key) {
                    set(tag, "data-chosen", "");
                } else {
                    let _ = tag.remove_attribute("data-chosen");
                }
            }
        }
        let compare = (shown.compared, shown.compare_full) != (state.compared, state.compare_full);
        let details = shown.open != state.open || (state.open && shown.shared != state.shared);
        self.shown = state;
        if compare {
            self.set_compare();
        }
        if details {
            self.set_details();
        }
    }

    fn set_compare(&self) {
        let state = &self.shown;
        set(&self.compare, "aria-pressed", aria(state.compared));
        if state.compare_full && !state.compared {
            set(&self.compare, "disabled", "");
        } else {
            let _ = self.compare.remove_attribute("disabled");
        }
    }

    /// Only an open card holds its details: a keystroke then rewrites far
    /// fewer nodes.
    fn set_details(&mut self) {
        if let Some((details, _)) = self.details.take() {
            details.remove();
        }
        let Some(disclosure) = &self.disclosure else {
            return;
        };
        set(disclosure, "aria-expanded", aria(self.shown.open));
        if self.shown.open {
            let (element, marked) = details(&self.shown);
            append(&self.article, &element);
            self.details = Some((element, marked));
        }
    }
}

/// An open card's details: its responsibilities, and the skills it shares
/// with the other roles shown.
fn details(state: &CardState) -> (Element, Vec<Marked>) {
    let (role, text) = (&state.role, state.lang.text());
    let details = element("div", &[("class", "rx-details"), ("part", "details")]);
    set(&details, "id", &details_id(state));
    let mut marked = Vec::new();
    if !role.responsibilities.is_empty() {
        append(&details, &with_text("h4", &[], text.responsibilities));
        let list = child(&details, "ul", &[]);
        for item in &role.responsibilities {
            marked.push(Marked::new(
                child(&list, "li", &[("dir", "auto")]),
                item,
                &state.marks,
            ));
        }
    }
    if !state.shared.is_empty() {
        append(&details, &with_text("h4", &[], text.shared_with_shown));
        let list = child(&details, "ul", &[("class", "rx-shared")]);
        for (skill, roles) in state.shared.iter() {
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

fn details_id(state: &CardState) -> String {
    [state.ids.as_str(), "details-", &state.role.id].concat()
}
