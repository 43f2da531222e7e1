//! What a step of a [`super::Session`] asks of the world outside the core,
//! for the embed and the Yew component to carry out.

use std::rc::Rc;

use crate::events::{changes, Ready, WidgetEvent};
use crate::explorer::Explorer;
use crate::filter::Found;
use crate::setup::Setup;
use crate::share::Shared;

/// What a step asks of the world outside the core.
#[derive(Default)]
#[must_use]
pub struct Effects {
    /// The session changed: draw it again.
    pub redraw: bool,
    /// The settings or the data changed: their problems are logged, once.
    pub new_setup: bool,
    /// Events to send, in a task of their own once the change can show.
    pub report: Option<Report>,
    /// With `share`: the reader's state to keep in the address.
    pub hash: Option<HashWrite>,
    /// Once the change is drawn, focus moves here: the view does it, from
    /// [`super::Session::focus`], as it knows when it has drawn.
    pub focus: Option<Focus>,
}

/// The events of one step, written only when they are sent: the details of
/// a `filter-change` with thousands of matches take a millisecond to write.
pub struct Report {
    setup: Rc<Setup>,
    found: Rc<Found>,
    state: Explorer,
    /// The state before the change; `None` for `ready`.
    before: Option<Explorer>,
    source: &'static str,
}

impl Report {
    /// `before` is the state before the change; `None` reports `ready`.
    pub(super) fn new(
        setup: Rc<Setup>,
        found: Rc<Found>,
        state: Explorer,
        before: Option<Explorer>,
        source: &'static str,
    ) -> Self {
        Report {
            setup,
            found,
            state,
            before,
            source,
        }
    }

    pub fn events(&self) -> Vec<WidgetEvent> {
        let catalog = &self.setup.catalog;
        match &self.before {
            None => vec![WidgetEvent::Ready(Ready {
                source: self.source,
                total: catalog.roles().len(),
                shown: self.found.matches.len(),
                lang: self.setup.lang(),
            })],
            Some(before) => changes(before, &self.state, catalog, &self.found.matches),
        }
    }
}

/// The reader's state for the address's hash, which the loader writes
/// there (its other parts keep their place; nothing is written when the
/// hash holds this already). Typing replaces the current history entry
/// (`push` is false), while a chip or an opened role adds one, so that the
/// back button steps back through them.
#[derive(Debug)]
pub struct HashWrite {
    pub shared: Shared,
    pub push: bool,
}

impl HashWrite {
    pub(super) fn new(shared: Shared, push: bool) -> Self {
        HashWrite { shared, push }
    }
}

/// A card to move focus to: after "Show more", the first new one, where
/// reading goes on. Each request is a new value, even for the same card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// The card's place in the list, from 0.
    pub card: usize,
    request: u32,
}

impl Focus {
    /// A request for `card`, other than `last`.
    pub(super) fn after(last: Option<Focus>, card: usize) -> Self {
        Focus {
            card,
            request: last.map_or(0, |focus| focus.request.wrapping_add(1)),
        }
    }
}
