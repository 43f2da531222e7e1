//! One widget's state and its rules, in one place. A [`Session`] takes each
//! [`Input`] (new settings or data, a reader's action, the address's hash
//! changing, printing) and returns the [`Effects`] it causes: the events to
//! send, the hash to write, the card to focus. Views only draw a session
//! and send actions; the embed and the Yew component only carry effects out.

use std::mem;
use std::rc::Rc;

use super::config::{Config, ConfigError};
use super::data::{Fault, Prepared};
use super::explorer::{Action, Explorer, PAGE};
use super::facets::Facets;
use super::filter::Found;
use super::setup::Setup;
use super::share::Shared;

mod effects;
pub use effects::{Effects, Focus, HashWrite, Report};

/// New settings, new data, or both.
pub struct Settings<'a> {
    pub config: Config,
    /// The settings that could not be used.
    pub errors: Vec<ConfigError>,
    /// The data as read (its catalog built once, while reading), or `None`
    /// while it is fetched or read.
    pub data: Option<Result<&'a Prepared, &'a Fault>>,
    /// `data` is not the previous settings' data: exploring starts afresh
    /// and `ready` is sent again once the roles show.
    pub new_data: bool,
    /// Where the data came from, as `ready` names it: `built-in`, `inline`,
    /// `property` or `src`.
    pub source: &'static str,
    /// The widget's state in the address's hash, as the loader read it
    /// (`None` when the hash holds none of it): with `share`, a shared link
    /// wins over the `query` and `skills` settings.
    pub shared: Option<Shared>,
}

// An input is made and consumed at once, never stored: boxing the large
// variant would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Input<'a> {
    Settings(Settings<'a>),
    /// Something the reader did.
    Action(Action),
    /// The address's hash changed (the back button, a link within the
    /// page): with `share`, the widget takes the state it holds for it.
    HashChanged(Option<Shared>),
    /// While the page prints, every matching role is shown, open.
    Printing(bool),
}

#[derive(Clone)]
pub struct Session {
    setup: Rc<Setup>,
    state: Explorer,
    /// How far the reader unfolded the skill facets: no filter, so neither
    /// an event nor the address hears of it, and the back button keeps it.
    facets: Facets,
    /// The roles that fit the state's filters, in order, and what is marked.
    found: Rc<Found>,
    printing: bool,
    focus: Option<Focus>,
    /// `ready` was sent for the current data.
    announced: bool,
    source: &'static str,
}

/// A session before its first settings: a placeholder, never drawn, whose
/// first [`Input::Settings`] has `new_data` set.
impl Default for Session {
    fn default() -> Self {
        let setup = Setup::new(Config::default(), Vec::new(), None);
        Session {
            setup: Rc::new(setup),
            state: Explorer::default(),
            facets: Facets::default(),
            found: Rc::default(),
            printing: false,
            focus: None,
            announced: false,
            source: "",
        }
    }
}

impl Session {
    pub fn setup(&self) -> &Rc<Setup> {
        &self.setup
    }

    pub fn state(&self) -> &Explorer {
        &self.state
    }

    pub fn facets(&self) -> &Facets {
        &self.facets
    }

    pub fn found(&self) -> &Rc<Found> {
        &self.found
    }

    pub fn printing(&self) -> bool {
        self.printing
    }

    /// The last focus request, for the view to carry out once.
    pub fn focus(&self) -> Option<Focus> {
        self.focus
    }

    pub fn step(&mut self, input: Input) -> Effects {
        match input {
            Input::Settings(settings) => self.settle(settings),
            Input::Action(action) => self.act(action),
            Input::HashChanged(shared) => self.follow_hash(shared.as_ref()),
            Input::Printing(printing) => Effects {
                redraw: mem::replace(&mut self.printing, printing) != printing,
                ..Effects::default()
            },
        }
    }

