//! The cards of the session's first `limit` matches, kept by role: a card
//! still shown keeps its element and changes in place, a new one is built
//! off the page, and the list takes all its new cards in one `append` (first
//! emptied, when kept cards move or leave), as a plain-JS list does with
//! `replaceChildren`. As Yew components, cards were made, dropped and
//! moved one by one, each a DOM change and a few of Yew's allocations.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::dom::{element, set};
use super::role_card::{CardState, RoleCard, SharedSkill};
use role_explorer_core::compare::{shared_with, MAX_COMPARED};
use role_explorer_core::config::Layout;
use role_explorer_core::explorer::Action;
use role_explorer_core::filter::Catalog;
use role_explorer_core::session::Session;

#[derive(Properties)]
pub struct CardListProps {
    pub session: Rc<Session>,
    /// How many matches get a card.
    pub limit: usize,
    /// The start of the widget's ids.
    pub ids: AttrValue,
    pub on_action: Callback<Action>,
}

/// A new session is always a new `Rc`: no deep comparison (as `FrameProps`).
impl PartialEq for CardListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && (self.limit, &self.ids, &self.on_action)
                == (other.limit, &other.ids, &other.on_action)
    }
}

pub struct CardList {
    /// The `<ul>`.
    element: Element,
    cards: Vec<RoleCard>,
    /// The `layout="list"` shown; `None` before the first cards.
    list: Option<bool>,
    /// Hears the cards' buttons, so that a card registers no listeners.
    clicks: Closure<dyn Fn(Event)>,
}

impl Component for CardList {
    type Message = ();
    type Properties = CardListProps;

    fn create(ctx: &Context<Self>) -> Self {
        let element = element("ul", &[("class", "rx-cards"), ("part", "cards")]);
        // The Frame's one callback for the widget's life (see `FrameProps`).
        let on_action = ctx.props().on_action.clone();
        let clicks = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            if let Some(action) = card_action(&event) {
                on_action.emit(action);
            }
        });
        let _ = element.add_event_listener_with_callback("click", clicks.as_ref().unchecked_ref());
        let mut list = CardList {
            element,
            cards: Vec::new(),
            list: None,
            clicks,
        };
        list.show(ctx.props());
        list
    }

    fn changed(&mut self, ctx: &Context<Self>, _old: &CardListProps) -> bool {
        self.show(ctx.props());
        false
    }

    fn view(&self, _ctx: &Context<Self>) -> Html {
        Html::VRef(self.element.clone().into())
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        let _ = self
            .element
            .remove_event_listener_with_callback("click", self.clicks.as_ref().unchecked_ref());
    }
}

impl CardList {
    /// Brings the cards in line with `props`.
    fn show(&mut self, props: &CardListProps) {
        let (setup, state, found) = (
            props.session.setup(),
            props.session.state(),
            props.session.found(),
        );
        let catalog = &setup.catalog;
        let list = setup.config.layout == Layout::List;
        if self.list != Some(list) {
            self.list = Some(list);
            if list {
                set(&self.element, "data-list", "");
            } else {
                let _ = self.element.remove_attribute("data-list");
            }
        }
        let chosen = Rc::new(
            state
                .chips
                .iter()
                .map(|&i| catalog.chips()[i].key.clone())
                .collect(),
        );
        let marks = Rc::new(found.marks.clone());
        let compare_full = state.compare.len() >= MAX_COMPARED;
        let mut old: Vec<Option<RoleCard>> = std::mem::take(&mut self.cards)
            .into_iter()
            .map(Some)
            .collect();
        let kept_count = old.len();
        // Every card on screen stays where it is: new ones only follow them.
        let mut in_place = true;
        for (at, &i) in found.matches.iter().take(props.limit).enumerate() {
            let role = &catalog.roles()[i];
            // Printing shows every card open.
            let open = props.session.printing() || state.open.contains(&role.id);
            let shown = CardState {
                role: role.clone(),
                lang: setup.lang(),
                open,
                chosen: Rc::clone(&chosen),
                marks: Rc::clone(&marks),
                compared: state.compare.contains(&role.id),
                compare_full,
                shared: if open {
                    shared_titles(catalog, i, &found.matches)
                } else {
                    Vec::new()
                },
                ids: props.ids.clone(),
            };
            let card = match take_card(&mut old, at, &role.id) {
                Some((kept_at, mut card)) => {
                    in_place &= kept_at == at;
                    card.update(shown);
                    card
                }
                None => {
                    in_place &= at >= kept_count;
                    RoleCard::new(shown)
                }
            };
            self.cards.push(card);
        }
        in_place &= old.iter().all(Option::is_none);
        let added = if in_place {
            &self.cards[kept_count..]
        } else {
            &self.cards[..]
        };
        if in_place && added.is_empty() {
            return;
        }
        let nodes = js_sys::Array::new();
        for card in added {
            nodes.push(card.element());
        }
        if !in_place {
            self.element.set_text_content(None);
        }
        // As Yew does when a node cannot be inserted: the widget stops and says so.
        self.element
            .append_with_node(&nodes)
            .expect("failed to place the cards");
    }
}

/// The open role's skills that other matching roles share, with their titles.
fn shared_titles(catalog: &Catalog, role: usize, matches: &[usize]) -> Vec<SharedSkill> {
    shared_with(catalog, role, matches)
        .into_iter()
        .map(|(chip, roles)| {
            let titles = roles
                .iter()
                .map(|&r| catalog.roles()[r].title.clone())
                .collect();
            (catalog.chips()[chip].name.clone(), titles)
        })
        .collect()
}

/// The card of role `id` among `old`, and where it was; looked for at `at`
/// first, where it is when the list did not change. Lists are short but
/// while the page prints, and then only the new one is long.
fn take_card(old: &mut [Option<RoleCard>], at: usize, id: &str) -> Option<(usize, RoleCard)> {
    let is_it = |card: &Option<RoleCard>| card.as_ref().is_some_and(|card| card.role_id() == id);
    let i = if old.get(at).is_some_and(is_it) {
        at
    } else {
        old.iter().position(is_it)?
    };
    Some((i, old[i].take()?))
}

/// What a click in the card list asks for, if it was on a card's button.
fn card_action(event: &Event) -> Option<Action> {
    let button = event
        .target_dyn_into::<Element>()?
        .closest("button")
        .ok()??;
    let role = button
        .closest(".rx-card")
        .ok()??
        .get_attribute("data-role")?;
    match button.class_name().as_str() {
        "rx-disclosure" => Some(Action::ToggleRole(role)),
        "rx-compare" => Some(Action::ToggleCompare(role)),
        _ => None,
    }
}