    fn settle(&mut self, settings: Settings) -> Effects {
        let setup = Setup::new(settings.config, settings.errors, settings.data);
        if !settings.new_data && setup.same_settings(&self.setup) {
            return Effects::default();
        }
        // New data or filter settings restart exploring (chosen chips index
        // the catalog); other settings, such as the theme, keep it.
        let restart = settings.new_data || setup.exploring_key() != self.setup.exploring_key();
        self.setup = Rc::new(setup);
        self.source = settings.source;
        self.announced &= !settings.new_data;
        if restart {
            // Open facets stay open; new data or other roles have other
            // categories (expanded ones are indices into them).
            self.facets = Facets {
                open: self.facets.open,
                ..Facets::default()
            };
        }
        let before = restart.then(|| {
            let start = self.shared(settings.shared.as_ref());
            mem::replace(&mut self.state, start)
        });
        self.search();
        let report = if !self.announced && self.shows_roles() {
            self.announced = true;
            Some(self.report(None))
        } else {
            before
                .filter(|before| !settings.new_data && *before != self.state)
                .filter(|_| self.shows_roles())
                .map(|before| self.report(Some(before)))
        };
        // The state a widget starts in is the hash's already, or the
        // blogger's settings, which stay out of the address.
        Effects {
            redraw: true,
            new_setup: true,
            report,
            ..Effects::default()
        }
    }

    fn act(&mut self, action: Action) -> Effects {
        let shows_more = action == Action::ShowMore;
        // Unfolding the facets changes no role shown: nothing to report.
        if action.unfolds_facets() {
            let before = self.facets.clone();
            self.facets.apply(action);
            return Effects {
                redraw: self.facets != before,
                ..Effects::default()
            };
        }
        let before = self.state.clone();
        self.state.apply(action);
        if self.state == before {
            return Effects::default();
        }
        let state = &self.state;
        if (&state.query, &state.chips, state.sort) != (&before.query, &before.chips, before.sort) {
            self.search();
        }
        if shows_more {
            self.focus = Some(Focus::after(self.focus, self.state.more * PAGE));
        }
        let mut effects = Effects {
            redraw: true,
            focus: self.focus.filter(|_| shows_more),
            ..Effects::default()
        };
        if self.shows_roles() {
            if self.setup.config.share {
                let state = &self.state;
                effects.hash = Some(HashWrite::new(
                    state.to_shared(&self.setup.catalog),
                    before.chips != state.chips || before.open != state.open,
                ));
            }
            effects.report = Some(self.report(Some(before)));
        }
        effects
    }

    /// A state restored from the address is not written back to it: that
    /// would add a history entry and lose the forward ones.
    fn follow_hash(&mut self, shared: Option<&Shared>) -> Effects {
        if !self.setup.config.share {
            return Effects::default();
        }
        let state = self.shared(shared);
        if state == self.state {
            return Effects::default();
        }
        let before = mem::replace(&mut self.state, state);
        self.search();
        Effects {
            redraw: true,
            report: self.shows_roles().then(|| self.report(Some(before))),
            ..Effects::default()
        }
    }

    /// The state a shared link asks for, with `share`; else the one the
    /// settings ask for.
    fn shared(&self, shared: Option<&Shared>) -> Explorer {
        let setup = &self.setup;
        shared.filter(|_| setup.config.share).map_or_else(
            || setup.start.clone(),
            |shared| Explorer::from_shared(shared, &setup.catalog),
        )
    }

    fn search(&mut self) {
        let state = &self.state;
        self.found = Rc::new(self.setup.catalog.search(&state.to_query(), state.sort));
    }

    /// Roles are shown, not a fault or the placeholder of a loading file:
    /// only then does the host page hear of changes.
    fn shows_roles(&self) -> bool {
        self.setup.fault.is_none() && !self.setup.loading
    }

    fn report(&self, before: Option<Explorer>) -> Report {
        Report::new(
            self.setup.clone(),
            self.found.clone(),
            self.state.clone(),
            before,
            self.source,
        )
    }
}

#[cfg(test)]
mod tests;
